# d1 | d2 makes a new dict (right side wins, left order first); |= updates in place and also takes pairs
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
c |= {}
print(a)
print({1: 'int'} | {1.0: 'float', True: 'bool'}, {1.0: 'x'} | {1: 'y'})
for op in ['|', '|=']:
    for other in [[('k', 'v')], 5, {'s'}]:
        try:
            if op == '|':
                r = {'a': 1} | other
            else:
                r = {'a': 1}
                r |= other
            print(op, other, r)
        except (TypeError, ValueError) as e:
            print(op, type(e).__name__ + ':', e)
try:
    {'a': 1} | {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
