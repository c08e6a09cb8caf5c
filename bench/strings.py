# General benchmark: string methods -- f-strings, % formatting, split,
# replace, find, strip, upper/lower/title, center/ljust/rjust, slicing, `in`,
# join and count. (Building strings with += is str_concat.py.) Prints
# checksums: lengths and counts, plus a few samples.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % 16]
        lines.append(f"{i:06d}, {w.upper()} ,{w[::-1]}; value={i * 37 % 1000} ")
    return lines


def process(lines):
    total = 0
    hits = 0
    out = []
    for line in lines:
        fields = line.split(",")
        name = fields[1].strip().lower()
        tail = fields[2]
        pos = tail.find("value=")
        value = int(tail[pos + 6:].rstrip())
        if name.startswith("e") or "ta" in name:
            hits += 1
        name = name.replace("a", "4").replace("e", "3")
        out.append("%s:%d" % (name, value))
        total += value + len(name)
    joined = "|".join(out)
    return total, hits, len(joined), joined.count("4"), joined[:40]


def center_table(n):
    rows = []
    for i in range(n):
        w = WORDS[i % 16]
        rows.append(w.center(12, ".") + w.ljust(10) + str(i).rjust(8, "0") + w.title())
    text = "\n".join(rows)
    return len(text), text.index("PiPi") if "PiPi" in text else -1, text[-30:]


def main():
    for r in range(6):
        lines = make_lines(60000)
        print(process(lines))
    print(center_table(60000))


main()
