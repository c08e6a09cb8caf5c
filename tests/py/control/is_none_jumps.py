# `x is None` / `x is not None` as a condition jumps on None directly (POP_JUMP_*_IF_NONE, as CPython 3.11): if, not, and/or, while, comprehension filters, assert
def pick(values):
    return [v for v in values if v is not None], [v for v in values if v is None]

print(pick([0, None, "", None, False]))

def walk(node):
    out = []
    while node is not None:
        out.append(node[0])
        node = node[1]
    return out

print(walk((1, (2, (3, None)))))

def classify(a, b):
    if a is None and b is None:
        return "both"
    if a is None or b is not None:
        return "some"
    if not a is None:
        return "a only"

print(classify(None, None), classify(None, 1), classify(1, None), classify(1, 2))

def first_none(items):
    for i, x in enumerate(items):
        if x is None:
            break
    else:
        return -1
    return i

print(first_none([1, 2, None]), first_none([]), first_none([0]))

def check(x):
    assert x is not None, "x must not be None"
    return x

print(check(0))
try:
    check(None)
except AssertionError as e:
    print("AssertionError:", e)

class Weird:
    def __eq__(self, other):
        return True

w = Weird()
print(w is None, w == None, None is None)
print([x is None for x in (None, 0, w)])
