# *args: *Ts under PEP 563: the text keeps its star
from __future__ import annotations
def g(*args: *Ts, **kw: int): pass
print(g.__annotations__)
