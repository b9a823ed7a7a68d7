// Tests for algorithms/cache.hpp: examples, then both policies against a list-based model that
// expires entries eagerly at every clock step (the cache under test expires lazily), over exhaustive
// short operation sequences and long seeded random ones.
#include "algorithms/cache.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using prep::algo::Cache;
using prep::algo::CacheStats;
using prep::algo::EvictionPolicy;

namespace {

// The reference: entries in a vector ordered by last use, least recent first; O(n) per operation.
class ModelCache {
 public:
  ModelCache(EvictionPolicy policy, std::uint64_t capacity) : policy_(policy), capacity_(capacity) {}

  std::optional<std::string> get(const std::string& key) {
    const auto it = find(key);
    if (it == entries_.end()) {
      ++stats_.misses;
      return std::nullopt;
    }
    ++stats_.hits;
    return use(it).value;
  }

  void put(const std::string& key, const std::string& value, std::optional<std::int64_t> ttl) {
    if (capacity_ == 0) return;
    const std::uint64_t expire_at = ttl ? now_ + static_cast<std::uint64_t>(*ttl) : never;
    const auto it = find(key);
    if (it != entries_.end()) {
      Entry& e = use(it);
      e.value = value;
      e.expire_at = expire_at;
      return;
    }
    if (entries_.size() == capacity_) {
      auto victim = entries_.begin();
      if (policy_ == EvictionPolicy::lfu) {
        // The first of the least frequent is the least recently used among them.
        for (auto e = entries_.begin(); e != entries_.end(); ++e) {
          if (e->frequency < victim->frequency) victim = e;
        }
      }
      entries_.erase(victim);
      ++stats_.evictions;
    }
    entries_.push_back(Entry{key, value, expire_at, 1});
  }

  bool erase(const std::string& key) {
    const auto it = find(key);
    if (it == entries_.end()) return false;
    entries_.erase(it);
    return true;
  }

  std::int64_t ttl(const std::string& key) {
    const auto it = find(key);
    if (it == entries_.end()) return -2;
    return it->expire_at == never ? -1 : static_cast<std::int64_t>(it->expire_at - now_);
  }

  void advance(std::int64_t dt) {
    now_ += static_cast<std::uint64_t>(dt);
    const auto expired = std::remove_if(entries_.begin(), entries_.end(),
                                        [&](const Entry& e) { return e.expire_at <= now_; });
    stats_.expirations += static_cast<std::uint64_t>(entries_.end() - expired);
    entries_.erase(expired, entries_.end());
  }

  CacheStats stats() const {
    CacheStats s = stats_;
    s.size = entries_.size();
    return s;
  }

 private:
  static constexpr std::uint64_t never = std::numeric_limits<std::uint64_t>::max();
  struct Entry {
    std::string key, value;
    std::uint64_t expire_at;
    std::uint64_t frequency;
  };
  std::vector<Entry>::iterator find(const std::string& key) {
    return std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
  }
  Entry& use(std::vector<Entry>::iterator it) {
    Entry e = std::move(*it);
    ++e.frequency;
    entries_.erase(it);
    entries_.push_back(std::move(e));
    return entries_.back();
  }

