#include "algorithms/rate_limit.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <type_traits>
#include <string>
#include <vector>

using prep::algo::all_rate_algorithms;
using prep::algo::make_rate_limiter;
using prep::algo::parameter_error;
using prep::algo::RateAlgorithm;
using prep::algo::RateDecision;
using prep::algo::RateLimit;
using prep::algo::rate_algorithm_name;

namespace {

using int128 = prep::algo::detail::int128;

struct Request {
  std::uint32_t key = 0;
  std::int64_t time = 0;
};

struct Event {
  Request request;
  RateDecision decision;
};

// The decision SPEC.md defines, recomputed from the key's whole history (no state carried over):
// deliberately the slow, obvious reading of each definition.
RateDecision brute_decide(RateAlgorithm algorithm, RateLimit limit, const std::vector<Event>& history,
                          Request now) {
  const int128 n = limit.limit;
  const int128 w = limit.window;
  std::vector<Event> mine;
  for (const Event& event : history) {
    if (event.request.key == now.key) mine.push_back(event);
  }
  const auto count_allowed = [&](auto&& pred) {
    int128 count = 0;
    for (const Event& event : mine) {
      if (event.decision.allowed && pred(event.request.time)) ++count;
    }
    return count;
  };
  const std::int64_t k = now.time / limit.window;
  switch (algorithm) {
    case RateAlgorithm::fixed_window:
      return {count_allowed([&](std::int64_t t) { return t / limit.window == k; }) < n, 0};
    case RateAlgorithm::sliding_log:
      return {count_allowed([&](std::int64_t t) {
                return int128{t} > int128{now.time} - w && t <= now.time;
              }) < n,
              0};
    case RateAlgorithm::sliding_window: {
      const int128 c = count_allowed([&](std::int64_t t) { return t / limit.window == k; });
      const int128 p = count_allowed([&](std::int64_t t) { return t / limit.window == k - 1; });
      const int128 e = int128{now.time} - int128{k} * w;
      return {p * (w - e) + c * w < n * w, 0};
    }
    case RateAlgorithm::token_bucket: {
      // Unrolling level = min(N·W, level + Δt·N), level −= W per allowed request: the level before
      // the current request is the minimum, over every earlier-or-current request i of the key, of
      // N·W + N·(now − t_i) − W·(allowed among requests i .. now−1).
      int128 level = n * w;
      int128 allowed_since = 0;
      for (std::size_t i = mine.size(); i-- > 0;) {
        if (mine[i].decision.allowed) ++allowed_since;
        level = std::min(level, n * w + n * (int128{now.time} - mine[i].request.time) - w * allowed_since);
      }
      return {level >= w, 0};
    }
    case RateAlgorithm::leaky_bucket: {
      const int128 d = w / n;
      int128 waiting = 0;
      int128 last_leave = -1;
      for (const Event& event : mine) {
        if (!event.decision.allowed) continue;
        if (int128{event.decision.leave} > now.time) ++waiting;
        last_leave = event.decision.leave;
      }
      if (waiting >= n) return {false, 0};
      const int128 leave = last_leave < 0 ? int128{now.time} : std::max(int128{now.time}, last_leave + d);
      return {true, static_cast<std::uint64_t>(leave)};
    }
  }
  return {};
}

std::string describe(RateAlgorithm algorithm, RateLimit limit, const std::vector<Event>& history, Request now) {
  std::ostringstream out;
  out << rate_algorithm_name(algorithm) << " N=" << limit.limit << " W=" << limit.window << " history:";
  for (const Event& e : history) {
    out << " (" << e.request.time << " k" << e.request.key << ' ' << (e.decision.allowed ? "allow" : "deny");
    if (e.decision.allowed && algorithm == RateAlgorithm::leaky_bucket) out << ' ' << e.decision.leave;
    out << ')';
  }
  out << " now: " << now.time << " k" << now.key;
  return out.str();
}

// Runs requests through the fast limiter and the brute force side by side; stops at the first
// disagreement (reported with the whole history). Returns the number of disagreements (0 or 1).
int compare(RateAlgorithm algorithm, RateLimit limit, const std::vector<Request>& requests) {
  auto limiter = make_rate_limiter(algorithm, limit);
  std::vector<Event> history;
  for (const Request& request : requests) {
    const RateDecision fast = limiter->request(request.key, request.time);
    const RateDecision slow = brute_decide(algorithm, limit, history, request);
    if (fast != slow) {
      INFO(describe(algorithm, limit, history, request));
      CHECK(fast.allowed == slow.allowed);
      CHECK(fast.leave == slow.leave);
      return 1;
    }
    history.push_back({request, fast});
  }
  return 0;
}

std::vector<std::string> run(RateAlgorithm algorithm, RateLimit limit, const std::vector<std::int64_t>& times,
                             std::uint32_t key = 0) {
  auto limiter = make_rate_limiter(algorithm, limit);
  std::vector<std::string> out;
  for (const std::int64_t t : times) {
    const RateDecision d = limiter->request(key, t);
    std::string line = d.allowed ? "allow" : "deny";
    if (d.allowed && algorithm == RateAlgorithm::leaky_bucket) line += ' ' + std::to_string(d.leave);
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("rate_limit: names round-trip, unknown names are rejected") {
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CHECK(prep::algo::parse_rate_algorithm(rate_algorithm_name(algorithm)) == algorithm);
  }
  CHECK(!prep::algo::parse_rate_algorithm("token_bucket").has_value());
  CHECK(!prep::algo::parse_rate_algorithm("").has_value());
}

TEST_CASE("rate_limit: parameter errors") {
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CHECK(!parameter_error(algorithm, {0, 10}).empty());
    CHECK(!parameter_error(algorithm, {-1, 10}).empty());
    CHECK(!parameter_error(algorithm, {2, 0}).empty());
    CHECK(!parameter_error(algorithm, {2, -5}).empty());
    CHECK(parameter_error(algorithm, {2, 10}).empty());
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    CHECK(parameter_error(algorithm, {big, big}).empty());
  }
  CHECK(!parameter_error(RateAlgorithm::leaky_bucket, {3, 10}).empty());
  CHECK(parameter_error(RateAlgorithm::fixed_window, {3, 10}).empty());
  CHECK(parameter_error(RateAlgorithm::leaky_bucket, {3, 9}).empty());
}

TEST_CASE("rate_limit: no requests, a single request") {
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CHECK(run(algorithm, {1, 1}, {}).empty());
    const std::string allow_line = algorithm == RateAlgorithm::leaky_bucket ? "allow 7" : "allow";
    CHECK(run(algorithm, {1, 1}, {7}) == Lines{allow_line});
  }
}

