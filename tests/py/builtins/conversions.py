# the type constructors: int, float, str, bool, list, tuple, dict from various inputs, and with no arguments
print(int('7'), int(7.9), int(True), int(), int('-12', 10), int('11', 2))
print(float('2.5'), float(3), float(), float(' -1e3 '))
print(str(12), str(1.5), str(None), str(True), str([1, '2']), repr(str()), str('same'))
print(bool(0), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(), bool(0.0), bool(range(0)))
print(list('ab'), list((1, 2)), list(range(3)), list({'k': 1, 'j': 2}), list(), list([]))
print(tuple('ab'), tuple([1, [2]]), tuple(range(2)), tuple(), tuple({'a': 1}))
print(dict(a=1), dict([('x', 'y')]), dict(), dict({'c': 3}, d=4))
print(list(enumerate('ab')), list(zip([1, 2], 'ab')), list(reversed([1, 2, 3])), list(iter((5, 6))))
