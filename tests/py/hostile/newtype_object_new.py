# object.__new__(set), int.__new__(bool) and every T.__new__(S) whose constructor is not the one S's instances are built with are refused, as CPython's tp_new_wrapper does ("is not safe"), so no built-in instance skips its own constructor
def call(label, thunk):
    try:
        r = thunk()
        print(label, "->", type(r).__name__, repr(r) if type(r) in (int, bool, str, tuple, list, dict, set, frozenset) else "")
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


print("== object.__new__ of built-in types")
for t in (set, frozenset, dict, list, tuple, int, bool, float, str, type, slice, range, map, filter, enumerate,
          zip, reversed, property, staticmethod, classmethod, super, type(None), type(...),
          type(NotImplemented), BaseException, ValueError, KeyError, StopIteration, object):
    call("object.__new__(%s)" % t.__name__, lambda: object.__new__(t))

print("== T.__new__(S) where S is not T")
cases = [
    ("int.__new__(str)", lambda: int.__new__(str)),
    ("int.__new__(bool)", lambda: int.__new__(bool)),
    ("bool.__new__(int)", lambda: bool.__new__(int)),
    ("set.__new__(frozenset)", lambda: set.__new__(frozenset)),
    ("frozenset.__new__(set)", lambda: frozenset.__new__(set)),
    ("tuple.__new__(list)", lambda: tuple.__new__(list)),
    ("list.__new__(tuple)", lambda: list.__new__(tuple)),
    ("dict.__new__(set)", lambda: dict.__new__(set)),
    ("str.__new__(type(None))", lambda: str.__new__(type(None))),
    ("type.__new__(int)", lambda: type.__new__(int)),
    ("float.__new__(int)", lambda: float.__new__(int)),
    ("BaseException.__new__(ValueError)", lambda: BaseException.__new__(ValueError)),
    ("ValueError.__new__(BaseException)", lambda: ValueError.__new__(BaseException)),
    ("Exception.__new__(KeyError, 'k')", lambda: Exception.__new__(KeyError, "k")),
    ("int.__new__(1)", lambda: int.__new__(1)),
    ("int.__new__('int')", lambda: int.__new__("int")),
    ("int.__new__()", lambda: int.__new__()),
    ("object.__new__()", lambda: object.__new__()),
    ("object.__new__(1)", lambda: object.__new__(1)),
    ("object.__new__(object, 1)", lambda: object.__new__(object, 1)),
    ("object.__new__(object, x=1)", lambda: object.__new__(object, x=1)),
    ("type(None).__new__(type(None), 1)", lambda: type(None).__new__(type(None), 1)),
    ("int.__new__(int, '42')", lambda: int.__new__(int, "42")),
    ("dict.__new__(dict)", lambda: dict.__new__(dict)),
    ("set.__new__(set)", lambda: set.__new__(set)),
    ("tuple.__new__(tuple, 'ab')", lambda: tuple.__new__(tuple, "ab")),
]
for label, thunk in cases:
    call(label, thunk)


print("== a class whose __new__ builds its instance with the wrong constructor")


class S(set):
    def __new__(cls, *args):
        return object.__new__(cls)


class I(int):
    def __new__(cls, v=0):
        return object.__new__(cls)


class B(int):
    def __new__(cls, v=0):
        return int.__new__(bool)


class D(dict):
    def __new__(cls):
        return super().__new__(cls)


class Deeper(D):
    def __new__(cls):
        return object.__new__(cls)


class L(list):
    pass


class Mixed:
    pass


class M(Mixed, dict):
    def __new__(cls):
        return object.__new__(cls)


class E(ValueError):
    def __new__(cls, *args):
        return BaseException.__new__(cls, *args)


class Plain:
    def __new__(cls):
        return object.__new__(cls)


class PlainChild(Plain):
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return object.__new__(mcls)


for label, thunk in [("S([1])", lambda: S([1])), ("I(3)", lambda: I(3)), ("B(1)", lambda: B(1)),
                     ("D()", lambda: D()), ("Deeper()", lambda: Deeper()),
                     ("object.__new__(L)", lambda: object.__new__(L)),
                     ("list.__new__(L)", lambda: list.__new__(L)), ("M()", lambda: M()),
                     ("E('e')", lambda: E("e")), ("Plain()", lambda: Plain()),
                     ("PlainChild()", lambda: PlainChild()),
                     ("object.__new__(PlainChild)", lambda: object.__new__(PlainChild)),
                     ("Meta('X', (), {})", lambda: Meta("X", (), {})),
                     ("type.__new__(Meta, 'Y', (), {})", lambda: type.__new__(Meta, "Y", (), {})),
                     ("object.__new__(Meta)", lambda: object.__new__(Meta))]:
    call(label, thunk)

d = D()
d["k"] = 1
print(d, type(d).__name__, len(d))
e = E("e", 2)
print(e.args, isinstance(e, ValueError))
l = list.__new__(L)
l.append(5)
print(l, type(l).__name__)
print(type(type.__new__(Meta, "Y", (), {})).__name__)

print("== type.__new__ needs three arguments")
for label, thunk in [("type.__new__(type)", lambda: type.__new__(type)),
                     ("type.__new__(type, 5)", lambda: type.__new__(type, 5)),
                     ("type.__new__(type, 'A', ())", lambda: type.__new__(type, "A", ())),
                     ("type.__new__(type, 'A', (), {}, 4)", lambda: type.__new__(type, "A", (), {}, 4)),
                     ("type.__new__(type, 1, (), {})", lambda: type.__new__(type, 1, (), {})),
                     ("type.__new__(type, 'A', 1, {})", lambda: type.__new__(type, "A", 1, {})),
                     ("type.__new__(type, 'A', (), 1)", lambda: type.__new__(type, "A", (), 1)),
                     ("type(5)", lambda: type(5)), ("type()", lambda: type()), ("type(1, 2)", lambda: type(1, 2))]:
    call(label, thunk)


class Meta2(type):
    pass


call("Meta2(5)", lambda: Meta2(5))
call("Meta2()", lambda: Meta2())
call("Meta2('N', (), {})", lambda: Meta2("N", (), {}))
