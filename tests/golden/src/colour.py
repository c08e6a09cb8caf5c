# colour.py -- a little of everything the terminal colours: calls and
# returns, names and values, a dict search, and an uncaught exception with
# its traceback. tests/unit/test_colour.c runs it with and without colour.
class Box:
    def __init__(self, n):
        self.n = n

    def twice(self):
        return self.n * 2


def total(items):
    t = 0
    for x in items:
        t += x
    return t


b = Box(3)
print(b.twice(), total([1, 2, 3]))
d = {"apple": 1, "pear": 2}
print(d["pear"], "apple" in d)
print(total([1, None]))
