#!/usr/bin/env bash
# prep stack-queue on N queue operations (default 10,000,000) against a textbook C++ version (two
# std::stack<std::string>, iostream) and `wc -l`. Usage: bash bench/stack_queue.sh [N]
source "$(dirname "$0")/lib.sh"
N=${1:-10000000}
data="$WORK/stack_queue_$N.txt"
[ -f "$data" ] || python3 bench/gen_stack_queue.py "$N" 1 > "$data"
sq_tb=$(textbook stack_queue)
echo "stack-queue: $N operations, $(file_mib "$data") MiB ($data)"

same_output stack-queue "$PREP stack-queue" "$sq_tb" "$data"

measure_cpu "wc -l" "$data" wc -l; wc=$SECONDS_BEST; wc_cpu=$CPU_BEST
measure_cpu "prep stack-queue" "$data" "$PREP" stack-queue; prep=$SECONDS_BEST; prep_cpu=$CPU_BEST
measure_cpu "textbook stack-queue" "$data" "$sq_tb"; text=$SECONDS_BEST; text_cpu=$CPU_BEST
echo "stack-queue: $(ratio "$text" "$prep")x faster than textbook, $(ratio "$prep" "$wc")x wc -l (wall time)"
echo "stack-queue: $(ratio "$text_cpu" "$prep_cpu")x faster than textbook, $(ratio "$prep_cpu" "$wc_cpu")x wc -l (CPU time)"
