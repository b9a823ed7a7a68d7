// intervals_input.hpp — reading intervals for merge-intervals and meeting-rooms: one `START END`
// per line, or the LeetCode literal `[[1,3],[2,6]]`, with every bad value reported at its place.
#pragma once

#include <vector>

#include "algorithms/intervals.hpp"
#include "cli/io/input.hpp"

namespace prep::problems {

enum class IntervalKind {
  closed,     // START <= END (merge-intervals)
  half_open,  // START < END (meeting-rooms)
};

struct IntervalInput {
  std::vector<algo::Interval> intervals;
  bool leetcode = false;  // the input was a LeetCode literal, so the answer is printed as one
};

IntervalInput read_intervals(io::Input& input, IntervalKind kind);

}  // namespace prep::problems
