# Specialised calls and loops: the callable or the iterator changes
# under an instruction that was specialised for another.
def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def apply(funcs, x, y):
    return [f(x, y) for f in funcs]

print(apply([add] * 20, 2, 3)[-1])
print(apply([add, mul, max, lambda a, b=5: a - b, divmod], 2, 3))

def three(a, b, c):
    return a + b + c

try:
    apply([add] * 20 + [three], 1, 2)
except TypeError as e:
    print("TypeError:", e)

def varargs(*args):
    return args

def kwonly(a, b, *, c=1):
    return a + b + c

print(apply([add] * 20 + [varargs, kwonly], 1, 2)[-2:])

def gen(a, b):
    yield a
    yield b

print([list(g) for g in apply([gen] * 20, 1, 2)][-1])

class Adder:
    def __call__(self, a, b):
        return "Adder", a, b

print(apply([add] * 20 + [Adder()], 1, 2)[-1])

def recurse(n):
    if n == 0:
        return 0
    return 1 + recurse(n - 1)
print(recurse(500))

import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

def lens(objs):
    return [len(o) for o in objs]
print(lens(["abc"] * 20 + [[1, 2], {}])[-3:])
try:
    lens(["abc"] * 20 + [1])
except TypeError as e:
    print("TypeError:", e)

# loops whose iterator kind changes under one FOR_ITER
def walk(iterables):
    out = 0
    for it in iterables:
        for x in it:
            out += 1
    return out

print(walk([range(3)] * 20 + [[1, 2], (1,), "ab", {1: 2}, reversed([1, 2, 3]), iter([4]), range(2 ** 64, 2 ** 64 + 3)]))

lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 25:
        lst.append(x + 10)
print(seen[-3:], len(seen))

lst = list(range(30))
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)

it = iter([1, 2, 3])
for x in it:
    pass
print(list(it), next(it, "exhausted"))

r = range(-5, 100, 7)
print([x for x in r][-3:], sum(x for x in range(10 ** 6, 10 ** 6 + 50)))
