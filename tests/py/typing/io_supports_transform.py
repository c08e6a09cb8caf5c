# The rest of typing's names: IO, TextIO and BinaryIO (generic abstract
# file types), the Supports* protocols isinstance() can ask,
# dataclass_transform's record, no_type_check on a class (its methods
# too) and no_type_check_decorator; get_type_hints of a marked object is {}.
import io
from typing import (IO, TextIO, BinaryIO, AnyStr, SupportsAbs, SupportsBytes, SupportsFloat,
                    SupportsIndex, SupportsInt, SupportsRound, dataclass_transform,
                    no_type_check, no_type_check_decorator, get_type_hints, Iterator)
import functools

print(IO, IO[str], IO[bytes], TextIO, BinaryIO, IO.__parameters__, TextIO.__parameters__)
print(TextIO.__mro__, BinaryIO.__orig_bases__)
print(IO.write.__isabstractmethod__, IO.mode.__isabstractmethod__, type(io.StringIO()).__mro__[0] is not TextIO)


def lines(f: TextIO) -> Iterator[str]:
    for line in f:
        yield line.rstrip("\n")


print(list(lines(io.StringIO("a\nb\n"))), get_type_hints(lines))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __round__(self, ndigits=0):
        return Money(round(self.cents, ndigits - 2))

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(-1234)
for proto in (SupportsFloat, SupportsInt, SupportsRound, SupportsAbs, SupportsIndex, SupportsBytes):
    print(proto.__name__, isinstance(m, proto), isinstance(3, proto), isinstance(b"x", proto))
print(SupportsRound[int], SupportsAbs.__parameters__, round(m), abs(m), float(m))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


@dataclass_transform()
class ModelBase:
    def __init_subclass__(cls, *, frozen=False):
        cls.frozen = frozen


class User(ModelBase, frozen=True):
    name: str


print(model.__dataclass_transform__)
print(ModelBase.__dataclass_transform__, User.frozen)


@no_type_check
class Legacy:
    size: "some unparsable thing ("

    def method(self, x: "not ( valid") -> "nor this":
        return x

    class Inner:
        def deep(self, y: "?"):
            pass

    @staticmethod
    def helper(z: "bad bad"):
        return z


print(Legacy.__no_type_check__, Legacy.method.__no_type_check__, Legacy.Inner.__no_type_check__,
      Legacy.Inner.deep.__no_type_check__, Legacy.helper.__no_type_check__)
print(get_type_hints(Legacy), get_type_hints(Legacy.method), get_type_hints(Legacy.Inner.deep))


def logged(func):
    @functools.wraps(func)
    def inner(*args):
        return func(*args)
    return inner


untyped = no_type_check_decorator(logged)
print(untyped.__name__, untyped.__wrapped__ is logged)


@untyped
def area(w: "width (cm", h: "height") -> "cm2":
    return w * h


print(area(2, 3), area.__no_type_check__, get_type_hints(area))
try:
    get_type_hints(Legacy.__init__)
except TypeError as e:
    print("TypeError:", e)
