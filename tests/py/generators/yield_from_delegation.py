# PEP 380: throw() goes to the inner generator's handler, close() runs its finally, plain iterators get it raised in the delegator
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 10
    finally:
        print("inner finally")
    return "iret"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield 99
    except GeneratorExit:
        print("outer GeneratorExit")
        raise
    finally:
        print("outer finally")

o = outer(); print(next(o)); print(o.throw(ValueError("v"))); print(next(o)); o.close()
print("---")
o = outer(); print(next(o)); o.close(); print("closed")
print("--- throw KeyError")
o = outer(); next(o)
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e)

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("itval")
        return self.i
class ItTC(It):
    def throw(self, *a):
        print("ItTC.throw", a[0] if len(a)==1 else a)
        return 42
    def close(self):
        print("ItTC.close")

def d(it):
    try:
        r = yield from it
        print("d got", r)
    finally:
        print("d finally")

print("--- plain iterator")
x = d(It()); print(list(x))
x = d(It()); next(x)
try:
    x.throw(ValueError("pv"))
except ValueError as e:
    print("pv out", e)
x = d(It()); next(x); x.close(); print("closed plain")
print("--- iterator with throw/close")
x = d(ItTC()); next(x); print(x.throw(ValueError("tv"))); x.close()
print("--- list iterator")
x = d([1,2,3]); next(x)
try: x.throw(IndexError("ie"))
except IndexError as e: print("ie out", e)
x = d(iter([1,2])); print(next(x)); x.close()
print("--- throw StopIteration through")
def g3():
    yield 1
def d3():
    r = yield from g3()
    print("r", r)
    yield 2
x = d3(); next(x)
try:
    print(x.throw(StopIteration("s")))
except Exception as e:
    print(type(e).__name__, e)
x = d3(); next(x)
try:
    print(x.throw(GeneratorExit))
except BaseException as e:
    print(type(e).__name__, e)
print("--- inner returns on throw")
def gi():
    try:
        yield 1
    except ValueError:
        return "caught-ret"
def go():
    r = yield from gi()
    print("go r", r)
    yield "after"
x = go(); next(x); print(x.throw(ValueError))
x = go(); next(x)
try: x.throw(TypeError("t"))
except TypeError as e: print("t out", e)
print("--- close inner that yields on close")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def ob():
    yield from bad()
x = ob(); next(x)
try: x.close()
except RuntimeError as e: print("RE", e)
print("--- close with inner raising")
def ri():
    try: yield 1
    finally: raise KeyError("from inner close")
def ro():
    try:
        yield from ri()
    except KeyError as e:
        print("ro saw", e); raise
x = ro(); next(x)
try: x.close()
except KeyError as e: print("close raised", e)
