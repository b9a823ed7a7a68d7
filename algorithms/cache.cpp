// cache.cpp — the LRU/LFU cache of cache.hpp: node pool, buckets with lazy rings, hash table, expiry heap.
#include "algorithms/cache.hpp"
#include "algorithms/prefetch.hpp"

#include <algorithm>
#include <cassert>
#include <bit>
#include <cstring>
#include <utility>

namespace prep::algo {

void Cache::prefetch_victim() const {
  // A full cache evicts on its next put of a new key, and the victim is one of the first items of
  // the first ring (the earlier ones are stale). In two stages across evictions, so as not to wait:
  // the first current one among the nodes prefetched by the previous call gets its table slot
  // prefetched, the next ones their nodes.
  const Index bucket = first_bucket_;
  const Bucket& b = buckets_[bucket];
  if (b.front_chunk == none) return;
  const std::uint64_t items = std::min<std::uint64_t>({b.back_pos - b.front_pos, chunk_items - b.front_off, 8});
  bool found = false;
  for (std::uint32_t i = 0; i < items; ++i) {
    const Index node = chunks_[item_at(b.front_chunk, b.front_off + i)];
    if (!found && i < 4 && is_current(bucket, b.front_pos + i, node)) {
      prep::algo::prefetch_write(&slots_[nodes_[node].hash_tag & (slots_.size() - 1)]);
      found = true;
    } else {
      prep::algo::prefetch(&nodes_[node]);
    }
  }
}

Cache::Cache(EvictionPolicy policy, std::uint64_t capacity) : policy_(policy), capacity_(capacity) {
  slots_.assign(16, 0);
}

// The operations are flattened: every helper they call is inlined into them, which saves the calls'
// saving and restoring of registers (about a fifth of the instructions of an operation; 62 -> 48 ns
// an operation on bench/lru.sh's data, measured on the cache alone).
[[gnu::flatten]] std::optional<std::string_view> Cache::get_any(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) {
    ++stats_.misses;
    return std::nullopt;
  }
  ++stats_.hits;
  touch(node);
  return view(nodes_[node].value);
}

[[gnu::flatten]] void Cache::put_any(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl, std::uint64_t hash) {
  assert(!ttl || *ttl > 0);
  if (capacity_ == 0) return;
  Index node = find_live(key, hash);
  if (node != none) {
    assign_text(nodes_[node].value, value);
    touch(node);
  } else {
    if (count_ >= capacity_) make_room();
    node = insert_node(key, value, hash);
    // LFU: its victims come from the least frequent bucket, whose front is cold (measured on the
    // cache alone: 62 -> 50 ns an operation). LRU prefetches its next victims in make_room.
    if (count_ >= capacity_ && policy_ == EvictionPolicy::lfu) prefetch_victim();
  }
  set_expiry(node, ttl);
}

[[gnu::flatten]] bool Cache::erase(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) return false;
  remove_node(node);
  return true;
}

std::int64_t Cache::ttl(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) return absent;
  const std::uint64_t expire_at = nodes_[node].expire_at;
  // A live entry expires strictly after now_, and expire_at - now_ <= the TTL it was given.
  return expire_at == never ? no_expiry : static_cast<std::int64_t>(expire_at - now_);
}

void Cache::advance(std::int64_t dt) {
  assert(dt >= 0);
  assert(static_cast<std::uint64_t>(dt) <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - now_);
  now_ += static_cast<std::uint64_t>(dt);
}

void Cache::purge_expired() {
  while (!heap_.empty() && heap_.front().expire_at <= now_) {
    remove_node(heap_.front().node);
    ++stats_.expirations;
  }
}

CacheStats Cache::stats() {
  purge_expired();
  CacheStats result = stats_;
  result.size = count_;
  return result;
}

std::uint64_t Cache::ring_items() const {
  if (policy_ == EvictionPolicy::lru) return lru_back_ - lru_front_;
  std::uint64_t items = 0;
  for (Index b = first_bucket_; b != none; b = buckets_[b].next) items += buckets_[b].back_pos - buckets_[b].front_pos;
  return items;
}

