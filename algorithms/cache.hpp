// cache.hpp — a key/value cache with LRU or LFU eviction and optional TTLs on a virtual clock.
//
// One structure serves both policies. Entries live in a node pool and sit in doubly linked lists
// (indices, not pointers) grouped in frequency buckets; a bucket's list is ordered by last use,
// most recent first, and the buckets form a list ordered by frequency (the O(1) LFU of Shah, Mitra
// and Matani, 2010). LRU is the degenerate case of one bucket that a use never leaves; LFU moves a
// used entry to the bucket of the next frequency. The victim is always the least recently used entry
// of the first bucket. Keys map to nodes through an open-addressing table (linear probing, deletion
// by backward shift), so the memory follows the entries in the cache, not every key ever seen.
// Entries with a TTL also sit in an indexed binary min-heap on their expiry time.
//
// Expiry is lazy, as in Redis: an entry whose time has passed is removed (and counted as an
// expiration) when its key is next looked at, when a put needs room (all expired entries go before
// any live entry is evicted), or by purge_expired(), which stats() runs first. Since an expired
// entry is invisible to every operation, when it is removed changes no answer and no counter.
//
// Time: get, put, erase, ttl O(|key| + |value|) expected, plus O(log n) when a TTL is set, changed
//       or removed; purge_expired O(log n) per removed entry. Memory: about 120 bytes per entry plus
//       the bytes of keys and values longer than 15; the pool and table grow to the largest number of
//       entries held at once and are then reused, so a warm cache allocates nothing (keys and values
//       of at most 15 bytes, or no longer than those they replace).
// Preconditions (asserted): put TTLs are positive; the clock advances by non-negative steps and
//       stays <= INT64_MAX; fewer than 2^32 - 1 entries at once.
// Guarantees: an entry expires once the clock reaches put time + TTL. LFU evicts the least frequently
//       used entry (a new entry has frequency 1, every hit or update adds 1), ties broken by least
//       recent use (LeetCode 460); LRU evicts the least recently used. A put of an existing live key
//       is a use, updates the value and replaces its TTL (none clears it, like Redis's SET).
// Status: stress-tested against a list-based model, exhaustively on short sequences and on long
//         random ones (tests/algorithms/test_cache.cpp); `prep lru` end to end against a Python
//         model (tests/lru_model.py).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::algo {

enum class EvictionPolicy { lru, lfu };

struct CacheStats {
  std::uint64_t hits = 0;         // gets that found a live entry
  std::uint64_t misses = 0;       // gets that did not
  std::uint64_t evictions = 0;    // live entries removed to make room
  std::uint64_t expirations = 0;  // entries whose time passed while they were in the cache
  std::uint64_t size = 0;         // live entries
};

class Cache {
 public:
  // Remaining time to live answered for a live key without TTL, and for an absent key (Redis).
  static constexpr std::int64_t no_expiry = -1;
  static constexpr std::int64_t absent = -2;

  Cache(EvictionPolicy policy, std::uint64_t capacity);

  // The value of key and a use of it, or nullopt on a miss. The view is valid until the next
  // non-const call.
  std::optional<std::string_view> get(std::string_view key) { return get(key, hash(key)); }

  // Inserts or updates key; ttl, if given, must be positive. Capacity 0 stores nothing.
  void put(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl = std::nullopt) {
    put(key, value, ttl, hash(key));
  }

  // Removes key; true if a live entry was removed. Not a use.
  bool erase(std::string_view key) { return erase(key, hash(key)); }

  // Remaining time to live of key, no_expiry, or absent. Not a use.
  std::int64_t ttl(std::string_view key) { return ttl(key, hash(key)); }

