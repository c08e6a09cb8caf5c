# multiple inheritance: the diamond, C3 linearization in __mro__, and which method wins
class A:
    def who(self): return 'A'
    def only_a(self): return 'only in A'
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
    def c_only(self): return 'C-only'
class D(B, C):
    pass
class E(C, B):
    pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(names(E))
d, e = D(), E()
print(d.who(), e.who(), d.c_only(), d.only_a())
print(D.__bases__ == (B, C), len(D.__mro__))
print(isinstance(d, A), isinstance(d, C), issubclass(E, B))
print(names(object), names(A))