Cache::Index Cache::find_live(std::string_view key, std::uint64_t hash) {
  const std::uint64_t slot = slots_[probe(key, hash)];
  if (slot == 0) return none;
  const auto node = static_cast<Index>(static_cast<std::uint32_t>(slot) - 1);
  if (nodes_[node].expire_at <= now_) {
    remove_node(node);
    ++stats_.expirations;
    return none;
  }
  return node;
}

Cache::Index Cache::insert_node(std::string_view key, std::string_view value, std::uint64_t hash) {
  Index node = free_node_;
  if (node != none) {
    free_node_ = nodes_[node].next_free;
  } else {
    assert(nodes_.size() < none);
    node = static_cast<Index>(nodes_.size());
    nodes_.emplace_back();
  }
  assign_text(nodes_[node].key, key);
  assign_text(nodes_[node].value, value);
  nodes_[node].hash_tag = tag_of(hash);

  if (policy_ == EvictionPolicy::lru) {
    ++count_;
    lru_push(node);
  } else {
    Index bucket = first_bucket_;
    if (bucket == none || buckets_[bucket].frequency != 1) bucket = new_bucket(1, none);
    ring_push(bucket, node);
    ++count_;
  }
  if ((count_ + 1) * 8 > slots_.size() * 3) table_grow();
  table_insert(node, hash);
  return node;
}

void Cache::remove_node(Index node) {
  table_erase(node);
  if (nodes_[node].expire_at != never) heap_erase(node);
  nodes_[node].expire_at = never;
  nodes_[node].next_free = free_node_;
  free_node_ = node;
  if (policy_ == EvictionPolicy::lru) {
    nodes_[node].stamp = never;  // its item goes stale
    --count_;
    if (lru_back_ - lru_front_ > ring_factor * count_ + ring_slack) lru_compact();
    return;
  }
  ring_leave(nodes_[node].bucket, node);
  --count_;
}

void Cache::touch(Index node) {
  if (policy_ == EvictionPolicy::lru) {
    lru_touch(node);
    return;
  }
  const Index bucket = nodes_[node].bucket;
  const std::uint64_t frequency = buckets_[bucket].frequency + 1;
  Index target = buckets_[bucket].next;
  if (target == none || buckets_[target].frequency != frequency) {
    // Alone in its bucket: the bucket itself can move up one frequency, keeping the order.
    if (buckets_[bucket].live == 1) {
      buckets_[bucket].frequency = frequency;
      return;
    }
    target = new_bucket(frequency, bucket);
  }
  ring_leave(bucket, node);
  ring_push(target, node);
}

void Cache::make_room() {
  purge_expired();
  if (count_ < capacity_) return;
  Index victim = none;
  if (policy_ == EvictionPolicy::lru) {
    victim = lru_victim();
    lru_prefetch_victims();
  } else {
    victim = ring_front(first_bucket_);
    ring_pop(first_bucket_);
  }
  remove_node(victim);
  ++stats_.evictions;
}

void Cache::set_expiry(Index node, std::optional<std::int64_t> ttl) {
  // A node is in the heap exactly when it has an expiry time.
  const bool in_heap = nodes_[node].expire_at != never;
  if (!ttl) {
    if (in_heap) heap_erase(node);
    nodes_[node].expire_at = never;
    return;
  }
  // now_ and ttl are both at most INT64_MAX, so the sum fits and stays below never.
  const std::uint64_t expire_at = now_ + static_cast<std::uint64_t>(*ttl);
  nodes_[node].expire_at = expire_at;
  if (!in_heap) {
    heap_push(node);
  } else {
    heap_[nodes_[node].heap_pos].expire_at = expire_at;
    heap_fix(nodes_[node].heap_pos);
  }
}

// ---- texts ------------------------------------------------------------------------------------

