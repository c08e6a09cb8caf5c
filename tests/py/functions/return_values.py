# return: none, one or several values (a tuple), early returns from loops, and functions returning functions
def nothing():
    pass
def several():
    return 1, 'two', [3]
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(nothing(), several(), type(several()), find('abc', 'c'), find('abc', 'z'))
a, b, c = several()
print(a, b, c)
def choose(op):
    def add(x, y): return x + y
    def mul(x, y): return x * y
    return add if op == '+' else mul
print(choose('+')(3, 4), choose('*')(3, 4))
