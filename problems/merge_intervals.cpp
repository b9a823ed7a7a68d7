// merge_intervals.cpp — `prep merge-intervals`: the union of closed intervals, sorted by start.
#include "problems/merge_intervals.hpp"

#include <optional>
#include <span>

#include "algorithms/parallel.hpp"

namespace prep::problems::merge_intervals {

IntervalInput parse(io::Input& input) { return read_intervals(input, IntervalKind::closed); }

std::vector<algo::Interval> solve(IntervalInput input) { return algo::merge_closed(std::move(input.intervals)); }

namespace {

// Writes merged intervals as they come, in text or JSON (LeetCode's form and JSON are the same:
// [[1,6],[8,10]]).
class Renderer {
 public:
  Renderer(Format format, io::Output& out) : out_(out) {
    if (format != Format::text) {
      json_.emplace(out);
      json_->begin_array();
    }
  }
  void add(std::span<const algo::Interval> merged) {
    if (!json_) {
      for (const algo::Interval& interval : merged) {
        out_.integer(interval.start);
        out_.put(' ');
        out_.integer(interval.end);
        out_.put('\n');
      }
      return;
    }
    for (const algo::Interval& interval : merged) {
      json_->begin_array();
      json_->value(interval.start);
      json_->value(interval.end);
      json_->end_array();
    }
  }
  void finish() {
    if (!json_) return;
    json_->end_array();
    json_->finish();
  }

 private:
  io::Output& out_;
  std::optional<io::JsonWriter> json_;
};

}  // namespace

void render(const std::vector<algo::Interval>& merged, Format format, io::Output& out) {
  Renderer renderer(format, out);
  renderer.add(merged);
  renderer.finish();
}

void merge_lines(io::Input& input, Format format, io::Output& out, SliceOptions options) {
  algo::IntervalColumns columns = read_interval_columns(input, IntervalKind::closed, options);
  Renderer renderer(format, out);
  const unsigned threads = options.slices != 0 ? options.slices : algo::worker_count();
  algo::merge_closed(std::move(columns), threads, [&](std::span<const algo::Interval> merged) { renderer.add(merged); });
  renderer.finish();
}

namespace {

void run(Context& context) {
  if (context.input.peek_nonblank() != '[') {
    merge_lines(context.input, output_format(context.options, false), context.out);
    return;
  }
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
