# or-patterns: alternatives tried left to right; every alternative must bind the same names
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case [x, 0] | [0, x]:
            return f"one-sided {x}"
        case (1, y) | (y, 1):
            return f"has a one, other {y}"
        case _:
            return "other"

for s in [200, 204, 302, [5, 0], [0, 6], (1, 7), (8, 1), 404]:
    print(s, http(s))
