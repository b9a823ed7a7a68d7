#include "problems/phone_input.hpp"

#include <fmt/format.h>

#include "algorithms/phone.hpp"
#include "cli/io/text.hpp"

namespace prep::problems {

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && io::is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && io::is_blank(text.back())) text.remove_suffix(1);
  return text;
}

std::string quote_char(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text.front());
  if (lead == '\t') return "a tab";
  if (lead < 0x20 || lead == 0x7F) return fmt::format("the control character 0x{:02X}", lead);
  std::size_t length = 1;
  if (lead >= 0xF0) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC0) {
    length = 2;
  }
  // A truncated or malformed sequence is shown byte by byte by quote().
  for (std::size_t i = 1; i < length; ++i) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      length = 1;
      break;
    }
  }
  return io::quote(text.substr(0, length));
}

void read_digits(const io::Input& input, std::string_view written, std::string& digits, std::string_view what) {
  digits.clear();
  const std::size_t bad = algo::phone::normalize(written, digits);
  if (bad != algo::phone::npos) {
    throw input.error_at(written.data() + bad,
                         fmt::format("{} is not allowed in a {} (digits, letters, spaces and + - ( ) . only)",
                                     quote_char(written.substr(bad)), what));
  }
  if (digits.empty()) throw input.error_at(written.data(), fmt::format("{} {} has no digit", what, io::quote(written)));
}

}  // namespace prep::problems