  EvictionPolicy policy_;
  std::uint64_t capacity_;
  std::uint64_t now_ = 0;
  CacheStats stats_;
  std::vector<Entry> entries_;
};

bool same(const CacheStats& a, const CacheStats& b) {
  return a.hits == b.hits && a.misses == b.misses && a.evictions == b.evictions &&
         a.expirations == b.expirations && a.size == b.size;
}

std::string show(const CacheStats& s) {
  return "hits=" + std::to_string(s.hits) + " misses=" + std::to_string(s.misses) +
         " evictions=" + std::to_string(s.evictions) + " expirations=" + std::to_string(s.expirations) +
         " size=" + std::to_string(s.size);
}

enum class OpKind { get, put, erase, ttl, tick, stats };
struct Op {
  OpKind kind;
  std::string key;
  std::string value;
  std::optional<std::int64_t> ttl;  // put: the TTL; tick: the step
};

std::string describe(const Op& op) {
  switch (op.kind) {
    case OpKind::get: return "get " + op.key;
    case OpKind::put: return "put " + op.key + " " + op.value + (op.ttl ? " " + std::to_string(*op.ttl) : "");
    case OpKind::erase: return "del " + op.key;
    case OpKind::ttl: return "ttl " + op.key;
    case OpKind::tick: return "tick " + std::to_string(*op.ttl);
    case OpKind::stats: return "stats";
  }
  return "?";
}

// Applies op to both and returns an empty string if they agree, else what differs.
std::string apply(const Op& op, Cache& cache, ModelCache& model) {
  switch (op.kind) {
    case OpKind::get: {
      const auto got = cache.get(op.key);
      const auto want = model.get(op.key);
      if (got.has_value() != want.has_value() || (got && *got != *want)) {
        return "get: " + (got ? std::string(*got) : "-1") + " vs " + (want ? *want : "-1");
      }
      return {};
    }
    case OpKind::put: cache.put(op.key, op.value, op.ttl); model.put(op.key, op.value, op.ttl); return {};
    case OpKind::erase: {
      const bool got = cache.erase(op.key);
      const bool want = model.erase(op.key);
      return got == want ? std::string() : "del: " + std::to_string(got) + " vs " + std::to_string(want);
    }
    case OpKind::ttl: {
      const auto got = cache.ttl(op.key);
      const auto want = model.ttl(op.key);
      return got == want ? std::string() : "ttl: " + std::to_string(got) + " vs " + std::to_string(want);
    }
    case OpKind::tick: cache.advance(*op.ttl); model.advance(*op.ttl); return {};
    case OpKind::stats: {
      const auto got = cache.stats();
      const auto want = model.stats();
      return same(got, want) ? std::string() : "stats: " + show(got) + " vs " + show(want);
    }
  }
  return "?";
}

// Runs ops on a fresh cache and model; on the first disagreement fails with the whole sequence.
void check_sequence(EvictionPolicy policy, std::uint64_t capacity, const std::vector<Op>& ops) {
  Cache cache(policy, capacity);
  ModelCache model(policy, capacity);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const std::string diff = apply(ops[i], cache, model);
    if (diff.empty()) continue;
    std::string trace = std::string(policy == EvictionPolicy::lru ? "lru" : "lfu") +
                        " capacity " + std::to_string(capacity) + ":";
    const std::size_t from = i > 40 ? i - 40 : 0;  // the tail of a long run is enough to replay
    for (std::size_t j = from; j <= i; ++j) trace += "\n  " + describe(ops[j]);
    FAIL(trace << "\n  -> " << diff);
  }
  const auto got = cache.stats();
  const auto want = model.stats();
  if (!same(got, want)) FAIL("final stats " << show(got) << " vs " << show(want));
}

std::string get_value(Cache& cache, std::string_view key) {
  const auto v = cache.get(key);
  return v ? std::string(*v) : "-1";
}

}  // namespace

TEST_CASE("cache: capacity 0 stores nothing and evicts nothing") {
  for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
    Cache cache(policy, 0);
    cache.put("a", "1");
    cache.put("b", "2", 5);
    CHECK_FALSE(cache.get("a"));
    CHECK(cache.ttl("b") == Cache::absent);
    CHECK_FALSE(cache.erase("a"));
    const auto s = cache.stats();
    CHECK(s.misses == 1);
    CHECK(s.evictions == 0);
    CHECK(s.size == 0);
  }
}

TEST_CASE("cache: LeetCode 146 example (LRU)") {
  Cache cache(EvictionPolicy::lru, 2);
  cache.put("1", "1");
  cache.put("2", "2");
  CHECK(get_value(cache, "1") == "1");
  cache.put("3", "3");  // evicts 2
  CHECK(get_value(cache, "2") == "-1");
  cache.put("4", "4");  // evicts 1
  CHECK(get_value(cache, "1") == "-1");
  CHECK(get_value(cache, "3") == "3");
  CHECK(get_value(cache, "4") == "4");
  CHECK(cache.stats().evictions == 2);
}

