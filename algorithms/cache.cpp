// cache.cpp — the LRU/LFU cache of cache.hpp: node pool, bucket lists, hash table, expiry heap.
#include "algorithms/cache.hpp"

#include <cassert>
#include <cstring>
#include <utility>

namespace prep::algo {

namespace {

std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

}  // namespace

std::uint64_t Cache::hash(std::string_view key) {
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

void Cache::prefetch_slot(std::uint64_t hash) const {
  __builtin_prefetch(&slots_[tag_of(hash) & (slots_.size() - 1)]);
}

void Cache::prefetch_entry(std::uint64_t hash) const {
  // Only the home slot is looked at: most keys sit there, and a wrong guess costs nothing but the hint.
  const std::uint64_t slot = slots_[tag_of(hash) & (slots_.size() - 1)];
  if (slot == 0 || tag_of(slot) != tag_of(hash)) return;
  const std::uint32_t node = static_cast<std::uint32_t>(slot) - 1;
  __builtin_prefetch(&entries_[node]);
  __builtin_prefetch(&links_[node]);
}

void Cache::prefetch_neighbours(std::uint64_t hash) const {
  const std::uint64_t slot = slots_[tag_of(hash) & (slots_.size() - 1)];
  if (slot == 0 || tag_of(slot) != tag_of(hash)) return;
  const Links& links = links_[static_cast<std::uint32_t>(slot) - 1];
  if (links.prev != none) __builtin_prefetch(&links_[links.prev], 1);
  if (links.next != none) __builtin_prefetch(&links_[links.next], 1);
}

void Cache::prefetch_victim() const {
  // A full cache evicts on its next put of a new key, and the victim is already known: start
  // loading its entry, links and table slot now, so those misses overlap with other work.
  const Index victim = buckets_[first_bucket_].tail;
  __builtin_prefetch(&entries_[victim], 1);
  __builtin_prefetch(&links_[victim], 1);
  __builtin_prefetch(&slots_[links_[victim].hash_tag & (slots_.size() - 1)], 1);
}

Cache::Cache(EvictionPolicy policy, std::uint64_t capacity) : policy_(policy), capacity_(capacity) {
  slots_.assign(16, 0);
  if (policy_ == EvictionPolicy::lru) first_bucket_ = new_bucket(0, none);
}

std::optional<std::string_view> Cache::get(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) {
    ++stats_.misses;
    return std::nullopt;
  }
  ++stats_.hits;
  touch(node);
  return std::string_view(entries_[node].value);
}

void Cache::put(std::string_view key, std::string_view value, std::optional<std::int64_t> ttl, std::uint64_t hash) {
  assert(!ttl || *ttl > 0);
  if (capacity_ == 0) return;
  Index node = find_live(key, hash);
  if (node != none) {
    entries_[node].value.assign(value);
    touch(node);
  } else {
    if (count_ >= capacity_) make_room();
    node = insert_node(key, value, hash);
    if (count_ >= capacity_) prefetch_victim();
  }
  set_expiry(node, ttl);
}

bool Cache::erase(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) return false;
  remove_node(node);
  return true;
}