TEST_CASE("rate_limit: the examples of the issue (N=2, W=10)") {
  const RateLimit limit{2, 10};
  for (const RateAlgorithm algorithm : {RateAlgorithm::token_bucket, RateAlgorithm::fixed_window,
                                        RateAlgorithm::sliding_log, RateAlgorithm::sliding_window}) {
    CAPTURE(rate_algorithm_name(algorithm));
    CHECK(run(algorithm, limit, {0, 0, 0, 0}) == Lines{"allow", "allow", "deny", "deny"});
  }
  CHECK(run(RateAlgorithm::leaky_bucket, limit, {0, 0, 0, 0}) == Lines{"allow 0", "allow 5", "allow 10", "deny"});
  CHECK(run(RateAlgorithm::fixed_window, limit, {8, 9, 9, 10, 11}) ==
        Lines{"allow", "allow", "deny", "allow", "allow"});
  CHECK(run(RateAlgorithm::sliding_log, limit, {8, 9, 9, 10, 11}) ==
        Lines{"allow", "allow", "deny", "deny", "deny"});
  // Counter at 10 (e=0): p=2, c=0 → 2·10 < 20 is false: deny. At 11 (e=1): 2·9 + 0 = 18 < 20: allow.
  CHECK(run(RateAlgorithm::sliding_window, limit, {8, 9, 9, 10, 11}) ==
        Lines{"allow", "allow", "deny", "deny", "allow"});
  // Token bucket: 0 tokens after 8, 9; +0.2 token by 10, +0.4 by 11: deny all three.
  CHECK(run(RateAlgorithm::token_bucket, limit, {8, 9, 9, 10, 11}) ==
        Lines{"allow", "allow", "deny", "deny", "deny"});
  // The log lets 8 expire at 18 exactly (window (8, 18]), 9 at 19.
  CHECK(run(RateAlgorithm::sliding_log, limit, {8, 9, 17, 18, 18, 19}) ==
        Lines{"allow", "allow", "deny", "allow", "deny", "allow"});
}

