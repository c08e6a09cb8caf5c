# Generic classes: a class deriving from Generic[T] (or a subscripted
# alias) can be subscripted, the result remembers __origin__ and __args__,
# calling it makes an instance of the class that knows __orig_class__;
# subclasses substitute, __orig_bases__ and __parameters__, the errors.
from typing import Generic, TypeVar, List, Dict, Iterator, Mapping, Optional, Iterable

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), type(s).__name__, s.__orig_class__)
print(Stack[int], Stack[List[str]], Stack[T], Stack[int] == Stack[int], Stack[int] == Stack[str])
print(Stack.__parameters__, Stack[int].__parameters__, Stack[Dict[K, V]].__parameters__)
print(Stack[int].__origin__ is Stack, Stack[int].__args__, Stack.__orig_bases__)
print(Stack.__mro__)


class Registry(Generic[K, V]):
    def __init__(self):
        self.data: Dict[K, V] = {}

    def register(self, key: K, value: V) -> None:
        self.data[key] = value


class NameRegistry(Registry[str, V]):
    pass


class IntNames(NameRegistry[int]):
    pass


print(NameRegistry.__parameters__, NameRegistry.__orig_bases__, NameRegistry[float])
print(IntNames.__parameters__, IntNames.__orig_bases__, IntNames.__mro__)
r = IntNames()
r.register("a", 1)
print(r.data, isinstance(r, Registry), issubclass(IntNames, Generic))


class LinkedList(Iterable[T]):
    def __init__(self, *items: T) -> None:
        self.items = items

    def __iter__(self):
        return iter(self.items)


print(LinkedList.__parameters__, LinkedList.__mro__, list(LinkedList[int](1, 2)))


class MyMap(Mapping[K, V], Generic[K, V]):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap[str, int](a=1, b=2)
print(MyMap.__parameters__, dict(m), m.get("c", 0), "a" in m)


class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None):
        self.value, self.next = value, next


print(Node[int](1, Node[int](2)).next.value, Node[Node[int]])
for bad in ["Stack[int, str]", "Registry[int]", "Generic[int]", "Generic[T, T]",
            "Generic[()]", "type(Generic()).__name__", "Stack[int][str]", "isinstance(s, Stack[int])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(f"{bad}: TypeError: {e}")
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Missing(Dict[K, V], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
