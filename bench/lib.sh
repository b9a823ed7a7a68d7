# bench/lib.sh — what the end-to-end benchmark scripts share: sourced, not run.
#
#   BUILD=build  where prep was built (bench scripts use $BUILD/prep)
#   BENCH_DIR    where generated data and textbook binaries go (default /tmp/prep-bench)
#   RUNS=3       each measurement is the best of RUNS runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${BUILD:-build}
PREP=$BUILD/prep
WORK=${BENCH_DIR:-/tmp/prep-bench}
RUNS=${RUNS:-3}
mkdir -p "$WORK"
[ -x "$PREP" ] || { echo "build prep first: cmake -S . -B $BUILD && cmake --build $BUILD -j" >&2; exit 1; }

# textbook NAME: builds bench/textbook/NAME.cpp as the plain version to compare with; prints its path.
textbook() {
  local out="$WORK/textbook_$1"
  if [ ! -x "$out" ] || [ "bench/textbook/$1.cpp" -nt "$out" ]; then
    g++ -std=c++20 -O2 -o "$out" "bench/textbook/$1.cpp"
  fi
  echo "$out"
}

# measure LABEL INPUT COMMAND...: runs COMMAND < INPUT (stdout discarded) RUNS times; prints a row
# with the best wall time and the peak resident memory, and leaves the time in $SECONDS_BEST.
measure() {
  local label=$1 input=$2
  shift 2
  local best="" rss=0 t m timing
  timing=$(mktemp)
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$timing" "$@" < "$input" > /dev/null
    read -r t m < "$timing"
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  rm -f "$timing"
  SECONDS_BEST=$best
  printf '  %-44s %8.2f s %9.1f MiB\n' "$label" "$best" "$(awk "BEGIN{print $rss/1024}")"
}

# measure_cpu LABEL INPUT COMMAND...: as measure, and also the best CPU time (user + sys) of the
# runs, which a machine shared with other work distorts far less than wall time; leaves the wall
# time in $SECONDS_BEST and the CPU time in $CPU_BEST.
measure_cpu() {
  local label=$1 input=$2
  shift 2
  local best="" cpu="" rss=0 t m u s c
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$@" < "$input" > /dev/null
    read -r t m u s < "$WORK/time.txt"
    c=$(awk "BEGIN{print $u + $s}")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    if [ -z "$cpu" ] || awk "BEGIN{exit !($c < $cpu)}"; then cpu=$c; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  SECONDS_BEST=$best
  CPU_BEST=$cpu
  printf '  %-44s %8.2f s %9.1f MiB %8.2f s CPU\n' "$label" "$best" "$(awk "BEGIN{print $rss/1024}")" "$cpu"
}

# ratio A B: A / B with two decimals (a zero time counts as 0.01 s, the resolution of time(1)).
ratio() { awk "BEGIN{a=$1; b=$2; if (b < 0.01) b = 0.01; printf \"%.1f\", a / b}"; }

# same_output NAME A_CMD B_CMD INPUT: fails the benchmark if two programs disagree on INPUT.
same_output() {
  local name=$1 a=$2 b=$3 input=$4
  if ! cmp -s <(eval "$a" < "$input") <(eval "$b" < "$input"); then
    echo "  $name: outputs differ — a fast wrong answer is worthless" >&2
    exit 1
  fi
  echo "  $name: outputs agree"
}

file_mib() { awk "BEGIN{printf \"%.1f\", $(stat -c %s "$1") / 1048576}"; }