TEST_CASE("rate_limit: sliding-window counter at a window edge is exactly p·(W − e) + c·W < N·W") {
  // N=3, W=10: three allowed in window 0, then at 10+e the weight of the previous window is 3·(10−e).
  // 3·(10 − e) < 30 holds for every e >= 1: allowed from 11, denied at exactly 10.
  CHECK(run(RateAlgorithm::sliding_window, {3, 10}, {0, 1, 2, 10}) == Lines{"allow", "allow", "allow", "deny"});
  CHECK(run(RateAlgorithm::sliding_window, {3, 10}, {0, 1, 2, 11}) == Lines{"allow", "allow", "allow", "allow"});
  // p=3, then c grows: at e=5, 3·5 + c·10 < 30 ⇔ c < 1.5: c = 0 and 1 pass, the third is denied.
  CHECK(run(RateAlgorithm::sliding_window, {3, 10}, {0, 1, 2, 15, 15, 15}) ==
        Lines{"allow", "allow", "allow", "allow", "allow", "deny"});
  // Equality is a deny: N=2, W=4, p=2 at e=2 → 2·2 + 1·4 = 8 = N·W.
  CHECK(run(RateAlgorithm::sliding_window, {2, 4}, {0, 0, 6, 6}) == Lines{"allow", "allow", "allow", "deny"});
  // A gap of more than one window forgets everything.
  CHECK(run(RateAlgorithm::sliding_window, {1, 10}, {5, 25}) == Lines{"allow", "allow"});
}

TEST_CASE("rate_limit: two keys never affect each other") {
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CAPTURE(rate_algorithm_name(algorithm));
    auto limiter = make_rate_limiter(algorithm, {2, 10});
    std::vector<RateDecision> alone;
    {
      auto single = make_rate_limiter(algorithm, {2, 10});
      for (const std::int64_t t : {0, 0, 0, 3, 9, 10, 12})
        alone.push_back(single->request(0, t));
    }
    std::vector<RateDecision> interleaved;
    std::uint32_t other_allowed = 0;
    const std::vector<std::int64_t> times{0, 0, 0, 3, 9, 10, 12};
    for (const std::int64_t t : times) {
      interleaved.push_back(limiter->request(0, t));
      for (int i = 0; i < 3; ++i) other_allowed += limiter->request(1, t).allowed ? 1U : 0U;
    }
    CHECK(interleaved == alone);
    CHECK(other_allowed > 0);
  }
}

TEST_CASE("rate_limit: token bucket refills continuously, caps at N") {
  // N=2 per W=10: one token every 5. Drain at 0, a token back at 5, none at 9, one at 10.
  CHECK(run(RateAlgorithm::token_bucket, {2, 10}, {0, 0, 4, 5, 9, 10}) ==
        Lines{"allow", "allow", "deny", "allow", "deny", "allow"});
  // A long idle time fills only up to N.
  CHECK(run(RateAlgorithm::token_bucket, {2, 10}, {0, 1000, 1000, 1000}) == Lines{"allow", "allow", "allow", "deny"});
  // Fractions accumulate exactly: N=3, W=10 → 0.3 token per unit: 0.9 at 3, 1.2 at 4 (take one),
  // 0.8 at 6, 1.1 at 7.
  CHECK(run(RateAlgorithm::token_bucket, {3, 10}, {0, 0, 0, 3, 4, 6, 7}) ==
        Lines{"allow", "allow", "allow", "deny", "allow", "deny", "allow"});
}

TEST_CASE("rate_limit: leaky bucket queues and leaves one every W/N") {
  // N=2, W=10, d=5: a busy queue leaves at 5-unit steps; an idle key leaves at once.
  CHECK(run(RateAlgorithm::leaky_bucket, {2, 10}, {0, 1, 2, 6, 100}) ==
        Lines{"allow 0", "allow 5", "allow 10", "allow 15", "allow 100"});
  // At 2 the requests leaving at 5 and 10 are both waiting: deny; at 5 only 10 waits.
  CHECK(run(RateAlgorithm::leaky_bucket, {2, 10}, {0, 0, 0, 2, 5}) ==
        Lines{"allow 0", "allow 5", "allow 10", "deny", "allow 15"});
  CHECK(run(RateAlgorithm::leaky_bucket, {1, 3}, {0, 1, 3, 3, 4}) ==
        Lines{"allow 0", "allow 3", "allow 6", "deny", "deny"});
}