void Cache::assign_text(Text& text, std::string_view s) {
  Index index = none;
  if (text.size == long_text) std::memcpy(&index, text.bytes.data(), sizeof index);
  if (s.size() < long_text && s.size() <= text.bytes.size()) {
    if (index != none) free_texts_.push_back(index);
    text = inline_text(s);  // built aside first: s may be this very text
    return;
  }
  if (index == none) {
    if (free_texts_.empty()) {
      index = static_cast<Index>(long_texts_.size());
      long_texts_.emplace_back();  // moving the strings keeps their buffers, so s stays valid
    } else {
      index = free_texts_.back();
      free_texts_.pop_back();
    }
    text = Text{};
    std::memcpy(text.bytes.data(), &index, sizeof index);
    text.size = long_text;
  }
  // assign() reuses the buffer a recycled string already has, so a warm cache does not allocate.
  long_texts_[index].assign(s);
}


// ---- hash table -------------------------------------------------------------------------------

std::size_t Cache::probe(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t tag = hash & 0xffffffff00000000ULL;
  std::size_t slot = tag_of(hash) & mask;
  if (key.size() <= Text{}.bytes.size()) {
    const std::array<std::uint64_t, 2> words = text_words(key);
    for (;; slot = (slot + 1) & mask) {
      const std::uint64_t s = slots_[slot];
      if (s == 0) return slot;
      if ((s & 0xffffffff00000000ULL) == tag && has_key(static_cast<std::uint32_t>(s) - 1, words)) return slot;
    }
  }
  for (;; slot = (slot + 1) & mask) {
    const std::uint64_t s = slots_[slot];
    if (s == 0) return slot;
    if ((s & 0xffffffff00000000ULL) != tag) continue;
    const Text& text = nodes_[static_cast<std::uint32_t>(s) - 1].key;
    if (text.size == long_text && view(text) == key) return slot;
  }
}

void Cache::table_insert(Index node, std::uint64_t hash) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = tag_of(hash) & mask;
  while (slots_[slot] != 0) slot = (slot + 1) & mask;
  slots_[slot] = (hash & 0xffffffff00000000ULL) | (std::uint64_t{node} + 1);
}

void Cache::table_erase(Index node) {
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t want = (std::uint64_t{nodes_[node].hash_tag} << 32) | (std::uint64_t{node} + 1);
  std::size_t hole = nodes_[node].hash_tag & mask;
  while (slots_[hole] != want) hole = (hole + 1) & mask;
  // Backward shift: pull later entries of the probe run into the hole unless that would put one
  // before its home slot, so lookups never need tombstones.
  for (std::size_t slot = (hole + 1) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const std::size_t home = static_cast<std::size_t>(slots_[slot] >> 32) & mask;
    const bool stays = hole <= slot ? (hole < home && home <= slot) : (hole < home || home <= slot);
    if (stays) continue;
    slots_[hole] = slots_[slot];
    hole = slot;
  }
  slots_[hole] = 0;
}

void Cache::table_grow() {
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> old(slots_.size() * 2, 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const std::uint64_t s : old) {
    if (s == 0) continue;
    std::size_t slot = static_cast<std::size_t>(s >> 32) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = s;
  }
}

// ---- buckets and their rings ------------------------------------------------------------------

Cache::Index Cache::new_bucket(std::uint64_t frequency, Index after) {
  Index bucket = free_bucket_;
  if (bucket != none) {
    free_bucket_ = buckets_[bucket].next;
  } else {
    bucket = static_cast<Index>(buckets_.size());
    buckets_.emplace_back();
  }
  Bucket& b = buckets_[bucket];
  b = Bucket{};
  b.frequency = frequency;
  b.prev = after;
  b.next = after == none ? first_bucket_ : buckets_[after].next;
  if (b.next != none) buckets_[b.next].prev = bucket;
  if (after == none) {
    first_bucket_ = bucket;
  } else {
    buckets_[after].next = bucket;
  }
  return bucket;
}

void Cache::free_bucket(Index bucket) {
  Bucket& b = buckets_[bucket];
  if (b.front_chunk != none) free_chunks(b.front_chunk, b.back_chunk);
  if (b.prev == none) {
    first_bucket_ = b.next;
  } else {
    buckets_[b.prev].next = b.next;
  }
  if (b.next != none) buckets_[b.next].prev = b.prev;
  b.next = free_bucket_;
  free_bucket_ = bucket;
}

