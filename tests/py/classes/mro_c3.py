# the classic C3 linearization example (from the Python 2.3 MRO paper): __mro__ of every class
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z(Z1, Z2): pass

for cls in [O, F, D, C, B, A, Z1, Z2, Z]:
    print(cls.__name__, '->', ' '.join(k.__name__ for k in cls.__mro__))
print(A.mro() == list(A.__mro__))
