# A dataclass's __match_args__ lets class patterns take positional
# sub-patterns (keyword-only fields are left out of it); match_args=False
# leaves it unset; nested dataclasses destructure in one match statement.
from dataclasses import dataclass, field, KW_ONLY
from typing import List, Union


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Neg:
    operand: "Expr"


Expr = Union[Num, BinOp, Neg]


def evaluate(e: Expr) -> float:
    match e:
        case Num(v):
            return v
        case Neg(Num(v)):
            return -v
        case Neg(inner):
            return -evaluate(inner)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op!r}")


def show(e: Expr) -> str:
    match e:
        case Num(value=v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


tree = BinOp("+", Num(2), BinOp("*", Neg(Num(3)), Num(4)))
print(show(tree), "=", evaluate(tree))
print(evaluate(BinOp("*", Num(0), tree)), show(Num(-1.5)))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
print(Num.__match_args__, BinOp.__match_args__)


@dataclass
class Event:
    kind: str
    payload: dict = field(default_factory=dict)
    _: KW_ONLY
    source: str = "local"
    tags: List[str] = field(default_factory=list)


print(Event.__match_args__)


def route(ev):
    match ev:
        case Event("click", {"x": x, "y": y}, source="mouse"):
            return f"mouse click at {x},{y}"
        case Event("click", {"x": x}):
            return f"click at {x}"
        case Event("key", {"key": k}, tags=[*_, "urgent"]):
            return f"urgent key {k}"
        case Event(kind, source=src):
            return f"{kind} from {src}"


print(route(Event("click", {"x": 1, "y": 2}, source="mouse")))
print(route(Event("click", {"x": 5})))
print(route(Event("key", {"key": "q"}, tags=["a", "urgent"])))
print(route(Event("scroll", source="wheel")))


@dataclass(match_args=False)
class Hidden:
    a: int


print(hasattr(Hidden, "__match_args__"))
try:
    match Hidden(1):
        case Hidden(x):
            print(x)
except TypeError as e:
    print("TypeError:", e)
match Hidden(7):
    case Hidden(a=x):
        print("keyword pattern still works:", x)


@dataclass
class Custom:
    a: int
    b: int
    __match_args__ = ("b",)


match Custom(1, 2):
    case Custom(x):
        print("own __match_args__ kept:", x, Custom.__match_args__)
