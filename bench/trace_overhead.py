"""What the --trace hooks cost when tracing is off (issue 4).

Builds minipy twice in Release -- as shipped, and with -DMINIPY_TRACE_HOOKS=OFF,
which compiles every hook out -- then runs loop-heavy programs with both,
alternating, and prints the median time of each and their ratio.

    python3 bench/trace_overhead.py [--runs N] [--instructions]

--instructions also counts each program's machine instructions once per
build under valgrind's callgrind: a number that does not move with the
machine's load, where times on a shared machine scatter by 10-30 %.

The builds go to build-bench-hooks/ and build-bench-nohooks/.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = ["fib.py", "int_loops.py", "dict_str_lookup.py", "objects.py"]


def build(folder, hooks):
    path = os.path.join(REPO, folder)
    subprocess.run(["cmake", "-S", REPO, "-B", path, "-DCMAKE_BUILD_TYPE=Release", "-DMINIPY_TESTS=OFF",
                    f"-DMINIPY_TRACE_HOOKS={'ON' if hooks else 'OFF'}"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", path, "-j2"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(path, "minipy")


def run(binary, program):
    """CPU time (user + system) of one run: steadier than wall time on a
    machine that is doing other work."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, program], check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(binary, program):
    """Machine instructions of one run, counted by callgrind."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, program],
                         check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    for line in out.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[1].strip())
    raise RuntimeError("callgrind printed no count")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    args = ap.parse_args()
    with_hooks = build("build-bench-hooks", True)
    without = build("build-bench-nohooks", False)
    print(f"{'program':<22} {'hooks off (s)':>14} {'compiled out (s)':>17} {'ratio':>7}   (median CPU seconds of {args.runs} runs)")
    ratios = []
    for name in PROGRAMS:
        program = os.path.join(REPO, "bench", name)
        a, b = [], []
        for _ in range(args.runs):          # alternate, so drift hits both alike
            a.append(run(with_hooks, program))
            b.append(run(without, program))
        ma, mb = statistics.median(a), statistics.median(b)
        ratios.append(ma / mb)
        line = f"{name:<22} {ma:>14.3f} {mb:>17.3f} {ma / mb:>7.3f}"
        if args.instructions:
            ia, ib = instructions(with_hooks, program), instructions(without, program)
            line += f"   instructions {ia:,} / {ib:,} = {ia / ib:.4f}"
        print(line, flush=True)
    print(f"{'geometric mean':<22} {'':>14} {'':>17} {statistics.geometric_mean(ratios):>7.3f}")


if __name__ == "__main__":
    sys.exit(main())
