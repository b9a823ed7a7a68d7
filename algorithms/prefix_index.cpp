// prefix_index.cpp — building and searching the block table and its buckets (see prefix_index.hpp).
#include "algorithms/prefetch.hpp"
#include "algorithms/prefix_index.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <utility>

namespace prep::algo {

bool PrefixIndex::fill(std::span<const std::span<const Entry>> parts) {
  std::size_t n = 0;
  for (const std::span<const Entry> part : parts) n += part.size();
  // About one block per key: buckets average at most one key, and a small table stays small.
  std::size_t blocks = 10;
  while (digits_ < 6 && blocks < n) {
    ++digits_;
    blocks *= 10;
  }
  const std::size_t d = digits_;
  above_ = level_start(d - 1);
  const auto length_of = [](std::uint64_t key) { return max_key_digits - static_cast<std::size_t>(__builtin_ctzll(key)) / 4; };
  const auto block_of = [d](std::uint64_t key) {  // the value of the first D digits (D ≤ the key's length)
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < d; ++i) v = v * 10 + static_cast<std::uint32_t>((key >> (60 - 4 * i)) & 15) - 1;
    return v;
  };

  // Counting sort by block: keys shorter than D go straight to their level; the others are counted
  // per block (start_[v + 1]), then placed, start_[v] counting up to the end of block v. The table
  // of counts does not fit in the nearest caches, so its slots (and the places in the buckets) are
  // fetched a few keys ahead of their turn.
  constexpr std::uint32_t shorter = ~std::uint32_t{0};
  constexpr std::size_t ahead = 16;
  shorter_.assign(level_start(d), none);
  start_ = BigArray<std::uint32_t>(blocks + 1);
  std::vector<std::uint32_t> block(n);  // per key, in part order: its block, or `shorter`
  std::size_t in_buckets = 0;
  std::size_t i = 0;
  for (const std::span<const Entry> part : parts) {
    for (const Entry& entry : part) {
      assert(entry.key != 0 && entry.value != none);
      const std::size_t length = length_of(entry.key);
      if (length >= d) {
        block[i++] = block_of(entry.key);
        rest_digits_ = std::max(rest_digits_, length - d);
        continue;
      }
      block[i++] = shorter;
      std::uint32_t v = 0;
      for (std::size_t k = 0; k < length; ++k) v = v * 10 + static_cast<std::uint32_t>((entry.key >> (60 - 4 * k)) & 15) - 1;
      std::uint64_t& slot = shorter_[level_start(length) + v];
      if (slot != none) return false;
      slot = entry.value;
    }
  }
  for (std::size_t j = 0; j < n; ++j) {
    if (j + ahead < n && block[j + ahead] != shorter) prep::algo::prefetch_write(&start_[block[j + ahead] + 1]);
    if (block[j] == shorter) continue;
    ++start_[block[j] + 1];
    ++in_buckets;
  }
  assert(in_buckets < no_parent);
  for (std::size_t v = 0; v < blocks; ++v) start_[v + 1] += start_[v];
  // In memory mapped with huge pages: a bucket read at random costs a cache miss, not a TLB miss too.
  bucket_ = BigArray<Entry>(in_buckets);
  i = 0;
  for (const std::span<const Entry> part : parts) {
    for (const Entry& entry : part) {
      const std::size_t j = i++;
      if (j + ahead < n && block[j + ahead] != shorter) prep::algo::prefetch_write(&start_[block[j + ahead]]);
      if (j + ahead / 2 < n && block[j + ahead / 2] != shorter) prep::algo::prefetch_write(&bucket_[start_[block[j + ahead / 2]]]);
      if (block[j] == shorter) continue;
      bucket_[start_[block[j]]++] = {entry.key << (4 * d), entry.value};  // 0 for a key of D digits
    }
  }
  for (std::size_t v = blocks; v > 0; --v) start_[v] = start_[v - 1];
  start_[0] = 0;

