// range_min.hpp — static range-minimum queries in O(1) after O(n) preprocessing, in O(n) memory.
//
// Serves the LCA of tree.hpp (which reduces every query to one range minimum). A sparse table over
// every position would need n log n words (80 MB for a million); instead each position keeps a 64-bit
// mask of the minima-stack of the 64 values ending at it, which answers any window of up to 64 values
// with one bit scan, and a sparse table is built only over the minima of whole blocks of 64.
//
// Time: construction O(n); min(first, last) O(1). Memory: 12 bytes per value plus (n/64) log(n/64) words.
// Preconditions: first <= last < size().
// Guarantees: min returns the smallest value of values[first..last], both ends included.
// Status: stress-tested against a linear scan on every range of random arrays
// (tests/algorithms/test_range_min.cpp).
#pragma once

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstdint>
#include <vector>

namespace prep::algo {

class RangeMin {
 public:
  RangeMin() = default;
  explicit RangeMin(std::vector<std::uint32_t> values);

  [[nodiscard]] std::size_t size() const { return values_.size(); }

  [[nodiscard]] std::uint32_t min(std::size_t first, std::size_t last) const {
    assert(first <= last && last < size());
    const std::size_t length = last - first + 1;
    if (length <= block) return window_min(last, length);
    std::uint32_t best = std::min(window_min(first + block - 1, block), window_min(last, block));
    // The two windows cover the partial blocks at both ends; whole blocks between come from the table.
    const std::size_t first_block = first / block + 1;
    const std::size_t last_block = last / block;  // exclusive
    if (first_block < last_block) {
      const auto level = static_cast<std::size_t>(std::bit_width(last_block - first_block) - 1);
      const std::uint32_t* row = table_.data() + level * blocks_;
      best = std::min({best, row[first_block], row[last_block - (std::size_t{1} << level)]});
    }
    return best;
  }

 private:
  static constexpr std::size_t block = 64;

  // Minimum of the `length` (1..64) values ending at position last. Bit k of masks_[last] is set when
  // values_[last - k] is smaller than every value after it up to last (the earliest of equal ones is
  // kept), so the highest set bit inside the window is the window's minimum.
  [[nodiscard]] std::uint32_t window_min(std::size_t last, std::size_t length) const {
    std::uint64_t mask = masks_[last];
    if (length < block) mask &= (std::uint64_t{1} << length) - 1;
    return values_[last - static_cast<std::size_t>(std::bit_width(mask) - 1)];
  }

  std::vector<std::uint32_t> values_;
  std::vector<std::uint64_t> masks_;
  std::size_t blocks_ = 0;            // whole blocks of 64
  std::vector<std::uint32_t> table_;  // table_[j * blocks_ + b]: min of blocks b .. b + 2^j - 1
};

}  // namespace prep::algo
