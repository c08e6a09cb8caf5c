# under PEP 563 a yield in an annotation is refused in any scope
from __future__ import annotations
class C:
    attr: (yield)
