# TypeVar: a named variable with an optional bound or constraints and a
# variance (~T, +T_co, -T_contra); its attributes, its use in aliases
# (List[T] has __parameters__ (T,)), substitution, and the errors.
import typing
from typing import TypeVar, List, Dict, Tuple, Callable, Optional, AnyStr, Union

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")
S = TypeVar("S", bound=str)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
for tv in [T, N, B, S, T_co, T_contra, AnyStr]:
    print(repr(tv), tv.__name__, tv.__bound__, tv.__constraints__, tv.__covariant__,
          tv.__contravariant__)
print(T.__module__, AnyStr.__module__, typing.T, typing.KT, typing.VT_co, typing.T_contra)
print(List[T], Dict[T, List[S]], Tuple[T, ...], Callable[[T], S], Optional[T])
print(List[T].__parameters__, Dict[S, Tuple[T, S]].__parameters__, Callable[[T], S].__parameters__)
print(List[T][int], Dict[T, List[S]][str, bytes], Callable[[T], S][int, str])
Pair = Tuple[T, T]
print(Pair[int], Pair.__parameters__)
IntDict = Dict[str, T]
print(IntDict[int], IntDict[List[S]], IntDict[List[S]].__parameters__)
print(Union[T, int][str], Union[T, S][int, int], Optional[T][str])
print(T == T, T == TypeVar("T"), T is typing.T, T in {T: 1})
print(T | None, T | int, int | T)


def first(items: List[T]) -> T:
    return items[0]


print(first.__annotations__, first([3, 2]))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int),
            lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: TypeVar("X", 1, 2), lambda: List[T][int, str], lambda: List[int][str],
            lambda: Dict[T, S][int], lambda: isinstance(1, T), lambda: T()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print("TypeError:", e)
