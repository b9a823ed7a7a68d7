// longest_prefix.cpp — `prep longest-prefix`: longest matching prefix per number, by one trie walk.
#include "problems/longest_prefix.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "algorithms/phone.hpp"
#include "algorithms/radix_sort.hpp"
#include "cli/io/text.hpp"
#include "problems/phone_input.hpp"

namespace prep::problems::longest_prefix {

void PrefixTable::reserve(std::size_t bytes) {
  // A guess, not a bound: about one trie node per 4 bytes of a table, one key per 16 bytes. Memory
  // reserved but never written costs nothing, and the vectors still grow if the guess is short; what
  // it saves is the copies (and the doubled peak) of growing a large trie step by step.
  trie.reserve(bytes / 4);
  answers_.reserve(bytes / 16);
  lines_.reserve(bytes / 16);
}

bool PrefixTable::add(std::string_view digits, std::uint64_t answer_at, std::uint32_t answer_length, std::uint64_t line) {
  assert(answer_at + answer_length <= text_.size());
  const std::size_t before = trie.key_count();
  if (trie.insert(digits) != before) return false;
  answers_.push_back({answer_at, answer_length});
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

namespace {

// A prefix as read, before the table is built: where its digits and its answer text are kept, and
// where it was written (for a duplicate's message, given after the file has been read).
struct PrefixRecord {
  std::uint64_t line = 0;
  std::uint64_t answer_at = 0;  // in the answers ("\tPREFIX[\tLABEL]\n"), in file order
  std::uint32_t answer_length = 0;
  std::uint32_t column = 0;     // of the prefix as written (saturates; a line is not 4 GiB wide)
  std::uint32_t digits_length = 0;
  std::uint8_t digits_skip = 0;  // the digits are the answer from byte 1 + digits_skip (after '\t', '+')
};

// The digits as a number in base 11 (digit d as d + 1, padded with 0 to `places` places, at most
// 18): for strings of at most `places` digits, ordering these keys orders the strings
// lexicographically (a prefix first). Longer strings get the key of their first `places` digits;
// callers break those ties on the strings. Fewer places make a smaller key range: fewer radix passes.
std::int64_t sort_key(std::string_view digits, std::size_t places) {
  std::int64_t key = 0;
  for (std::size_t i = 0; i < places; ++i) {
    key = key * 11 + (i < digits.size() ? digits[i] - '0' + 1 : 0);
  }
  return key;
}
constexpr std::size_t max_places = 18;  // 11^18 < 2^63

}  // namespace

PrefixTable parse_prefixes(io::Input& file) {
  // The table is read first and built sorted: inserting the prefixes in digit order makes every
  // insert walk the path of the one before (in cache) and lay the trie out depth-first, where
  // inserting them in file order costs a cache miss per level of every prefix. A duplicate is then
  // found next to its twin; the error reported is still the one reading line by line meets first
  // (the earliest second occurrence, or a bad prefix before it).
  std::vector<PrefixRecord> records;
  std::string answers;  // "\tPREFIX[\tLABEL]\n" per record, in file order
  const std::size_t hint = file.size_hint();
  records.reserve(hint / 16);
  answers.reserve(hint + hint / 4);
  std::optional<io::InputError> bad_prefix;
  io::Line line;
  while (file.next_record(line)) {
    io::Tokens tokens(line.text);
    std::string_view written;
    tokens.next(written);  // a record is not blank, so there is a first token
    const std::size_t bad = algo::phone::check_prefix(written);
    if (bad == written.size()) {
      bad_prefix.emplace(file.error_at(written.data(), fmt::format("prefix {} has no digit", io::quote(written))));
      break;
    }
    if (bad != algo::phone::npos) {
      bad_prefix.emplace(file.error_at(written.data() + bad,
                                       fmt::format("{} in prefix {}: a prefix is digits with an optional leading '+'",
                                                   quote_char(written.substr(bad)), io::quote(written))));
      break;
    }
    // The label is the rest of the line after the separators that follow the prefix.
    const char* rest = written.data() + written.size();
    const char* end = line.text.data() + line.text.size();
    while (rest != end && io::is_separator(*rest)) ++rest;
    const std::string_view label = trim_blanks(std::string_view(rest, static_cast<std::size_t>(end - rest)));
    const std::string_view digits = algo::phone::prefix_digits(written);
    PrefixRecord& record = records.emplace_back();
    record.line = line.number;
    // Columns count code points (as Input::error_at does).
    std::uint64_t column = 1;
    for (const char* q = line.text.data(); q != written.data(); ++q) column += (static_cast<unsigned char>(*q) & 0xC0) != 0x80;
    record.column = static_cast<std::uint32_t>(std::min<std::uint64_t>(column, UINT32_MAX));
    record.digits_length = static_cast<std::uint32_t>(digits.size());
    record.digits_skip = static_cast<std::uint8_t>(written.size() - digits.size());
    record.answer_at = answers.size();
    answers += '\t';
    answers.append(written);
    if (!label.empty()) {
      answers += '\t';
      answers.append(label);
    }
    answers += '\n';
    record.answer_length = static_cast<std::uint32_t>(answers.size() - record.answer_at);
  }
  const auto digits_of = [&](const PrefixRecord& r) {
    return std::string_view(answers).substr(r.answer_at + 1 + r.digits_skip, r.digits_length);
  };
  const auto answer_of = [&](const PrefixRecord& r) { return std::string_view(answers).substr(r.answer_at, r.answer_length); };

  struct Sorted {
    std::int64_t key;
    std::uint32_t record;
  };
  std::vector<Sorted> order(records.size());
  std::size_t places = 1;
  for (const PrefixRecord& r : records) places = std::max<std::size_t>(places, r.digits_length);
  places = std::min(places, max_places);
  for (std::size_t i = 0; i < records.size(); ++i) order[i] = {sort_key(digits_of(records[i]), places), static_cast<std::uint32_t>(i)};
  // Most significant digit first and in place: one pass over the million items, then each bucket
  // sorted in cache (the stable LSD sort of 18-place keys took six passes over all of them; with
  // the places cut to the longest prefix, 69 -> 42 ms for a million prefixes). Not stable, so runs
  // of equal keys (duplicates, or longer strings alike in their first `places` digits) are put in
  // digit order, then file order, here.
  algo::radix_sort_in_place(order, [](const Sorted& s) { return s.key; });
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i + 1;
    while (j < order.size() && order[j].key == order[i].key) ++j;
    if (j - i > 1) {
      std::sort(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(j),
                [&](const Sorted& a, const Sorted& b) {
                  const std::string_view x = digits_of(records[a.record]);
                  const std::string_view y = digits_of(records[b.record]);
                  return x != y ? x < y : a.record < b.record;
                });
    }
    i = j;
  }

  // Equal digits are now adjacent, in file order: the first duplicate met reading line by line is the
  // earliest second occurrence, and it names the first occurrence.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> duplicate;  // (first, second) record
  for (std::size_t i = 1; i < order.size(); ++i) {
    const PrefixRecord& previous = records[order[i - 1].record];
    const PrefixRecord& current = records[order[i].record];
    if (order[i - 1].key != order[i].key || digits_of(previous) != digits_of(current)) continue;
    if (i >= 2 && order[i - 2].key == order[i].key && digits_of(records[order[i - 2].record]) == digits_of(current)) continue;
    if (!duplicate || current.line < records[duplicate->second].line) duplicate.emplace(order[i - 1].record, order[i].record);
  }
  if (duplicate) {
    const PrefixRecord& first = records[duplicate->first];
    const PrefixRecord& second = records[duplicate->second];
    const auto written = [&](const PrefixRecord& r) {
      std::string_view answer = answer_of(r);
      answer.remove_prefix(1);
      answer.remove_suffix(1);
      return answer.substr(0, answer.find('\t'));
    };
    throw io::InputError(fmt::format("{}:{}:{}", file.name(), second.line, second.column),
                         fmt::format("duplicate prefix {}: already listed on line {} as {}", io::quote(written(second)),
                                     first.line, io::quote(written(first))));
  }
  if (bad_prefix) throw *bad_prefix;

  PrefixTable table;
  table.reserve(hint);
  answers.append(32, '\0');  // so that an answer can be copied as two 16-byte words (write_results)
  table.set_text(std::move(answers));  // the answers stay where they were read, in file order
  // In digit order the records and their digits are read at random: prefetch them a few steps ahead
  // so that the misses overlap (the trie itself is written in order).
  constexpr std::size_t ahead = 16;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i + ahead < order.size()) __builtin_prefetch(&records[order[i + ahead].record]);
    if (i + ahead / 2 < order.size()) {
      const PrefixRecord& soon = records[order[i + ahead / 2].record];
      __builtin_prefetch(table.text().data() + soon.answer_at + 1 + soon.digits_skip);
    }
    const PrefixRecord& record = records[order[i].record];
    table.add(table.text().substr(record.answer_at + 1 + record.digits_skip, record.digits_length), record.answer_at,
              record.answer_length, record.line);
  }
  return table;
}

