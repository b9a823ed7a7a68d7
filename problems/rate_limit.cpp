// rate_limit.cpp — `prep rate-limit`: per-key rate limiting of a request stream, one decision per line.
#include "problems/rate_limit.hpp"

#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/io/text.hpp"

namespace prep::problems::rate_limit {

Settings settings(const Options& options) {
  Settings result;
  const std::string name = options.text("algorithm").value_or("token-bucket");
  const auto algorithm = algo::parse_rate_algorithm(name);
  if (!algorithm) {
    throw io::UsageError(fmt::format("unknown --algorithm {}: expected token-bucket, leaky-bucket, fixed-window, "
                                     "sliding-log or sliding-window",
                                     io::quote(name)));
  }
  result.algorithm = *algorithm;
  result.limit.limit = options.integer("limit").value_or(10);
  result.limit.window = options.integer("window").value_or(1000);
  if (result.limit.limit <= 0) throw io::UsageError(fmt::format("--limit must be positive, not {}", result.limit.limit));
  if (result.limit.window <= 0) throw io::UsageError(fmt::format("--window must be positive, not {}", result.limit.window));
  if (!algo::parameter_error(result.algorithm, result.limit).empty()) {
    throw io::UsageError(fmt::format("leaky-bucket needs --window to be a multiple of --limit (one request leaves "
                                     "every window/limit time units), but {} is not a multiple of {}",
                                     result.limit.window, result.limit.limit));
  }
  result.stats = options.flag("stats");
  result.json = options.json();
  return result;
}

namespace {

// Reads and checks the next `TIME [KEY]` line; key is valid until the next read.
bool read_line(io::Input& input, std::int64_t previous_time, std::int64_t& time, std::string_view& key) {
  io::Line line;
  if (!input.next_record(line)) return false;
  io::Tokens tokens(line.text);
  std::string_view time_token;
  tokens.next(time_token);  // a record has at least one token
  key = "-";
  if (tokens.next(key)) {
    std::string_view extra;
    if (tokens.next(extra)) {
      throw input.error_at(extra.data(), fmt::format("unexpected {}: expected 'TIME [KEY]'", io::quote(extra)));
    }
  }
  time = io::expect_int64(input, time_token, "TIME");
  if (time < 0) throw input.error_at(time_token.data(), fmt::format("TIME {} is negative", time));
  if (time < previous_time) {
    throw input.error_at(time_token.data(), fmt::format("TIME {} is before the previous request's time {} (times "
                                                        "may not decrease)",
                                                        time, previous_time));
  }
  return true;
}

}  // namespace

bool parse_request(io::Input& input, algo::StringInterner& keys, std::int64_t previous_time, Request& request) {
  std::string_view key;
  if (!read_line(input, previous_time, request.time, key)) return false;
  request.key = key;
  request.key_id = keys.intern(key);
  return true;
}

namespace {

std::string_view decision_word(algo::RateDecision decision) { return decision.allowed ? "allow" : "deny"; }

bool shows_leave(algo::RateDecision decision, algo::RateAlgorithm algorithm) {
  return decision.allowed && algorithm == algo::RateAlgorithm::leaky_bucket;
}

}  // namespace

void render_decision(const Request& request, algo::RateDecision decision, algo::RateAlgorithm algorithm,
                     io::Output& out) {
  out.integer(request.time);
  out.put(' ');
  out.write(request.key);
  if (shows_leave(decision, algorithm)) {
    out.write(" allow ");
    const fmt::format_int leave(decision.leave);  // up to 2^64 − 2: unsigned
    out.write(std::string_view(leave.data(), leave.size()));
    out.put('\n');
  } else {
    out.write(decision.allowed ? " allow\n" : " deny\n");
  }
}

void render_decision(const Request& request, algo::RateDecision decision, algo::RateAlgorithm algorithm,
                     io::JsonWriter& json) {
  json.begin_object();
  json.field("time", request.time);
  json.field("key", request.key);
  json.field("decision", decision_word(decision));
  if (shows_leave(decision, algorithm)) json.field("leave", decision.leave);
  json.end_object();
}

std::vector<KeyStats> replay(io::Input& input, io::Output& out, const Settings& settings, algo::StringInterner& keys) {
  std::vector<KeyStats> stats;
  std::optional<io::JsonWriter> json;
  if (settings.json) {
    json.emplace(out);
    json->begin_array();
  }
  algo::with_rate_limiter(settings.algorithm, settings.limit, [&](auto& limiter) {
    // With a hundred thousand keys nearly every request misses the cache three or four times (hash
    // slot, key bytes, limiter state), one after the other. So requests are read a batch ahead and
    // the loads of the whole batch are started before any is needed, which lets the misses overlap.
    // The batch is decided before any read that may wait for input (on_wait), so an interactive
    // session still gets each answer at once, and before an input error is reported.
    constexpr std::size_t batch_size = 16;
    std::array<std::int64_t, batch_size> times{};
    std::array<std::string, batch_size> names;  // copies: a line's text dies with the next read
    std::array<std::uint32_t, batch_size> ids{};
    std::size_t pending = 0;
    const auto decide = [&] {
      for (std::size_t i = 0; i < pending; ++i) ids[i] = keys.intern(names[i]);
      for (std::size_t i = 0; i < pending; ++i) limiter.prefetch(ids[i]);
      if constexpr (requires { limiter.prefetch_log(0U); }) {
        for (std::size_t i = 0; i < pending; ++i) limiter.prefetch_log(ids[i]);
      }
      for (std::size_t i = 0; i < pending; ++i) {
        const Request request{times[i], names[i], ids[i]};
        const algo::RateDecision decision = limiter.request(request.key_id, request.time);
        if (settings.stats) {  // another random access per request: only when asked for
          if (request.key_id == stats.size()) stats.emplace_back();
          ++(decision.allowed ? stats[request.key_id].allowed : stats[request.key_id].denied);
        }
        if (json) {
          render_decision(request, decision, settings.algorithm, *json);
        } else {
          render_decision(request, decision, settings.algorithm, out);
        }
      }
      pending = 0;
    };
    // Before a read that may wait, decide the batch read so far (then the CLI's flush runs).
    const io::Input::ScopedWaitHook decide_before_waiting(input, decide);
    try {
      std::int64_t previous_time = 0;
      std::int64_t time = 0;
      std::string_view key;
      // Not straight into times[pending]: the read may decide the batch (on_wait) and reset pending.
      while (read_line(input, previous_time, time, key)) {
        previous_time = time;
        times[pending] = time;
        names[pending].assign(key);
        keys.prefetch(key);
        if (++pending == batch_size) decide();
      }
      decide();
    } catch (const io::InputError&) {
      decide();  // the decisions before the bad line stay printed
      throw;
    }
  });
  if (json) {
    json->end_array();
    json->finish();
  }
  return stats;
}

void render_stats(const std::vector<KeyStats>& stats, const algo::StringInterner& keys, std::FILE* to) {
  // One buffer, one write: a hundred thousand keys should not cost a hundred thousand stdio calls.
  fmt::memory_buffer text;
  KeyStats total;
  for (std::uint32_t id = 0; id < stats.size(); ++id) {
    fmt::format_to(fmt::appender(text), "{} allowed={} denied={}\n", keys.name(id), stats[id].allowed,
                   stats[id].denied);
    total.allowed += stats[id].allowed;
    total.denied += stats[id].denied;
  }
  fmt::format_to(fmt::appender(text), "total: keys={} allowed={} denied={}\n", stats.size(), total.allowed,
                 total.denied);
  std::fwrite(text.data(), 1, text.size(), to);
  std::fflush(to);
}

namespace {

void run(Context& context) {
  const Settings chosen = settings(context.options);
  algo::StringInterner keys;
  const std::vector<KeyStats> stats = replay(context.input, context.out, chosen, keys);
  if (chosen.stats) {
    context.out.flush();  // decisions first when both streams go to one terminal
    render_stats(stats, keys, context.diagnostics);
  }
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "rate-limit",
      .summary = "Replay requests through a per-key rate limiter: token/leaky bucket, fixed/sliding window, sliding log",
      .complexity = "O(1) per request (sliding-log amortized); O(keys) space, sliding-log + O(N) per busy key",
      .explanation = "rate-limit/explain.txt",
      .samples = {{.args = {"--limit", "2", "--window", "10"}, .input = "rate-limit/sample.txt"},
                  {.args = {"--algorithm", "leaky-bucket", "--limit", "2", "--window", "10"},
                   .input = "rate-limit/sample.txt"},
                  {.args = {"--algorithm", "sliding-window", "--limit", "2", "--window", "10"},
                   .input = "rate-limit/sample.txt"}},
      .options = {{.flags = "--algorithm", .key = "algorithm", .kind = OptionSpec::Kind::choice,
                   .help = "the limiter (when to pick which: prep explain rate-limit)",
                   .default_value = "token-bucket",
                   .choices = {"token-bucket", "leaky-bucket", "fixed-window", "sliding-log", "sliding-window"},
                   .value_name = "NAME"},
                  {.flags = "--limit", .key = "limit", .kind = OptionSpec::Kind::integer,
                   .help = "N: at most N requests per window (positive)", .default_value = "10", .value_name = "N"},
                  {.flags = "--window", .key = "window", .kind = OptionSpec::Kind::integer,
                   .help = "W: the window in the unit of TIME (positive; leaky-bucket: a multiple of N)",
                   .default_value = "1000", .value_name = "W"},
                  {.flags = "--stats", .key = "stats", .kind = OptionSpec::Kind::flag,
                   .help = "at the end, print allowed/denied counts per key to standard error"}},
      .streaming = true,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::rate_limit
