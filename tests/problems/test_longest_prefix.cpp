#include "problems/longest_prefix.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/io/errors.hpp"

namespace longest_prefix = prep::problems::longest_prefix;
using prep::Format;
using prep::io::Input;
using prep::io::Output;

namespace {

std::string run(const std::string& prefixes, const std::string& numbers, longest_prefix::Settings settings = {}) {
  Input file = Input::from_text("prefixes.txt", prefixes);
  const longest_prefix::PrefixTable table = longest_prefix::parse_prefixes(file);
  Input input = Input::from_text("<stdin>", numbers);
  std::string result;
  Output out(result);
  longest_prefix::run_on(table, input, out, settings);
  out.commit();
  return result;
}

std::string error_where(const std::string& prefixes, const std::string& numbers) {
  try {
    run(prefixes, numbers);
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
  CHECK(error_where("1\n", "1\n2x*\n") == "<stdin>:2:3: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)");
}

TEST_CASE("longest-prefix: random tables and numbers against a brute-force scan") {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 100; ++round) {
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
    REQUIRE(run(prefixes, numbers) == expected);
  }
}

TEST_CASE("longest-prefix: more numbers than a batch, an error after the first batches") {
  Input file = Input::from_text("prefixes.txt", "+1 one\n+12\n");
  const longest_prefix::PrefixTable table = longest_prefix::parse_prefixes(file);
  std::string numbers;
  std::string expected;
  for (int i = 0; i < 1300; ++i) {
    std::string number = "+";
    number += std::to_string(i);  // not "+" + …: GCC 12 warns falsely (-Wrestrict)
    numbers += number + "\n";
    const std::string digits = std::to_string(i);
    const std::string best = digits.rfind("12", 0) == 0 ? "+12" : digits.rfind('1', 0) == 0 ? "+1\tone" : "-";
    expected += number + "\t" + best + "\n";
  }
  {
    Input input = Input::from_text("<stdin>", numbers);
    std::string result;
    Output out(result);
    longest_prefix::run_on(table, input, out, {});
    out.commit();
    CHECK(result == expected);
  }
  {
    Input input = Input::from_text("<stdin>", numbers.substr(0, numbers.find("+1100\n")) + "+11x*\n" + "+1\n");
    std::string result;
    Output out(result);
    try {
      longest_prefix::run_on(table, input, out, {});
      FAIL("expected an InputError");
    } catch (const prep::io::InputError& e) {
      CHECK(e.where() == "<stdin>:1101:5");
    }
    out.flush();
    CHECK(result == expected.substr(0, expected.find("+1100\t")));  // every number before the bad one
  }
}