void Cache::ring_push(Index bucket, Index node) {
  if (buckets_[bucket].back_chunk == none) {
    const Index chunk = new_chunk();
    Bucket& b = buckets_[bucket];
    b.front_chunk = b.back_chunk = chunk;
    b.front_off = b.back_off = 0;
  } else if (buckets_[bucket].back_off == chunk_items) {
    const Index chunk = new_chunk();
    Bucket& b = buckets_[bucket];
    chunk_next_[b.back_chunk] = chunk;
    b.back_chunk = chunk;
    b.back_off = 0;
  }
  Bucket& b = buckets_[bucket];
  chunks_[item_at(b.back_chunk, b.back_off++)] = node;
  nodes_[node].bucket = bucket;
  nodes_[node].stamp = b.back_pos++;
  ++b.live;
  if (b.back_pos - b.front_pos > ring_factor * std::uint64_t{b.live} + ring_slack) ring_compact(bucket);
}

void Cache::ring_leave(Index bucket, Index node) {
  nodes_[node].stamp = never;
  nodes_[node].bucket = none;
  Bucket& b = buckets_[bucket];
  --b.live;
  if (policy_ == EvictionPolicy::lfu && b.live == 0) {
    free_bucket(bucket);
  } else if (b.back_pos - b.front_pos > ring_factor * std::uint64_t{b.live} + ring_slack) {
    ring_compact(bucket);
  }
}

Cache::Index Cache::ring_front(Index bucket) {
  assert(buckets_[bucket].live > 0);
  for (;;) {
    const Bucket& b = buckets_[bucket];
    const Index node = chunks_[item_at(b.front_chunk, b.front_off)];
    if (is_current(bucket, b.front_pos, node)) return node;
    ring_pop(bucket);
  }
}

void Cache::ring_pop(Index bucket) {
  Bucket& b = buckets_[bucket];
  ++b.front_pos;
  ++b.front_off;
  if (b.front_pos == b.back_pos) {
    free_chunks(b.front_chunk, b.back_chunk);
    b.front_chunk = b.back_chunk = none;
    b.front_off = b.back_off = 0;
  } else if (b.front_off == chunk_items) {
    const Index chunk = b.front_chunk;
    b.front_chunk = chunk_next_[chunk];
    b.front_off = 0;
    free_chunks(chunk, chunk);
    if (b.front_chunk != b.back_chunk) prep::algo::prefetch(&chunks_[item_at(chunk_next_[b.front_chunk], 0)]);
  }
}

void Cache::ring_compact(Index bucket) {
  Bucket& b = buckets_[bucket];
  if (b.front_chunk == none) return;
  // The survivors move towards the front in order and are renumbered from front_pos; the write
  // cursor never passes the read cursor, so the chain is rewritten in place. The nodes of the next
  // chunk are prefetched while this one is read: they are independent misses.
  const auto prefetch_nodes = [&](Index chunk) {
    const std::uint32_t end = chunk == b.back_chunk ? b.back_off : chunk_items;
    for (std::uint32_t i = 0; i < end; ++i) prep::algo::prefetch(&nodes_[chunks_[item_at(chunk, i)]]);
  };
  Index read_chunk = b.front_chunk;
  Index write_chunk = read_chunk;
  std::uint32_t read_off = b.front_off;
  std::uint32_t write_off = read_off;
  std::uint64_t write_pos = b.front_pos;
  // The prefetch cursor runs prefetch_depth chunks ahead of the reader.
  constexpr int prefetch_depth = 3;
  Index ahead = read_chunk;
  prefetch_nodes(ahead);
  for (int i = 0; i < prefetch_depth && ahead != b.back_chunk; ++i) {
    ahead = chunk_next_[ahead];
    prefetch_nodes(ahead);
  }
  for (std::uint64_t pos = b.front_pos; pos != b.back_pos; ++pos) {
    if (read_off == chunk_items) {
      read_chunk = chunk_next_[read_chunk];
      read_off = 0;
      if (ahead != b.back_chunk) {
        ahead = chunk_next_[ahead];
        prefetch_nodes(ahead);
      }
    }
    const Index node = chunks_[item_at(read_chunk, read_off++)];
    if (!is_current(bucket, pos, node)) continue;
    if (write_off == chunk_items) {
      write_chunk = chunk_next_[write_chunk];
      write_off = 0;
    }
    chunks_[item_at(write_chunk, write_off++)] = node;
    nodes_[node].stamp = write_pos++;
  }
  if (write_pos == b.front_pos) {
    free_chunks(b.front_chunk, b.back_chunk);
    b.front_chunk = b.back_chunk = none;
    b.front_off = b.back_off = 0;
  } else {
    if (write_chunk != b.back_chunk) free_chunks(chunk_next_[write_chunk], b.back_chunk);
    b.back_chunk = write_chunk;
    b.back_off = write_off;
  }
  b.back_pos = write_pos;
}

