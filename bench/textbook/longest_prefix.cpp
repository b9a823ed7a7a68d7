// The textbook longest-prefix answer, for comparison: the prefixes in a std::unordered_set (here a
// map, to print the label), probed with every prefix length of each number, longest first.
// Usage: longest_prefix PREFIXES_FILE < numbers > NUMBER \t PREFIX [\t LABEL]
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>

static std::string digits_of(const std::string& written) {
  static const std::string keypad = "22233344455566677778889999";
  std::string digits;
  for (const char c : written) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c >= 'A' && c <= 'Z') digits += keypad[static_cast<std::size_t>(c - 'A')];
    else if (c >= 'a' && c <= 'z') digits += keypad[static_cast<std::size_t>(c - 'a')];
  }
  return digits;
}

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ios::sync_with_stdio(false);
  std::ifstream file(argv[1]);
  std::unordered_map<std::string, std::string> prefixes;  // digits → "PREFIX[\tLABEL]"
  for (std::string line; std::getline(file, line);) {
    const std::size_t space = line.find(' ');
    const std::string prefix = line.substr(0, space);
    std::string shown = prefix;
    if (space != std::string::npos) shown += '\t' + line.substr(space + 1);
    prefixes.emplace(prefix.substr(prefix[0] == '+' ? 1 : 0), shown);
  }
  std::string out;
  for (std::string line; std::getline(std::cin, line);) {
    const std::string digits = digits_of(line);
    const std::string* best = nullptr;
    for (std::size_t length = digits.size(); length > 0 && best == nullptr; --length) {
      const auto it = prefixes.find(digits.substr(0, length));
      if (it != prefixes.end()) best = &it->second;
    }
    out += line;
    out += '\t';
    out += best != nullptr ? *best : "-";
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out;
}
