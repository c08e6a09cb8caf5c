# A dataclass repr that meets itself again shows "..."; a field called
# self works (__init__ names its own parameter __dataclass_self__); a
# default that is a descriptor is told its name (__set_name__).
from dataclasses import dataclass, field


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2)])
n.children.append(n)
print(n)


@dataclass
class Odd:
    self: int
    other: str = "o"


print(Odd(1), Odd(self=2))


class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return 7


@dataclass
class WithDescriptor:
    value: int = field(default=Named())


print(WithDescriptor.__dataclass_fields__["value"].default.name)


@dataclass
class Hidden:
    shown: int
    secret: str = field(default="s", repr=False)
    meta: int = field(default=0, metadata={"unit": "cm"})


h = Hidden(1)
print(h, h.secret, Hidden.__dataclass_fields__["meta"].metadata)
print(Hidden.__dataclass_params__)
