#include "algorithms/prefix_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using prep::algo::PrefixIndex;

namespace {

// The index of keys (value = position in the list), given in two parts, in list order.
PrefixIndex index_of(const std::vector<std::string>& keys) {
  std::vector<PrefixIndex::Entry> entries;
  for (std::size_t i = 0; i < keys.size(); ++i) entries.push_back({PrefixIndex::pack(keys[i]), i});
  const std::span<const PrefixIndex::Entry> all(entries);
  const std::vector<std::span<const PrefixIndex::Entry>> parts{all.first(entries.size() / 3), all.subspan(entries.size() / 3)};
  std::optional<PrefixIndex> index = PrefixIndex::build(parts);
  REQUIRE(index.has_value());
  return std::move(*index);
}

// The reference: every length of the text, longest first, looked up in an ordered map.
std::uint64_t reference(const std::map<std::string, std::uint64_t>& keys, std::string_view text) {
  for (std::size_t length = text.size(); length > 0; --length) {
    const auto found = keys.find(std::string(text.substr(0, length)));
    if (found != keys.end()) return found->second;
  }
  return PrefixIndex::none;
}

std::string random_digits(std::mt19937_64& rng, std::size_t length, char last_digit) {
  std::uniform_int_distribution<int> digit('0', last_digit);
  std::string s;
  for (std::size_t i = 0; i < length; ++i) s += static_cast<char>(digit(rng));
  return s;
}

// Checks every text against the reference, one at a time and batched. Returns the number checked.
void check_all(const std::vector<std::string>& keys, const std::vector<std::string>& texts) {
  std::map<std::string, std::uint64_t> model;
  for (std::size_t i = 0; i < keys.size(); ++i) model.emplace(keys[i], i);
  REQUIRE(model.size() == keys.size());
  const PrefixIndex index = index_of(keys);
  std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<std::uint64_t> batched(texts.size(), 0);
  index.longest_prefixes(views, batched);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::uint64_t expected = reference(model, texts[i]);
    if (index.longest_prefix(texts[i]) != expected || batched[i] != expected) {
      if (++wrong <= 5) {
        CAPTURE(texts[i]);
        CHECK(index.longest_prefix(texts[i]) == expected);
        CHECK(batched[i] == expected);
      }
    }
  }
  CHECK(wrong == 0);
}

// n distinct random keys over digits '0'..last_digit, of lengths 1..16 (short ones likelier).
std::vector<std::string> random_keys(std::mt19937_64& rng, std::size_t n, char last_digit, std::size_t max_length = 16) {
  std::uniform_int_distribution<std::size_t> length(1, max_length);
  std::map<std::string, int> seen;
  std::vector<std::string> keys;
  for (std::size_t tries = 0; keys.size() < n && tries < 50 * n + 1000; ++tries) {
    std::string key = random_digits(rng, std::min(length(rng), length(rng)), last_digit);
    if (seen.emplace(key, 0).second) keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

TEST_CASE("prefix index: pack orders digit strings lexicographically, a prefix first") {
  const std::vector<std::string> sorted{"0", "00", "0000000000000000", "01", "1", "19", "2", "9", "99999999999999", "9999999999999999"};
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    CAPTURE(sorted[i]);
    CHECK(PrefixIndex::pack(sorted[i - 1]) < PrefixIndex::pack(sorted[i]));
  }
  CHECK(PrefixIndex::pack("") == 0);
  CHECK(PrefixIndex::pack("1234567890123456789") == PrefixIndex::pack("1234567890123456"));
}

TEST_CASE("prefix index: empty, and the issue's example") {
  const PrefixIndex empty;
  CHECK(empty.longest_prefix("") == PrefixIndex::none);
  CHECK(empty.longest_prefix("14151234567") == PrefixIndex::none);
  const std::vector<std::string> keys{"1415123", "1412", "1"};
  const PrefixIndex index = index_of(keys);
  CHECK(index.longest_prefix("14151234567") == 0);
  CHECK(index.longest_prefix("14125550000") == 1);
  CHECK(index.longest_prefix("442071234567") == PrefixIndex::none);
  CHECK(index.longest_prefix("1415") == 2);
  CHECK(index.longest_prefix("") == PrefixIndex::none);
  CHECK(index.indexed_digits() == 1);
}

TEST_CASE("prefix index: exhaustive, key sets over two digits, every text up to 7") {
  // Every subset of a pool of short keys: chains of keys that are prefixes of each other, texts
  // shorter than the indexed digits, equal to a key, and past every key.
  const std::vector<std::string> pool{"0", "1", "00", "01", "10", "000", "010", "0101", "1", "11"};
  std::vector<std::string> texts{""};
  for (std::size_t length = 1; length <= 7; ++length) {
    for (std::size_t bits = 0; bits < (std::size_t{1} << length); ++bits) {
      std::string t;
      for (std::size_t i = 0; i < length; ++i) t += static_cast<char>('0' + ((bits >> i) & 1));
      texts.push_back(t);
    }
  }
  texts.emplace_back("2");
  texts.emplace_back("02");
  for (std::size_t subset = 0; subset < (std::size_t{1} << pool.size()); ++subset) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < pool.size(); ++i) {
      if ((subset >> i & 1) != 0 && std::find(keys.begin(), keys.end(), pool[i]) == keys.end()) keys.push_back(pool[i]);
    }
    CAPTURE(subset);
    check_all(keys, texts);
  }
}

