// rate_limit.hpp — five rate limiters (at most N requests per W time units), one state per key.
//
// Each algorithm is a small final class behind one interface, RateLimiter::request(key, time), and
// decides exactly as SPEC.md (rate-limit) defines it, in integer arithmetic only; where a product
// can exceed 64 bits (N·W, Δt·N, p·(W − e)) it is formed in 128 bits, so every N, W up to 2^63 − 1
// is exact and nothing has to be rejected. Denied requests never count.
//   token-bucket    N tokens, full at a key's first request, refilled at N per W (level scaled by W)
//   leaky-bucket    a queue that lets one request leave every W/N; full when N are still waiting
//   fixed-window    fewer than N allowed in window TIME div W
//   sliding-log     fewer than N allowed in (TIME − W, TIME]; keeps only those timestamps
//   sliding-window  p·(W − e) + c·W < N·W with c, p allowed in windows k, k − 1 and e = TIME − k·W
// Keys are dense ids (StringInterner); per-key state lives in flat vectors indexed by id, so a
// million keys cost a few tens of megabytes and no request allocates (vectors grow amortized).
//
// Time: O(1) per request for every algorithm (sliding-log amortized: each timestamp is pushed and
//   popped once, and a key's buffer grows by doubling).
// Memory per key: token-bucket 32 bytes, leaky-bucket 8, fixed-window 16, sliding-window 24,
//   sliding-log 32 plus a ring buffer of its timestamps inside the window: 8 bytes each, in a block
//   of size min(2^i, N) from one shared pool (so no key ever holds room for more than N, and memory
//   follows the requests actually in the window, not N times the keys); a key whose window empties
//   gives its block back, and freed blocks are reused for blocks of the same size.
// Preconditions: 1 <= N, 1 <= W (see parameter_error); leaky-bucket needs W a multiple of N;
//   keys are dense (a new key is the next id, as StringInterner hands them out); time >= 0 and not
//   decreasing per key.
// Guarantees: decisions depend only on the key's own earlier requests; a leaky-bucket leaving
//   time is at most TIME + W < 2^64, so it is returned exactly as an unsigned 64-bit number.
// Status: stress-tested against brute-force models that recompute each decision from the whole
//   history (tests/algorithms/test_rate_limit.cpp).
#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "algorithms/prefetch.hpp"

namespace prep::algo {

enum class RateAlgorithm { token_bucket, leaky_bucket, fixed_window, sliding_log, sliding_window };

// Every algorithm in a fixed order (the order `--help` lists them).
inline constexpr std::array<RateAlgorithm, 5> all_rate_algorithms = {
    RateAlgorithm::token_bucket, RateAlgorithm::leaky_bucket, RateAlgorithm::fixed_window,
    RateAlgorithm::sliding_log, RateAlgorithm::sliding_window};

// The command-line name: "token-bucket", "leaky-bucket", "fixed-window", "sliding-log", "sliding-window".
std::string_view rate_algorithm_name(RateAlgorithm algorithm);
std::optional<RateAlgorithm> parse_rate_algorithm(std::string_view name);

struct RateLimit {
  std::int64_t limit = 10;     // N: requests
  std::int64_t window = 1000;  // W: time units
};

// Why (algorithm, limit) cannot be used, or an empty view if it can. The caller turns a non-empty
// answer into a usage error; the limiters assert that it is empty.
std::string_view parameter_error(RateAlgorithm algorithm, RateLimit limit);

struct RateDecision {
  bool allowed = false;
  std::uint64_t leave = 0;  // leaky-bucket only, when allowed: the request's leaving time
  friend bool operator==(const RateDecision&, const RateDecision&) = default;
};

class RateLimiter {
 public:
  virtual ~RateLimiter() = default;
  // Decides the request of key at time and records it if allowed. key <= number of keys seen so far.
  virtual RateDecision request(std::uint32_t key, std::int64_t time) = 0;
  // Makes room for keys ids without reallocating.
  virtual void reserve(std::size_t keys) = 0;
};

std::unique_ptr<RateLimiter> make_rate_limiter(RateAlgorithm algorithm, RateLimit limit);

namespace detail {

__extension__ using int128 = __int128;

// Grows a per-key vector when key is the next new id.
template <class T>
void ensure_key(std::vector<T>& states, std::uint32_t key, const T& fresh) {
  assert(key <= states.size());
  if (key == states.size()) states.push_back(fresh);
}

template <class T>
void prefetch(const std::vector<T>& states, std::uint32_t key) {
  if (key < states.size()) prep::algo::prefetch(&states[key]);
}

}  // namespace detail

// Continuous refill; level kept scaled by W so that a fraction of a token is an exact integer.
class TokenBucket final : public RateLimiter {
 public:
  explicit TokenBucket(RateLimit limit)
      : n_(limit.limit), w_(limit.window), full_(detail::int128{limit.limit} * limit.window) {
    assert(parameter_error(RateAlgorithm::token_bucket, limit).empty());
  }

