// fuzz_sms.cpp — arbitrary bytes through `prep sms-split`: UTF-8 validation, the rule (with and
// without --words) and carrier mode. The first byte picks the settings, the rest is the input. Bad
// input must become an InputError; good input must split so that the segments, less their
// suffixes, give the message back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/sms_split.hpp"

namespace ss = prep::problems::sms_split;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t pick = data[0];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  ss::Settings settings;
  settings.nul = true;  // segments may contain newlines
  settings.lines = (pick & 1) != 0;
  settings.words = (pick & 2) != 0;
  settings.limit = 6 + (pick >> 3);  // 6..37: small limits reach the 9 -> 10 and "too long" cases
  if ((pick & 4) != 0) {
    settings.mode = ss::Mode::carrier;
    settings.words = false;
    settings.encoding = static_cast<ss::EncodingChoice>((pick >> 3) % 3);
    settings.smart = (pick & 0x40) != 0;
  }
  prep::io::Input input = prep::io::Input::from_text("fuzz", text);
  ss::Messages messages;
  try {
    messages = ss::parse(input, settings);
  } catch (const prep::io::InputError&) {
    return 0;
  }
  std::string sink;
  {
    prep::io::Output out(sink);
    ss::render(messages, settings, out);
    out.commit();
  }
  if (settings.lines || settings.smart) return 0;
  // One message: the NUL-terminated segments, less "(i/n)", are the message again.
  const std::string_view message = messages.front().text;
  std::string joined;
  std::size_t start = 0;
  std::size_t count = 0;
  while (start < sink.size()) {
    const std::size_t end = sink.find('\0', start);
    if (end == std::string::npos) __builtin_trap();
    joined.append(sink, start, end - start);
    joined.push_back('\0');
    start = end + 1;
    ++count;
  }
  // Rebuild without suffixes.
  std::string rebuilt;
  std::size_t i = 0;
  start = 0;
  while (start < joined.size()) {
    const std::size_t end = joined.find('\0', start);
    std::string_view segment(joined.data() + start, end - start);
    ++i;
    if (settings.mode == ss::Mode::rule && count > 1) {
      const std::string suffix = "(" + std::to_string(i) + "/" + std::to_string(count) + ")";
      if (segment.size() < suffix.size() || segment.substr(segment.size() - suffix.size()) != suffix) __builtin_trap();
      segment.remove_suffix(suffix.size());
    }
    rebuilt.append(segment);
    start = end + 1;
  }
  if (rebuilt != message) __builtin_trap();
  return 0;
}
