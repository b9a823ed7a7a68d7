#!/usr/bin/env bash
# sms-split --lines on N messages of ~300 characters (default 2,000,000) against a textbook C++
# version (getline, decode to std::u32string, try n = 2, 3, …, std::string segments) and `wc -l`.
# Usage: bash bench/sms_split.sh [N]
source "$(dirname "$0")/lib.sh"
N=${1:-2000000}
data="$WORK/sms_$N.txt"
[ -f "$data" ] || python3 bench/gen_sms.py "$N" 1 > "$data"
sms_tb=$(textbook sms_split)
echo "sms-split: $N messages, $(file_mib "$data") MiB ($data)"

same_output sms-split "$PREP sms-split --lines" "$sms_tb" "$data"

measure_cpu "wc -l" "$data" wc -l; wc=$SECONDS_BEST; wc_cpu=$CPU_BEST
measure_cpu "prep sms-split --lines" "$data" "$PREP" sms-split --lines; prep=$SECONDS_BEST; prep_cpu=$CPU_BEST
measure_cpu "textbook sms-split" "$data" "$sms_tb"; text=$SECONDS_BEST; text_cpu=$CPU_BEST
measure_cpu "prep sms-split --lines --words" "$data" "$PREP" sms-split --lines --words
measure_cpu "prep sms-split --lines --encoding auto" "$data" "$PREP" sms-split --lines --encoding auto
echo "sms-split: $(ratio "$text" "$prep")x faster than textbook, $(ratio "$prep" "$wc")x wc -l (wall time)"
echo "sms-split: $(ratio "$text_cpu" "$prep_cpu")x faster than textbook, $(ratio "$prep_cpu" "$wc_cpu")x wc -l (CPU time)"
