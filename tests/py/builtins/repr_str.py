# repr() and str() of every built-in value; they differ only for strings (and containers of strings)
values = [0, -7, 2 ** 70, 1.25, -0.0, float('inf'), 'x', '', "'", True, None, [1, 'a'], (1,), (), {'k': 'v'},
          range(1, 5, 2), [[]]]
for v in values:
    print(repr(v), str(v), repr(v) == str(v))
print(repr(len), str(abs), str(1.0), repr(1e-7), str([1.0, 'b']))
