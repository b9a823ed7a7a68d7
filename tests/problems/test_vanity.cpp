#include "problems/vanity.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "algorithms/prefix_index.hpp"
#include "cli/io/errors.hpp"
#include "cli/io/read_ahead.hpp"
#include "problems/phone_input.hpp"

namespace vanity = prep::problems::vanity;
using prep::Format;
using prep::io::Input;
using prep::io::Output;

namespace {

std::string run(const std::vector<std::string>& codes, const std::string& numbers, vanity::Settings settings = {},
                const std::string& codes_file = "") {
  Input file = Input::from_text("codes.txt", codes_file);
  const vanity::Codes parsed = vanity::parse_codes(codes, codes_file.empty() ? nullptr : &file);
  Input input = Input::from_text("<stdin>", numbers);
  std::string result;
  Output out(result);
  vanity::run_on(parsed, input, out, settings);
  out.commit();
  return result;
}

const std::string sample = "+17474824380\n+14157088956\n+919810155555\n+15109926333\n+1415123456\n";

// An independent model: its own keypad table, every code tried with find on every number.
std::string keypad(const std::string& written) {
  static const std::string letters = "22233344455566677778889999";
  std::string digits;
  for (const char c : written) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c >= 'A' && c <= 'Z') digits += letters[static_cast<std::size_t>(c - 'A')];
    else if (c >= 'a' && c <= 'z') digits += letters[static_cast<std::size_t>(c - 'a')];
  }
  return digits;
}

std::string naive_matches(const std::vector<std::string>& codes, const std::vector<std::string>& numbers) {
  std::vector<std::string> distinct;
  for (const auto& code : codes) {
    if (std::find(distinct.begin(), distinct.end(), code) == distinct.end()) distinct.push_back(code);
  }
  std::string out;
  for (const auto& number : numbers) {
    std::string found;
    for (const auto& code : distinct) {
      if (keypad(number).find(keypad(code)) != std::string::npos) found += (found.empty() ? "" : ",") + code;
    }
    if (!found.empty()) out += number + "\t" + found + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("vanity: the classic sample") {
  const std::vector<std::string> codes{"TWLO", "CODE", "HTCH"};
  CHECK(run(codes, sample) == "+17474824380\n+14157088956\n+15109926333\n");
  CHECK(run(codes, sample, {.sorted = true}) == "+14157088956\n+15109926333\n+17474824380\n");
  CHECK(run(codes, sample, {.matches = true}) == "+17474824380\tHTCH\n+14157088956\tTWLO\n+15109926333\tCODE\n");
  CHECK(run(codes, sample, {.count = true}) == "3\n");
  CHECK(run(codes, sample, {.format = Format::json}) == "[\"+17474824380\",\"+14157088956\",\"+15109926333\"]\n");
  CHECK(run(codes, sample, {.matches = true, .format = Format::json}) ==
        "[{\"number\":\"+17474824380\",\"codes\":[\"HTCH\"]},{\"number\":\"+14157088956\",\"codes\":[\"TWLO\"]},"
        "{\"number\":\"+15109926333\",\"codes\":[\"CODE\"]}]\n");
}

TEST_CASE("vanity: empty input") {
  CHECK(run({"1"}, "") == "");
  CHECK(run({"1"}, "", {.sorted = true}) == "");
  CHECK(run({"1"}, "", {.count = true}) == "0\n");
  CHECK(run({"1"}, "", {.format = Format::json}) == "[]\n");
  CHECK(run({"1"}, "", {.sorted = true, .format = Format::json}) == "[]\n");
  CHECK(run({}, "123\n", {}, "# none\n") == "");
}

TEST_CASE("vanity: codes are de-duplicated by text, codes with the same digits all listed, in code order") {
  const std::string numbers = "+14157088956\n";
  CHECK(run({"8956", "TWLO", "8956", "twlo"}, numbers, {.matches = true}) == "+14157088956\t8956,TWLO,twlo\n");
  CHECK(run({"56"}, numbers, {.matches = true}, "TWLO\n# c\n\n 708 \n") == "+14157088956\t56,TWLO,708\n");
}

TEST_CASE("vanity: bad codes") {
  CHECK_THROWS_AS(run({"TW!LO"}, ""), prep::io::UsageError);
  CHECK_THROWS_AS(run({""}, ""), prep::io::UsageError);
  CHECK_THROWS_AS(run({"-()"}, ""), prep::io::UsageError);
  try {
    run({}, "", {}, "TWLO\nCO DE\n\nHT!CH\n");
    FAIL("expected an InputError");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "codes.txt:4:3");
  }
  try {
    run({}, "", {}, "TWLO\n ()\n");
    FAIL("expected an InputError");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "codes.txt:2:2");
  }
}

