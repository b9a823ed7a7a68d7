// cache.hpp — a key/value cache with LRU or LFU eviction and optional TTLs on a virtual clock.
//
// One structure serves both policies. An entry is one 64-byte node of a pool: key and value of up to
// 15 bytes inline (longer ones in a side pool of strings), expiry, bucket and stamp, so a hit reads
// the table slot and that one line. Recency is kept with a lazy queue, not a linked list: a use
// appends the node's index to the back of a ring and stamps the node with that position, so its
// earlier item goes stale in place; an item is current iff its node carries that stamp (and, for
// LFU, is in that ring's bucket). The victim is the first current item of the ring (stale items in
// front are dropped on the way), and a ring longer than 8 times its live nodes plus 16 is compacted
// in order. LRU has one ring, a power-of-two array indexed by position modulo its size, and a
// cursor running up to 128 items ahead of its front that queues the positions of the items it finds
// current, so that an eviction checks the next candidate, not every stale item before it. LFU groups
// nodes in frequency buckets, and the buckets form a list ordered by frequency (the O(1) LFU of
// Shah, Mitra and Matani, 2010): a use moves a node to the bucket of the next frequency, each bucket
// has its own ring, a chain of 16-item chunks from one shared pool, and the victim comes from the
// first bucket. Keys map to nodes through an open-addressing table (linear probing at load at most
// 3/8, deletion by backward shift), so the memory follows the entries in the cache, not every key
// ever seen. Entries with a TTL also sit in an indexed binary min-heap on their expiry time.
//
// get and put are inline for the commonest case (LRU, a key of at most 15 bytes in its home slot:
// a hit, a value update without TTL, or for get a miss on an empty home slot) and call the general
// get_any / put_any otherwise.
//
// Expiry is lazy, as in Redis: an entry whose time has passed is removed (and counted as an
// expiration) when its key is next looked at, when a put needs room (all expired entries go before
// any live entry is evicted), or by purge_expired(), which stats() runs first. Since an expired
// entry is invisible to every operation, when it is removed changes no answer and no counter.
//
// Time: get, put, erase, ttl O(|key| + |value|) expected and amortized (a compaction, or a run of
//       stale items dropped before a victim, is paid for by the uses that made the items stale),
//       plus O(log n) when a TTL is set, changed or removed; purge_expired O(log n) per removed
//       entry. A hit writes only its node and the back of a ring.
// Memory: about 100 to 170 bytes per entry (node 64, table slot 8 at load 3/16 to 3/8, ring items
//       4 bytes each: LRU's ring holds up to 16 per entry (8 rounded up to a power of two), LFU's
//       at most 8 per entry plus 16 and two chunks' slack per bucket, a heap item 16 with a TTL)
//       plus keys and values longer than 15 bytes, and 2 KiB for LRU's victim candidates. The
//       nodes, the table and LRU's ring are in transparent huge pages once they reach 2 MiB
//       (HugePageAllocator, big_array.hpp): read at random, they cost a TLB miss besides the cache
//       miss with 4 KiB pages (bench/lru.sh's run, 16 MiB of them: 317 -> 295 ms). Everything grows
//       to the most entries held at once and is then reused: a warm cache allocates nothing (keys
//       and values of at most 15 bytes, or long ones that fit the buffers of long strings released
//       before).
// Preconditions (asserted): put TTLs are positive; the clock advances by non-negative steps and
//       stays <= INT64_MAX; fewer than 2^32 - 1 entries at once. Ring positions are 64-bit and
//       advance by one per use: they do not wrap.
// Guarantees: an entry expires once the clock reaches put time + TTL. LFU evicts the least frequently
//       used entry (a new entry has frequency 1, every hit or update adds 1), ties broken by least
//       recent use (LeetCode 460); LRU evicts the least recently used. A put of an existing live key
//       is a use, updates the value and replaces its TTL (none clears it, like Redis's SET).
//       Capacity 0 stores nothing. Prefetching changes no result.
// Status: stress-tested against a list-based model, exhaustively on short sequences and on long
//         random ones with compactions happening all along, and LRU's ring growing after it has
//         wrapped around; inline keys of every length, the ring bound and compaction order tested
//         directly (tests/algorithms/test_cache.cpp); `prep lru` end to end against a Python model
//         (tests/lru_model.py).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/prefetch.hpp"

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

  // Values shorter than this are kept inline, and get's view of one may be read for inline_bytes
  // bytes (a caller may copy a whole word and keep the first size() bytes).
  static constexpr std::size_t inline_bytes = 16;

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
  // chain hash → table slot → entry is a cache miss at each step for a large cache, and one
  // operation cannot overlap them, but several in flight can. Hash a key once, call prefetch_slot
  // early, prefetch_entry a few operations later (it reads the slot), then the overloads taking the
  // hash. Prefetching is a hint only: it changes no result. These read only the high 32 bits of the
  // hash (the tag, which both picks the home slot and is stored in it): a caller may keep just those
  // and pass hash(key) with its low half cleared, as `prep lru`'s reader does to keep its records
  // small, and mix such calls with full hashes for the same key.
  [[nodiscard]] static std::uint64_t hash(std::string_view key) {
    // Keys are mostly short tokens: read them as at most two overlapping 8-byte words (longer keys a
    // word at a time) and fold 128-bit products, as wyhash does; inline, a few nanoseconds.
    const auto load = [](const char* p, std::size_t n) {
      std::uint64_t word = 0;
      std::memcpy(&word, p, n);
      return word;
    };
    const auto mix = [](std::uint64_t a, std::uint64_t b) {
      const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
      return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
    };
    constexpr std::uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL, k2 = 0x8ebc6af09c88c6e3ULL;
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t state = k0 ^ n;
    while (n > 16) {
      state = mix(load(p, 8) ^ k1, load(p + 8, 8) ^ state);
      p += 16;
      n -= 16;
    }
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    if (n >= 8) {
      a = load(p, 8);
      b = load(p + n - 8, 8);
    } else if (n > 0) {
      a = load(p, n);
    }
    return mix(mix(a ^ k1, b ^ state) ^ k2, k1 ^ n);
  }
  void prefetch_slot(std::uint64_t hash) const { prep::algo::prefetch(&slots_[tag_of(hash) & (slots_.size() - 1)]); }
  void prefetch_entry(std::uint64_t hash) const {
    // Only the home slot is looked at: most keys sit there, and a wrong guess costs only the hint.
    // Without a branch (whether the key is there is as good as random): another key's slot or an
    // empty one prefetches node 0.
    const std::uint64_t slot = slots_[tag_of(hash) & (slots_.size() - 1)];
    const std::uint32_t match = 0 - static_cast<std::uint32_t>(tag_of(slot) == tag_of(hash) && slot != 0);
    prep::algo::prefetch(nodes_.data() + (static_cast<std::uint32_t>(slot - 1) & match));
  }
  // Inline for an LRU hit on a short key in its home slot (and get's miss on an empty home slot);
  // get_any / put_any for everything else. No call, no saved registers, the answer in registers:
  // bench/lru.sh's operations replayed on the cache alone, 252 -> 240 ms.
  [[gnu::always_inline]] std::optional<std::string_view> get(std::string_view key, std::uint64_t hash) {
    if (policy_ == EvictionPolicy::lru && key.size() <= Text{}.bytes.size()) {
      const std::uint64_t slot = slots_[tag_of(hash) & (slots_.size() - 1)];
      if (slot == 0) {
        ++stats_.misses;
        return std::nullopt;
      }
      if (const Index node = home_node(slot, key, hash); node != none && nodes_[node].expire_at > now_) {
        ++stats_.hits;
        lru_touch(node);
        return view(nodes_[node].value);
      }
    }
    return get_any(key, hash);
  }
  [[gnu::always_inline]] void put(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl, std::uint64_t hash) {
    if (policy_ == EvictionPolicy::lru && !ttl && key.size() <= Text{}.bytes.size() && value.size() <= Text{}.bytes.size()) {
      const std::uint64_t slot = slots_[tag_of(hash) & (slots_.size() - 1)];
      // A live entry without TTL (expire_at never: nothing in the heap to update) and an inline value.
      if (const Index node = home_node(slot, key, hash);
          node != none && nodes_[node].expire_at == never && nodes_[node].value.size != long_text) {
        nodes_[node].value = inline_text(value);
        lru_touch(node);
        return;
      }
    }
    put_any(key, value, ttl, hash);
  }
  bool erase(std::string_view key, std::uint64_t hash);
  std::int64_t ttl(std::string_view key, std::uint64_t hash);

  // Advances the virtual clock (which starts at 0) by dt >= 0.
  void advance(std::int64_t dt);
  [[nodiscard]] std::int64_t now() const { return static_cast<std::int64_t>(now_); }

  // Removes every entry whose time has passed.
  void purge_expired();

  // The counters, after purge_expired() so that size counts live entries only.
  CacheStats stats();

  // Items in the recency rings, current and stale (for tests of the bound: at most ring_factor times
  // the entries plus ring_slack per frequency bucket, and the chunks' slack).
  [[nodiscard]] std::uint64_t ring_items() const;

  [[nodiscard]] EvictionPolicy policy() const { return policy_; }
  [[nodiscard]] std::uint64_t capacity() const { return capacity_; }

 private:
  using Index = std::uint32_t;
  static constexpr Index none = std::numeric_limits<Index>::max();
  static constexpr std::uint64_t never = std::numeric_limits<std::uint64_t>::max();
  static constexpr std::uint32_t chunk_items = 16;  // ring items per chunk: one 64-byte line
  static constexpr std::uint64_t ring_slack = 16;    // a ring may hold ring_factor * live + ring_slack items
  static constexpr std::uint64_t ring_factor = 8;    // fewer compactions, each of which misses on every live node

  // A key or value: up to 15 bytes inline and zero-padded, so two keys compare as two words; a
  // longer one is the index of a string in long_texts_ (size long_text).
  struct Text {
    std::array<char, 15> bytes{};
    std::uint8_t size = 0;
  };
  static constexpr std::uint8_t long_text = 0xff;
  static_assert(sizeof(Text) == inline_bytes && offsetof(Text, bytes) == 0);

  // Everything an operation on a key reads or writes, in one cache line.
  struct alignas(64) Node {
    std::uint64_t expire_at = never;  // absolute clock time; never without TTL
    std::uint64_t stamp = never;      // ring position of the node's current item; never when free
    std::uint32_t hash_tag = 0;       // high half of the key's hash, as stored in the table
    Index bucket = none;              // the bucket it is in; none when free
    Index next_free = none;           // free-list link when unused
    Index heap_pos = none;            // position in heap_ when it has a TTL (expire_at != never)
    Text key;
    Text value;
  };
  struct HeapItem {
    std::uint64_t expire_at;
    Index node;
  };
  struct alignas(64) Bucket {  // one cache line each
    std::uint64_t frequency = 0;
    std::uint64_t front_pos = 0;  // ring position of the front item, the least recent use
    std::uint64_t back_pos = 0;   // position the next appended item gets
    Index live = 0;               // nodes in this bucket
    Index front_chunk = none;     // none when the ring is empty
    Index back_chunk = none;
    std::uint32_t front_off = 0;  // offsets of the front item and of the next appended one
    std::uint32_t back_off = 0;
    Index prev = none;  // bucket of the next lower frequency
    Index next = none;  // of the next higher frequency; free-list link when unused
  };

  [[nodiscard]] static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  std::optional<std::string_view> get_any(std::string_view key, std::uint64_t hash);
  void put_any(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl, std::uint64_t hash);
  // The node in the home slot holding slot if its key is key (of at most 15 bytes), else none.
  [[nodiscard, gnu::always_inline]] Index home_node(std::uint64_t slot, std::string_view key, std::uint64_t hash) const {
    if (slot == 0 || tag_of(slot) != tag_of(hash)) return none;
    const auto node = static_cast<Index>(static_cast<std::uint32_t>(slot) - 1);
    return has_key(node, text_words(key)) ? node : none;
  }
  // Whether node's key is the short key whose text_words are given: both sides zero-padded, the key
  // compares as two words, built in registers (a copy through memory would stall on store forwarding).
  [[nodiscard, gnu::always_inline]] bool has_key(Index node, const std::array<std::uint64_t, 2>& key_words) const {
    std::array<std::uint64_t, 2> words{};
    std::memcpy(words.data(), &nodes_[node].key, sizeof words);
    return words[0] == key_words[0] && words[1] == key_words[1];
  }
  // LRU: node becomes the most recent use (touch's LRU half): unless it already is, its item goes
  // stale and a new one is appended, inline unless the ring must grow or be compacted (lru_push).
  [[gnu::always_inline]] void lru_touch(Index node) {
    if (nodes_[node].stamp + 1 == lru_back_) return;
    const std::uint64_t items = lru_back_ - lru_front_ + 1;  // after the push
    if (items < lru_ring_.size() && items <= ring_factor * count_ + ring_slack) {
      lru_ring_[lru_back_ & (lru_ring_.size() - 1)] = node;
      nodes_[node].stamp = lru_back_++;
      return;
    }
    lru_push(node);
  }

  // Index of the live node of key, or none; an expired node found on the way is removed.
  Index find_live(std::string_view key, std::uint64_t hash);
  Index insert_node(std::string_view key, std::string_view value, std::uint64_t hash);
  void remove_node(Index node);
  void touch(Index node);
  void make_room();
  void prefetch_victim() const;
  void set_expiry(Index node, std::optional<std::int64_t> ttl);

  // Texts.
  [[nodiscard]] static Text inline_text(std::string_view s);
  // The two words of inline_text(s), built in registers.
  [[nodiscard]] static std::array<std::uint64_t, 2> text_words(std::string_view s);
  void assign_text(Text& text, std::string_view s);
  [[nodiscard]] std::string_view view(const Text& text) const;

  // Hash table of node indices.
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t hash) const;
  void table_insert(Index node, std::uint64_t hash);
  void table_erase(Index node);
  void table_grow();

  // Buckets and their rings.
  Index new_bucket(std::uint64_t frequency, Index after);
  void free_bucket(Index bucket);
  void ring_push(Index bucket, Index node);    // node joins bucket as its most recent use
  void ring_leave(Index bucket, Index node);   // node leaves bucket; its item goes stale
  Index ring_front(Index bucket);              // the least recent current node; drops stale items
  void ring_pop(Index bucket);
  void ring_compact(Index bucket);
  [[nodiscard]] bool is_current(Index bucket, std::uint64_t pos, Index node) const {
    return nodes_[node].bucket == bucket && nodes_[node].stamp == pos;
  }
  [[nodiscard]] static std::size_t item_at(Index chunk, std::uint32_t offset) {
    return std::size_t{chunk} * chunk_items + offset;
  }
  // LRU's one ring: lru_ring_[pos & (size - 1)] for pos in [lru_front_, lru_back_).
  void lru_push(Index node);
  void lru_grow();
  void lru_prefetch_victims();
  Index lru_victim();  // the least recently used node; its item leaves the ring
  void lru_compact();
  Index new_chunk();
  void free_chunks(Index first, Index last);  // a chain, first to last inclusive

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

  std::vector<Node, HugePageAllocator<Node>> nodes_;  // grows up to the most entries ever held at once
  Index free_node_ = none;
  std::vector<std::string> long_texts_;  // keys and values longer than 15 bytes
  std::vector<Index> free_texts_;
  std::vector<Bucket> buckets_;
  Index free_bucket_ = none;
  Index first_bucket_ = none;  // lowest frequency (LFU; LRU has no buckets)
  std::vector<Index> chunks_;      // chunk c holds the ring items [c * chunk_items, (c + 1) * chunk_items)
  std::vector<Index> chunk_next_;  // next chunk of the same ring, or of the free list
  Index free_chunk_ = none;
  std::vector<Index, HugePageAllocator<Index>> lru_ring_;  // a power of two items, or none yet
  std::uint64_t lru_front_ = 0;
  std::uint64_t lru_back_ = 0;
  std::uint64_t lru_scan_ = 0;  // where lru_prefetch_victims goes on
  // Positions of the items in [lru_front_, lru_scan_) that were current when the cursor passed,
  // in order: the next victims' candidates (lru_victim), a queue of [front, back) modulo its size.
  std::array<std::uint64_t, 256> lru_cand_{};
  std::uint32_t lru_cand_front_ = 0;
  std::uint32_t lru_cand_back_ = 0;
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> slots_;  // 0 empty, else (hash tag << 32) | (node + 1)
  std::vector<HeapItem> heap_;        // nodes with a TTL, min-heap on expire_at
};

