// prefix_index.hpp — longest-prefix lookup over keys of up to 16 decimal digits: a direct table on a
// number's first few digits over short sorted buckets (the idea of IP routing tables' DIR-24-8, in
// base 10). For a rate deck or a dialling-code table, where a trie walk costs a cache miss per digit.
//
// With D = the first digits indexed (1 to 6, about log10 of the number of keys): the keys shorter
// than D are pushed down into a table of the answers for every string of fewer than D digits; every
// other key sits in the bucket of its first D digits (its block) as its remaining digits, packed four
// bits each, and the table of blocks holds only where each bucket starts (4 bytes a block: 4 MiB at
// D = 6, mostly in cache). A number whose block has no keys is answered by its first D - 1 digits.
// Within a bucket, keys are in lexicographic order, which puts each key after its own prefixes, so
// the longest key that is a prefix of a number is the last one found (a bucket of up to 8 keys is
// scanned). In a longer bucket the answer is the nearest key at or before the number in that order,
// or a key on its chain of prefixes: one bisection, then at most one step per digit. A lookup thus
// reads one small table and at most one bucket: about one cache miss.
//
// Time: build O(n + 10^D) (keys put in block order by counting, then each bucket sorted: O(b log b)
//   for a bucket of b keys); lookup O(1) while buckets hold at most 8 keys, O(log b + 16) beyond.
// Memory: 4 bytes per block (4 MiB at D = 6), 0.9 MiB for answers shorter than D, 16 per other key.
// Preconditions: keys of 1 to 16 digits, packed by pack(); no value is `none`. Equal keys make
//   build() fail (nullopt). A number's digits after the 16th never change its answer (no key is longer).
// Status: compared with a brute-force scan of every key, on small alphabets (long chains of keys
//   that are prefixes of each other, buckets over the scan limit) and random inputs
//   (tests/algorithms/test_prefix_index.cpp).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/packed_digits.hpp"

namespace prep::algo {

class PrefixIndex {
 public:
  static constexpr std::uint64_t none = ~std::uint64_t{0};
  static constexpr std::size_t max_key_digits = 16;

  // Up to 16 digits in one word (algorithms/packed_digits.hpp): ordering packed keys orders the
  // digit strings lexicographically, a prefix first.
  static std::uint64_t pack(std::string_view digits) { return pack_digits(digits); }

  struct Entry {
    std::uint64_t key;    // pack(digits)
    std::uint64_t value;  // what a lookup returns for it
  };

  // An index of no keys.
  PrefixIndex() { fill({}); }
  // The index of the entries of every part (in any order), or nullopt if two entries have the same
  // key (see Preconditions for the rest).
  static std::optional<PrefixIndex> build(std::span<const std::span<const Entry>> parts) {
    PrefixIndex index{Unfilled{}};
    if (!index.fill(parts)) return std::nullopt;
    return index;
  }
  static std::optional<PrefixIndex> build(std::span<const Entry> entries) { return build(std::span(&entries, 1)); }

  // The value of the longest key that is a prefix of digits (a string of '0'..'9'), or none.
  [[nodiscard]] std::uint64_t longest_prefix(std::string_view digits) const;

  // out[i] = longest_prefix(texts[i]) for every i, with the cache misses of neighbouring lookups
  // overlapped (the table of a million keys does not fit in cache).
  void longest_prefixes(std::span<const std::string_view> texts, std::span<std::uint64_t> out) const;

  [[nodiscard]] std::size_t indexed_digits() const { return digits_; }
  [[nodiscard]] std::size_t memory_bytes() const {
    return start_.bytes() + shorter_.capacity() * sizeof(std::uint64_t) + bucket_.bytes() +
           parent_.capacity() * sizeof(std::uint32_t);
  }

 private:
  struct Unfilled {};
  explicit PrefixIndex(Unfilled /*unused*/) {}

  static constexpr std::uint32_t no_parent = ~std::uint32_t{0};
  static constexpr std::uint32_t scan_limit = 8;  // longer buckets are bisected

  // Whether key (packed, or 0 for no digits) is a prefix of text (packed): they agree on the key's digits.
  static bool is_prefix(std::uint64_t key, std::uint64_t text) {
    return key == 0 || ((key ^ text) >> (__builtin_ctzll(key) & ~3)) == 0;
  }
  // The value of the first d ≤ 8 digits of text, read as a decimal number.
  static std::uint32_t leading(std::string_view text, std::size_t d) {
    if (text.size() >= 8 && std::endian::native == std::endian::little) {
      // Eight digits at once, the d wanted made the low end of "00…0" + them (SWAR: digit pairs,
      // then pairs of pairs, then the two halves, each step one multiply).
      std::uint64_t x = 0;
      std::memcpy(&x, text.data(), 8);
      x = (x - 0x3030303030303030) << (8 * (8 - d));
      x = (x * 10 + (x >> 8)) & 0x00FF00FF00FF00FF;
      x = (x * 100 + (x >> 16)) & 0x0000FFFF0000FFFF;
      return static_cast<std::uint32_t>(x * 10000 + (x >> 32));
    }
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
  // The answer for a number of at least D digits whose first D are block v.
  [[nodiscard]] std::uint64_t in_block(std::uint32_t v, std::string_view digits) const;
  // Builds the index (see build); false if two keys are equal.
  bool fill(std::span<const std::span<const Entry>> parts);
  // in_block for a bucket of more than scan_limit keys, text the digits after the first D, packed.
  [[nodiscard]] std::uint64_t bisect(std::uint32_t from, std::uint32_t to, std::uint64_t best, std::uint64_t text) const;

  std::size_t digits_ = 1;               // D
  std::size_t rest_digits_ = 0;          // the most digits after the first D of any key
  std::size_t above_ = 0;                // level_start(D - 1): where the answers for D - 1 digits start
  BigArray<std::uint32_t> start_;        // 10^D + 1: block v's keys are bucket_[start_[v], start_[v + 1])
  std::vector<std::uint64_t> shorter_;   // answers for numbers of 0 .. D-1 digits, level by level
  BigArray<Entry> bucket_;               // keys of D digits or more: the digits after the first D, packed
  std::vector<std::uint32_t> parent_;    // per bucket key: its longest prefix in the bucket, or no_parent
};

}  // namespace prep::algo