TEST_CASE("vanity: a bad number stops at its line and column") {
  try {
    run({"1"}, "1\n# c\n  12*3\n");
    FAIL("expected an InputError");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "<stdin>:3:5");
  }
}

TEST_CASE("vanity: random numbers and codes against a naive search") {
  std::mt19937_64 rng(5);
  const std::string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz+-(). ";
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> codes;
    const std::size_t code_count = 1 + rng() % 12;
    for (std::size_t i = 0; i < code_count; ++i) {
      std::string code;
      const std::size_t length = 1 + rng() % 4;
      // Few distinct digits so codes overlap, repeat and contain each other.
      while (keypad(code).size() < length) code += "0123WXYZwxyz"[rng() % 12];
      codes.push_back(code);
    }
    std::vector<std::string> numbers;
    std::string text;
    const std::size_t number_count = rng() % 30;
    for (std::size_t i = 0; i < number_count; ++i) {
      std::string number;
      const std::size_t length = 1 + rng() % 14;
      while (keypad(number).empty() || number.size() < length) {
        number += rng() % 2 ? alphabet[rng() % alphabet.size()] : "0123WX"[rng() % 6];
      }
      while (number.back() == ' ') number.pop_back();
      while (number.front() == ' ') number.erase(0, 1);
      if (keypad(number).empty()) number += '7';
      numbers.push_back(number);
      text += number + "\n";
    }
    const std::string expected = naive_matches(codes, numbers);
    REQUIRE(run(codes, text, {.matches = true}) == expected);
    std::string plain;
    std::set<std::string> unique;
    std::size_t count = 0;
    for (std::size_t from = 0; from < expected.size();) {
      const std::size_t tab = expected.find('\t', from);
      const std::string number = expected.substr(from, tab - from);
      plain += number + "\n";
      unique.insert(number);
      ++count;
      from = expected.find('\n', tab) + 1;
    }
    REQUIRE(run(codes, text) == plain);
    REQUIRE(run(codes, text, {.count = true}) == std::to_string(count) + "\n");
    std::string sorted;
    for (const auto& number : unique) sorted += number + "\n";
    REQUIRE(run(codes, text, {.sorted = true}) == sorted);
  }
}

