// prefix_index.cpp — building and searching the block table and its buckets (see prefix_index.hpp).
#include "algorithms/prefix_index.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <utility>

namespace prep::algo {

PrefixIndex::PrefixIndex(std::span<const Entry> sorted) {
  // About one block per key: buckets average at most one key, and a small table stays small.
  std::size_t blocks = 10;
  while (digits_ < 6 && blocks < sorted.size()) {
    ++digits_;
    blocks *= 10;
  }
  const std::size_t d = digits_;

  // One pass in key order: keys shorter than D go straight to their level; keys of exactly D digits
  // and longer ones come out in block order, to be merged into the blocks below.
  shorter_.assign(level_start(d), none);
  std::vector<std::pair<std::uint32_t, std::uint64_t>> exact;  // (block, value) of D-digit keys
  std::vector<std::uint32_t> bucket_block;                      // the block of each bucket key
  for (const Entry& entry : sorted) {
    assert(entry.key != 0 && entry.value != none);
    const std::size_t length = max_key_digits - static_cast<std::size_t>(__builtin_ctzll(entry.key)) / 4;
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < std::min(length, d); ++i) {
      v = v * 10 + static_cast<std::uint32_t>((entry.key >> (60 - 4 * i)) & 15) - 1;
    }
    if (length < d) {
      shorter_[level_start(length) + v] = entry.value;
    } else if (length == d) {
      exact.emplace_back(v, entry.value);
    } else {
      assert(bucket_.size() < no_parent);
      bucket_.push_back({entry.key << (4 * d), entry.value});
      bucket_block.push_back(v);
    }
  }
  // A number's answer is its own key if that is listed, else the answer for its first k - 1 digits.
  for (std::size_t k = 1, count = 10; k < d; ++k, count *= 10) {
    const std::size_t level = level_start(k);
    const std::size_t up = level_start(k - 1);
    for (std::size_t v = 0; v < count; ++v) {
      if (shorter_[level + v] == none) shorter_[level + v] = shorter_[up + v / 10];
    }
  }
  blocks_ = BigArray<Block>(blocks);
  const std::size_t up = level_start(d - 1);
  std::size_t next_exact = 0;
  std::size_t next_key = 0;
  std::size_t longest = 0;
  for (std::size_t v = 0; v < blocks; ++v) {
    Block& block = blocks_[v];
    const bool listed = next_exact < exact.size() && exact[next_exact].first == v;
    block.best = listed ? exact[next_exact++].second : shorter_[up + v / 10];
    block.start = static_cast<std::uint32_t>(next_key);
    while (next_key < bucket_block.size() && bucket_block[next_key] == v) ++next_key;
    block.count = static_cast<std::uint32_t>(next_key - block.start);
    longest = std::max<std::size_t>(longest, block.count);
  }
  if (longest <= scan_limit) return;
  // Chains of prefixes, for the bisected buckets: a key's parent is the nearest key before it (in
  // key order, within its block) that is a prefix of it.
  parent_.assign(bucket_.size(), no_parent);
  std::vector<std::uint32_t> chain;
  for (std::size_t j = 0; j < bucket_.size(); ++j) {
    if (j == 0 || bucket_block[j] != bucket_block[j - 1]) chain.clear();
    while (!chain.empty() && !is_prefix(bucket_[chain.back()].key, bucket_[j].key)) chain.pop_back();
    parent_[j] = chain.empty() ? no_parent : chain.back();
    chain.push_back(static_cast<std::uint32_t>(j));
  }
}

std::uint64_t PrefixIndex::in_block(const Block& b, std::string_view digits) const {
  if (b.count == 0) return b.best;
  const std::uint64_t text = pack(digits.substr(digits_));
  const Entry* first = bucket_.data() + b.start;
  std::uint64_t best = b.best;
  if (b.count <= scan_limit) {
    for (std::uint32_t j = 0; j < b.count; ++j) {
      if (is_prefix(first[j].key, text)) best = first[j].value;  // the last found is the longest
    }
    return best;
  }
  // The longest key that is a prefix of text is at or before it in key order, and every key between
  // that one and text starts with it: so it is the last key ≤ text or on that key's chain of prefixes.
  const Entry* after = std::upper_bound(first, first + b.count, text, [](std::uint64_t t, const Entry& e) { return t < e.key; });
  if (after == first) return best;
  for (auto j = static_cast<std::uint32_t>(after - 1 - bucket_.data()); j != no_parent; j = parent_[j]) {
    if (is_prefix(bucket_[j].key, text)) return bucket_[j].value;
  }
  return best;
}

std::uint64_t PrefixIndex::longest_prefix(std::string_view digits) const {
  if (digits.size() < digits_) return shorter_[level_start(digits.size()) + leading(digits, digits.size())];
  return in_block(blocks_[leading(digits, digits_)], digits);
}

void PrefixIndex::longest_prefixes(std::span<const std::string_view> texts, std::span<std::uint64_t> out) const {
  assert(out.size() >= texts.size());
  // Three stages a few texts apart: find the block and fetch it; read it and fetch its bucket; search.
  constexpr std::size_t ahead = 16;
  constexpr std::uint32_t short_text = ~std::uint32_t{0};
  std::array<std::uint32_t, 4 * ahead> block_of{};  // a ring: the block of each text in flight
  const std::size_t n = texts.size();
  for (std::size_t i = 0; i < n + 2 * ahead; ++i) {
    if (i < n) {
      const std::string_view text = texts[i];
      const std::uint32_t v = text.size() >= digits_ ? leading(text, digits_) : short_text;
      block_of[i % block_of.size()] = v;
      if (v != short_text) __builtin_prefetch(&blocks_[v]);
    }
    if (i >= ahead && i - ahead < n) {
      const std::uint32_t v = block_of[(i - ahead) % block_of.size()];
      if (v != short_text && blocks_[v].count != 0) {
        const Block& b = blocks_[v];
        __builtin_prefetch(&bucket_[b.start]);
        __builtin_prefetch(&bucket_[b.start + std::min(b.count, scan_limit) - 1]);
      }
    }
    if (i >= 2 * ahead) {
      const std::size_t k = i - 2 * ahead;
      const std::uint32_t v = block_of[k % block_of.size()];
      out[k] = v == short_text ? longest_prefix(texts[k]) : in_block(blocks_[v], texts[k]);
    }
  }
}

}  // namespace prep::algo
