# the MRO conflict message names the classes the merge is stuck on (each list's head, once), not the bases
def attempt(name, *bases):
    try:
        type(name, bases, {})
        print(name, "ok")
    except TypeError as e:
        print(name, str(e).replace("\n", " / "))
class A: pass
class B(A): pass
attempt("C", A, B)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
attempt("R", P, Q)
class Z(X): pass
attempt("R2", X, Z)
attempt("R3", P, Q, Z)
class W(Y): pass
attempt("R4", W, P, Q)
class P2(P): pass
class Q2(Q): pass
attempt("R5", P2, Q2)
attempt("R6", Z, X)
try:
    class R7(P, Q): pass
except TypeError as e:
    print(e)