  RateDecision request(std::uint32_t key, std::int64_t time) override {
    assert(time >= 0);
    detail::ensure_key(states_, key, State{full_, -1});
    State& s = states_[key];
    assert(time >= s.last);
    // The first request finds the bucket full; Δt·N < 2^126, no overflow.
    if (s.last >= 0) s.level = std::min(full_, s.level + detail::int128{time - s.last} * n_);
    s.last = time;
    if (s.level < w_) return {false, 0};
    s.level -= w_;
    return {true, 0};
  }

  void reserve(std::size_t keys) override { states_.reserve(keys); }
  // Starts loading key's state (see StringInterner::prefetch); a no-op for a new key.
  void prefetch(std::uint32_t key) const { detail::prefetch(states_, key); }

 private:
  // Level and time side by side: one cache line per request for a random key.
  struct State {
    detail::int128 level;  // tokens · W
    std::int64_t last;     // time of the previous request, −1 before the first
  };
  std::int64_t n_;
  std::int64_t w_;
  detail::int128 full_;  // N·W
  std::vector<State> states_;  // by key
};

// A FIFO that lets one request leave every d = W/N. Leaving times of a key strictly increase and,
// while the queue stays busy, are d apart, so the requests still waiting at TIME (leaving > TIME)
// are fewer than N exactly when the last leaving time L satisfies L <= TIME + W − d: one number per
// key is the whole queue.
class LeakyBucket final : public RateLimiter {
 public:
  explicit LeakyBucket(RateLimit limit) {
    assert(parameter_error(RateAlgorithm::leaky_bucket, limit).empty());  // before dividing by N
    d_ = static_cast<std::uint64_t>(limit.window / limit.limit);
    w_minus_d_ = static_cast<std::uint64_t>(limit.window) - d_;
  }

  RateDecision request(std::uint32_t key, std::int64_t time) override {
    assert(time >= 0);
    detail::ensure_key(last_leave_, key, none);
    std::uint64_t& last = last_leave_[key];
    const auto t = static_cast<std::uint64_t>(time);
    // t + W − d < 2^64 and, when allowed, last + d <= t + W < 2^64: unsigned, never wraps.
    if (last == none) {
      last = t;
    } else {
      if (last > t + w_minus_d_) return {false, 0};
      last = std::max(t, last + d_);
    }
    return {true, last};
  }

  void reserve(std::size_t keys) override { last_leave_.reserve(keys); }
  void prefetch(std::uint32_t key) const { detail::prefetch(last_leave_, key); }

 private:
  // Leaving times are at most (2^63 − 1) + (2^63 − 1) < 2^64 − 1, so the top value is free.
  static constexpr std::uint64_t none = std::numeric_limits<std::uint64_t>::max();
  std::uint64_t w_minus_d_ = 0;
  std::uint64_t d_ = 0;
  std::vector<std::uint64_t> last_leave_;  // by key
};

class FixedWindow final : public RateLimiter {
 public:
  explicit FixedWindow(RateLimit limit) : n_(limit.limit), w_(limit.window) {
    assert(parameter_error(RateAlgorithm::fixed_window, limit).empty());
  }

  RateDecision request(std::uint32_t key, std::int64_t time) override {
    assert(time >= 0);
    detail::ensure_key(states_, key, State{});
    State& s = states_[key];
    const std::int64_t k = time / w_;
    assert(k >= s.window);
    if (k != s.window) s = State{k, 0};
    if (s.allowed >= n_) return {false, 0};
    ++s.allowed;
    return {true, 0};
  }

