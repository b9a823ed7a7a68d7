#include "problems/design_input.hpp"

#include <fmt/format.h>

#include "cli/io/text.hpp"

namespace prep::problems {

namespace {

using Kind = io::LiteralNode::Kind;

bool canonical_integer(std::string_view token) {
  const io::IntParse r = io::parse_int64(token);
  if (r.status != io::IntStatus::ok) return false;
  const fmt::format_int digits(r.value);
  return token == std::string_view(digits.data(), digits.size());
}

}  // namespace

bool is_design_form(io::Input& input) { return input.peek_nonblank() == '['; }

DesignInput read_design(io::Input& input) {
  const std::string_view text = input.rest();
  const char* const text_end = text.data() + text.size();
  const char* end = nullptr;
  DesignInput result;
  result.names = io::parse_literal(input, text, &end);
  const char* second = io::skip_space(end, text_end);
  if (second == text_end) {
    throw input.error_at(second, "missing the second line: the argument lists, e.g. [[2],[1,1],[1]]");
  }
  const io::Literal args = io::parse_literal(input, std::string_view(second, static_cast<std::size_t>(text_end - second)), &end);
  const char* after = io::skip_space(end, text_end);
  if (after != text_end) throw input.error_at(after, "unexpected text after the two lists");

  const io::LiteralNode& names = result.names.root();
  const io::LiteralNode& lists = args.root();
  if (names.kind != Kind::array) {
    throw input.error_at(names.where, fmt::format("expected a list of method names, found {}", io::kind_name(names)));
  }
  if (lists.kind != Kind::array) {
    throw input.error_at(lists.where, fmt::format("expected a list of argument lists, found {}", io::kind_name(lists)));
  }
  if (names.size == 0) throw input.error_at(names.where, "expected the class name first, found an empty list");
  if (names.size != lists.size) {
    throw input.error_at(lists.where, fmt::format("{} argument lists for {} method names", lists.size, names.size));
  }
  result.calls.reserve(names.size);
  auto list = args.elements(lists).begin();
  for (const io::LiteralNode& name : result.names.elements(names)) {
    if (name.kind != Kind::string) {
      throw input.error_at(name.where, fmt::format("expected a method name (a string), found {}", io::kind_name(name)));
    }
    if (list->kind != Kind::array) {
      throw input.error_at(list->where, fmt::format("expected an argument list, found {}", io::kind_name(*list)));
    }
    DesignCall call{name.text, name.where, list->where, {}};
    call.args.reserve(list->size);
    for (const io::LiteralNode& arg : args.elements(*list)) {
      if (arg.kind == Kind::integer) {
        call.args.push_back(fmt::format_int(arg.integer).str());
      } else if (arg.kind == Kind::string) {
        call.args.emplace_back(arg.text);
      } else {
        throw input.error_at(arg.where, fmt::format("expected an integer or a string, found {}", io::kind_name(arg)));
      }
    }
    result.calls.push_back(std::move(call));
    ++list;
  }
  return result;
}

void json_token(io::JsonWriter& json, std::string_view token) {
  if (canonical_integer(token)) {
    json.value(io::parse_int64(token).value);
  } else {
    json.value(token);
  }
}

}  // namespace prep::problems
