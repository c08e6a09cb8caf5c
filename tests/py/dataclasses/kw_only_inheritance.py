# KW_ONLY and kw_only=True make keyword-only parameters; fields are
# inherited from dataclass bases (a redefined field keeps its place);
# frozen and non-frozen classes cannot be mixed in one hierarchy.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(K(1, c=5), K.__doc__, K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = field(default=1, kw_only=False)


print(Opts(3, verbose=True), Opts.__doc__)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: int = 5
    x: int = 10


print(Child(), Child(1, 2, 3), Child.__doc__, Child.__match_args__)


@dataclass(frozen=True)
class FrozenBase:
    a: int


for frozen, base in ((False, FrozenBase), (True, Base)):
    try:
        @dataclass(frozen=frozen)
        class Mixed(base):
            b: int = 0
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)
