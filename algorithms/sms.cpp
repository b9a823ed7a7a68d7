// sms.cpp — the tables (GSM-7, Smart Encoding) and the splitting loops of sms.hpp.
#include "algorithms/sms.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <limits>

#include "algorithms/utf8.hpp"

namespace prep::algo::sms {

namespace {

// ---- digit classes of n ----

constexpr std::size_t max_digits = 20;  // std::size_t holds 20 decimal digits at most

constexpr std::size_t power_of_ten(std::size_t exponent) {
  std::size_t p = 1;
  while (exponent-- > 0) p *= 10;
  return p;
}

// The numbers with `digits` decimal digits are [first_with_digits, last_with_digits].
constexpr std::size_t first_with_digits(std::size_t digits) { return power_of_ten(digits - 1); }
constexpr std::size_t last_with_digits(std::size_t digits) {
  return digits < max_digits ? power_of_ten(digits) - 1 : std::numeric_limits<std::size_t>::max();
}

// Room for text in segment i when n has n_digits digits.
constexpr std::size_t room(std::size_t limit, std::size_t n_digits, std::size_t i) {
  return limit - 3 - n_digits - decimal_digits(i);
}

// Whether segments numbered with n_digits digits all have room for some text.
constexpr bool class_has_room(std::size_t limit, std::size_t n_digits) { return limit >= 4 + 2 * n_digits; }

// Bytes of the code point whose lead byte is c (well-formed UTF-8).
constexpr std::size_t sequence_length(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Where a --words segment starting at byte pos with `space` code points of room ends.
std::size_t word_end(std::string_view text, std::size_t pos, std::size_t space) {
  std::size_t q = pos;
  std::size_t after_space = utf8::npos;
  for (std::size_t taken = 0; taken < space && q < text.size(); ++taken) {
    const char c = text[q];
    q += sequence_length(c);
    if (c == ' ') after_space = q;
  }
  if (q >= text.size()) return text.size();
  if (text[q] == ' ') return q;  // before a space that no longer fits: the longest allowed piece
  return after_space != utf8::npos ? after_space : q;  // else cut the word only if no boundary
}

// Greedy --words fill with the rooms of the n_digits class; the number of segments, or 0 when more
// than the class allows would be needed.
std::size_t words_fill(std::string_view text, std::size_t limit, std::size_t n_digits,
                       std::vector<std::size_t>& ends) {
  ends.clear();
  const std::size_t most = last_with_digits(n_digits);
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (ends.size() == most) return 0;
    pos = word_end(text, pos, room(limit, n_digits, ends.size() + 1));
    ends.push_back(pos);
  }
  return ends.size();
}

// ---- GSM-7 (3GPP TS 23.038 §6.2.1, default alphabet and its extension table) ----

// The basic table: 127 characters (0x1B is the escape to the extension table, not a character).
constexpr char32_t gsm7_basic[] = {
    U'@',    U'£',    U'$',    U'¥',    U'è',    U'é',    U'ù',    U'ì',    U'ò',    U'Ç',  U'\n', U'Ø', U'ø', U'\r',
    U'Å',    U'å',    U'Δ',    U'_',    U'Φ',    U'Γ',    U'Λ',    U'Ω',    U'Π',    U'Ψ',  U'Σ',  U'Θ', U'Ξ', U'Æ',
    U'æ',    U'ß',    U'É',    U' ',    U'!',    U'"',    U'#',    U'¤',    U'%',    U'&',  U'\'', U'(', U')', U'*',
    U'+',    U',',    U'-',    U'.',    U'/',    U'0',    U'1',    U'2',    U'3',    U'4',  U'5',  U'6', U'7', U'8',
    U'9',    U':',    U';',    U'<',    U'=',    U'>',    U'?',    U'¡',    U'A',    U'B',  U'C',  U'D', U'E', U'F',
    U'G',    U'H',    U'I',    U'J',    U'K',    U'L',    U'M',    U'N',    U'O',    U'P',  U'Q',  U'R', U'S', U'T',
    U'U',    U'V',    U'W',    U'X',    U'Y',    U'Z',    U'Ä',    U'Ö',    U'Ñ',    U'Ü',  U'§',  U'¿', U'a', U'b',
    U'c',    U'd',    U'e',    U'f',    U'g',    U'h',    U'i',    U'j',    U'k',    U'l',  U'm',  U'n', U'o', U'p',
    U'q',    U'r',    U's',    U't',    U'u',    U'v',    U'w',    U'x',    U'y',    U'z',  U'ä',  U'ö', U'ñ', U'ü',
    U'à',
};
static_assert(std::size(gsm7_basic) == 127);

// The extension table: each is the escape septet plus one.
constexpr char32_t gsm7_extension[] = {U'\f', U'^', U'{', U'}', U'\\', U'[', U'~', U']', U'|', U'€'};

// Septets of every code point below U+0100, where all but the Greek capitals and € live.
constexpr std::array<std::uint8_t, 256> latin1_septets = [] {
  std::array<std::uint8_t, 256> table{};
  for (const char32_t cp : gsm7_basic)
    if (cp < 256) table[cp] = 1;
  for (const char32_t cp : gsm7_extension)
    if (cp < 256) table[cp] = 2;
  return table;
}();

// ---- Smart Encoding: Twilio's look-alike table (sms-segments-calculator 1.3, MIT licence),
// sorted by code point for binary search. ----

struct Replacement {
  char32_t from;
  const char* to;
};

constexpr Replacement smart_table[] = {
    {0x0000, ""},
    {0x0003, ""},
    {0x0004, ""},
    {0x0009, "       "},
    {0x0010, ""},
    {0x0011, ""},
    {0x0012, ""},
    {0x0013, ""},
    {0x0014, ""},
    {0x0017, ""},
    {0x0019, ""},
    {0x0060, "\'"},
    {0x0080, "  "},
    {0x008D, "  "},
    {0x0090, "  "},
    {0x009B, "  "},
    {0x009F, "  "},
    {0x00A0, "  "},
    {0x00AB, "\""},
    {0x00B4, "\'"},
    {0x00BB, "\""},
    {0x00BC, "1/4"},
    {0x00BD, "1/2"},
    {0x00BE, "3/4"},
    {0x00F7, "/"},
    {0x01C3, "!"},
    {0x0262, "G"},
    {0x026A, "I"},
    {0x0274, "N"},
    {0x0280, "R"},
    {0x028F, "Y"},
    {0x0299, "B"},
    {0x029C, "H"},
    {0x029F, "L"},
    {0x02B9, "\'"},
    {0x02BA, "\""},
    {0x02BB, "\'"},
    {0x02BC, "\'"},
    {0x02BD, "\'"},
    {0x02C6, "^"},
    {0x02C8, "\'"},
    {0x02CA, "\'"},
    {0x02CB, "\'"},
    {0x02D0, ":"},
    {0x02D6, "+"},
    {0x02DC, "~"},
    {0x02EE, "\""},
    {0x02F7, "~"},
    {0x02F8, ":"},
    {0x0302, "^"},
    {0x0303, "~"},
    {0x0313, "\'"},
    {0x0314, "\'"},
    {0x0326, ","},
    {0x0330, "~"},
    {0x0332, "_"},
    {0x0334, "~"},
    {0x0337, "/"},
    {0x0338, "/"},
    {0x0347, "="},
    {0x1D00, "A"},
    {0x1D04, "C"},
    {0x1D05, "D"},
    {0x1D07, "E"},
    {0x1D0A, "J"},
    {0x1D0B, "K"},
    {0x1D0D, "M"},
    {0x1D0F, "O"},
    {0x1D18, "P"},
    {0x1D1B, "T"},
    {0x1D1C, "U"},
    {0x1D20, "V"},
    {0x1D21, "W"},
    {0x1D22, "Z"},
    {0x1DCD, "^"},
    {0x2000, "  "},
    {0x2001, " "},
    {0x2002, "  "},
    {0x2003, "  "},
    {0x2004, "  "},
    {0x2005, "  "},
    {0x2006, "  "},
    {0x2007, "  "},
    {0x2008, "  "},
    {0x2009, "  "},
    {0x200A, "  "},
    {0x200B, ""},
    {0x200C, ""},
    {0x2010, "-"},
    {0x2013, "-"},
    {0x2014, "-"},
    {0x2015, "-"},
    {0x2017, "_"},
    {0x2018, "\'"},
    {0x2019, "\'"},
    {0x201A, ","},
    {0x201B, "\'"},
    {0x201C, "\""},
    {0x201D, "\""},
    {0x201E, "\""},
    {0x201F, "\""},
    {0x2022, "-"},
    {0x2026, "..."},
    {0x2028, " "},
    {0x2029, " "},
    {0x202F, "  "},
    {0x2039, "<"},
    {0x203A, ">"},
    {0x203C, "!!"},
    {0x2043, "-"},
    {0x2044, "/"},
    {0x204E, "*"},
    {0x204F, ";"},
    {0x205F, "  "},
    {0x2060, ""},
    {0x20D2, "|"},
    {0x20D3, "|"},
    {0x20E5, "\\"},
    {0x2215, "/"},
    {0x2217, "*"},
    {0x2223, "|"},
    {0x223C, "~"},
    {0x229B, "*"},
    {0x239C, "|"},
    {0x239F, "|"},
    {0x23B8, "|"},
    {0x23B9, "|"},
    {0x23BC, "-"},
    {0x23BD, "-"},
    {0x23D0, "|"},
    {0x2722, "*"},
    {0x2723, "*"},
    {0x2724, "*"},
    {0x2725, "*"},
    {0x2731, "*"},
    {0x2732, "*"},
    {0x2733, "*"},
    {0x273A, "*"},
    {0x273B, "*"},
    {0x273C, "*"},
    {0x273D, "*"},
    {0x2743, "*"},
    {0x2749, "*"},
    {0x274A, "*"},
    {0x274B, "*"},
    {0x275B, "\'"},
    {0x275C, "\'"},
    {0x275D, "\""},
    {0x275E, "\""},
    {0x2768, "("},
    {0x2769, ")"},
    {0x276A, "("},
    {0x276B, ")"},
    {0x2774, "{"},
    {0x2775, "}"},
    {0x27EE, "("},
    {0x27EF, ")"},
    {0x2982, ":"},
    {0x2985, "("},
    {0x2986, ")"},
    {0x29C6, "*"},
    {0x29F5, "\\"},
    {0x29F8, "/"},
    {0x29F9, "\\"},
    {0x3000, "  "},
    {0x3001, ","},
    {0x3002, "."},
    {0x301D, "\""},
    {0x301E, "\""},
    {0xA730, "F"},
    {0xA731, "S"},
    {0xA789, ":"},
    {0xA78A, "="},
    {0xFE10, "\'"},
    {0xFE11, "\'"},
    {0xFE13, ":"},
    {0xFE14, ";"},
    {0xFE15, "!"},
    {0xFE16, "?"},
    {0xFE50, ","},
    {0xFE51, ","},
    {0xFE52, "."},
    {0xFE54, ";"},
    {0xFE56, "?"},
    {0xFE57, "!"},
    {0xFE59, "("},
    {0xFE5A, ")"},
    {0xFE5B, "{"},
    {0xFE5C, "}"},
    {0xFE5F, "#"},
    {0xFE60, "&"},
    {0xFE61, "*"},
    {0xFE62, "+"},
    {0xFE63, "-"},
    {0xFE64, "<"},
    {0xFE65, ">"},
    {0xFE66, "="},
    {0xFE68, "\\"},
    {0xFE69, "$"},
    {0xFE6A, "%"},
    {0xFE6B, "@"},
    {0xFEFF, ""},
    {0xFF01, "!"},
    {0xFF02, "\""},
    {0xFF03, "#"},
    {0xFF04, "$"},
    {0xFF05, "%"},
    {0xFF06, "&"},
    {0xFF07, "\'"},
    {0xFF08, "("},
    {0xFF09, ")"},
    {0xFF0A, "*"},
    {0xFF0B, "+"},
    {0xFF0C, ","},
    {0xFF0D, "-"},
    {0xFF0E, "."},
    {0xFF0F, "/"},
    {0xFF10, "0"},
    {0xFF11, "1"},
    {0xFF12, "2"},
    {0xFF13, "3"},
    {0xFF14, "4"},
    {0xFF15, "5"},
    {0xFF16, "6"},
    {0xFF17, "7"},
    {0xFF18, "8"},
    {0xFF19, "9"},
    {0xFF1A, ":"},
    {0xFF1B, ";"},
    {0xFF1C, "<"},
    {0xFF1D, "="},
    {0xFF1E, ">"},
    {0xFF1F, "?"},
    {0xFF20, "@"},
    {0xFF21, "A"},
    {0xFF22, "B"},
    {0xFF23, "C"},
    {0xFF24, "D"},
    {0xFF25, "E"},
    {0xFF26, "F"},
    {0xFF27, "G"},
    {0xFF28, "H"},
    {0xFF29, "I"},
    {0xFF2A, "J"},
    {0xFF2B, "K"},
    {0xFF2C, "L"},
    {0xFF2D, "M"},
    {0xFF2E, "N"},
    {0xFF2F, "O"},
    {0xFF30, "P"},
    {0xFF31, "Q"},
    {0xFF32, "R"},
    {0xFF33, "S"},
    {0xFF34, "T"},
    {0xFF35, "U"},
    {0xFF36, "V"},
    {0xFF37, "W"},
    {0xFF38, "X"},
    {0xFF39, "Y"},
    {0xFF3A, "Z"},
    {0xFF3B, "["},
    {0xFF3C, "\\"},
    {0xFF3D, "]"},
    {0xFF3E, "^"},
    {0xFF3F, "_"},
    {0xFF5B, "{"},
    {0xFF5C, "|"},
    {0xFF5D, "}"},
    {0xFF5E, "~"},
    {0xFF61, "."},
    {0xFF64, ","},
};
static_assert(std::size(smart_table) == 271);

}  // namespace

// ---- the rule ----

std::size_t rule_segment_count(std::size_t length, std::size_t limit) {
  assert(limit >= min_rule_limit);
  if (length <= limit) return 1;
  for (std::size_t n_digits = 1; n_digits <= max_digits; ++n_digits) {
    if (!class_has_room(limit, n_digits)) return 0;  // rooms only shrink as n grows
    // Fill segments 1, 2, … whose rooms depend only on their own digit count here.
    std::size_t remaining = length;
    for (std::size_t i_digits = 1; i_digits <= n_digits; ++i_digits) {
      const std::size_t space = limit - 3 - n_digits - i_digits;
      const std::size_t first = first_with_digits(i_digits);
      const std::size_t last = i_digits == n_digits ? last_with_digits(n_digits) : last_with_digits(i_digits);
      const std::size_t count = last - first + 1;
      const std::size_t need = remaining / space + (remaining % space != 0 ? 1 : 0);
      if (need <= count) {
        const std::size_t k = first + need - 1;
        assert(k >= std::max<std::size_t>(2, first_with_digits(n_digits)));
        return k;
      }
      remaining -= count * space;  // no overflow: count · space < remaining
    }
  }
  return 0;
}

bool rule_split(std::string_view text, std::size_t code_points, std::size_t limit, bool words,
                std::vector<std::size_t>& ends) {
  assert(limit >= min_rule_limit);
  ends.clear();
  if (code_points <= limit) {
    ends.push_back(text.size());
    return true;
  }
  if (words) {
    for (std::size_t n_digits = 1; n_digits <= max_digits && class_has_room(limit, n_digits); ++n_digits)
      if (words_fill(text, limit, n_digits, ends) != 0) return true;
    ends.clear();
    return false;
  }
  const std::size_t n = rule_segment_count(code_points, limit);
  if (n == 0) return false;
  const std::size_t n_digits = decimal_digits(n);
  const bool ascii = code_points == text.size();
  std::size_t pos = 0;
  for (std::size_t i = 1; i < n; ++i) {
    const std::size_t space = room(limit, n_digits, i);
    pos = ascii ? pos + space : utf8::advance(text, pos, space);
    ends.push_back(pos);
  }
  assert(pos < text.size());
  ends.push_back(text.size());
  return true;
}

// ---- carrier ----

std::size_t gsm7_septets(char32_t cp) {
  if (cp < 256) return latin1_septets[cp];
  if (cp == U'€') return 2;
  for (const char32_t basic : gsm7_basic)  // the ten Greek capitals, at the table's start
    if (basic == cp) return 1;
  return 0;
}

std::size_t first_non_gsm7(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    if (gsm7_septets(utf8::next_code_point(text, i)) == 0) return at;
  }
  return utf8::npos;
}

