// sms_split.cpp — `prep sms-split`: cut a message into SMS segments, by the interview rule or as a
// phone network does.
//
// Reading: the input is raw text (no comment or blank-line skipping): the whole of it is one message
// (less one final line break), or with --lines each non-empty line is one. Everything is checked
// before anything is printed — a first pass validates UTF-8 and that each message can be split — so
// bad input prints nothing on standard output, yet the output itself streams out in blocks.
#include "problems/sms_split.hpp"

#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "algorithms/utf8.hpp"
#include "problems/graphemes.hpp"

namespace prep::problems::sms_split {

namespace sms = algo::sms;
namespace utf8 = algo::utf8;

namespace {

std::string code_point_name(char32_t cp) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp)); }

// The largest number of segments the rule allows at this limit (each holds at least one code point,
// so any message no longer than this can be split, with or without --words).
std::size_t guaranteed_length(std::size_t limit) {
  std::size_t digits = 1;
  while (digits < 20 && limit >= 4 + 2 * (digits + 1)) ++digits;
  if (digits >= 20) return std::numeric_limits<std::size_t>::max();
  std::size_t most = 1;
  for (std::size_t k = 0; k < digits; ++k) most *= 10;
  return most - 1;
}

std::string_view encoding_name(sms::Encoding encoding) {
  return encoding == sms::Encoding::gsm7 ? "GSM-7" : "UCS-2";
}

}  // namespace

Settings settings(const Options& options) {
  Settings s;
  s.words = options.flag("words");
  s.lines = options.flag("lines");
  s.nul = options.flag("null");
  s.json = options.json();
  s.info = options.flag("info");
  s.smart = options.flag("smart");
  const auto encoding = options.text("encoding");
  if (encoding || s.info || s.smart) s.mode = Mode::carrier;
  if (encoding) {
    if (*encoding == "auto") s.encoding = EncodingChoice::automatic;
    else if (*encoding == "gsm7") s.encoding = EncodingChoice::gsm7;
    else if (*encoding == "ucs2") s.encoding = EncodingChoice::ucs2;
    else throw io::UsageError(fmt::format("unknown encoding '{}': use auto, gsm7 or ucs2", *encoding));
  }
  const auto limit = options.integer("limit");
  if (s.mode == Mode::carrier) {
    if (limit) throw io::UsageError("--limit sets the exercise rule's segment size; carrier mode (--encoding, --info, --smart) uses the network's sizes");
    if (s.words) throw io::UsageError("--words applies to the exercise rule, not to carrier mode (--encoding, --info, --smart)");
  } else if (limit) {
    if (*limit < static_cast<std::int64_t>(sms::min_rule_limit))
      throw io::UsageError(fmt::format(
          "--limit {} is too small: a segment needs room for its suffix \"(1/2)\" and at least one character "
          "(the smallest limit is {})",
          *limit, sms::min_rule_limit));
    s.limit = static_cast<std::size_t>(*limit);
  }
  return s;
}

Messages parse(io::Input& input, const Settings& settings) {
  const std::string_view all = input.rest();
  const std::size_t guaranteed = guaranteed_length(settings.limit);
  std::vector<std::size_t> scratch;
  Messages messages;
  // Messages are at least a byte and a newline each: room for all without regrowing, for typical
  // lines of tens of bytes (a short guess only costs a few regrowths).
  if (settings.lines) messages.reserve(all.size() / 64 + 1);
  for_each_message(all, settings.lines, [&](std::string_view text) {
    const utf8::Validation v = utf8::validate(text);
    if (v.bad_offset != utf8::npos) {
      throw input.error_at(text.data() + v.bad_offset,
                           fmt::format("invalid UTF-8: byte 0x{:02X} at byte offset {} of the message",
                                       static_cast<unsigned char>(text[v.bad_offset]), v.bad_offset));
    }
    if (settings.mode == Mode::rule) {
      if (v.code_points > guaranteed && !sms::rule_split(text, v.code_points, settings.limit, settings.words, scratch))
        throw input.error_at(text.data(), fmt::format("a message of {} characters cannot be split into segments of "
                                                      "--limit {}: it needs more segments than the suffixes leave room for",
                                                      v.code_points, settings.limit));
    } else if (settings.encoding == EncodingChoice::gsm7) {
      for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next_code_point(text, i);
        if (sms::gsm7_septets(cp) != 0 || (settings.smart && sms::smart_replacement(cp) != nullptr)) continue;
        throw input.error_at(text.data() + at,
                             fmt::format("character '{}' ({}) is not in the GSM-7 alphabet (--encoding gsm7); "
                                         "use --encoding ucs2 or auto{}",
                                         text.substr(at, i - at), code_point_name(cp), settings.smart ? "" : ", or --smart"));
      }
    }
    messages.push_back({text, v.code_points});
  });
  return messages;
}

const Split& Splitter::split(const Message& message) {
  split_.segments.clear();
  split_.units.clear();
  split_.suffixed = false;
  std::string_view text = message.text;
  const auto cut = [&](const std::vector<std::size_t>& ends) {
    std::size_t start = 0;
    for (const std::size_t end : ends) {
      split_.segments.push_back(text.substr(start, end - start));
      start = end;
    }
  };
  if (settings_.mode == Mode::rule) {
    const bool ok = sms::rule_split(text, message.code_points, settings_.limit, settings_.words, ends_);
    (void)ok;  // parse() checked that an n exists
    cut(ends_);
    split_.suffixed = ends_.size() > 1;
    return split_;
  }
  if (settings_.smart) {
    sms::smart_replace(text, smart_text_);
    text = smart_text_;
  }
  sms::Encoding encoding = sms::Encoding::ucs2;
  if (settings_.encoding == EncodingChoice::gsm7 ||
      (settings_.encoding == EncodingChoice::automatic && sms::first_non_gsm7(text) == utf8::npos))
    encoding = sms::Encoding::gsm7;
  if (encoding == sms::Encoding::ucs2) grapheme_cluster_ends(text, clusters_);
  sms::carrier_split(text, encoding, clusters_, parts_);
  cut(parts_.ends);
  split_.encoding = encoding;
  split_.units = parts_.units;
  return split_;
}

