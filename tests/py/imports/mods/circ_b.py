print('circ_b: start')
import circ_a
B_VALUE = 'b'
print('circ_b: circ_a has A_VALUE yet?', hasattr(circ_a, 'A_VALUE'))


def late():
    return circ_a.A_VALUE
