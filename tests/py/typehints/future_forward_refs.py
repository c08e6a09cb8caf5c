# with the future import nothing in an annotation is evaluated: forward
# references and undefined names are fine everywhere, module and class
# __annotations__ hold strings, complex targets still evaluate their parts
from __future__ import annotations
log = []
def v(name, value=None):
    log.append(name)
    return value if value is not None else name
class Node:
    next: Node | None = None
    children: list[Node]
    def add(self, child: Node, *, where: Position = Undefined.START) -> Node:
        return self
print(Node.__annotations__, Node.add.__annotations__)
count: int = 0
label: Final[str]
print(__annotations__)
class Obj:
    pass
o = Obj()
v('o', o).attr: v('never')
v('lst', [0])[v('i', 0)]: v('never')
(paren): v('never') = 1
print(log)
def outer():
    T = int
    def inner(a: T) -> T: pass
    return inner
print(outer.__code__.co_cellvars, outer().__annotations__)
def locals_untouched():
    x: Undefined = 1
    return x
print(locals_untouched())
import __future__
print(__future__.annotations.compiler_flag == 0x1000000)
