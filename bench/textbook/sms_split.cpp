// The textbook solution of the SMS split exercise, for bench/sms_split.sh: read a line, decode it to
// code points, try n = 2, 3, … until the rooms add up, build each segment as a string with
// std::to_string for the suffix, print it. Correct (same output as `prep sms-split --lines`), just
// written the way most people write it.
#include <iostream>
#include <string>
#include <vector>

namespace {

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string suffix(std::size_t i, std::size_t n) { return "(" + std::to_string(i) + "/" + std::to_string(n) + ")"; }

std::vector<std::string> split(const std::string& message, std::size_t limit) {
  const std::u32string text = decode(message);
  if (text.size() <= limit) return {message};
  for (std::size_t n = 2;; ++n) {
    std::size_t total = 0;
    for (std::size_t i = 1; i <= n; ++i) total += limit - suffix(i, n).size();
    if (total < text.size()) continue;
    std::vector<std::string> segments;
    std::size_t pos = 0;
    for (std::size_t i = 1; i <= n; ++i) {
      const std::string s = suffix(i, n);
      const std::u32string part = text.substr(pos, limit - s.size());
      pos += part.size();
      segments.push_back(encode(part) + s);
    }
    return segments;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t limit = argc > 1 ? std::stoul(argv[1]) : 160;
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    for (const std::string& segment : split(line, limit)) std::cout << segment << '\n';
    std::cout << '\n';
  }
}
