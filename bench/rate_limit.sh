#!/usr/bin/env bash
# rate-limit on REQUESTS requests (default 10,000,000) over KEYS keys (default 100,000), every
# algorithm, against the textbook version in bench/textbook/rate_limit.cpp (std::map<std::string, …>,
# iostream, std::deque per key) and `wc -l`. Both versions must print the same bytes.
# Usage: bash bench/rate_limit.sh [REQUESTS [KEYS]]
#   ALGORITHMS="token-bucket sliding-log"  a subset;  LIMIT=10 WINDOW=1000  the limiter
#   TEXTBOOK_RUNS=1  runs of the (slow) textbook version; prep gets RUNS (lib.sh, default 3)
#
# Measured results are kept in one place: README.md, "Benchmarks".
source "$(dirname "$0")/lib.sh"
REQUESTS=${1:-10000000}
KEYS=${2:-100000}
LIMIT=${LIMIT:-10}
WINDOW=${WINDOW:-1000}
ALGORITHMS=${ALGORITHMS:-token-bucket leaky-bucket fixed-window sliding-log sliding-window}
data="$WORK/rate_limit_${REQUESTS}_${KEYS}.txt"
[ -f "$data" ] || python3 bench/gen_rate_limit.py "$REQUESTS" "$KEYS" 1 > "$data"
tb=$(textbook rate_limit)
echo "rate-limit: $REQUESTS requests over $KEYS keys, $(file_mib "$data") MiB ($data); --limit $LIMIT --window $WINDOW"

measure "wc -l" "$data" wc -l; wc=$SECONDS_BEST
summary=""
for algorithm in $ALGORITHMS; do
  same_output "$algorithm" "$PREP rate-limit --algorithm $algorithm --limit $LIMIT --window $WINDOW" \
    "$tb $algorithm $LIMIT $WINDOW" "$data"
  measure "prep rate-limit --algorithm $algorithm" "$data" \
    "$PREP" rate-limit --algorithm "$algorithm" --limit "$LIMIT" --window "$WINDOW"
  fast=$SECONDS_BEST
  RUNS=${TEXTBOOK_RUNS:-1} measure "textbook $algorithm" "$data" "$tb" "$algorithm" "$LIMIT" "$WINDOW"
  slow=$SECONDS_BEST
  summary+=$(printf '%-15s %sx faster than textbook, %sx wc -l' "$algorithm:" "$(ratio "$slow" "$fast")" "$(ratio "$fast" "$wc")")$'\n'
done
printf '%s' "$summary"
