# A list or tuple subclass that defines __iter__ is iterated through it
# everywhere: f(*x), list(x), tuple(x), [*x], (*x,), slice assignment.
class T(tuple):
    def __iter__(self):
        return iter((9, 8))
class L(list):
    def __iter__(self):
        return iter(["x"])
def f(*a):
    return a
print(f(*T((1, 2, 3))), f(*L([1, 2])), list(T((1,))), tuple(L([5])), [*T((1, 2))], (*L([3]),))
a, b = T((1, 2))
print(a, b)
class D(dict):
    def keys(self):
        return ["z"]
    def __getitem__(self, k):
        return 42
def g(**kw):
    return kw
print(g(**D(a=1)), {**D(q=1)}, dict(D(r=2)))
base = [0, 0, 0]
base[1:2] = L([7, 7])
print(base)
base.extend(T((4,)))
print(base)