TEST_CASE("vanity: more numbers than a batch, an error after the first batches") {
  std::string numbers;
  std::string expected;
  std::string expected_matches;
  for (int i = 0; i < 9000; ++i) {
    numbers += std::to_string(i) + "\n";
    if (std::to_string(i).find("77") != std::string::npos) {
      expected += std::to_string(i) + "\n";
      expected_matches += std::to_string(i) + "\tPR\n";
    }
  }
  // Line by line on one thread, and read ahead on a second thread (as for a big mapped file).
  for (const std::size_t min_bytes : {~std::size_t{0}, std::size_t{0}}) {
    CAPTURE(min_bytes);
    const prep::io::ReadAheadFrom read_ahead(min_bytes);
    CHECK(run({"PR"}, numbers) == expected);
    CHECK(run({"PR"}, numbers, {.matches = true}) == expected_matches);
    CHECK(run({"PR"}, numbers, {.count = true}) == std::to_string(std::count(expected.begin(), expected.end(), '\n')) + "\n");
    const vanity::Codes codes = vanity::parse_codes({"77"}, nullptr);
    for (const std::string bad : {"\n1200\n", "\n4096\n", "\n8999\n"}) {
      CAPTURE(bad);
      const std::string before = numbers.substr(0, numbers.find(bad) + 1);
      Input input = Input::from_text("<stdin>", before + "12*\n1277\n");
      std::string result;
      Output out(result);
      try {
        vanity::run_on(codes, input, out, {});
        FAIL("expected an InputError");
      } catch (const prep::io::InputError& e) {
        CHECK(e.where() == "<stdin>:" + std::to_string(std::count(before.begin(), before.end(), '\n') + 1) + ":3");
      }
      out.flush();
      std::string printed;
      for (std::size_t from = 0; from < before.size();) {
        const std::size_t end = before.find('\n', from);
        const std::string number = before.substr(from, end - from);
        if (number.find("77") != std::string::npos) printed += number + "\n";
        from = end + 1;
      }
      CHECK(result == printed);
    }
  }
}

TEST_CASE("vanity: a few short numbers read ahead (their bytes move with the batch between threads)") {
  for (const std::size_t min_bytes : {~std::size_t{0}, std::size_t{0}}) {
    CAPTURE(min_bytes);
    const prep::io::ReadAheadFrom read_ahead(min_bytes);
    CHECK(run({"AD"}, "23\n1\n723\n") == "23\n723\n");
    CHECK(run({"AD"}, "23\n1\n723\n", {.matches = true}) == "23\tAD\n723\tAD\n");
  }
}

TEST_CASE("NumberBatch: a sealed batch keeps its views when moved") {
  const Input input = Input::from_text("t", "");
  prep::problems::NumberBatch batch;
  batch.add(input, "+1 (415) 5");
  batch.add(input, "42");
  batch.seal();
  prep::problems::NumberBatch moved(std::move(batch));
  prep::problems::NumberBatch assigned;
  assigned = std::move(moved);
  REQUIRE(assigned.size() == 2);
  CHECK(assigned.written(0) == "+1 (415) 5");
  CHECK(assigned.digits()[0] == "14155");
  CHECK(assigned.written(1) == "42");
  CHECK(assigned.digits()[1] == "42");
}

TEST_CASE("NumberBatch: numbers added from a lasting text are views into it, digits too when plain") {
  Input input = Input::from_text("t", "+14155550123\n1-800-FLOWERS\n  42 \n12*3\n");
  const std::string_view text = input.rest();  // in memory, as a mapped file is
  const char* const end = text.data() + text.size();
  prep::problems::NumberBatch batch;
  batch.add_lasting(input, std::string_view(text).substr(0, 12), end);
  batch.add_lasting(input, std::string_view(text).substr(13, 13), end);
  batch.add_lasting(input, std::string_view(text).substr(27, 5), end);
  batch.seal();
  prep::problems::NumberBatch moved(std::move(batch));  // the normalized digits live in the batch
  REQUIRE(moved.size() == 3);
  CHECK(moved.readable_end() == end);
  CHECK(moved.written(0).data() == text.data());
  CHECK(moved.digits()[0] == "14155550123");
  CHECK(moved.digits()[0].data() == text.data() + 1);  // not copied
  CHECK(moved.written(1) == "1-800-FLOWERS");
  CHECK(moved.digits()[1] == "18003569377");
  CHECK(moved.written(2) == "42");
  CHECK(moved.digits()[2].data() == text.data() + 29);
  try {
    moved.add_lasting(input, std::string_view(text).substr(33, 4), end);
    FAIL("a number with '*' was accepted");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "t:4:3");
  }
  CHECK(moved.size() == 3);  // a bad number adds nothing
  moved.clear();
  CHECK(moved.size() == 0);
  CHECK(moved.readable_end() == nullptr);
}

