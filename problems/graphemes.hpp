// graphemes.hpp — where the user-perceived characters (extended grapheme clusters, UAX #29) of a
// text end, for carrier SMS segmentation, which must never split one.
//
// The break rules come from utf8proc (Debian's libutf8proc, 2.8.0 in Debian 12: Unicode 15.0) rather
// than hand-written tables; this adapter lives above algorithms/, which may use only the standard
// library and range-v3, and hands algo::sms::carrier_split plain byte offsets.
//
// Time: O(bytes); pairs of code points below U+0300 (Latin-1 and the like, where only CR LF joins)
// are decided without asking utf8proc.
// Preconditions: text is well-formed UTF-8.
// Guarantees: ends are ascending, end with text.size(), and every end is a code point boundary.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace prep::problems {

// Fills ends with the byte offset where each grapheme cluster of text ends (cleared first).
void grapheme_cluster_ends(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace prep::problems
