# Enum members: repr, str, name, value, identity, iteration in definition order, len, in, lookup by value and by name, __members__
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), [c.name for c in Color], list(reversed(Color)))
print(Color(2), Color['BLUE'], Color(2) is Color.GREEN, Color['RED'] is Color.RED)
print(Color.RED in Color, isinstance(Color.GREEN, Color), Color, type(Color))
print(Color.__members__, list(Color.__members__), len(Color.__members__), 'RED' in Color.__members__)
print(type(Color.__members__).__name__, Color.__members__['GREEN'])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is not Color.BLUE)
print({Color.RED: "r", Color.GREEN: "g"}[Color.GREEN], hash(Color.RED) == hash("RED"))
print(Color.RED.__class__ is Color, Color.__name__, Color.__qualname__, bool(Color), bool(Color.RED))
print(getattr(Color, 'BLUE'), [m.value for m in Color], sorted(Color, key=lambda c: -c.value))
