// intervals.hpp — merging intervals and scheduling meetings (LeetCode 56, 252, 253).
//
// merge_closed: closed intervals [start, end]; those that overlap or touch (1 4 and 4 5) merge.
// Meetings are half-open [start, end): one ending at 10 and one starting at 10 do not conflict.
//
// Time: O(n) after an O(n · d) radix sort by start (d ≤ 6 digit passes); assign_rooms O(n log n).
// Preconditions: start <= end for merge_closed; start < end for meetings (asserted).
// Guarantees: merge_closed returns disjoint, non-touching intervals sorted by start.
//   assign_rooms takes meetings in order of (start, end, input position) and gives each the
//   lowest-numbered room free at its start; rooms are numbered from 1 and the number used is minimal.
// Status: stress-tested against brute force (tests/algorithms/test_intervals.cpp).
#pragma once

#include <cstdint>
#include <vector>

namespace prep::algo {

struct Interval {
  std::int64_t start;
  std::int64_t end;
  friend bool operator==(const Interval&, const Interval&) = default;
};

// The union of closed intervals, as disjoint intervals sorted by start. Reorders its argument.
std::vector<Interval> merge_closed(std::vector<Interval> intervals);

// The largest number of half-open meetings in progress at one time: the rooms needed.
// Reorders its argument (pass a copy, or std::move what is not needed after).
std::int64_t min_meeting_rooms(std::vector<Interval> meetings);

// True if no two half-open meetings overlap.
bool can_attend_all(std::vector<Interval> meetings);

// The room (from 1) of each meeting, by input position; see the guarantees above.
std::vector<std::int64_t> assign_rooms(const std::vector<Interval>& meetings);

}  // namespace prep::algo