namespace {

void write_result(const PrefixTable& table, std::string_view number, std::uint32_t key, io::Output& out) {
  out.write(number);
  out.write(key == algo::DigitTrie::none ? std::string_view("\t-\n") : table.answer(key));
}

// write_result for a whole batch whose numbers lie in a text that may be read past them (see
// NumberBatch::readable_end): a number and its answer of up to 32 bytes each are copied as two
// 16-byte words straight into the output buffer, not through a call per piece.
void write_results(const PrefixTable& table, const NumberBatch& batch, io::Output& out) {
  constexpr std::size_t word = 16;
  constexpr std::size_t room = std::size_t{64} << 10;  // bytes asked of out at a time
  static constexpr char no_answer[2 * word] = "\t-\n";
  const char* const readable_end = batch.readable_end();
  const std::string_view answers = table.text();
  const char* const answers_end = answers.data() + answers.size();  // padded: see parse_prefixes
  char* w = out.space(room);
  char* limit = w + room - 4 * word;
  const std::vector<std::uint32_t>& keys = batch.results;
  constexpr std::size_t span_ahead = 16;
  constexpr std::size_t text_ahead = 8;
  for (std::size_t i = 0; i < std::min(span_ahead, keys.size()); ++i) table.prefetch_span(keys[i]);
  for (std::size_t i = 0; i < std::min(text_ahead, keys.size()); ++i) table.prefetch_answer(keys[i]);
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (i + span_ahead < keys.size()) table.prefetch_span(keys[i + span_ahead]);
    if (i + text_ahead < keys.size()) table.prefetch_answer(keys[i + text_ahead]);
    if (w > limit) {
      out.wrote(w);
      w = out.space(room);
      limit = w + room - 4 * word;
    }
    const std::string_view number = batch.written(i);
    const std::uint32_t key = keys[i];
    const std::string_view answer = key == algo::DigitTrie::none ? std::string_view(no_answer, 3) : table.answer(key);
    const bool short_number = number.size() <= 2 * word && number.data() + 2 * word <= readable_end;
    const bool short_answer = answer.size() <= 2 * word && (key == algo::DigitTrie::none || answer.data() + 2 * word <= answers_end);
    if (short_number && short_answer) {
      std::memcpy(w, number.data(), 2 * word);
      w += number.size();
      std::memcpy(w, answer.data(), 2 * word);
      w += answer.size();
    } else {
      out.wrote(w);
      write_result(table, number, key, out);
      w = out.space(room);
      limit = w + room - 4 * word;
    }
  }
  out.wrote(w);
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
  // The trie walks are the prepare step (on a second thread for a big mapped file), printing the
  // process step.
  const auto look_up = [&](NumberBatch& batch) {
    batch.results.resize(batch.size());
    table.trie.longest_prefixes(batch.digits(), batch.results);
  };
  for_each_batch(input, look_up, [&](const NumberBatch& batch) {
    if (!json && batch.readable_end() != nullptr) {
      write_results(table, batch, out);
      return;
    }
    const std::vector<std::uint32_t>& keys = batch.results;
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
