#include "algorithms/intervals.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <vector>

using prep::algo::Interval;

namespace {

// Brute force: mark every covered integer point (closed intervals; touching ends share a point,
// and intervals that are adjacent integers such as [1,2] and [3,4] do not touch).
std::vector<Interval> brute_merge(const std::vector<Interval>& intervals) {
  std::set<std::int64_t> points;
  for (const Interval& i : intervals) {
    for (std::int64_t x = i.start; x <= i.end; ++x) points.insert(x);
  }
  // Intervals [1,2] and [3,4] share no point but also do not overlap: keep them apart by checking
  // coverage of the half-point between them: covered iff some interval contains both.
  std::vector<Interval> merged;
  for (const std::int64_t x : points) {
    const bool joins = !merged.empty() && merged.back().end == x - 1 &&
                       std::any_of(intervals.begin(), intervals.end(),
                                   [&](const Interval& i) { return i.start <= x - 1 && x <= i.end; });
    if (joins) {
      merged.back().end = x;
    } else {
      merged.push_back({x, x});
    }
  }
  return merged;
}

// Brute force: most meetings containing any single time t (half-open), checked at every start.
std::int64_t brute_rooms(const std::vector<Interval>& meetings) {
  std::int64_t most = 0;
  for (const Interval& m : meetings) {
    std::int64_t here = 0;
    for (const Interval& other : meetings) here += other.start <= m.start && m.start < other.end;
    most = std::max(most, here);
  }
  return most;
}

// Brute force of the assignment rule: in (start, end, position) order, lowest room free at start.
std::vector<std::int64_t> brute_assign(const std::vector<Interval>& meetings) {
  std::vector<std::size_t> order(meetings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (meetings[a].start != meetings[b].start) return meetings[a].start < meetings[b].start;
    if (meetings[a].end != meetings[b].end) return meetings[a].end < meetings[b].end;
    return a < b;
  });
  std::vector<std::int64_t> room(meetings.size(), 0);
  std::vector<std::size_t> done;
  for (const std::size_t i : order) {
    for (std::int64_t r = 1;; ++r) {
      const bool busy = std::any_of(done.begin(), done.end(), [&](std::size_t j) {
        return room[j] == r && meetings[j].end > meetings[i].start;
      });
      if (!busy) {
        room[i] = r;
        break;
      }
    }
    done.push_back(i);
  }
  return room;
}

std::vector<Interval> random_intervals(std::mt19937_64& rng, std::size_t n, std::int64_t span, bool strict) {
  std::vector<Interval> v;
  for (std::size_t i = 0; i < n; ++i) {
    const auto a = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(span)) - span / 2;
    const auto length = static_cast<std::int64_t>(rng() % 6) + (strict ? 1 : 0);
    v.push_back({a, a + length});
  }
  return v;
}

}  // namespace

TEST_CASE("merge_closed: empty, one, touching, nested") {
  CHECK(prep::algo::merge_closed({}).empty());
  CHECK(prep::algo::merge_closed({{3, 3}}) == std::vector<Interval>{{3, 3}});
  CHECK(prep::algo::merge_closed({{4, 5}, {1, 4}}) == std::vector<Interval>{{1, 5}});
  CHECK(prep::algo::merge_closed({{1, 2}, {3, 4}}) == std::vector<Interval>{{1, 2}, {3, 4}});
  CHECK(prep::algo::merge_closed({{1, 10}, {2, 3}, {4, 5}}) == std::vector<Interval>{{1, 10}});
  CHECK(prep::algo::merge_closed({{1, 3}, {2, 6}, {8, 10}, {15, 18}}) ==
        std::vector<Interval>{{1, 6}, {8, 10}, {15, 18}});
  constexpr auto lo = std::numeric_limits<std::int64_t>::min();
  constexpr auto hi = std::numeric_limits<std::int64_t>::max();
  CHECK(prep::algo::merge_closed({{0, hi}, {lo, 0}}) == std::vector<Interval>{{lo, hi}});
}

TEST_CASE("merge_closed: random against brute force") {
  std::mt19937_64 rng(2024);
  for (int round = 0; round < 500; ++round) {
    const auto intervals = random_intervals(rng, rng() % 12, 40, false);
    CAPTURE(round);
    CHECK(prep::algo::merge_closed(intervals) == brute_merge(intervals));
  }
}

TEST_CASE("meeting rooms: small cases") {
  CHECK(prep::algo::min_meeting_rooms({}) == 0);
  CHECK(prep::algo::can_attend_all({}));
  CHECK(prep::algo::min_meeting_rooms({{0, 30}, {5, 10}, {15, 20}}) == 2);
  CHECK_FALSE(prep::algo::can_attend_all({{0, 30}, {5, 10}, {15, 20}}));
  CHECK(prep::algo::can_attend_all({{7, 10}, {2, 4}}));
  CHECK(prep::algo::min_meeting_rooms({{1, 5}, {5, 10}}) == 1);
  CHECK(prep::algo::assign_rooms({{0, 30}, {5, 10}, {15, 20}}) == std::vector<std::int64_t>{1, 2, 2});
}

TEST_CASE("meeting rooms: random against brute force") {
  std::mt19937_64 rng(99);
  for (int round = 0; round < 500; ++round) {
    const auto meetings = random_intervals(rng, rng() % 14, 30, true);
    CAPTURE(round);
    const std::int64_t rooms = brute_rooms(meetings);
    CHECK(prep::algo::min_meeting_rooms(meetings) == rooms);
    CHECK(prep::algo::can_attend_all(meetings) == (rooms <= 1));
    const auto assigned = prep::algo::assign_rooms(meetings);
    CHECK(assigned == brute_assign(meetings));
    const std::int64_t used = assigned.empty() ? 0 : *std::max_element(assigned.begin(), assigned.end());
    CHECK(used == rooms);
  }
}
