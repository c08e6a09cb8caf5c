#!/bin/sh
# memcheck.sh -- run every program of the suite under valgrind's memcheck:
# no invalid read or write, no use of uninitialised memory, no leak.
#
#   tests/support/memcheck.sh            build build-memcheck (system malloc,
#                                        no pools, so valgrind sees each object)
#                                        and run the program suite through it
#   MINIPY_TEST_ONLY=dicts/ tests/support/memcheck.sh   a subset
#
# The harness (tests/support/run_programs.c) runs this script as MINIPY_BIN;
# valgrind's report goes to stderr and its exit status is 99, so any error
# fails the program that caused it. Slow (valgrind runs each program some 30
# times slower): a check to run by hand before a release, not part of ctest.
set -eu
if [ "${MEMCHECK_INNER:-}" = 1 ]; then
    exec valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect "$MEMCHECK_MINIPY" "$@"
fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
build="$repo/build-memcheck"
cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SYSTEM_MALLOC=ON >/dev/null
cmake --build "$build" -j2 >/dev/null
MEMCHECK_INNER=1 MEMCHECK_MINIPY="$build/minipy" MINIPY_BIN="$repo/tests/support/memcheck.sh" \
    MINIPY_TEST_TIMEOUT="${MINIPY_TEST_TIMEOUT:-300}" "$build/tests/run_programs" --jobs 2
