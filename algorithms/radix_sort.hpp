// radix_sort.hpp — stable least-significant-digit radix sort by a signed 64-bit key.
//
// Sorting is the whole cost of the interval problems, and their keys are integers: an 11-bit-digit
// LSD radix sort does at most six linear passes, and fewer in practice, because a digit on which
// every key agrees (the high digits of small numbers) is skipped after one shared counting pass.
//
// Time: O(n · d) with d ≤ 6 the number of digits on which keys differ; O(n) extra space.
// Preconditions: key(item) is cheap and pure.
// Guarantees: ascending by key; stable (items with equal keys keep their order).
// Status: stress-tested against std::stable_sort (tests/algorithms/test_radix_sort.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace prep::algo {

template <typename T, typename Key>
void radix_sort(std::vector<T>& items, Key key) {
  constexpr int digit_bits = 11;
  constexpr int digits = (64 + digit_bits - 1) / digit_bits;
  constexpr std::size_t buckets = std::size_t{1} << digit_bits;
  const std::size_t n = items.size();
  if (n < 2) return;

  // Signed order = unsigned order of the key with its sign bit flipped.
  const auto ukey = [&key](const T& item) {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(key(item))) ^ (std::uint64_t{1} << 63);
  };
  std::vector<std::array<std::size_t, buckets>> counts(digits);
  for (auto& c : counts) c.fill(0);
  for (const T& item : items) {
    const std::uint64_t k = ukey(item);
    for (int d = 0; d < digits; ++d) ++counts[static_cast<std::size_t>(d)][(k >> (d * digit_bits)) & (buckets - 1)];
  }

  std::vector<T> scratch(n);
  for (int d = 0; d < digits; ++d) {
    auto& count = counts[static_cast<std::size_t>(d)];
    const std::uint64_t first_digit = (ukey(items[0]) >> (d * digit_bits)) & (buckets - 1);
    if (count[first_digit] == n) continue;  // every key has this digit: the pass would change nothing
    std::size_t offset = 0;
    for (auto& c : count) offset += std::exchange(c, offset);
    for (const T& item : items) scratch[count[(ukey(item) >> (d * digit_bits)) & (buckets - 1)]++] = item;
    items.swap(scratch);
  }
}

}  // namespace prep::algo
