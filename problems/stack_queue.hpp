// stack_queue.hpp — `prep stack-queue` (LeetCode 232): a FIFO queue built from two stacks, driven
// one operation per line (`push X`, `pop`, `peek`, `empty`, `size`) or by LeetCode's design form.
//
// Streaming: every line is parsed, applied and its result written before the next is read, so on a
// bad line the results of the lines before it are already out. Parse, solve and render are split per
// operation: parse_line (text → Operation), Session::apply (the queue), render (Reply → text/JSON).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "algorithms/queue.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::stack_queue {

enum class OpKind { push, pop, peek, empty, size };

struct Operation {
  OpKind kind = OpKind::size;
  std::string_view value;       // push: the token to push
  const char* where = nullptr;  // the operation's name in the input, for messages
};

// One operation from the text of a line (a record); throws InputError at the bad token.
Operation parse_line(const io::Input& input, std::string_view line);

struct Reply {
  enum class Kind { none, value, boolean, count, empty_queue };
  Kind kind = Kind::none;
  std::string_view value;  // value: valid until the next apply
  bool boolean = false;
  std::int64_t count = 0;
};

class Session {
 public:
  // empty_queue for pop or peek on an empty queue (the caller reports it at the operation).
  Reply apply(const Operation& operation);

 private:
  algo::TwoStackQueue<std::string> queue_;
  std::string popped_;  // the last popped value, which a Reply may point at
};

// One reply as a line of text, or as the next value of a JSON array.
void render(const Reply& reply, io::Output& out);
void render(const Reply& reply, io::JsonWriter& json);

const Problem& problem();

}  // namespace prep::problems::stack_queue
