# from __future__ import annotations (PEP 563): every annotation is a
# string constant, the text CPython prints back from the tree; a def's
# pairs are one constant tuple
from __future__ import annotations
x: dict[str, int | None] = {}
def f(a: 'Node', b: list[Node] = []) -> Callable[[int], str]:
    pass
