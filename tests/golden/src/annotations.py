# annotations: SETUP_ANNOTATIONS, the stores into __annotations__, and a
# def's annotations as a tuple of (name, value) pairs for MAKE_FUNCTION
x: int = 1
y: list[int]
obj.attr: str
def f(a: int, *args: str, k: float = 2.0, **kw: bytes) -> None:
    local: int = 3
    return local
class C:
    name: str = 'c'
