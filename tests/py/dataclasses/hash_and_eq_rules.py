# What @dataclass does with __hash__: eq=True without frozen sets it to
# None; frozen=True or unsafe_hash=True writes one over the fields with
# compare=True (or hash=True); eq=False keeps object's; a __hash__ of the
# class's own is kept, and unsafe_hash=True then refuses.
from dataclasses import dataclass, field


@dataclass
class A:
    x: int


@dataclass(frozen=True)
class B:
    x: int
    y: int = field(default=0, hash=False)


@dataclass(unsafe_hash=True)
class C:
    x: int
    y: int = field(default=0, compare=False)


@dataclass(eq=False)
class D:
    x: int


@dataclass
class E:
    x: int

    def __hash__(self):
        return 42


print(A.__hash__, hash(B(1)) == hash((1,)), hash(B(1, 5)) == hash(B(1, 6)))
print(hash(C(3)) == hash((3,)), C(3, 1) == C(3, 2))
print(D(1) == D(1), D.__hash__ is object.__hash__, hash(E(1)))
try:
    @dataclass(unsafe_hash=True)
    class F:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
