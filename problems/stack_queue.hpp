// stack_queue.hpp — `prep stack-queue` (LeetCode 232): a FIFO queue built from two stacks, driven
// one operation per line (`push X`, `pop`, `peek`, `empty`, `size`) or by LeetCode's design form.
//
// Streaming: from a pipe or a terminal every line is answered before the next is read; a mapped file
// is parsed a block ahead on a second thread (cli/io/read_ahead.hpp). Either way, on a bad line the
// results of the lines before it are out first. Parse, solve and render are split per operation:
// parse_line (text → Operation), Session::apply (the queue), render (Reply → text/JSON).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
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

// An operation as the reader thread hands it over, in 16 bytes. A push of a value of up to 14 bytes
// holds the value itself, the '\n' after it and, in the last byte, how many bytes to print (size + 1):
// that is its entry in the queue, so a pop copies 16 bytes and reads nothing else. Any other
// operation holds a pointer (a longer push: to its value, the size in bytes 8–13; the others: to
// where the name is, for messages) and 0x80 | kind in the last byte.
class PackedOperation {
 public:
  static constexpr std::size_t max_inline = 14;  // the longest value held in the record

  PackedOperation() = default;
  explicit PackedOperation(const Operation& operation);
  // The record as it is stored: 8 bytes at 0, 8 at 8 (tag in the top byte).
  PackedOperation(std::uint64_t low, std::uint64_t high) : low_(low), high_(high) {}

  [[nodiscard]] unsigned tag() const { return static_cast<unsigned>(high_ >> 56); }
  [[nodiscard]] bool inline_push() const { return tag() < 0x80; }
  [[nodiscard]] OpKind kind() const { return inline_push() ? OpKind::push : static_cast<OpKind>(tag() & 7); }
  // push: the value (an inline one lives in this record).
  [[nodiscard]] std::string_view value() const;
  // The others: where the name is.
  [[nodiscard]] const char* where() const { return reinterpret_cast<const char*>(low_); }
  // The operation; a push's value may be a view into this record.
  [[nodiscard]] Operation operation() const;
  [[nodiscard]] std::uint64_t low() const { return low_; }
  [[nodiscard]] std::uint64_t high() const { return high_; }

 private:
  std::uint64_t low_ = 0;
  std::uint64_t high_ = 0;
};

// Which parse_common_lines to run: the fastest the processor has (chosen at run time), or a given one
// (tests compare them); one the processor lacks falls back to portable.
enum class LineParser { fastest, portable, avx2 };

// The common lines (`push X` with one space and X of up to 58 bytes, the bare names, each ending in
// '\n') from p on, at most out.size() of them, as parse_line would read them: stops at the first
// other line, or near the end (the last 96 bytes are left). Returns where it stopped and how many
// lines it read. Time: O(bytes read).
struct CommonLines {
  const char* next;
  std::size_t count;
};
CommonLines parse_common_lines(const char* p, const char* end, std::span<PackedOperation> out,
                               LineParser parser = LineParser::fastest);

// One operation from the text of a line (a record); throws InputError at the bad token.
Operation parse_line(const io::Input& input, std::string_view line);

struct Reply {
  enum class Kind { none, value, boolean, count, empty_queue };
  Kind kind = Kind::none;
  std::string_view value;  // value: valid until the next apply
  bool boolean = false;
  std::int64_t count = 0;
};

// The bytes of the values in the queue, in push order, each after its 4-byte length; a value is
// named by its offset in the stream of all bytes ever added. Values leave in the order they came
// (it is a queue), so everything before the last value taken is dead, and the dead prefix is cut
// off once it is half the buffer: memory follows the values in the queue, and the two stacks move
// handles instead of strings. Only values too long for an entry of their own go here.
class TokenStore {
 public:
  std::uint64_t add(std::string_view token);
  // The token of handle; valid until the next add().
  [[nodiscard]] std::string_view get(std::uint64_t handle) const;
  // handle, and every token added before it, will not be read again (after this get()).
  void release(std::uint64_t handle);

 private:
  std::string bytes_;
  std::uint64_t base_ = 0;  // stream offset of bytes_[0]
  std::uint64_t dead_ = 0;  // stream offset before which every token is released
};

class Session {
 public:
  // empty_queue for pop or peek on an empty queue (the caller reports it at the operation).
  // A value in the Reply is valid until the next apply.
  Reply apply(const Operation& operation);

  // apply and render as text for each operation in order, in one loop. Returns how many were
  // answered: fewer than ops.size() when the next is a pop or peek on an empty queue (left for the
  // caller to report). lasting: the values the operations point to stay readable as long as the
  // Session (a mapped input), so a long one is kept as that view rather than copied. Time: O(1)
  // amortized per operation.
  std::size_t answer(std::span<const PackedOperation> ops, io::Output& out, bool lasting);

 private:
  // A value in the queue, in 16 bytes: a push's record (the value inline, or a view of a longer one
  // that lasts), or, with the tag `stored`, a handle into store_ in its low 8 bytes (a longer value
  // copied).
  using Entry = PackedOperation;
  static constexpr unsigned stored = 0xff;
  void push(std::string_view value);
  [[nodiscard]] std::string_view view(const Entry& entry) const;

  algo::TwoStackQueue<Entry> queue_;
  TokenStore store_;
  Entry last_;  // the last value popped, which a Reply may view
};

// One reply as a line of text, or as the next value of a JSON array.
void render(const Reply& reply, io::Output& out);
void render(const Reply& reply, io::JsonWriter& json);

const Problem& problem();

}  // namespace prep::problems::stack_queue