void Cache::lru_push(Index node) {
  // Room for ring_factor * count_ + ring_slack items and one more, the most the bound lets through.
  if (lru_back_ - lru_front_ == lru_ring_.size()) lru_grow();
  lru_ring_[lru_back_ & (lru_ring_.size() - 1)] = node;
  nodes_[node].stamp = lru_back_++;
  if (lru_back_ - lru_front_ > ring_factor * count_ + ring_slack) lru_compact();
}

Cache::Index Cache::lru_victim() {
  // The candidates first: every current item in front of the scan's cursor is one of them, so an
  // item that is not was stale when scanned, and still is (an item never becomes current again).
  // A candidate may have gone stale since (a use, or a del): checked again, and usually current.
  const std::size_t mask = lru_ring_.size() - 1;
  while (lru_cand_front_ != lru_cand_back_) {
    const std::uint64_t pos = lru_cand_[lru_cand_front_++ % lru_cand_.size()];
    assert(pos >= lru_front_);
    const Index node = lru_ring_[pos & mask];
    if (nodes_[node].stamp == pos) {
      lru_front_ = pos + 1;
      if (lru_cand_front_ != lru_cand_back_) {  // the next victim's table slot, which removing it writes
        const Index next = lru_ring_[lru_cand_[lru_cand_front_ % lru_cand_.size()] & mask];
        prep::algo::prefetch_write(&slots_[nodes_[next].hash_tag & (slots_.size() - 1)]);
      }
      return node;
    }
  }
  // No candidate left: the items up to the cursor are all stale, the others are read one by one.
  lru_front_ = std::max(lru_front_, lru_scan_);
  Index victim = lru_ring_[lru_front_ & mask];
  while (nodes_[victim].stamp != lru_front_) victim = lru_ring_[++lru_front_ & mask];
  ++lru_front_;
  return victim;
}

void Cache::lru_prefetch_victims() {
  // Run after each eviction: the next victims are the next current items of the ring, and each is
  // a cache miss (its node, then its table slot, as it is the least recently used) behind a stale
  // check that a predictor cannot learn. A cursor runs ahead of the front: the nodes of the items
  // lag ahead of it are fetched, and the items at it, whose nodes were fetched an eviction or two
  // before, are checked, the current ones queued as the next victims' candidates (lru_victim, which
  // fetches the next one's table slot). Without a branch on whether an item is current: each is
  // written at the queue's back, which moves on only for a current one.
  constexpr std::uint64_t step = 16;   // items a call looks at: more than an eviction consumes
  constexpr std::uint64_t lag = 32;
  constexpr std::uint64_t reach = 128;  // how far ahead of the front the cursor may run
  static_assert(reach + step <= std::tuple_size_v<decltype(lru_cand_)>, "the candidates fit");
  const std::size_t mask = lru_ring_.size() - 1;
  std::uint64_t scan = std::max(lru_scan_, lru_front_);
  if (lru_back_ < lag) return;
  const std::uint64_t stop = std::min({scan + step, lru_back_ - lag, lru_front_ + reach});
  std::uint32_t back = lru_cand_back_;
  for (; scan < stop; ++scan) {
    prep::algo::prefetch(&nodes_[lru_ring_[(scan + lag) & mask]]);
    const Node& n = nodes_[lru_ring_[scan & mask]];
    const bool current = n.stamp == scan;
    lru_cand_[back % lru_cand_.size()] = scan;
    back += current ? 1 : 0;
  }
  lru_cand_back_ = back;
  lru_scan_ = std::max(lru_scan_, scan);
}

