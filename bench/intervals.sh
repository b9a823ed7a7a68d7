#!/usr/bin/env bash
# merge-intervals and meeting-rooms on N random intervals (default 5,000,000) against textbook C++
# versions (iostream + std::sort) and `wc -l`. Usage: bash bench/intervals.sh [N]
#
# Best of 9 runs unless RUNS says otherwise: prep takes ~60 ms here, and on a shared VM one run in a
# few is slowed by a fifth or more (first touches of fresh memory cost what the host makes them).
RUNS=${RUNS:-9}
source "$(dirname "$0")/lib.sh"
N=${1:-5000000}
data="$WORK/intervals_$N.txt"
[ -f "$data" ] || python3 bench/gen_intervals.py "$N" 1 > "$data"
merge_tb=$(textbook merge_intervals)
rooms_tb=$(textbook meeting_rooms)
echo "intervals: $N lines, $(file_mib "$data") MiB ($data)"

same_output merge-intervals "$PREP merge-intervals" "$merge_tb" "$data"
same_output meeting-rooms "$PREP meeting-rooms" "$rooms_tb" "$data"

measure "wc -l" "$data" wc -l; wc=$SECONDS_BEST
measure "prep merge-intervals" "$data" "$PREP" merge-intervals; merge=$SECONDS_BEST
measure "textbook merge-intervals" "$data" "$merge_tb"; merge_text=$SECONDS_BEST
measure "prep meeting-rooms" "$data" "$PREP" meeting-rooms; rooms=$SECONDS_BEST
measure "textbook meeting-rooms" "$data" "$rooms_tb"; rooms_text=$SECONDS_BEST
measure "prep meeting-rooms --assign" "$data" "$PREP" meeting-rooms --assign
echo "merge-intervals: $(ratio "$merge_text" "$merge")x faster than textbook, $(ratio "$merge" "$wc")x wc -l"
echo "meeting-rooms:   $(ratio "$rooms_text" "$rooms")x faster than textbook, $(ratio "$rooms" "$wc")x wc -l"
