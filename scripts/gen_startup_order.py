#!/usr/bin/env python3
"""gen_startup_order.py -- write scripts/startup_order.txt: the functions of
minipy that an empty program runs, for the linker to place side by side.

Issue 18 (start-up and footprint). An empty program runs about 210 of
minipy's functions (creating the interpreter: the interned strings, the
built-in types, builtins and sys; compiling and running nothing; taking it
all apart again), about 180 KB of its 1.2 MB of machine code. The kernel
maps a file's pages into a process 64 KB at a time around each page it
touches ("fault-around"), so those few functions, spread over the whole
text, made nearly all of it resident: 1.1 MB of an empty run's 4.1 MB peak
RSS. Placed side by side (CMakeLists.txt gives this file to lld as
--symbol-ordering-file in a Release build), they take about 300 KB.

The list only decides where functions go, never what they do: a function
missing from it (a new one, a renamed one) is placed after the others, and
a name that no longer exists is ignored. So the file can go stale without
breaking anything; the empty program's RSS (bench/run.py empty) says when
it is worth running this again:

    cmake --build build && python3 scripts/gen_startup_order.py build/minipy

It runs `cd bench && build/minipy empty.py` under valgrind's callgrind and keeps
every function of the minipy executable that ran (the names callgrind gives
GCC's clones, such as collect.constprop.0, are the symbols' own names).
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "scripts", "startup_order.txt")
SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*$")

HEADER = """\
# The functions of minipy an empty program runs, placed side by side by the
# linker (lld --symbol-ordering-file; CMakeLists.txt). Written by
# scripts/gen_startup_order.py, which says why; do not edit by hand.
"""


def main():
    exe = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "minipy"))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        # as bench/run.py runs it: from bench/, by a relative name (which
        # absolute_path() joins to the working directory)
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, exe, "empty.py"],
                       cwd=os.path.join(ROOT, "bench"), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        annotated = subprocess.run(["callgrind_annotate", "--threshold=100", "--inclusive=yes", out],
                                   check=True, capture_output=True, text=True).stdout
    names = set()
    suffix = "[" + exe + "]"
    for line in annotated.splitlines():
        line = line.strip()
        if not line.endswith(suffix):
            continue
        # "1,234 (0.03%)  ???:name [/path/to/minipy]"; a recursive call is "name'2"
        m = re.search(r":(\S+) \[", line)
        if not m:
            continue
        name = m.group(1).split("'")[0]
        if SYMBOL.match(name):
            names.add(name)
    if not names:
        sys.exit("gen_startup_order.py: callgrind saw no function of " + exe)
    with open(OUT, "w") as f:
        f.write(HEADER)
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{OUT}: {len(names)} functions")


if __name__ == "__main__":
    main()
