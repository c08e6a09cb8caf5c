#!/usr/bin/env bash
# tests/fuzz/campaign.sh -- a long fuzzing campaign, in rounds, with a log of
# what it cost (issue 11 asks for CPU-hours, not wall hours).
#
#   nice -n 19 tests/fuzz/campaign.sh LOG [ROUND_SECONDS] [HARNESS...]
#
# Each round is one tests/fuzz/run.sh (which builds build-fuzz and keeps the
# corpora growing from round to round). After each round a line goes to LOG:
#   round N harnesses H status S cpu_seconds USER SYS execs E
# where USER/SYS are the CPU seconds the round's processes used and E sums
# libFuzzer's stat::number_of_executed_units. A finding (status 1) stops the
# campaign, so its artifact in build-fuzz/ is not buried; so does a round that
# ends at once (a broken build or corpus), instead of spinning.
set -uo pipefail
cd "$(dirname "$0")/../.."
log=${1:?usage: campaign.sh LOG [ROUND_SECONDS] [HARNESS...]}
seconds=${2:-1800}
shift 2 2>/dev/null || shift $#
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(run compile parser lexer)
# the user and system CPU seconds of this shell's finished children so far
# (bash's `times`, run in this shell: in a pipeline it would count a subshell's)
times_file=$(mktemp)
children_cpu() {
    sed -n 2p "$times_file" | sed 's/[ms]/ /g' | awk '{print $1*60+$2, $3*60+$4}'
}
round=0
while true; do
    round=$((round + 1))
    mkdir -p build-fuzz
    start=$SECONDS
    times > "$times_file"
    read -r u0 s0 < <(children_cpu)
    tests/fuzz/run.sh "$seconds" "${harnesses[@]}" > build-fuzz/round.log 2>&1
    status=$?
    times > "$times_file"
    read -r u1 s1 < <(children_cpu)
    execs=$(grep -h stat::number_of_executed_units build-fuzz/fuzz_*.log 2>/dev/null | awk '{s+=$2} END {print s+0}')
    echo "round $round harnesses ${harnesses[*]} status $status" \
         "cpu_seconds $(awk -v a="$u1" -v b="$u0" 'BEGIN{print a-b}') $(awk -v a="$s1" -v b="$s0" 'BEGIN{print a-b}')" \
         "execs $execs wall $((SECONDS - start))" >> "$log"
    if [ $status -ne 0 ]; then
        cat build-fuzz/round.log >> "$log"; exit 1
    fi
    if [ $((SECONDS - start)) -lt $((seconds / 2)) ]; then
        echo "round $round ended after $((SECONDS - start)) s: stopping" >> "$log"; exit 1
    fi
done
