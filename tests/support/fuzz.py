#!/usr/bin/env python3
"""Mutation fuzzing: minipy must never crash, whatever it is given.

    tests/support/fuzz.py [--seed N] [--runs N] [--bin PATH]

Takes the programs of the suite (tests/py/*/*.py), mutates each chosen one a
few times -- inserts a token from a list of troublemakers (brackets,
keywords, indentation, quotes, NUL, a non-ASCII letter), cuts a piece out,
or copies a piece elsewhere -- and runs the result. Any outcome is fine
(output, SyntaxError, an exception, exit status 1) except a crash: death by
a signal, an exit status of 128 or more, a sanitizer report or a fatal
error. Each crashing input is kept as /tmp/minipy-fuzz/crash_SEED_N.py and
the exit status is 1. A mutated program that runs for more than 10 s is
skipped (`while True:` is a legitimate program).

Use the sanitizer build (the default, build-asan/minipy: cmake -S . -B
build-asan -DMINIPY_SANITIZE=ON ...), so that a memory error anywhere is
caught even when it does not crash. A check to run by hand, not part of
ctest: it is random, and a random test cannot be a golden one.
"""
import argparse
import glob
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKENS = ["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "lambda", "yield", "*", "**", "=", ":=",
          "f'{", "'", '"""', "\\", "nonlocal x", "global y", "del ", "async ", "@", ".", ",", "0x", "1e",
          "不", "\x00", "return", "class", "def f(", "try:", "except", "with", "import ", "from . import",
          "not", "is", "in", "if", "else", "for", "while", "break", "continue", "raise", "assert", "%",
          "//", ">>=", "->", "...", "None", "True", "__class__", "super()", "global"]


def mutate(rng, src):
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(src) + 1)
        r = rng.random()
        if r < 0.4:
            src = src[:pos] + rng.choice(TOKENS) + src[pos:]
        elif r < 0.7:
            src = src[:pos] + src[pos + rng.randint(1, 20):]
        else:
            a, b = sorted((rng.randrange(len(src) + 1), rng.randrange(len(src) + 1)))
            src = src[:pos] + src[a:b][:200] + src[pos:]
    return src


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build-asan", "minipy"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    programs = sorted(glob.glob(os.path.join(ROOT, "tests", "py", "*", "*.py")))
    out = "/tmp/minipy-fuzz"
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0", UBSAN_OPTIONS="halt_on_error=1")
    crashes = 0
    for n in range(args.runs):
        with open(rng.choice(programs), encoding="utf-8", errors="surrogateescape") as f:
            src = mutate(rng, f.read())
        path = os.path.join(out, f"case_{args.seed}.py")     # one per seed: runs may go side by side
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(src)
        try:
            p = subprocess.run([args.bin, path], capture_output=True, timeout=10, env=env,
                               cwd=os.path.join(ROOT, "tests", "py"), stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            continue
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode < 0 or p.returncode >= 128 or "Sanitizer" in err or "runtime error:" in err \
                or "fatal error" in err.lower():
            crashes += 1
            keep = os.path.join(out, f"crash_{args.seed}_{n}.py")
            os.replace(path, keep)
            print(f"CRASH {keep}: exit status {p.returncode}\n{err[-1500:]}")
    print(f"{args.runs} mutated programs, {crashes} crash(es)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