TEST_CASE("cache: LeetCode 460 example (LFU)") {
  Cache cache(EvictionPolicy::lfu, 2);
  cache.put("1", "1");
  cache.put("2", "2");
  CHECK(get_value(cache, "1") == "1");
  cache.put("3", "3");  // 2 has the lowest frequency
  CHECK(get_value(cache, "2") == "-1");
  CHECK(get_value(cache, "3") == "3");
  cache.put("4", "4");  // 1 and 3 both at frequency 2; 1 is the least recently used
  CHECK(get_value(cache, "1") == "-1");
  CHECK(get_value(cache, "3") == "3");
  CHECK(get_value(cache, "4") == "4");
}

TEST_CASE("cache: TTL example, Redis ttl replies and stats") {
  for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
    Cache cache(policy, 4);
    cache.put("a", "1", 10);
    cache.put("b", "2");
    CHECK(cache.ttl("a") == 10);
    CHECK(cache.ttl("b") == Cache::no_expiry);
    CHECK(cache.ttl("zz") == Cache::absent);
    cache.advance(9);
    CHECK(get_value(cache, "a") == "1");
    CHECK(cache.ttl("a") == 1);
    cache.advance(1);
    CHECK(get_value(cache, "a") == "-1");
    CHECK(cache.ttl("a") == Cache::absent);
    const auto s = cache.stats();
    CHECK(show(s) == "hits=1 misses=1 evictions=0 expirations=1 size=1");
  }
}

TEST_CASE("cache: an expired entry counts once even if never looked at") {
  Cache cache(EvictionPolicy::lru, 3);
  cache.put("a", "1", 1);
  cache.put("b", "1", 2);
  cache.put("c", "1");
  cache.advance(5);
  CHECK(show(cache.stats()) == "hits=0 misses=0 evictions=0 expirations=2 size=1");
  CHECK(show(cache.stats()) == "hits=0 misses=0 evictions=0 expirations=2 size=1");
}

TEST_CASE("cache: expired entries go before a live one is evicted") {
  Cache cache(EvictionPolicy::lru, 2);
  cache.put("old", "1");
  cache.put("short", "2", 3);
  CHECK(get_value(cache, "old") == "1");  // "short" is now least recently used… and will expire
  cache.advance(3);
  cache.put("new", "3");
  CHECK(get_value(cache, "old") == "1");
  CHECK(get_value(cache, "new") == "3");
  CHECK(show(cache.stats()) == "hits=3 misses=0 evictions=0 expirations=1 size=2");
}

TEST_CASE("cache: put without TTL clears it, put with TTL replaces it, del and re-put are fresh") {
  Cache cache(EvictionPolicy::lfu, 2);
  cache.put("k", "1", 5);
  cache.put("k", "2");
  CHECK(cache.ttl("k") == Cache::no_expiry);
  cache.put("k", "3", 7);
  cache.advance(2);
  CHECK(cache.ttl("k") == 5);
  CHECK(cache.erase("k"));
  CHECK_FALSE(cache.erase("k"));
  cache.advance(100);
  CHECK(cache.stats().expirations == 0);  // removed before its time: not an expiration
}

TEST_CASE("cache: clock and TTL near the 64-bit limit") {
  Cache cache(EvictionPolicy::lru, 2);
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  cache.advance(max - 1);
  cache.put("a", "1", max);  // expires at 2^64 - 2: beyond any clock
  CHECK(cache.ttl("a") == max);
  cache.advance(1);
  CHECK(cache.ttl("a") == max - 1);
  CHECK(get_value(cache, "a") == "1");
}

TEST_CASE("cache: long keys and values are stored whole") {
  Cache cache(EvictionPolicy::lru, 2);
  const std::string key(1000, 'k');
  const std::string value(5000, 'v');
  cache.put(key, value);
  cache.put(key + "x", "short");
  CHECK(get_value(cache, key) == value);
  cache.put("z", "1");  // evicts key + "x"
  CHECK(get_value(cache, key + "x") == "-1");
  CHECK(get_value(cache, key) == value);
}

