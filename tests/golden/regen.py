#!/usr/bin/env python3
"""Rewrite the expected files of golden checks from the current minipy build.

    tests/golden/regen.py NAME...        the checks of tests/golden/MANIFEST with these names
    tests/golden/regen.py --all          every check
    tests/golden/regen.py --bin PATH ... use this binary (default: env MINIPY_BIN, else build/minipy)

Each MANIFEST line is `name | cwd | arguments | stdout file | stderr file or -`
(see the MANIFEST's head comment; tests/support/run_golden.c reads it the same
way). The binary runs from cwd with stdin from /dev/null (a first argument
MINIPYPATH=FOLDERS sets the module search path: PYTHONPATH when the binary is
a python; a first argument PYTHONBREAKPOINT=VALUE sets that variable); its stdout (and its
stderr, when the line names a file for it) are written to the expected files.
Read `git diff tests/golden` before committing: the point of a golden file is
that a reviewer sees every change of output.
"""
import argparse
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFEST = os.path.join(REPO, "tests", "golden", "MANIFEST")


def split_args(text):
    """Split on blanks; '...' or "..." keeps blanks (no backslash escapes),
    exactly as run_golden.c does."""
    words, i, n = [], 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        word = []
        while i < n and not text[i].isspace():
            if text[i] in "'\"":
                quote = text[i]
                end = text.find(quote, i + 1)
                if end < 0:
                    raise ValueError("unterminated quote")
                word.append(text[i + 1:end])
                i = end + 1
            else:
                word.append(text[i])
                i += 1
        words.append("".join(word))
    return words


def read_manifest():
    checks = []
    with open(MANIFEST, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) != 5:
                sys.exit(f"MANIFEST line {lineno}: {len(fields)} fields, expected 5")
            name, cwd, args, out, err = fields
            checks.append({"line": lineno, "name": name, "cwd": cwd,
                           "args": split_args(args), "out": out,
                           "err": None if err == "-" else err})
    return checks


def write(rel, data):
    path = os.path.join(REPO, rel)
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old == data:
        return "unchanged"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return "written" if old is None else "CHANGED"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="names of MANIFEST checks")
    ap.add_argument("--all", action="store_true", help="regenerate every check")
    ap.add_argument("--bin", help="the minipy binary (default: $MINIPY_BIN or build/minipy)")
    ap.add_argument("--timeout", type=float, default=30.0)
    opts = ap.parse_args()

    binary = opts.bin or os.environ.get("MINIPY_BIN") or os.path.join(REPO, "build", "minipy")
    if os.sep in binary:
        binary = os.path.abspath(binary)
        if not os.access(binary, os.X_OK):
            sys.exit(f"regen.py: no minipy binary at {binary} (build it, or pass --bin)")

    checks = read_manifest()
    if opts.all:
        chosen = checks
    else:
        if not opts.names:
            ap.error("name at least one check, or pass --all")
        known = {c["name"] for c in checks}
        unknown = [n for n in opts.names if n not in known]
        if unknown:
            sys.exit("regen.py: not in MANIFEST: " + ", ".join(unknown))
        chosen = [c for c in checks if c["name"] in opts.names]

    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("COLUMNS", None)      # traces fit 100 columns, as when not on a terminal
    failed = False
    for c in chosen:
        args, run_env = list(c["args"]), dict(env)
        run_env.pop("MINIPYPATH", None)
        run_env.pop("PYTHONPATH", None)
        run_env.pop("PYTHONBREAKPOINT", None)
        if args and args[0].startswith("PYTHONBREAKPOINT="):
            # what breakpoint() does (0: nothing), for minipy as for CPython
            run_env["PYTHONBREAKPOINT"] = args.pop(0).split("=", 1)[1]
        if args and args[0].startswith("MINIPYPATH="):
            # the module search path of the run; CPython reads it as PYTHONPATH
            var = "PYTHONPATH" if "python" in os.path.basename(binary) else "MINIPYPATH"
            run_env[var] = args.pop(0).split("=", 1)[1]
        try:
            proc = subprocess.run([binary] + args, cwd=os.path.join(REPO, c["cwd"]),
                                  stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=opts.timeout, env=run_env)
        except subprocess.TimeoutExpired:
            print(f"{c['name']}: TIMED OUT after {opts.timeout} s; nothing written")
            failed = True
            continue
        if proc.returncode < 0:
            print(f"{c['name']}: killed by signal {-proc.returncode}; nothing written")
            failed = True
            continue
        states = [f"stdout {write(c['out'], proc.stdout)}"]
        if c["err"]:
            states.append(f"stderr {write(c['err'], proc.stderr)}")
        elif proc.stderr:
            states.append(f"stderr not kept ({len(proc.stderr)} bytes)")
        note = f", exit status {proc.returncode}" if proc.returncode else ""
        print(f"{c['name']}: {', '.join(states)}{note}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
