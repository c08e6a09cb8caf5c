#!/usr/bin/env python3
"""Run the benchmark programs with minipy and with CPython, side by side.

    bench/run.py                         every program, 5 runs each
    bench/run.py -n 9 fib dict_str_      programs whose name starts with these
    bench/run.py --out bench/table.md    also write the Markdown table to a file
    bench/run.py --instructions fib      also count instructions under callgrind
    bench/run.py -n 0 --instructions --keep-callgrind /tmp/cg
                                         instruction counts only, keeping the
                                         profiles for callgrind_annotate
    bench/run.py --list                  the programs, and stop
    bench/run.py --no-lua                without the Lua 5.4 twins

A benchmark program is a bench/*.py whose first line is a `#` comment saying
what it measures (tools such as this file start with #! or a docstring; names
starting with "_" are helpers). Each runs as `cd bench && INTERP NAME.py` and
prints a checksum of what it computed. Programs keep their hot loops in
functions, as real code does, so that module-level name lookups (a dict
search per LOAD_NAME/STORE_NAME) do not drown what they measure.

For every run, programs are taken in turn and each is run once with each
interpreter, alternating which goes first, so that a slow spell of a shared
machine falls on both about equally. Per program the table reports the median
wall time of each interpreter, the ratio minipy / CPython (above 1: minipy is
slower), and the median peak resident memory of each (`/usr/bin/time -f %M`).
With --instructions, each program also runs once per interpreter under
`valgrind --tool=callgrind`, whose instruction count is deterministic where
wall time is noisy, and the table gains those columns.

The two interpreters must print the same output: a benchmark that computes
something different is worthless, so any difference (or a crash, or a
timeout) is reported and makes the exit status 1. Timings never do: this is a
measurement, not a test, and it is not part of the test suite. A program whose
output cannot match (it prints its own timings, say) opts out of the
comparison with a line `# bench: output not compared`; it must still exit 0,
and its row says so.

CPython runs as `python3.11 -S` (no site module: minipy imports none at
start-up either). A program with a twin NAME.lua (fib, int_loops,
dict_int_lookup, empty) is also run by Lua 5.4 (`lua5.4`, from Debian), a
simple C interpreter: the distance to it is the distance design makes, not
C. The twin must print what CPython prints; its columns are the Lua time and
the ratio minipy / Lua. `empty` is start-up alone.

CPython runs with PYTHONHASHSEED=0: minipy's string hash is CPython's
SipHash-1-3 under that seed, so both build the same tables (same probe
sequences, same set orders).
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
DEFAULT_PYTHON = "/usr/bin/python3.11"
PYTHON_FLAGS = ["-S"]
DEFAULT_LUA = "lua5.4"
TIME = "/usr/bin/time"


def default_minipy():
    env = os.environ.get("MINIPY_BIN")
    if env:
        return env
    for build in ("build-bench", "build-rel", "build"):
        path = os.path.join(ROOT, build, "minipy")
        if os.access(path, os.X_OK):
            return path
    return os.path.join(ROOT, "build", "minipy")


NO_COMPARE = "# bench: output not compared"


def output_compared(prog):
    with open(os.path.join(BENCH, prog + ".py"), encoding="utf-8") as f:
        return not any(line.strip() == NO_COMPARE for line in f)


def is_program(name):
    """A benchmark program is a bench/*.py whose first line is a comment saying
    what it measures. Tools kept here (this file, trace_overhead.py, ...)
    start with #! or a docstring, and names starting with "_" are helpers."""
    if not name.endswith(".py") or name.startswith(("_", ".")):
        return False
    try:
        with open(os.path.join(BENCH, name), encoding="utf-8") as f:
            first = f.readline()
    except OSError:
        return False
    return first.startswith("#") and not first.startswith("#!")


def has_lua_twin(prog):
    return os.path.isfile(os.path.join(BENCH, prog + ".lua"))


def all_programs():
    return sorted(name[:-3] for name in os.listdir(BENCH) if is_program(name))


def choose(patterns):
    programs = all_programs()
    if not patterns:
        return programs
    chosen = []
    for pat in patterns:
        pat = os.path.basename(pat)
        pat = pat[:-3] if pat.endswith(".py") else pat
        hits = [p for p in programs if p == pat] or [p for p in programs if p.startswith(pat)]
        if not hits:
            sys.exit(f"run.py: no benchmark program matches {pat!r} (see --list)")
        chosen += [h for h in hits if h not in chosen]
    return chosen


class Failure(Exception):
    pass


def run_once(argv, env, timeout):
    """Run argv under /usr/bin/time in bench/. Returns (seconds, peak_kib, stdout)."""
    fd, tpath = tempfile.mkstemp(prefix="minipy-bench-", suffix=".time")
    os.close(fd)
    try:
        start = time.perf_counter()
        try:
            proc = subprocess.run([TIME, "-f", "%M", "-o", tpath] + argv, cwd=BENCH, env=env,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"timed out after {timeout} s")
        elapsed = time.perf_counter() - start
        with open(tpath) as f:
            report = f.read().strip().splitlines()
    finally:
        os.unlink(tpath)
    if proc.returncode != 0:
        why = " / ".join(line for line in report[:-1]) or f"exit status {proc.returncode}"
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise Failure(why + ("\n      " + "\n      ".join(tail) if tail else ""))
    try:
        peak = int(report[-1])
    except (IndexError, ValueError):
        raise Failure(f"cannot read the peak memory from /usr/bin/time: {report!r}")
    return elapsed, peak, proc.stdout


def callgrind_count(argv, env, timeout, keep=None):
    """Instructions executed by argv under valgrind's callgrind (the whole
    run, deterministic). Returns (count, stdout). [keep]: a path where the
    callgrind.out file is left for callgrind_annotate."""
    with tempfile.TemporaryDirectory(prefix="minipy-bench-cg-") as tmp:
        out = keep or os.path.join(tmp, "callgrind.out")
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + argv
        try:
            proc = subprocess.run(cmd, cwd=BENCH, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"callgrind timed out after {timeout} s")
    m = re.search(rb"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not m:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise Failure(f"callgrind run failed (exit status {proc.returncode})"
                      + ("\n      " + "\n      ".join(tail) if tail else ""))
    return int(m.group(1)), proc.stdout


def first_difference(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<no line>"
        y = lb[i] if i < len(lb) else "<no line>"
        if x != y:
            return f"line {i + 1}: minipy {x[:100]!r}, CPython {y[:100]!r}"
    return "same lines, different bytes (line endings?)"


def shown(path):
    """A path relative to the repository if it is inside it."""
    rel = os.path.relpath(path, ROOT)
    return path if rel.startswith("..") else rel


def fmt_seconds(s):
    return f"{s:.3f}" if s < 10 else f"{s:.2f}"


def fmt_mib(kib):
    return f"{kib / 1024:.1f}"


def geomean(values):
    values = [v for v in values if v > 0]
    if not values:
        return float("nan")
    product = 1.0
    for v in values:
        product *= v
    return product ** (1.0 / len(values))


def main():
    summary, _, details = __doc__.partition("\n\n")
    ap = argparse.ArgumentParser(description=summary, epilog=details,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*",
                    help="program names or prefixes (default: every program, see --list)")
    ap.add_argument("-n", "--runs", type=int, default=5,
                    help="timed runs per interpreter (default 5; 0 with --instructions: count only)")
    ap.add_argument("--minipy", default=default_minipy(),
                    help="minipy binary (default: $MINIPY_BIN, else build-bench/minipy, build-rel/minipy, build/minipy)")
    ap.add_argument("--python", default=DEFAULT_PYTHON,
                    help=f"the CPython to compare with (default {DEFAULT_PYTHON})")
    ap.add_argument("--lua", default=DEFAULT_LUA,
                    help=f"the Lua that runs the NAME.lua twins (default {DEFAULT_LUA})")
    ap.add_argument("--no-lua", action="store_true", help="do not run the Lua twins")
    ap.add_argument("--timeout", type=float, default=120,
                    help="seconds per timed run (default 120; callgrind runs get 200 times as long)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind --tool=callgrind (one run each; slow)")
    ap.add_argument("--keep-callgrind", metavar="DIR",
                    help="with --instructions: leave DIR/PROGRAM.minipy.out and DIR/PROGRAM.cpython.out "
                         "for callgrind_annotate")
    ap.add_argument("--out", help="also write the Markdown report to this file")
    ap.add_argument("--list", action="store_true", help="list the programs and stop")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args()

    if args.list:
        print("\n".join(all_programs()))
        return 0
    if args.runs < 0 or (args.runs == 0 and not args.instructions):
        ap.error("--runs must be at least 1 (or 0 with --instructions)")
    if args.keep_callgrind and not args.instructions:
        ap.error("--keep-callgrind needs --instructions")
    for tool in (args.minipy, args.python, TIME):
        if not (os.path.isfile(tool) and os.access(tool, os.X_OK)) and not shutil.which(tool):
            ap.error(f"not found or not executable: {tool}")
    if args.instructions and not shutil.which("valgrind"):
        ap.error("--instructions needs valgrind")
    if args.keep_callgrind:
        os.makedirs(args.keep_callgrind, exist_ok=True)
    programs = choose(args.programs)

    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("MINIPYHASHSEED", None)
    interps = {"minipy": os.path.abspath(args.minipy), "CPython": args.python}
    lua = None if args.no_lua else shutil.which(args.lua)
    if lua:
        interps["Lua"] = lua

    def argv_of(name, prog):
        if name == "Lua":
            return [lua, prog + ".lua"]
        if name == "CPython":
            return [args.python] + PYTHON_FLAGS + [prog + ".py"]
        return [interps[name], prog + ".py"]

    def progress(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    compared = {p for p in programs if output_compared(p)}
    times = {p: {"minipy": [], "CPython": [], "Lua": []} for p in programs}
    peaks = {p: {"minipy": [], "CPython": [], "Lua": []} for p in programs}
    counts = {}                # program -> {interpreter: instructions}
    expected = {}              # program -> CPython's stdout of its first run
    failures = {}              # program -> message (the program is dropped)

    def check(prog, outputs):
        """Every output of this round must be CPython's first output."""
        if prog not in compared:
            return
        if prog not in expected:
            expected[prog] = outputs["CPython"]
            if not expected[prog].strip():
                raise Failure("CPython printed nothing: a benchmark must print a checksum")
        for name, out in outputs.items():
            if out != expected[prog]:
                raise Failure(f"{name}'s output differs from CPython's: "
                              + first_difference(out, expected[prog]))

    for run in range(args.runs):
        for index, prog in enumerate(programs):
            if prog in failures:
                continue
            order = ["minipy", "CPython"] if (run + index) % 2 == 0 else ["CPython", "minipy"]
            if lua and has_lua_twin(prog):
                order.insert((run + index) % 3, "Lua")
            outputs = {}
            try:
                for name in order:
                    try:
                        t, peak, outputs[name] = run_once(argv_of(name, prog), env, args.timeout)
                    except Failure as e:
                        raise Failure(f"{name}: {e}")
                    times[prog][name].append(t)
                    peaks[prog][name].append(peak)
                check(prog, outputs)
            except Failure as e:
                failures[prog] = str(e)
                progress(f"FAIL {prog}: {e}")
                continue
            progress(f"run {run + 1}/{args.runs}  {prog:24s} minipy {times[prog]['minipy'][-1]:7.3f} s"
                     f"   CPython {times[prog]['CPython'][-1]:7.3f} s"
                     + (f"   Lua {times[prog]['Lua'][-1]:7.3f} s" if times[prog]["Lua"] else ""))

    if args.instructions:
        for prog in programs:
            if prog in failures:
                continue
            counts[prog] = {}
            outputs = {}
            try:
                for name in ("CPython", "minipy"):
                    keep = (os.path.join(args.keep_callgrind, f"{prog}.{name.lower()}.out")
                            if args.keep_callgrind else None)
                    try:
                        counts[prog][name], outputs[name] = callgrind_count(
                            argv_of(name, prog), env, args.timeout * 200, keep)
                    except Failure as e:
                        raise Failure(f"{name}: {e}")
                check(prog, outputs)
            except Failure as e:
                failures[prog] = str(e)
                progress(f"FAIL {prog}: {e}")
                continue
            progress(f"callgrind {prog:24s} minipy {counts[prog]['minipy']:,}   "
                     f"CPython {counts[prog]['CPython']:,}")

    print(report(args, programs, compared, times, peaks, counts, failures, interps), end="")
    if args.out:
        with open(args.out, "w") as f:
            f.write(report(args, programs, compared, times, peaks, counts, failures, interps))
    return 1 if failures else 0


def report(args, programs, compared, times, peaks, counts, failures, interps):
    """The Markdown report: a header line, the table, the failures."""
    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
    try:
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True).stdout.strip()
    except OSError:
        commit = ""
    built = datetime.datetime.fromtimestamp(os.path.getmtime(interps["minipy"]))
    lua_version = ""
    if "Lua" in interps:
        lua_version = subprocess.run([interps["Lua"], "-v"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True).stdout.split(" Copyright")[0].strip()
    with_lua = args.runs and any(times[p]["Lua"] for p in programs)
    what = []
    if args.runs:
        what.append(f"median of {args.runs} timed runs each, interleaved")
    if counts:
        what.append("instructions counted by callgrind (one run each)")
    lines = [
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end; "
        f"minipy `{shown(interps['minipy'])}` (built {built:%Y-%m-%d %H:%M}"
        + (f"; repository HEAD {commit}" if commit else "") + "), "
        f"CPython {version} (`{args.python} {' '.join(PYTHON_FLAGS)}`)"
        + (f", {lua_version} (`{interps['Lua']}`) for the programs with a .lua twin" if lua_version else "")
        + "; " + "; ".join(what) + ".",
        "Ratio = minipy / CPython: above 1, minipy is slower (or bigger).",
        "",
    ]
    header, rule = "| program |", "|---|"
    if args.runs:
        header += (" minipy (s) | CPython (s) | time ratio |"
                   " minipy peak (MiB) | CPython peak (MiB) | memory ratio |")
        rule += "---:|---:|---:|---:|---:|---:|"
    if with_lua:
        header += " Lua (s) | minipy / Lua |"
        rule += "---:|---:|"
    if counts:
        header += " minipy instr. (M) | CPython instr. (M) | instr. ratio |"
        rule += "---:|---:|---:|"
    ncols = header.count("|") - 2
    lines += [header, rule]
    ratios, mem_ratios, instr_ratios = [], [], []
    for prog in programs:
        label = prog if prog in compared else prog + " (output not compared)"
        if prog in failures:
            lines.append(f"| {label} | FAILED |" + " |" * (ncols - 1))
            continue
        row = f"| {label} |"
        if args.runs:
            tm = statistics.median(times[prog]["minipy"])
            tc = statistics.median(times[prog]["CPython"])
            mm = statistics.median(peaks[prog]["minipy"])
            mc = statistics.median(peaks[prog]["CPython"])
            ratios.append(tm / tc)
            mem_ratios.append(mm / mc)
            row += (f" {fmt_seconds(tm)} | {fmt_seconds(tc)} | {tm / tc:.2f} |"
                    f" {fmt_mib(mm)} | {fmt_mib(mc)} | {mm / mc:.2f} |")
        if with_lua:
            if times[prog]["Lua"]:
                tl = statistics.median(times[prog]["Lua"])
                row += f" {fmt_seconds(tl)} | {tm / tl:.2f} |"
            else:
                row += " | |"
        if counts:
            im, ic = counts[prog]["minipy"], counts[prog]["CPython"]
            instr_ratios.append(im / ic)
            row += f" {im / 1e6:,.0f} | {ic / 1e6:,.0f} | {im / ic:.2f} |"
        lines.append(row)
    if max(len(ratios), len(instr_ratios)) > 1:
        row = "| geometric mean |"
        if args.runs:
            row += f" | | {geomean(ratios):.2f} | | | {geomean(mem_ratios):.2f} |"
        if with_lua:
            row += " | |"
        if counts:
            row += f" | | {geomean(instr_ratios):.2f} |"
        lines.append(row)
    if failures:
        lines += ["", "Failures (nothing measured for these):", ""]
        lines += [f"- `{p}`: {msg}" for p, msg in failures.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
