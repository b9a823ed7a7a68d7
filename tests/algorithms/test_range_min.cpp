#include "algorithms/range_min.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

using prep::algo::RangeMin;

namespace {

void check_all_ranges(const std::vector<std::uint32_t>& values) {
  const RangeMin rmq(values);
  REQUIRE(rmq.size() == values.size());
  for (std::size_t first = 0; first < values.size(); ++first) {
    std::uint32_t expected = values[first];
    for (std::size_t last = first; last < values.size(); ++last) {
      expected = std::min(expected, values[last]);
      if (rmq.min(first, last) != expected) {
        FAIL("size ", values.size(), " range [", first, ", ", last, "]: got ", rmq.min(first, last),
             " expected ", expected);
      }
    }
  }
}

}  // namespace

TEST_CASE("range_min: empty and one value") {
  CHECK(RangeMin(std::vector<std::uint32_t>{}).size() == 0);
  const RangeMin one(std::vector<std::uint32_t>{7});
  CHECK(one.min(0, 0) == 7);
}

TEST_CASE("range_min: monotone and constant arrays around the block size") {
  for (std::size_t n : {63u, 64u, 65u, 127u, 128u, 129u, 300u}) {
    std::vector<std::uint32_t> up(n), down(n), flat(n, 5);
    for (std::size_t i = 0; i < n; ++i) {
      up[i] = static_cast<std::uint32_t>(i);
      down[i] = static_cast<std::uint32_t>(n - i);
    }
    check_all_ranges(up);
    check_all_ranges(down);
    check_all_ranges(flat);
  }
}

TEST_CASE("range_min: every range of random arrays against a linear scan") {
  std::mt19937 rng(42);
  for (int round = 0; round < 60; ++round) {
    const std::size_t n = rng() % 400;
    const std::uint32_t domain = round % 3 == 0 ? 3 : (round % 3 == 1 ? 50 : 0xffffffffu);  // with and without ties
    std::vector<std::uint32_t> values(n);
    for (auto& v : values) v = static_cast<std::uint32_t>(rng() % domain);
    check_all_ranges(values);
  }
}

TEST_CASE("range_min: random queries on a large array") {
  std::mt19937 rng(7);
  const std::size_t n = 200'000;
  std::vector<std::uint32_t> values(n);
  for (auto& v : values) v = static_cast<std::uint32_t>(rng());
  // Prefix minima give the expected answer for ranges starting at 0; a short scan for the others.
  const RangeMin rmq(values);
  std::uint32_t prefix = values[0];
  for (std::size_t last = 0; last < n; ++last) {
    prefix = std::min(prefix, values[last]);
    if (rmq.min(0, last) != prefix) FAIL("prefix [0, ", last, "]");
  }
  for (int q = 0; q < 20'000; ++q) {
    std::size_t first = rng() % n, last = rng() % n;
    if (first > last) std::swap(first, last);
    last = std::min(last, first + 5000);
    const std::uint32_t expected = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(first),
                                                     values.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    if (rmq.min(first, last) != expected) FAIL("range [", first, ", ", last, "]");
  }
}
