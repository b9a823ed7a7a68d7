#include "algorithms/interval_columns.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "algorithms/intervals.hpp"

using prep::algo::Interval;
using prep::algo::IntervalColumns;

namespace {

// The intervals split into `parts` parts at random places (some parts may be empty).
IntervalColumns columns_of(const std::vector<Interval>& intervals, unsigned parts, std::mt19937_64& rng) {
  IntervalColumns columns;
  columns.parts.resize(parts);
  std::vector<std::size_t> cuts{0, intervals.size()};
  for (unsigned p = 1; p < parts; ++p) cuts.push_back(std::uniform_int_distribution<std::size_t>(0, intervals.size())(rng));
  std::sort(cuts.begin(), cuts.end());
  for (unsigned p = 0; p < parts; ++p) {
    for (std::size_t i = cuts[p]; i < cuts[p + 1]; ++i) columns.parts[p].push_back(intervals[i]);
  }
  return columns;
}

// merge_closed on columns, its pieces put together in order.
std::vector<Interval> merged(IntervalColumns columns, unsigned threads) {
  std::vector<std::vector<Interval>> pieces(threads);
  prep::algo::merge_closed(std::move(columns), threads, [&](unsigned piece, std::span<const Interval> batch) {
    REQUIRE(piece < threads);
    pieces[piece].insert(pieces[piece].end(), batch.begin(), batch.end());
  });
  std::vector<Interval> out;
  for (const std::vector<Interval>& piece : pieces) out.insert(out.end(), piece.begin(), piece.end());
  return out;
}

std::vector<Interval> merged_by_columns(const std::vector<Interval>& intervals, unsigned parts, unsigned threads,
                                        std::mt19937_64& rng) {
  return merged(columns_of(intervals, parts, rng), threads);
}

// Random intervals of one of several shapes: few distinct values (many ties and touching ends),
// values around 1e9 (32-bit keys), ranges wider than 2^32 (64-bit keys), the whole int64 range,
// and one crowded spot (a bucket too large to sort in cache).
std::vector<Interval> random_intervals(std::size_t n, int shape, bool half_open, std::mt19937_64& rng) {
  constexpr std::int64_t lo = std::numeric_limits<std::int64_t>::min();
  constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
  std::vector<Interval> out;
  out.reserve(n);
  const auto pick = [&](std::int64_t a, std::int64_t b) { return std::uniform_int_distribution<std::int64_t>(a, b)(rng); };
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t s = 0;
    std::int64_t len = 0;
    switch (shape) {
      case 0: s = pick(-20, 20); len = pick(0, 6); break;
      case 1: s = pick(0, 999'999'999); len = pick(0, 1000); break;
      case 2: s = pick(-(std::int64_t{1} << 40), std::int64_t{1} << 40); len = pick(0, std::int64_t{1} << 30); break;
      case 3: s = pick(lo, hi - 1); len = pick(0, 3); if (pick(0, 50) == 0) { s = pick(lo, 0); len = pick(0, hi); } break;
      default: s = pick(0, 9) == 0 ? pick(0, std::int64_t{1} << 31) : pick(1000, 1000 + 3'000'000); len = pick(0, 200); break;
    }
    if (half_open && len == 0) len = 1;
    if (s > hi - len) s = hi - len;
    out.push_back({s, s + len});
  }
  return out;
}

}  // namespace

TEST_CASE("interval columns: empty, one, touching, nested, extremes") {
  std::mt19937_64 rng(1);
  constexpr std::int64_t lo = std::numeric_limits<std::int64_t>::min();
  constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
  CHECK(merged_by_columns({}, 1, 1, rng).empty());
  CHECK(merged_by_columns({}, 3, 2, rng).empty());
  CHECK(merged_by_columns({{3, 3}}, 2, 2, rng) == std::vector<Interval>{{3, 3}});
  CHECK(merged_by_columns({{4, 5}, {1, 4}}, 1, 1, rng) == std::vector<Interval>{{1, 5}});
  CHECK(merged_by_columns({{1, 2}, {3, 4}}, 2, 1, rng) == std::vector<Interval>{{1, 2}, {3, 4}});
  CHECK(merged_by_columns({{1, 10}, {2, 3}, {4, 5}}, 1, 1, rng) == std::vector<Interval>{{1, 10}});
  CHECK(merged_by_columns({{0, hi}, {lo, 0}}, 1, 1, rng) == std::vector<Interval>{{lo, hi}});
  CHECK(merged_by_columns({{lo, lo}, {hi, hi}}, 1, 1, rng) == std::vector<Interval>{{lo, lo}, {hi, hi}});
  CHECK(prep::algo::min_meeting_rooms(IntervalColumns{}, 2) == 0);
  CHECK(prep::algo::can_attend_all(IntervalColumns{}, 2));
  CHECK(prep::algo::min_meeting_rooms(columns_of({{0, 30}, {5, 10}, {15, 20}}, 2, rng), 2) == 2);
  CHECK(prep::algo::min_meeting_rooms(columns_of({{1, 5}, {5, 10}}, 1, rng), 1) == 1);
  CHECK(prep::algo::min_meeting_rooms(columns_of({{lo, hi}, {lo, lo + 1}, {hi - 1, hi}}, 1, rng), 1) == 2);
  CHECK_FALSE(prep::algo::can_attend_all(columns_of({{0, 30}, {5, 10}}, 1, rng), 1));
  CHECK(prep::algo::can_attend_all(columns_of({{7, 10}, {2, 4}, {4, 7}}, 2, rng), 2));
}

