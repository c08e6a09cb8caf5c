# re: findall, finditer with groups, sub with a template and with a function, split and match on 2,000 lines of mixed ASCII and non-ASCII log text, 5 times: PCRE2 under lib/re against CPython's sre. Prints counts and a checksum of the results.


def build():
    lines = []
    for i in range(2000):
        lines.append("2023-01-%02d 10:%02d:%02d %s [mod%d] user=%s took %d.%dms café-%d"
                     % (i % 28 + 1, i % 60, (i * 7) % 60, ("INFO", "WARN", "ERROR")[i % 3],
                        i % 9, "ünïcode%d" % i, i % 97, i % 10, i))
    return "\n".join(lines)


def main():
    import re
    text = build()
    line_re = re.compile(r"^(?P<date>[\d-]+) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<rest>.*)$", re.M)
    total = 0
    for _ in range(5):
        words = re.findall(r"\w+", text)
        levels = {}
        for m in line_re.finditer(text):
            levels[m["level"]] = levels.get(m["level"], 0) + 1
            total += m.end("mod") - m.start("date")
        swapped = re.sub(r"(\d+)\.(\d+)ms", r"\2.\1us", text)
        upper = re.sub(r"user=(\w+)", lambda m: m.group(1).upper(), text)
        parts = re.split(r"\s*\[|\]\s*", text)
        matched = sum(1 for line in text.split("\n") if re.match(r"\d{4}-\d\d-\d\d \S+ ERROR", line))
    print(len(words), sorted(levels.items()), len(swapped), len(upper), len(parts), matched, total)


main()
