// fuzz_input.cpp — arbitrary bytes through the shared input layer: lines and records, the tokenizer,
// the checked integer parser, and the LeetCode literal parser. Bad input must become an InputError,
// never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/io/input.hpp"
#include "cli/io/literal.hpp"
#include "cli/io/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    prep::io::Line line;
    try {
      while (input.next_record(line)) {
        prep::io::Tokens tokens(line.text);
        std::string_view token;
        while (tokens.next(token)) {
          const auto parsed = prep::io::parse_int64(token);
          if (parsed.status == prep::io::IntStatus::ok && std::to_string(parsed.value).size() > token.size() + 1) {
            __builtin_trap();  // a value longer than its text: the parser invented digits
          }
          (void)input.error_at(token.data(), "probe");
          if (token.size() % 3 == 0) (void)prep::io::expect_int64(input, token, "X");
        }
      }
    } catch (const prep::io::InputError&) {
    }
  }
  {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    try {
      const std::string_view rest = input.rest();
      const char* end = nullptr;
      const prep::io::Literal literal = prep::io::parse_literal(input, rest, &end);
      if (end < rest.data() || end > rest.data() + rest.size()) __builtin_trap();
      (void)literal.root();
    } catch (const prep::io::InputError&) {
    }
  }
  return 0;
}
