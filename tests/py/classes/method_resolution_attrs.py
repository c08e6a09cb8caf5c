# attribute lookup order: data on the instance, then the class, then bases along the MRO; a method found on a later base
class A:
    x = 'A.x'
    def m(self): return 'A.m'
class B(A):
    pass
class C(A):
    x = 'C.x'
    def m(self): return 'C.m'
class D(B, C):
    pass
d = D()
print(d.x, d.m())
d.x = 'instance'
print(d.x, D.x)
C.x = 'changed C.x'
print(D.x, B.x)
del d.x
print(d.x)
B.m = lambda self: 'B.m (added later)'
print(d.m(), C().m())
