// longest_prefix.cpp — `prep longest-prefix`: longest matching prefix per number, by one lookup in
// a table on its first digits (algorithms/prefix_index.hpp).
#include "problems/longest_prefix.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "algorithms/parallel.hpp"
#include "algorithms/phone.hpp"
#include "cli/io/read_ahead.hpp"
#include "cli/io/slices.hpp"
#include "cli/io/text.hpp"
#include "problems/phone_input.hpp"

namespace prep::problems::longest_prefix {

PrefixTable::Answer PrefixTable::longest_prefix(std::string_view digits) const {
  if (!use_trie_) return index_.longest_prefix(digits);
  const std::uint32_t key = trie_.longest_prefix(digits);
  return key == algo::DigitTrie::none ? none : trie_answers_[key];
}

void PrefixTable::longest_prefixes(std::span<const std::string_view> digits, std::span<Answer> out) const {
  if (!use_trie_) {
    index_.longest_prefixes(digits, out);
    return;
  }
  std::vector<std::uint32_t> keys(digits.size());
  trie_.longest_prefixes(digits, keys);
  for (std::size_t i = 0; i < digits.size(); ++i) out[i] = keys[i] == algo::DigitTrie::none ? none : trie_answers_[keys[i]];
}

std::string_view PrefixTable::prefix(Answer a) const {
  std::string_view answer = this->answer(a);
  answer.remove_prefix(1);  // '\t'
  answer.remove_suffix(1);  // '\n'
  return answer.substr(0, answer.find('\t'));  // a prefix never holds a tab
}

std::string_view PrefixTable::label(Answer a) const {
  std::string_view answer = this->answer(a);
  answer.remove_prefix(1);
  answer.remove_suffix(1);
  const std::size_t tab = answer.find('\t');
  return tab == std::string_view::npos ? std::string_view() : answer.substr(tab + 1);
}

namespace {

using Entry = algo::PrefixIndex::Entry;

// The prefix as written on a record line: its first token (a record is not blank, so it has one).
std::string_view prefix_token(std::string_view line) {
  io::Tokens tokens(line);
  std::string_view written;
  tokens.next(written);
  return written;
}

// The file's first error as reading it line by line meets it: a bad prefix, or a prefix listed
// again (naming the line it was first listed on). Only called once the fast parse has seen that
// something is wrong, so it is written to be plain, not fast.
[[noreturn]] void throw_first_error(const io::Input& file, std::string_view text) {
  std::unordered_map<std::string_view, const char*> first_seen;  // digits → the prefix as written
  io::RecordScanner scanner(text.data(), text.data() + text.size());
  io::Line line;
  while (scanner.next(line)) {
    const std::string_view written = prefix_token(line.text);
    const std::size_t bad = algo::phone::check_prefix(written);
    if (bad == written.size()) throw file.error_at(written.data(), fmt::format("prefix {} has no digit", io::quote(written)));
    if (bad != algo::phone::npos) {
      throw file.error_at(written.data() + bad, fmt::format("{} in prefix {}: a prefix is digits with an optional leading '+'",
                                                            quote_char(written.substr(bad)), io::quote(written)));
    }
    const auto [seen, fresh] = first_seen.emplace(algo::phone::prefix_digits(written), written.data());
    if (!fresh) {
      const auto first_line = 1 + std::count(text.data(), seen->second, '\n');
      const std::string_view from_first(seen->second, static_cast<std::size_t>(text.data() + text.size() - seen->second));
      const std::string_view first_written = prefix_token(from_first.substr(0, from_first.find('\n')));
      throw file.error_at(written.data(), fmt::format("duplicate prefix {}: already listed on line {} as {}", io::quote(written),
                                                      first_line, io::quote(first_written)));
    }
  }
  throw std::logic_error("longest-prefix: the prefix table was rejected, but no line is wrong");
}

// A run of whole lines of the prefix file, parsed: per prefix, in file order, its packed digits
// (PrefixIndex::pack; 0 for a prefix of more than 16 digits) and its answer, written to the answers'
// text. Stops at the first bad line.
struct Piece {
  std::vector<Entry> entries;
  std::size_t answers_end = 0;  // where its answers end in the text
  bool bad_line = false;
  bool long_prefix = false;     // a prefix of more than 16 digits
};

// Copies n bytes from src to dst 16 at a time (up to 15 more are written, and read while src stays
// before src_end - 16); else as they are.
void copy_short(char* dst, const char* src, std::size_t n, const char* src_end) {
  if (src + n + 16 > src_end) {
    std::memcpy(dst, src, n);
    return;
  }
  for (std::size_t i = 0; i < n; i += 16) std::memcpy(dst + i, src + i, 16);
}

// Parses lines (all of them: the text continues to text_end, which may be read up to), writing the
// answers "\tPREFIX[\tLABEL]\n" from answers[at]: at most 2 bytes per byte of lines, plus 1 (an
// answer is the line, its separators made one tab, between a tab and a newline, which the file's
// last line may lack), and up to 32 bytes past the last answer are scribbled on.
void parse_piece(std::string_view lines, const char* text_end, char* answers, std::size_t at, Piece& piece) {
  piece.entries.reserve(lines.size() / 16);
  const char* const end = lines.data() + lines.size();
  io::RecordScanner scanner(lines.data(), end);
  io::Line line;
  char* w = answers + at;
  const auto add = [&](std::string_view written, std::uint64_t key, const char* label, std::size_t label_length) {
    char* const answer = w;
    *w++ = '\t';
    copy_short(w, written.data(), written.size(), text_end);
    w += written.size();
    if (label_length != 0) {
      *w++ = '\t';
      copy_short(w, label, label_length, text_end);
      w += label_length;
    }
    *w++ = '\n';
    piece.entries.push_back({key, PrefixTable::answer_at(static_cast<std::size_t>(answer - answers), static_cast<std::size_t>(w - answer))});
  };
  for (const char* p = lines.data(); p != end;) {
    // Most lines are a plain prefix, maybe a label: one 16-byte step finds the prefix, and the
    // newline is looked for from its end.
    bool plus = false;
    const std::size_t length = text_end - p >= 16 ? plain_prefix(p, plus) : 0;
    if (length != 0) {
      const std::uint64_t key = pack_plain_digits(p, plus ? 1 : 0, length);
      const char* label = p + length;
      const char* newline = label;
      if (*label != '\n') {
        while (label != end && io::is_separator(*label)) ++label;
        newline = static_cast<const char*>(std::memchr(label, '\n', static_cast<std::size_t>(end - label)));
        if (newline == nullptr) newline = end;
      }
      const char* label_end = newline;
      while (label_end != label && io::is_blank(label_end[-1])) --label_end;
      add(std::string_view(p, length), key, label, static_cast<std::size_t>(label_end - label));
      p = newline == end ? end : newline + 1;
      continue;
    }
    scanner.skip_to(p);
    if (!scanner.next(line)) break;
    p = scanner.position();
    const std::string_view written = prefix_token(line.text);
    if (algo::phone::check_prefix(written) != algo::phone::npos) {
      piece.bad_line = true;
      break;
    }
    // The label is the rest of the line after the separators that follow the prefix.
    const char* rest = written.data() + written.size();
    const char* line_end = line.text.data() + line.text.size();
    while (rest != line_end && io::is_separator(*rest)) ++rest;
    const std::string_view label = trim_blanks(std::string_view(rest, static_cast<std::size_t>(line_end - rest)));
    const std::string_view digits = algo::phone::prefix_digits(written);
    const bool short_digits = digits.size() <= algo::PrefixIndex::max_key_digits;
    piece.long_prefix = piece.long_prefix || !short_digits;
    add(written, short_digits ? algo::PrefixIndex::pack(digits) : 0, label.data(), label.size());
  }
  piece.answers_end = static_cast<std::size_t>(w - answers);
}

}  // namespace

PrefixTable parse_prefixes(io::Input& file, unsigned pieces) {
  // The whole file at once, in pieces of whole lines parsed side by side (each on its own thread),
  // each piece's answers written into its own stretch of one text; the index then takes the pieces'
  // prefixes as they are (it sorts them by counting). Anything wrong — a bad prefix in a piece, or
  // a prefix the index finds twice — sends the file to throw_first_error, which reads it line by
  // line as the error message must describe it.
  const std::string_view text = file.rest();
  // Pieces from the size where numbers are read ahead too (also how fuzzing tries both ways on small files).
  if (pieces == 0) pieces = text.size() >= io::read_ahead_min_bytes ? algo::worker_count(2) : 1;
  const std::vector<const char*> starts = io::slice_starts(text, pieces);
  // Piece k's answers start at 2 * (its start) + 64 * k: room for its answers and what is scribbled
  // past them (parse_piece). Pages never written cost nothing.
  algo::BigArray<char> answers(2 * text.size() + 64 * (pieces + 1));
  std::vector<Piece> parsed(pieces);
  algo::parallel_for(pieces, [&](unsigned k) {
    const std::string_view lines(starts[k], static_cast<std::size_t>(starts[k + 1] - starts[k]));
    parse_piece(lines, text.data() + text.size(), answers.get(), 2 * static_cast<std::size_t>(starts[k] - text.data()) + 64 * k,
                parsed[k]);
  });
  bool long_prefix = false;
  for (const Piece& piece : parsed) {
    if (piece.bad_line) throw_first_error(file, text);
    long_prefix = long_prefix || piece.long_prefix;
  }
  const std::size_t answers_end = parsed.back().answers_end + 32;  // so that an answer can be read as two 16-byte words
  if (long_prefix) {
    // Prefixes of more than 16 digits go into a trie: inserted in digit order, each insert walks the
    // path of the one before (in cache) and lays the trie out depth-first.
    std::vector<Entry> entries;
    for (const Piece& piece : parsed) entries.insert(entries.end(), piece.entries.begin(), piece.entries.end());
    const std::string_view all(answers.get(), answers_end);
    const auto digits_of = [&](const Entry& e) {
      const std::string_view answer = all.substr(e.value >> 8);  // "\tPREFIX[\tLABEL]\n…"
      return algo::phone::prefix_digits(answer.substr(1, answer.find_first_of("\t\n", 1) - 1));
    };
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) { return digits_of(a) < digits_of(b); });
    algo::DigitTrie trie;
    trie.reserve(text.size() / 4);
    std::vector<PrefixTable::Answer> trie_answers;
    trie_answers.reserve(entries.size());
    for (const Entry& e : entries) {
      if (trie.insert(digits_of(e)) != trie_answers.size()) throw_first_error(file, text);  // listed twice
      trie_answers.push_back(e.value);
    }
    return {std::move(answers), answers_end, std::move(trie), std::move(trie_answers)};
  }
  std::vector<std::span<const Entry>> parts;
  for (const Piece& piece : parsed) parts.emplace_back(piece.entries);
  std::optional<algo::PrefixIndex> index = algo::PrefixIndex::build(parts);
  if (!index) throw_first_error(file, text);  // a prefix listed twice
  return {std::move(answers), answers_end, std::move(*index)};
}

