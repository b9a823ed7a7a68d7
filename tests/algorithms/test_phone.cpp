#include "algorithms/phone.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace phone = prep::algo::phone;

TEST_CASE("phone: keypad letters, both cases") {
  const std::string_view letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const std::string_view digits = "22233344455566677778889999";
  for (std::size_t i = 0; i < letters.size(); ++i) {
    CHECK(phone::keypad_digit(letters[i]) == digits[i]);
    CHECK(phone::keypad_digit(static_cast<char>(letters[i] - 'A' + 'a')) == digits[i]);
  }
  CHECK(phone::keypad_digit('1') == '\0');
  CHECK(phone::keypad_digit('@') == '\0');
  CHECK(phone::keypad_digit('[') == '\0');
}

TEST_CASE("phone: normalize examples") {
  auto norm = [](std::string_view written) {
    std::string digits;
    const std::size_t bad = phone::normalize(written, digits);
    return bad == phone::npos ? digits : "bad@" + std::to_string(bad);
  };
  CHECK(norm("") == "");
  CHECK(norm("+1 (415) 555-0123") == "14155550123");
  CHECK(norm("1-800-FLOWERS") == "18003569377");
  CHECK(norm("1-800-flowers") == "18003569377");
  CHECK(norm("+17474824380") == "17474824380");
  CHECK(norm("TWLO") == "8956");
  CHECK(norm("+-(). ") == "");
  CHECK(norm("555*1234") == "bad@3");
  CHECK(norm("TW!LO") == "bad@2");
  CHECK(norm("12\t3") == "bad@2");
  CHECK(norm("12#") == "bad@2");
  CHECK(norm("\xc3\xa9") == "bad@0");
}

TEST_CASE("phone: normalize appends, keeps the digits before a bad character") {
  std::string digits = "9";
  CHECK(phone::normalize("1a*2", digits) == 2);
  CHECK(digits == "912");
}

TEST_CASE("phone: every byte value in every position") {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool is_digit = c >= '0' && c <= '9';
    const bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool is_sep = c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == ' ';
    CHECK(phone::is_separator(c) == is_sep);
    for (std::size_t pos = 0; pos < 3; ++pos) {
      std::string written = "12";
      written.insert(pos, 1, c);
      std::string digits;
      const std::size_t bad = phone::normalize(written, digits);
      if (is_digit || is_letter) {
        CHECK(bad == phone::npos);
        std::string expected = "12";
        expected.insert(pos, 1, is_digit ? c : phone::keypad_digit(c));
        CHECK(digits == expected);
      } else if (is_sep) {
        CHECK(bad == phone::npos);
        CHECK(digits == "12");
      } else {
        CHECK(bad == pos);
      }
    }
  }
}

TEST_CASE("phone: prefixes are digits with an optional leading plus") {
  CHECK(phone::check_prefix("+1415123") == phone::npos);
  CHECK(phone::check_prefix("1") == phone::npos);
  CHECK(phone::check_prefix("+1a2") == 2);
  CHECK(phone::check_prefix("1+2") == 1);
  CHECK(phone::check_prefix("++1") == 1);
  CHECK(phone::check_prefix("1-2") == 1);
  CHECK(phone::check_prefix("") == 0);
  CHECK(phone::check_prefix("+") == 1);
  CHECK(phone::prefix_digits("+1412") == "1412");
  CHECK(phone::prefix_digits("44") == "44");
}
