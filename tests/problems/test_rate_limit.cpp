#include "problems/rate_limit.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "cli/io/errors.hpp"

namespace rl = prep::problems::rate_limit;
using prep::Options;
using prep::algo::RateAlgorithm;

namespace {

struct Run {
  std::string out;     // what reached standard output (decisions before an error included)
  std::string where;   // the error's source:line:column, empty if none
  std::string error;
};

Run replay(const std::string& text, const rl::Settings& settings) {
  Run run;
  prep::io::Input input = prep::io::Input::from_text("req.txt", text);
  {
    prep::io::Output out(run.out);
    prep::algo::StringInterner keys;
    try {
      rl::replay(input, out, settings, keys);
    } catch (const prep::io::InputError& e) {
      run.where = e.where();
      run.error = e.what();
    }
    out.commit();
  }
  return run;
}

rl::Settings make(RateAlgorithm algorithm, std::int64_t n, std::int64_t w, bool json = false) {
  rl::Settings s;
  s.algorithm = algorithm;
  s.limit = {n, w};
  s.json = json;
  return s;
}

Options options(std::initializer_list<std::pair<const char*, const char*>> values) {
  Options o;
  for (const auto& [key, value] : values) o.set(key, value);
  return o;
}

}  // namespace

TEST_CASE("rate-limit settings: defaults, algorithms, usage errors") {
  const rl::Settings defaults = rl::settings(Options{});
  CHECK(defaults.algorithm == RateAlgorithm::token_bucket);
  CHECK(defaults.limit.limit == 10);
  CHECK(defaults.limit.window == 1000);
  CHECK(rl::settings(options({{"algorithm", "sliding-log"}})).algorithm == RateAlgorithm::sliding_log);
  CHECK_THROWS_AS(rl::settings(options({{"algorithm", "bogus"}})), prep::io::UsageError);
  CHECK_THROWS_AS(rl::settings(options({{"limit", "0"}})), prep::io::UsageError);
  CHECK_THROWS_AS(rl::settings(options({{"limit", "-3"}})), prep::io::UsageError);
  CHECK_THROWS_AS(rl::settings(options({{"window", "0"}})), prep::io::UsageError);
  CHECK_THROWS_AS(rl::settings(options({{"algorithm", "leaky-bucket"}, {"limit", "3"}, {"window", "10"}})),
                  prep::io::UsageError);
  CHECK(rl::settings(options({{"algorithm", "leaky-bucket"}, {"limit", "5"}, {"window", "10"}})).limit.window == 10);
}

TEST_CASE("rate-limit: empty input, comments, default key") {
  CHECK(replay("", make(RateAlgorithm::token_bucket, 2, 10)).out.empty());
  CHECK(replay("# nothing\n\n", make(RateAlgorithm::token_bucket, 2, 10)).out.empty());
  CHECK(replay("0\n0\n0\n", make(RateAlgorithm::fixed_window, 2, 10)).out == "0 - allow\n0 - allow\n0 - deny\n");
  CHECK(replay("5,a\r\n6\tb\n", make(RateAlgorithm::fixed_window, 2, 10)).out == "5 a allow\n6 b allow\n");
}

TEST_CASE("rate-limit: the issue's examples, N=2 W=10") {
  const std::string zeros = "0\n0\n0\n0\n";
  for (const RateAlgorithm a : {RateAlgorithm::token_bucket, RateAlgorithm::fixed_window, RateAlgorithm::sliding_log,
                                RateAlgorithm::sliding_window}) {
    CHECK(replay(zeros, make(a, 2, 10)).out == "0 - allow\n0 - allow\n0 - deny\n0 - deny\n");
  }
  CHECK(replay(zeros, make(RateAlgorithm::leaky_bucket, 2, 10)).out ==
        "0 - allow 0\n0 - allow 5\n0 - allow 10\n0 - deny\n");
  const std::string edge = "8 u\n9 u\n9 u\n10 u\n11 u\n";
  CHECK(replay(edge, make(RateAlgorithm::fixed_window, 2, 10)).out ==
        "8 u allow\n9 u allow\n9 u deny\n10 u allow\n11 u allow\n");
  CHECK(replay(edge, make(RateAlgorithm::sliding_log, 2, 10)).out ==
        "8 u allow\n9 u allow\n9 u deny\n10 u deny\n11 u deny\n");
}

TEST_CASE("rate-limit: two keys never affect each other") {
  const Run run = replay("0 a\n0 b\n0 a\n0 b\n0 a\n0 b\n", make(RateAlgorithm::sliding_log, 2, 10));
  CHECK(run.out == "0 a allow\n0 b allow\n0 a allow\n0 b allow\n0 a deny\n0 b deny\n");
}

