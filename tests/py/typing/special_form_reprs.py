# The repr of every special form and alias typing offers, bare and
# subscripted, as a learner prints them to see what a hint evaluates to;
# subscripting twice alike gives the same object (typing caches it).
import typing
from typing import (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
                    TypeGuard, Optional, Union, Literal, Annotated, Callable, Tuple, List, Dict,
                    Set, FrozenSet, Type, Deque, DefaultDict, Counter, ChainMap, OrderedDict,
                    Iterable, Iterator, Generator, AsyncGenerator, AsyncIterator, AsyncIterable,
                    Awaitable, Coroutine, Sequence, MutableSequence, Mapping, MutableMapping,
                    AbstractSet, MutableSet, Collection, Container, Reversible, Sized, Hashable,
                    ContextManager, AsyncContextManager, KeysView, ItemsView, ValuesView,
                    MappingView, ByteString, Text, AnyStr, Required, NotRequired)

bare = [Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, TypeGuard,
        Optional, Union, Literal, Annotated, Required, NotRequired]
for form in bare:
    print(repr(form))

aliases = [Callable, Tuple, List, Dict, Set, FrozenSet, Type, Deque, DefaultDict, Counter,
           ChainMap, OrderedDict, Iterable, Iterator, Generator, AsyncGenerator, AsyncIterator,
           AsyncIterable, Awaitable, Coroutine, Sequence, MutableSequence, Mapping,
           MutableMapping, AbstractSet, MutableSet, Collection, Container, Reversible, Sized,
           Hashable, ContextManager, AsyncContextManager, KeysView, ItemsView, ValuesView,
           MappingView, ByteString]
for alias in aliases:
    print(f"{alias!r:35} origin={alias.__origin__!r}")

print(Text, AnyStr)
print(ClassVar[int], Final[List[str]], TypeGuard[int], Required[int], NotRequired[str])
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[float], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[Tuple[int, int], ...])
print(Callable[[], None], Callable[[int, str], bool], Callable[..., Any])
print(Callable[[Callable[[int], int]], List[Callable[..., None]]])
print(Deque[int], DefaultDict[str, int], Counter[str], ChainMap[str, int], OrderedDict[str, int])
print(Iterable[int], Iterator[str], Generator[int, None, None], AsyncGenerator[int, None])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[bytes], AsyncIterable[bytes])
print(Sequence[int], MutableSequence[int], Mapping[str, int], MutableMapping[str, int])
print(AbstractSet[int], MutableSet[int], Collection[int], Container[int], Reversible[int])
print(ContextManager[int], AsyncContextManager[str], KeysView[str], ItemsView[str, int])
print(ValuesView[int], MappingView[int])
print(Optional[int], Optional[List[int]], Union[int, str], Union[int, str, None])
print(Literal[1, "a", b"b", True, None], Annotated[int, "meta", 3])
print(List["Node"], Dict[str, "Tree"], Optional["Node"])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], int | None, int | str | None)
print(List[int | None], list[Optional[int]], Union[list[int], dict[str, int]])


class Node:
    pass


print(List[Node], Optional[Node], Callable[[Node], Node])
print(str(List[int]), str(Optional[Node]), f"{Dict[str, int]}")
T = typing.TypeVar("T")


class G(typing.Generic[T]):
    pass


print(List[int] is List[int], Dict[str, int] is Dict[str, int], Optional[int] is Optional[int],
      Union[int, str] is Union[int, str], Callable[[int], str] is Callable[[int], str],
      Callable[..., int] is Callable[..., int], Tuple[int, ...] is Tuple[int, ...], G[int] is G[int],
      Literal[1] is Literal[1], Literal[1] is Literal[True], Annotated[int, 1] is Annotated[int, 1],
      List[T][int] is List[T][int], List[int] is List[T][int], ClassVar[int] is ClassVar[int],
      Annotated[int, []] == Annotated[int, []], List[True] is List[1], List[int] == List[int])
