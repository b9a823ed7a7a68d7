#include "algorithms/sms.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/utf8.hpp"

namespace sms = prep::algo::sms;
namespace utf8 = prep::algo::utf8;

namespace {

std::string encode(const std::u32string& cps) {
  std::string s;
  for (const char32_t cp : cps) utf8::append(s, cp);
  return s;
}

std::u32string decode_all(std::string_view s) {
  std::u32string cps;
  for (std::size_t i = 0; i < s.size();) cps.push_back(utf8::next_code_point(s, i));
  return cps;
}

std::vector<std::string> rule_segments(const std::string& text, std::size_t limit, bool words) {
  std::vector<std::size_t> ends;
  const bool ok = sms::rule_split(text, utf8::count_code_points(text), limit, words, ends);
  std::vector<std::string> segments;
  if (!ok) return segments;
  std::size_t start = 0;
  for (const std::size_t end : ends) {
    segments.push_back(text.substr(start, end - start));
    start = end;
  }
  return segments;
}

// Brute force for the plain rule: try n = 2, 3, … and add up the rooms.
std::size_t brute_rule_count(std::size_t length, std::size_t limit) {
  if (length <= limit) return 1;
  for (std::size_t n = 2; n <= length; ++n) {
    std::size_t total = 0;
    bool room_everywhere = true;
    for (std::size_t i = 1; i <= n; ++i) {
      const std::size_t suffix = sms::suffix_length(i, n);
      if (suffix + 1 > limit) room_everywhere = false;
      else total += limit - suffix;
    }
    if (room_everywhere && total >= length) return n;
  }
  return 0;
}

// Brute force for --words on code points: for n = 2, 3, … run the greedy with the rooms of n and
// check it ends within n segments; the segment lengths of the first n that works.
std::vector<std::size_t> brute_words(const std::u32string& text, std::size_t limit) {
  const std::size_t length = text.size();
  if (length <= limit) return {length};
  for (std::size_t n = 2; n <= length; ++n) {
    std::vector<std::size_t> lengths;
    std::size_t pos = 0;
    bool ok = true;
    for (std::size_t i = 1; i <= n && pos < length; ++i) {
      const std::size_t suffix = sms::suffix_length(i, n);
      if (suffix + 1 > limit) {
        ok = false;
        break;
      }
      const std::size_t space = limit - suffix;
      std::size_t end;
      if (length - pos <= space) {
        end = length;
      } else {
        std::size_t best = 0;
        for (std::size_t e = pos + 1; e <= pos + space; ++e)
          if (text[e - 1] == U' ' || text[e] == U' ') best = e;
        end = best != 0 ? best : pos + space;
      }
      lengths.push_back(end - pos);
      pos = end;
    }
    if (ok && pos == length) return lengths;
  }
  return {};
}

}  // namespace

// ---- the rule ----

TEST_CASE("sms rule: suffix lengths") {
  CHECK(sms::suffix_length(1, 2) == 5);
  CHECK(sms::suffix_length(9, 10) == 6);
  CHECK(sms::suffix_length(10, 10) == 7);
  CHECK(sms::suffix_length(100, 100) == 9);
  CHECK(sms::decimal_digits(0) == 1);
  CHECK(sms::decimal_digits(18446744073709551615ULL) == 20);
}

TEST_CASE("sms rule: empty, fits, and just over") {
  CHECK(rule_segments("", 160, false) == std::vector<std::string>{""});
  const std::string fits(160, 'a');
  CHECK(rule_segments(fits, 160, false) == std::vector<std::string>{fits});
  const std::string over(161, 'a');
  const auto two = rule_segments(over, 160, false);
  REQUIRE(two.size() == 2);
  CHECK(two[0].size() == 155);
  CHECK(two[1].size() == 6);
  // 160 code points of multi-byte text still fit.
  std::string euros;
  for (int i = 0; i < 160; ++i) euros += "\u20ac";
  CHECK(rule_segments(euros, 160, false).size() == 1);
}

