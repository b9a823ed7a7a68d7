// lca.cpp — `prep lca`: the level-order list becomes a BinaryTree through LevelOrderBuilder, values
// are indexed by the shared StringInterner, and every query is one O(1) LowestCommonAncestor lookup.
//
// The input is read whole (input.rest()) and scanned here: the tree list may span lines when it has
// brackets, queries may sit on the tree's line after `]` or on any later lines, and a value without a
// partner can only be known at the end, still with its position.
#include "problems/lca.hpp"

#include <fmt/format.h>

#include <cstring>
#include <string_view>

#include "cli/io/text.hpp"

namespace prep::problems::lca {

namespace {

std::string_view key_of(const std::int64_t& value) {
  return {reinterpret_cast<const char*>(&value), sizeof value};
}

// Records (lines neither blank nor comments) and their tokens, over text that stays in memory.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  // The next record's text (without its line end), or false at the end.
  bool next_record(std::string_view& record) {
    while (p_ != end_) {
      const char* start = p_;
      const char* newline = static_cast<const char*>(std::memchr(p_, '\n', static_cast<std::size_t>(end_ - p_)));
      const char* stop = newline != nullptr ? newline : end_;
      p_ = newline != nullptr ? newline + 1 : end_;
      const char* first = start;
      while (first != stop && io::is_blank(*first)) ++first;
      if (first == stop || *first == '#') continue;
      record = std::string_view(start, static_cast<std::size_t>(stop - start));
      return true;
    }
    return false;
  }

  // Continue after position p (inside the text): the rest of p's line is the next record candidate.
  void resume_at(const char* p) { p_ = p; }
  [[nodiscard]] const char* end() const { return end_; }

 private:
  const char* p_;
  const char* end_;
};

class TreeReader {
 public:
  TreeReader(const io::Input& input, TreeInput& result) : input_(input), result_(result) {}

  void entry(std::string_view token) {
    if (token == "null") {
      // A null with no place changes nothing (LeetCode prints none, but accepting it loses nothing).
      if (builder_.accepts_entry()) builder_.add_null();
      return;
    }
    const io::IntParse parsed = io::parse_int64(token);
    if (parsed.status == io::IntStatus::out_of_range) {
      throw input_.error_at(token.data(), fmt::format("tree value {} does not fit in a signed 64-bit integer", io::quote(token)));
    }
    if (parsed.status != io::IntStatus::ok) {
      throw input_.error_at(token.data(), fmt::format("expected an integer or null in the tree, found {}", io::quote(token)));
    }
    if (!builder_.accepts_entry()) {
      throw input_.error_at(token.data(), fmt::format("value {} has no place in the tree: {}", parsed.value,
                                                      result_.values.empty() ? "the root is null"
                                                                             : "every node already has both children"));
    }
    const std::uint32_t id = result_.index.intern(key_of(parsed.value));
    if (id != result_.values.size()) {
      throw input_.error_at(token.data(), fmt::format("duplicate value {} in the tree (values must be unique)", parsed.value));
    }
    result_.values.push_back(parsed.value);
    builder_.add_node();
  }

  algo::BinaryTree finish() && { return std::move(builder_).finish(); }

 private:
  const io::Input& input_;
  TreeInput& result_;
  algo::LevelOrderBuilder builder_;
};

// A bracketed list from `open` (the `[`), across lines; returns the position just after the `]`.
const char* read_bracketed(const io::Input& input, const char* open, const char* end, TreeReader& reader) {
  // Look for the `]` first: without one, the queries would be read as tree values and the message
  // would be about them instead of the real mistake.
  const char* close = static_cast<const char*>(std::memchr(open, ']', static_cast<std::size_t>(end - open)));
  if (close == nullptr) throw input.error_at(open, "the tree list has no closing ']'");
  const char* p = open + 1;
  for (;;) {
    while (p != close && (io::is_separator(*p) || io::is_blank(*p) || *p == '\n')) ++p;
    if (p == close) return close + 1;
    if (*p == '[') throw input.error_at(p, "unexpected '[': the tree is one flat list of values");
    const char* start = p;
    while (p != close && !io::is_separator(*p) && !io::is_blank(*p) && *p != '\n' && *p != '[') ++p;
    reader.entry(std::string_view(start, static_cast<std::size_t>(p - start)));
  }
}

}  // namespace