TEST_CASE("cache: keys of every length up to 40 bytes, differing in one byte or in length, stay apart") {
  // Short keys are compared as two words built two ways (stored, and from the probe): every length
  // and every byte position must tell keys apart, including trailing NULs against a shorter key.
  for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
    Cache cache(policy, 10'000);
    std::vector<std::string> keys;
    for (std::size_t length = 0; length <= 40; ++length) {
      const std::string base(length, 'x');
      keys.push_back(base);
      keys.push_back(base + '\0');
      for (std::size_t at = 0; at < length; ++at) {
        std::string k = base;
        k[at] = static_cast<char>(0x80 + at);
        keys.push_back(k);
      }
    }
    for (std::size_t i = 0; i < keys.size(); ++i) cache.put(keys[i], std::to_string(i));
    for (std::size_t i = 0; i < keys.size(); ++i) {
      INFO("key of length " << keys[i].size() << ", number " << i);
      REQUIRE(get_value(cache, keys[i]) == std::to_string(i));
    }
    CHECK(cache.stats().size == keys.size());
  }
}

TEST_CASE("cache: values crossing the inline limit both ways are stored whole") {
  Cache cache(EvictionPolicy::lru, 3);
  const std::string long_a(16, 'a');
  const std::string long_b(300, 'b');
  for (int round = 0; round < 3; ++round) {
    cache.put("k", "short");
    CHECK(get_value(cache, "k") == "short");
    cache.put("k", long_a);
    CHECK(get_value(cache, "k") == long_a);
    cache.put("k", std::string(15, 'c'));
    CHECK(get_value(cache, "k") == std::string(15, 'c'));
    cache.put("k", long_b);
    cache.put(long_b, long_a);  // a long key with a long value, taking released long strings
    CHECK(get_value(cache, "k") == long_b);
    CHECK(get_value(cache, long_b) == long_a);
    CHECK(cache.erase(long_b));
    cache.put("", "");
    CHECK(get_value(cache, "") == "");
  }
}

TEST_CASE("cache: stale ring items from repeated hits are compacted away, keeping LRU order") {
  // Alternating hits on two keys appends an item per hit: the ring goes past 8 * 3 + 16 items and
  // is compacted many times; the third key must still be the least recently used.
  Cache cache(EvictionPolicy::lru, 3);
  cache.put("a", "1");
  cache.put("b", "2");
  cache.put("c", "3");
  for (int i = 0; i < 1000; ++i) {
    REQUIRE(get_value(cache, i % 2 == 0 ? "a" : "b") != "-1");
    REQUIRE(cache.ring_items() <= 8 * 3 + 16);
  }
  cache.put("d", "4");  // evicts c
  CHECK(get_value(cache, "c") == "-1");
  cache.put("e", "5");  // evicts a: b was used last in the loop, then d
  CHECK(get_value(cache, "a") == "-1");
  CHECK(get_value(cache, "b") == "2");
  CHECK(get_value(cache, "d") == "4");
  CHECK(get_value(cache, "e") == "5");
  // Erasing shrinks the live count, so the bound tightens and a compaction runs on the way out.
  for (int i = 0; i < 100; ++i) REQUIRE(get_value(cache, i % 2 == 0 ? "b" : "d") != "-1");
  CHECK(cache.erase("b"));
  CHECK(cache.erase("d"));
  CHECK(cache.ring_items() <= 8 * 1 + 16);
  CHECK(show(cache.stats()) == "hits=1103 misses=2 evictions=2 expirations=0 size=1");
}

