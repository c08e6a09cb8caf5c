# a future statement inside a def is not at the top of the file
def f():
    from __future__ import annotations
