// prefix_index.hpp — longest-prefix lookup over keys of up to 16 decimal digits: a direct table on a
// number's first few digits over short sorted buckets (the idea of IP routing tables' DIR-24-8, in
// base 10). For a rate deck or a dialling-code table, where a trie walk costs a cache miss per digit.
//
// With D = the first digits indexed (1 to 6, about log10 of the number of keys): every key of at most
// D digits is pushed down into a table of 10^D blocks, so that block b holds the longest of them that
// is a prefix of every number starting with b; every longer key sits in its block's bucket as its
// remaining digits, packed four bits each. Within a bucket, keys are in lexicographic order, which
// puts each key after its own prefixes, so the longest key that is a prefix of a number is the last
// one found (a bucket of up to 8 keys is scanned). In a longer bucket the answer is the nearest key
// at or before the number in that order, or a key on its chain of prefixes: one bisection, then at
// most one step per digit. A lookup is then one block and one bucket, two cache misses in all.
//
// Time: build O(n + 10^D) given the keys sorted; lookup O(1) while buckets hold at most 8 keys,
//   O(log b + 16) for a bucket of b keys.
// Memory: 16 bytes per block (16 MiB at D = 6), 8 bytes per key shorter than D, 20 per longer key.
// Preconditions: keys of 1 to 16 digits, packed by pack(), distinct and sorted; no value is `none`.
//   A number's digits after the 16th never change its answer (no key is longer).
// Status: compared with a brute-force scan of every key, on small alphabets (long chains of keys
//   that are prefixes of each other, buckets over the scan limit) and random inputs
//   (tests/algorithms/test_prefix_index.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "algorithms/big_array.hpp"

namespace prep::algo {

class PrefixIndex {
 public:
  static constexpr std::uint64_t none = ~std::uint64_t{0};
  static constexpr std::size_t max_key_digits = 16;

  // Up to 16 digits in one word, the first in the top four bits, each as its value + 1 (0 past the
  // end): ordering packed keys orders the digit strings lexicographically, a prefix first.
  static std::uint64_t pack(std::string_view digits) {
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < max_key_digits; ++i) {
      packed = packed << 4 | (i < digits.size() ? static_cast<std::uint64_t>(digits[i] - '0' + 1) : 0);
    }
    return packed;
  }

  struct Entry {
    std::uint64_t key;    // pack(digits)
    std::uint64_t value;  // what a lookup returns for it
  };

  PrefixIndex() : PrefixIndex(std::span<const Entry>()) {}
  // Builds the index over keys sorted by key (see Preconditions).
  explicit PrefixIndex(std::span<const Entry> sorted);

  // The value of the longest key that is a prefix of digits (a string of '0'..'9'), or none.
  [[nodiscard]] std::uint64_t longest_prefix(std::string_view digits) const;

  // out[i] = longest_prefix(texts[i]) for every i, with the cache misses of neighbouring lookups
  // overlapped (the table of a million keys does not fit in cache).
  void longest_prefixes(std::span<const std::string_view> texts, std::span<std::uint64_t> out) const;

  [[nodiscard]] std::size_t indexed_digits() const { return digits_; }
  [[nodiscard]] std::size_t memory_bytes() const {
    return blocks_.bytes() + shorter_.capacity() * sizeof(std::uint64_t) + bucket_.capacity() * sizeof(Entry) +
           parent_.capacity() * sizeof(std::uint32_t);
  }

 private:
  struct Block {
    std::uint64_t best;   // the longest key of at most D digits that is a prefix of the block's numbers
    std::uint32_t start;  // its longer keys: bucket_[start, start + count)
    std::uint32_t count;
  };
  static constexpr std::uint32_t no_parent = ~std::uint32_t{0};
  static constexpr std::uint32_t scan_limit = 8;  // longer buckets are bisected

  // Whether key (packed, non-zero) is a prefix of text (packed): they agree on the key's digits.
  static bool is_prefix(std::uint64_t key, std::uint64_t text) {
    return ((key ^ text) >> (__builtin_ctzll(key) & ~3)) == 0;
  }
  // The value of the first d digits of text, read as a decimal number.
  static std::uint32_t leading(std::string_view text, std::size_t d) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < d; ++i) v = v * 10 + static_cast<std::uint32_t>(text[i] - '0');
    return v;
  }
  // Where the answers for numbers of exactly k < D digits start in shorter_: (10^k - 1) / 9.
  static std::size_t level_start(std::size_t k) {
    std::size_t start = 0;
    for (std::size_t p = 1; k > 0; --k, p *= 10) start += p;
    return start;
  }
  // The answer for a number of at least D digits whose block is b.
  [[nodiscard]] std::uint64_t in_block(const Block& b, std::string_view digits) const;

  std::size_t digits_ = 1;               // D
  BigArray<Block> blocks_;               // 10^D
  std::vector<std::uint64_t> shorter_;   // answers for numbers of 0 .. D-1 digits, level by level
  std::vector<Entry> bucket_;            // keys longer than D: their digits after the first D, packed
  std::vector<std::uint32_t> parent_;    // per bucket key: its longest prefix in the bucket, or no_parent
};

}  // namespace prep::algo