TEST_CASE("cache: the rings stay within their bound on a long skewed run, both policies") {
  for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
    Cache cache(policy, 500);
    ModelCache model(policy, 500);
    std::mt19937_64 rng(7);
    std::uint64_t most = 0;
    for (int step = 0; step < 60'000; ++step) {
      // Skewed keys: a few hot ones hit often, many cold ones churn the cache.
      const std::uint64_t r = rng() % 100;
      std::string key("k");
      key += std::to_string(r < 60 ? r % 8 : rng() % 2000);
      if (rng() % 4 == 0) {
        const std::optional<std::int64_t> ttl = rng() % 3 == 0 ? std::optional<std::int64_t>(50) : std::nullopt;
        cache.put(key, key, ttl);
        model.put(key, key, ttl);
      } else {
        const auto got = cache.get(key);
        const auto want = model.get(key);
        REQUIRE(got.has_value() == want.has_value());
      }
      if (step % 16 == 0) {
        cache.advance(1);
        model.advance(1);
      }
      // Every bucket may hold 16 more; for LFU count them by the distinct frequencies, at most size.
      const CacheStats s = cache.stats();
      REQUIRE(cache.ring_items() <= 8 * s.size + 16 * (policy == EvictionPolicy::lru ? 1 : s.size));
      most = std::max(most, cache.ring_items());
    }
    CHECK(same(cache.stats(), model.stats()));
    CHECK(most > 8 * 500 / 2);  // the rings did fill up with stale items before being compacted
  }
}

TEST_CASE("cache: exhaustive sequences of 5 operations over 3 keys match the model") {
  const std::vector<Op> alphabet = {
      {OpKind::get, "a", "", {}},    {OpKind::get, "b", "", {}},      {OpKind::put, "a", "1", {}},
      {OpKind::put, "b", "2", {}},   {OpKind::put, "c", "3", {}},     {OpKind::put, "a", "4", 2},
      {OpKind::put, "b", "5", 1},    {OpKind::tick, "", "", 1},       {OpKind::erase, "a", "", {}},
      {OpKind::ttl, "b", "", {}},
  };
  const std::size_t length = 5;
  std::size_t total = 1;
  for (std::size_t i = 0; i < length; ++i) total *= alphabet.size();
  std::vector<Op> ops(length);
  for (std::size_t code = 0; code < total; ++code) {
    std::size_t rest = code;
    for (std::size_t i = 0; i < length; ++i) {
      ops[i] = alphabet[rest % alphabet.size()];
      rest /= alphabet.size();
    }
    for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
      for (std::uint64_t capacity = 0; capacity <= 3; ++capacity) check_sequence(policy, capacity, ops);
    }
  }
}

TEST_CASE("cache: seeded random sequences with TTLs match the model") {
  for (std::uint32_t seed = 1; seed <= 60; ++seed) {
    std::mt19937_64 rng(seed);
    const std::uint64_t capacity = seed % 10 == 0 ? 0 : rng() % (seed < 30 ? 6 : 60) + 1;
    const std::uint64_t keys = capacity + 1 + rng() % (2 * capacity + 3);
    const bool ttls = seed % 3 != 0;
    auto key = [&] {
      std::string k("k");
      k += std::to_string(rng() % keys);
      if (k.back() == '7') k.append(20, '#');  // some keys beyond the small-string buffer
      return k;
    };
    std::vector<Op> ops;
    for (int step = 0; step < 20'000; ++step) {
      const std::uint64_t r = rng() % 100;
      if (r < 35) {
        ops.push_back({OpKind::get, key(), "", {}});
      } else if (r < 70) {
        std::optional<std::int64_t> ttl;
        if (ttls && rng() % 2 == 0) ttl = static_cast<std::int64_t>(rng() % 12 + 1);
        ops.push_back({OpKind::put, key(), std::to_string(rng() % 1000), ttl});
      } else if (r < 78) {
        ops.push_back({OpKind::tick, "", "", static_cast<std::int64_t>(rng() % 4)});
      } else if (r < 86) {
        ops.push_back({OpKind::erase, key(), "", {}});
      } else if (r < 96) {
        ops.push_back({OpKind::ttl, key(), "", {}});
      } else {
        ops.push_back({OpKind::stats, "", "", {}});
      }
    }
    for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) check_sequence(policy, capacity, ops);
  }
}

