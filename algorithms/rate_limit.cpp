// rate_limit.cpp — names, parameter checks and the factory of the rate limiters (rate_limit.hpp).
#include "algorithms/rate_limit.hpp"

namespace prep::algo {

std::string_view rate_algorithm_name(RateAlgorithm algorithm) {
  switch (algorithm) {
    case RateAlgorithm::token_bucket: return "token-bucket";
    case RateAlgorithm::leaky_bucket: return "leaky-bucket";
    case RateAlgorithm::fixed_window: return "fixed-window";
    case RateAlgorithm::sliding_log: return "sliding-log";
    case RateAlgorithm::sliding_window: return "sliding-window";
  }
  return "?";
}

std::optional<RateAlgorithm> parse_rate_algorithm(std::string_view name) {
  for (const RateAlgorithm algorithm : all_rate_algorithms) {
    if (rate_algorithm_name(algorithm) == name) return algorithm;
  }
  return std::nullopt;
}

std::string_view parameter_error(RateAlgorithm algorithm, RateLimit limit) {
  if (limit.limit <= 0) return "the limit must be a positive integer";
  if (limit.window <= 0) return "the window must be a positive integer";
  if (algorithm == RateAlgorithm::leaky_bucket && limit.window % limit.limit != 0) {
    return "leaky-bucket needs a window that is a multiple of the limit (one request leaves every window/limit)";
  }
  return {};
}

std::unique_ptr<RateLimiter> make_rate_limiter(RateAlgorithm algorithm, RateLimit limit) {
  switch (algorithm) {
    case RateAlgorithm::token_bucket: return std::make_unique<TokenBucket>(limit);
    case RateAlgorithm::leaky_bucket: return std::make_unique<LeakyBucket>(limit);
    case RateAlgorithm::fixed_window: return std::make_unique<FixedWindow>(limit);
    case RateAlgorithm::sliding_log: return std::make_unique<SlidingLog>(limit);
    case RateAlgorithm::sliding_window: return std::make_unique<SlidingWindowCounter>(limit);
  }
  return nullptr;
}

}  // namespace prep::algo
