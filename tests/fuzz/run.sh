#!/usr/bin/env bash
# tests/fuzz/run.sh -- build the libFuzzer harnesses and fuzz each one.
#
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]     (default: 60 s, every harness)
#
# Two harnesses run at a time (libFuzzer uses one core each). Each harness
# starts from a corpus of the suite's programs and the lessons
# (tests/py, examples), kept in build-fuzz/corpus/<harness> so that a longer
# run goes on from what earlier runs found, with tests/fuzz/python.dict. A
# crash, a leak, a timeout or a sanitizer report stops the harness, writes
# the input as build-fuzz/crash-* (or leak-*, timeout-*) and makes this
# script fail. Reproduce one with build-fuzz/tests/fuzz/fuzz_run FILE; every
# finding becomes a program of tests/py/hostile. A run gets 30 s before it
# counts as a hang: fuzz_run caps the instructions a program executes, but
# not the time one C operation takes, and a seed such as tests/py/sets/big.py
# (a million-element set) needs several seconds under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(lexer parser compile run)

CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
      -DMINIPY_FUZZ=ON -DMINIPY_TESTS=OFF >/dev/null
cmake --build build-fuzz -j2 --target $(printf 'fuzz_%s ' "${harnesses[@]}") >/dev/null

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Corpora first (they read the same tree), then the harnesses two at a time:
# libFuzzer uses one core, and the machine has two.
for h in "${harnesses[@]}"; do
    corpus=build-fuzz/corpus/$h
    if [ ! -d "$corpus" ]; then
        mkdir -p "$corpus"
        # not the programs that do much work in one C call (sum(range(10 ** 6)), a
        # million-element set): the instruction budget does not stop those, and
        # under the sanitizers they take long enough to pass for hangs
        # nor the programs that make processes: fuzz_run runs every input
        # under --sandbox, which refuses os.fork, and a refused fork leaves
        # such a program waiting for ever for a thread or a child it meant
        # to end (as CPython would, if its fork failed)
        find tests/py examples -name '*.py' -size -20k |
            grep -v -x -f <(grep -l -E '[0-9]{6,}|10 ?\*\* ?([5-9]|[1-9][0-9])|2 ?\*\* ?[2-9][0-9]|os\.fork|multiprocessing' \
                                 $(find tests/py examples -name '*.py' -size -20k)) |
            while read -r f; do cp "$f" "$corpus/"; done
    fi
done

# fuzz harness [h] for [seconds]: 0, or 1 after printing what it found
fuzz_one() {
    local h=$1 quiet=0
    [ "$h" = run ] && quiet=3          # the programs' own stdout and stderr: nowhere
    local status=0
    build-fuzz/tests/fuzz/fuzz_$h -close_fd_mask=$quiet build-fuzz/corpus/$h -dict=tests/fuzz/python.dict \
            -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=4096 \
            -print_final_stats=1 -artifact_prefix=build-fuzz/ 2>build-fuzz/fuzz_$h.log || status=$?
    if [ $status -ne 0 ]; then
        # how it ended: libFuzzer's own report is in the log's tail; a
        # harness killed from outside (or by an input that ends the
        # process) leaves no report, only this status
        if [ $status -gt 128 ]; then
            echo "fuzz_$h found something (it ended by signal $((status - 128))):"
        else
            echo "fuzz_$h found something (exit status $status):"
        fi
        tail -40 build-fuzz/fuzz_$h.log
        return 1
    fi
    echo "fuzz_$h, $seconds s:"
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" build-fuzz/fuzz_$h.log || true
}

status=0
for ((i = 0; i < ${#harnesses[@]}; i += 2)); do
    pids=()
    for h in "${harnesses[@]:i:2}"; do
        echo "+ fuzz_$h for $seconds s"
        fuzz_one "$h" & pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
done
exit $status
