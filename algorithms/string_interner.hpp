// string_interner.hpp — maps strings to dense ids 0, 1, 2, … in order of first appearance.
//
// The one way prep turns tokens of the input (node names, cache keys, rate-limit keys) into small
// integers, so that everything after parsing works on vectors indexed by id instead of maps of strings.
// Open addressing with linear probing over 64-bit slots (32-bit hash tag | 32-bit id); the bytes of
// all keys live in one arena, so interning allocates only when a vector grows.
//
// Time: intern / find O(|key|) expected, amortized. Memory: about 16 bytes per key plus its bytes.
// Preconditions: fewer than 2^32 - 1 distinct keys.
// Guarantees: ids are dense and assigned in order of first appearance; name(id) gives the key back.
// Status: stress-tested against std::unordered_map (tests/algorithms/test_string_interner.cpp).
#pragma once

#include <cassert>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/prefetch.hpp"

namespace prep::algo {

class StringInterner {
 public:
  static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();

  StringInterner() { rehash(16); }

  // Id of key, adding key if it is new.
  std::uint32_t intern(std::string_view key) {
    const std::uint64_t h = hash(key);
    std::size_t slot = probe(key, h);
    if (slots_[slot] != 0) return id_of(slots_[slot]);
    const auto id = static_cast<std::uint32_t>(offsets_.size() - 1);
    assert(id != npos);
    bytes_.append(key);
    offsets_.push_back(bytes_.size());
    hashes_.push_back(static_cast<std::uint32_t>(h >> 32));
    slots_[slot] = make_slot(h, id);
    if ((size() + 1) * 4 > slots_.size() * 3) rehash(slots_.size() * 2);
    return id;
  }

  // ids[i] = intern(keys[i]) for each i in turn (the same ids), but faster once the table outgrows
  // the cache: a lookup is a chain of dependent cache misses (slot, key offset, key bytes), so the
  // slots and key bytes of keys a few places ahead are prefetched while the current one is looked
  // up. About twice as fast on a million distinct keys (detect-cycle interns node names this way).
  void intern_all(std::span<const std::string_view> keys, std::span<std::uint32_t> ids) {
    assert(ids.size() >= keys.size());
    constexpr std::size_t ring = 16, far = 12, near = 6, bytes_ahead = 2;  // far < ring
    std::uint64_t ahead[ring];  // hashes of the keys being prefetched
    const std::size_t n = keys.size();
    for (std::size_t i = 0; i < far && i < n; ++i) ahead[i] = hash(keys[i]);
    const auto slot_of = [&](std::size_t i) { return slots_[(ahead[i % ring] >> 32) & (slots_.size() - 1)]; };
    for (std::size_t i = 0; i < n; ++i) {
      // Hints only: an insertion or a rehash in between makes one useless, never wrong.
      if (i + far < n) {
        ahead[(i + far) % ring] = hash(keys[i + far]);
        prep::algo::prefetch(&slots_[(ahead[(i + far) % ring] >> 32) & (slots_.size() - 1)]);
      }
      if (i + near < n) {
        const std::uint32_t id = id_of(slot_of(i + near));
        if (id < size()) prep::algo::prefetch(&offsets_[id]);
      }
      if (i + bytes_ahead < n) {
        const std::uint32_t id = id_of(slot_of(i + bytes_ahead));
        if (id < size()) prep::algo::prefetch(bytes_.data() + offsets_[id]);
      }
      ids[i] = intern(keys[i]);
    }
  }

  // Id of key, or npos if it was never interned.
  [[nodiscard]] std::uint32_t find(std::string_view key) const {
    const std::size_t slot = probe(key, hash(key));
    return slots_[slot] == 0 ? npos : id_of(slots_[slot]);
  }

  // Starts loading the slot where key is (or would go). Issued for several keys before interning
  // them, it lets their cache misses overlap instead of following one another (rate-limit batches
  // its requests this way); it changes nothing and costs one hash.
  void prefetch(std::string_view key) const {
    prep::algo::prefetch(&slots_[(hash(key) >> 32) & (slots_.size() - 1)]);
  }

  // The key of id; the view is valid until the next intern().
  [[nodiscard]] std::string_view name(std::uint32_t id) const {
    assert(id < size());
    return std::string_view(bytes_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }

  [[nodiscard]] std::size_t size() const { return offsets_.size() - 1; }

  void reserve(std::size_t keys, std::size_t total_bytes = 0) {
    offsets_.reserve(keys + 1);
    hashes_.reserve(keys);
    bytes_.reserve(total_bytes);
    std::size_t want = 16;
    while (want * 3 < (keys + 1) * 4) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

 private:
  static std::uint64_t hash(std::string_view key) {
    // libstdc++'s string hash (murmur-style) then a multiplicative mix so both halves are usable.
    const std::uint64_t h = std::hash<std::string_view>{}(key);
    return (h ^ (h >> 29)) * 0xbf58476d1ce4e5b9ULL;
  }
  static std::uint64_t make_slot(std::uint64_t h, std::uint32_t id) {
    return (h & 0xffffffff00000000ULL) | (std::uint64_t{id} + 1);
  }
  static std::uint32_t id_of(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - 1; }

  // The slot holding key, or the empty slot where it would go.
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t tag = h & 0xffffffff00000000ULL;
    for (std::size_t slot = (h >> 32) & mask;; slot = (slot + 1) & mask) {
      const std::uint64_t s = slots_[slot];
      if (s == 0) return slot;
      if ((s & 0xffffffff00000000ULL) == tag && name(id_of(s)) == key) return slot;
    }
  }

  void rehash(std::size_t new_size) {
    slots_.assign(new_size, 0);
    const std::size_t mask = new_size - 1;
    for (std::uint32_t id = 0; id < size(); ++id) {
      const std::uint64_t h = std::uint64_t{hashes_[id]} << 32;
      std::size_t slot = hashes_[id] & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = make_slot(h, id);
    }
  }

  std::vector<std::uint64_t> slots_;
  std::vector<std::uint32_t> hashes_;            // high half of each key's hash, by id
  std::vector<std::size_t> offsets_{0};          // key id spans bytes_[offsets_[id], offsets_[id + 1])
  std::string bytes_;
};

}  // namespace prep::algo