  // Each bucket in key order (a key of exactly D digits, 0, first), and equal keys are neighbours.
  std::size_t longest = 0;
  for (std::size_t v = 0; v < blocks; ++v) {
    const std::size_t size = start_[v + 1] - start_[v];
    if (size < 2) continue;
    Entry* const first = bucket_.get() + start_[v];
    Entry* const last = first + size;
    longest = std::max(longest, size);
    if (size <= 16) {
      for (Entry* p = first + 1; p < last; ++p) {
        const Entry e = *p;
        Entry* q = p;
        for (; q != first && q[-1].key > e.key; --q) *q = q[-1];
        *q = e;
      }
    } else {
      std::sort(first, last, [](const Entry& x, const Entry& y) { return x.key < y.key; });
    }
    for (Entry* p = first + 1; p < last; ++p) {
      if (p[-1].key == p->key) return false;
    }
  }
  // A string's answer is its own key if that is listed, else the answer for its first k - 1 digits.
  for (std::size_t k = 1, count = 10; k < d; ++k, count *= 10) {
    const std::size_t level = level_start(k);
    const std::size_t up = level_start(k - 1);
    for (std::size_t v = 0; v < count; ++v) {
      if (shorter_[level + v] == none) shorter_[level + v] = shorter_[up + v / 10];
    }
  }
  if (longest <= scan_limit) return true;
  // Chains of prefixes, for the bisected buckets: a key's parent is the nearest key before it (in
  // key order, within its block) that is a prefix of it.
  parent_.assign(in_buckets, no_parent);
  std::vector<std::uint32_t> chain;
  for (std::size_t v = 0; v < blocks; ++v) {
    chain.clear();
    for (std::uint32_t j = start_[v]; j < start_[v + 1]; ++j) {
      while (!chain.empty() && !is_prefix(bucket_[chain.back()].key, bucket_[j].key)) chain.pop_back();
      parent_[j] = chain.empty() ? no_parent : chain.back();
      chain.push_back(j);
    }
  }
  return true;
}

std::uint64_t PrefixIndex::bisect(std::uint32_t from, std::uint32_t to, std::uint64_t best, std::uint64_t text) const {
  // The longest key that is a prefix of text is at or before it in key order, and every key between
  // that one and text starts with it: so it is the last key ≤ text or on that key's chain of prefixes.
  const Entry* first = bucket_.get() + from;
  const Entry* after = std::upper_bound(first, static_cast<const Entry*>(bucket_.get() + to), text, [](std::uint64_t t, const Entry& e) { return t < e.key; });
  if (after == first) return best;
  for (auto j = static_cast<std::uint32_t>(after - 1 - bucket_.get()); j != no_parent; j = parent_[j]) {
    if (is_prefix(bucket_[j].key, text)) return bucket_[j].value;
  }
  return best;
}

inline std::uint64_t PrefixIndex::in_block(std::uint32_t v, std::string_view digits) const {
  std::uint32_t from = start_[v];
  const std::uint32_t to = start_[v + 1];
  std::uint64_t best = shorter_[above_ + v / 10];
  if (from == to) return best;
  // Digits past the longest key's change no comparison with a key: they are left out.
  const std::uint64_t text = pack(digits.substr(digits_, rest_digits_));
  if (to - from > scan_limit) return bisect(from, to, best, text);
  if (bucket_[from].key == 0) best = bucket_[from++].value;  // the key of exactly D digits, first
  for (; from < to; ++from) {
    const Entry& e = bucket_[from];
    if (((e.key ^ text) >> (__builtin_ctzll(e.key) & ~3)) == 0) best = e.value;  // the last found is the longest
  }
  return best;
}

std::uint64_t PrefixIndex::longest_prefix(std::string_view digits) const {
  if (digits.size() < digits_) return shorter_[level_start(digits.size()) + leading(digits, digits.size())];
  return in_block(leading(digits, digits_), digits);
}

void PrefixIndex::longest_prefixes(std::span<const std::string_view> texts, std::span<std::uint64_t> out) const {
  assert(out.size() >= texts.size());
  // Three stages a few texts apart: find the block and fetch where its bucket starts; fetch the
  // bucket; search it.
  constexpr std::size_t ahead = 16;
  constexpr std::uint32_t short_text = ~std::uint32_t{0};
  std::array<std::uint32_t, 4 * ahead> block_of;  // a ring: the block of each text in flight
  const std::size_t n = texts.size();
  for (std::size_t i = 0; i < n + 2 * ahead; ++i) {
    if (i < n) {
      const std::string_view text = texts[i];
      const std::uint32_t v = text.size() >= digits_ ? leading(text, digits_) : short_text;
      block_of[i % block_of.size()] = v;
      if (v != short_text) prep::algo::prefetch(&start_[v]);
    }
    if (i >= ahead && i - ahead < n) {
      const std::uint32_t v = block_of[(i - ahead) % block_of.size()];
      if (v != short_text) {
        const std::uint32_t from = start_[v];
        const std::uint32_t to = start_[v + 1];
        if (from != to) {
          prep::algo::prefetch(&bucket_[from]);
          prep::algo::prefetch(&bucket_[std::min(to, from + scan_limit) - 1]);
        }
      }
    }
    if (i >= 2 * ahead) {
      const std::size_t k = i - 2 * ahead;
      const std::uint32_t v = block_of[k % block_of.size()];
      out[k] = v == short_text ? longest_prefix(texts[k]) : in_block(v, texts[k]);
    }
  }
}

}  // namespace prep::algo