TEST_CASE("sms rule: ten segments hold 154 characters before the suffix, 9 -> 10 -> 11") {
  // 9 segments hold 9 * 155 = 1395; 10 hold 9 * 154 + 153 = 1539.
  CHECK(sms::rule_segment_count(1395, 160) == 9);
  CHECK(sms::rule_segment_count(1396, 160) == 10);
  CHECK(sms::rule_segment_count(1539, 160) == 10);
  CHECK(sms::rule_segment_count(1540, 160) == 11);
  const auto ten = rule_segments(std::string(1400, 'x'), 160, false);
  REQUIRE(ten.size() == 10);
  for (std::size_t i = 0; i < 9; ++i) CHECK(ten[i].size() == 154);
  CHECK(ten[9].size() == 1400 - 9 * 154);
  // 99 -> 100: 99 segments hold 9*154 + 90*153 = 15156.
  CHECK(sms::rule_segment_count(15156, 160) == 99);
  CHECK(sms::rule_segment_count(15157, 160) == 100);
}

TEST_CASE("sms rule: the total room is not monotone in n") {
  // limit 15: 9 segments hold 9 * 10 = 90, 10 segments hold 9 * 9 + 8 = 89, 11 hold 97.
  CHECK(sms::rule_segment_count(90, 15) == 9);
  CHECK(sms::rule_segment_count(91, 15) == 11);
  CHECK(brute_rule_count(91, 15) == 11);
}

TEST_CASE("sms rule: a limit too small for the message") {
  // limit 6 leaves one character in each of at most 9 segments.
  CHECK(sms::rule_segment_count(9, 6) == 9);
  CHECK(sms::rule_segment_count(10, 6) == 0);
  std::vector<std::size_t> ends{1, 2, 3};
  CHECK_FALSE(sms::rule_split(std::string(10, 'a'), 10, 6, false, ends));
  CHECK(ends.empty());
  CHECK_FALSE(sms::rule_split(std::string(10, 'a'), 10, 6, true, ends));
}

TEST_CASE("sms rule: segment count against brute force, all lengths up to 1200, limits 6..40") {
  for (std::size_t limit = 6; limit <= 40; ++limit) {
    for (std::size_t length = 0; length <= 1200; ++length) {
      const std::size_t want = brute_rule_count(length, limit);
      const std::size_t got = sms::rule_segment_count(length, limit);
      if (got != want) FAIL("limit " << limit << " length " << length << ": got " << got << ", want " << want);
    }
  }
}

TEST_CASE("sms rule: huge lengths do not overflow") {
  const std::size_t huge = 18446744073709551615ULL;
  const std::size_t n = sms::rule_segment_count(huge, 100);
  CHECK(n > 0);
  CHECK(sms::rule_segment_count(huge, 10) == 0);
  CHECK(sms::rule_segment_count(huge, huge) == 1);
  CHECK(sms::rule_segment_count(huge, huge - 1) == 2);
}