TEST_CASE("prefix index: random key sets of every size (1 to 6 digits indexed), random texts") {
  std::mt19937_64 rng(20261128);
  for (const std::size_t n : std::vector<std::size_t>{1, 7, 12, 90, 150, 999, 1500, 12000, 150000}) {
    for (const char last_digit : {'1', '3', '9'}) {
      CAPTURE(n);
      CAPTURE(last_digit);
      const std::vector<std::string> keys = random_keys(rng, n, last_digit);
      std::vector<std::string> texts;
      std::uniform_int_distribution<std::size_t> length(0, 20);
      std::uniform_int_distribution<std::size_t> pick(0, keys.size() - 1);
      for (int i = 0; i < 3000; ++i) {
        std::string text = random_digits(rng, length(rng), last_digit);
        if (i % 2 == 0) text = keys[pick(rng)] + text;  // most texts start with a key
        texts.push_back(std::move(text));
      }
      check_all(keys, texts);
    }
  }
}

TEST_CASE("prefix index: long buckets (bisection and chains), keys of 16 digits, texts past 16") {
  std::mt19937_64 rng(7);
  // Few keys, so one digit is indexed, all sharing it: every key is in one bucket of hundreds,
  // with long chains of prefixes (two digits).
  for (const char last_digit : {'1', '2', '9'}) {
    std::vector<std::string> keys = random_keys(rng, 9, last_digit);
    for (std::string& key : random_keys(rng, 600, last_digit, 15)) {
      key = "5" + key;
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    keys.emplace_back("5" + std::string(15, last_digit));  // 16 digits
    std::vector<std::string> texts;
    std::uniform_int_distribution<std::size_t> length(0, 22);
    std::uniform_int_distribution<std::size_t> pick(0, keys.size() - 1);
    for (int i = 0; i < 20000; ++i) {
      std::string text = random_digits(rng, length(rng), last_digit);
      if (i % 3 != 0) text = keys[pick(rng)] + text;
      if (i % 5 == 0) text = std::string(1, '5') + text;
      texts.push_back(std::move(text));
    }
    texts.push_back(std::string(1, '5') + std::string(21, last_digit));
    check_all(keys, texts);
  }
  // The same at six digits indexed, with one crowded block.
  std::vector<std::string> keys = random_keys(rng, 200000, '9');
  for (std::string& key : random_keys(rng, 300, '1', 10)) {
    key = "123456" + key;
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  std::vector<std::string> texts;
  std::uniform_int_distribution<std::size_t> length(0, 12);
  for (int i = 0; i < 20000; ++i) texts.push_back("123456" + random_digits(rng, length(rng), '1'));
  check_all(keys, texts);
}

TEST_CASE("prefix index: a key given twice fails the build, wherever it falls") {
  std::mt19937_64 rng(3);
  for (const std::size_t n : std::vector<std::size_t>{2, 30, 5000, 200000}) {
    std::vector<std::string> keys = random_keys(rng, n, '9');
    std::vector<PrefixIndex::Entry> entries;
    for (std::size_t i = 0; i < keys.size(); ++i) entries.push_back({PrefixIndex::pack(keys[i]), i});
    REQUIRE(PrefixIndex::build(entries).has_value());
    for (int round = 0; round < 20; ++round) {
      std::vector<PrefixIndex::Entry> twice = entries;
      twice.push_back(entries[rng() % entries.size()]);  // short (below D digits), D digits, longer
      std::swap(twice.back(), twice[rng() % twice.size()]);
      CHECK_FALSE(PrefixIndex::build(twice).has_value());
    }
  }
}