std::int64_t Cache::ttl(std::string_view key, std::uint64_t hash) {
  const Index node = find_live(key, hash);
  if (node == none) return absent;
  const std::uint64_t expire_at = links_[node].expire_at;
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

Cache::Index Cache::find_live(std::string_view key, std::uint64_t hash) {
  const std::uint64_t slot = slots_[probe(key, hash)];
  if (slot == 0) return none;
  const auto node = static_cast<Index>(static_cast<std::uint32_t>(slot) - 1);
  if (links_[node].expire_at <= now_) {
    remove_node(node);
    ++stats_.expirations;
    return none;
  }
  return node;
}

Cache::Index Cache::insert_node(std::string_view key, std::string_view value, std::uint64_t hash) {
  Index node = free_node_;
  if (node != none) {
    free_node_ = links_[node].next;
  } else {
    assert(entries_.size() < none);
    node = static_cast<Index>(entries_.size());
    entries_.emplace_back();
    links_.emplace_back();
  }
  // assign() reuses the buffers a recycled node already has, so a warm cache does not allocate.
  entries_[node].key.assign(key);
  entries_[node].value.assign(value);
  links_[node].hash_tag = tag_of(hash);

  Index bucket = first_bucket_;
  if (policy_ == EvictionPolicy::lfu && (bucket == none || buckets_[bucket].frequency != 1)) {
    bucket = new_bucket(1, none);
  }
  link_front(bucket, node);
  ++count_;
  if ((count_ + 1) * 4 > slots_.size() * 3) table_grow();
  table_insert(node, hash);
  return node;
}

void Cache::remove_node(Index node) {
  table_erase(node);
  if (links_[node].heap_pos != none) heap_erase(node);
  links_[node].expire_at = never;
  const Index bucket = links_[node].bucket;
  unlink(node);
  if (policy_ == EvictionPolicy::lfu && buckets_[bucket].head == none) free_bucket(bucket);
  links_[node].next = free_node_;
  free_node_ = node;
  --count_;
}

void Cache::touch(Index node) {
  const Index bucket = links_[node].bucket;
  if (policy_ == EvictionPolicy::lru) {
    if (buckets_[bucket].head == node) return;
    unlink(node);
    link_front(bucket, node);
    return;
  }
  Bucket& b = buckets_[bucket];
  const std::uint64_t frequency = b.frequency + 1;
  Index target = b.next;
  if (target == none || buckets_[target].frequency != frequency) {
    // Alone in its bucket: the bucket itself can move up one frequency, keeping the order.
    if (b.head == node && b.tail == node) {
      b.frequency = frequency;
      return;
    }
    target = new_bucket(frequency, bucket);
  }
  unlink(node);
  link_front(target, node);
  if (buckets_[bucket].head == none) free_bucket(bucket);
}

void Cache::make_room() {
  purge_expired();
  if (count_ < capacity_) return;
  remove_node(buckets_[first_bucket_].tail);
  ++stats_.evictions;
}

void Cache::set_expiry(Index node, std::optional<std::int64_t> ttl) {
  if (!ttl) {
    links_[node].expire_at = never;
    if (links_[node].heap_pos != none) heap_erase(node);
    return;
  }
  // now_ and ttl are both at most INT64_MAX, so the sum fits and stays below never.
  const std::uint64_t expire_at = now_ + static_cast<std::uint64_t>(*ttl);
  links_[node].expire_at = expire_at;
  if (links_[node].heap_pos == none) {
    heap_push(node);
  } else {
    heap_[links_[node].heap_pos].expire_at = expire_at;
    heap_fix(links_[node].heap_pos);
  }
}

// ---- hash table -------------------------------------------------------------------------------

std::size_t Cache::probe(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t tag = hash & 0xffffffff00000000ULL;
  for (std::size_t slot = tag_of(hash) & mask;; slot = (slot + 1) & mask) {
    const std::uint64_t s = slots_[slot];
    if (s == 0) return slot;
    if ((s & 0xffffffff00000000ULL) == tag && entries_[static_cast<std::uint32_t>(s) - 1].key == key) return slot;
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
  const std::uint64_t want = (std::uint64_t{links_[node].hash_tag} << 32) | (std::uint64_t{node} + 1);
  std::size_t hole = links_[node].hash_tag & mask;
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
  std::vector<std::uint64_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const std::uint64_t s : old) {
    if (s == 0) continue;
    std::size_t slot = static_cast<std::size_t>(s >> 32) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = s;
  }
}

// ---- bucket lists -----------------------------------------------------------------------------

Cache::Index Cache::new_bucket(std::uint64_t frequency, Index after) {
  Index bucket = free_bucket_;
  if (bucket != none) {
    free_bucket_ = buckets_[bucket].next;
  } else {
    bucket = static_cast<Index>(buckets_.size());
    buckets_.emplace_back();
  }
  Bucket& b = buckets_[bucket];
  b.frequency = frequency;
  b.head = b.tail = none;
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
  if (b.prev == none) {
    first_bucket_ = b.next;
  } else {
    buckets_[b.prev].next = b.next;
  }
  if (b.next != none) buckets_[b.next].prev = b.prev;
  b.next = free_bucket_;
  free_bucket_ = bucket;
}

void Cache::link_front(Index bucket, Index node) {
  Bucket& b = buckets_[bucket];
  Links& n = links_[node];
  n.bucket = bucket;
  n.prev = none;
  n.next = b.head;
  if (b.head == none) {
    b.tail = node;
  } else {
    links_[b.head].prev = node;
  }
  b.head = node;
}

void Cache::unlink(Index node) {
  Links& n = links_[node];
  Bucket& b = buckets_[n.bucket];
  if (n.prev == none) {
    b.head = n.next;
  } else {
    links_[n.prev].next = n.next;
  }
  if (n.next == none) {
    b.tail = n.prev;
  } else {
    links_[n.next].prev = n.prev;
  }
  n.prev = n.next = none;
}

// ---- expiry heap ------------------------------------------------------------------------------

void Cache::heap_place(std::size_t pos, HeapItem item) {
  heap_[pos] = item;
  links_[item.node].heap_pos = static_cast<Index>(pos);
}

void Cache::heap_push(Index node) {
  heap_.push_back(HeapItem{links_[node].expire_at, node});
  heap_sift_up(heap_.size() - 1);
}

void Cache::heap_erase(Index node) {
  const std::size_t pos = links_[node].heap_pos;
  links_[node].heap_pos = none;
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