TEST_CASE("sms rule: random multi-byte messages, every property") {
  std::mt19937_64 rng(6);
  const char32_t alphabet[] = {U'a', U'b', U' ', U'\u00e9', U'\u20ac', U'\U0001F600', U'\u0416'};
  for (int round = 0; round < 3000; ++round) {
    const std::size_t limit = 6 + rng() % (round % 3 == 0 ? 10 : 200);
    const std::size_t length = rng() % (round % 10 == 0 ? 30000 : 2000);
    std::u32string cps;
    for (std::size_t i = 0; i < length; ++i) cps.push_back(alphabet[rng() % std::size(alphabet)]);
    const std::string text = encode(cps);
    for (const bool words : {false, true}) {
      const auto segments = rule_segments(text, limit, words);
      const std::size_t n = segments.size();
      if (!words) REQUIRE(n == sms::rule_segment_count(length, limit));
      if (n == 0) {
        if (!words) CHECK(sms::rule_segment_count(length, limit) == 0);
        continue;
      }
      std::string joined;
      for (std::size_t i = 0; i < n; ++i) {
        joined += segments[i];
        const std::size_t cp = utf8::count_code_points(segments[i]);
        if (n == 1) {
          CHECK(cp <= limit);
        } else {
          CHECK(cp >= 1);
          CHECK(cp + sms::suffix_length(i + 1, n) <= limit);
          if (!words && i + 1 < n) CHECK(cp + sms::suffix_length(i + 1, n) == limit);  // greedy: full
        }
      }
      REQUIRE(joined == text);
      if (words && length <= 400) {
        const auto want = brute_words(cps, limit);
        REQUIRE(want.size() == n);
        for (std::size_t i = 0; i < n; ++i) CHECK(utf8::count_code_points(segments[i]) == want[i]);
      }
      if (!words && n >= 2 && length <= 3000) CHECK(brute_rule_count(length, limit) == n);
    }
  }
}

TEST_CASE("sms words: boundaries") {
  // room 10 with suffix (i/2) at limit 15
  const auto s = rule_segments("hello world again", 15, true);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "hello ");
  CHECK(s[1] == "world ");
  CHECK(s[2] == "again");
  // room 11 at limit 16: the space after "world" no longer fits, the next segment starts with it
  const auto r = rule_segments("hello world again", 16, true);
  REQUIRE(r.size() == 2);
  CHECK(r[0] == "hello world");
  CHECK(r[1] == " again");
  // The space no longer fits: the segment ends before it and the next starts with it.
  const auto t = rule_segments("aaaaaaaaaa bbbbbbbbbb", 15, true);
  REQUIRE(t.size() == 3);
  CHECK(t[0] == "aaaaaaaaaa");
  CHECK(t[1] == " ");  // 'bbbbbbbbbb' (10) would not fit with the space (11) in room 10
  CHECK(t[2] == "bbbbbbbbbb");
  // A word longer than the room is cut at the room's end.
  const auto u = rule_segments("abcdefghijklmnopqrstuvwxyz", 15, true);
  REQUIRE(u.size() == 3);
  CHECK(u[0] == "abcdefghij");
  CHECK(u[1] == "klmnopqrst");
  CHECK(u[2] == "uvwxyz");
}

TEST_CASE("sms words: exhaustive small messages against brute force") {
  // Every message over {a, ' '} up to length 14, limits 6..9.
  for (std::size_t limit = 6; limit <= 9; ++limit)
    for (std::size_t length = 0; length <= 14; ++length)
      for (std::size_t mask = 0; mask < (std::size_t{1} << length); ++mask) {
        std::u32string cps;
        for (std::size_t i = 0; i < length; ++i) cps.push_back((mask >> i) & 1 ? U' ' : U'a');
        const auto want = brute_words(cps, limit);
        const auto got = rule_segments(encode(cps), limit, true);
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) REQUIRE(got[i].size() == want[i]);
      }
}

// ---- carrier ----

namespace {

std::vector<std::size_t> code_point_clusters(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size();) {
    utf8::next_code_point(text, i);
    ends.push_back(i);
  }
  return ends;
}

sms::CarrierParts carrier(const std::string& text, sms::Encoding encoding, std::vector<std::size_t> clusters = {}) {
  if (clusters.empty()) clusters = code_point_clusters(text);
  sms::CarrierParts parts;
  sms::carrier_split(text, encoding, clusters, parts);
  return parts;
}

}  // namespace

