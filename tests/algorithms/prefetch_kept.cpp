// Compiled, never run: tests/prefetch_kept.py reads this object's disassembly. Each function only
// calls an inline prefetch of an address loaded from memory, the pattern in which GCC 12 deletes a
// __builtin_prefetch and the load behind it (Cache::prefetch_entry, written with the builtin,
// compiled to nothing once inlined); algorithms/prefetch.hpp must keep the instruction.
#include <cstdint>

#include "algorithms/cache.hpp"

extern "C" void prefetch_kept_cache_slot(const prep::algo::Cache& cache, std::uint64_t hash) { cache.prefetch_slot(hash); }
extern "C" void prefetch_kept_cache_entry(const prep::algo::Cache& cache, std::uint64_t hash) { cache.prefetch_entry(hash); }