TEST_CASE("interval columns: random shapes, parts and threads against the sorting versions") {
  std::mt19937_64 rng(20240607);
  const std::size_t sizes[] = {0, 1, 2, 5, 50, 700, 5000, 70000, 150000};
  for (const std::size_t n : sizes) {
    for (int shape = 0; shape < 5; ++shape) {
      const int rounds = n >= 70000 ? 1 : 6;
      for (int round = 0; round < rounds; ++round) {
        const auto parts = static_cast<unsigned>(rng() % 4 + 1);
        const auto threads = static_cast<unsigned>(rng() % 3 + 1);
        CAPTURE(n);
        CAPTURE(shape);
        CAPTURE(parts);
        CAPTURE(threads);
        const std::vector<Interval> closed = random_intervals(n, shape, false, rng);
        CHECK(merged_by_columns(closed, parts, threads, rng) == prep::algo::merge_closed(closed));
        const std::vector<Interval> meetings = random_intervals(n, shape, true, rng);
        const std::int64_t rooms = prep::algo::min_meeting_rooms(meetings);
        CHECK(prep::algo::min_meeting_rooms(columns_of(meetings, parts, rng), threads) == rooms);
        CHECK(prep::algo::can_attend_all(columns_of(meetings, parts, rng), threads) == prep::algo::can_attend_all(meetings));
      }
    }
  }
}

TEST_CASE("interval columns: disjoint meetings, one long meeting over many, a crowded bucket") {
  std::mt19937_64 rng(7);
  std::vector<Interval> disjoint;
  for (std::int64_t i = 0; i < 100000; ++i) disjoint.push_back({3 * i, 3 * i + 2});
  std::shuffle(disjoint.begin(), disjoint.end(), rng);
  CHECK(prep::algo::can_attend_all(columns_of(disjoint, 2, rng), 2));
  CHECK(merged_by_columns(disjoint, 2, 2, rng).size() == disjoint.size());
  std::vector<Interval> crowded = disjoint;
  for (auto& m : crowded) m = {m.start % 5, m.start % 5 + 1};  // 100000 meetings in 5 places
  crowded.push_back({-(std::int64_t{1} << 40), std::int64_t{1} << 40});
  CHECK(prep::algo::min_meeting_rooms(columns_of(crowded, 3, rng), 2) == prep::algo::min_meeting_rooms(crowded));
  CHECK(merged_by_columns(crowded, 3, 2, rng) == prep::algo::merge_closed(crowded));
}

TEST_CASE("interval columns: merge's gap test at every index, at none, and at task boundaries") {
  std::mt19937_64 rng(11);
  const std::int64_t n = 200000;
  std::vector<Interval> touching;  // [i, i + 1]: each touches the next, one merged interval
  std::vector<Interval> apart;     // [2i, 2i]: a gap after every one
  std::vector<Interval> pairs;     // [4i, 4i + 1] and [4i + 1, 4i + 2]: a gap after every second end
  for (std::int64_t i = 0; i < n; ++i) {
    touching.push_back({i, i + 1});
    apart.push_back({2 * i, 2 * i});
    pairs.push_back({4 * (i / 2) + i % 2, 4 * (i / 2) + i % 2 + 1});
  }
  for (auto* intervals : {&touching, &apart, &pairs}) std::shuffle(intervals->begin(), intervals->end(), rng);
  for (unsigned threads = 1; threads <= 4; ++threads) {
    CAPTURE(threads);
    CHECK(merged_by_columns(touching, threads, threads, rng) == std::vector<Interval>{{0, n}});
    const std::vector<Interval> split = merged_by_columns(apart, 2, threads, rng);
    REQUIRE(split.size() == static_cast<std::size_t>(n));
    CHECK(split.front() == Interval{0, 0});
    CHECK(split.back() == Interval{2 * (n - 1), 2 * (n - 1)});
    CHECK(merged_by_columns(pairs, 3, threads, rng) == prep::algo::merge_closed(pairs));
  }
}