TEST_CASE("sms carrier: the GSM-7 tables") {
  std::size_t basic = 0;
  std::size_t extension = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    const std::size_t s = sms::gsm7_septets(cp);
    basic += s == 1 ? 1 : 0;
    extension += s == 2 ? 1 : 0;
  }
  CHECK(basic == 127);
  CHECK(extension == 10);
  CHECK(sms::gsm7_septets(U'\u00c7') == 1);  // Ç at 0x09, as TS 23.038 has it
  CHECK(sms::gsm7_septets(U'\u00e7') == 0);  // ç is not there
  CHECK(sms::gsm7_septets(U'`') == 0);
  CHECK(sms::gsm7_septets(U'\u20ac') == 2);
  CHECK(sms::gsm7_septets(U'\f') == 2);
  CHECK(sms::gsm7_septets(U'\u03a9') == 1);  // Ω
  CHECK(sms::gsm7_septets(U'\u03c9') == 0);  // ω
  CHECK(sms::first_non_gsm7("hello \u20ac[]") == utf8::npos);
  CHECK(sms::first_non_gsm7("ab\u043f\u0440") == 2);
}

TEST_CASE("sms carrier: GSM-7 parts") {
  const auto empty = carrier("", sms::Encoding::gsm7);
  CHECK(empty.ends == std::vector<std::size_t>{0});
  CHECK(empty.units == std::vector<std::size_t>{0});
  CHECK(carrier(std::string(160, 'a'), sms::Encoding::gsm7).units == std::vector<std::size_t>{160});
  CHECK(carrier(std::string(161, 'a'), sms::Encoding::gsm7).units == std::vector<std::size_t>{153, 8});
  const std::string euro_at_edge = std::string(152, 'a') + "\u20ac" + std::string(8, 'b');
  const auto moved = carrier(euro_at_edge, sms::Encoding::gsm7);
  CHECK(moved.units == std::vector<std::size_t>{152, 10});
  CHECK(moved.ends == std::vector<std::size_t>{152, euro_at_edge.size()});
  CHECK(carrier(std::string(158, 'a') + "\u20ac", sms::Encoding::gsm7).units == std::vector<std::size_t>{160});
  CHECK(carrier(std::string(159, 'a') + "\u20ac", sms::Encoding::gsm7).units == std::vector<std::size_t>{153, 8});
  CHECK(carrier(std::string(153 * 3, 'a'), sms::Encoding::gsm7).units == std::vector<std::size_t>{153, 153, 153});
}

TEST_CASE("sms carrier: UCS-2 parts") {
  CHECK(carrier(std::string(70, 'a'), sms::Encoding::ucs2).units == std::vector<std::size_t>{70});
  CHECK(carrier(std::string(71, 'a'), sms::Encoding::ucs2).units == std::vector<std::size_t>{67, 4});
  // An emoji is a surrogate pair: it moves whole.
  const std::string emoji = std::string(66, 'a') + "\U0001F600" + std::string(10, 'b');
  CHECK(carrier(emoji, sms::Encoding::ucs2).units == std::vector<std::size_t>{66, 12});
  // A family emoji (11 UTF-16 units, one cluster) at a part boundary moves whole.
  const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
  const std::string text = std::string(66, 'a') + family + std::string(10, 'b');
  std::vector<std::size_t> clusters;
  for (std::size_t i = 1; i <= 66; ++i) clusters.push_back(i);
  clusters.push_back(66 + family.size());
  for (std::size_t i = 1; i <= 10; ++i) clusters.push_back(66 + family.size() + i);
  const auto parts = carrier(text, sms::Encoding::ucs2, clusters);
  CHECK(parts.units == std::vector<std::size_t>{66, 21});
  CHECK(parts.ends == std::vector<std::size_t>{66, text.size()});
  // CR LF are two clusters, as in Twilio's calculator.
  const std::string crlf = std::string(66, 'a') + "\r\n" + "\u0416" + std::string(10, 'b');
  std::vector<std::size_t> crlf_clusters = code_point_clusters(crlf);
  crlf_clusters.erase(crlf_clusters.begin() + 66);  // one cluster "\r\n"
  CHECK(carrier(crlf, sms::Encoding::ucs2, crlf_clusters).units == std::vector<std::size_t>{67, 12});
  // A cluster longer than a part is cut between code points.
  std::string zalgo = "e";
  for (int i = 0; i < 100; ++i) zalgo += "\u0301";
  const auto cut = carrier(zalgo, sms::Encoding::ucs2, {zalgo.size()});
  CHECK(cut.units == std::vector<std::size_t>{67, 34});
}

