// fuzz_intervals_slices.cpp — arbitrary bytes as `START END` lines, read in slices on threads
// (read_interval_columns) and line by line (read_intervals): the starts and ends (as multisets),
// or the error message and its place, must be the same. The first byte picks the slices (1–4) and the chunk size.
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

// The starts and the ends, sorted (the columns keep no order; neither command needs one).
using Values = std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>;

Values sorted(Values v) {
  std::sort(v.first.begin(), v.first.end());
  std::sort(v.second.begin(), v.second.end());
  return v;
}

Values flatten(const prep::algo::IntervalColumns& columns) {
  Values out;
  for (const auto& part : columns.parts) {
    for (const std::int64_t v : part.starts()) out.first.push_back(v);
    for (const std::int64_t v : part.ends()) out.second.push_back(v);
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
      for (const prep::algo::Interval& i : pi::read_intervals(input, kind).intervals) {
        expected.first.push_back(i.start);
        expected.second.push_back(i.end);
      }
      expected = sorted(expected);
    } catch (const prep::io::InputError& e) {
      expected_error = e.where() + e.what();
    }
  }
  for (const bool portable : {false, true}) {  // the SIMD digit parser (where the processor has it) and the portable one
    pi::SliceOptions each = options;
    each.portable = portable;
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
