# sequence patterns: [..] and (..) both match lists and tuples, by length
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case (x, y):
            return f"two: {x}, {y}"
        case [x, y, z]:
            return f"three: {x}, {y}, {z}"
        case _:
            return "longer or not a sequence"

for v in [[], [1], (1,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4), range(2), 5]:
    print(v, "->", shape(v))
