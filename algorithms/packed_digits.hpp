// packed_digits.hpp — up to 16 decimal digits in one 64-bit word, for sorting and comparing digit
// strings as integers (the digit trie's sort key, the prefix index's keys).
//
// Each digit takes four bits, the first on top, as its value + 1, and places past the string's end
// are 0. So ordering the words orders the strings lexicographically (a prefix before its
// extensions), and the top d places are the string's prefix of length d. Digits after the 16th are
// not kept.
// Time: O(digits). Preconditions: digits are '0'..'9'.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace prep::algo {

inline constexpr std::size_t packed_digits_max = 16;

inline std::uint64_t pack_digits(std::string_view digits) {
  const std::size_t count = std::min(digits.size(), packed_digits_max);
  if (count == 0) return 0;
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < count; ++i) packed = packed << 4 | static_cast<std::uint64_t>(digits[i] - '0' + 1);
  return packed << (4 * (packed_digits_max - count));  // count ≥ 1: a shift by less than 64
}

}  // namespace prep::algo
