# An exception raised in __post_init__ travels up through the __init__
# that dataclass wrote: the traceback shows the program's line, the
# generated __init__ ("<string>") and the __post_init__ line, as CPython's.
from dataclasses import dataclass, field
from typing import List


@dataclass
class Order:
    item: str
    quantity: int
    lines: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive, got {self.quantity}")
        self.lines.append(f"{self.quantity} x {self.item}")


orders = [Order("pen", 2), Order("ink", 1)]
print(orders)
orders.append(Order("paper", 0))
print("not reached")
