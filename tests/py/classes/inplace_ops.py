# augmented assignment: __iadd__ mutates in place when defined, else x += y falls back to __add__ and rebinds
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other)
        return self
    def __add__(self, other):
        print('  __add__')
        return Bag(self.items + list(other))
    def __isub__(self, other):
        print('  __isub__')
        for x in other:
            self.items.remove(x)
        return self

class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print('  Frozen.__add__')
        return Frozen(self.n + other)

b = Bag([1])
alias = b
b += [2, 3]
print(b is alias, alias.items)
b = b + [4]
print(b is alias, b.items, alias.items)
alias -= [1, 3]
print(alias.items)
f = Frozen(1)
g = f
f += 10
print(f is g, f.n, g.n)
lst = [1]
other = lst
lst += [2]
print(other)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
