# __post_init__ runs after the generated __init__ and receives the InitVar
# pseudo-fields (not stored, not in fields()); with inheritance a class
# calls its base's __post_init__ itself; init=False fields with a
# default_factory are set before __post_init__ runs.
from dataclasses import dataclass, field, fields, InitVar, asdict
from typing import List, Optional


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: List[str] = field(default_factory=list, init=False, repr=False)
    opening: InitVar[Optional[float]] = None

    def __post_init__(self, opening):
        if opening is not None:
            self.balance += opening
            self.history.append(f"opened with {opening}")


a = Account("ann", opening=10.0)
print(a, a.history, [f.name for f in fields(a)], asdict(a))
print(Account("bob"), hasattr(Account("bob"), "opening"), Account.opening)
print(InitVar[int], InitVar[List[int]], type(InitVar[int]).__name__, Account.__annotations__["opening"])


@dataclass
class Savings(Account):
    rate: float = 0.01
    bonus: InitVar[float] = 0.0

    def __post_init__(self, opening, bonus):
        super().__post_init__(opening)
        self.balance += bonus
        self.history.append(f"bonus {bonus}")


s = Savings("cy", 5.0, opening=1.0, bonus=2.0)
print(s, s.history)


@dataclass
class Validated:
    name: str
    age: int

    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")
        self.name = self.name.strip().title()


print(Validated("  dana smith ", 30))
try:
    Validated("eve", -1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Derived:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Derived(2, 3.5), Derived(2, 3.5) == Derived(2, 3.5))


@dataclass
class NeedsInitVar:
    x: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.x *= scale


print(NeedsInitVar(2, 5))
try:
    NeedsInitVar(2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class NoPostInitArgs:
    x: int
    flag: InitVar[bool] = False


try:
    NoPostInitArgs(1, True)
except TypeError as e:
    print("TypeError:", e)
