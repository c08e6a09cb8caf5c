# dataclasses on evaluated annotations: field types are the objects, string
# forward references stay strings, a subclass has no annotations of its own
from dataclasses import dataclass, field, fields
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
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
