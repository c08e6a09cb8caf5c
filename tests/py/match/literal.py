# literal patterns: ints (negative too), floats, strings (concatenated), compared with ==
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "ab" "cd":
            return "concatenated"
        case b"raw":
            return "bytes"
        case _:
            return "something else"

for v in [0, -1, 2.5, "hello", "abcd", b"raw", 0.0, False, 1, "x"]:
    print(repr(v), "->", describe(v))
