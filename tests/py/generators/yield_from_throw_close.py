# PEP 380: close() and throw() on a delegating generator go to the inner iterator (throw, close, or raised here)
def show(f):
    try:
        print("ok", repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def inner():
    yield 1
    yield 2
def outer(i):
    r = yield from i
    print("r", r)
    yield "end"
# throw while inner already finished
i = inner(); o = outer(i); next(o)
list(i)
show(lambda: o.throw(ValueError("a")))
# throw while inner closed
i = inner(); o = outer(i); next(o); i.close()
show(lambda: o.throw(ValueError("b")))
show(lambda: next(o))
# self throw: generator throws into itself
def selfy():
    yield from inner2()
def inner2():
    yield 1
    show(lambda: me.throw(ValueError("self")))
    show(lambda: me.close())
    yield 2
me = selfy(); next(me); show(lambda: next(me))
# throw class + value
o = outer(inner()); next(o)
show(lambda: o.throw(ValueError, "cls-val"))
o = outer(inner()); next(o)
show(lambda: o.throw(ValueError, ValueError("inst")))
# nested yield from chains
def l3():
    try:
        yield "l3"
    except KeyError:
        yield "l3 caught"
    return "l3 ret"
def l2():
    r = yield from l3()
    yield "l2 " + r
def l1():
    yield from l2()
o = l1(); print(next(o)); show(lambda: o.throw(KeyError)); show(lambda: next(o)); show(lambda: next(o))
o = l1(); print(next(o)); show(lambda: o.throw(TypeError)); show(lambda: next(o))
o = l1(); print(next(o)); show(lambda: o.close()); show(lambda: next(o))
# throw with plain iterator whose throw is not callable / close raises
class W:
    def __iter__(self): return self
    def __next__(self): return 1
    throw = None
    close = 5
o = outer(W()); next(o)
show(lambda: o.throw(ValueError("w")))
o = outer(W()); next(o)
show(lambda: o.close())
# throw with an iterator whose throw raises StopIteration with value
class S:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): raise StopIteration("sval")
    def close(self): raise StopIteration("cval")
o = outer(S()); next(o); show(lambda: o.throw(ValueError))
o = outer(S()); next(o); show(lambda: o.close())
# throw GeneratorExit instance explicitly
o = outer(inner()); next(o); show(lambda: o.throw(GeneratorExit("ge")))
# inner throw returning via return value into an exhausted path
def gx():
    try:
        yield 1
    except ValueError:
        pass
o = outer(gx()); next(o); show(lambda: o.throw(ValueError)); show(lambda: next(o))
# close on yield-from of a list iterator and throw of StopIteration
o = outer(iter([1,2])); next(o); show(lambda: o.throw(StopIteration("x")))
o = outer(iter([1,2])); next(o); show(lambda: o.throw(StopIteration))
o = outer(inner()); next(o); show(lambda: o.throw(StopIteration))
# gi_yieldfrom
o = outer(inner()); next(o); print(type(o.gi_yieldfrom).__name__); o.close(); print(o.gi_yieldfrom)
# throw into not-started delegating gen
o = outer(inner()); show(lambda: o.throw(ValueError("ns")))
o = outer(inner()); show(lambda: o.close()); show(lambda: next(o))
# a generator delegating to a running generator
def a():
    yield from b_gen
def b():
    yield 1
    yield from a_gen
a_gen = a(); b_gen = b()
show(lambda: next(a_gen)); show(lambda: next(a_gen))
show(lambda: a_gen.throw(KeyError("kk")))
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub closing")
        return 5
def out():
    try:
        r = yield from sub()
        print("r", r)
        yield 2
    finally:
        print("out finally")
o = out(); next(o); print(o.close())
o = out(); next(o)
try: o.throw(GeneratorExit)
except GeneratorExit: print("GE out")
def sub2():
    yield 1
def out2():
    yield from sub2()
o = out2(); next(o)
def reenter():
    yield 1
class C:
    def __iter__(self): return self
    def __next__(self): return 0
    def throw(self, *a):
        try: next(o2)
        except ValueError as e: print("re-enter:", e)
        raise KeyError("k")
    def close(self):
        print("C.close")
def out3():
    yield from C()
o2 = out3(); next(o2)
try: o2.throw(TypeError)
except KeyError as e: print("KeyError", e)
o2 = out3(); next(o2); o2.close(); print("closed")
