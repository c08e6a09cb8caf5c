# order=True adds <, <=, >, >= over the fields as tuples; compare=False
# leaves a field out; frozen=True refuses assignment and deletion with
# FrozenInstanceError and makes the instances hashable.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(default="spades", compare=False)


cards = sorted([Card(3), Card(1, "hearts"), Card(2)])
print(cards)
print(Card(1) < Card(2), Card(2) <= Card(2, "x"), Card(1) == Card(1, "hearts"))
print(hash(Card(1)) == hash(Card(1, "x")), len({Card(1), Card(1, "y"), Card(2)}))
for action in ("assign", "delete", "new attribute"):
    try:
        if action == "assign":
            cards[0].rank = 5
        elif action == "delete":
            del cards[0].suit
        else:
            cards[0].other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)


@dataclass(order=True)
class Other:
    rank: int


try:
    Card(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Own:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