namespace {

using Answer = PrefixTable::Answer;

void write_result(const PrefixTable& table, std::string_view number, Answer answer, io::Output& out) {
  out.write(number);
  out.write(answer == PrefixTable::none ? std::string_view("\t-\n") : table.answer(answer));
}

// write_result for a whole batch whose numbers lie in a text that may be read past them (see
// NumberBatch::readable_end): a number and its answer of up to 32 bytes each are copied as two
// 16-byte words straight into the output buffer, not through a call per piece.
void write_results(const PrefixTable& table, const NumberBatch& batch, io::Output& out) {
  constexpr std::size_t word = 16;
  constexpr std::size_t room = std::size_t{64} << 10;  // bytes asked of out at a time
  static constexpr char no_answer[2 * word] = "\t-\n";
  const char* const readable_end = batch.readable_end();
  const char* const text = table.text().data();
  char* w = out.space(room);
  char* limit = w + room - 4 * word;
  const std::vector<Answer>& answers = batch.results;
  constexpr std::size_t ahead = 16;
  for (std::size_t i = 0; i < std::min(ahead, answers.size()); ++i) table.prefetch_answer(answers[i]);
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (i + ahead < answers.size()) table.prefetch_answer(answers[i + ahead]);
    if (w > limit) {
      out.wrote(w);
      w = out.space(room);
      limit = w + room - 4 * word;
    }
    const std::string_view number = batch.written(i);
    const Answer answer = answers[i];
    // The answers' text is padded with 32 bytes (parse_prefixes), so a short answer is read as two words.
    const std::size_t answer_length = answer == PrefixTable::none ? 3 : answer & 255;
    const char* const answer_text = answer == PrefixTable::none ? no_answer : text + (answer >> 8);
    if (number.size() <= 2 * word && number.data() + 2 * word <= readable_end && answer_length <= 2 * word) {
      std::memcpy(w, number.data(), 2 * word);
      w += number.size();
      std::memcpy(w, answer_text, 2 * word);
      w += answer_length;
    } else {
      out.wrote(w);
      write_result(table, number, answer, out);
      w = out.space(room);
      limit = w + room - 4 * word;
    }
  }
  out.wrote(w);
}

