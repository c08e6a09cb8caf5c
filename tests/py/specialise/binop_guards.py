# Specialised arithmetic and comparisons meet operands they were not made
# for: big ints, bools, floats, subclasses, strings.
def total(values):
    t = 0
    for v in values:
        t = t + v
    return t

print(total(range(20)))
print(total(list(range(20)) + [2 ** 70, True, 1.5]))
print(total([2 ** 62] * 4))          # overflows 64 bits on the way

def mul_all(values):
    p = 1
    for v in values:
        p = p * v
    return p

print(mul_all(range(1, 30)))
print(mul_all([3] * 20 + [0.5]))

def sub_all(values):
    t = 0.0
    for v in values:
        t = t - v
    return t

print(sub_all([0.25] * 20))
print(sub_all([0.25] * 20 + [1, 2 ** 80]))

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __radd__(self, other):
        return "MyInt.__radd__"

def add_pairs(pairs):
    return [a + b for a, b in pairs]

print(add_pairs([(i, i) for i in range(20)])[-1])
print(add_pairs([(1, MyInt(2)), (MyInt(3), 4), ("a", "b"), ([1], [2]), (1.5, 2)]))

def concat(parts):
    s = ""
    for p in parts:
        s += p
    return s

print(concat(["ab"] * 20))
class MyStr(str):
    def __radd__(self, other):
        return "MyStr.__radd__"
print(concat(["x"] * 20 + [MyStr("y")]))
try:
    concat(["x"] * 20 + [1])
except TypeError as e:
    print("TypeError:", e)

def less(pairs):
    return [a < b for a, b in pairs]

print(less([(i, 10) for i in range(20)])[-5:])
print(less([(1.0, 2.0)] * 20 + [(float("nan"), 1.0), (2 ** 80, 1), (True, 2), (1, 2.5), ("a", "b")]))
try:
    less([(1, 2)] * 20 + [(1, "x")])
except TypeError as e:
    print("TypeError:", e)

def equal(pairs):
    return [a == b for a, b in pairs]

print(equal([("spam", "sp" + "am")] * 20)[-1])
class Loud(str):
    def __eq__(self, other):
        return "Loud.__eq__"
    __hash__ = str.__hash__
print(equal([("a", "a")] * 20 + [(Loud("a"), "a"), ("a", Loud("a")), (1, 1), (None, None)]))

def floats(pairs):
    return [a * b - a + b for a, b in pairs]
print(floats([(0.5, 2.0)] * 20)[-1])
print(floats([(0.5, 2)] + [(1e308, 10.0)]))
