#include "algorithms/string_interner.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

using prep::algo::StringInterner;

TEST_CASE("string_interner: empty") {
  StringInterner interner;
  CHECK(interner.size() == 0);
  CHECK(interner.find("") == StringInterner::npos);
  CHECK(interner.find("a") == StringInterner::npos);
}

TEST_CASE("string_interner: ids are dense, in order of first appearance") {
  StringInterner interner;
  CHECK(interner.intern("b") == 0);
  CHECK(interner.intern("a") == 1);
  CHECK(interner.intern("b") == 0);
  CHECK(interner.intern("") == 2);
  CHECK(interner.find("") == 2);
  CHECK(interner.name(0) == "b");
  CHECK(interner.name(1) == "a");
  CHECK(interner.name(2).empty());
}

TEST_CASE("string_interner: random keys against std::unordered_map") {
  std::mt19937_64 rng(12345);
  for (int round = 0; round < 4; ++round) {
    StringInterner interner;
    if (round % 2 == 1) interner.reserve(1000, 8000);
    std::unordered_map<std::string, std::uint32_t> model;
    const std::uint64_t alphabet = 2 + static_cast<std::uint64_t>(round) * 10;
    for (int i = 0; i < 20000; ++i) {
      std::string key;
      const auto length = rng() % 6;
      for (std::size_t j = 0; j < length; ++j) key.push_back(static_cast<char>('a' + rng() % alphabet));
      if (rng() % 3 == 0) {
        const auto it = model.find(key);
        CHECK(interner.find(key) == (it == model.end() ? StringInterner::npos : it->second));
      } else {
        const auto [it, added] = model.try_emplace(key, static_cast<std::uint32_t>(model.size()));
        CHECK(interner.intern(key) == it->second);
      }
    }
    REQUIRE(interner.size() == model.size());
    for (const auto& [key, id] : model) CHECK(interner.name(id) == key);
  }
}

TEST_CASE("string_interner: intern_all gives the ids intern gives, in batches of any size") {
  std::mt19937_64 rng(777);
  std::vector<std::string> keys(50000);
  for (auto& key : keys) key = std::to_string(rng() % 20000);  // repeats, and the table rehashes
  StringInterner one_by_one;
  std::vector<std::uint32_t> expected;
  for (const auto& key : keys) expected.push_back(one_by_one.intern(key));
  for (const std::size_t batch : {std::size_t{1}, std::size_t{5}, std::size_t{13}, std::size_t{4096}, keys.size()}) {
    StringInterner batched;
    std::vector<std::string_view> views(keys.begin(), keys.end());
    std::vector<std::uint32_t> ids(keys.size(), StringInterner::npos);
    for (std::size_t i = 0; i < views.size(); i += batch) {
      const std::size_t count = std::min(batch, views.size() - i);
      batched.intern_all(std::span(views).subspan(i, count), std::span(ids).subspan(i, count));
    }
    CHECK(ids == expected);
    CHECK(batched.size() == one_by_one.size());
  }
  StringInterner empty;
  empty.intern_all({}, {});
  CHECK(empty.size() == 0);
}
