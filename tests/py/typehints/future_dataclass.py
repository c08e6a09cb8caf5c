# dataclasses read a class's own __annotations__; under PEP 563 the field
# types are strings, and the generated __init__ (exec'd source) carries
# the annotations it was written with
from __future__ import annotations
from dataclasses import dataclass, field, fields
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
n = Node(1)
print(n, [f.type for f in fields(Node)])
print(Node.__init__.__annotations__)
@dataclass(order=True)
class P:
    x: float
    y: float = 0.0
print(P(1) < P(2), P.__annotations__)
class B(P): pass
print(B.__annotations__)
