// fuzz_intervals_slices.cpp — arbitrary bytes as `START END` lines, read in slices on threads
// (read_interval_columns) and line by line (read_intervals): the intervals, or the error message
// and its place, must be the same. The first byte picks the slices (1–4) and the chunk size.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/io/errors.hpp"
#include "cli/io/input.hpp"
#include "problems/intervals_input.hpp"

namespace pi = prep::problems;

namespace {

std::vector<prep::algo::Interval> flatten(const prep::algo::IntervalColumns& columns) {
  std::vector<prep::algo::Interval> out;
  for (const auto& part : columns.parts) {
    for (std::size_t i = 0; i < part.starts.size(); ++i) out.push_back({part.starts[i], part.ends[i]});
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t pick = data[0];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const pi::IntervalKind kind = (pick & 1) != 0 ? pi::IntervalKind::half_open : pi::IntervalKind::closed;
  const pi::SliceOptions options{static_cast<unsigned>((pick >> 1) % 4 + 1), std::size_t{1} << ((pick >> 3) % 12)};

  std::string expected_error;
  std::vector<prep::algo::Interval> expected;
  {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    if (input.peek_nonblank() == '[') return 0;  // a literal: not line input
    try {
      expected = pi::read_intervals(input, kind).intervals;
    } catch (const prep::io::InputError& e) {
      expected_error = e.where() + e.what();
    }
  }
  std::string error;
  std::vector<prep::algo::Interval> got;
  prep::io::Input input = prep::io::Input::from_text("fuzz", text);
  try {
    got = flatten(pi::read_interval_columns(input, kind, options));
  } catch (const prep::io::InputError& e) {
    error = e.where() + e.what();
  }
  if (error != expected_error || got != expected) __builtin_trap();
  return 0;
}
