# int(x), str(x), list(x)...: the built-in types match their one positional sub-pattern against the subject itself
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "a zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, *_]):
            return f"list starting with {a}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case bytearray(ba):
            return f"bytearray {ba!r}"
        case _:
            return "other"

class MyInt(int):
    pass

for v in [True, 0, 0.0, 7, 2.5, "s", b"b", [1, 2], (1, 2, 3), {"k": 9}, {1, 2}, frozenset(), bytearray(b"z"), MyInt(5), None]:
    print(repr(v), "->", kind(v))