  // For a caller that knows its next keys before it needs them (a pipeline of operations): the
  // chain hash → table slot → entry → list neighbours is a cache miss at each step for a large
  // cache, and one operation cannot overlap them, but several in flight can. Hash a key once, call
  // prefetch_slot early, prefetch_entry a few operations later (it reads the slot), then
  // prefetch_neighbours (it reads the links), then the overloads taking the hash. Prefetching is a
  // hint only: it changes no result.
  [[nodiscard]] static std::uint64_t hash(std::string_view key);
  void prefetch_slot(std::uint64_t hash) const;
  void prefetch_entry(std::uint64_t hash) const;
  // After prefetch_entry had time: the list neighbours a use of the key will relink.
  void prefetch_neighbours(std::uint64_t hash) const;
  std::optional<std::string_view> get(std::string_view key, std::uint64_t hash);
  void put(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl, std::uint64_t hash);
  bool erase(std::string_view key, std::uint64_t hash);
  std::int64_t ttl(std::string_view key, std::uint64_t hash);

  // Advances the virtual clock (which starts at 0) by dt >= 0.
  void advance(std::int64_t dt);
  [[nodiscard]] std::int64_t now() const { return static_cast<std::int64_t>(now_); }

  // Removes every entry whose time has passed.
  void purge_expired();

  // The counters, after purge_expired() so that size counts live entries only.
  CacheStats stats();

  [[nodiscard]] EvictionPolicy policy() const { return policy_; }
  [[nodiscard]] std::uint64_t capacity() const { return capacity_; }

 private:
  using Index = std::uint32_t;
  static constexpr Index none = std::numeric_limits<Index>::max();
  static constexpr std::uint64_t never = std::numeric_limits<std::uint64_t>::max();

  // A node's fields are split by use so that list and heap updates, which touch the neighbours of a
  // node, work on small dense arrays, and a key comparison reads one cache line.
  struct alignas(64) Entry {
    std::string key;
    std::string value;
  };
  struct Links {
    std::uint64_t expire_at = never;  // absolute clock time; never without TTL
    Index prev = none;                // towards the more recently used in the bucket
    Index next = none;                // towards the less recently used; free-list link when unused
    Index bucket = none;
    std::uint32_t hash_tag = 0;       // high half of the key's hash, as stored in the table
    Index heap_pos = none;            // position in heap_, or none without TTL
  };
  struct HeapItem {
    std::uint64_t expire_at;
    Index node;
  };
  struct Bucket {
    std::uint64_t frequency = 0;
    Index head = none;  // most recently used
    Index tail = none;  // least recently used: the victim when this bucket is first
    Index prev = none;  // bucket of the next lower frequency
    Index next = none;  // of the next higher frequency; free-list link when unused
  };

  // Index of the live node of key, or none; an expired node found on the way is removed.
  Index find_live(std::string_view key, std::uint64_t hash);
  Index insert_node(std::string_view key, std::string_view value, std::uint64_t hash);
  void remove_node(Index node);
  void touch(Index node);
  void make_room();
  void prefetch_victim() const;
  void set_expiry(Index node, std::optional<std::int64_t> ttl);

  // Hash table of node indices.
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t hash) const;
  void table_insert(Index node, std::uint64_t hash);
  void table_erase(Index node);
  void table_grow();

  // Bucket lists.
  Index new_bucket(std::uint64_t frequency, Index after);
  void free_bucket(Index bucket);
  void link_front(Index bucket, Index node);
  void unlink(Index node);

  // Expiry heap.
  void heap_push(Index node);
  void heap_erase(Index node);
  void heap_fix(std::size_t pos);
  bool heap_sift_up(std::size_t pos);
  void heap_sift_down(std::size_t pos);
  void heap_place(std::size_t pos, HeapItem item);

  EvictionPolicy policy_;
  std::uint64_t capacity_;
  std::uint64_t now_ = 0;
  std::uint64_t count_ = 0;  // nodes in the cache, live or expired but not yet removed
  CacheStats stats_;

  // Per node, indexed alike; they grow together up to the most entries ever held at once.
  std::vector<Entry> entries_;
  std::vector<Links> links_;
  Index free_node_ = none;
  std::vector<Bucket> buckets_;
  Index free_bucket_ = none;
  Index first_bucket_ = none;   // lowest frequency; for LRU the one bucket, which is never freed
  std::vector<std::uint64_t> slots_;  // 0 empty, else (hash tag << 32) | (node + 1)
  std::vector<HeapItem> heap_;        // nodes with a TTL, min-heap on expire_at
};

}  // namespace prep::algo
