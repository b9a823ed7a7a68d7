// text.hpp — the shared lexical rules of SPEC.md §1: token separators, checked signed 64-bit
// integers, and how a token is quoted in a message.
//
// Every command parses integers with parse_int64 and splits lines with Tokens, so "what is a number"
// and "what separates two tokens" are decided in one place.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace prep::io {

// Spaces, tabs and commas separate tokens (SPEC.md §1).
constexpr bool is_separator(char c) { return c == ' ' || c == '\t' || c == ','; }
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Bytes that end a token inside a text of lines: separators, '\r' and '\n'; a table for the tight
// loops of the commands' fast paths.
inline constexpr std::array<bool, 256> ends_token = [] {
  std::array<bool, 256> table{};
  for (const char c : {' ', '\t', ',', '\r', '\n'}) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

enum class IntStatus { ok, not_integer, out_of_range };

struct IntParse {
  IntStatus status;
  std::int64_t value;
};

// A whole token as a signed 64-bit integer: optional sign, then decimal digits, nothing else.
// Never wraps: a value outside [-2^63, 2^63 - 1] is out_of_range.
inline IntParse parse_int64(std::string_view token) {
  const char* p = token.data();
  const char* const end = p + token.size();
  bool negative = false;
  if (p != end && (*p == '-' || *p == '+')) {
    negative = *p == '-';
    ++p;
  }
  if (p == end) return {IntStatus::not_integer, 0};
  std::uint64_t value = 0;
  if (end - p <= 18) {  // at most 18 digits cannot overflow: the common case, no checks
    for (; p != end; ++p) {
      const auto digit = static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned{'0'};
      if (digit > 9) return {IntStatus::not_integer, 0};
      value = value * 10 + digit;
    }
  } else {
    bool overflow = false;
    for (; p != end; ++p) {
      const auto digit = static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned{'0'};
      if (digit > 9) return {IntStatus::not_integer, 0};
      overflow = overflow || __builtin_mul_overflow(value, 10U, &value) || __builtin_add_overflow(value, digit, &value);
    }
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    if (overflow || value > limit) return {IntStatus::out_of_range, 0};
  }
  // Two's complement negation in unsigned arithmetic is exact, also for -2^63.
  return {IntStatus::ok, static_cast<std::int64_t>(negative ? 0 - value : value)};
}

// The tokens of one line, left to right. Views point into the line.
class Tokens {
 public:
  explicit Tokens(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  // The next token, or false at the end of the line.
  bool next(std::string_view& token) {
    while (p_ != end_ && (is_separator(*p_) || *p_ == '\r')) ++p_;
    if (p_ == end_) return false;
    const char* start = p_;
    while (p_ != end_ && !is_separator(*p_) && *p_ != '\r') ++p_;
    token = std::string_view(start, static_cast<std::size_t>(p_ - start));
    return true;
  }

  // Where the line ends: the place to point at when a token is missing.
  [[nodiscard]] const char* end() const { return end_; }

 private:
  const char* p_;
  const char* end_;
};

// A token as shown in a message: quoted, shortened when long.
std::string quote(std::string_view token);

}  // namespace prep::io
