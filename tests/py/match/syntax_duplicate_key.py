# a mapping pattern may name a literal key only once
match {}:
    case {"a": 1, "a": 2}:
        pass
