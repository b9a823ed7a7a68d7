// lru.hpp — `prep lru` (LeetCode 146 and 460): a cache with O(1) get and put, LRU or LFU eviction,
// optional TTLs on a virtual clock, Redis-style `ttl`, and counters; one operation per line
// (`capacity N`, `put KEY VALUE [TTL]`, `get KEY`, `del KEY`, `ttl KEY`, `tick N`, `stats`) or
// LeetCode's design form (`["LRUCache",…]` / `["LFUCache",…]`).
//
// Streaming: from a pipe or a terminal every line is answered before the next is read; a mapped
// file is parsed a block ahead on a second thread (cli/io/read_ahead.hpp) and each block answered in
// one loop, with the same output, also before a bad line. Parse, solve and render are split per
// operation: parse_line (text → Operation), Session::check/execute (the cache, algorithms/cache.hpp),
// render (Reply → text/JSON).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "algorithms/cache.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::lru {

enum class OpKind { capacity, put, get, del, ttl, tick, stats };

struct Operation {
  OpKind kind = OpKind::stats;
  std::string_view key;
  std::string_view value;
  std::optional<std::int64_t> number;  // capacity: N (>= 0); put: the TTL (> 0); tick: N (>= 0)
  const char* where = nullptr;         // the operation's name in the input
  const char* number_where = nullptr;  // the number's token
};

// One operation from the text of a line (a record); throws InputError at the bad token.
Operation parse_line(const io::Input& input, std::string_view line);

struct Reply {
  enum class Kind { none, value, integer, stats, error };
  Kind kind = Kind::none;
  std::string_view value;      // value (a get that hit): valid until the next apply
  std::int64_t integer = 0;    // integer: -1 for a missed get, del's 1/0, ttl's answer
  algo::CacheStats stats;      // stats
  const char* error = nullptr;  // error: what is wrong with the operation
  bool error_at_number = false;  // error: points at the number rather than the operation
};

// Operations go through check() in input order, then execute(); apply() does both. The split lets
// the line reader keep a few operations in flight and prefetch their keys' places in the cache
// (see Cache::prefetch_slot) while every error is still found, in order, before anything after it
// runs: execute() never fails.
class Session {
 public:
  // capacity: from --capacity, which then replaces any `capacity N` line of the input.
  Session(algo::EvictionPolicy policy, std::optional<std::int64_t> capacity);

  Reply apply(const Operation& operation);
  // An error Reply if operation cannot follow those checked before it, else Kind::none.
  Reply check(const Operation& operation);
  // check() of the commonest operations, inline: true when check() would accept any get, put or
  // del and leave the session unchanged by it (it stays true from then on); false means check()
  // must run.
  [[nodiscard]] bool takes_common() const { return checked_any_ && configured_; }
  // Applies a checked operation; hash is algo::Cache::hash(operation.key).
  Reply execute(const Operation& operation, std::uint64_t hash);
  void prefetch_slot(std::uint64_t hash) const;
  void prefetch_entry(std::uint64_t hash) const;
  // The cache, once a capacity is known (else nullptr), for callers that run checked get, put and
  // del operations on it directly.
  algo::Cache* cache() { return cache_ ? &*cache_ : nullptr; }

 private:
  algo::EvictionPolicy policy_;
  bool capacity_fixed_;     // by the command line
  bool checked_any_ = false;
  bool configured_;         // a capacity is known to check()
  std::int64_t clock_ = 0;  // the clock as check() sees it
  std::optional<algo::Cache> cache_;
};

// One reply as a line of text, or as the next value of a JSON array.
void render(const Reply& reply, io::Output& out);
void render(const Reply& reply, io::JsonWriter& json);

const Problem& problem();

}  // namespace prep::problems::lru
