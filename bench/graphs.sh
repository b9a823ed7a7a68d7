#!/usr/bin/env bash
# detect-cycle and lca against textbook C++ versions and `wc -l`:
#   detect-cycle on EDGES random edges over NODES names (cyclic; and acyclic with --order) and on a
#   2,000,000-node path; lca on a random NODES-node tree with QUERIES queries and on a chain NODES deep.
# The textbook detect-cycle is a std::map<std::string, std::vector<std::string>> with a recursive DFS;
# the textbook lca is LeetCode 236's recursive search, O(n) per query: on a million queries it would run
# for hours, so it is timed on the first TEXTBOOK_QUERIES queries and extrapolated (labelled as such).
# Usage: bash bench/graphs.sh [EDGES] [NODES] [QUERIES]   (defaults 5000000 1000000 1000000)
source "$(dirname "$0")/lib.sh"
E=${1:-5000000}
N=${2:-1000000}
Q=${3:-1000000}
TEXTBOOK_QUERIES=${TEXTBOOK_QUERIES:-1000}
gen() { [ -f "$1" ] || python3 bench/gen_graph_tree.py "${@:2}" > "$1"; }
graph=$WORK/graph_${E}_${N}.txt; gen "$graph" graph "$E" "$N"
dag=$WORK/dag_${E}_${N}.txt; gen "$dag" graph "$E" "$N" dag
path=$WORK/path_2000000.txt; gen "$path" path 2000000
tree=$WORK/tree_${N}_${Q}.txt; gen "$tree" tree "$N" "$Q"
chain=$WORK/chain_${N}_${Q}.txt; gen "$chain" chain "$N" "$Q"
cycle_tb=$(textbook detect_cycle)
lca_tb=$(textbook lca)

# attempt LABEL INPUT COMMAND...: like measure, but once (the textbook runs take minutes), and a crash
# (the textbook's recursion on a deep input) or the time limit is reported instead of ending the
# script; $SECONDS_BEST is empty then. Standard output is kept in $WORK/attempt_out.txt.
attempt() {
  local label=$1 input=$2
  shift 2
  if /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" timeout "${TIME_LIMIT:-600}" "$@" < "$input" > "$WORK/attempt_out.txt" 2> "$WORK/err.txt"; then
    local t m u s
    read -r t m u s < <(tail -1 "$WORK/time.txt")
    SECONDS_BEST=$t
    CPU_BEST=$(awk "BEGIN{print $u + $s}")
    printf '  %-44s %8.2f s %9.1f MiB %8.2f s CPU\n' "$label" "$t" "$(awk "BEGIN{print $m/1024}")" "$CPU_BEST"
  else
    SECONDS_BEST=""
    CPU_BEST=""
    printf '  %-44s did not finish (%s)\n' "$label" "$(head -1 "$WORK/time.txt")"
  fi
}
# speedup TEXTBOOK_WALL PREP_WALL TEXTBOOK_CPU PREP_CPU
speedup() {
  if [ -n "$1" ]; then
    echo "$(ratio "$1" "$2")x faster than textbook (wall), $(ratio "$3" "$4")x (CPU)"
  else
    echo "textbook did not finish"
  fi
}