TEST_CASE("rate-limit: bad input stops after the decisions before it") {
  const rl::Settings s = make(RateAlgorithm::fixed_window, 2, 10);
  Run run = replay("1 a\n5 a\n4 a\n9 a\n", s);
  CHECK(run.out == "1 a allow\n5 a allow\n");
  CHECK(run.where == "req.txt:3:1");
  CHECK(run.error.find("before the previous") != std::string::npos);

  run = replay("1 a\n-1 a\n", s);
  CHECK(run.out == "1 a allow\n");
  CHECK(run.where == "req.txt:2:1");
  CHECK(run.error.find("negative") != std::string::npos);

  run = replay("1 a\n# c\n1.5 a\n", s);
  CHECK(run.out == "1 a allow\n");
  CHECK(run.where == "req.txt:3:1");

  run = replay("1 a\n  2 a extra\n", s);
  CHECK(run.out == "1 a allow\n");
  CHECK(run.where == "req.txt:2:7");

  run = replay("99999999999999999999 a\n", s);
  CHECK(run.out.empty());
  CHECK(run.where == "req.txt:1:1");

  // The time order is global, across keys.
  run = replay("5 a\n3 b\n", s);
  CHECK(run.out == "5 a allow\n");
  CHECK(run.where == "req.txt:2:1");
}

TEST_CASE("rate-limit: JSON is one array of objects") {
  CHECK(replay("", make(RateAlgorithm::leaky_bucket, 1, 1, true)).out == "[]\n");
  // N=1: the first leaves at once, the second waits until 1, the third finds the queue full.
  CHECK(replay("0 \"q\"\n0 \"q\"\n0 \"q\"\n", make(RateAlgorithm::leaky_bucket, 1, 1, true)).out ==
        "[{\"time\":0,\"key\":\"\\\"q\\\"\",\"decision\":\"allow\",\"leave\":0},"
        "{\"time\":0,\"key\":\"\\\"q\\\"\",\"decision\":\"allow\",\"leave\":1},"
        "{\"time\":0,\"key\":\"\\\"q\\\"\",\"decision\":\"deny\"}]\n");
  CHECK(replay("3\n", make(RateAlgorithm::token_bucket, 1, 1, true)).out ==
        "[{\"time\":3,\"key\":\"-\",\"decision\":\"allow\"}]\n");
}

TEST_CASE("rate-limit: leaving times up to 2^64 - 2 are printed exactly") {
  const std::string max = "9223372036854775807";
  CHECK(replay(max + "\n" + max + "\n", make(RateAlgorithm::leaky_bucket, 1, INT64_MAX)).out ==
        max + " - allow " + max + "\n" + max + " - allow 18446744073709551614\n");
}

TEST_CASE("rate-limit: stats per key in order of first appearance") {
  prep::io::Input input = prep::io::Input::from_text("req.txt", "0 b\n0 a\n0 b\n0 b\n");
  std::string sink;
  prep::io::Output out(sink);
  prep::algo::StringInterner keys;
  rl::Settings settings = make(RateAlgorithm::fixed_window, 2, 10);
  settings.stats = true;
  const auto stats = rl::replay(input, out, settings, keys);
  out.commit();
  REQUIRE(stats.size() == 2);
  CHECK(stats[0].allowed == 2);
  CHECK(stats[0].denied == 1);
  CHECK(stats[1].allowed == 1);
  CHECK(stats[1].denied == 0);
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  rl::render_stats(stats, keys, file);
  std::rewind(file);
  std::string text(256, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), file));
  std::fclose(file);
  CHECK(text == "b allowed=2 denied=1\na allowed=1 denied=0\ntotal: keys=2 allowed=3 denied=1\n");
}

TEST_CASE("rate-limit: an error deep in the input, past several batches, keeps every earlier decision") {
  std::string text;
  std::string expected;
  for (int t = 0; t < 50; ++t) {
    text += std::to_string(t) + " k" + std::to_string(t % 7) + "\n";
    expected += std::to_string(t) + " k" + std::to_string(t % 7) + " allow\n";
  }
  text += "49 k1\n48 k2\n";
  expected += "49 k1 allow\n";
  for (const RateAlgorithm a : prep::algo::all_rate_algorithms) {
    const std::int64_t w = a == RateAlgorithm::leaky_bucket ? 100 : 1000;
    const Run run = replay(text, make(a, 100, w));
    std::string want = expected;
    if (a == RateAlgorithm::leaky_bucket) {
      // W/N = 1 and a key's requests are 7 apart: each leaves at its own time (49 k1: after 43 + 1).
      want.clear();
      for (int t = 0; t < 50; ++t) {
        want += std::to_string(t) + " k" + std::to_string(t % 7) + " allow " + std::to_string(t) + "\n";
      }
      want += "49 k1 allow 49\n";
    }
    CHECK(run.out == want);
    CHECK(run.where == "req.txt:52:1");
  }
}
