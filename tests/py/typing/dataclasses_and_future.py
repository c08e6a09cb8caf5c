# typing with dataclasses and PEP 563: ClassVar fields (also as strings
# under from __future__ import annotations) are not fields; get_type_hints
# evaluates the string hints; a self-referring NamedTuple.
from __future__ import annotations
import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, Dict


@dataclass
class Graph:
    count: ClassVar[int] = 0
    nodes: List[int] = field(default_factory=list)
    edges: Dict[int, List[int]] = field(default_factory=dict)
    name: Optional[str] = None

    def add(self, a: int, b: int) -> None:
        self.edges.setdefault(a, []).append(b)
        Graph.count += 1


g = Graph()
g.add(1, 2)
print(g, Graph.count, [f.name for f in fields(g)], Graph.__annotations__)
print(typing.get_type_hints(Graph))
print(typing.get_type_hints(Graph.add))


@dataclass
class WithTypingClassVar:
    a: int
    b: typing.ClassVar[str] = "shared"


print(WithTypingClassVar(1), [f.name for f in fields(WithTypingClassVar)])


class Node(typing.NamedTuple):
    value: int
    next: Optional[Node] = None


print(Node(1, Node(2)))
T = typing.TypeVar("T")


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first.__annotations__, typing.get_type_hints(first))
