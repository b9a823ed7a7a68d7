// sms.hpp — cutting a text message into SMS segments: the interview rule and what networks do.
//
// The rule (the exercise): a segment holds at most `limit` code points including its suffix
// "(i/n)"; a message of at most `limit` code points is one segment without suffix; otherwise n is
// the smallest count for which the message fits when segment i holds limit − |"(i/n)"| code points,
// and segments are filled greedily in order. `words` lets a segment end only at a word boundary
// (after a space, or before a space that no longer fits), cutting a word only when no boundary lies
// within the room.
//
// Why the search for n is not a plain increment or binary search: the room of every segment
// shrinks by one when n gains a digit (9 → 10, 99 → 100), so the total room is not monotone in n
// (limit 15: 9 segments hold 90 code points, 10 hold 89). Within one digit count of n the rooms of
// segments 1, 2, … do not depend on n, so for each digit count d = 1, 2, … the greedy fill with those
// rooms needs some k segments; the first d whose k has at most d digits gives n = max(k, 10^(d−1)).
// (Greedy word wrapping consumes at least as much with larger rooms, so an earlier digit count that
// fails cannot be rescued by a larger n of that count, and k never falls below 10^(d−1).)
//
// Carrier segmentation (3GPP TS 23.038 / 23.040, as Twilio's segment calculator does it): GSM-7
// counts septets — 1 for the 127 characters of the basic table, 2 for the 10 of the extension table
// (form feed [ \ ] ^ { | } ~ €) — 160 in a single part, else 153 per part (the 6-octet concatenation
// header takes the rest); UCS-2 counts UTF-16 units, 70 single, else 67 per part. Parts are filled
// greedily with whole grapheme clusters; the caller supplies the cluster boundaries (from a Unicode
// library, which algorithms/ may not depend on). A cluster longer than a whole part (only possible in
// UCS-2, e.g. a letter with dozens of combining marks) is cut between code points, never inside a
// surrogate pair, since no part could carry it. CR LF counts as two clusters, as in Twilio's calculator.
//
// Time: rule_split O(bytes · d) where d is the number of digits of n (O(bytes) for n < 10);
//       carrier_split O(bytes); smart_replace O(bytes · log 271).
// Preconditions: text is well-formed UTF-8 (utf8::validate); limit ≥ min_rule_limit; gsm7 text has
//       only GSM-7 characters (first_non_gsm7 == npos); cluster_ends ascending, ending at text.size().
// Guarantees: segment texts concatenated give the text back exactly; every segment is non-empty
//       (except the one segment of an empty message).
// Status: stress-tested against brute force on exhaustive small and seeded random messages, and
//       compared with the npm package sms-segments-calculator (tests/algorithms/test_sms.cpp,
//       tests/problems/sms_twilio_compare.py).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prep::algo::sms {

// ---- The exercise rule ----

// The smallest limit that leaves room for text: "(1/2)" plus one code point.
inline constexpr std::size_t min_rule_limit = 6;

constexpr std::size_t decimal_digits(std::size_t n) {
  std::size_t digits = 1;
  while (n >= 10) {
    n /= 10;
    ++digits;
  }
  return digits;
}

// Code points of the suffix "(i/n)".
constexpr std::size_t suffix_length(std::size_t i, std::size_t n) {
  return 3 + decimal_digits(i) + decimal_digits(n);
}

// The number of segments the plain rule gives a message of `length` code points: 1 when it fits in
// limit, else the smallest n as above; 0 when no n works (limit too small for so long a message).
std::size_t rule_segment_count(std::size_t length, std::size_t limit);

// Splits text by the rule; ends[i] is the byte offset where the text of segment i+1 ends (so
// ends.size() == n and ends.back() == text.size()). code_points is the length of text in code points.
// Returns false (ends empty) when no n works. ends is reused, so a loop over many messages allocates
// only while it grows.
bool rule_split(std::string_view text, std::size_t code_points, std::size_t limit, bool words,
                std::vector<std::size_t>& ends);

// ---- Carrier segmentation ----

enum class Encoding { gsm7, ucs2 };

// Septets of cp in GSM-7: 1 in the basic table, 2 in the extension table, 0 when not encodable.
std::size_t gsm7_septets(char32_t cp);

// Byte offset of the first code point of text that GSM-7 cannot encode, or utf8::npos.
std::size_t first_non_gsm7(std::string_view text);

struct CarrierParts {
  Encoding encoding = Encoding::gsm7;
  std::vector<std::size_t> ends;   // byte offset where each part ends
  std::vector<std::size_t> units;  // septets (GSM-7) or UTF-16 units (UCS-2) each part uses
};

inline constexpr std::size_t gsm7_single_part = 160;
inline constexpr std::size_t gsm7_multi_part = 153;
inline constexpr std::size_t ucs2_single_part = 70;
inline constexpr std::size_t ucs2_multi_part = 67;

// Splits text into parts in the given encoding. For UCS-2, cluster_ends are the byte offsets where
// the grapheme clusters of text end; GSM-7 ignores them (every GSM-7 character is a cluster of its
// own). An empty text is one empty part.
void carrier_split(std::string_view text, Encoding encoding, const std::vector<std::size_t>& cluster_ends,
                   CarrierParts& out);

// Twilio's Smart Encoding: replaces look-alikes (curly quotes, dashes, ellipsis, non-breaking and
// other spaces, fullwidth forms, invisible controls…) code point by code point with GSM-7 text,
// exactly as the table of sms-segments-calculator 1.3 (271 entries; e.g. U+00A0 becomes two spaces
// and a tab seven, as there). out is cleared first.
void smart_replace(std::string_view text, std::string& out);

// The Smart Encoding replacement of cp (GSM-7 text, possibly empty), or nullptr when cp is kept.
const char* smart_replacement(char32_t cp);

}  // namespace prep::algo::sms