namespace {

// Digits of v, right-aligned to end; returns where they start.
char* write_digits(char* end, std::size_t v) {
  do {
    *--end = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  return end;
}

// "(i/n)" followed by end_char, written in one piece: this runs once per segment.
void write_suffix(io::Output& out, std::size_t i, std::size_t n, char end_char) {
  char buffer[48];
  char* end = buffer + sizeof buffer;
  *--end = end_char;
  *--end = ')';
  end = write_digits(end, n);
  *--end = '/';
  end = write_digits(end, i);
  *--end = '(';
  out.write(std::string_view(end, static_cast<std::size_t>(buffer + sizeof buffer - end)));
}

void render_text(const Split& split, const Settings& settings, io::Output& out) {
  const char end = settings.nul ? '\0' : '\n';
  if (settings.mode == Mode::carrier && settings.info) {
    out.print("encoding={} segments={}\n", encoding_name(split.encoding), split.segments.size());
    for (const std::size_t units : split.units) {
      out.integer(static_cast<std::int64_t>(units));
      out.put('\n');
    }
    return;
  }
  const std::size_t n = split.segments.size();
  for (std::size_t i = 0; i < n; ++i) {
    out.write(split.segments[i]);
    if (split.suffixed)
      write_suffix(out, i + 1, n, end);
    else
      out.put(end);
  }
}

void render_json(const Split& split, const Settings& settings, io::JsonWriter& json) {
  if (settings.mode == Mode::carrier && settings.info) {
    json.begin_object();
    json.field("encoding", encoding_name(split.encoding));
    json.field("segments", static_cast<std::int64_t>(split.segments.size()));
    json.key("units");
    json.begin_array();
    for (const std::size_t units : split.units) json.value(static_cast<std::int64_t>(units));
    json.end_array();
    json.end_object();
    return;
  }
  json.begin_array();
  const std::size_t n = split.segments.size();
  std::string segment;
  for (std::size_t i = 0; i < n; ++i) {
    if (!split.suffixed) {
      json.value(split.segments[i]);
      continue;
    }
    segment.assign(split.segments[i]);
    segment += fmt::format("({}/{})", i + 1, n);
    json.value(std::string_view(segment));
  }
  json.end_array();
}

}  // namespace

void render(const Messages& messages, const Settings& settings, io::Output& out) {
  Splitter splitter(settings);
  if (settings.json) {
    io::JsonWriter json(out);
    if (settings.lines) json.begin_array();
    for (const Message& message : messages) render_json(splitter.split(message), settings, json);
    if (settings.lines) json.end_array();
    json.finish();
    return;
  }
  for (const Message& message : messages) {
    render_text(splitter.split(message), settings, out);
    if (settings.lines) out.put(settings.nul && !settings.info ? '\0' : '\n');
  }
}

namespace {

void run(Context& context) {
  const Settings s = settings(context.options);
  const Messages messages = parse(context.input, s);
  render(messages, s, context.out);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "sms-split",
      .summary = "Split a message into SMS segments: the (i/n) exercise, --words, or GSM-7/UCS-2 as carriers do",
      .complexity = "O(n) time (n bytes; times the digits of the segment count), O(n) space",
      .explanation = "sms-split/explain.txt",
      .samples = {{.args = {}, .input = "sms-split/sample.txt"},
                  {.args = {"--words", "--limit", "40"}, .input = "sms-split/sample.txt"},
                  {.args = {"--encoding", "auto", "--info"}, .input = "sms-split/sample.txt"}},
      .options =
          {
              {.flags = "--limit", .key = "limit", .kind = OptionSpec::Kind::integer,
               .help = "at most N characters (code points) per segment, suffix included (default 160)",
               .value_name = "N"},
              {.flags = "--words", .key = "words", .help = "end segments only at word boundaries (spaces), "
                                                           "cutting a word only when it alone is longer than the room"},
              {.flags = "--lines", .key = "lines", .help = "every non-empty input line is a separate message"},
              {.flags = "-0,--null", .key = "null", .help = "end each segment with a NUL byte instead of a newline"},
              {.flags = "--encoding", .key = "encoding", .kind = OptionSpec::Kind::choice,
               .help = "carrier mode: split as a phone network does, in GSM-7 (160/153 septets) or UCS-2 "
                       "(70/67 UTF-16 units); auto picks GSM-7 when every character has a GSM-7 code",
               .choices = {"auto", "gsm7", "ucs2"}, .value_name = "ENCODING"},
              {.flags = "--info", .key = "info",
               .help = "carrier mode: print encoding=… segments=N and the units used by each part"},
              {.flags = "--smart", .key = "smart",
               .help = "carrier mode: first replace look-alikes (curly quotes, dashes, ellipsis, odd spaces…) "
                       "with GSM-7 characters, as Twilio's Smart Encoding does"},
          },
      .streaming = false,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::sms_split
