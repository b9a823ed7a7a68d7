// utf8.hpp — UTF-8 decoding with validation, code-point and UTF-16 unit counting.
//
// The one place prep decides what well-formed UTF-8 is (RFC 3629 / Unicode §3.9 table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF, no stray or missing continuation bytes),
// and how long a text is in code points or in UTF-16 code units (what an SMS in UCS-2 counts).
// Pure ASCII runs are checked eight bytes at a time, because most text prep sees is ASCII.
//
// Time: validate / count O(bytes); decode O(1).
// Preconditions: count_code_points, count_utf16_units, advance and next_code_point take well-formed
// UTF-8 (validate first); decode and validate accept anything.
// Guarantees: validate reports the byte offset of the first byte of the first ill-formed sequence
// (the lead byte of a truncated or overlong sequence, or the stray byte itself).
// Status: exhaustively tested on all 1- and 2-byte strings and all lead bytes with every
// continuation pattern, and against a reference decoder on random bytes (tests/algorithms/test_utf8.cpp).
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace prep::algo::utf8 {

inline constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

// The code point at s[i] and its length in bytes (1–4); length 0 when the bytes there do not begin
// a well-formed sequence (then cp is unspecified).
inline std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  assert(i < s.size());
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  const std::size_t left = s.size() - i;
  if (b0 < 0xC2) return 0;  // stray continuation byte, or an overlong 2-byte lead (C0, C1)
  if (b0 < 0xE0) {
    if (left < 2 || (byte(i + 1) & 0xC0) != 0x80) return 0;
    cp = static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu));
    return 2;
  }
  if (b0 < 0xF0) {
    if (left < 3) return 0;
    const unsigned char b1 = byte(i + 1);
    // E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates).
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    if (b1 < lo || b1 > hi || (byte(i + 2) & 0xC0) != 0x80) return 0;
    cp = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu));
    return 3;
  }
  if (b0 < 0xF5) {
    if (left < 4) return 0;
    const unsigned char b1 = byte(i + 1);
    // F0 needs 90..BF (no overlong), F4 needs 80..8F (nothing above U+10FFFF).
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (b1 < lo || b1 > hi || (byte(i + 2) & 0xC0) != 0x80 || (byte(i + 3) & 0xC0) != 0x80) return 0;
    cp = static_cast<char32_t>(((b0 & 0x07u) << 18) | ((b1 & 0x3Fu) << 12) | ((byte(i + 2) & 0x3Fu) << 6) |
                               (byte(i + 3) & 0x3Fu));
    return 4;
  }
  return 0;
}

namespace detail {
inline constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
inline std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}
}  // namespace detail

struct Validation {
  std::size_t bad_offset = npos;  // first byte of the first ill-formed sequence, npos when valid
  std::size_t code_points = 0;    // code points before bad_offset (all of them when valid)
};

// Checks s and counts its code points in the same pass.
inline Validation validate(std::string_view s) {
  Validation result;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Runs of ASCII: 32 bytes per step, then 8.
    while (i + 32 <= n) {
      const char* p = s.data() + i;
      if (((detail::load8(p) | detail::load8(p + 8) | detail::load8(p + 16) | detail::load8(p + 24)) &
           detail::high_bits) != 0)
        break;
      i += 32;
      result.code_points += 32;
    }
    if (i == n) break;
    if (i + 8 <= n && (detail::load8(s.data() + i) & detail::high_bits) == 0) {
      i += 8;
      result.code_points += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      ++result.code_points;
      continue;
    }
    char32_t cp;
    const std::size_t length = decode(s, i, cp);
    if (length == 0) {
      result.bad_offset = i;
      return result;
    }
    i += length;
    ++result.code_points;
  }
  return result;
}

inline bool is_valid(std::string_view s) { return validate(s).bad_offset == npos; }

inline bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (detail::load8(s.data() + i) & detail::high_bits) return false;
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

constexpr bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Code points of well-formed s: every byte that is not a continuation byte (10xxxxxx) starts one.
// Eight bytes at a time: a byte is a continuation byte when its bit 7 is set and bit 6 is not.
inline std::size_t count_code_points(std::string_view s) {
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t word = detail::load8(s.data() + i);
    const std::uint64_t continuation = word & ~(word << 1) & detail::high_bits;
    // One bit per byte at bit 7: move them to bit 0 and add the bytes with a multiply (std::popcount
    // would be a library call without -mpopcnt).
    count += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) count += is_continuation(s[i]) ? 0u : 1u;
  return count;
}

// UTF-16 code units of one code point: 2 for a surrogate pair (above U+FFFF), else 1.
constexpr std::size_t utf16_units(char32_t cp) { return cp > 0xFFFF ? 2 : 1; }

// UTF-16 code units of well-formed s: one per code point, plus one per 4-byte sequence.
inline std::size_t count_utf16_units(std::string_view s) {
  std::size_t count = 0;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    count += (b & 0xC0) != 0x80 ? 1u : 0u;
    count += b >= 0xF0 ? 1u : 0u;
  }
  return count;
}

// Byte offset reached from byte offset from (a code point boundary) after count code points of
// well-formed s, or s.size() if fewer are left.
inline std::size_t advance(std::string_view s, std::size_t from, std::size_t count) {
  std::size_t i = from;
  const std::size_t n = s.size();
  while (count > 0 && i < n) {
    if (count >= 8 && i + 8 <= n && (detail::load8(s.data() + i) & detail::high_bits) == 0) {
      i += 8;
      count -= 8;
      continue;
    }
    ++i;
    while (i < n && is_continuation(s[i])) ++i;
    --count;
  }
  return i;
}

// The code point at byte offset i of well-formed s; i moves past it.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  char32_t cp = 0;
  const std::size_t length = decode(s, i, cp);
  assert(length != 0);
  i += length;
  return cp;
}

// Appends the UTF-8 form of cp (a scalar value: not a surrogate, at most U+10FFFF).
inline void append(std::string& out, char32_t cp) {
  assert(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF));
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace prep::algo::utf8
