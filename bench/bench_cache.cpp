// Micro-benchmarks of the cache core (algorithms/cache.hpp): get/put over Zipf(0.99)-distributed
// keys, capacity 100,000, one million distinct keys, for both policies. The target is at
// least 20 million operations per second per policy.
#include "algorithms/cache.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

namespace {

using prep::algo::Cache;
using prep::algo::EvictionPolicy;

constexpr std::size_t distinct_keys = 1'000'000;
constexpr std::uint64_t capacity = 100'000;
constexpr std::size_t trace_length = 1U << 21;

// A key of the trace, stored inline so that reading the trace streams through memory, as reading
// the input does, instead of chasing a pointer per operation.
struct TraceKey {
  std::array<char, 15> bytes;
  std::uint8_t length;
  [[nodiscard]] std::string_view view() const { return {bytes.data(), length}; }
};

// A trace of keys drawn from Zipf(s) over distinct_keys names, by inverse transform on the
// cumulative weights (built once, shared by every benchmark).
struct Workload {
  std::vector<std::string> names;
  std::vector<TraceKey> trace;
  std::vector<std::uint8_t> is_put;  // for the mixed benchmark: 1 in 4 operations is a put

  explicit Workload(double s) {
    names.reserve(distinct_keys);
    for (std::size_t i = 0; i < distinct_keys; ++i) names.push_back("user:" + std::to_string(i * 7919 % distinct_keys));
    std::vector<double> cumulative(distinct_keys);
    double sum = 0;
    for (std::size_t i = 0; i < distinct_keys; ++i) {
      sum += 1.0 / std::pow(static_cast<double>(i + 1), s);
      cumulative[i] = sum;
    }
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> uniform(0.0, sum);
    trace.reserve(trace_length);
    is_put.reserve(trace_length);
    for (std::size_t i = 0; i < trace_length; ++i) {
      const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), uniform(rng));
      const auto rank = std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), distinct_keys - 1);
      const std::string& name = names[rank];
      TraceKey key{};
      std::copy(name.begin(), name.end(), key.bytes.begin());
      key.length = static_cast<std::uint8_t>(name.size());
      trace.push_back(key);
      is_put.push_back(rng() % 4 == 0 ? 1 : 0);
    }
  }
};

const Workload& workload() {
  static const Workload w(0.99);
  return w;
}

// Read-through use: get, and put on a miss (every operation is counted: a get, or a get and a put).
void cache_read_through(benchmark::State& state, EvictionPolicy policy) {
  const Workload& w = workload();
  Cache cache(policy, capacity);
  std::size_t i = 0;
  std::int64_t ops = 0;
  for (auto _ : state) {
    const std::string_view key = w.trace[i].view();
    const auto value = cache.get(key);
    benchmark::DoNotOptimize(value);
    ++ops;
    if (!value) {
      cache.put(key, key);
      ++ops;
    }
    i = (i + 1) & (trace_length - 1);
  }
  state.SetItemsProcessed(ops);
  const auto s = cache.stats();
  state.counters["hit_rate"] = static_cast<double>(s.hits) / static_cast<double>(s.hits + s.misses);
}

// A fixed mix: 3 gets to 1 put, a third of the puts with a TTL while the clock ticks.
void cache_mixed_ttl(benchmark::State& state, EvictionPolicy policy) {
  const Workload& w = workload();
  Cache cache(policy, capacity);
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string_view key = w.trace[i].view();
    if (w.is_put[i] != 0) {
      if (i % 3 == 0) {
        cache.put(key, key, 1000);
      } else {
        cache.put(key, key);
      }
    } else {
      benchmark::DoNotOptimize(cache.get(key));
    }
    if ((i & 63) == 0) cache.advance(1);
    i = (i + 1) & (trace_length - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

// The same mix as cache_mixed_ttl, the way `prep lru` drives the cache: 16 operations in flight,
// each key hashed once, its table slot prefetched on arrival, its entry eight operations later
// (Cache::prefetch_slot, Cache::prefetch_entry).
void cache_mixed_pipelined(benchmark::State& state, EvictionPolicy policy) {
  const Workload& w = workload();
  Cache cache(policy, capacity);
  constexpr std::size_t in_flight = 16;
  constexpr std::size_t mask = trace_length - 1;
  std::vector<std::uint64_t> hashes(in_flight);
  std::size_t i = 0;
  for (std::size_t j = 0; j < in_flight; ++j) {
    hashes[j] = Cache::hash(w.trace[j].view());
    cache.prefetch_slot(hashes[j]);
  }
  for (auto _ : state) {
    const std::size_t ahead = (i + in_flight) & mask;
    const std::uint64_t next_hash = Cache::hash(w.trace[ahead].view());
    cache.prefetch_slot(next_hash);
    cache.prefetch_entry(hashes[(i + 8) % in_flight]);
    const std::string_view key = w.trace[i].view();
    const std::uint64_t hash = hashes[i % in_flight];
    if (w.is_put[i] != 0) {
      cache.put(key, key, i % 3 == 0 ? std::optional<std::int64_t>(1000) : std::nullopt, hash);
    } else {
      benchmark::DoNotOptimize(cache.get(key, hash));
    }
    if ((i & 63) == 0) cache.advance(1);
    hashes[i % in_flight] = next_hash;
    i = (i + 1) & mask;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_lru_read_through(benchmark::State& state) { cache_read_through(state, EvictionPolicy::lru); }
void BM_lfu_read_through(benchmark::State& state) { cache_read_through(state, EvictionPolicy::lfu); }
void BM_lru_mixed_ttl(benchmark::State& state) { cache_mixed_ttl(state, EvictionPolicy::lru); }
void BM_lfu_mixed_ttl(benchmark::State& state) { cache_mixed_ttl(state, EvictionPolicy::lfu); }
void BM_lru_mixed_pipelined(benchmark::State& state) { cache_mixed_pipelined(state, EvictionPolicy::lru); }
void BM_lfu_mixed_pipelined(benchmark::State& state) { cache_mixed_pipelined(state, EvictionPolicy::lfu); }

// What reading a key of the trace and hashing it costs alone, to subtract from the numbers above.
void BM_baseline_trace_hash(benchmark::State& state) {
  const Workload& w = workload();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(std::hash<std::string_view>{}(w.trace[i].view()));
    i = (i + 1) & (trace_length - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_lru_read_through);
BENCHMARK(BM_lfu_read_through);
BENCHMARK(BM_lru_mixed_ttl);
BENCHMARK(BM_lfu_mixed_ttl);
BENCHMARK(BM_lru_mixed_pipelined);
BENCHMARK(BM_lfu_mixed_pipelined);
BENCHMARK(BM_baseline_trace_hash);

}  // namespace

BENCHMARK_MAIN();
