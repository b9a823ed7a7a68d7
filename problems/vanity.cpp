// vanity.cpp — `prep vanity`: numbers containing a vanity code, like grep with one automaton for all codes.
#include "problems/vanity.hpp"

#include <algorithm>
#include <optional>
#include <span>

#include <fmt/format.h>

#include "algorithms/phone.hpp"
#include "cli/io/read_ahead.hpp"
#include "cli/io/text.hpp"
#include "problems/phone_input.hpp"

namespace prep::problems::vanity {

namespace {

// The digits of a --code value; a bad value is a mistake on the command line.
std::string code_digits_from_option(std::string_view value) {
  const std::string_view written = trim_blanks(value);
  std::string digits;
  const std::size_t bad = algo::phone::normalize(written, digits);
  if (bad != algo::phone::npos) {
    throw io::UsageError(fmt::format("--code {}: {} is not allowed in a code (letters, digits, spaces and + - ( ) . only)",
                                     io::quote(value), quote_char(written.substr(bad))));
  }
  if (digits.empty()) throw io::UsageError(fmt::format("--code {}: a code needs at least one letter or digit", io::quote(value)));
  return digits;
}

}  // namespace

Codes parse_codes(const std::vector<std::string>& from_options, io::Input* codes_file) {
  Codes codes;
  std::string all_digits;  // every code's digits, one after another
  std::vector<std::uint32_t> digits_end;
  auto added = [&](std::string_view written) {
    codes.written_text.append(written);
    codes.written_end.push_back(codes.written_text.size());
    digits_end.push_back(static_cast<std::uint32_t>(all_digits.size()));
  };
  for (const std::string& value : from_options) {
    all_digits += code_digits_from_option(value);
    added(trim_blanks(value));
  }
  if (codes_file != nullptr) {
    // The whole file at once and its codes normalized straight into all_digits: read line by line
    // into strings, with a hash table for duplicates, this took longer than building the automaton.
    const std::string_view text = codes_file->rest();
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    all_digits.reserve(all_digits.size() + text.size());
    codes.written_text.reserve(codes.written_text.size() + text.size());
    codes.written_end.reserve(codes.written_end.size() + lines);
    digits_end.reserve(digits_end.size() + lines);
    io::RecordScanner scanner(text.data(), text.data() + text.size());
    io::Line line;
    while (scanner.next(line)) {
      const std::string_view written = trim_blanks(line.text);
      const std::size_t start = all_digits.size();
      if (algo::phone::normalize(written, all_digits) != algo::phone::npos || all_digits.size() == start) {
        std::string digits;
        read_digits(*codes_file, written, digits, "code");  // throws the error for this code
      }
      added(written);
    }
  }
  const std::size_t count = digits_end.size();
  std::vector<std::string_view> digits(count);
  for (std::uint32_t code = 0, from = 0; code < count; from = digits_end[code++]) {
    digits[code] = std::string_view(all_digits).substr(from, digits_end[code] - from);
  }
  std::vector<std::uint32_t> key_of_code;
  codes.automaton = algo::DigitTrie::automaton_of(digits, key_of_code);
  // Codes by key (counting sort), so a match of a key lists its codes in code order.
  std::vector<std::uint32_t> start(codes.automaton.key_count() + 1, 0);
  for (const std::uint32_t key : key_of_code) ++start[key + 1];
  for (std::size_t key = 0; key + 1 < start.size(); ++key) start[key + 1] += start[key];
  std::vector<std::uint32_t> grouped(count);
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t code = 0; code < count; ++code) grouped[next[key_of_code[code]]++] = code;
  }
  // A code listed twice is one code: the same text has the same digits, so its copies share a key,
  // and only the first of each text in a key's group is kept (groups of more than one are rare, and
  // sorting one costs its own size only).
  codes.key_start.assign(start.size(), 0);
  codes.codes_of_key.reserve(count);
  std::vector<std::uint32_t> by_text;
  std::vector<bool> dropped;
  for (std::size_t key = 0; key + 1 < start.size(); ++key) {
    const std::span<const std::uint32_t> group(grouped.data() + start[key], start[key + 1] - start[key]);
    if (group.size() == 1) {
      codes.codes_of_key.push_back(group[0]);
    } else {
      by_text.resize(group.size());  // places in the group, sorted by text (then place)
      for (std::uint32_t i = 0; i < group.size(); ++i) by_text[i] = i;
      std::stable_sort(by_text.begin(), by_text.end(), [&](std::uint32_t a, std::uint32_t b) {
        return codes.written(group[a]) < codes.written(group[b]);
      });
      dropped.assign(group.size(), false);
      for (std::size_t i = 1; i < by_text.size(); ++i) {
        dropped[by_text[i]] = codes.written(group[by_text[i]]) == codes.written(group[by_text[i - 1]]);
      }
      for (std::size_t i = 0; i < group.size(); ++i) {
        if (!dropped[i]) codes.codes_of_key.push_back(group[i]);
      }
    }
    codes.key_start[key + 1] = static_cast<std::uint32_t>(codes.codes_of_key.size());
  }
  return codes;
}

Matcher::Matcher(const Codes& codes) : codes_(codes), seen_in_(codes.automaton.key_count(), 0) {}

const std::vector<std::uint32_t>& Matcher::matched_codes(std::string_view digits) {
  ++calls_;
  keys_.clear();
  // A key found again in the same number is skipped in O(1), so the cost is the number of matches.
  codes_.automaton.for_each_match(digits, [this](std::size_t, std::uint32_t key) {
    if (seen_in_[key] == calls_) return;
    seen_in_[key] = calls_;
    keys_.push_back(key);
  });
  found_.clear();
  for (const std::uint32_t key : keys_) {
    for (std::uint32_t i = codes_.key_start[key]; i < codes_.key_start[key + 1]; ++i) found_.push_back(codes_.codes_of_key[i]);
  }
  std::sort(found_.begin(), found_.end());
  return found_;
}

