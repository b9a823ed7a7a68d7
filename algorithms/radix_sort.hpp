// radix_sort.hpp — stable least-significant-digit radix sort by a signed 64-bit key.
//
// Sorting is the whole cost of the interval problems, and their keys are integers: an 11-bit-digit
// LSD radix sort of key − min does one pass per digit of the key range (three for keys below 2^33),
// and skips a digit on which every key agrees, after one shared counting pass.
//
// Time: O(n · d), d = ⌈bits of (max key − min key) / 11⌉ ≤ 6; O(n) extra space.
// Preconditions: key(item) is cheap and pure.
// Guarantees: ascending by key; stable (items with equal keys keep their order).
// Status: stress-tested against std::stable_sort (tests/algorithms/test_radix_sort.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace prep::algo {

template <typename T, typename Key>
void radix_sort(std::vector<T>& items, Key key) {
  constexpr unsigned digit_bits = 11;
  constexpr std::size_t buckets = std::size_t{1} << digit_bits;
  const std::size_t n = items.size();
  if (n < 2) return;

  // Sort by key - min as an unsigned number: only the digits of the key range take passes.
  std::int64_t lo = static_cast<std::int64_t>(key(items[0]));
  std::int64_t hi = lo;
  for (const T& item : items) {
    const auto k = static_cast<std::int64_t>(key(item));
    lo = k < lo ? k : lo;
    hi = k > hi ? k : hi;
  }
  const auto range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
  if (range == 0) return;
  unsigned digits = 0;
  while (digits * digit_bits < 64 && (range >> (digits * digit_bits)) != 0) ++digits;
  const auto offset_key = [&key, lo](const T& item) {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(key(item))) - static_cast<std::uint64_t>(lo);
  };

  std::vector<std::array<std::size_t, buckets>> counts(digits);
  for (auto& c : counts) c.fill(0);
  for (const T& item : items) {
    const std::uint64_t k = offset_key(item);
    for (unsigned d = 0; d < digits; ++d) ++counts[d][(k >> (d * digit_bits)) & (buckets - 1)];
  }

  std::vector<T> scratch(n);
  for (unsigned d = 0; d < digits; ++d) {
    auto& count = counts[d];
    const unsigned shift = d * digit_bits;
    if (count[(offset_key(items[0]) >> shift) & (buckets - 1)] == n) continue;  // all keys share this digit
    std::size_t sum = 0;
    for (auto& c : count) sum += std::exchange(c, sum);
    for (const T& item : items) scratch[count[(offset_key(item) >> shift) & (buckets - 1)]++] = item;
    items.swap(scratch);
  }
}

namespace detail {

// LSD passes over the low `bits` bits of key(item) - lo for items[first, last), through scratch.
template <typename T, typename OffsetKey>
void lsd_passes(T* first, T* last, unsigned bits, OffsetKey offset_key, std::vector<T>& scratch) {
  constexpr unsigned digit_bits = 11;
  constexpr std::size_t buckets = std::size_t{1} << digit_bits;
  const auto n = static_cast<std::size_t>(last - first);
  if (n < 2 || bits == 0) return;
  if (n <= 32) {  // insertion sort: cheaper than counting for tiny ranges
    for (T* i = first + 1; i != last; ++i) {
      T value = *i;
      T* j = i;
      for (; j != first && offset_key(j[-1]) > offset_key(value); --j) *j = j[-1];
      *j = value;
    }
    return;
  }
  if (scratch.size() < n) scratch.resize(n);
  T* from = first;
  T* to = scratch.data();
  std::array<std::size_t, buckets> count{};
  for (unsigned shift = 0; shift < bits; shift += digit_bits) {
    const std::uint64_t mask = bits - shift >= digit_bits ? buckets - 1 : (std::uint64_t{1} << (bits - shift)) - 1;
    count.fill(0);
    for (T* p = from; p != from + n; ++p) ++count[(offset_key(*p) >> shift) & mask];
    std::size_t sum = 0;
    for (auto& c : count) sum += std::exchange(c, sum);
    for (T* p = from; p != from + n; ++p) to[count[(offset_key(*p) >> shift) & mask]++] = *p;
    std::swap(from, to);
  }
  if (from != first) std::copy(from, from + n, first);
}

}  // namespace detail

// Unstable in-place radix sort by a signed 64-bit key: most-significant digit first, in place
// (American flag sort), until a bucket is small enough to finish with LSD passes in cache.
// Time: O(n · d) as radix_sort; extra space O(2^16) items, however large n is. Not stable.
// The range [first, last) form sorts part of an array the same way.
template <typename T, typename Key>
void radix_sort_in_place(T* first, T* last, Key key) {
  constexpr unsigned digit_bits = 11;
  constexpr std::size_t buckets = std::size_t{1} << digit_bits;
  constexpr std::size_t small = std::size_t{1} << 16;  // finish with LSD below this many items
  if (last - first < 2) return;
  std::int64_t lo = static_cast<std::int64_t>(key(*first));
  std::int64_t hi = lo;
  for (const T& item : std::span<const T>(first, last)) {
    const auto k = static_cast<std::int64_t>(key(item));
    lo = k < lo ? k : lo;
    hi = k > hi ? k : hi;
  }
  const auto range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
  unsigned bits = 0;
  while (bits < 64 && (range >> bits) != 0) ++bits;
  const auto offset_key = [&key, lo](const T& item) {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(key(item))) - static_cast<std::uint64_t>(lo);
  };

  std::vector<T> scratch;
  struct Range {
    T* first;
    T* last;
    unsigned bits;  // key bits still to sort on (the low ones)
  };
  std::vector<Range> todo{{first, last, bits}};
  std::array<std::size_t, buckets> count{};
  std::array<T*, buckets> head{};
  std::array<T*, buckets> tail{};
  while (!todo.empty()) {
    const Range r = todo.back();
    todo.pop_back();
    const auto n = static_cast<std::size_t>(r.last - r.first);
    if (n <= small || r.bits <= digit_bits) {
      detail::lsd_passes(r.first, r.last, r.bits, offset_key, scratch);
      continue;
    }
    const unsigned shift = r.bits - digit_bits;
    const auto digit = [&](const T& item) { return (offset_key(item) >> shift) & (buckets - 1); };
    count.fill(0);
    for (T* p = r.first; p != r.last; ++p) ++count[digit(*p)];
    T* at = r.first;
    for (std::size_t b = 0; b < buckets; ++b) {
      head[b] = at;
      at += count[b];
      tail[b] = at;
    }
    // Cycle each misplaced item to the next free slot of its bucket.
    for (std::size_t b = 0; b < buckets; ++b) {
      while (head[b] != tail[b]) {
        T value = *head[b];
        std::size_t d = digit(value);
        while (d != b) {
          std::swap(value, *head[d]++);
          d = digit(value);
        }
        *head[b]++ = value;
      }
    }
    at = r.first;
    for (std::size_t b = 0; b < buckets; ++b) {
      if (count[b] > 1) todo.push_back({at, at + count[b], shift});
      at += count[b];
    }
  }
}

template <typename T, typename Key>
void radix_sort_in_place(std::vector<T>& items, Key key) {
  radix_sort_in_place(items.data(), items.data() + items.size(), key);
}

}  // namespace prep::algo
