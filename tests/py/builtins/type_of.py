# type() of a value of every built-in type, and type objects compared with is/==
def f():
    pass
values = [1, -2 ** 100, 1.5, 'text', True, None, [1], (1,), {'a': 1}, range(3), f, len, lambda: 0,
          {1, 2}, iter([1]), type(1)]
for v in values:
    print(type(v))
print(type(1) is int, type(True) is bool, type('') == str, type(1) == type(2 ** 100), type(type(1)))
print(int, float, str, bool, list, tuple, dict, type(None))
