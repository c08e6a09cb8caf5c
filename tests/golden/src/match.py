# The match statement, compiled: each case is a run of tests on the subject
# (MATCH_SEQUENCE, GET_LEN, MATCH_KEYS, MATCH_CLASS, COMPARE_OP) followed by
# a jump to the next case when one fails; `minipy --dis match.py` shows it.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case 0 | 1:
            return "a bit"
        case [first, *rest]:
            return f"a sequence starting with {first}, then {len(rest)} more"
        case {"name": name}:
            return f"a mapping naming {name}"
        case Point(0, y) if y > 0:
            return f"above the origin at {y}"
        case _:
            return "something else"


for s in [1, [3, 4, 5], {"name": "Ada"}, Point(0, 2), Point(1, 1)]:
    print(describe(s))
