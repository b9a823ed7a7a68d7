// design_input.hpp — what the "design a data structure" commands (stack-queue, lru) share: reading
// LeetCode's two-line design form, and writing a token as a JSON value.
//
// The design form is two literals, the method names and their argument lists:
//   ["LRUCache","put","get"]
//   [[2],[1,1],[1]]
// The first name is the class (the constructor); each call's arguments become tokens as they would
// be written on a line (integers in decimal, strings unescaped), so one session serves both forms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/io/input.hpp"
#include "cli/io/literal.hpp"
#include "cli/io/output.hpp"

namespace prep::problems {

struct DesignCall {
  std::string_view method;          // points into the names literal
  const char* where = nullptr;      // the method name in the input, for messages
  const char* args_where = nullptr;  // its argument list in the input
  std::vector<std::string> args;    // as tokens: integers in decimal, strings unescaped
};

struct DesignInput {
  io::Literal names;  // keeps the method names alive
  std::vector<DesignCall> calls;  // calls[0] is the constructor
};

// True when the input is a LeetCode literal (its first non-blank character is '[').
bool is_design_form(io::Input& input);

// Reads the two literals. Checks their shape only (two lists of equal length, names are strings,
// each argument list is a list of integers and strings, nothing after); the command checks the names
// and argument counts.
DesignInput read_design(io::Input& input);

// A token as a JSON value: a canonical decimal integer (`-1`, `42`, not `007` or `+1`) becomes a
// number, as LeetCode prints it; anything else a string.
void json_token(io::JsonWriter& json, std::string_view token);

}  // namespace prep::problems
