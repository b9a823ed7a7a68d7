// intervals_input.hpp — reading intervals for merge-intervals and meeting-rooms: one `START END`
// per line, or the LeetCode literal `[[1,3],[2,6]]`, with every bad value reported at its place.
#pragma once

#include <cstddef>
#include <vector>

#include "algorithms/interval_columns.hpp"
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

// What reads the common lines: the fastest reader this processor can run (AVX-512, AVX2, or the
// portable one), or for tests a slower one (AVX2 where the processor has it, else the portable one).
enum class LineReader { fastest, avx2, portable };

// How read_interval_columns divides its work: 0 means the default.
struct SliceOptions {
  unsigned slices = 0;          // threads parsing at once (default: one per core for a large input)
  std::size_t chunk_bytes = 0;  // bytes parsed between giving pages back (default 4 MiB)
  LineReader reader = LineReader::fastest;
};

// The intervals of line input (`START END` lines: the caller has checked that the input is not a
// LeetCode literal) in input order, as columns. A file (or text) is parsed in slices on several
// threads; the intervals, and the error for bad input (the first in input order), are exactly those
// of read_intervals.
algo::IntervalColumns read_interval_columns(io::Input& input, IntervalKind kind, SliceOptions options = {});

}  // namespace prep::problems
