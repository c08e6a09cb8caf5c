# The builtin generics (PEP 585) with type variables: list[T] has
# __parameters__ and is subscripted again; int | T unions substitute too;
# *tuple[int, str] (iterating an alias) spreads its types; the
# collections.abc classes are subscriptable, Callable with its own alias.
import collections.abc as abc
from typing import TypeVar, ParamSpec, TypeVarTuple, Generic, List, Optional, get_args

T = TypeVar("T")
S = TypeVar("S")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
Pairs = list[tuple[T, S]]
print(Pairs, Pairs.__parameters__, Pairs[int, str], Pairs[int, T], Pairs[int, T].__parameters__)
print(dict[str, list[T]][int], tuple[T, ...][float], type[T][int], list[List[T]][bytes])
print(list[T][int] == list[int], list[T][int] is list[int], hash(list[T][int]) == hash(list[int]))
MaybeList = list[T] | None
print(MaybeList, MaybeList.__parameters__, MaybeList[int], (list[T] | dict[S, T])[int, str])
print(Optional[list[T]][str], List[dict[T, S]][int, bytes])
star = [*tuple[int, str]][0]
print(star, star.__unpacked__, tuple[int, str].__unpacked__, star == tuple[int, str])
print(tuple[*tuple[int, str], bytes], tuple[int, *Ts][str, float], tuple[*Ts][()], tuple[T, *Ts].__parameters__)
print(star.__typing_unpacked_tuple_args__, [*tuple[int, ...]][0].__typing_unpacked_tuple_args__)
print(abc.Iterable[int], abc.Mapping[str, T][int], abc.Sequence[T].__parameters__, abc.KeysView[str])
print(abc.Callable[[int, str], bool], abc.Callable[..., T], abc.Callable[[], None], abc.Callable[P, T])
print(abc.Callable[[T], S][int, str], abc.Callable[P, T][[int], str], abc.Callable[P, T][..., int])
print(type(abc.Callable[[int], str]).__name__, abc.Callable[[int], str].__args__,
      get_args(abc.Callable[[int], str]), abc.Callable[[int], str] == abc.Callable[[int], str])


def apply(f: abc.Callable[[T], S], xs: abc.Iterable[T]) -> list[S]:
    return [f(x) for x in xs]


print(apply(str, range(3)), apply.__annotations__)
for bad in ["list[int][str]", "list[T][int, str]", "(int | str)[int]", "dict[T, S][int]",
            "abc.Callable[int]", "abc.Callable[int, str]", "isinstance([], list[T])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(f"{bad}: TypeError: {e}")
