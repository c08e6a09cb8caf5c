# get_type_hints(): string hints (forward references) are evaluated in the
# function's module or a class's own module and namespace, base classes'
# hints come first, None becomes NoneType, localns helps a local class,
# and an unknown name raises NameError.
from typing import Optional, List, Dict, get_type_hints, ClassVar, ForwardRef


class Tree:
    children: "List[Tree]"
    parent: "Optional[Tree]"
    label: str = ""

    def add(self, child: "Tree") -> "Tree":
        self.children.append(child)
        return child


print(Tree.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree.add))


class Leaf(Tree):
    weight: float
    count: ClassVar[int] = 0


print(list(get_type_hints(Leaf)))
print(get_type_hints(Leaf)["count"], get_type_hints(Leaf)["children"])


def walk(node: Tree, depth: int = 0, seen: "set[int] | None" = None) -> None:
    pass


print(get_type_hints(walk))


def g(x: int = None, y: "Dict[str, 'Leaf']" = None):
    pass


print(get_type_hints(g))


def make():
    class Local:
        other: "Local"
        n: "int"
    return Local


Local = make()
try:
    get_type_hints(Local)
except NameError as e:
    print("NameError:", e)


def uses_local(a: "Helper") -> "Helper":
    pass


try:
    get_type_hints(uses_local)
except NameError as e:
    print("NameError:", e)


class Helper:
    pass


print(get_type_hints(uses_local))
print(get_type_hints(uses_local, localns={"Helper": int}))
print(get_type_hints(uses_local, globalns={"Helper": str}))
print(get_type_hints(lambda: 0), get_type_hints(print))
import sys
mod = sys.modules[__name__]
print(sorted(get_type_hints(mod)))
answer: int = 42
names: "List[str]" = []
print(get_type_hints(mod))
ref = ForwardRef("List[int]")
print(ref, ref.__forward_arg__, ref == ForwardRef("List[int]"), ref == ForwardRef("int"))
print(List["int"], List["int"].__args__[0] == ForwardRef("int"))
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError:", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)
