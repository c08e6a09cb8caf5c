# field() options one by one: repr=False hides a field from the repr,
# compare=False from ==, < and the hash, hash=False only from the hash,
# metadata is a read-only mapping, and Field objects tell what they hold.
from dataclasses import dataclass, field, fields, MISSING
import types


@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
    build: int = field(default=0, hash=False)
    secret: str = field(default="s", repr=False, compare=False, metadata={"doc": "hidden"})


a = Version(1, 2, 3, "beta", 7)
b = Version(1, 2, 3, "rc", 7)
c = Version(1, 2, 3, "beta", 8)
print(a, b)
print(a == b, a < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1, 2, 9)]))
print(a == c, hash(a) == hash(c), hash(a) == hash(b), len({a, b, c}))
for f in fields(Version):
    print(f.name, f.type.__name__, "MISSING" if f.default is MISSING else f.default, f.repr, f.compare, f.hash, f.init, f.kw_only,
          dict(f.metadata))
m = fields(Version)[-1].metadata
print(type(m).__name__, m["doc"], len(m), list(m))
try:
    m["doc"] = "changed"
except TypeError as e:
    print("TypeError:", e)
print(fields(Version)[0].default is MISSING, fields(Version)[0].default_factory is MISSING)
print(repr(MISSING)[:30].startswith("<dataclasses._MISSING_TYPE"))


@dataclass
class Cache:
    key: str
    value: object = field(default=None, compare=False)
    hits: int = field(default=0, compare=False, repr=False)


x, y = Cache("k", 1), Cache("k", 2)
x.hits += 5
print(x, y, x == y, Cache.__hash__)


@dataclass(eq=False)
class Identity:
    a: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, Identity.__eq__ is object.__eq__, Identity.__hash__ is object.__hash__)


@dataclass(repr=False)
class NoRepr:
    a: int


print(NoRepr.__repr__ is object.__repr__, NoRepr(1) == NoRepr(1))
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
f = field(default=3, repr=False)
print(type(f).__name__, f.default, f.repr, f.name, f.type)
