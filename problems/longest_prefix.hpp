// longest_prefix.hpp — `prep longest-prefix`: for each phone number, the longest prefix of a table
// (dialling codes, rate decks) that its digits start with; parse, solve, render, and its description.
//
// The prefixes go into a digit trie (algorithms/trie.hpp); a number is looked up by one walk down
// the trie, O(its length) whatever the size of the table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/trie.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::longest_prefix {

// The prefix table: a trie over the prefixes' digits, and for every trie key the prefix and its
// label as written in the file.
class PrefixTable {
 public:
  algo::DigitTrie trie;

  // Adds a prefix; returns false (adding nothing) if its digits are already listed.
  bool add(std::string_view digits, std::string_view written, std::string_view label, std::uint64_t line);
  [[nodiscard]] std::string_view prefix(std::uint32_t key) const { return text(entries_[key].offset, entries_[key].prefix_length); }
  [[nodiscard]] std::string_view label(std::uint32_t key) const {
    return text(entries_[key].offset + entries_[key].prefix_length, entries_[key].label_length);
  }
  [[nodiscard]] std::uint64_t line(std::uint32_t key) const { return entries_[key].line; }
  [[nodiscard]] std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::uint64_t offset;  // into text_: the prefix, then the label
    std::uint32_t prefix_length;
    std::uint32_t label_length;
    std::uint64_t line;
  };
  [[nodiscard]] std::string_view text(std::uint64_t offset, std::uint32_t length) const {
    return std::string_view(text_).substr(offset, length);
  }
  std::string text_;
  std::vector<Entry> entries_;  // by trie key id
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