// ---- inline texts (used by the inline paths of get and put) ----------------------------------

[[gnu::always_inline]] inline std::array<std::uint64_t, 2> Cache::text_words(std::string_view s) {
  std::array<std::uint64_t, 2> words{};
  if constexpr (std::endian::native != std::endian::little) {
    std::memcpy(words.data(), s.data(), s.size());
    reinterpret_cast<unsigned char*>(words.data())[15] = static_cast<unsigned char>(s.size());
    return words;
  }
  const auto load = [](const char* p, std::size_t n) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, n);
    return word;
  };
  const char* p = s.data();
  const std::size_t n = s.size();
  const std::uint64_t size = std::uint64_t{n} << 56;
  if (n >= 8) {
    // Bytes 8..n-1 are the top n-8 bytes of the last 8; shifted in two steps, as n = 8 shifts by 64.
    const std::uint64_t tail = load(p + n - 8, 8) >> (8 * (15 - n)) >> 8;
    words = {load(p, 8), tail | size};
  } else if (n >= 4) {
    words = {load(p, 4) | (load(p + n - 4, 4) << (8 * (n - 4))), size};
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    words = {byte(0) | byte(n / 2) | byte(n - 1), size};
  }
  return words;
}

[[gnu::always_inline]] inline Cache::Text Cache::inline_text(std::string_view s) {
  const std::array<std::uint64_t, 2> words = text_words(s);
  Text text;
  std::memcpy(static_cast<void*>(&text), words.data(), sizeof text);
  return text;
}

inline std::string_view Cache::view(const Text& text) const {
  if (text.size != long_text) return {text.bytes.data(), text.size};
  Index index = 0;
  std::memcpy(&index, text.bytes.data(), sizeof index);
  return long_texts_[index];
}

}  // namespace prep::algo
