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

// Line input (not a LeetCode literal) parsed, merged and rendered on every core, in the memory of
// its columns: what the command does unless the input is a literal. Same output as
// render(solve(parse(input))).
void merge_lines(io::Input& input, Format format, io::Output& out, SliceOptions options = {});

const Problem& problem();

}  // namespace prep::problems::merge_intervals
