#include "algorithms/trie.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using prep::algo::DigitTrie;

namespace {

using Occurrence = std::tuple<std::size_t, std::uint32_t>;  // (end, key id)

// Naive search: every key at every position; ordered like for_each_match (end up, then longer first).
std::vector<Occurrence> naive_matches(const std::vector<std::string>& keys, const std::vector<std::uint32_t>& ids,
                                      const std::string& text) {
  std::vector<std::tuple<std::size_t, std::size_t, std::uint32_t>> found;  // end, -length, id
  std::vector<bool> seen(keys.size() + 1, false);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (seen[ids[k]]) continue;  // a duplicate key is one key
    seen[ids[k]] = true;
    for (std::size_t pos = text.find(keys[k]); pos != std::string::npos; pos = text.find(keys[k], pos + 1)) {
      found.emplace_back(pos + keys[k].size(), text.size() - keys[k].size(), ids[k]);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<Occurrence> out;
  for (const auto& [end, neg_length, id] : found) out.emplace_back(end, id);
  return out;
}

std::vector<Occurrence> automaton_matches(const DigitTrie& trie, const std::string& text) {
  std::vector<Occurrence> out;
  trie.for_each_match(text, [&](std::size_t end, std::uint32_t id) { out.emplace_back(end, id); });
  return out;
}

std::uint32_t brute_longest_prefix(const std::vector<std::string>& keys, const std::vector<std::uint32_t>& ids,
                                   const std::string& text) {
  std::uint32_t best = DigitTrie::none;
  std::size_t best_length = 0;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (text.compare(0, keys[k].size(), keys[k]) == 0 && keys[k].size() <= text.size() &&
        (best == DigitTrie::none || keys[k].size() > best_length)) {
      best = ids[k];
      best_length = keys[k].size();
    }
  }
  return best;
}

// All strings over the first `alphabet` digits with length in [min_length, max_length].
std::vector<std::string> all_strings(std::size_t alphabet, std::size_t min_length, std::size_t max_length) {
  std::vector<std::string> out;
  std::vector<std::string> level{""};
  for (std::size_t length = 0; length <= max_length; ++length) {
    if (length >= min_length) out.insert(out.end(), level.begin(), level.end());
    std::vector<std::string> next;
    for (const auto& s : level) {
      for (std::size_t c = 0; c < alphabet; ++c) next.push_back(s + static_cast<char>('0' + c));
    }
    level = std::move(next);
  }
  return out;
}

std::string random_digits(std::mt19937_64& rng, std::size_t alphabet, std::size_t length) {
  std::string s;
  for (std::size_t i = 0; i < length; ++i) s.push_back(static_cast<char>('0' + rng() % alphabet));
  return s;
}

// Builds the trie and checks it against the brute-force versions on every text.
void check_all(const std::vector<std::string>& keys, const std::vector<std::string>& texts) {
  DigitTrie trie;
  std::vector<std::uint32_t> ids;
  for (const auto& key : keys) ids.push_back(trie.insert(key));
  for (std::size_t k = 0; k < keys.size(); ++k) {
    REQUIRE(trie.find(keys[k]) == ids[k]);
    REQUIRE(trie.key_length(ids[k]) == keys[k].size());
  }
  for (const auto& text : texts) {
    INFO("text: " << text);
    REQUIRE(trie.longest_prefix(text) == brute_longest_prefix(keys, ids, text));
    const bool listed = std::find(keys.begin(), keys.end(), text) != keys.end();
    REQUIRE((trie.find(text) != DigitTrie::none) == listed);
  }
  // The batched lookup gives the same answers, whatever the group boundaries.
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<std::uint32_t> batched(views.size() + 1, 12345);
  trie.longest_prefixes(views, batched);
  for (std::size_t i = 0; i < texts.size(); ++i) REQUIRE(batched[i] == trie.longest_prefix(texts[i]));
  CHECK(batched.back() == 12345);
  bool has_empty = std::find(keys.begin(), keys.end(), "") != keys.end();
  if (has_empty) return;  // the automaton takes non-empty keys only
  trie.build_automaton();
  for (const auto& text : texts) {
    const auto expected = naive_matches(keys, ids, text);
    INFO("text: " << text);
    REQUIRE(automaton_matches(trie, text) == expected);
    REQUIRE(trie.contains_any(text) == !expected.empty());
  }
  std::vector<std::uint8_t> found(views.size() + 1, 7);
  trie.contains_any_each(views, found);
  for (std::size_t i = 0; i < texts.size(); ++i) REQUIRE((found[i] == 1) == trie.contains_any(texts[i]));
  CHECK(found.back() == 7);
  // Built in one go from the keys: the same automaton, state for state, and the same ids.
  const std::vector<std::string_view> key_views(keys.begin(), keys.end());
  std::vector<std::uint32_t> bulk_ids;
  const DigitTrie bulk = DigitTrie::automaton_of(key_views, bulk_ids);
  REQUIRE(bulk_ids == ids);
  REQUIRE(bulk.same_automaton(trie));
  for (const auto& text : texts) REQUIRE(automaton_matches(bulk, text) == automaton_matches(trie, text));
}

}  // namespace

