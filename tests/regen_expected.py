#!/usr/bin/env python3
"""Regenerate the expected output of the program suite (tests/py) with CPython 3.11.

    tests/regen_expected.py                      every program
    tests/regen_expected.py ints strings         every program of these areas
    tests/regen_expected.py tests/py/ints/big.py these programs (paths from anywhere,
                                                 or relative to tests/py: ints/big.py)
    tests/regen_expected.py --check              write nothing; report programs whose
                                                 committed files differ (exit 1 if any)

For each tests/py/<area>/<name>.py, CPython runs it the way the harness
(tests/support/run_programs.c) runs minipy: from the folder tests/py, with the
path <area>/<name>.py as argument, stdin from <area>/<name>.in if it exists
(else /dev/null), PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and PYTHONPATH
set to the folders <area>/.path lists (minipy gets them as MINIPYPATH). It writes

    <name>.out   the stdout, always
    <name>.err   only if the exit status is not 0 or stderr is not empty:
                 "# exit N", then the whole stderr

and removes a stale <name>.err otherwise.

One normalization: since 3.9 CPython makes the script's path absolute, so its
tracebacks say File "/somewhere/tests/py/<area>/<name>.py". The absolute
prefix is cut from stderr wherever it appears (a traceback's File "...", an
ImportError's "(...)"), leaving File "<area>/<name>.py" -- the path as given on
the command line (and the harness cuts the same prefix from minipy's stderr).

This script never runs minipy,
and the tests never run python3. The interpreter is `python3` (or --python),
and it must be CPython 3.11: the expected files are 3.11's behaviour.
"""
import argparse
import collections
import os
import subprocess
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
PY_ROOT = os.path.join(TESTS, "py")


def all_programs():
    """Every <area>/<name>.py exactly two levels below tests/py (deeper
    folders hold modules that programs import), as paths relative to it."""
    found = []
    for area in sorted(os.listdir(PY_ROOT)):
        folder = os.path.join(PY_ROOT, area)
        if area.startswith(".") or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and not name.startswith(".") \
                    and os.path.isfile(os.path.join(folder, name)):
                found.append(f"{area}/{name}")
    return found


def resolve(args):
    """Turn the command line's areas and paths into program paths."""
    if not args:
        return all_programs()
    chosen = []
    for arg in args:
        candidates = [arg, os.path.join(PY_ROOT, arg)]
        path = next((os.path.abspath(c) for c in candidates if os.path.exists(c)), None)
        if path is None:
            sys.exit(f"regen_expected.py: no such program or area: {arg}")
        rel = os.path.relpath(path, PY_ROOT)
        if rel.startswith(".."):
            sys.exit(f"regen_expected.py: {arg} is not under {PY_ROOT}")
        if os.path.isdir(path):
            chosen += [p for p in all_programs() if p.startswith(rel + "/")]
        elif rel.endswith(".py") and rel.count("/") == 1:
            chosen.append(rel)
        else:
            sys.exit(f"regen_expected.py: {arg} is not tests/py/<area>/<name>.py")
    return sorted(set(chosen))


def check_python(python):
    try:
        out = subprocess.run([python, "-c", "import sys, platform; "
                              "print(platform.python_implementation(), *sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30).stdout.split()
    except OSError as e:
        sys.exit(f"regen_expected.py: cannot run {python}: {e}")
    if out != ["CPython", "3", "11"]:
        sys.exit(f"regen_expected.py: {python} is {' '.join(out) or 'unknown'}; "
                 "the expected files must come from CPython 3.11 (use --python)")


def run(python, rel, timeout):
    """Run one program; return (stdout bytes, .err bytes or None)."""
    stdin_path = os.path.join(PY_ROOT, rel[:-3] + ".in")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINTMAXSTRDIGITS",
                "PYTHONUTF8", "PYTHONSAFEPATH", "PYTHONOPTIMIZE"):
        env.pop(var, None)
    # <area>/.path: the folders of the module search path, one per line
    path_list = os.path.join(PY_ROOT, rel.split("/")[0], ".path")
    if os.path.exists(path_list):
        with open(path_list) as f:
            env["PYTHONPATH"] = ":".join(os.path.join(PY_ROOT, line.strip())
                                         for line in f if line.strip())
    with open(stdin_path if os.path.exists(stdin_path) else os.devnull, "rb") as stdin:
        try:
            proc = subprocess.run([python, rel], cwd=PY_ROOT, stdin=stdin,
                                  capture_output=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            sys.exit(f"regen_expected.py: {rel} ran longer than {timeout} s; "
                     "programs must finish quickly")
    if proc.returncode < 0:
        sys.exit(f"regen_expected.py: {rel} was killed by signal {-proc.returncode}")
    stderr, stdout = proc.stderr, proc.stdout
    for root in {PY_ROOT, os.path.realpath(PY_ROOT)}:
        # wherever it appears: File "...", "in file ...", an ImportError's "(...)",
        # and doctest's reports on stdout
        stderr = stderr.replace(os.fsencode(root) + b"/", b"")
        stdout = stdout.replace(os.fsencode(root) + b"/", b"")
    err = None
    if proc.returncode != 0 or stderr:
        err = b"# exit %d\n" % proc.returncode + stderr
    return stdout, err


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", help="areas or programs (default: all)")
    ap.add_argument("--python", default="python3", help="CPython 3.11 to run (default: python3)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per program")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a committed file is not what CPython prints")
    opts = ap.parse_args()

    check_python(opts.python)
    programs = resolve(opts.targets)
    if not programs:
        sys.exit("regen_expected.py: no programs found")

    changed = []
    failing = collections.Counter()
    for rel in programs:
        out, err = run(opts.python, rel, opts.timeout)
        base = os.path.join(PY_ROOT, rel[:-3])
        for path, data in ((base + ".out", out), (base + ".err", err)):
            old = None
            if os.path.exists(path):
                with open(path, "rb") as f:
                    old = f.read()
            if old == data:
                continue
            changed.append(os.path.relpath(path, PY_ROOT))
            if opts.check:
                continue
            if data is None:
                os.remove(path)
            else:
                with open(path, "wb") as f:
                    f.write(data)
        if err is not None:
            failing[rel.split("/")[0]] += 1

    verb = "differ" if opts.check else "changed"
    for path in changed:
        print(f"{verb}: {path}")

    counts = collections.Counter(rel.split("/")[0] for rel in programs)
    scope = "all programs" if not opts.targets else "the programs given"
    print(f"\n{scope}: {len(programs)} ({sum(failing.values())} end in an error)")
    print(f"| {'area':<16} | programs | with .err |")
    print(f"|{'-' * 18}|{'-' * 10}|{'-' * 11}|")
    for area in sorted(counts):
        print(f"| {area:<16} | {counts[area]:>8} | {failing[area]:>9} |")
    print(f"| {'total':<16} | {len(programs):>8} | {sum(failing.values()):>9} |")
    if opts.check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
