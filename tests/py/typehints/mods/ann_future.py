# a module compiled with PEP 563 annotations
from __future__ import annotations
z: Later = 3
def f(a: Later) -> Later: pass
