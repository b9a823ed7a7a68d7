// merge_intervals.cpp — `prep merge-intervals`: the union of closed intervals, sorted by start.
#include "problems/merge_intervals.hpp"

#include <algorithm>
#include <span>
#include <string_view>

#include <fmt/format.h>

#include "algorithms/big_array.hpp"
#include "algorithms/parallel.hpp"

namespace prep::problems::merge_intervals {

IntervalInput parse(io::Input& input) { return read_intervals(input, IntervalKind::closed); }

std::vector<algo::Interval> solve(IntervalInput input) { return algo::merge_closed(std::move(input.intervals)); }

namespace {

// The text form of merged intervals, a line `START END` each, with room for `most` lines in memory
// that is given pages only as they are written (no copying as it grows).
class LineText {
 public:
  explicit LineText(std::size_t most) : chars_(most * longest) {}
  void append(std::span<const algo::Interval> merged) {
    char* at = chars_.get() + size_;
    for (const algo::Interval& interval : merged) {
      const fmt::format_int start(interval.start);
      at = std::copy_n(start.data(), start.size(), at);
      *at++ = ' ';
      const fmt::format_int end(interval.end);
      at = std::copy_n(end.data(), end.size(), at);
      *at++ = '\n';
    }
    size_ = static_cast<std::size_t>(at - chars_.get());
  }
  [[nodiscard]] std::string_view text() const { return {chars_.get(), size_}; }

 private:
  static constexpr std::size_t longest = 2 * 20 + 2;  // two int64s (up to 20 characters with a sign), ' ' and '\n'
  algo::BigArray<char> chars_;
  std::size_t size_ = 0;
};

// JSON, LeetCode's form: [[1,6],[8,10]]. The pieces one after another are the merged intervals.
void render_json(std::span<const std::vector<algo::Interval>> pieces, io::Output& out) {
  io::JsonWriter json(out);
  json.begin_array();
  for (const std::vector<algo::Interval>& piece : pieces) {
    for (const algo::Interval& interval : piece) {
      json.begin_array();
      json.value(interval.start);
      json.value(interval.end);
      json.end_array();
    }
  }
  json.end_array();
  json.finish();
}

}  // namespace

void render(const std::vector<algo::Interval>& merged, Format format, io::Output& out) {
  if (format != Format::text) {
    render_json(std::span(&merged, 1), out);
    return;
  }
  LineText lines(merged.size());
  lines.append(merged);
  out.write(lines.text());
}

void merge_lines(io::Input& input, Format format, io::Output& out, SliceOptions options) {
  algo::IntervalColumns columns = read_interval_columns(input, IntervalKind::closed, options);
  const unsigned threads = options.slices != 0 ? options.slices : algo::worker_count();
  if (format != Format::text) {
    std::vector<std::vector<algo::Interval>> pieces(threads);
    algo::merge_closed(std::move(columns), threads, [&](unsigned piece, std::span<const algo::Interval> batch) {
      pieces[piece].insert(pieces[piece].end(), batch.begin(), batch.end());
    });
    render_json(pieces, out);
    return;
  }
  // Each piece's text is made on the thread that merges it; the texts are written in order.
  std::vector<LineText> texts;
  texts.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) texts.emplace_back(columns.size());  // at most one line an interval
  algo::merge_closed(std::move(columns), threads,
                     [&](unsigned piece, std::span<const algo::Interval> batch) { texts[piece].append(batch); });
  for (const LineText& lines : texts) out.write(lines.text());
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
