# every type reachable as type(obj) of a built-in object, called with no, odd and keyword arguments, through T(), T.__new__(T, ...) and object.__new__(T): an exception or an object, never a crash
import sys


def gen():
    yield 1


def func(a, b=2):
    return a


class C:
    def meth(self):
        pass

    @property
    def prop(self):
        return 1


def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    raise ValueError("v")
except ValueError as e:
    tb = e.__traceback__

d = {"k": "v"}
samples = [
    ("len", len), ("func", func), ("gen()", gen()), ("(x for x in ())", (x for x in ())),
    ("d.keys()", d.keys()), ("d.values()", d.values()), ("d.items()", d.items()), ("iter(d)", iter(d)),
    ("iter(d.values())", iter(d.values())), ("iter(d.items())", iter(d.items())),
    ("C().meth", C().meth), ("int.__add__", int.__add__), ("(1).__add__", (1).__add__),
    ("list.append", list.append), ("dict.fromkeys", dict.__dict__["fromkeys"]),
    ("type.__name__", type.__dict__["__name__"]), ("func.__code__", func.__code__), ("tb", tb),
    ("cell", outer().__closure__[0]), ("sys.stdout", sys.stdout), ("sys", sys),
    ("iter([])", iter([])), ("iter(())", iter(())), ("iter(set())", iter(set())), ("iter('')", iter("")),
    ("iter(range(3))", iter(range(3))), ("iter(func, 1)", iter(func, 1)), ("reversed([])", reversed([])),
    ("None", None), ("NotImplemented", NotImplemented), ("...", ...), ("C.prop", C.prop),
    ("staticmethod(func)", staticmethod(func)), ("classmethod(func)", classmethod(func)),
    ("super(C, C())", super(C, C())), ("slice(1)", slice(1)), ("range(1)", range(1)),
    ("enumerate([])", enumerate([])), ("zip()", zip()), ("map(func, [])", map(func, [])),
    ("filter(func, [])", filter(func, [])), ("1", 1), ("True", True), ("1.0", 1.0), ("''", ""), ("()", ()),
    ("[]", []), ("{}", {}), ("set()", set()), ("frozenset()", frozenset()), ("int", int), ("object()", object()),
    ("ValueError()", ValueError()),
]
odd = [("()", ()), ("(1)", (1,)), ("(None)", (None,)), ("('x')", ("x",)), ("(1, 2)", (1, 2)),
       ("(1, 2, 3)", (1, 2, 3)), ("([])", ([],)), ("({})", ({},)), ("(func)", (func,)), ("(func, 1)", (func, 1)),
       ("((), ())", ((), ())), ("(object())", (object(),)), ("(-1)", (-1,)), ("(2 ** 70)", (2 ** 70,))]
odd_kw = [{"x": 1}, {"name": "n"}, {"code": func.__code__, "globals": {}}, {"iterable": []}]
# CPython splits these constructors between __new__ (an empty object) and __init__;
# T.__new__(T) alone is left out for them
split = ("TextIOWrapper", "module", "staticmethod", "classmethod", "super")


def describe(r):
    if type(r) in (int, bool, float, tuple, list, set, frozenset, type(None)):
        return type(r).__name__ + " " + repr(r)
    return type(r).__name__


def attempt(label, thunk, t):
    try:
        r = thunk()
        print("  ", label, "->", describe(r).replace(t.__name__, "T"))
    except Exception as e:
        print("  ", label, "!!", type(e).__name__ + ":", str(e).replace(t.__name__, "T"))


for label, obj in samples:
    t = type(obj)
    print("==", label)
    for text, a in odd:
        if t is str and len(a) > 1 or t is enumerate and len(a) == 2:
            continue
        attempt("T" + text, lambda: t(*a), t)
    for kw in odd_kw:
        attempt("T(**%s)" % sorted(kw), lambda: t(**kw), t)
    if t.__name__ not in split and t is not enumerate:
        for text, a in [("", ()), (", 1", (1,)), (", None, None", (None, None))]:
            if t is str and len(a) > 1:
                continue
            attempt("T.__new__(T" + text + ")", lambda: t.__new__(t, *a), t)
    attempt("object.__new__(T)", lambda: object.__new__(t), t)
    attempt("T.__new__(object)", lambda: t.__new__(object), t)
print(len(samples), "objects")