TEST_CASE("interval columns: merge's closes and opens at bucket edges, buckets that begin or end uncovered") {
  std::mt19937_64 rng(19);
  // Values in [0, 2^26) and 126978 intervals: 64 buckets of 2^20 values, so each multiple of 2^20 is
  // a bucket's first value. Each shape is shuffled and split at random into parts.
  const std::int64_t width = std::int64_t{1} << 20;
  std::vector<std::vector<Interval>> shapes(5, {{0, 0}, {(std::int64_t{1} << 26) - 1, (std::int64_t{1} << 26) - 1}});
  for (std::int64_t bucket = 1; bucket < 63; ++bucket) {
    const std::int64_t at = bucket * width;
    for (std::int64_t k = 0; k < 2048; ++k) {
      // Chains of touching intervals, one ending at a bucket's last value, the next starting at
      // the following bucket's first: nothing joins them.
      shapes[0].push_back({at + k * 512, std::min(at + k * 512 + 512, at + width - 1)});
      // The same, but each chain runs into the next: one merged interval over buckets 1 to 62.
      shapes[1].push_back({at + k * 512, at + k * 512 + 512});
      // Points at a bucket's first and last values and next to them (gaps of 0 and 1).
      shapes[2].push_back({at + k % 4 - 2, at + k % 4 - 2});
      // Buckets with only ends (long intervals from the bucket before) and buckets with only starts.
      shapes[3].push_back({at + k % 7, at + width + k % 5});
      // A gap of 1 value after every 8.
      shapes[4].push_back({at + 2 * k * 8, at + 2 * k * 8 + 7});
    }
  }
  for (std::size_t shape = 0; shape < shapes.size(); ++shape) {
    CAPTURE(shape);
    std::shuffle(shapes[shape].begin(), shapes[shape].end(), rng);
    const std::vector<Interval> expected = prep::algo::merge_closed(shapes[shape]);
    if (shape == 0) CHECK(expected.size() == 2 + 62);
    if (shape == 1) CHECK(expected.size() == 2 + 1);
    for (unsigned threads = 1; threads <= 3; ++threads) {
      CAPTURE(threads);
      CHECK(merged_by_columns(shapes[shape], threads, threads, rng) == expected);
    }
  }
}

TEST_CASE("interval columns: over a million intervals (the most buckets, full buckets) against the sorting versions") {
  std::mt19937_64 rng(13);
  for (const int shape : {1, 2, 4}) {
    CAPTURE(shape);
    const std::vector<Interval> closed = random_intervals(std::size_t{1} << 20 | 12345, shape, false, rng);
    CHECK(merged_by_columns(closed, 2, 2, rng) == prep::algo::merge_closed(closed));
    const std::vector<Interval> meetings = random_intervals(std::size_t{1} << 20 | 12345, shape, true, rng);
    CHECK(prep::algo::min_meeting_rooms(columns_of(meetings, 2, rng), 2) == prep::algo::min_meeting_rooms(meetings));
  }
}

TEST_CASE("interval columns: the ends' keys in a freed start column (written pages reused), 32- and 64-bit keys") {
  prep::algo::BasicColumn<std::uint32_t> column;
  column.reserve(1000);
  for (std::uint32_t i = 0; i < 10; ++i) column.push_back(i);
  prep::algo::BigArray<std::uint32_t> memory = column.release();
  CHECK(column.size() == 0);
  CHECK(column.capacity() == 0);
  REQUIRE(memory.bytes() >= 4000);
  const std::uint32_t* const at = memory.get();
  prep::algo::BigArray<std::uint64_t> wide = std::move(memory).recast<std::uint64_t>();
  CHECK(memory.get() == nullptr);
  CHECK(memory.bytes() == 0);
  CHECK(static_cast<const void*>(wide.get()) == static_cast<const void*>(at));
  CHECK(wide.size() == wide.bytes() / 8);

  std::mt19937_64 rng(17);
  for (const int shape : {0, 1, 2, 3}) {
    for (const std::size_t n : {std::size_t{100}, std::size_t{100000}}) {
      CAPTURE(shape);
      CAPTURE(n);
      // One part whose start column has room for every key of either width: the reuse is taken.
      for (const bool half_open : {false, true}) {
        const std::vector<Interval> intervals = random_intervals(n, shape, half_open, rng);
        IntervalColumns columns = columns_of(intervals, 1, rng);
        columns.parts[0].near_starts.reserve(4 * n);
        if (half_open) {
          CHECK(prep::algo::min_meeting_rooms(std::move(columns), 2) == prep::algo::min_meeting_rooms(intervals));
        } else {
          CHECK(merged(std::move(columns), 2) == prep::algo::merge_closed(intervals));
        }
      }
    }
  }
}
