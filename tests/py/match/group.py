# parentheses group a pattern; (p) is p, while (p,) is a one-element sequence
def g(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case (3,):
            return "tuple of three"
        case ((a, b), (c)):
            return f"nested {a} {b} {c}"
        case _:
            return "other"

for v in [1, 2, 3, (3,), [3], ((1, 2), 3), [[4, 5], 6]]:
    print(v, g(v))