TreeInput parse(io::Input& input) {
  TreeInput result;
  const std::string_view text = input.rest();
  Scanner scanner(text);
  std::string_view record;
  if (!scanner.next_record(record)) return result;  // no tree, no queries

  TreeReader reader(input, result);
  const char* first = record.data();
  while (io::is_blank(*first)) ++first;
  std::string_view queries_on_tree_line;
  if (*first == '[') {
    result.leetcode = true;
    const char* after = read_bracketed(input, first, scanner.end(), reader);
    // The rest of the line holding `]` may already hold queries.
    const char* line_end = after;
    while (line_end != scanner.end() && *line_end != '\n') ++line_end;
    queries_on_tree_line = std::string_view(after, static_cast<std::size_t>(line_end - after));
    scanner.resume_at(line_end);
  } else {
    io::Tokens tokens(record);
    for (std::string_view token; tokens.next(token);) {
      if (token.front() == ']' || token.back() == ']') {
        throw input.error_at(token.data(), "unexpected ']': the tree list has no opening '['");
      }
      reader.entry(token);
    }
  }
  result.tree = std::move(reader).finish();

  const char* unpaired = nullptr;  // the P still waiting for its Q
  const auto query_values = [&](std::string_view line) {
    io::Tokens tokens(line);
    for (std::string_view token; tokens.next(token);) {
      result.queries.push_back(io::expect_int64(input, token, unpaired == nullptr ? "P" : "Q"));
      unpaired = unpaired == nullptr ? token.data() : nullptr;
    }
  };
  query_values(queries_on_tree_line);
  while (scanner.next_record(record)) query_values(record);
  if (unpaired != nullptr) {
    throw input.error_at(unpaired, "this query value has no partner: queries are pairs of values, P Q");
  }
  return result;
}

std::vector<std::optional<std::int64_t>> solve(const TreeInput& input) {
  const algo::LowestCommonAncestor lca(input.tree);
  std::vector<std::optional<std::int64_t>> answers;
  answers.reserve(input.queries.size() / 2);
  for (std::size_t i = 0; i + 1 < input.queries.size(); i += 2) {
    const std::uint32_t p = input.index.find(key_of(input.queries[i]));
    const std::uint32_t q = input.index.find(key_of(input.queries[i + 1]));
    if (p == algo::StringInterner::npos || q == algo::StringInterner::npos) {
      answers.emplace_back(std::nullopt);
    } else {
      answers.emplace_back(input.values[lca.query(p, q)]);
    }
  }
  return answers;
}

void render(const std::vector<std::optional<std::int64_t>>& answers, Format format, io::Output& out) {
  if (format != Format::json) {  // LeetCode prints the ancestor's value: the same text
    for (const auto& answer : answers) {
      if (answer) {
        out.integer(*answer);
      } else {
        out.write("null");
      }
      out.put('\n');
    }
    return;
  }
  io::JsonWriter json(out);
  json.begin_array();
  for (const auto& answer : answers) {
    if (answer) {
      json.value(*answer);
    } else {
      json.null();
    }
  }
  json.end_array();
  json.finish();
}

namespace {

void run(Context& context) {
  const TreeInput input = parse(context.input);
  render(solve(input), output_format(context.options, input.leetcode), context.out);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "lca",
      .summary = "Lowest common ancestor of value pairs in a binary tree (LeetCode 236)",
      .complexity = "O(n + q) time (O(1) per query after O(n) preprocessing), O(n + q) space",
      .explanation = "lca/explain.txt",
      .samples = {{.args = {}, .input = "lca/sample.txt"}},
      .options = {},
      .streaming = false,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::lca
