#include "problems/graphemes.hpp"

#include <utf8proc.h>

#include "algorithms/utf8.hpp"

namespace prep::problems {

void grapheme_cluster_ends(std::string_view text, std::vector<std::size_t>& ends) {
  namespace utf8 = algo::utf8;
  ends.clear();
  if (text.empty()) return;
  std::size_t i = 0;
  char32_t previous = utf8::next_code_point(text, i);
  utf8proc_int32_t state = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t current = utf8::next_code_point(text, i);
    bool boundary;
    if (previous < 0x300 && current < 0x300) {
      // Below U+0300 every code point is Other, Control, CR or LF: only CR LF stays together.
      boundary = !(previous == U'\r' && current == U'\n');
      state = 0;  // utf8proc allows resetting its state at a break
    } else {
      boundary = utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                                  static_cast<utf8proc_int32_t>(current), &state);
    }
    if (boundary) {
      ends.push_back(at);
      state = 0;
    }
    previous = current;
  }
  ends.push_back(text.size());
}

}  // namespace prep::problems
