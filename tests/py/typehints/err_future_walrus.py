# under PEP 563 an annotation may not hold a walrus, yield or await
from __future__ import annotations
def f(x: (y := 1)): pass