  void reserve(std::size_t keys) override { states_.reserve(keys); }
  void prefetch(std::uint32_t key) const { detail::prefetch(states_, key); }

 private:
  struct State {
    std::int64_t window = -1;  // index k of the window counted in allowed
    std::int64_t allowed = 0;
  };
  std::int64_t n_;
  std::int64_t w_;
  std::vector<State> states_;  // by key
};

class SlidingWindowCounter final : public RateLimiter {
 public:
  explicit SlidingWindowCounter(RateLimit limit)
      : w_(limit.window), budget_(detail::int128{limit.limit} * limit.window) {
    assert(parameter_error(RateAlgorithm::sliding_window, limit).empty());
  }

  RateDecision request(std::uint32_t key, std::int64_t time) override {
    assert(time >= 0);
    detail::ensure_key(states_, key, State{});
    State& s = states_[key];
    const std::int64_t k = time / w_;
    const std::int64_t e = time - k * w_;
    assert(k >= s.window);
    if (k != s.window) {
      // Window k − 1 is the old current one only if the key's last window was exactly k − 1.
      s.previous = k - 1 == s.window ? s.current : 0;
      s.current = 0;
      s.window = k;
    }
    // p, c <= N < 2^63 and W − e, W < 2^63: each product < 2^126, the sum < 2^127.
    const detail::int128 weighted =
        detail::int128{s.previous} * (w_ - e) + detail::int128{s.current} * w_;
    if (weighted >= budget_) return {false, 0};
    ++s.current;
    return {true, 0};
  }

  void reserve(std::size_t keys) override { states_.reserve(keys); }
  void prefetch(std::uint32_t key) const { detail::prefetch(states_, key); }

 private:
  struct State {
    std::int64_t window = -1;  // k
    std::int64_t current = 0;  // c: allowed in window k
    std::int64_t previous = 0; // p: allowed in window k − 1
  };
  std::int64_t w_;
  detail::int128 budget_;  // N·W
  std::vector<State> states_;  // by key
};

namespace detail {

// Blocks of timestamps in one arena, in size classes min(2^i, cap); a freed block is kept on its
// class's free list (the list is threaded through the blocks themselves), so after warm-up
// allocating and freeing cost no heap traffic.
class TimestampPool {
 public:
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  explicit TimestampPool(std::uint64_t cap) : cap_(cap) { free_.fill(npos); }

  [[nodiscard]] std::size_t block_size(unsigned size_class) const {
    return static_cast<std::size_t>(std::min<std::uint64_t>(std::uint64_t{1} << size_class, cap_));
  }
  // The class after size_class, or size_class itself if it already holds cap.
  [[nodiscard]] unsigned next_class(unsigned size_class) const {
    return block_size(size_class) >= cap_ ? size_class : size_class + 1;
  }

  std::size_t allocate(unsigned size_class) {
    std::size_t& head = free_[size_class];
    if (head != npos) {
      const std::size_t block = head;
      head = static_cast<std::size_t>(arena_[block]);
      return block;
    }
    const std::size_t block = arena_.size();
    arena_.resize(block + block_size(size_class));
    return block;
  }

  void release(std::size_t block, unsigned size_class) {
    arena_[block] = static_cast<std::int64_t>(free_[size_class]);
    free_[size_class] = block;
  }

  std::int64_t* data() { return arena_.data(); }
  [[nodiscard]] const std::int64_t* data() const { return arena_.data(); }
  [[nodiscard]] std::size_t arena_size() const { return arena_.size(); }

 private:
  std::uint64_t cap_;
  std::array<std::size_t, 64> free_{};
  std::vector<std::int64_t> arena_;
};

}  // namespace detail

// Keeps, per key, the allowed timestamps still inside the window in a ring buffer of at most N.
class SlidingLog final : public RateLimiter {
 public:
  explicit SlidingLog(RateLimit limit)
      : n_(static_cast<std::uint64_t>(limit.limit)), w_(limit.window), pool_(n_) {
    assert(parameter_error(RateAlgorithm::sliding_log, limit).empty());
  }

