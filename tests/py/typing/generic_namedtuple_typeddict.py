# Generic NamedTuples and TypedDicts (new in 3.11): a NamedTuple or a
# TypedDict deriving also from Generic[T] can be subscripted, keeps its
# fields, and its subclasses fill the type variables in.
from typing import NamedTuple, TypedDict, Generic, TypeVar, List, Optional, get_type_hints

T = TypeVar("T")
K = TypeVar("K")


class Pair(NamedTuple, Generic[T]):
    """Two values of one type."""
    first: T
    second: T
    note: Optional[str] = None

    def swap(self) -> "Pair[T]":
        return Pair(self.second, self.first, self.note)


p = Pair[int](1, 2)
print(p, p.swap(), Pair[str], Pair.__parameters__, Pair.__mro__, Pair.__doc__)
print(Pair._fields, Pair._field_defaults, p._asdict(), isinstance(p, tuple), Pair[int].__args__)
print(get_type_hints(Pair), Pair[List[K]].__parameters__, Pair[List[K]][bytes])


class Page(TypedDict, Generic[T]):
    items: List[T]
    total: int


class IntPage(Page[int]):
    cursor: Optional[str]


pg = Page(items=["a"], total=1)
print(pg, Page[str], Page.__parameters__, Page.__mro__, sorted(Page.__required_keys__))
print(IntPage.__mro__, IntPage.__parameters__, IntPage.__annotations__)
print(sorted(IntPage.__required_keys__), IntPage(items=[1], total=1, cursor=None))
try:
    class Bad(NamedTuple, List[int]):
        x: int
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(pg, Page)
except TypeError as e:
    print("TypeError:", e)
