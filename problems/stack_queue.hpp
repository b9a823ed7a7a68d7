// stack_queue.hpp — `prep stack-queue` (LeetCode 232): a FIFO queue built from two stacks, driven
// one operation per line (`push X`, `pop`, `peek`, `empty`, `size`) or by LeetCode's design form.
//
// Streaming: every line is parsed, applied and its result written before the next is read, so on a
// bad line the results of the lines before it are already out. Parse, solve and render are split per
// operation: parse_line (text → Operation), Session::apply (the queue), render (Reply → text/JSON).
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

// An operation as the reader thread hands it over: 16 bytes, so that the stream of operations
// between the threads is half the size of the input. A push keeps its value; the other operations
// keep where their name is (their messages point there; a push has no failure).
class PackedOperation {
 public:
  PackedOperation() = default;
  explicit PackedOperation(const Operation& operation)
      : at_(operation.kind == OpKind::push ? operation.value.data() : operation.where),
        size_kind_(operation.value.size() << kind_bits | static_cast<std::uint64_t>(operation.kind)) {}
  // kind with a value (push) or where its name is (the others), and the value's size (0 for them).
  PackedOperation(OpKind kind, const char* at, std::size_t size)
      : at_(at), size_kind_(std::uint64_t{size} << kind_bits | static_cast<std::uint64_t>(kind)) {}
  [[nodiscard]] OpKind kind() const { return static_cast<OpKind>(size_kind_ & kind_mask); }
  // push: the value; else where the name is.
  [[nodiscard]] const char* at() const { return at_; }
  [[nodiscard]] std::size_t value_size() const { return static_cast<std::size_t>(size_kind_ >> kind_bits); }
  [[nodiscard]] Operation operation() const {
    if (kind() == OpKind::push) return Operation{kind(), {at_, value_size()}, nullptr};
    return Operation{kind(), {}, at_};
  }

 private:
  static constexpr unsigned kind_bits = 3;
  static constexpr std::uint64_t kind_mask = (1U << kind_bits) - 1;
  const char* at_ = nullptr;
  std::uint64_t size_kind_ = 0;
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

// The bytes of the values in the queue, in push order, each after its 4-byte length; a value is
// named by its offset in the stream of all bytes ever added. Values leave in the order they came
// (it is a queue), so everything before the last value taken is dead, and the dead prefix is cut
// off once it is half the buffer: memory follows the values in the queue, and the two stacks move
// 8-byte handles instead of strings.
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
  // A value in the Reply is valid until the next apply. lasting: a pushed value's view stays valid
  // until it is popped (it points into a mapped input), so the queue keeps the view, not a copy.
  Reply apply(const Operation& operation, bool lasting = false);

  // apply (lasting) and render as text for each operation in order, in one loop: the path of a
  // mapped input. Returns how many were answered: fewer than ops.size() when the next is a pop or
  // peek on an empty queue (left for the caller to report). Bytes before readable_end may be read
  // past the end of a value (a short one is copied in one 16-byte move).
  std::size_t answer_lasting(std::span<const PackedOperation> ops, io::Output& out, const char* readable_end);

  // Where the oldest value held as a view into the input is (nullptr when none is): the input from
  // there on is still needed.
  [[nodiscard]] const char* oldest_view();

 private:
  // A value in the queue, in 8 bytes: a view into a lasting input as address << 16 | size (an
  // address below 2^48, a size below 0xffff), or a handle into store_ as handle << 16 | in_store.
  using Value = std::uint64_t;
  static constexpr Value in_store = 0xffff;
  void push(std::string_view value, bool lasting) {
    const auto address = reinterpret_cast<std::uintptr_t>(value.data());
    if (lasting && value.size() < in_store && address >> 48 == 0) {
      queue_.push(Value{address} << 16 | value.size());
    } else {
      queue_.push(store_.add(value) << 16 | in_store);
    }
  }
  [[nodiscard]] std::string_view view(Value value) const;

  algo::TwoStackQueue<Value> queue_;
  TokenStore store_;
};

// One reply as a line of text, or as the next value of a JSON array.
void render(const Reply& reply, io::Output& out);
void render(const Reply& reply, io::JsonWriter& json);

const Problem& problem();

}  // namespace prep::problems::stack_queue
