// rate_limit.hpp — `prep rate-limit`: replay timestamped requests through a rate limiter per key.
//
// A streaming command: each line `TIME [KEY]` is parsed, decided and printed before the next is
// read, so on a bad line the decisions before it stay printed (SPEC.md §1). The three steps are
// separate functions (parse_request, the limiter of algorithms/rate_limit.hpp, render_decision) so
// tests and a judge can drive them in-process; replay() is the whole loop.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

#include "algorithms/rate_limit.hpp"
#include "algorithms/string_interner.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::rate_limit {

// The command line turned into a domain object once; throws io::UsageError for a bad one.
struct Settings {
  algo::RateAlgorithm algorithm = algo::RateAlgorithm::token_bucket;
  algo::RateLimit limit;
  bool stats = false;
  bool json = false;
};
Settings settings(const Options& options);

struct Request {
  std::int64_t time = 0;
  std::string_view key;     // valid until the next read of the input
  std::uint32_t key_id = 0; // dense, in order of first appearance
};

// Reads the next request; false at the end of the input. Throws io::InputError for a line that is
// not `TIME [KEY]`, a negative or non-integer TIME, or a TIME before previous_time.
bool parse_request(io::Input& input, algo::StringInterner& keys, std::int64_t previous_time, Request& request);

// One decision as `TIME KEY allow[ LEAVE]` / `TIME KEY deny`, or as a JSON object in json.
void render_decision(const Request& request, algo::RateDecision decision, algo::RateAlgorithm algorithm,
                     io::Output& out);
void render_decision(const Request& request, algo::RateDecision decision, algo::RateAlgorithm algorithm,
                     io::JsonWriter& json);

struct KeyStats {
  std::uint64_t allowed = 0;
  std::uint64_t denied = 0;
};

// The whole replay. Decisions are written as they are made; with settings.json they form one
// array. With settings.stats, returns the counts per key id (names in keys), else nothing.
std::vector<KeyStats> replay(io::Input& input, io::Output& out, const Settings& settings, algo::StringInterner& keys);

// `KEY allowed=A denied=D` per key in order of first appearance, then a total line.
void render_stats(const std::vector<KeyStats>& stats, const algo::StringInterner& keys, std::FILE* to);

const Problem& problem();

}  // namespace prep::problems::rate_limit