TEST_CASE("trie: empty") {
  DigitTrie trie;
  CHECK(trie.key_count() == 0);
  CHECK(trie.node_count() == 1);
  CHECK(trie.find("") == DigitTrie::none);
  CHECK(trie.find("1") == DigitTrie::none);
  CHECK(trie.longest_prefix("") == DigitTrie::none);
  CHECK(trie.longest_prefix("123") == DigitTrie::none);
  trie.build_automaton();
  CHECK_FALSE(trie.contains_any(""));
  CHECK_FALSE(trie.contains_any("0123456789"));
  CHECK(automaton_matches(trie, "0123456789").empty());
}

TEST_CASE("trie: ids are dense, in order of first insertion") {
  DigitTrie trie;
  CHECK(trie.insert("1415123") == 0);
  CHECK(trie.insert("1412") == 1);
  CHECK(trie.insert("1") == 2);
  CHECK(trie.insert("1412") == 1);
  CHECK(trie.key_count() == 3);
  CHECK(trie.longest_prefix("14151234567") == 0);
  CHECK(trie.longest_prefix("14125550000") == 1);
  CHECK(trie.longest_prefix("1999") == 2);
  CHECK(trie.longest_prefix("442071234567") == DigitTrie::none);
  CHECK(trie.longest_prefix("141512") == 2);
  CHECK(trie.longest_prefix("") == DigitTrie::none);
}

TEST_CASE("trie: the empty key is a prefix of everything") {
  DigitTrie trie;
  CHECK(trie.insert("") == 0);
  CHECK(trie.insert("5") == 1);
  CHECK(trie.longest_prefix("") == 0);
  CHECK(trie.longest_prefix("4") == 0);
  CHECK(trie.longest_prefix("56") == 1);
}

TEST_CASE("trie: the classic vanity sample") {
  DigitTrie trie;
  const auto twlo = trie.insert("8956");
  const auto code = trie.insert("2633");
  const auto htch = trie.insert("4824");
  trie.build_automaton();
  CHECK(trie.contains_any("17474824380"));
  CHECK(trie.contains_any("14157088956"));
  CHECK_FALSE(trie.contains_any("919810155555"));
  CHECK(trie.contains_any("15109926333"));
  CHECK_FALSE(trie.contains_any("1415123456"));
  CHECK(automaton_matches(trie, "17474824380") == std::vector<Occurrence>{{8, htch}});
  CHECK(automaton_matches(trie, "14157088956") == std::vector<Occurrence>{{11, twlo}});
  CHECK(automaton_matches(trie, "15109926333") == std::vector<Occurrence>{{10, code}});
}

TEST_CASE("trie: overlapping keys, keys that are prefixes and suffixes of each other") {
  DigitTrie trie;
  const auto a = trie.insert("1");
  const auto aa = trie.insert("11");
  const auto aba = trie.insert("121");
  const auto ba = trie.insert("21");
  trie.build_automaton();
  CHECK(automaton_matches(trie, "1121") ==
        std::vector<Occurrence>{{1, a}, {2, aa}, {2, a}, {4, aba}, {4, ba}, {4, a}});
  CHECK(automaton_matches(trie, "111") == std::vector<Occurrence>{{1, a}, {2, aa}, {2, a}, {3, aa}, {3, a}});
  CHECK_FALSE(trie.contains_any("2"));
  CHECK_FALSE(trie.contains_any("0230"));
}

TEST_CASE("trie: exhaustive, all key sets of up to 3 keys over 2 digits, all texts up to 6") {
  const auto candidates = all_strings(2, 1, 3);  // 14 keys
  const auto texts = all_strings(2, 0, 6);       // 127 texts
  std::size_t sets = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    check_all({candidates[i]}, texts);
    for (std::size_t j = i + 1; j < candidates.size(); ++j) {
      check_all({candidates[i], candidates[j]}, texts);
      for (std::size_t k = j + 1; k < candidates.size(); ++k) {
        check_all({candidates[i], candidates[j], candidates[k]}, texts);
        ++sets;
      }
    }
  }
  CHECK(sets == 364);
}

TEST_CASE("trie: exhaustive, all pairs of keys up to 2 over 3 digits, with repeats and the empty key") {
  auto candidates = all_strings(3, 0, 2);  // 13 keys including ""
  const auto texts = all_strings(3, 0, 4);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    for (std::size_t j = 0; j < candidates.size(); ++j) check_all({candidates[i], candidates[j], candidates[i]}, texts);
  }
}

