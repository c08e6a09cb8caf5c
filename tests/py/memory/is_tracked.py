# gc.is_tracked: atoms (ints, strs, floats, None) are never tracked; containers that can form cycles are
import gc

def f():
    pass

class Plain:
    pass

class Empty:
    __slots__ = ()

def gen():
    yield 1

cases = [
    ("1", 1), ("'text'", "text"), ("1.5", 1.5), ("None", None), ("True", True),
    ("2**100", 2**100), ("range(3)", range(3)), ("object()", object()),
    ("int (a built-in type)", int), ("type", type),
    ("[]", []), ("[1, 2]", [1, 2]), ("set()", set()), ("{1, 2}", {1, 2}),
    ("frozenset({1})", frozenset({1})), ("{'k': []}", {"k": []}),
    ("(1,)", (1,)), ("([],)", ([],)),
    ("a function", f), ("a lambda", lambda: 0), ("a class", Plain),
    ("an instance", Plain()), ("an instance with empty __slots__", Empty()),
    ("a generator", gen()), ("a bound method", Plain().__init__),
    ("a built-in function", len), ("a module", gc),
    ("an exception", ValueError("x")), ("a list iterator", iter([])),
    ("a slice", slice(1, 2)), ("a property", property()),
]
for label, obj in cases:
    print(f"{label:36} {gc.is_tracked(obj)}")