void Cache::lru_grow() {
  // Only when the most entries held at once grows: the bound then lets the ring get longer.
  const std::size_t size = std::bit_ceil(ring_factor * count_ + ring_slack + 1);
  std::vector<Index, HugePageAllocator<Index>> ring(std::max(size, lru_ring_.size() * 2));
  const std::size_t mask = lru_ring_.size() - 1;
  for (std::uint64_t pos = lru_front_; pos != lru_back_; ++pos) ring[pos & (ring.size() - 1)] = lru_ring_[pos & mask];
  lru_ring_.swap(ring);
}

void Cache::lru_compact() {
  // As ring_compact: the current items move towards the front in order and are renumbered.
  const std::size_t mask = lru_ring_.size() - 1;
  std::uint64_t write = lru_front_;
  constexpr std::uint64_t ahead = 16;  // items whose nodes are prefetched before they are read
  for (std::uint64_t pos = lru_front_; pos != lru_back_ && pos != lru_front_ + ahead; ++pos) {
    prep::algo::prefetch(&nodes_[lru_ring_[pos & mask]]);
  }
  for (std::uint64_t pos = lru_front_; pos != lru_back_; ++pos) {
    if (pos + ahead < lru_back_) prep::algo::prefetch(&nodes_[lru_ring_[(pos + ahead) & mask]]);
    const Index node = lru_ring_[pos & mask];
    if (nodes_[node].stamp != pos) continue;
    lru_ring_[write & mask] = node;
    nodes_[node].stamp = write++;
  }
  lru_back_ = write;
  lru_scan_ = lru_front_;  // the positions changed
  lru_cand_front_ = lru_cand_back_;
}

Cache::Index Cache::new_chunk() {
  Index chunk = free_chunk_;
  if (chunk != none) {
    free_chunk_ = chunk_next_[chunk];
  } else {
    chunk = static_cast<Index>(chunk_next_.size());
    chunk_next_.push_back(none);
    chunks_.resize(chunks_.size() + chunk_items);
  }
  chunk_next_[chunk] = none;
  return chunk;
}

void Cache::free_chunks(Index first, Index last) {
  chunk_next_[last] = free_chunk_;
  free_chunk_ = first;
}

// ---- expiry heap ------------------------------------------------------------------------------

void Cache::heap_place(std::size_t pos, HeapItem item) {
  heap_[pos] = item;
  nodes_[item.node].heap_pos = static_cast<Index>(pos);
}

void Cache::heap_push(Index node) {
  heap_.push_back(HeapItem{nodes_[node].expire_at, node});
  heap_sift_up(heap_.size() - 1);
}

void Cache::heap_erase(Index node) {
  const std::size_t pos = nodes_[node].heap_pos;
  const HeapItem last = heap_.back();
  heap_.pop_back();
  if (pos == heap_.size()) return;
  heap_place(pos, last);
  heap_fix(pos);
}

void Cache::heap_fix(std::size_t pos) {
  if (!heap_sift_up(pos)) heap_sift_down(pos);
}

bool Cache::heap_sift_up(std::size_t pos) {
  const HeapItem item = heap_[pos];
  const std::size_t start = pos;
  while (pos > 0) {
    const std::size_t parent = (pos - 1) / 2;
    if (heap_[parent].expire_at <= item.expire_at) break;
    heap_place(pos, heap_[parent]);
    pos = parent;
  }
  heap_place(pos, item);
  return pos != start;
}

void Cache::heap_sift_down(std::size_t pos) {
  const HeapItem item = heap_[pos];
  const std::size_t n = heap_.size();
  for (;;) {
    std::size_t child = 2 * pos + 1;
    if (child >= n) break;
    if (child + 1 < n && heap_[child + 1].expire_at < heap_[child].expire_at) ++child;
    if (item.expire_at <= heap_[child].expire_at) break;
    heap_place(pos, heap_[child]);
    pos = child;
  }
  heap_place(pos, item);
}

}  // namespace prep::algo
