// Tests for problems/lru: parse_line, Session::apply and render in-process, and whole runs.
#include "problems/lru.hpp"

#include <doctest/doctest.h>

#include <string>

#include "cli/io/errors.hpp"

namespace lru = prep::problems::lru;

namespace {

// Runs the command on text as the CLI would; returns stdout, or stdout + "error: <where>: <message>".
std::string run(const std::string& text, std::initializer_list<std::pair<std::string, std::string>> options = {}) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  std::string sink;
  prep::io::Output out(sink);
  prep::Options opts;
  for (const auto& [key, value] : options) opts.set(key, value);
  prep::Context context{input, out, opts, nullptr};
  try {
    lru::problem().run(context);
  } catch (const prep::io::InputError& e) {
    if (!out.held()) out.flush();
    return sink + "error: " + e.where() + ": " + e.what();
  }
  out.commit();
  return sink;
}

}  // namespace

TEST_CASE("lru: parse_line") {
  prep::io::Input input = prep::io::Input::from_text("t", "");
  const lru::Operation put = lru::parse_line(input, "put k v 5");
  CHECK(put.kind == lru::OpKind::put);
  CHECK(put.key == "k");
  CHECK(put.value == "v");
  CHECK(put.number == 5);
  CHECK_FALSE(lru::parse_line(input, "put k v").number.has_value());
  CHECK(lru::parse_line(input, "tick 0").number == 0);
  CHECK(lru::parse_line(input, "capacity 3").number == 3);
  CHECK_THROWS_AS(lru::parse_line(input, "get"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "put k"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "put k v 0"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "put k v 1.5"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "tick -1"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "capacity -1"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "stats now"), prep::io::InputError);
  CHECK_THROWS_AS(lru::parse_line(input, "set k v"), prep::io::InputError);
}

TEST_CASE("lru: session needs a capacity first, and only first") {
  lru::Session session(prep::algo::EvictionPolicy::lru, std::nullopt);
  CHECK(session.apply({lru::OpKind::get, "k", {}, {}, nullptr, nullptr}).kind == lru::Reply::Kind::error);
  lru::Session configured(prep::algo::EvictionPolicy::lru, std::nullopt);
  CHECK(configured.apply({lru::OpKind::capacity, {}, {}, 1, nullptr, nullptr}).kind == lru::Reply::Kind::none);
  CHECK(configured.apply({lru::OpKind::get, "k", {}, {}, nullptr, nullptr}).integer == -1);
  CHECK(configured.apply({lru::OpKind::capacity, {}, {}, 1, nullptr, nullptr}).kind == lru::Reply::Kind::error);
}

TEST_CASE("lru: line form, the TTL example of the issue") {
  CHECK(run("capacity 2\nput a 1 10\ntick 9\nget a\ntick 1\nget a\nttl a\nput b 2\nttl b\nstats\n") ==
        "1\n-1\n-2\n-1\nhits=1 misses=1 evictions=0 expirations=1 size=1\n");
}

TEST_CASE("lru: policies differ on the same input") {
  const std::string text = "capacity 2\nput a 1\nput b 2\nget a\nget a\nget b\nput c 3\nget a\nget b\n";
  CHECK(run(text) == "1\n1\n2\n-1\n2\n");                              // LRU evicts a
  CHECK(run(text, {{"policy", "lfu"}}) == "1\n1\n2\n1\n-1\n");         // LFU evicts b (used once)
}

TEST_CASE("lru: --capacity, capacity 0, del") {
  CHECK(run("put a 1\nget a\n", {{"capacity", "1"}}) == "1\n");
  CHECK(run("capacity 5\nput a 1\nput b 2\nget a\n", {{"capacity", "1"}}) == "-1\n");  // the option wins
  CHECK(run("capacity 0\nput a 1\nget a\ndel a\nstats\n") == "-1\n0\nhits=0 misses=1 evictions=0 expirations=0 size=0\n");
  CHECK(run("capacity 3\nput a 1\ndel a\ndel a\n") == "1\n0\n");
}

TEST_CASE("lru: bad lines stop after the earlier answers") {
  CHECK(run("put a 1\n") == "error: t:1:1: no capacity: the first line must be 'capacity N' (or use --capacity N)");
  CHECK(run("capacity 1\nput a 1\nget a\nfrobnicate\n") ==
        "1\nerror: t:4:1: unknown operation 'frobnicate': expected capacity, put, get, del, ttl, tick or stats");
  CHECK(run("capacity 1\nget\n") == "error: t:2:4: missing KEY: expected 'get KEY'");
  CHECK(run("capacity -3\n") == "error: t:1:10: capacity N must not be negative");
  CHECK(run("capacity 1\nput a 1 x\n") == "error: t:2:9: expected an integer for TTL, found 'x'");
  CHECK(run("capacity 1\nget a\ncapacity 2\n") == "-1\nerror: t:3:1: 'capacity N' must be the first line");
  CHECK(run("capacity 1\ntick 9223372036854775807\ntick 1\n") == "error: t:3:6: the clock would pass 2^63 - 1");
}

TEST_CASE("lru: JSON") {
  CHECK(run("capacity 2\nput a x\nget a\nget b\nstats\n", {{"json", "true"}}) ==
        "[\"x\",-1,{\"hits\":1,\"misses\":1,\"evictions\":0,\"expirations\":0,\"size\":1}]\n");
  CHECK(run("capacity 1\n", {{"json", "true"}}) == "[]\n");
}

TEST_CASE("lru: LeetCode design form") {
  CHECK(run("[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"put\",\"get\",\"get\",\"get\"]\n"
            "[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]\n") == "[null,null,null,1,null,-1,null,-1,3,4]\n");
  CHECK(run("[\"LFUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"get\",\"put\",\"get\",\"get\",\"get\"]\n"
            "[[2],[1,1],[2,2],[1],[3,3],[2],[3],[4,4],[1],[3],[4]]\n") == "[null,null,null,1,null,-1,3,null,-1,3,4]\n");
  CHECK(run("[\"LRUCache\",\"put\",\"get\"]\n[[0],[1,1],[1]]") == "[null,null,-1]\n");
  CHECK(run("[\"LRUCache\",\"put\",\"tick\",\"ttl\",\"stats\"]\n[[1],[\"k\",\"v\",5],[2],[\"k\"],[]]") ==
        "[null,null,null,3,{\"hits\":0,\"misses\":0,\"evictions\":0,\"expirations\":0,\"size\":1}]\n");
  CHECK(run("[\"LRUCache\",\"put\"]\n[[2],[1]]") == "error: t:2:6: put takes KEY VALUE [TTL], found 1 argument");
  CHECK(run("[\"LRUCache\",\"get\"]\n[[-1],[1]]") == "error: t:2:2: capacity N must not be negative");
  CHECK_THROWS_AS(run("[\"LFUCache\"]\n[[1]]", {{"policy", "lru"}}), prep::io::UsageError);
}

TEST_CASE("lru: a million operations with evictions") {
  std::string text = "capacity 1000\n";
  for (int i = 0; i < 500'000; ++i) text += "put k" + std::to_string(i) + " " + std::to_string(i) + "\n";
  for (int i = 499'000; i < 500'000; ++i) text += "get k" + std::to_string(i) + "\n";
  text += "get k0\nstats\n";
  std::string expected;
  for (int i = 499'000; i < 500'000; ++i) expected += std::to_string(i) + "\n";
  expected += "-1\nhits=1000 misses=1 evictions=499000 expirations=0 size=1000\n";
  CHECK(run(text) == expected);
}
