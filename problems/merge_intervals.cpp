// merge_intervals.cpp — `prep merge-intervals`: the union of closed intervals, sorted by start.
#include "problems/merge_intervals.hpp"

namespace prep::problems::merge_intervals {

IntervalInput parse(io::Input& input) { return read_intervals(input, IntervalKind::closed); }

std::vector<algo::Interval> solve(IntervalInput input) { return algo::merge_closed(std::move(input.intervals)); }

void render(const std::vector<algo::Interval>& merged, Format format, io::Output& out) {
  if (format == Format::text) {
    for (const algo::Interval& interval : merged) {
      out.integer(interval.start);
      out.put(' ');
      out.integer(interval.end);
      out.put('\n');
    }
    return;
  }
  io::JsonWriter json(out);  // LeetCode's form and JSON are the same: [[1,6],[8,10]]
  json.begin_array();
  for (const algo::Interval& interval : merged) {
    json.begin_array();
    json.value(interval.start);
    json.value(interval.end);
    json.end_array();
  }
  json.end_array();
  json.finish();
}

namespace {

void run(Context& context) {
  IntervalInput input = parse(context.input);
  const Format format = output_format(context.options, input.leetcode);
  render(solve(std::move(input)), format, context.out);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "merge-intervals",
      .summary = "Merge overlapping or touching closed intervals (LeetCode 56)",
      .complexity = "O(n) after an O(n) radix sort; O(n) space",
      .explanation = "merge-intervals/explain.txt",
      .samples = {{.args = {}, .input = "merge-intervals/sample.txt"},
                  {.args = {}, .input = "merge-intervals/leetcode.txt"}},
      .options = {},
      .streaming = false,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::merge_intervals
