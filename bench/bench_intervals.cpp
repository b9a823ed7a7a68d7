// Radix-sorted merge versus std::sort + merge, on random intervals.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <vector>

#include "algorithms/interval_columns.hpp"
#include "algorithms/intervals.hpp"
#include "algorithms/parallel.hpp"
#include "algorithms/radix_sort.hpp"

namespace {

std::vector<prep::algo::Interval> random_intervals(std::size_t n) {
  std::mt19937_64 rng(1);
  std::vector<prep::algo::Interval> v(n);
  for (auto& i : v) {
    i.start = static_cast<std::int64_t>(rng() % 1000000000);
    i.end = i.start + static_cast<std::int64_t>(rng() % 100);
  }
  return v;
}

void merge_radix(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(prep::algo::merge_closed(input));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void sort_lsd(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto v = input;
    prep::algo::radix_sort(v, [](const prep::algo::Interval& i) { return i.start; });
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void sort_in_place(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto v = input;
    prep::algo::radix_sort_in_place(v, [](const prep::algo::Interval& i) { return i.start; });
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void merge_std_sort(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto v = input;
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    std::size_t out = 0;
    for (const auto& i : v) {
      if (out > 0 && i.start <= v[out - 1].end) v[out - 1].end = std::max(v[out - 1].end, i.end);
      else v[out++] = i;
    }
    v.resize(out);
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void min_rooms(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto& i : const_cast<std::vector<prep::algo::Interval>&>(input)) i.end += 1;
  for (auto _ : state) benchmark::DoNotOptimize(prep::algo::min_meeting_rooms(input));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

prep::algo::IntervalColumns columns_of(const std::vector<prep::algo::Interval>& intervals, unsigned parts) {
  prep::algo::IntervalColumns columns;
  columns.parts.resize(parts);
  for (std::size_t i = 0; i < intervals.size(); ++i) columns.parts[i * parts / intervals.size()].push_back(intervals[i]);
  return columns;
}

// The column versions the commands use, on one thread and on every core (columns built untimed).
void merge_columns(benchmark::State& state) {
  const auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  const auto threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state) {
    state.PauseTiming();
    auto columns = columns_of(input, threads);
    state.ResumeTiming();
    std::vector<std::size_t> merged(threads);  // per piece: emit runs on the pieces' threads at once
    prep::algo::merge_closed(std::move(columns), threads,
                             [&](unsigned piece, std::span<const prep::algo::Interval> batch) { merged[piece] += batch.size(); });
    benchmark::DoNotOptimize(merged);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void rooms_columns(benchmark::State& state) {
  auto input = random_intervals(static_cast<std::size_t>(state.range(0)));
  for (auto& i : input) i.end += 1;
  const auto threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state) {
    state.PauseTiming();
    auto columns = columns_of(input, threads);
    state.ResumeTiming();
    benchmark::DoNotOptimize(prep::algo::min_meeting_rooms(std::move(columns), threads));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(merge_columns)->Args({5000000, 1})->Args({5000000, 2})->Unit(benchmark::kMillisecond);
BENCHMARK(rooms_columns)->Args({5000000, 1})->Args({5000000, 2})->Unit(benchmark::kMillisecond);
BENCHMARK(merge_radix)->Arg(1000)->Arg(1000000);
BENCHMARK(merge_std_sort)->Arg(1000)->Arg(1000000);
BENCHMARK(min_rooms)->Arg(1000000);
BENCHMARK(sort_lsd)->Arg(5000000);
BENCHMARK(sort_in_place)->Arg(5000000);
BENCHMARK_MAIN();
