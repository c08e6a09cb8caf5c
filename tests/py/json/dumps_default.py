# default= and JSONEncoder subclasses with default(); check_circular through default; TypeError "Object of type X is not JSON serializable"
import json
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def to_json(o):
    if isinstance(o, Point): return {"x": o.x, "y": o.y}
    if isinstance(o, set): return sorted(o)
    raise TypeError(f"no {type(o).__name__}")
print(json.dumps([Point(1, 2), {3, 1}], default=to_json))
class Money:
    def __init__(self, cents): self.cents = cents
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money): return [o.cents // 100, o.cents % 100]
        return super().default(o)
print(json.dumps({"c": Money(1250)}, cls=Enc), Enc(indent=1).encode([Money(5)]))
for bad in (object(), {1, 2}, b"bytes", Point(0, 0), Money(1), range(3)):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps([Point(1, 1)], cls=Enc, default=lambda o: "from default=")
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([Point(1, 1)], cls=Enc, default=lambda o: "from default="))
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