echo "detect-cycle: $E random edges over $N names, $(file_mib "$graph") MiB"
# The witness and the order may differ from the textbook's (it walks names in sorted order): each
# answer of prep is checked on its own, and the verdicts (cycle / acyclic) must agree.
"$PREP" detect-cycle --order "$graph" > "$WORK/cyclic.txt"; python3 bench/check_graph.py "$graph" "$WORK/cyclic.txt"
"$PREP" detect-cycle --order "$dag" > "$WORK/acyclic.txt"; python3 bench/check_graph.py "$dag" "$WORK/acyclic.txt"
same_verdict() {
  [ -z "$SECONDS_BEST" ] || [ "$(head -1 "$1")" = "$(head -1 "$WORK/attempt_out.txt")" ] || { echo "verdicts differ" >&2; exit 1; }
}
measure_cpu "wc -l" "$graph" wc -l; wc=$SECONDS_BEST
measure_cpu "prep detect-cycle (cyclic)" "$graph" "$PREP" detect-cycle; cyclic=$SECONDS_BEST; cyclic_cpu=$CPU_BEST
attempt "textbook detect-cycle (cyclic)" "$graph" "$cycle_tb"; cyclic_tb=$SECONDS_BEST; cyclic_tb_cpu=$CPU_BEST; same_verdict "$WORK/cyclic.txt"
measure_cpu "prep detect-cycle --order (acyclic)" "$dag" "$PREP" detect-cycle --order; order=$SECONDS_BEST; order_cpu=$CPU_BEST
attempt "textbook detect-cycle --order (acyclic)" "$dag" "$cycle_tb" --order; order_tb=$SECONDS_BEST; order_tb_cpu=$CPU_BEST; same_verdict "$WORK/acyclic.txt"
measure_cpu "prep detect-cycle --order (2,000,000-node path)" "$path" "$PREP" detect-cycle --order; path_t=$SECONDS_BEST; path_cpu=$CPU_BEST
attempt "textbook detect-cycle --order (path)" "$path" "$cycle_tb" --order; path_tb=$SECONDS_BEST; path_tb_cpu=$CPU_BEST
echo "detect-cycle (cyclic):  $(speedup "$cyclic_tb" "$cyclic" "$cyclic_tb_cpu" "$cyclic_cpu"), $(ratio "$cyclic" "$wc")x wc -l"
echo "detect-cycle --order:   $(speedup "$order_tb" "$order" "$order_tb_cpu" "$order_cpu"), $(ratio "$order" "$wc")x wc -l"
echo "detect-cycle path:      $(speedup "$path_tb" "$path_t" "$path_tb_cpu" "$path_cpu")"

echo "lca: a random $N-node tree and $Q queries, $(file_mib "$tree") MiB; a chain $N deep"
prefix=$WORK/tree_${N}_${TEXTBOOK_QUERIES}q.txt
head -n "$((TEXTBOOK_QUERIES + 1))" "$tree" > "$prefix"
head -n 1 "$tree" > "$WORK/tree_only.txt"
same_output "lca (first $TEXTBOOK_QUERIES queries)" "$PREP lca" "$lca_tb" "$prefix"
measure_cpu "wc -l" "$tree" wc -l; wc=$SECONDS_BEST
measure_cpu "prep lca ($Q queries)" "$tree" "$PREP" lca; lca_t=$SECONDS_BEST; lca_cpu=$CPU_BEST
measure_cpu "prep lca (chain, $Q queries)" "$chain" "$PREP" lca; chain_t=$SECONDS_BEST
attempt "textbook lca (tree only, no queries)" "$WORK/tree_only.txt" "$lca_tb"; build_tb=$SECONDS_BEST; build_tb_cpu=$CPU_BEST
attempt "textbook lca ($TEXTBOOK_QUERIES queries)" "$prefix" "$lca_tb"; some_tb=$SECONDS_BEST; some_tb_cpu=$CPU_BEST
attempt "textbook lca (chain)" "$chain" "$lca_tb"
estimate=$(awk "BEGIN{printf \"%.0f\", $build_tb + ($some_tb - $build_tb) * $Q / $TEXTBOOK_QUERIES}")
estimate_cpu=$(awk "BEGIN{printf \"%.0f\", $build_tb_cpu + ($some_tb_cpu - $build_tb_cpu) * $Q / $TEXTBOOK_QUERIES}")
echo "lca: textbook estimated at ${estimate} s (${estimate_cpu} s CPU) for $Q queries, extrapolated from" \
     "$TEXTBOOK_QUERIES; by that estimate $(speedup "$estimate" "$lca_t" "$estimate_cpu" "$lca_cpu"), $(ratio "$lca_t" "$wc")x wc -l"
echo "lca chain: textbook did not finish (recursion); prep $(ratio "$chain_t" "$wc")x wc -l"
