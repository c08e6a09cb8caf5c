# when both sides return NotImplemented: TypeError "unsupported operand type(s)" naming both classes
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
print((Meters(1) + Meters(2)).v)
try:
    Meters(1) * 2
except TypeError as e:
    print('TypeError:', e)
total = Meters(1) + 5
