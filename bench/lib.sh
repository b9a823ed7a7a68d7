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

# measure_cpu LABEL INPUT COMMAND...: runs COMMAND < INPUT (stdout discarded) RUNS times; prints a
# row with the best wall time (to the millisecond: time(1)'s 10 ms steps would make a 20 ms `wc -l`
# read as 0.01 s), the best CPU time (user + system, which a machine shared with other work distorts
# far less than wall time) and the peak resident memory. Leaves the wall time in $SECONDS_BEST and the
# CPU time in $CPU_BEST.
measure_cpu() {
  local label=$1 input=$2
  shift 2
  local best="" cpu="" rss=0 t0 t1 t m u s c
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$WORK/time.txt" "$@" < "$input" > /dev/null
    t1=$(date +%s%N)
    read -r m u s < "$WORK/time.txt"
    t=$(awk "BEGIN{print ($t1 - $t0) / 1e9}")
    c=$(awk "BEGIN{print $u + $s}")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    if [ -z "$cpu" ] || awk "BEGIN{exit !($c < $cpu)}"; then cpu=$c; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  SECONDS_BEST=$best
  CPU_BEST=$cpu
  printf '  %-48s %8.3f s %9.1f MiB %8.2f s CPU\n' "$label" "$best" "$(awk "BEGIN{print $rss/1024}")" "$cpu"
}

# measure LABEL INPUT COMMAND...: measure_cpu, for scripts that use only the wall time.
measure() { measure_cpu "$@"; }

# ratio A B: A / B with one decimal (a time under a millisecond counts as 1 ms).
ratio() { awk "BEGIN{a=$1; b=$2; if (b < 0.001) b = 0.001; printf \"%.1f\", a / b}"; }

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
