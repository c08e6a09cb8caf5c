# arithmetic special methods on a vector class: + - * / // % ** and unary - + abs
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, V):
            return sum(a * b for a, b in zip(self.c, k.c))
        return V(*[a * k for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return 'matmul'

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, b - a, a * 3, a * b)
print(b / 2, b // 4, b % 4, a ** 2)
print(-a, +a, abs(V(3, 4)), a @ b)
print(a + b + V(1, 1, 1) - a)
