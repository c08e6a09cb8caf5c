# any and all short-circuit over any iterable; empty any is False, empty all is True
def v(x):
    print('check', x)
    return x
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 1]), all([1, 0]))
print(any(v(x) for x in [0, 2, 3]))
print(all(v(x) for x in [1, 0, 3]))
print(any('abc'), all(''), all(x > 0 for x in range(1, 5)), any(x > 10 for x in range(5)))
