// fuzz_intervals_slices.cpp — arbitrary bytes as `START END` lines, read in slices on threads
// (read_interval_columns) and line by line (read_intervals): the intervals (as multisets), or the
// error message and its place, must be the same. The first byte picks the slices (1–4) and the chunk size.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cli/io/errors.hpp"
#include "cli/io/input.hpp"
#include "problems/intervals_input.hpp"

namespace pi = prep::problems;

namespace {

// The intervals, sorted (the columns keep no order; neither command needs one).
using Values = std::vector<std::pair<std::int64_t, std::int64_t>>;

Values sorted(Values v) {
  std::sort(v.begin(), v.end());
  return v;
}

Values flatten(const prep::algo::IntervalColumns& columns) {
  Values out;
  for (const auto& part : columns.parts) {
    // An interval is at the same index of the starts and the ends.
    if (part.near_starts.size() != part.near_ends.size() || part.far_starts.size() != part.far_ends.size()) __builtin_trap();
    const std::vector<std::int64_t> starts = part.starts();
    const std::vector<std::int64_t> ends = part.ends();
    for (std::size_t i = 0; i < starts.size(); ++i) out.emplace_back(starts[i], ends[i]);
  }
  return sorted(out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t pick = data[0];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const pi::IntervalKind kind = (pick & 1) != 0 ? pi::IntervalKind::half_open : pi::IntervalKind::closed;
  const pi::SliceOptions options{static_cast<unsigned>((pick >> 1) % 4 + 1), std::size_t{1} << ((pick >> 3) % 12)};

  std::string expected_error;
  Values expected;
  {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    if (input.peek_nonblank() == '[') return 0;  // a literal: not line input
    try {
      for (const prep::algo::Interval& i : pi::read_intervals(input, kind).intervals) expected.emplace_back(i.start, i.end);
      expected = sorted(expected);
    } catch (const prep::io::InputError& e) {
      expected_error = e.where() + e.what();
    }
  }
  // Every line reader this processor can run.
  for (const pi::LineReader reader : {pi::LineReader::fastest, pi::LineReader::avx2, pi::LineReader::portable}) {
    pi::SliceOptions each = options;
    each.reader = reader;
    std::string error;
    Values got;
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    try {
      got = flatten(pi::read_interval_columns(input, kind, each));
    } catch (const prep::io::InputError& e) {
      error = e.where() + e.what();
    }
    if (error != expected_error || got != expected) __builtin_trap();
  }
  return 0;
}
