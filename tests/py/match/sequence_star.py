# a starred name collects the middle of a sequence into a list; *_ skips without copying
def parts(v):
    match v:
        case [first, *rest] if len(rest) > 2:
            return ("long", first, rest)
        case [first, *_, last]:
            return ("ends", first, last)
        case [*everything]:
            return ("all", everything)

for v in [[1, 2, 3, 4, 5], (1, 2, 3), [7, 8], [9], [], range(3)]:
    print(v, "->", parts(v))

match (1, 2, 3, 4):
    case (a, *middle, b):
        print(a, middle, b, type(middle).__name__)
