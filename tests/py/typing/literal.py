# Literal: the values a hint allows; nested Literals flatten, duplicates
# go (1 and True are kept apart), order does not matter to ==; enum members
# and None can stand in it; isinstance() refuses it.
import enum
from typing import Literal, Union, Optional, get_args, get_origin


class Color(enum.Enum):
    RED = 1
    GREEN = 2


Mode = Literal["r", "w", "a"]
print(Mode, get_args(Mode), get_origin(Mode) is Literal)
print(Literal[1], Literal[1, 2, 3], Literal["x"], Literal[b"x"], Literal[None])
print(Literal[Color.RED, Color.GREEN])
print(Literal[1, True, 0, False], Literal[1, 1, 2, 1])
print(Literal[Literal[1, 2], Literal[2, 3], 4])
print(Literal[Mode, "x"])
print(Literal[1, 2] == Literal[2, 1], Literal[1, 2] == Literal[1, 2, 3])
print(Literal[1] == Literal[True], Literal[0] == Literal[False])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Optional[Literal["a"]], Union[Literal[1], Literal[2]], Union[Literal[1], int])
print(Literal["a"] | None, Literal[1] | Literal[2])
print(Literal[1, 2].__args__, Literal[1, 2].__origin__)


def open_file(name: str, mode: Mode = "r") -> str:
    if mode not in get_args(Mode):
        raise ValueError(f"mode must be one of {get_args(Mode)}, not {mode!r}")
    return f"{name}:{mode}"


print(open_file("a.txt"), open_file("b.txt", "w"))
try:
    open_file("c.txt", "x")
except ValueError as e:
    print("ValueError:", e)
print(open_file.__annotations__)
try:
    isinstance("r", Mode)
except TypeError as e:
    print("TypeError:", e)
try:
    Literal()
except TypeError as e:
    print("TypeError:", e)
try:
    Literal[1]()
except TypeError as e:
    print("TypeError:", e)
