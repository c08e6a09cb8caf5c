# odds and ends: ellipsis, docstrings, nested brackets, long expressions
"""Module docstring."""
...
x = [
    1,
    2,
]
def stub(): ...
print(*[1, 2], sep='')
a = b if c else d
value = (yield_) if cond else other
nested = ((((1))))
t = 1,
empty = ()
big = 99999999999999999999999999999999999999999999999
