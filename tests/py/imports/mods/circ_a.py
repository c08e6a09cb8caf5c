print('circ_a: start')
import circ_b
A_VALUE = 'a'
print('circ_a: end, circ_b.B_VALUE =', circ_b.B_VALUE)
