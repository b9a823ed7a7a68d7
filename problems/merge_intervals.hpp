// merge_intervals.hpp — `prep merge-intervals` (LeetCode 56): parse, solve, render, and its description.
#pragma once

#include <vector>

#include "algorithms/intervals.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/intervals_input.hpp"
#include "problems/problem.hpp"

namespace prep::problems::merge_intervals {

IntervalInput parse(io::Input& input);
std::vector<algo::Interval> solve(IntervalInput input);
void render(const std::vector<algo::Interval>& merged, Format format, io::Output& out);

const Problem& problem();

}  // namespace prep::problems::merge_intervals
