# the errors an enum raises, with CPython 3.11's messages: bad value, bad name, reassigning or deleting a member, a name defined twice, extending an enum with members, reserved _sunder_ names
from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: Color(4))
attempt(lambda: Color("RED"))
attempt(lambda: Color[1])
attempt(lambda: Color['PINK'])
attempt(lambda: setattr(Color, 'RED', 5))
attempt(lambda: delattr(Color, 'GREEN'))
attempt(lambda: Color.PURPLE)
def twice():
    class X(Enum):
        A = 1
        A = 2
attempt(twice)
def member_then_method():
    class X(Enum):
        A = 1
        def A(self): pass
attempt(member_then_method)
def extend():
    class More(Color):
        BLUE = 3
attempt(extend)
def sunder():
    class X(Enum):
        _bad_ = 1
attempt(sunder)
def notint():
    class X(IntEnum):
        A = "a"
attempt(notint)
Color.extra = "fine"
print(Color.extra, list(Color))
attempt(lambda: Color.RED.__class__(9))
