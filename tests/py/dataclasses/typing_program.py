# A small inventory program the way a typed codebase writes it: generic
# dataclasses, Optional and ClassVar fields, a Protocol, TypeVar-bound
# helpers, get_type_hints over the fields, and asdict for a report.
from __future__ import annotations

from dataclasses import dataclass, field, asdict, fields, replace
from typing import (ClassVar, Dict, Generic, Iterator, List, Optional, Protocol, TypeVar,
                    get_type_hints, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound="Item")


@runtime_checkable
class Priced(Protocol):
    def price(self) -> float:
        ...


@dataclass(frozen=True, order=True)
class Item:
    sku: str
    name: str
    unit_cost: float
    tags: tuple[str, ...] = ()
    registry: ClassVar[Dict[str, "Item"]] = {}

    def price(self) -> float:
        return round(self.unit_cost * 1.2, 2)


@dataclass
class Stock(Generic[T]):
    item: T
    quantity: int = 0
    location: Optional[str] = None

    def value(self) -> float:
        return self.item.price() * self.quantity if isinstance(self.item, Priced) else 0.0


@dataclass
class Inventory(Generic[T]):
    entries: List[Stock[T]] = field(default_factory=list)
    counter: ClassVar[int] = 0

    def add(self, item: T, qty: int, location: Optional[str] = None) -> Stock[T]:
        Inventory.counter += 1
        s = Stock(item, qty, location)
        self.entries.append(s)
        return s

    def __iter__(self) -> Iterator[Stock[T]]:
        return iter(self.entries)

    def total(self) -> float:
        return round(sum(s.value() for s in self), 2)


def cheapest(items: List[K]) -> Optional[K]:
    return min(items, key=lambda i: i.unit_cost, default=None)


inv: Inventory[Item] = Inventory()
bolt = Item("B1", "bolt", 0.25, ("metal",))
nut = Item("N1", "nut", 0.1)
inv.add(bolt, 100, "A1")
inv.add(nut, 250)
inv.add(replace(bolt, sku="B2", unit_cost=0.3), 40, "A2")
for s in inv:
    print(s)
print(inv.total(), Inventory.counter, cheapest([s.item for s in inv]), cheapest([]))
print(sorted(s.item for s in inv)[0].sku, isinstance(bolt, Priced), isinstance(3, Priced))
print(Item.__annotations__)
print(get_type_hints(Item))
print(get_type_hints(Stock))
print([f.name for f in fields(Inventory)], [f.type for f in fields(Stock)])
print(Stock[Item], Inventory[Item].__args__, Stock.__parameters__)
report = {s.item.sku: asdict(s) for s in inv}
print(report["B1"])
print(asdict(inv)["entries"][1])