TEST_CASE("rate_limit: exhaustive small streams against the brute force") {
  // Every non-decreasing sequence of up to 6 times in [0, 5], each request on key 0 or 1.
  int failures = 0;
  std::vector<std::int64_t> times;
  const auto each_sequence = [&](auto&& self, std::int64_t from, std::size_t length, auto&& visit) -> void {
    visit(times);
    if (length == 0) return;
    for (std::int64_t t = from; t <= 5; ++t) {
      times.push_back(t);
      self(self, t, length - 1, visit);
      times.pop_back();
    }
  };
  each_sequence(each_sequence, 0, 6, [&](const std::vector<std::int64_t>& seq) {
    if (failures > 0) return;
    const std::size_t key_patterns = std::size_t{1} << seq.size();
    for (std::size_t pattern = 0; pattern < key_patterns; pattern += seq.size() <= 4 ? 1U : 7U) {
      std::vector<Request> requests;
      std::uint32_t next_key = 0;
      for (std::size_t i = 0; i < seq.size(); ++i) {
        auto key = static_cast<std::uint32_t>((pattern >> i) & 1U);
        key = std::min(key, next_key);  // keys must be dense in order of first appearance
        if (key == next_key) ++next_key;
        requests.push_back({key, seq[i]});
      }
      for (const RateAlgorithm algorithm : all_rate_algorithms) {
        for (std::int64_t n = 1; n <= 3; ++n) {
          for (std::int64_t w = 1; w <= 4; ++w) {
            const std::int64_t window = algorithm == RateAlgorithm::leaky_bucket ? n * w : w;
            failures += compare(algorithm, {n, window}, requests);
            if (failures > 0) return;
          }
        }
      }
    }
  });
  CHECK(failures == 0);
}

TEST_CASE("rate_limit: seeded random streams against the brute force") {
  std::mt19937_64 rng(20261128);
  int failures = 0;
  for (int round = 0; round < 400 && failures == 0; ++round) {
    const RateAlgorithm algorithm = all_rate_algorithms[static_cast<std::size_t>(round) % all_rate_algorithms.size()];
    const auto n = static_cast<std::int64_t>(1 + rng() % 6);
    std::int64_t w = static_cast<std::int64_t>(1 + rng() % 20);
    if (algorithm == RateAlgorithm::leaky_bucket) w = n * static_cast<std::int64_t>(1 + rng() % 5);
    const auto keys = static_cast<std::uint32_t>(1 + rng() % 4);
    std::vector<Request> requests;
    std::int64_t t = static_cast<std::int64_t>(rng() % 3);
    std::uint32_t next_key = 0;
    const std::size_t length = 50 + rng() % 250;
    for (std::size_t i = 0; i < length; ++i) {
      // Mostly equal times, with steps to window edges (multiples of W, ±1) and over long gaps.
      switch (rng() % 8) {
        case 0: case 1: case 2: break;
        case 3: t += 1; break;
        case 4: t = (t / w + 1) * w; break;
        case 5: t = (t / w + 1) * w - 1 > t ? (t / w + 1) * w - 1 : t; break;
        case 6: t += static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(w + 1)); break;
        default: t += static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(3 * w + 1)); break;
      }
      auto key = static_cast<std::uint32_t>(rng() % keys);
      key = std::min(key, next_key);
      if (key == next_key) ++next_key;
      requests.push_back({key, t});
    }
    failures += compare(algorithm, {n, w}, requests);
  }
  CHECK(failures == 0);
}

TEST_CASE("rate_limit: huge limits, windows and times stay exact (128-bit intermediates)") {
  std::mt19937_64 rng(7);
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  int failures = 0;
  for (int round = 0; round < 300 && failures == 0; ++round) {
    const RateAlgorithm algorithm = all_rate_algorithms[static_cast<std::size_t>(round) % all_rate_algorithms.size()];
    std::int64_t n = 0;
    std::int64_t w = 0;
    switch (round / 5 % 4) {
      case 0: n = 1 + static_cast<std::int64_t>(rng() % 4); w = max - static_cast<std::int64_t>(rng() % 8); break;
      case 1: n = max - static_cast<std::int64_t>(rng() % 8); w = max - static_cast<std::int64_t>(rng() % 8); break;
      case 2: n = 1 + static_cast<std::int64_t>(rng() % 3); w = std::int64_t{1} << 61; break;
      default: n = std::int64_t{1} << (40 + rng() % 22); w = std::int64_t{3} << 60; break;
    }
    if (algorithm == RateAlgorithm::leaky_bucket) {
      n = std::int64_t{1} << (rng() % 4);
      w = (max / n - static_cast<std::int64_t>(rng() % 4)) * n;
    }
    std::vector<Request> requests;
    std::int64_t t = round % 2 == 0 ? 0 : max / 2;
    for (int i = 0; i < 60; ++i) {
      switch (rng() % 4) {
        case 0: break;
        case 1: t += static_cast<std::int64_t>(rng() % 1000); break;
        default: t += static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>((max - t) / 8 + 1)); break;
      }
      requests.push_back({static_cast<std::uint32_t>(i == 0 ? 0 : rng() % 2), t});
    }
    requests.push_back({0, max});
    requests.push_back({1, max});
    failures += compare(algorithm, {n, w}, requests);
  }
  CHECK(failures == 0);
  // The largest leaving time: T = W = 2^63 − 1 (N = 1) leaves at 2^64 − 2, exactly.
  CHECK(run(RateAlgorithm::leaky_bucket, {1, max}, {max, max, max}) ==
        Lines{"allow " + std::to_string(max), "allow " + std::to_string(std::uint64_t{max} * 2), "deny"});
}

