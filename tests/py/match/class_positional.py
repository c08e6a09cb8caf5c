# positional sub-patterns are matched against the attributes named by __match_args__
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def classify(v):
    match v:
        case Vec(0, 0):
            return "zero"
        case Vec(x, 0):
            return f"horizontal {x}"
        case Vec(0, y=y):
            return f"vertical {y}"
        case Vec(x, y) if x == y:
            return f"diagonal {x}"
        case Vec(x):
            return f"x is {x}"

for v in [Vec(0, 0), Vec(2, 0), Vec(0, 3), Vec(4, 4), Vec(5, 6)]:
    print(classify(v))