void carrier_split(std::string_view text, Encoding encoding, const std::vector<std::size_t>& cluster_ends,
                   CarrierParts& out) {
  out.encoding = encoding;
  out.ends.clear();
  out.units.clear();
  const bool gsm7 = encoding == Encoding::gsm7;
  const std::size_t capacity = gsm7 ? gsm7_multi_part : ucs2_multi_part;
  std::size_t used = 0;
  // A piece (one cluster, or one code point of an oversized cluster) of `units` starting at byte `at`.
  const auto add = [&](std::size_t at, std::size_t units) {
    if (used + units > capacity) {
      out.ends.push_back(at);
      out.units.push_back(used);
      used = 0;
    }
    used += units;
  };
  if (gsm7) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t septets = gsm7_septets(utf8::next_code_point(text, i));
      assert(septets != 0);
      total += septets;
    }
    if (total > gsm7_single_part) {
      for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        add(at, gsm7_septets(utf8::next_code_point(text, i)));
      }
    } else {
      used = total;
    }
  } else {
    const std::size_t total = utf8::count_utf16_units(text);
    if (total > ucs2_single_part) {
      assert(!cluster_ends.empty() && cluster_ends.back() == text.size());
      std::size_t start = 0;
      for (const std::size_t end : cluster_ends) {
        assert(end > start && end <= text.size());
        const std::string_view cluster = text.substr(start, end - start);
        const std::size_t units = utf8::count_utf16_units(cluster);
        if (units > capacity || cluster == "\r\n") {
          // Too long for any part (or Twilio's two clusters CR, LF): code point by code point.
          for (std::size_t i = start; i < end;) {
            const std::size_t at = i;
            add(at, utf8::utf16_units(utf8::next_code_point(text, i)));
          }
        } else {
          add(start, units);
        }
        start = end;
      }
    } else {
      used = total;
    }
  }
  out.ends.push_back(text.size());
  out.units.push_back(used);
}

const char* smart_replacement(char32_t cp) {
  const auto* hit = std::lower_bound(std::begin(smart_table), std::end(smart_table), cp,
                                     [](const Replacement& r, char32_t key) { return r.from < key; });
  return hit != std::end(smart_table) && hit->from == cp ? hit->to : nullptr;
}

void smart_replace(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const char* replacement = smart_replacement(utf8::next_code_point(text, i));
    if (replacement != nullptr)
      out.append(replacement);
    else
      out.append(text.substr(at, i - at));
  }
}

}  // namespace prep::algo::sms
