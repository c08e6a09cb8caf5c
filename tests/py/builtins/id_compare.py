# id(): the same object has the same id for its lifetime; only comparisons of ids are printed, never the numbers
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)))
def same(x):
    return id(x) == id(a)
print(same(a), same(c))
a.append(3)
print(id(a) == id(b), a is b)
