# Defaults: default_factory makes a new value per instance; a mutable
# default ([], {}, set()) is refused; init=False fields are set by
# __post_init__, which also receives the InitVar pseudo-fields.
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    total: int = field(init=False, default=0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = len(self.items) * scale


a, b = Inventory(), Inventory()
a.items.append("x")
print(a, b, a.items is b.items)
i = Inventory([1, 2], 3)
print(i, [f.name for f in fields(i)], Inventory.__doc__)
print(repr(Inventory.__dataclass_fields__["scale"].type), Inventory.scale)
for default in ([], {}, set()):
    try:
        @dataclass
        class Bad:
            a: object = default
    except ValueError as e:
        print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class InitVarFactory:
        a: InitVar[int] = field(default_factory=int)
except TypeError as e:
    print("TypeError:", e)