void write_json_result(const PrefixTable& table, std::string_view number, Answer answer, io::JsonWriter& json) {
  json.begin_object();
  json.field("number", number);
  json.key("prefix");
  if (answer == PrefixTable::none) {
    json.null();
  } else {
    json.value(table.prefix(answer));
  }
  json.key("label");
  if (answer == PrefixTable::none || table.label(answer).empty()) {
    json.null();
  } else {
    json.value(table.label(answer));
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
    const Answer answer = shared ? table.longest_prefix(*shared) : PrefixTable::none;
    if (json) {
      io::JsonWriter writer(out);
      if (answer == PrefixTable::none) {
        writer.null();
      } else {
        writer.value(table.prefix(answer));
      }
      writer.finish();
    } else {
      out.write(answer == PrefixTable::none ? std::string_view("-") : table.prefix(answer));
      out.put('\n');
    }
    return;
  }
  std::optional<io::JsonWriter> writer;
  if (json) {
    writer.emplace(out);
    writer->begin_array();
  }
  // The lookups are the prepare step (on a second thread for a big mapped file), printing the
  // process step.
  const auto look_up = [&](NumberBatch& batch) {
    batch.results.resize(batch.size());
    table.longest_prefixes(batch.digits(), batch.results);
  };
  for_each_batch(input, look_up, [&](const NumberBatch& batch) {
    if (!json && batch.readable_end() != nullptr) {
      write_results(table, batch, out);
      return;
    }
    const std::vector<Answer>& answers = batch.results;
    for (const Answer answer : answers) table.prefetch_answer(answer);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (json) {
        write_json_result(table, batch.written(i), answers[i], *writer);
      } else {
        write_result(table, batch.written(i), answers[i], out);
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
      .complexity = "O(prefixes + number digits): a table on the first digits, then one short bucket",
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
