# typing: the names hints are written with, as run-time objects with CPython
# 3.11's reprs; subscripting, Union flattening, Optional, Callable, TypeVar,
# Generic classes, NamedTuple, NewType, runtime_checkable Protocols,
# TypedDict, get_type_hints/get_origin/get_args, and the errors.
from typing import (Any, List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar, Generic, Deque, DefaultDict, Type, Literal, Final,
                    ClassVar, cast, overload, TYPE_CHECKING, get_type_hints, get_origin, get_args, NamedTuple,
                    NewType, Protocol, runtime_checkable, Counter, Annotated, NoReturn, AnyStr, TypedDict)
import typing
print(Any, List, Dict[str, int], List[int], Tuple[int, ...], Tuple[int, str], Set[int], FrozenSet[str])
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]], Optional[List[int]])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, List[int]], Deque[int], DefaultDict[str, int], Type[int], Literal[1, 'a'], Final[int], ClassVar[int])
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', covariant=True)
print(T, K, S, K.__bound__, T.__name__, AnyStr, AnyStr.__constraints__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)
print(List[T][int], Dict[str, T][float])
def f(x: int, y: 'List[int]' = None) -> Optional[str]:
    return None
print(get_type_hints(f), f.__annotations__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Callable[[int], str]), get_origin(int), get_args(int))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return self.x + self.y
p = P(1)
print(p, p.norm(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(cast(int, 'x'), TYPE_CHECKING, Counter[str], Annotated[int, 'meta'], NoReturn)
for bad in (lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: Any(), lambda: Union[()], lambda: List[int, str], lambda: Generic[int], lambda: isinstance(1, Union)):
    try: bad()
    except TypeError as e: print("TypeError:", e)
print(isinstance([], List), isinstance(1, Optional[int]), issubclass(bool, Union[int, str]))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, Movie.__total__)
print(Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]), Union[int, str] == Union[str, int])
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__)
class MyList(List[int]): pass
print(MyList.__mro__[1], MyList([1, 2]))
