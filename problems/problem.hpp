// problem.hpp — how a command is described, once, so that every generic feature works for it.
//
// A Problem names the command, says what it does and costs, lists its options as data, points at its
// sample and explanation (text files in data/<name>/, built into the binary), and has one run
// function: parse the input, solve with algorithms/, render text or JSON. The CLI turns the option
// list into CLI11 options; `list`, `explain`, `example` and `demo` read the rest; tests and a judge
// call run() in-process with an Input and an Output of their own.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/io/input.hpp"
#include "cli/io/output.hpp"

namespace prep {

struct OptionSpec {
  enum class Kind { flag, integer, text, texts, choice };
  std::string flags;   // CLI11 syntax: "--limit", "-c,--count"
  std::string key;     // name used to look the value up in Options
  Kind kind = Kind::flag;
  std::string help;
  std::string default_value;         // "" = none; for integer/text/choice
  std::vector<std::string> choices;  // for choice
  std::string value_name = "";       // shown in help ("N", "FILE")
};

// Option values of one run; defaults from the specs are filled in first.
class Options {
 public:
  Options() = default;
  // Options holding every spec's default value.
  static Options defaults(const std::vector<OptionSpec>& specs);

  [[nodiscard]] bool flag(std::string_view key) const;
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key) const;
  [[nodiscard]] std::optional<std::string> text(std::string_view key) const;
  [[nodiscard]] std::vector<std::string> texts(std::string_view key) const;
  [[nodiscard]] bool json() const { return flag("json"); }

  void set(std::string key, std::string value);   // replaces
  void add(std::string key, std::string value);   // appends (texts)
  void set_flag(std::string key, bool on);
  void set_integer(std::string key, std::int64_t value);
  // Takes every value other has, replacing this one's.
  void merge(const Options& other);

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

// Opens the files an option names (--codes FILE); the demo serves its sample files from memory.
using FileOpener = std::function<io::Input(const std::string& path)>;

struct Context {
  io::Input& input;
  io::Output& out;
  const Options& options;
  FileOpener open_file;
  std::FILE* diagnostics = stderr;  // summaries such as --stats
  bool diagnostics_is_terminal = false;  // progress and summaries only for a person watching
};

struct Sample {
  std::vector<std::string> args;   // options the demo passes, e.g. {"--assign"}
  std::string input;               // data/ file holding the input, e.g. "meeting-rooms/sample.txt"
};

struct Problem {
  std::string name;         // the subcommand
  std::string summary;      // one line for `prep list`
  std::string complexity;   // e.g. "O(n log n) time, O(n) space"
  std::string explanation;  // data/ file: approach, complexity, edge cases, follow-ups
  std::vector<Sample> samples;  // the first one is `prep example`; demo runs them all
  std::vector<OptionSpec> options;
  // Streaming commands print each line's result as they go, so on bad input the results before the
  // bad line stay printed (SPEC.md §1); others print nothing unless the whole input is good.
  bool streaming = false;
  void (*run)(Context&) = nullptr;
};

// How an answer is written: plain text, LeetCode's literal form (when the input was a literal), or
// --json. LeetCode's form and JSON are often the same text.
enum class Format { text, leetcode, json };
inline Format output_format(const Options& options, bool leetcode_input) {
  if (options.json()) return Format::json;
  return leetcode_input ? Format::leetcode : Format::text;
}

// Text of a file under data/, built into the binary; throws std::out_of_range if there is none.
std::string_view data_file(std::string_view path);

}  // namespace prep
