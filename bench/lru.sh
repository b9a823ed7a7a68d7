#!/usr/bin/env bash
# prep lru on N cache operations (default 10,000,000; Zipf keys over 1,000,000 names, capacity
# 100,000, no TTLs) against a textbook C++ LRU (std::list + std::unordered_map<std::string, …>,
# iostream) and `wc -l`; then prep --policy lfu and a TTL-heavy run for their times alone.
# Usage: bash bench/lru.sh [N]
source "$(dirname "$0")/lib.sh"
N=${1:-10000000}
data="$WORK/lru_$N.txt"
[ -f "$data" ] || python3 bench/gen_lru.py "$N" 1 > "$data"
ttl_data="$WORK/lru_ttl_$N.txt"
if [ ! -f "$ttl_data" ]; then
  # The same operations, a third of the puts with a TTL of 1..10,000 ticks and a tick every 100 lines.
  awk 'NR == 1 { print; next }
       $1 == "put" && NR % 3 == 0 { print $0, 1 + NR % 10000; next }
       { print }
       NR % 100 == 0 { print "tick 1" }' "$data" > "$ttl_data"
fi
lru_tb=$(textbook lru)
echo "lru: $N operations, $(file_mib "$data") MiB ($data)"

same_output lru "$PREP lru" "$lru_tb" "$data"

measure_cpu "wc -l" "$data" wc -l; wc=$SECONDS_BEST; wc_cpu=$CPU_BEST
measure_cpu "prep lru" "$data" "$PREP" lru; prep=$SECONDS_BEST; prep_cpu=$CPU_BEST
measure_cpu "textbook lru" "$data" "$lru_tb"; text=$SECONDS_BEST; text_cpu=$CPU_BEST
measure_cpu "prep lru --policy lfu" "$data" "$PREP" lru --policy lfu
measure_cpu "prep lru, TTLs ($(file_mib "$ttl_data") MiB)" "$ttl_data" "$PREP" lru
measure_cpu "prep lru --policy lfu, TTLs" "$ttl_data" "$PREP" lru --policy lfu
echo "lru: $(ratio "$text" "$prep")x faster than textbook, $(ratio "$prep" "$wc")x wc -l (wall time)"
echo "lru: $(ratio "$text_cpu" "$prep_cpu")x faster than textbook, $(ratio "$prep_cpu" "$wc_cpu")x wc -l (CPU time)"
