#include "cli/io/literal.hpp"

#include <doctest/doctest.h>

#include <string>

using prep::io::Input;
using prep::io::InputError;
using prep::io::Literal;
using prep::io::LiteralNode;
using Kind = prep::io::LiteralNode::Kind;

namespace {

struct Parsed {
  Input input;
  std::string_view text;
  Literal literal;
  std::string_view after;
};

Parsed parse(const std::string& text) {
  Input input = Input::from_text("lit", text);
  const std::string_view rest = input.rest();
  const char* end = nullptr;
  Literal literal = prep::io::parse_literal(input, rest, &end);
  const std::string_view after(end, static_cast<std::size_t>(rest.data() + rest.size() - end));
  return {std::move(input), rest, std::move(literal), after};
}

// The literal written back compactly, to compare whole trees at once.
std::string show(const Literal& literal, const LiteralNode& node) {
  switch (node.kind) {
    case Kind::null: return "null";
    case Kind::boolean: return node.boolean ? "true" : "false";
    case Kind::integer: return std::to_string(node.integer);
    case Kind::string: {
      std::string out(1, '"');
      out.append(node.text);
      out.push_back('"');
      return out;
    }
    case Kind::array: {
      std::string out(1, '[');
      for (const LiteralNode& element : literal.elements(node)) {
        if (out.size() > 1) out.push_back(',');
        out.append(show(literal, element));
      }
      out.push_back(']');
      return out;
    }
  }
  return "?";
}

std::string error_of(const std::string& text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    return e.where() + ": " + e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("literal: scalars and nesting") {
  auto p = parse("[[1,3],[2,-6]] tail");
  CHECK(show(p.literal, p.literal.root()) == "[[1,3],[2,-6]]");
  CHECK(p.after == " tail");
  p = parse(" [ ] ");
  CHECK(p.literal.root().kind == Kind::array);
  CHECK(p.literal.root().size == 0);
  p = parse("[\"LRUCache\",\"put\"]\n[[2],[1,1]]");
  CHECK(show(p.literal, p.literal.root()) == "[\"LRUCache\",\"put\"]");
  CHECK(p.after == "\n[[2],[1,1]]");
  p = parse("[3,5,1,null,true,false,[]]");
  CHECK(show(p.literal, p.literal.root()) == "[3,5,1,null,true,false,[]]");
  p = parse("42");
  CHECK(p.literal.root().integer == 42);
  CHECK(p.literal.root().text == "42");
}

TEST_CASE("literal: string escapes and UTF-8") {
  auto p = parse(R"(["a\"b\\c\/\n\t", "\u00e9\ud83d\ude00", "é"])");
  std::vector<std::string> values;
  for (const auto& element : p.literal.elements(p.literal.root())) values.emplace_back(element.text);
  CHECK(values == std::vector<std::string>{"a\"b\\c/\n\t", "é😀", "é"});
}

TEST_CASE("literal: a million-deep nesting parses without recursion") {
  const std::size_t depth = 1000000;
  const std::string text = std::string(depth, '[') + std::string(depth, ']');
  auto p = parse(text);
  std::size_t seen = 0;
  const LiteralNode* node = &p.literal.root();
  while (node->kind == Kind::array && node->size == 1) {
    ++seen;
    node = &p.literal.node(node->first);
  }
  CHECK(seen == depth - 1);
  CHECK(node->size == 0);
}

TEST_CASE("literal: errors point at the problem") {
  CHECK(error_of("[[1,3],[2,6]") == "lit:1:13: unterminated list: expected ',' or ']'");
  CHECK(error_of("[1,\n2,]") == "lit:2:3: expected a value, found ']'");
  CHECK(error_of("[1 2]") == "lit:1:4: expected ',' or ']', found '2'");
  CHECK(error_of("[1.5]") == "lit:1:2: expected an integer, found '1.5'");
  CHECK(error_of("[1e9]") == "lit:1:2: expected an integer, found '1e9'");
  CHECK(error_of("[99999999999999999999]") == "lit:1:2: '99999999999999999999' does not fit in a signed 64-bit integer");
  CHECK(error_of("[nul]") == "lit:1:2: expected a value (integer, string, null, true, false or list), found 'nul'");
  CHECK(error_of("[nullx]") == "lit:1:2: expected a value (integer, string, null, true, false or list), found 'nullx'");
  CHECK(error_of("[\"abc") == "lit:1:2: unterminated string");
  CHECK(error_of("[\"a\\q\"]") == "lit:1:4: unknown escape '\\q'");
  CHECK(error_of("[\"\\ud800\"]") == "lit:1:3: unpaired surrogate in \\u escape");
  CHECK(error_of("[\"\xff\"]") == "lit:1:3: invalid UTF-8 in string");
  CHECK(error_of("[\"a\nb\"]") == "lit:1:4: control character in string (escape it)");
  CHECK(error_of("") == "lit:1:1: unterminated list: expected a value");
  CHECK(error_of("[") == "lit:1:2: unterminated list: expected a value");
}
