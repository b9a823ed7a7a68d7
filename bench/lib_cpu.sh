# bench/lib_cpu.sh — measure_cpu, for benchmarks run on a shared machine: sourced after lib.sh.
#
# measure_cpu LABEL INPUT COMMAND...: like measure (best of RUNS, stdout discarded), but also reports
# the CPU time (user + system) of the best run: when other jobs compete for the cores, wall time
# includes waiting for one, and CPU time is the fairer basis for a ratio. Leaves the wall time in
# $SECONDS_BEST and the CPU time in $CPU_BEST.
measure_cpu() {
  local label=$1 input=$2
  shift 2
  local best="" best_cpu="" rss=0 t u s m timing
  timing=$(mktemp)
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" < "$input" > /dev/null
    read -r t u s m < "$timing"
    local cpu
    cpu=$(awk "BEGIN{print $u + $s}")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    if [ -z "$best_cpu" ] || awk "BEGIN{exit !($cpu < $best_cpu)}"; then best_cpu=$cpu; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  rm -f "$timing"
  SECONDS_BEST=$best
  CPU_BEST=$best_cpu
  printf '  %-48s %8.2f s wall %8.2f s cpu %9.1f MiB\n' "$label" "$best" "$best_cpu" "$(awk "BEGIN{print $rss/1024}")"
}
