// errors.hpp — the two kinds of failure a command can report, and their exit statuses.
//
// InputError: the input (a file, standard input, a --codes file…) is invalid or unreadable: exit 1,
// printed as `prep: <where>: error: <message>` where <where> is `source:line:column` (or just
// `source` when there is no line, e.g. a file that does not exist).
// UsageError: the command line is wrong in a way only the command can tell (a limit too small for
// any text, a bad --code value): exit 2, printed as `prep: error: <message>`.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace prep::io {

class InputError : public std::runtime_error {
 public:
  InputError(std::string where, const std::string& message)
      : std::runtime_error(message), where_(std::move(where)) {}
  // `source:line:column`, or `source` alone.
  [[nodiscard]] const std::string& where() const { return where_; }

 private:
  std::string where_;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace prep::io
