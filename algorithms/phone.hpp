// phone.hpp — the telephone keypad and the normalization of a written phone number into digits.
//
// The one place that knows how `+1 (415) 555-0123` and `1-800-FLOWERS` become `14155550123` and
// `18003569377`: digits stand for themselves, letters map through the keypad (ABC→2 DEF→3 GHI→4
// JKL→5 MNO→6 PQRS→7 TUV→8 WXYZ→9, case-insensitive), and the separators `+ - ( ) .` and space are
// dropped. Anything else (a tab, `*`, `#`, a byte of a non-ASCII character) is not part of a number:
// the functions report the byte offset of the first such character, and the caller turns it into a
// line and column. Used by vanity (numbers and codes) and longest-prefix (numbers and prefixes).
//
// Time: O(length) with one table lookup per byte; no allocation beyond the caller's output string.
// Preconditions: none; every byte value is handled.
// Status: tested exhaustively over all 256 byte values (tests/algorithms/test_phone.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace prep::algo::phone {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// The keypad digit ('2'..'9') of an ASCII letter of either case, or '\0' for anything else.
constexpr char keypad_digit(char c) {
  constexpr std::string_view keys[] = {"ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};
  const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  for (std::size_t i = 0; i < 8; ++i) {
    if (keys[i].find(upper) != std::string_view::npos) return static_cast<char>('2' + i);
  }
  return '\0';
}

// Separators a written number may contain; they carry no digit.
constexpr bool is_separator(char c) {
  return c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == ' ';
}

namespace detail {
inline constexpr char skip = 's';  // a separator
inline constexpr char bad = '\0';  // not allowed in a number

// byte → its digit ('0'..'9'), `skip`, or `bad`; a table so the hot loop has no branches on classes.
inline constexpr std::array<char, 256> byte_class = [] {
  std::array<char, 256> table{};
  for (std::size_t b = 0; b < 256; ++b) {
    const char c = static_cast<char>(static_cast<unsigned char>(b));
    if (c >= '0' && c <= '9') {
      table[b] = c;
    } else if (is_separator(c)) {
      table[b] = skip;
    } else {
      table[b] = keypad_digit(c);  // '\0' == bad for non-letters
    }
  }
  return table;
}();
}  // namespace detail

// Appends the digits of `written` to `digits`. Returns npos, or the byte offset in `written` of the
// first character that may not appear in a phone number (`digits` then holds the digits before it).
// A number made only of separators gives no digits and is not an error here: callers decide.
inline std::size_t normalize(std::string_view written, std::string& digits) {
  // Digits are never more than the bytes; one resize then plain stores keeps the loop tight.
  const std::size_t start = digits.size();
  digits.resize(start + written.size());
  char* out = digits.data() + start;
  for (std::size_t i = 0; i < written.size(); ++i) {
    const char cls = detail::byte_class[static_cast<unsigned char>(written[i])];
    if (cls == detail::bad) {
      digits.resize(static_cast<std::size_t>(out - digits.data()));
      return i;
    }
    if (cls != detail::skip) *out++ = cls;
  }
  digits.resize(static_cast<std::size_t>(out - digits.data()));
  return npos;
}

// Checks a dialling prefix as written in a prefix table: ASCII digits with an optional leading `+`
// (no letters, no separators). Returns npos, or the byte offset of the first offending character.
// The empty string and a lone `+` are reported at offset size() (there is no digit).
constexpr std::size_t check_prefix(std::string_view written) {
  const std::size_t first = (!written.empty() && written[0] == '+') ? 1 : 0;
  for (std::size_t i = first; i < written.size(); ++i) {
    if (written[i] < '0' || written[i] > '9') return i;
  }
  return first == written.size() ? written.size() : npos;
}

// The digits of a prefix accepted by check_prefix (drops the leading `+`).
constexpr std::string_view prefix_digits(std::string_view written) {
  return (!written.empty() && written[0] == '+') ? written.substr(1) : written;
}

}  // namespace prep::algo::phone
