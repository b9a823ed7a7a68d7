#!/usr/bin/env bash
# vanity on N numbers x C codes (default 2,000,000 x 100,000) against `wc -l`, and against the
# textbook version (for each number, for each code, find) on TN x TC (default 200,000 x 10,000),
# where the textbook still finishes. Usage: bash bench/vanity.sh [N] [C] [TN] [TC]
#
# Measured results are kept in one place: README.md, "Benchmarks".
source "$(dirname "$0")/lib.sh"
N=${1:-2000000}
C=${2:-100000}
TN=${3:-200000}
TC=${4:-10000}
codes="$WORK/vanity_codes_$C.txt"
numbers="$WORK/vanity_numbers_$N.txt"
[ -f "$codes" ] || python3 bench/gen_phone.py codes "$C" 1 > "$codes"
[ -f "$numbers" ] || python3 bench/gen_phone.py numbers "$N" 2 > "$numbers"
small_codes="$WORK/vanity_codes_${TC}_of_$C.txt"
small_numbers="$WORK/vanity_numbers_${TN}_of_$N.txt"
head -n "$TC" "$codes" > "$small_codes"
head -n "$TN" "$numbers" > "$small_numbers"
textbook_vanity=$(textbook vanity)
echo "vanity: $N numbers ($(file_mib "$numbers") MiB) x $C codes; textbook comparison at $TN x $TC"

same_output "vanity $TN x $TC" "$PREP vanity --codes $small_codes" "$textbook_vanity $small_codes" "$small_numbers"

measure_cpu "prep vanity $TN x $TC" "$small_numbers" "$PREP" vanity --codes "$small_codes"; small=$SECONDS_BEST; small_cpu=$CPU_BEST
RUNS=1 measure_cpu "textbook vanity $TN x $TC" "$small_numbers" "$textbook_vanity" "$small_codes"; small_text=$SECONDS_BEST; small_text_cpu=$CPU_BEST
measure_cpu "wc -l ($N numbers)" "$numbers" wc -l; wc=$SECONDS_BEST; wc_cpu=$CPU_BEST
measure_cpu "prep vanity $N x $C" "$numbers" "$PREP" vanity --codes "$codes"; full=$SECONDS_BEST; full_cpu=$CPU_BEST
measure_cpu "prep vanity -c $N x $C" "$numbers" "$PREP" vanity -c --codes "$codes"
measure_cpu "prep vanity --matches $N x $C" "$numbers" "$PREP" vanity --matches --codes "$codes"
measure_cpu "prep vanity --sorted $N x $C" "$numbers" "$PREP" vanity --sorted --codes "$codes"
echo "matching numbers: $("$PREP" vanity -c --codes "$codes" < "$numbers") of $N"
echo "vanity: $(ratio "$small_text" "$small")x faster than textbook at $TN x $TC (cpu: $(ratio "$small_text_cpu" "$small_cpu")x)"
echo "vanity: $(ratio "$full" "$wc")x wc -l at $N x $C (cpu: $(ratio "$full_cpu" "$wc_cpu")x)"
