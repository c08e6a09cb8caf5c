# str, bytes and bytearray are never sequences to a pattern (collections.abc would say they are)
def seq(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"

for v in ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2, 3), {1: 2, 3: 4}, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, seq(v))
