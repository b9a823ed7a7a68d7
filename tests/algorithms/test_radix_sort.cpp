#include "algorithms/radix_sort.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

using prep::algo::radix_sort;

namespace {
using Item = std::pair<std::int64_t, std::size_t>;  // (key, original position)

void check_against_stable_sort(std::vector<Item> items) {
  std::vector<Item> expected = items;
  std::stable_sort(expected.begin(), expected.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
  radix_sort(items, [](const Item& item) { return item.first; });
  CHECK(items == expected);
}
}  // namespace

TEST_CASE("radix_sort: empty and one") {
  std::vector<std::int64_t> none;
  radix_sort(none, [](std::int64_t v) { return v; });
  CHECK(none.empty());
  std::vector<std::int64_t> one{42};
  radix_sort(one, [](std::int64_t v) { return v; });
  CHECK(one == std::vector<std::int64_t>{42});
}

TEST_CASE("radix_sort: extremes and signs") {
  constexpr auto lo = std::numeric_limits<std::int64_t>::min();
  constexpr auto hi = std::numeric_limits<std::int64_t>::max();
  std::vector<std::int64_t> v{hi, 0, -1, lo, 1, lo + 1, hi - 1, -2048, 2047, 2048};
  radix_sort(v, [](std::int64_t x) { return x; });
  CHECK(std::is_sorted(v.begin(), v.end()));
  CHECK(v.front() == lo);
  CHECK(v.back() == hi);
}

TEST_CASE("radix_sort: exhaustive small arrays over a small key set are sorted and stable") {
  const std::vector<std::int64_t> keys{-3, 0, 2, 4096};
  for (std::size_t n = 0; n <= 5; ++n) {
    std::size_t total = 1;
    for (std::size_t i = 0; i < n; ++i) total *= keys.size();
    for (std::size_t code = 0; code < total; ++code) {
      std::vector<Item> items;
      for (std::size_t i = 0, c = code; i < n; ++i, c /= keys.size()) items.emplace_back(keys[c % keys.size()], i);
      check_against_stable_sort(items);
    }
  }
}

TEST_CASE("radix_sort: random keys of every width against std::stable_sort") {
  std::mt19937_64 rng(7);
  for (const int bits : {1, 8, 11, 12, 22, 33, 63, 64}) {
    std::vector<Item> items;
    for (std::size_t i = 0; i < 5000; ++i) {
      std::uint64_t r = rng();
      if (bits < 64) r &= (std::uint64_t{1} << bits) - 1;
      auto key = static_cast<std::int64_t>(r);
      if (bits < 64 && rng() % 2 == 0) key = -key;
      items.emplace_back(key, i);
    }
    CAPTURE(bits);
    check_against_stable_sort(items);
  }
}

TEST_CASE("radix_sort_in_place: sorted by key, a permutation of the input") {
  std::mt19937_64 rng(11);
  for (const std::size_t n : {0UL, 1UL, 2UL, 31UL, 33UL, 1000UL, 70000UL, 300000UL}) {
    for (const int bits : {1, 11, 12, 23, 40, 64}) {
      std::vector<Item> items;
      for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t r = rng();
        if (bits < 64) r &= (std::uint64_t{1} << bits) - 1;
        items.emplace_back(static_cast<std::int64_t>(r) - (bits < 64 ? std::int64_t{1} << (bits - 1) : 0), i);
      }
      if (n > 1000) {  // a skewed half: many equal keys in one bucket
        for (std::size_t i = 0; i < n / 2; ++i) items[i].first = 7;
      }
      auto sorted = items;
      prep::algo::radix_sort_in_place(sorted, [](const Item& item) { return item.first; });
      CAPTURE(n);
      CAPTURE(bits);
      CHECK(std::is_sorted(sorted.begin(), sorted.end(), [](const Item& a, const Item& b) { return a.first < b.first; }));
      std::sort(items.begin(), items.end());
      std::sort(sorted.begin(), sorted.end());
      CHECK(sorted == items);
    }
  }
}
