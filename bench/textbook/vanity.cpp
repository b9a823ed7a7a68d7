// The textbook vanity answer, for comparison: normalize every code once, then for each number try
// every code with std::string::find. O(numbers × codes × length).
// Usage: vanity CODES_FILE < numbers > matching numbers
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

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
  std::vector<std::string> codes;
  for (std::string line; std::getline(file, line);) codes.push_back(digits_of(line));
  std::string out;
  for (std::string line; std::getline(std::cin, line);) {
    const std::string digits = digits_of(line);
    for (const std::string& code : codes) {
      if (digits.find(code) != std::string::npos) {
        out += line;
        out += '\n';
        break;
      }
    }
    if (out.size() > (1 << 16)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out;
}
