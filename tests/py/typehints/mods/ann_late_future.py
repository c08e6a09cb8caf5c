# a module whose future import comes too late
y: int = 2
from __future__ import annotations