TEST_CASE("rate_limit: sliding log keeps only the window, at most N per key") {
  // 1000 keys with N = 100000: memory follows the timestamps actually in the window, not N.
  prep::algo::SlidingLog log({100000, 10});
  std::uint32_t keys = 0;
  for (std::int64_t t = 0; t < 100; ++t) {
    for (std::uint32_t key = 0; key < 1000; ++key) {
      if (key == keys) ++keys;
      CHECK(log.request(key, t).allowed);
    }
  }
  // Each key holds the 10 timestamps in (89, 99]; blocks are powers of two, freed blocks are reused.
  CHECK(log.log_size(0) == 10);
  CHECK(log.log_size(999) == 10);
  CHECK(log.pool_size() <= 1000 * 32);

  // One hot key fills exactly N, never more, and the block holds N, not the next power of two.
  prep::algo::SlidingLog hot({5, 100});
  for (int i = 0; i < 20; ++i) CHECK(hot.request(0, 0).allowed == (i < 5));
  CHECK(hot.log_size(0) == 5);
  CHECK(hot.pool_size() <= 1 + 2 + 4 + 5);

  // An idle key gives its block back: another key reuses it.
  prep::algo::SlidingLog reuse({64, 10});
  for (int i = 0; i < 64; ++i) CHECK(reuse.request(0, 0).allowed);
  const std::size_t before = reuse.pool_size();
  CHECK(reuse.request(0, 100).allowed);  // everything earlier expired: the 64-block is freed
  CHECK(reuse.log_size(0) == 1);
  for (int i = 0; i < 64; ++i) CHECK(reuse.request(1, 1000).allowed);
  CHECK(reuse.log_size(1) == 64);
  CHECK(reuse.pool_size() <= before + 1);  // key 1 grew through the blocks key 0 gave back
}

TEST_CASE("rate_limit: 200,000 keys, three requests per key per window") {
  // N=2, W=2, requests at 0, 2, 4 (three each). Per key: fixed-window, sliding-log and token-bucket
  // allow 2 per window; leaky-bucket 3 at first (the first leaves at once, so 2 wait) then 2 per
  // window; the counter denies all of window 1 (p·W = 2·2 is not < N·W = 4), then forgets window 0.
  const std::uint32_t keys = 200000;
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CAPTURE(rate_algorithm_name(algorithm));
    auto limiter = make_rate_limiter(algorithm, {2, 2});
    limiter->reserve(keys);
    std::size_t allowed = 0;
    for (std::int64_t t = 0; t < 6; t += 2) {
      for (std::uint32_t key = 0; key < keys; ++key) {
        for (int i = 0; i < 3; ++i) allowed += limiter->request(key, t).allowed ? 1U : 0U;
      }
    }
    std::size_t per_key = 6;
    if (algorithm == RateAlgorithm::leaky_bucket) per_key = 7;
    if (algorithm == RateAlgorithm::sliding_window) per_key = 4;
    CHECK(allowed == std::size_t{keys} * per_key);
  }
}

TEST_CASE("rate_limit: with_rate_limiter hands over the same limiter as make_rate_limiter") {
  std::mt19937_64 rng(99);
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    CAPTURE(rate_algorithm_name(algorithm));
    auto virtual_limiter = make_rate_limiter(algorithm, {3, 12});
    prep::algo::with_rate_limiter(algorithm, {3, 12}, [&](auto& limiter) {
      static_assert(std::is_final_v<std::remove_reference_t<decltype(limiter)>>);
      std::int64_t t = 0;
      for (std::uint32_t i = 0; i < 2000; ++i) {
        t += static_cast<std::int64_t>(rng() % 3);
        const auto key = static_cast<std::uint32_t>(i < 5 ? i : rng() % 5);
        CHECK(limiter.request(key, t) == virtual_limiter->request(key, t));
      }
    });
  }
}
