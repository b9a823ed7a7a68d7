#include "problems/longest_prefix.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/io/errors.hpp"
#include "cli/io/read_ahead.hpp"

namespace longest_prefix = prep::problems::longest_prefix;
using prep::Format;
using prep::io::Input;
using prep::io::Output;

namespace {

std::string run(const std::string& prefixes, const std::string& numbers, longest_prefix::Settings settings = {},
                unsigned pieces = 0) {
  Input file = Input::from_text("prefixes.txt", prefixes);
  const longest_prefix::PrefixTable table = longest_prefix::parse_prefixes(file, pieces);
  Input input = Input::from_text("<stdin>", numbers);
  std::string result;
  Output out(result);
  longest_prefix::run_on(table, input, out, settings);
  out.commit();
  return result;
}

std::string error_where(const std::string& prefixes, const std::string& numbers, unsigned pieces = 0) {
  try {
    run(prefixes, numbers, {}, pieces);
  } catch (const prep::io::InputError& e) {
    return e.where() + ": " + e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("longest-prefix: the issue's example") {
  const std::string prefixes = "+1415123\n+1412\n+1\n";
  CHECK(run(prefixes, "+14151234567\n+14125550000\n+442071234567\n") ==
        "+14151234567\t+1415123\n+14125550000\t+1412\n+442071234567\t-\n");
  CHECK(run(prefixes, "+14151234567\n+14125550000\n", {.common = true}) == "+1\n");
  CHECK(run(prefixes, "+14151234567\n+442071234567\n", {.common = true}) == "-\n");
  CHECK(run(prefixes, "", {.common = true}) == "-\n");
  CHECK(run(prefixes, "", {.common = true, .format = Format::json}) == "null\n");
  CHECK(run(prefixes, "+1415123\n", {.common = true, .format = Format::json}) == "\"+1415123\"\n");
}

TEST_CASE("longest-prefix: labels") {
  const std::string prefixes = "# deck\n+44, UK \n4420\tLondon, city\n+1 NANP  0.01\n";
  CHECK(run(prefixes, "442079460000\n+44 161\n1\n") ==
        "442079460000\t4420\tLondon, city\n+44 161\t+44\tUK\n1\t+1\tNANP  0.01\n");
  CHECK(run(prefixes, "442079460000\n9\n", {.format = Format::json}) ==
        "[{\"number\":\"442079460000\",\"prefix\":\"4420\",\"label\":\"London, city\"},"
        "{\"number\":\"9\",\"prefix\":null,\"label\":null}]\n");
}

TEST_CASE("longest-prefix: bad prefix tables") {
  CHECK(error_where("+1\n+14A\n", "") == "prefixes.txt:2:4: 'A' in prefix '+14A': a prefix is digits with an optional leading '+'");
  CHECK(error_where("+\n", "") == "prefixes.txt:1:1: prefix '+' has no digit");
  CHECK(error_where("+1 a\n\n# x\n  1 b\n", "") == "prefixes.txt:4:3: duplicate prefix '1': already listed on line 1 as '+1'");
  // The table is built sorted; the error is still the first that reading line by line meets.
  CHECK(error_where("5\n7\n7\n5\n", "") == "prefixes.txt:3:1: duplicate prefix '7': already listed on line 2 as '7'");
  CHECK(error_where("1\n2\n+1\n1\n", "") == "prefixes.txt:3:1: duplicate prefix '+1': already listed on line 1 as '1'");
  CHECK(error_where("1\n1\n+\n", "") == "prefixes.txt:2:1: duplicate prefix '1': already listed on line 1 as '1'");
  CHECK(error_where("1\n+\n1\n", "") == "prefixes.txt:2:1: prefix '+' has no digit");
  CHECK(error_where("\xC3\xA9,1\n", "") == "prefixes.txt:1:1: '\xC3\xA9' (U+00E9) in prefix '\xC3\xA9': a prefix is digits with an optional leading '+'");
  CHECK(error_where("12345678901234567890 a\n12345678901234567891\n \t, 12345678901234567890\n", "") ==
        "prefixes.txt:3:5: duplicate prefix '12345678901234567890': already listed on line 1 as '12345678901234567890'");
  CHECK(error_where("1\n", "1\n2x*\n") == "<stdin>:2:3: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)");
}

TEST_CASE("longest-prefix: random tables and numbers against a brute-force scan") {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 100; ++round) {
    const unsigned pieces = 1 + static_cast<unsigned>(round % 4);  // the prefix file read in pieces side by side
    std::unordered_map<std::string, std::string> written_of;  // digits → prefix as written
    std::string prefixes;
    const std::size_t count = rng() % 40;
    for (std::size_t i = 0; i < count; ++i) {
      std::string digits;
      const std::size_t length = 1 + rng() % 5;
      for (std::size_t j = 0; j < length; ++j) digits += static_cast<char>('0' + rng() % 3);
      if (written_of.count(digits) != 0) continue;
      written_of[digits] = (rng() % 2 ? "+" : "") + digits;
      prefixes += written_of[digits] + "\n";
    }
    std::string numbers;
    std::string expected;
    for (int n = 0; n < 50; ++n) {
      std::string digits;
      const std::size_t length = 1 + rng() % 7;
      for (std::size_t j = 0; j < length; ++j) digits += static_cast<char>('0' + rng() % 3);
      std::string best = "-";
      for (std::size_t l = digits.size(); l > 0; --l) {
        const auto it = written_of.find(digits.substr(0, l));
        if (it != written_of.end()) {
          best = it->second;
          break;
        }
      }
      numbers += "+" + digits + "\n";
      expected += "+" + digits + "\t" + best + "\n";
    }
    REQUIRE(run(prefixes, numbers, {}, pieces) == expected);
    const prep::io::ReadAheadFrom always(0);  // the numbers read ahead on a second thread
    REQUIRE(run(prefixes, numbers) == expected);
  }
}

TEST_CASE("longest-prefix: more numbers than a batch, an error after the first batches") {
  Input file = Input::from_text("prefixes.txt", "+1 one\n+12\n");
  const longest_prefix::PrefixTable table = longest_prefix::parse_prefixes(file);
  std::string numbers;
  std::string expected;
  for (int i = 0; i < 10000; ++i) {
    std::string number = "+";
    number += std::to_string(i);  // not "+" + …: GCC 12 warns falsely (-Wrestrict)
    numbers += number + "\n";
    if (i % 7 == 0) numbers += i % 2 ? "\n" : "# c\r\n";
    const std::string digits = std::to_string(i);
    const std::string best = digits.rfind("12", 0) == 0 ? "+12" : digits.rfind('1', 0) == 0 ? "+1\tone" : "-";
    expected += number + "\t" + best + "\n";
  }
  // Line by line on one thread, and read ahead on a second thread (as for a big mapped file).
  for (const std::size_t min_bytes : {~std::size_t{0}, std::size_t{0}}) {
    CAPTURE(min_bytes);
    const prep::io::ReadAheadFrom read_ahead(min_bytes);
    {
      Input input = Input::from_text("<stdin>", numbers);
      std::string result;
      Output out(result);
      longest_prefix::run_on(table, input, out, {});
      out.commit();
      CHECK(result == expected);
    }
    for (const int bad : {0, 1100, 4095, 4096, 9100, 9999}) {
      CAPTURE(bad);
      std::string number = "+";
      number += std::to_string(bad);
      const std::string before = numbers.substr(0, numbers.find(number + "\n"));
      const auto lines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
      Input input = Input::from_text("<stdin>", before + "+11x*\n" + "+1\n");
      std::string result;
      Output out(result);
      try {
        longest_prefix::run_on(table, input, out, {});
        FAIL("expected an InputError");
      } catch (const prep::io::InputError& e) {
        CHECK(e.where() == "<stdin>:" + std::to_string(lines + 1) + ":5");
      }
      out.flush();
      CHECK(result == expected.substr(0, expected.find(number + "\t")));  // every number before the bad one
    }
  }
}

TEST_CASE("longest-prefix: random tables with duplicates, bad lines and long prefixes against reading line by line") {
  // Prefixes over two digits, with long ones sharing their first 15 digits: up to 16 digits in odd
  // rounds (the table on the first digits, 16-digit keys), up to 24 in even ones (more than 16: the
  // trie). Duplicates and bad lines land anywhere, also in any of the pieces the file is read in.
  std::mt19937_64 rng(29);
  for (int round = 0; round < 400; ++round) {
    const unsigned pieces = 1 + static_cast<unsigned>(round % 5);
    CAPTURE(pieces);
    std::unordered_map<std::string, std::string> written_of;  // digits → prefix as written
    std::unordered_map<std::string, std::string> label_of;
    std::unordered_map<std::string, std::size_t> line_of;
    std::string prefixes;
    std::string expected_error;
    const std::size_t count = rng() % 60;
    for (std::size_t line = 1; line <= count; ++line) {
      if (rng() % 8 == 0) {
        prefixes += rng() % 2 ? "\n" : "# note\n";
        continue;
      }
      std::string digits;
      const bool long_one = rng() % 2 == 0;
      const std::size_t length = long_one ? (round % 2 != 0 ? 12 + rng() % 5 : 16 + rng() % 9) : 1 + rng() % 4;
      for (std::size_t j = 0; j < length; ++j) digits += static_cast<char>('0' + (long_one && j < 15 ? 4 : rng() % 2));
      const std::string indent(rng() % 3, rng() % 2 ? ' ' : '\t');
      std::string written = rng() % 2 ? "+" : "";
      written += digits;
      std::string label;
      if (rng() % 2 != 0) label = std::to_string(line) + "L";
      const bool bad = rng() % 40 == 0;
      prefixes += indent;
      prefixes += written;
      if (bad) prefixes += 'x';
      if (!label.empty()) prefixes += " " + label;
      prefixes += '\n';
      if (!expected_error.empty()) continue;
      if (bad) {
        expected_error = "prefixes.txt:" + std::to_string(line) + ":" + std::to_string(indent.size() + written.size() + 1) +
                         ": 'x' in prefix '" + written + "x': a prefix is digits with an optional leading '+'";
      } else if (written_of.count(digits) != 0) {
        expected_error = "prefixes.txt:" + std::to_string(line) + ":" + std::to_string(indent.size() + 1) + ": duplicate prefix '" +
                         written + "': already listed on line " + std::to_string(line_of[digits]) + " as '" + written_of[digits] + "'";
      } else {
        written_of[digits] = written;
        label_of[digits] = label;
        line_of[digits] = line;
      }
    }
    if (!expected_error.empty()) {
      REQUIRE(error_where(prefixes, "", pieces) == expected_error);
      continue;
    }
    std::string numbers;
    std::string expected;
    for (int n = 0; n < 40; ++n) {
      std::string digits;
      const bool long_one = rng() % 2 == 0;
      const std::size_t length = long_one ? 14 + rng() % 12 : 1 + rng() % 6;
      for (std::size_t j = 0; j < length; ++j) digits += static_cast<char>('0' + (long_one && j < 15 ? 4 : rng() % 2));
      std::string best = "-";
      for (std::size_t l = digits.size(); l > 0; --l) {
        const auto it = written_of.find(digits.substr(0, l));
        if (it != written_of.end()) {
          best = it->second;
          if (!label_of[it->first].empty()) best += "\t" + label_of[it->first];
          break;
        }
      }
      numbers += digits + "\n";
      expected += digits + "\t" + best + "\n";
    }
    REQUIRE(run(prefixes, numbers, {}, pieces) == expected);
    const prep::io::ReadAheadFrom always(0);  // the numbers read ahead on a second thread
    REQUIRE(run(prefixes, numbers) == expected);
  }
}

TEST_CASE("longest-prefix: long labels, odd separators and CRLF, on every path") {
  // An answer of 255 bytes or more is found by its newline, not its stored length; labels keep
  // their inner blanks; a comma or tab separates; a CRLF file reads as an LF one.
  const std::string long_label(300, 'x');
  const std::string prefixes = "+44 " + long_label + "\r\n+4420,  London  \r\n\t1\tNANP\r\n+1415 " + std::string(254, 'y') + "\n";
  std::string numbers;
  std::string expected;
  for (int i = 0; i < 3000; ++i) {  // more than a batch, so the block writer runs too
    numbers += "+442071234567\n+4479\n14155550000\n+33\n";
    expected += "+442071234567\t+4420\tLondon\n+4479\t+44\t" + long_label + "\n14155550000\t+1415\t" + std::string(254, 'y') +
                "\n+33\t-\n";
  }
  for (const unsigned pieces : {1U, 2U, 3U}) {
    CAPTURE(pieces);
    CHECK(run(prefixes, numbers, {}, pieces) == expected);
    const prep::io::ReadAheadFrom always(0);  // read ahead: the block writer with its 32-byte copies
    CHECK(run(prefixes, numbers, {}, pieces) == expected);
  }
}
