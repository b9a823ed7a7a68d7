#!/usr/bin/env bash
# longest-prefix with P prefixes on N numbers (default 1,000,000 x 5,000,000) against the textbook
# version (prefixes in a hash table, probed for every length of each number) and `wc -l`; half of
# the numbers start with a listed prefix. Usage: bash bench/longest-prefix.sh [P] [N]
#
# Measured results are kept in one place: README.md, "Benchmarks".
source "$(dirname "$0")/lib.sh"
P=${1:-1000000}
N=${2:-5000000}
prefixes="$WORK/prefixes_$P.txt"
numbers="$WORK/routed_${N}_$P.txt"
[ -f "$prefixes" ] || python3 bench/gen_phone.py prefixes "$P" 3 > "$prefixes"
[ -f "$numbers" ] || python3 bench/gen_phone.py routed "$N" 4 "$prefixes" > "$numbers"
textbook_prefix=$(textbook longest_prefix)
echo "longest-prefix: $P prefixes ($(file_mib "$prefixes") MiB) x $N numbers ($(file_mib "$numbers") MiB)"

same_output "longest-prefix" "$PREP longest-prefix --prefixes $prefixes" "$textbook_prefix $prefixes" "$numbers"

measure_cpu "wc -l ($N numbers)" "$numbers" wc -l; wc=$SECONDS_BEST; wc_cpu=$CPU_BEST
measure_cpu "prep longest-prefix" "$numbers" "$PREP" longest-prefix --prefixes "$prefixes"; ours=$SECONDS_BEST; ours_cpu=$CPU_BEST
RUNS=1 measure_cpu "textbook longest-prefix" "$numbers" "$textbook_prefix" "$prefixes"; text=$SECONDS_BEST; text_cpu=$CPU_BEST
measure_cpu "prep longest-prefix --common" "$numbers" "$PREP" longest-prefix --common --prefixes "$prefixes"
empty="$WORK/empty.txt"
: > "$empty"
measure_cpu "prep longest-prefix, prefixes only (no numbers)" "$empty" "$PREP" longest-prefix --prefixes "$prefixes"
echo "longest-prefix: $(ratio "$text" "$ours")x faster than textbook (cpu: $(ratio "$text_cpu" "$ours_cpu")x)"
echo "longest-prefix: $(ratio "$ours" "$wc")x wc -l (cpu: $(ratio "$ours_cpu" "$wc_cpu")x)"
