# typing's errors and edge cases, worded as CPython 3.11's.
import typing
from typing import (Any, Callable, ClassVar, Generic, List, Literal, NamedTuple, NewType, Optional,
                    Protocol, Tuple, TypeVar, Union)

T = TypeVar("T")
S = TypeVar("S")
checks = [
    lambda: TypeVar("X", int),
    lambda: TypeVar("X", int, str, bound=int),
    lambda: TypeVar("X", covariant=True, contravariant=True),
    lambda: Optional[int, str],
    lambda: Generic[T, T],
    lambda: ClassVar[int, str],
    lambda: List[int](),
    lambda: Tuple[int](),
    lambda: typing.NoReturn[int],
    lambda: issubclass(int, List[int]),
]
for check in checks:
    try:
        print(check())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Pair(Generic[T, S]):
    pass


print(Pair[int, str], Pair.__parameters__, Pair[int, T][str])
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Missing(List[T], Generic[S]):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Literal[1, 1, True, "a"], Union[None, int], Union[int, None, str])
print(Optional[Union[int, str]], Union[List[int], List[int]])
UserId = NewType("UserId", int)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    class NT2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
print(typing.get_args(Optional[int]), typing.get_args(Tuple[int, ...]), typing.get_origin(Callable[[], int]))
print(typing.Text is str, typing.assert_type(3, int), repr(typing.ForwardRef("X")))
try:
    typing.assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
