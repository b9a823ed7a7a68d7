// vanity.hpp — `prep vanity`: the phone numbers that contain a vanity code (TWLO = 8956) anywhere in
// their digits; parse, solve, render, and its description.
//
// All codes go into one Aho-Corasick automaton (algorithms/trie.hpp), so each number is scanned once
// whatever the number of codes: time linear in numbers + codes + matches.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/trie.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::vanity {

// The codes, ready to match: the codes as written, in code order (--code values first, then the
// lines of --codes), and one automaton over their digits. Codes with the same digits (TWLO and
// 8956) share a key of the automaton.
struct Codes {
  // Code index → the code as written. A code listed twice has two indices, and only the first is
  // in codes_of_key.
  [[nodiscard]] std::string_view written(std::uint32_t code) const {
    const std::size_t from = code == 0 ? 0 : written_end[code - 1];
    return std::string_view(written_text).substr(from, written_end[code] - from);
  }
  std::vector<std::uint32_t> key_start;      // key → its first entry in codes_of_key (one past: key + 1)
  std::vector<std::uint32_t> codes_of_key;   // code indices grouped by key, increasing within a key
  algo::DigitTrie automaton;

  std::string written_text;              // every code as written, one after another
  std::vector<std::size_t> written_end;  // code index → where its text ends in written_text
};

// --code values (a bad one is a UsageError), then the lines of codes_file if there is one (a bad one
// is an InputError at its line and column).
Codes parse_codes(const std::vector<std::string>& from_options, io::Input* codes_file);

// Matches one number's digits against the codes.
class Matcher {
 public:
  explicit Matcher(const Codes& codes);
  [[nodiscard]] bool matches(std::string_view digits) const { return codes_.automaton.contains_any(digits); }
  // The indices of the codes found in digits, in code order; valid until the next call.
  const std::vector<std::uint32_t>& matched_codes(std::string_view digits);

 private:
  const Codes& codes_;
  std::vector<std::uint64_t> seen_in_;  // key → the number of the call that last found it
  std::uint64_t calls_ = 0;
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint32_t> found_;
};

struct Settings {
  bool sorted = false;   // sorted in byte order, de-duplicated
  bool matches = false;  // number, tab, matched codes
  bool count = false;    // only the count
  Format format = Format::text;
};

// Reads the numbers of input, writing each result as soon as it is known (except --sorted and -c,
// which need all of the input). Throws InputError at a bad number.
void run_on(const Codes& codes, io::Input& input, io::Output& out, const Settings& settings);

const Problem& problem();

}  // namespace prep::problems::vanity
