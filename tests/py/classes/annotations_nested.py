# annotated assignments inside if/for/while/with/try/match blocks of a class or module body still land in __annotations__ (CPython's find_ann sets it up at the start)
import contextlib

class C:
    if True:
        a: int = 1
    for _ in range(1):
        b: str
    while False:
        c: float
    with contextlib.nullcontext():
        d: list = []
    try:
        e: dict = {}
    except Exception:
        f: set
    match 1:
        case 1:
            g: bytes = b""

print(sorted(C.__annotations__))

class D:
    if False:
        x: int
    y = 1

print(D.__dict__.get("__annotations__"))

if True:
    top: int = 3
print(__annotations__)
