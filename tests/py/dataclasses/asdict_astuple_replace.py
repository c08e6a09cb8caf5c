# asdict() and astuple() go into nested dataclasses, lists, tuples, dicts
# and namedtuples, and copy the other values deeply; replace() makes a new
# instance with some fields changed (through __init__).
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar

Pair = namedtuple("Pair", "a b")


@dataclass
class Inner:
    tags: list
    pair: Pair


@dataclass
class Outer:
    name: str
    inner: Inner
    extra: dict = field(default_factory=dict)


o = Outer("o", Inner(["t"], Pair(1, [2])), {"k": Inner([], Pair(0, 0))})
d = asdict(o)
print(d)
print(d["inner"]["tags"] is o.inner.tags, type(d["inner"]["pair"]).__name__)
print(astuple(o))
print(asdict(o, dict_factory=lambda items: sorted(items)))
print(replace(o, name="p"))
for bad in (Outer, 5):
    for fn in (asdict, astuple, replace):
        try:
            fn(bad)
        except TypeError as e:
            print("TypeError:", e)


@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = None

    def __post_init__(self, c):
        self.b = self.a * 2


w = WithInit(1)
print(replace(w, a=5))
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class NeedsInitVar:
    a: int
    c: InitVar[int]

    def __post_init__(self, c):
        pass


try:
    replace(NeedsInitVar(1, 2), a=3)
except ValueError as e:
    print("ValueError:", e)