namespace {

void write_codes(const Codes& codes, const std::vector<std::uint32_t>& found, io::Output& out) {
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i != 0) out.put(',');
    out.write(codes.written(found[i]));
  }
}

void write_json_match(const Codes& codes, std::string_view number, const std::vector<std::uint32_t>& found,
                      io::JsonWriter& json) {
  json.begin_object();
  json.field("number", number);
  json.key("codes");
  json.begin_array();
  for (const std::uint32_t code : found) json.value(codes.written(code));
  json.end_array();
  json.end_object();
}

struct Kept {
  std::string number;
  std::vector<std::uint32_t> codes;  // with --matches
};

}  // namespace

void run_on(const Codes& codes, io::Input& input, io::Output& out, const Settings& settings) {
  Matcher matcher(codes);
  const bool json = settings.format != Format::text;
  std::optional<io::JsonWriter> writer;
  if (json && !settings.count) {
    writer.emplace(out);
    writer->begin_array();
  }
  // One matching number, in the chosen form.
  auto render = [&](std::string_view number, const std::vector<std::uint32_t>& matched) {
    if (json && settings.matches) {
      write_json_match(codes, number, matched, *writer);
    } else if (json) {
      writer->value(number);
    } else {
      out.write(number);
      if (settings.matches) {
        out.put('\t');
        write_codes(codes, matched, out);
      }
      out.put('\n');
    }
  };
  std::vector<Kept> kept;  // --sorted: rendered once all the input is read
  std::uint64_t count = 0;
  auto keep = [&](std::string_view number, const std::vector<std::uint32_t>& matched) {
    ++count;
    if (settings.sorted) {
      kept.push_back({std::string(number), matched});
    } else if (!settings.count) {
      render(number, matched);
    }
  };
  const std::vector<std::uint32_t> no_codes;
  // Whether a number matches is the prepare step (on either thread for a big mapped file, so it
  // keeps no state of its own); the matcher of --matches keeps state, so it stays with printing on
  // the calling thread.
  const auto scan = [&](NumberBatch& batch) {
    if (settings.matches) return;
    thread_local std::vector<std::uint8_t> found;
    found.resize(batch.size());
    codes.automaton.contains_any_each(batch.digits(), found);
    batch.results.assign(found.begin(), found.end());
  };
  for_each_batch(input, scan, [&](const NumberBatch& batch) {
    if (settings.matches) {
      for (std::size_t i = 0; i < batch.size(); ++i) {
        const std::vector<std::uint32_t>& matched = matcher.matched_codes(batch.digits()[i]);
        if (!matched.empty()) keep(batch.written(i), matched);
      }
      return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (batch.results[i] != 0) keep(batch.written(i), no_codes);
    }
  });
  if (settings.sorted) {
    // Byte order, like `sort -u` under LC_ALL=C; a number's codes depend only on its text, so
    // de-duplicating by number loses nothing.
    std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.number < b.number; });
    kept.erase(std::unique(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.number == b.number; }),
               kept.end());
    count = kept.size();
    if (!settings.count) {
      for (const Kept& entry : kept) render(entry.number, entry.codes);
    }
  }
  if (settings.count) {
    out.integer(static_cast<std::int64_t>(count));
    out.put('\n');
    return;
  }
  if (json) {
    writer->end_array();
    writer->finish();
  }
}

namespace {

void run(Context& context) {
  Settings settings;
  settings.sorted = context.options.flag("sorted");
  settings.matches = context.options.flag("matches");
  settings.count = context.options.flag("count");
  settings.format = context.options.json() ? Format::json : Format::text;
  if (settings.count && settings.matches) throw io::UsageError("-c counts numbers and --matches lists codes: give one");
  const std::vector<std::string> from_options = context.options.texts("code");
  const std::optional<std::string> codes_path = context.options.text("codes");
  if (from_options.empty() && !codes_path) throw io::UsageError("vanity needs codes: give --code WORD or --codes FILE");
  std::optional<io::Input> codes_file;
  if (codes_path) codes_file.emplace(context.open_file(*codes_path));
  const Codes codes = parse_codes(from_options, codes_file ? &*codes_file : nullptr);
  run_on(codes, context.input, context.out, settings);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "vanity",
      .summary = "Phone numbers containing a vanity code (TWLO = 8956) in their keypad digits (Twilio OA)",
      .complexity = "O(numbers + codes + matches): one Aho-Corasick automaton over all codes",
      .explanation = "vanity/explain.txt",
      .samples = {{.args = {"--code", "TWLO", "--code", "CODE", "--code", "HTCH", "--sorted"}, .input = "vanity/sample.txt"},
                  {.args = {"--codes", "vanity/codes.txt", "--matches"}, .input = "vanity/sample.txt"}},
      .options = {{.flags = "--code", .key = "code", .kind = OptionSpec::Kind::texts,
                   .help = "a code to look for, letters or digits (repeatable)", .value_name = "WORD"},
                  {.flags = "--codes", .key = "codes", .kind = OptionSpec::Kind::text,
                   .help = "a file of codes, one per line", .value_name = "FILE"},
                  {.flags = "--sorted", .key = "sorted", .kind = OptionSpec::Kind::flag,
                   .help = "print the matching numbers sorted in byte order, without duplicates"},
                  {.flags = "--matches", .key = "matches", .kind = OptionSpec::Kind::flag,
                   .help = "print each matching number, a tab, and the codes it contains"},
                  {.flags = "-c,--count", .key = "count", .kind = OptionSpec::Kind::flag,
                   .help = "print only the number of matching numbers"}},
      .streaming = true,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::vanity
