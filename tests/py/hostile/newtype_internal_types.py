# calling the type of an internal object (a builtin function, a generator, a dict view, an iterator, a descriptor...) is "cannot create 'X' instances", and X.__new__(X) is refused by object.__new__, instead of a zeroed object that crashed
import sys


def gen():
    yield 1


def func(a, b=2):
    return a + b


class C:
    def meth(self):
        return 1

    @property
    def prop(self):
        return 2


def call(label, thunk, rename=None):
    # rename: a type name to print as T (for a type whose name is the only thing that differs)
    try:
        r = thunk()
        print(label, "->", type(r).__name__)
    except Exception as e:
        msg = str(e)
        if rename:
            msg = msg.replace(rename, "T")
        print(label, "!!", type(e).__name__ + ":", msg)


def probe(label, obj, exact=True):
    t = type(obj)
    rename = None if exact else t.__name__
    print("--", label, t.__name__ if exact else "")
    print("   own __new__:", "__new__" in t.__dict__)
    call("   T()", lambda: t(), rename)
    call("   T(1)", lambda: t(1), rename)
    call("   T(x=1)", lambda: t(x=1), rename)
    call("   T.__new__(T)", lambda: t.__new__(t), rename)
    call("   object.__new__(T)", lambda: object.__new__(t), rename)


d = {"a": 1}
probe("len", len)
probe("'x'.upper", "x".upper)
probe("generator", gen())
probe("generator expression", (x for x in ()))
probe("{}.keys()", d.keys())
probe("{}.values()", d.values())
probe("{}.items()", d.items())
probe("iter({})", iter(d))
probe("iter({}.keys())", iter(d.keys()))
probe("iter({}.values())", iter(d.values()), exact=False)
probe("iter({}.items())", iter(d.items()), exact=False)
probe("list_iterator", iter([]))
probe("tuple_iterator", iter(()))
probe("set_iterator", iter(set()))
probe("str_ascii_iterator", iter(""))
probe("range_iterator", iter(range(3)))
probe("callable_iterator", iter(func, 1))
probe("reversed([])", reversed([]), exact=False)
probe("bound method", C().meth)
probe("int.__add__", int.__add__)
probe("(1).__add__", (1).__add__)
probe("list.append", list.append)
probe("dict.fromkeys", dict.__dict__["fromkeys"])
probe("type.__name__", type.__dict__["__name__"])
probe("BaseException.args", BaseException.__dict__["args"])

print("== the singletons: calling their type gives them back")
for obj in (None, NotImplemented, ...):
    t = type(obj)
    print(t.__name__, t() is obj, t.__new__(t) is obj, "__new__" in t.__dict__)
    call("   T(1)", lambda: t(1))
    call("   T(k=1)", lambda: t(k=1))
    call("   T.__new__(T, 1)", lambda: t.__new__(t, 1))
    call("   T.__new__(int)", lambda: t.__new__(int))
    call("   object.__new__(T)", lambda: object.__new__(t))
print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
print(repr(type(...)()), repr(type(NotImplemented)()), repr(type(None)()))

print("== these stay constructible")
for t in (int, bool, float, str, tuple, list, dict, set, frozenset, object, property, range, slice, zip, ValueError):
    try:
        print(t.__name__, type(t()).__name__ if t not in (range, slice) else type(t(1)).__name__)
    except Exception as e:
        print(t.__name__, "!!", type(e).__name__, e)