TEST_CASE("cache: LRU's ring grows, wraps around and shrinks its live count in any order, matching the model") {
  // The ring is a power-of-two array indexed by position: let the entries grow one at a time
  // while hits keep appending (so the ring has wrapped around, and is compacted, before each time
  // it grows), then erase and evict while hits go on, all checked against the model.
  for (std::uint32_t seed = 1; seed <= 4; ++seed) {
    std::mt19937_64 rng(seed);
    const std::uint64_t capacity = 200 + 50 * seed;
    std::vector<Op> ops;
    const auto key_of = [](std::uint64_t i) {
      std::string k("k");
      k += std::to_string(i);
      return k;
    };
    const auto some_key = [&](std::uint64_t below) { return key_of(rng() % below); };
    for (std::uint64_t n = 1; n <= capacity + 100; ++n) {
      ops.push_back({OpKind::put, key_of(n - 1), std::to_string(n), {}});
      const std::uint64_t hits = rng() % 40;
      for (std::uint64_t h = 0; h < hits; ++h) ops.push_back({OpKind::get, some_key(n), "", {}});
      if (n > capacity / 2 && rng() % 8 == 0) ops.push_back({OpKind::erase, some_key(n), "", {}});
    }
    for (int step = 0; step < 20'000; ++step) {
      const std::uint64_t r = rng() % 100;
      const std::string key = some_key(r < 5 ? 4 * capacity : capacity);
      if (r < 60) {
        ops.push_back({OpKind::get, key, "", {}});
      } else if (r < 90) {
        ops.push_back({OpKind::put, key, std::to_string(step), {}});
      } else {
        ops.push_back({OpKind::erase, key, "", {}});
      }
    }
    check_sequence(EvictionPolicy::lru, capacity, ops);
  }
}

TEST_CASE("cache: a million distinct keys through a cache of 100,000") {
  for (const auto policy : {EvictionPolicy::lru, EvictionPolicy::lfu}) {
    Cache cache(policy, 100'000);
    for (int i = 0; i < 1'000'000; ++i) cache.put("key" + std::to_string(i), std::to_string(i));
    for (int i = 0; i < 1'000'000; i += 1'000) {
      REQUIRE(get_value(cache, "key" + std::to_string(i)) == (i >= 900'000 ? std::to_string(i) : "-1"));
    }
    const auto s = cache.stats();
    CHECK(s.evictions == 900'000);
    CHECK(s.size == 100'000);
  }
}

TEST_CASE("cache: a million entries expire on one tick") {
  Cache cache(EvictionPolicy::lfu, 2'000'000);
  for (int i = 0; i < 1'000'000; ++i) cache.put(std::to_string(i), "v", 1 + i % 1000);
  cache.put("forever", "v");
  cache.advance(1000);
  const auto s = cache.stats();
  CHECK(s.expirations == 1'000'000);
  CHECK(s.size == 1);
}

TEST_CASE("HugePageAllocator: vectors across the 2 MiB threshold keep their values, aligned, through growth and copies") {
  using prep::algo::HugePageAllocator;
  struct alignas(64) Line {
    std::uint64_t word[8];
  };
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> words;
  std::vector<Line, HugePageAllocator<Line>> lines;
  std::mt19937_64 rng(7);
  std::vector<std::uint64_t> expected;
  // 600,000 words (4.6 MiB) and lines (37 MiB): growth passes from operator new to mappings.
  for (std::size_t i = 0; i < 600'000; ++i) {
    const std::uint64_t value = rng();
    expected.push_back(value);
    words.push_back(value);
    lines.push_back(Line{{value, i, 0, 0, 0, 0, 0, value ^ i}});
    if ((i & (i - 1)) == 0 || i + 1 == 600'000) {
      CHECK(reinterpret_cast<std::uintptr_t>(lines.data()) % 64 == 0);
      if (lines.capacity() * sizeof(Line) >= HugePageAllocator<Line>::huge_bytes) {
        CHECK(reinterpret_cast<std::uintptr_t>(lines.data()) % HugePageAllocator<Line>::huge_bytes == 0);
      }
    }
  }
  const std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> copy = words;
  bool same = true;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    same = same && words[i] == expected[i] && copy[i] == expected[i] && lines[i].word[0] == expected[i] &&
           lines[i].word[1] == i && lines[i].word[7] == (expected[i] ^ i);
  }
  CHECK(same);
  words.clear();
  words.shrink_to_fit();  // a mapping given back
  CHECK(words.capacity() == 0);
}
