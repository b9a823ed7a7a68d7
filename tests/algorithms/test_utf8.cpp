#include "algorithms/utf8.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

namespace utf8 = prep::algo::utf8;

namespace {

// Reference: a sequence is well-formed iff it is the encoding of the scalar value it spells,
// i.e. decoding it naively and encoding the result gives the same bytes back.
std::size_t reference_length(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t length = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (length == 0 || i + length > s.size()) return 0;
  std::uint32_t value = length == 1 ? b0 : b0 & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3Fu);
  }
  if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  std::string again;
  utf8::append(again, value);
  if (again != s.substr(i, length)) return 0;
  cp = value;
  return length;
}

utf8::Validation reference_validate(std::string_view s) {
  utf8::Validation v;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    const std::size_t length = reference_length(s, i, cp);
    if (length == 0) {
      v.bad_offset = i;
      return v;
    }
    i += length;
    ++v.code_points;
  }
  return v;
}

std::size_t reference_utf16(std::string_view s) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) units += utf8::utf16_units(utf8::next_code_point(s, i));
  return units;
}

}  // namespace

TEST_CASE("utf8: empty and ASCII") {
  CHECK(utf8::validate("").bad_offset == utf8::npos);
  CHECK(utf8::validate("").code_points == 0);
  CHECK(utf8::count_utf16_units("") == 0);
  const std::string ascii = "hello, world: a longer line than eight bytes";
  CHECK(utf8::validate(ascii).code_points == ascii.size());
  CHECK(utf8::is_ascii(ascii));
  CHECK(utf8::advance(ascii, 0, 5) == 5);
  CHECK(utf8::advance(ascii, 3, 1000) == ascii.size());
}

TEST_CASE("utf8: multi-byte characters") {
  const std::string s = "a\u00e9\u20ac\U0001F600z";  // a é € 😀 z
  const auto v = utf8::validate(s);
  CHECK(v.bad_offset == utf8::npos);
  CHECK(v.code_points == 5);
  CHECK(utf8::count_code_points(s) == 5);
  CHECK(utf8::count_utf16_units(s) == 6);
  CHECK_FALSE(utf8::is_ascii(s));
  CHECK(utf8::advance(s, 0, 2) == 3);
  CHECK(utf8::advance(s, 0, 3) == 6);
  CHECK(utf8::advance(s, 0, 4) == 10);
  std::size_t i = 1;
  CHECK(utf8::next_code_point(s, i) == 0xE9);
  CHECK(i == 3);
}

TEST_CASE("utf8: the first bad byte") {
  CHECK(utf8::validate("\x80").bad_offset == 0);                 // stray continuation
  CHECK(utf8::validate("ab\xC0\x80").bad_offset == 2);           // overlong NUL
  CHECK(utf8::validate("ab\xC1\xBF").bad_offset == 2);           // overlong
  CHECK(utf8::validate("abc\xE2\x82").bad_offset == 3);          // truncated at the end
  CHECK(utf8::validate("abc\xE2\x82z").bad_offset == 3);         // truncated in the middle
  CHECK(utf8::validate("\xE0\x80\x80").bad_offset == 0);         // overlong 3-byte
  CHECK(utf8::validate("x\xED\xA0\x80").bad_offset == 1);        // surrogate U+D800
  CHECK(utf8::validate("\xF0\x8F\xBF\xBF").bad_offset == 0);     // overlong 4-byte
  CHECK(utf8::validate("\xF4\x90\x80\x80").bad_offset == 0);     // above U+10FFFF
  CHECK(utf8::validate("\xF5\x80\x80\x80").bad_offset == 0);
  CHECK(utf8::validate("\xFF").bad_offset == 0);
  CHECK(utf8::validate("12345678\xFF").bad_offset == 8);         // after a fast-path word
  CHECK(utf8::validate("12345678\xFF").code_points == 8);
  CHECK(utf8::validate("\xEF\xBF\xBF").bad_offset == utf8::npos);  // U+FFFF is fine
  CHECK(utf8::validate("\xF4\x8F\xBF\xBF").bad_offset == utf8::npos);  // U+10FFFF
}

TEST_CASE("utf8: every scalar value round-trips") {
  std::string s;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    s.clear();
    utf8::append(s, cp);
    char32_t back = 0;
    const std::size_t length = utf8::decode(s, 0, back);
    if (length != s.size() || back != cp) {
      FAIL("round trip failed for code point " << static_cast<std::uint32_t>(cp));
    }
  }
  // And no surrogate is accepted.
  for (char32_t cp = 0xD800; cp <= 0xDFFF; ++cp) {
    const std::string bad = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                             static_cast<char>(0x80 | (cp & 0x3F))};
    CHECK(utf8::validate(bad).bad_offset == 0);
  }
}

TEST_CASE("utf8: all strings of one and two bytes, and all three-byte strings with a lead >= 0xE0") {
  std::string s(2, '\0');
  for (int a = 0; a < 256; ++a) {
    const std::string one(1, static_cast<char>(a));
    REQUIRE(utf8::validate(one).bad_offset == reference_validate(one).bad_offset);
    for (int b = 0; b < 256; ++b) {
      s[0] = static_cast<char>(a);
      s[1] = static_cast<char>(b);
      const auto got = utf8::validate(s);
      const auto want = reference_validate(s);
      if (got.bad_offset != want.bad_offset || got.code_points != want.code_points)
        FAIL("mismatch on " << a << " " << b);
    }
  }
  std::string t(3, '\0');
  for (int a = 0xE0; a < 0x100; ++a)
    for (int b = 0; b < 256; ++b)
      for (int c = 0x70; c < 0xD0; ++c) {
        t[0] = static_cast<char>(a);
        t[1] = static_cast<char>(b);
        t[2] = static_cast<char>(c);
        if (utf8::validate(t).bad_offset != reference_validate(t).bad_offset) FAIL("mismatch on " << a << " " << b << " " << c);
      }
}

TEST_CASE("utf8: random byte strings against the reference") {
  std::mt19937_64 rng(20261128);
  const char32_t samples[] = {U'a', U' ', U'\u00e9', U'\u0416', U'\u20ac', U'\uFFFF', U'\U0001F600', U'\U0010FFFF'};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t length = rng() % 40;
    for (std::size_t k = 0; k < length; ++k) {
      const auto pick = rng() % 12;
      if (pick < 8)
        utf8::append(s, samples[pick]);
      else if (pick < 10)
        s.append(8, static_cast<char>('a' + rng() % 26));
      else
        s.push_back(static_cast<char>(rng() % 256));  // likely garbage
    }
    if (rng() % 4 == 0 && !s.empty()) s.pop_back();  // maybe truncate a sequence
    const auto got = utf8::validate(s);
    const auto want = reference_validate(s);
    REQUIRE(got.bad_offset == want.bad_offset);
    REQUIRE(got.code_points == want.code_points);
    if (got.bad_offset == utf8::npos) {
      CHECK(utf8::count_code_points(s) == want.code_points);
      CHECK(utf8::count_utf16_units(s) == reference_utf16(s));
      const std::size_t k = rng() % (want.code_points + 2);
      std::size_t expected = 0;
      for (std::size_t step = 0; step < k && expected < s.size(); ++step) utf8::next_code_point(s, expected);
      CHECK(utf8::advance(s, 0, k) == expected);
    }
  }
}
