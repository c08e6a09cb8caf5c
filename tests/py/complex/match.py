# complex literals as match patterns: 1+2j, -1-1j, 3j, -4j, and as mapping keys
def f(x):
    match x:
        case 1+2j:
            return 'one plus two j'
        case -1-1j:
            return 'minus one minus j'
        case 3j:
            return 'three j'
        case -4j:
            return 'minus four j'
        case {1j: v}:
            return 'key 1j: ' + v
        case {2-1j: v}:
            return 'key 2-1j: ' + v
        case 0.5+0j:
            return 'half'
        case complex(real=r, imag=i) if i > 10:
            return 'big imag %r' % r
        case complex() as z:
            return 'complex ' + repr(z)
        case _:
            return 'other'
for x in [1+2j, -1-1j, 3j, -4j, {1j: 'a'}, {2-1j: 'b'}, 0.5, 0.5+0j, 5+20j, 7j, 'x', 3]:
    print(repr(x), '->', f(x))
# complex is not one of the types a class pattern matches as itself
try:
    match 1j:
        case complex(x):
            print('matched', x)
except TypeError as e:
    print(e)