TEST_CASE("sms carrier: random messages and clusters, every property") {
  std::mt19937_64 rng(1160);
  const char32_t alphabet[] = {U'a', U' ', U'\u20ac', U'[', U'\u00e9', U'\u0416', U'\U0001F600', U'\u0301'};
  for (int round = 0; round < 3000; ++round) {
    const bool gsm7 = round % 2 == 0;
    const std::size_t length = rng() % 700;
    std::u32string cps;
    for (std::size_t i = 0; i < length; ++i) cps.push_back(alphabet[rng() % (gsm7 ? 5 : std::size(alphabet))]);
    const std::string text = encode(cps);
    // Random clusters of 1..4 code points (occasionally a huge one).
    std::vector<std::size_t> clusters;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t take = rng() % 50 == 0 ? 80 : 1 + rng() % 4;
      while (take-- > 0 && i < text.size()) utf8::next_code_point(text, i);
      clusters.push_back(i);
    }
    const auto encoding = gsm7 ? sms::Encoding::gsm7 : sms::Encoding::ucs2;
    const auto parts = carrier(text, encoding, gsm7 ? std::vector<std::size_t>{} : clusters);
    REQUIRE(parts.ends.size() == parts.units.size());
    REQUIRE(parts.ends.back() == text.size());
    const std::size_t single = gsm7 ? 160 : 70;
    const std::size_t multi = gsm7 ? 153 : 67;
    std::size_t start = 0;
    for (std::size_t k = 0; k < parts.ends.size(); ++k) {
      const std::string part = text.substr(start, parts.ends[k] - start);
      std::size_t units = 0;
      for (const char32_t cp : decode_all(part)) units += gsm7 ? sms::gsm7_septets(cp) : utf8::utf16_units(cp);
      CHECK(units == parts.units[k]);
      CHECK(units <= (parts.ends.size() == 1 ? single : multi));
      if (parts.ends.size() > 1) CHECK(units >= 1);
      start = parts.ends[k];
    }
    // Parts end only at cluster ends, unless the cluster is longer than a part.
    if (!gsm7 && parts.ends.size() > 1) {
      for (std::size_t k = 0; k + 1 < parts.ends.size(); ++k) {
        const std::size_t end = parts.ends[k];
        const auto it = std::lower_bound(clusters.begin(), clusters.end(), end);
        if (*it != end) {
          const std::size_t cluster_start = it == clusters.begin() ? 0 : *(it - 1);
          CHECK(utf8::count_utf16_units(std::string_view(text).substr(cluster_start, *it - cluster_start)) > multi);
        } else {
          // greedy: the next cluster would not have fit
          const std::size_t next_end = *(it + 1);
          const std::size_t next_units = utf8::count_utf16_units(std::string_view(text).substr(end, next_end - end));
          if (next_units <= multi) CHECK(parts.units[k] + next_units > multi);
        }
      }
    }
  }
}

TEST_CASE("sms smart encoding") {
  std::string out;
  sms::smart_replace("\u201cHi\u201d \u2014 it\u2019s\u2026", out);
  CHECK(out == "\"Hi\" - it's...");
  sms::smart_replace("a\u00a0b\tc\u200bd", out);
  CHECK(out == "a  b       cd");  // as Twilio's table has it: NBSP -> 2 spaces, tab -> 7
  sms::smart_replace("", out);
  CHECK(out.empty());
  sms::smart_replace("\U0001F600 \u00bd", out);
  CHECK(out == "\U0001F600 1/2");
  CHECK(sms::first_non_gsm7(out) == 0);
}
