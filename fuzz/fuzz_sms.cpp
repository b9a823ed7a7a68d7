// fuzz_sms.cpp — arbitrary bytes through `prep sms-split`: UTF-8 validation, the rule (with and
// without --words) and carrier mode. The first byte picks the settings, the rest is the input. Bad
// input must become an InputError; good input must split so that the segments give the message
// back, and render must not crash.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "algorithms/sms.hpp"
#include "algorithms/utf8.hpp"
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
  if (settings.smart) return 0;  // the segments are of the replaced text
  // Every message: the segments, less their suffixes (which render added), give it back, each
  // within the limit in rule mode.
  ss::Splitter splitter(settings);
  for (const ss::Message& message : messages) {
    const ss::Split& split = splitter.split(message);
    std::string joined;
    for (const std::string_view segment : split.segments) joined.append(segment);
    if (joined != message.text) __builtin_trap();
    if (settings.mode == ss::Mode::rule && split.segments.size() > 1) {
      const std::size_t n = split.segments.size();
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t length = prep::algo::utf8::count_code_points(split.segments[i]);
        if (length == 0 || length + prep::algo::sms::suffix_length(i + 1, n) > settings.limit) __builtin_trap();
      }
    }
  }
  const std::size_t nul_count = static_cast<std::size_t>(std::count(sink.begin(), sink.end(), '\0'));
  if (nul_count == 0 && !messages.empty()) __builtin_trap();
  return 0;
}