TEST_CASE("plain_number_line: the one-step reader's lines are exactly the plain numbers of up to 15 bytes") {
  // Reference: the line up to the first '\n' among the 16 bytes, digits with an optional leading '+'.
  const auto reference = [](const char* p, bool& plus) -> std::size_t {
    plus = false;
    const std::string_view window(p, 16);
    const std::size_t length = window.find('\n');
    if (length == std::string_view::npos) return 0;
    const std::string_view line = window.substr(0, length);
    const std::size_t skip = !line.empty() && line[0] == '+' ? 1 : 0;
    if (line.size() <= skip) return 0;
    for (const char c : line.substr(skip)) {
      if (c < '0' || c > '9') return 0;
    }
    plus = skip == 1;
    return length;
  };
  std::mt19937_64 rng(1616);
  const std::string alphabet = "0123456789+\n\r #a-(/:\x80\xff\t";
  std::string window(16, '0');
  for (int round = 0; round < 200000; ++round) {
    const std::size_t newline = rng() % 20;  // sometimes none in the window
    for (std::size_t i = 0; i < 16; ++i) {
      const bool digit = rng() % 8 != 0;
      window[i] = digit ? static_cast<char>('0' + rng() % 10) : alphabet[rng() % alphabet.size()];
      if (i == newline) window[i] = '\n';
    }
    if (rng() % 4 == 0) window[0] = '+';
    bool plus = true;
    bool expected_plus = true;
    const std::size_t length = prep::problems::plain_number_line(window.data(), plus);
    const std::size_t expected = reference(window.data(), expected_plus);
#if defined(__SSE2__)
    INFO("window: " << window);
    REQUIRE(length == expected);
    REQUIRE(plus == expected_plus);
#else
    REQUIRE(length == 0);  // no fast path: every line takes the general reader
#endif
  }
}

TEST_CASE("plain_prefix and pack_plain_digits: a prefix table's commonest line in one step") {
  // Reference: [+]digits of at most 15 bytes, then '\n', ' ', '\t' or ','.
  const auto reference = [](const std::string& window, bool& plus) -> std::size_t {
    plus = false;
    const std::size_t skip = window[0] == '+' ? 1 : 0;
    std::size_t end = skip;
    while (end < 16 && window[end] >= '0' && window[end] <= '9') ++end;
    if (end == 16 || end == skip) return 0;
    if (window[end] != '\n' && window[end] != ' ' && window[end] != '\t' && window[end] != ',') return 0;
    plus = skip == 1;
    return end;
  };
  std::mt19937_64 rng(1515);
  const std::string alphabet = "0123456789+\n\r #a-,\t\x80\xff";
  std::string window(17, '0');
  for (int round = 0; round < 200000; ++round) {
    for (std::size_t i = 0; i < 17; ++i) {
      window[i] = rng() % 6 != 0 ? static_cast<char>('0' + rng() % 10) : alphabet[rng() % alphabet.size()];
    }
    if (rng() % 3 == 0) window[0] = '+';
    bool plus = true;
    bool expected_plus = true;
    const std::size_t expected = reference(window, expected_plus);
#if defined(__SSE2__)
    INFO("window: " << window);
    REQUIRE(prep::problems::plain_prefix(window.data(), plus) == expected);
    REQUIRE(plus == expected_plus);
    if (expected != 0) {
      const std::size_t skip = expected_plus ? 1 : 0;
      REQUIRE(prep::problems::pack_plain_digits(window.data(), skip, expected) ==
              prep::algo::PrefixIndex::pack(std::string_view(window).substr(skip, expected - skip)));
    }
#else
    REQUIRE(prep::problems::plain_prefix(window.data(), plus) == 0);
#endif
  }
}