  RateDecision request(std::uint32_t key, std::int64_t time) override {
    assert(time >= 0);
    detail::ensure_key(logs_, key, Log{});
    Log& log = logs_[key];
    if (log.size > 0) {
      // Drop timestamps <= time − W (no overflow: time >= 0, W > 0). Oldest first at head.
      const std::int64_t expired = time - w_;
      const std::size_t capacity = pool_.block_size(log.size_class);
      const std::int64_t* buffer = pool_.data() + log.block;
      assert(buffer[(log.head + log.size - 1) % capacity] <= time);
      while (log.size > 0 && buffer[log.head] <= expired) {
        if (++log.head == capacity) log.head = 0;
        --log.size;
      }
      if (log.size == 0 && log.size_class > 0) {
        // An idle key should not keep a large block; regrowing is amortized O(1) per request.
        pool_.release(log.block, log.size_class);
        log = Log{};
      }
    }
    if (log.size >= n_) return {false, 0};
    push(log, time);
    return {true, 0};
  }

  void reserve(std::size_t keys) override { logs_.reserve(keys); }
  void prefetch(std::uint32_t key) const { detail::prefetch(logs_, key); }
  // The step after prefetch(key), once the key's Log has arrived: starts loading its oldest timestamp.
  void prefetch_log(std::uint32_t key) const {
    if (key < logs_.size() && logs_[key].size > 0) prep::algo::prefetch(pool_.data() + logs_[key].block + logs_[key].head);
  }

  // Timestamps the pool has room for (live, free and in reserve): for tests of the memory bound.
  [[nodiscard]] std::size_t pool_size() const { return pool_.arena_size(); }
  [[nodiscard]] std::size_t log_size(std::uint32_t key) const {
    return key < logs_.size() ? static_cast<std::size_t>(logs_[key].size) : 0;
  }

 private:
  struct Log {
    std::size_t block = detail::TimestampPool::npos;
    std::size_t head = 0;  // index of the oldest timestamp within the block
    std::size_t size = 0;
    unsigned size_class = 0;
  };

  void push(Log& log, std::int64_t time) {
    if (log.block == detail::TimestampPool::npos) log.block = pool_.allocate(0);
    std::size_t capacity = pool_.block_size(log.size_class);
    if (log.size == capacity) {
      // Full but below N (the caller checked): move to a block of the next class, oldest first.
      const unsigned bigger = pool_.next_class(log.size_class);
      assert(bigger != log.size_class);
      const std::size_t block = pool_.allocate(bigger);  // may move the arena: index after this
      std::int64_t* from = pool_.data() + log.block;
      std::int64_t* to = pool_.data() + block;
      std::copy(from + log.head, from + capacity, to);
      std::copy(from, from + log.head, to + (capacity - log.head));
      pool_.release(log.block, log.size_class);
      log.block = block;
      log.head = 0;
      log.size_class = bigger;
      capacity = pool_.block_size(bigger);
    }
    std::size_t tail = log.head + log.size;
    if (tail >= capacity) tail -= capacity;
    pool_.data()[log.block + tail] = time;
    ++log.size;
  }

  std::uint64_t n_;
  std::int64_t w_;
  detail::TimestampPool pool_;
  std::vector<Log> logs_;  // by key
};

// Calls f(limiter) with the concrete limiter of algorithm, so a hot loop in f is compiled once per
// algorithm with the calls inlined instead of going through the virtual interface.
template <class F>
decltype(auto) with_rate_limiter(RateAlgorithm algorithm, RateLimit limit, F&& f) {
  switch (algorithm) {
    case RateAlgorithm::token_bucket: {
      TokenBucket limiter(limit);
      return f(limiter);
    }
    case RateAlgorithm::leaky_bucket: {
      LeakyBucket limiter(limit);
      return f(limiter);
    }
    case RateAlgorithm::fixed_window: {
      FixedWindow limiter(limit);
      return f(limiter);
    }
    case RateAlgorithm::sliding_log: {
      SlidingLog limiter(limit);
      return f(limiter);
    }
    case RateAlgorithm::sliding_window: break;
  }
  SlidingWindowCounter limiter(limit);
  return f(limiter);
}

}  // namespace prep::algo
