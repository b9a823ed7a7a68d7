// sms_split.hpp — `prep sms-split`: the interview exercise's "(i/n)" rule, --words, and carrier-exact
// GSM-7 / UCS-2 segmentation: parse, solve, render, and its description.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/sms.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::sms_split {

enum class Mode { rule, carrier };
enum class EncodingChoice { automatic, gsm7, ucs2 };

// The command line, turned into a domain object once (UsageError for bad combinations).
struct Settings {
  Mode mode = Mode::rule;
  std::size_t limit = 160;
  bool words = false;
  bool lines = false;      // every input line is a message
  bool nul = false;        // -0: end each segment with NUL instead of newline
  bool json = false;
  EncodingChoice encoding = EncodingChoice::automatic;
  bool info = false;       // carrier: encoding and units per part instead of the parts
  bool smart = false;      // carrier: Twilio's Smart Encoding first
};

Settings settings(const Options& options);

struct Message {
  std::string_view text;
  std::size_t code_points;
};

// The checked messages, in input order. Views point into the input, which must outlive them.
using Messages = std::vector<Message>;

// Calls f(text) for every message of all: its non-empty lines (lines, less a final CR) or the whole
// of it (less one final line break).
template <typename F>
void for_each_message(std::string_view all, bool lines, F&& f) {
  if (!lines) {
    std::string_view text = all;
    if (!text.empty() && text.back() == '\n') {
      text.remove_suffix(1);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    }
    f(text);
    return;
  }
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    std::size_t stop = end;
    if (stop > start && all[stop - 1] == '\r') --stop;
    if (stop > start) f(all.substr(start, stop - start));
    start = end + 1;
  }
}

// Checks every message — valid UTF-8 (else an error with the byte offset in the message), splittable
// under the settings (the rule has an n; --encoding gsm7 can encode it) — before anything is printed.
Messages parse(io::Input& input, const Settings& settings);

// One message's segments as views into text (or into storage, after --smart).
struct Split {
  std::vector<std::string_view> segments;  // texts without suffix
  bool suffixed = false;                   // rule mode with n > 1: "(i/n)" follows each
  algo::sms::Encoding encoding = algo::sms::Encoding::gsm7;  // carrier mode
  std::vector<std::size_t> units;                            // carrier mode, per part
};

// Splits one checked message. Scratch vectors and the smart-encoded text live in the Splitter, so a
// loop over millions of messages does not allocate per message.
class Splitter {
 public:
  explicit Splitter(const Settings& settings) : settings_(settings) {}
  const Split& split(const Message& message);

 private:
  const Settings& settings_;
  Split split_;
  std::vector<std::size_t> ends_;
  std::vector<std::size_t> clusters_;
  algo::sms::CarrierParts parts_;
  std::string smart_text_;
};

// Splits every message and writes the segments (text, -0 or JSON; --info's summary in carrier mode).
void render(const Messages& messages, const Settings& settings, io::Output& out);

const Problem& problem();

}  // namespace prep::problems::sms_split
