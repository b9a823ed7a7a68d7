#!/usr/bin/env bash
# rate-limit: REQUESTS requests (default 10,000,000) over KEYS keys (default 100,000), every
# algorithm, `prep rate-limit` against the textbook version in bench/textbook/rate_limit.cpp
# (std::map<std::string, …>, iostream). Both must print the same bytes; the script checks it.
# Reports wall and CPU seconds, the speed-up, the time relative to `wc -l` on the same file, and
# peak memory (maximum resident set size).
#
#   cmake -S . -B build && cmake --build build -j"$(nproc)" && bash bench/rate_limit.sh
#   REQUESTS=1000000 ALGORITHMS="token-bucket sliding-log" bash bench/rate_limit.sh   # quicker
set -euo pipefail
cd "$(dirname "$0")/.."
prep=${PREP:-build/prep}
requests=${REQUESTS:-10000000}
keys=${KEYS:-100000}
limit=${LIMIT:-10}
window=${WINDOW:-1000}
algorithms=${ALGORITHMS:-token-bucket leaky-bucket fixed-window sliding-log sliding-window}
work=${BENCH_DIR:-build/bench-data}
mkdir -p "$work"

data=$work/rate-limit-$requests-$keys.txt
if [[ ! -s $data ]]; then
  echo "generating $data"
  python3 bench/gen_rate_limit.py "$requests" "$keys" > "$data.tmp" && mv "$data.tmp" "$data"
fi
textbook=$work/textbook_rate_limit
if [[ ! -x $textbook || bench/textbook/rate_limit.cpp -nt $textbook ]]; then
  g++ -std=c++20 -O2 -o "$textbook" bench/textbook/rate_limit.cpp
fi
[[ -x $prep ]] || { echo "no $prep: build first" >&2; exit 1; }

# measure OUT CMD...: runs CMD with stdout to OUT; sets wall, cpu (user + sys) and peak_mb.
measure() {
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$out"
  read -r wall user sys peak_kb < "$work/time.txt"
  cpu=$(echo "$user + $sys" | bc)
  peak_mb=$((peak_kb / 1024))
}

measure /dev/null wc -l "$data"
wc_wall=$wall
echo "data: $(wc -l < "$data") requests, $keys keys, $(du -m "$data" | cut -f1) MB; --limit $limit --window $window"
echo "wc -l: ${wc_wall} s"
printf '%-15s %10s %10s %8s %14s %14s %11s %12s %11s %6s %9s\n' algorithm prep_wall_s prep_cpu_s prep_MB \
  textbook_wall_s textbook_cpu_s textbook_MB speedup_wall speedup_cpu x_wc allowed
for algorithm in $algorithms; do
  measure "$work/prep.out" "$prep" rate-limit --algorithm "$algorithm" --limit "$limit" --window "$window" "$data"
  p_wall=$wall p_cpu=$cpu p_mb=$peak_mb
  measure "$work/textbook.out" "$textbook" "$algorithm" "$limit" "$window" < "$data"
  t_wall=$wall t_cpu=$cpu t_mb=$peak_mb
  if ! cmp -s "$work/prep.out" "$work/textbook.out"; then
    echo "$algorithm: prep and the textbook version disagree:" >&2
    cmp "$work/prep.out" "$work/textbook.out" >&2 || true
    exit 1
  fi
  allowed=$(grep -c ' allow' "$work/prep.out" || true)
  printf '%-15s %10.2f %10.2f %8d %14.2f %14.2f %11d %11.1fx %10.1fx %6.1f %9d\n' "$algorithm" "$p_wall" "$p_cpu" "$p_mb" \
    "$t_wall" "$t_cpu" "$t_mb" "$(echo "$t_wall / ($p_wall + 0.005)" | bc -l)" "$(echo "$t_cpu / ($p_cpu + 0.005)" | bc -l)" \
    "$(echo "$p_wall / ($wc_wall + 0.005)" | bc -l)" "$allowed"
done
rm -f "$work/prep.out" "$work/textbook.out" "$work/time.txt"
