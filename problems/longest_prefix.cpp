// longest_prefix.cpp — `prep longest-prefix`: longest matching prefix per number, by one trie walk.
#include "problems/longest_prefix.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "algorithms/phone.hpp"
#include "cli/io/text.hpp"
#include "problems/phone_input.hpp"

namespace prep::problems::longest_prefix {

void PrefixTable::reserve(std::size_t bytes) {
  // A guess, not a bound: about one trie node per 4 bytes of a table, one key per 16 bytes. Memory
  // reserved but never written costs nothing, and the vectors still grow if the guess is short; what
  // it saves is the copies (and the doubled peak) of growing a large trie step by step.
  trie.reserve(bytes / 4);
  text_.reserve(bytes + bytes / 4);
  offsets_.reserve(bytes / 16 + 1);
  lines_.reserve(bytes / 16);
}

bool PrefixTable::add(std::string_view digits, std::string_view written, std::string_view label, std::uint64_t line) {
  const std::size_t before = trie.key_count();
  if (trie.insert(digits) != before) return false;
  text_ += '\t';
  text_.append(written);
  if (!label.empty()) {
    text_ += '\t';
    text_.append(label);
  }
  text_ += '\n';
  offsets_.push_back(text_.size());
  lines_.push_back(line);
  return true;
}

std::string_view PrefixTable::prefix(std::uint32_t key) const {
  std::string_view answer = this->answer(key);
  answer.remove_prefix(1);  // '\t'
  answer.remove_suffix(1);  // '\n'
  return answer.substr(0, answer.find('\t'));  // a prefix never holds a tab
}

std::string_view PrefixTable::label(std::uint32_t key) const {
  std::string_view answer = this->answer(key);
  answer.remove_prefix(1);
  answer.remove_suffix(1);
  const std::size_t tab = answer.find('\t');
  return tab == std::string_view::npos ? std::string_view() : answer.substr(tab + 1);
}

PrefixTable parse_prefixes(io::Input& file) {
  PrefixTable table;
  table.reserve(file.size_hint());
  io::Line line;
  while (file.next_record(line)) {
    io::Tokens tokens(line.text);
    std::string_view written;
    tokens.next(written);  // a record is not blank, so there is a first token
    const std::size_t bad = algo::phone::check_prefix(written);
    if (bad == written.size()) throw file.error_at(written.data(), fmt::format("prefix {} has no digit", io::quote(written)));
    if (bad != algo::phone::npos) {
      throw file.error_at(written.data() + bad,
                          fmt::format("{} in prefix {}: a prefix is digits with an optional leading '+'",
                                      quote_char(written.substr(bad)), io::quote(written)));
    }
    // The label is the rest of the line after the separators that follow the prefix.
    const char* rest = written.data() + written.size();
    const char* end = line.text.data() + line.text.size();
    while (rest != end && io::is_separator(*rest)) ++rest;
    const std::string_view label = trim_blanks(std::string_view(rest, static_cast<std::size_t>(end - rest)));
    const std::string_view digits = algo::phone::prefix_digits(written);
    if (!table.add(digits, written, label, line.number)) {
      const std::uint32_t first = table.trie.find(digits);
      throw file.error_at(written.data(), fmt::format("duplicate prefix {}: already listed on line {} as {}", io::quote(written),
                                                      table.line(first), io::quote(table.prefix(first))));
    }
  }
  return table;
}

namespace {

void write_result(const PrefixTable& table, std::string_view number, std::uint32_t key, io::Output& out) {
  out.write(number);
  out.write(key == algo::DigitTrie::none ? std::string_view("\t-\n") : table.answer(key));
}

void write_json_result(const PrefixTable& table, std::string_view number, std::uint32_t key, io::JsonWriter& json) {
  json.begin_object();
  json.field("number", number);
  json.key("prefix");
  if (key == algo::DigitTrie::none) {
    json.null();
  } else {
    json.value(table.prefix(key));
  }
  json.key("label");
  if (key == algo::DigitTrie::none || table.label(key).empty()) {
    json.null();
  } else {
    json.value(table.label(key));
  }
  json.end_object();
}

}  // namespace

void run_on(const PrefixTable& table, io::Input& input, io::Output& out, const Settings& settings) {
  const bool json = settings.format != Format::text;
  if (settings.common) {
    // The longest listed prefix of the digits every number shares.
    std::optional<std::string> shared;
    for_each_batch(input, [&](const NumberBatch& batch) {
      for (const std::string_view digits : batch.digits()) {
        if (!shared) {
          shared.emplace(digits);
        } else {
          const auto [mismatch, unused] = std::mismatch(shared->begin(), shared->end(), digits.begin(), digits.end());
          shared->erase(mismatch, shared->end());
        }
      }
    });
    const std::uint32_t key = shared ? table.trie.longest_prefix(*shared) : algo::DigitTrie::none;
    if (json) {
      io::JsonWriter writer(out);
      if (key == algo::DigitTrie::none) {
        writer.null();
      } else {
        writer.value(table.prefix(key));
      }
      writer.finish();
    } else {
      out.write(key == algo::DigitTrie::none ? std::string_view("-") : table.prefix(key));
      out.put('\n');
    }
    return;
  }
  std::optional<io::JsonWriter> writer;
  if (json) {
    writer.emplace(out);
    writer->begin_array();
  }
  std::vector<std::uint32_t> keys;
  for_each_batch(input, [&](const NumberBatch& batch) {
    keys.resize(batch.size());
    table.trie.longest_prefixes(batch.digits(), keys);
    for (const std::uint32_t key : keys) table.prefetch_answer(key);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (json) {
        write_json_result(table, batch.written(i), keys[i], *writer);
      } else {
        write_result(table, batch.written(i), keys[i], out);
      }
    }
  });
  if (json) {
    writer->end_array();
    writer->finish();
  }
}

namespace {

void run(Context& context) {
  const std::optional<std::string> path = context.options.text("prefixes");
  if (!path) throw io::UsageError("longest-prefix needs a prefix table: give --prefixes FILE");
  Settings settings;
  settings.common = context.options.flag("common");
  settings.format = context.options.json() ? Format::json : Format::text;
  io::Input file = context.open_file(*path);
  const PrefixTable table = parse_prefixes(file);
  run_on(table, context.input, context.out, settings);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "longest-prefix",
      .summary = "Longest listed prefix of each phone number, e.g. its dialling code or rate (Twilio OA)",
      .complexity = "O(prefix digits + number digits): one trie walk per number",
      .explanation = "longest-prefix/explain.txt",
      .samples = {{.args = {"--prefixes", "longest-prefix/prefixes.txt"}, .input = "longest-prefix/sample.txt"},
                  {.args = {"--prefixes", "longest-prefix/prefixes.txt", "--common"}, .input = "longest-prefix/common.txt"}},
      .options = {{.flags = "--prefixes", .key = "prefixes", .kind = OptionSpec::Kind::text,
                   .help = "the prefix table (required): PREFIX [LABEL] per line", .value_name = "FILE"},
                  {.flags = "--common", .key = "common", .kind = OptionSpec::Kind::flag,
                   .help = "print only the longest listed prefix that every number starts with"}},
      .streaming = true,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::longest_prefix
