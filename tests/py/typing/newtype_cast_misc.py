# The small helpers: NewType (a callable that returns its argument and
# has a repr), cast, overload with get_overloads, final, no_type_check,
# assert_never, assert_type, reveal_type (to stderr) and TYPE_CHECKING.
import typing
from typing import (NewType, cast, overload, final, no_type_check, get_overloads, assert_never,
                    assert_type, reveal_type, TYPE_CHECKING, List, Union, Literal, get_type_hints)

UserId = NewType("UserId", int)
Name = NewType("Name", str)
AdminId = NewType("AdminId", UserId)
u = UserId(42)
print(u, type(u), UserId, AdminId, AdminId.__supertype__, UserId.__name__, UserId.__qualname__)
print(UserId.__module__, Name("bob").upper(), List[UserId], UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, UserId)
except TypeError as e:
    print("TypeError:", e)
try:
    UserId()
except TypeError as e:
    print("TypeError:", e)
x = cast(int, "not an int")
print(x, cast("List[int]", [1]), cast(List[str], 3))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))
print([f.__annotations__ for f in get_overloads(double)])


@overload
def lonely(x: int) -> int: ...


try:
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Base:
    @final
    def done(self):
        return "done"


print(Base.__final__, Base.done.__final__, Base().done())


@no_type_check
def loose(a: "not a type at all") -> "nor this":
    return a


print(loose.__no_type_check__, loose(1))


def handle(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    else:
        assert_never(v)


print(handle(1), handle("a"))
try:
    handle(2.5)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError:", len(str(e)))
print(assert_type(5, int), TYPE_CHECKING)
if TYPE_CHECKING:
    print("never")
print(reveal_type([1, 2]))
print(reveal_type(u))
