# General benchmark: method calls on small classes -- a vector class whose
# methods return new vectors, a stack with push/pop methods, and a
# subclass calling its parent's method through super(). LOAD_METHOD/CALL
# on small objects, and the allocation of many short-lived instances.
# Prints checksums.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)


class CountingStack(Stack):
    def __init__(self):
        super().__init__()
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        super().push(x)


def run():
    v = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(200000):
        v = v.add(step).scale(1)
        total += v.dot(step) & 0xFF
    s = CountingStack()
    acc = 0
    for i in range(200000):
        s.push(i)
        if s.size() > 10:
            acc += s.pop() + s.pop()
    return v.x, v.y, total, acc, s.pushes


print(run())