TEST_CASE("trie: random keys and texts against naive search") {
  std::mt19937_64 rng(20261128);
  for (int round = 0; round < 300; ++round) {
    const std::size_t alphabet = 1 + static_cast<std::size_t>(round) % 10;
    const std::size_t key_count = 1 + rng() % 40;
    std::vector<std::string> keys;
    for (std::size_t k = 0; k < key_count; ++k) {
      // Some keys cut from others so prefixes, suffixes and overlaps are common.
      if (!keys.empty() && rng() % 3 == 0) {
        const auto& other = keys[rng() % keys.size()];
        const std::size_t from = rng() % other.size();
        const std::size_t length = 1 + rng() % (other.size() - from);
        keys.push_back(other.substr(from, length));
      } else {
        keys.push_back(random_digits(rng, alphabet, 1 + rng() % 6));
      }
    }
    std::vector<std::string> texts;
    for (int t = 0; t < 30; ++t) texts.push_back(random_digits(rng, alphabet, rng() % 40));
    for (int t = 0; t < 10; ++t) texts.push_back(keys[rng() % keys.size()] + random_digits(rng, alphabet, rng() % 4));
    check_all(keys, texts);
  }
}

TEST_CASE("trie: large, deep key and long text") {
  DigitTrie trie;
  const std::string deep(1'000'000, '7');
  const auto id = trie.insert(deep);
  CHECK(trie.node_count() == 1'000'001);
  CHECK(trie.longest_prefix(deep + "1") == id);
  CHECK(trie.longest_prefix(deep.substr(1)) == DigitTrie::none);
  const auto seven = trie.insert("7");
  trie.build_automaton();
  std::size_t count = 0;
  std::size_t deep_end = 0;
  trie.for_each_match(deep, [&](std::size_t end, std::uint32_t key) {
    ++count;
    if (key == id) deep_end = end;
    else CHECK(key == seven);
  });
  CHECK(count == 1'000'001);
  CHECK(deep_end == deep.size());
}

TEST_CASE("trie: many keys, random texts, spot-checked against naive search") {
  std::mt19937_64 rng(7);
  std::vector<std::string> keys;
  for (int k = 0; k < 20000; ++k) keys.push_back(random_digits(rng, 10, 4 + rng() % 4));
  DigitTrie trie;
  std::vector<std::uint32_t> ids;
  for (const auto& key : keys) ids.push_back(trie.insert(key));
  trie.build_automaton();
  std::vector<std::string> texts;
  for (int t = 0; t < 200; ++t) {
    const auto text = t % 2 == 0 ? random_digits(rng, 10, 12) : keys[rng() % keys.size()] + random_digits(rng, 10, rng() % 5);
    REQUIRE(automaton_matches(trie, text) == naive_matches(keys, ids, text));
    REQUIRE(trie.longest_prefix(text) == brute_longest_prefix(keys, ids, text));
    texts.push_back(text);
  }
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<std::uint32_t> batched(views.size());
  trie.longest_prefixes(views, batched);
  for (std::size_t i = 0; i < texts.size(); ++i) REQUIRE(batched[i] == brute_longest_prefix(keys, ids, texts[i]));
}

TEST_CASE("ZeroedArray: new elements are zero, values survive growth (mremap) and moves") {
  prep::algo::ZeroedArray<std::uint32_t> array;
  CHECK(array.empty());
  std::vector<std::uint32_t> model;
  std::mt19937_64 rng(5);
  // Past several doublings, over the 4 MiB from which huge pages are asked for.
  while (model.size() < (std::size_t{3} << 20)) {
    const std::size_t k = 1 + rng() % 5000;
    const std::size_t from = array.size();
    array.grow(k);
    model.resize(model.size() + k, 0);
    REQUIRE(array.size() == model.size());
    REQUIRE(array.capacity() >= array.size());
    for (std::size_t i = from; i < array.size(); ++i) REQUIRE(array[i] == 0);
    for (std::size_t i = from; i < array.size(); i += 1 + rng() % 7) array[i] = model[i] = static_cast<std::uint32_t>(rng());
  }
  prep::algo::ZeroedArray<std::uint32_t> moved(std::move(array));
  CHECK(array.size() == 0);
  CHECK(array.data() == nullptr);
  REQUIRE(moved.size() == model.size());
  CHECK(std::equal(model.begin(), model.end(), moved.data()));
  array = std::move(moved);
  CHECK(std::equal(model.begin(), model.end(), array.data()));
}

TEST_CASE("trie: automaton_of at the 15 digits its sort key holds, and past them (the insert path)") {
  std::mt19937_64 rng(15);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> keys;
    const std::size_t longest = round % 2 == 0 ? 15 : 17;
    for (std::size_t k = 0; k < 1 + rng() % 30; ++k) {
      // Mostly long keys over few digits (shared prefixes, 9s in the top places), some short ones.
      const std::size_t length = rng() % 4 == 0 ? 1 + rng() % 3 : longest - rng() % 3;
      std::string key = random_digits(rng, 2, length);
      for (char& c : key) c = c == '1' ? '9' : c;
      keys.push_back(key);
    }
    keys.push_back(keys[rng() % keys.size()]);  // a repeat keeps its id
    std::vector<std::string> texts;
    for (int t = 0; t < 20; ++t) texts.push_back(random_digits(rng, 2, rng() % 40));
    for (auto& text : texts) {
      for (char& c : text) c = c == '1' ? '9' : c;
    }
    for (int t = 0; t < 10; ++t) texts.push_back("0" + keys[rng() % keys.size()] + "9");
    check_all(keys, texts);
  }
}
