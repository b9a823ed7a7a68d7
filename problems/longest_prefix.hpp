// longest_prefix.hpp — `prep longest-prefix`: for each phone number, the longest prefix of a table
// (dialling codes, rate decks) that its digits start with; parse, solve, render, and its description.
//
// The prefixes go into a digit trie (algorithms/trie.hpp); a number is looked up by one walk down
// the trie, O(its length) whatever the size of the table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "algorithms/trie.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::longest_prefix {

// The prefix table: a trie over the prefixes' digits, and for every trie key the text that follows a
// number in the output, "\tPREFIX[\tLABEL]\n", kept in one string (in file order, as read). Printing
// an answer is then one lookup in a small array of spans and one copy, not a walk through a record
// per key.
class PrefixTable {
 public:
  algo::DigitTrie trie;

  // Room for a table read from about `bytes` bytes of text.
  void reserve(std::size_t bytes);
  // The answers' text: add() refers to answers inside it.
  void set_text(std::string text) { text_ = std::move(text); }
  [[nodiscard]] std::string_view text() const { return text_; }
  // Adds a prefix whose answer "\tPREFIX[\tLABEL]\n" is text()[answer_at, answer_at + answer_length);
  // returns false (adding nothing) if its digits are already listed. Keys are numbered in the order
  // they are added.
  bool add(std::string_view digits, std::uint64_t answer_at, std::uint32_t answer_length, std::uint64_t line);
  // "\tPREFIX[\tLABEL]\n": what follows the number in the text output.
  [[nodiscard]] std::string_view answer(std::uint32_t key) const {
    return std::string_view(text_).substr(answers_[key].at, answers_[key].length);
  }
  // Ask for key's answer to be brought into cache, in two stages some numbers apart: where the
  // answer is (prefetch_span), then its text (prefetch_answer, which reads where it is). The answers
  // of a batch then load side by side instead of one miss at a time while printing (a table of a
  // million prefixes is not in cache).
  void prefetch_span(std::uint32_t key) const {
    if (key != algo::DigitTrie::none) __builtin_prefetch(&answers_[key]);
  }
  void prefetch_answer(std::uint32_t key) const {
    if (key != algo::DigitTrie::none) __builtin_prefetch(text_.data() + answers_[key].at);
  }
  [[nodiscard]] std::string_view prefix(std::uint32_t key) const;
  [[nodiscard]] std::string_view label(std::uint32_t key) const;
  [[nodiscard]] std::uint64_t line(std::uint32_t key) const { return lines_[key]; }
  [[nodiscard]] std::size_t size() const { return lines_.size(); }

 private:
  std::string text_;
  struct Span {
    std::uint64_t at;
    std::uint64_t length;
  };
  std::vector<Span> answers_;              // key k's answer is text_[at, at + length)
  std::vector<std::uint64_t> lines_;       // key → its line in the file (for duplicate messages)
};

// Reads `PREFIX [LABEL…]` lines; a bad prefix or a duplicate is an InputError (naming both lines).
PrefixTable parse_prefixes(io::Input& file);

struct Settings {
  bool common = false;  // only the longest prefix every number starts with
  Format format = Format::text;
};

// Reads the numbers of input, writing each result as soon as it is known (except --common, which
// needs all of the input). Throws InputError at a bad number.
void run_on(const PrefixTable& table, io::Input& input, io::Output& out, const Settings& settings);

const Problem& problem();

}  // namespace prep::problems::longest_prefix
