# a class whose bases cannot be linearized: TypeError at class creation
class A: pass
class B(A): pass
print([c.__name__ for c in B.__mro__])
class C(A, B): pass
