# General benchmark: building strings piece by piece with += inside a function
# -- the idiom CPython makes linear by resizing a string it holds the only
# reference to -- next to the same strings built with "".join(). Lines of a
# few hundred characters, as a report generator writes them, and a few long
# texts of several thousand pieces. Prints checksums.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def line_by_concat(i, width):
    s = ""
    for j in range(width):
        s += WORDS[(i + j) % 8][: j % 4 + 1]
        s += " "
    return s


def line_by_join(i, width):
    parts = []
    for j in range(width):
        parts.append(WORDS[(i + j) % 8][: j % 4 + 1])
        parts.append(" ")
    return "".join(parts)


def text_by_concat(n):
    s = ""
    for i in range(n):
        s += f"{i}:{WORDS[i % 8]}"
        if i % 10 == 9:
            s += "\n"
        else:
            s += ","
    return s


def main():
    total = 0
    count = 0
    for i in range(24000):
        a = line_by_concat(i, 60)
        b = line_by_join(i, 60)
        if a == b:
            count += 1
        total += len(a)
    for i in range(8):
        t = text_by_concat(6000)
        total += len(t) + t.count("\n")
    print(total, count, a[:30], t[-30:])


main()
