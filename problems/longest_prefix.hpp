// longest_prefix.hpp — `prep longest-prefix`: for each phone number, the longest prefix of a table
// (dialling codes, rate decks) that its digits start with; parse, solve, render, and its description.
//
// The prefixes go into a PrefixIndex (algorithms/prefix_index.hpp): a number is looked up by one
// block of a table on its first digits and one short bucket, O(1) whatever the size of the table
// (a digit trie, one step per digit, when a prefix is longer than 16 digits).
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/prefetch.hpp"
#include "algorithms/prefix_index.hpp"
#include "algorithms/trie.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::longest_prefix {

// The prefix table: the text that follows a number in the output, "\tPREFIX[\tLABEL]\n" per prefix,
// kept in one string (in file order, as read), and an index from digits to where a prefix's answer
// is in it. A lookup returns that place (an Answer), so printing it is one copy, not a walk through
// a record per prefix. The index is a PrefixIndex (a table on the first digits over short buckets,
// two cache misses a lookup) when every prefix has at most 16 digits, else a digit trie.
class PrefixTable {
 public:
  // Where an answer is: its offset in text() times 256, plus its length when under 255 (else 255).
  using Answer = std::uint64_t;
  static constexpr Answer none = algo::PrefixIndex::none;
  static Answer answer_at(std::uint64_t at, std::size_t length) { return at << 8 | std::min<std::size_t>(length, 255); }

  PrefixTable() = default;
  // text: the answers, text[0, size); the index's values are Answers into it.
  PrefixTable(algo::BigArray<char> text, std::size_t size, algo::PrefixIndex index)
      : text_(std::move(text)), size_(size), index_(std::move(index)) {}
  // The same with a trie (for prefixes of more than 16 digits), its key k's answer answers[k].
  PrefixTable(algo::BigArray<char> text, std::size_t size, algo::DigitTrie trie, std::vector<Answer> answers)
      : text_(std::move(text)), size_(size), trie_(std::move(trie)), trie_answers_(std::move(answers)), use_trie_(true) {}

  [[nodiscard]] std::string_view text() const { return {text_.get(), size_}; }
  // The answer of the longest prefix that digits start with, or none.
  [[nodiscard]] Answer longest_prefix(std::string_view digits) const;
  // out[i] = longest_prefix(digits[i]) for every i, the lookups overlapped.
  void longest_prefixes(std::span<const std::string_view> digits, std::span<Answer> out) const;

  // "\tPREFIX[\tLABEL]\n": what follows the number in the text output.
  [[nodiscard]] std::string_view answer(Answer a) const {
    const std::size_t at = a >> 8;
    const std::size_t length = (a & 255) < 255 ? a & 255 : text().find('\n', at) + 1 - at;
    return text().substr(at, length);
  }
  // Asks for an answer's text to be brought into cache (a table of a million prefixes is not in cache).
  void prefetch_answer(Answer a) const {
    if (a != none) prep::algo::prefetch(text_.get() + (a >> 8));
  }
  [[nodiscard]] std::string_view prefix(Answer a) const;
  [[nodiscard]] std::string_view label(Answer a) const;
  [[nodiscard]] bool uses_trie() const { return use_trie_; }

 private:
  algo::BigArray<char> text_;
  std::size_t size_ = 0;
  algo::PrefixIndex index_;
  algo::DigitTrie trie_;
  std::vector<Answer> trie_answers_;  // trie key → its answer
  bool use_trie_ = false;
};

// Reads `PREFIX [LABEL…]` lines; a bad prefix or a duplicate is an InputError (naming both lines),
// the first that reading line by line meets. The file is read in `pieces` runs of lines at once (0:
// as many as cores for a big file; tests ask for more, to try the seams on small ones).
PrefixTable parse_prefixes(io::Input& file, unsigned pieces = 0);

struct Settings {
  bool common = false;  // only the longest prefix every number starts with
  Format format = Format::text;
};

// Reads the numbers of input, writing each result as soon as it is known (except --common, which
// needs all of the input). Throws InputError at a bad number.
void run_on(const PrefixTable& table, io::Input& input, io::Output& out, const Settings& settings);

const Problem& problem();

}  // namespace prep::problems::longest_prefix
