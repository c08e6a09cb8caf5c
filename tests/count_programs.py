#!/usr/bin/env python3
"""Rewrite the table of programs per area (tests/py) in README.md and
tests/py/README.md, between the lines <!-- programs:begin --> and
<!-- programs:end -->.

    tests/count_programs.py           rewrite both tables
    tests/count_programs.py --check   write nothing; exit 1 if a table is stale

A program is tests/py/<area>/<name>.py; "with .err" counts those whose
expected output includes an error (an .err file beside them).
"""
import collections
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_ROOT = os.path.join(REPO, "tests", "py")
READMES = [os.path.join(REPO, "README.md"), os.path.join(PY_ROOT, "README.md")]
BEGIN, END = "<!-- programs:begin -->", "<!-- programs:end -->"


def table():
    programs, errors = collections.Counter(), collections.Counter()
    for area in sorted(os.listdir(PY_ROOT)):
        folder = os.path.join(PY_ROOT, area)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if name.endswith(".py"):
                programs[area] += 1
                if os.path.exists(os.path.join(folder, name[:-3] + ".err")):
                    errors[area] += 1
    lines = [f"| {'area':<16} | programs | with .err |", f"|{'-' * 18}|{'-' * 10}|{'-' * 11}|"]
    for area in sorted(programs):
        lines.append(f"| {area:<16} | {programs[area]:>8} | {errors[area]:>9} |")
    lines.append(f"| {'total':<16} | {sum(programs.values()):>8} | {sum(errors.values()):>9} |")
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    block = f"{BEGIN}\n{table()}\n{END}"
    stale = []
    for path in READMES:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        start, end = text.find(BEGIN), text.find(END)
        if start < 0 or end < 0:
            sys.exit(f"{path}: no {BEGIN} ... {END} block")
        new = text[:start] + block + text[end + len(END):]
        if new != text:
            stale.append(os.path.relpath(path, REPO))
            if not check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
    for path in stale:
        print(("stale: " if check else "rewritten: ") + path)
    if check and stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
