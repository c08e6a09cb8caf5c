# `as` binds the value a sub-pattern matched, at any depth
match [1, (2, 3), {"k": "v"}]:
    case [int() as first, (a, b) as pair, {"k": str() as text} as mapping]:
        print(first, pair, a, b, text, mapping)

match {"point": (0, 5)}:
    case {"point": (0, _) as p}:
        print("on the axis:", p)
