# with sys.setrecursionlimit raised, recursion through C (__repr__ calling repr, __eq__, __hash__, __getattr__, __len__, __iter__, __str__, nested containers' repr and ==, isinstance) ends in RecursionError, not a crash
import sys


class Repr:
    def __repr__(self):
        return repr(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class Len:
    def __len__(self):
        return len(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Str:
    def __str__(self):
        return str(self)


def nest(kind, n):
    x = kind()
    for i in range(n):
        if kind is list:
            x = [x]
        elif kind is tuple:
            x = (x,)
        else:
            x = {1: x}
    return x


def attempt(label, thunk, show_message=False):
    try:
        r = thunk()
    except RecursionError as e:
        print(label, 'RecursionError', e if show_message else '')
    else:
        print(label, 'returned', r)


# the highest limits at which CPython 3.11 itself raises rather than crashes
sys.setrecursionlimit(50000)
attempt('repr(self)', lambda: repr(Repr()))
attempt('repr nested list', lambda: repr(nest(list, 60000)), True)
attempt('repr nested tuple', lambda: repr(nest(tuple, 60000)), True)
sys.setrecursionlimit(30000)
attempt('self == other', lambda: Eq() == Eq())
attempt('hash(self)', lambda: hash(Hash()))
attempt('str(self)', lambda: str(Str()))
attempt('repr nested dict', lambda: repr(nest(dict, 40000)), True)
attempt('nested lists ==', lambda: nest(list, 40000) == nest(list, 40000))
sys.setrecursionlimit(10000)
attempt('getattr(self)', lambda: GetAttr().missing)
attempt('len(self)', lambda: len(Len()))
attempt('iter(self)', lambda: iter(Iter()))
sys.setrecursionlimit(100000)
attempt('isinstance nested tuple', lambda: isinstance(1, nest(tuple, 150000)), True)
attempt('issubclass nested tuple', lambda: issubclass(bool, nest(tuple, 150000)), True)
sys.setrecursionlimit(1000)
# and the interpreter goes on
print(repr(nest(list, 3)), nest(tuple, 300) == nest(tuple, 300), isinstance(1, ((int,),)))
