// stack_queue.cpp — `prep stack-queue`: a queue from two stacks, one operation per line or LeetCode's
// design form.
#include "problems/stack_queue.hpp"

#include <array>
#include <bit>
#include <cassert>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cli/io/read_ahead.hpp"
#include "cli/io/text.hpp"
#include "problems/design_input.hpp"

namespace prep::problems::stack_queue {

namespace {

struct OpName {
  std::string_view name;
  OpKind kind;
  bool takes_value;
};
constexpr OpName op_names[] = {
    {"push", OpKind::push, true}, {"pop", OpKind::pop, false},   {"peek", OpKind::peek, false},
    {"empty", OpKind::empty, false}, {"size", OpKind::size, false},
};

const OpName* find_op(std::string_view name) {
  for (const OpName& op : op_names) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

const char* parse_common_at(const char* p, const char* end, PackedOperation& packed);

std::string empty_queue_message(OpKind kind) {
  return fmt::format("{} on an empty queue", kind == OpKind::pop ? "pop" : "peek");
}

using Packed = PackedOperation;

void run_lines(Context& context) {
  io::Input& input = context.input;
  Session session;
  const bool json = context.options.json();
  io::JsonWriter writer(context.out);
  if (json) writer.begin_array();
  const auto parse = [&input](const io::Line& line) { return Packed(parse_line(input, line.text)); };
  const auto fast = [](const char* p, const char* end, Packed& packed) { return parse_common_at(p, end, packed); };
  const auto fail = [&input](const Packed& packed) {
    return input.error_at(packed.at(), empty_queue_message(packed.kind()));
  };
  const char* readable_end = nullptr;  // the end of the text in memory, once it is read ahead
  const auto consume = [&](std::span<Packed> block, bool lasting) {
    if (lasting && !json) {
      if (readable_end == nullptr) {
        const std::string_view text = input.rest();  // already all in memory: nothing is read
        readable_end = text.data() + text.size();
      }
      const std::size_t answered = session.answer_lasting(block, context.out, readable_end);
      if (answered != block.size()) throw fail(block[answered]);
      return session.oldest_view();
    }
    for (const Packed& packed : block) {
      const Reply reply = session.apply(packed.operation(), lasting);
      if (reply.kind == Reply::Kind::empty_queue) throw fail(packed);
      if (json) {
        if (reply.kind != Reply::Kind::none) render(reply, writer);
      } else {
        render(reply, context.out);
      }
    }
    return lasting ? session.oldest_view() : nullptr;
  };
  io::for_each_record_block<Packed>(input, parse, consume, fast);
  if (json) {
    writer.end_array();
    writer.finish();
  }
}

// LeetCode's form is one answer (one array), so it is printed whole or not at all.
void run_design(Context& context) {
  io::Input& input = context.input;
  context.out.hold(true);
  const DesignInput design = read_design(input);
  const DesignCall& constructor = design.calls.front();
  if (constructor.method != "MyQueue") {
    throw input.error_at(constructor.where, fmt::format("expected the class name \"MyQueue\" first, found {}",
                                                        io::quote(constructor.method)));
  }
  if (!constructor.args.empty()) throw input.error_at(constructor.args_where, "MyQueue takes no arguments");
  Session session;
  io::JsonWriter writer(context.out);
  writer.begin_array();
  writer.null();
  for (std::size_t i = 1; i < design.calls.size(); ++i) {
    const DesignCall& call = design.calls[i];
    const OpName* op = find_op(call.method);
    if (op == nullptr) {
      throw input.error_at(call.where, fmt::format("unknown method {}: expected push, pop, peek, empty or size",
                                                   io::quote(call.method)));
    }
    if (call.args.size() != (op->takes_value ? 1U : 0U)) {
      throw input.error_at(call.args_where, op->takes_value ? "push takes one argument: [X]"
                                                            : fmt::format("{} takes no arguments", op->name));
    }
    const Operation operation{op->kind, op->takes_value ? std::string_view(call.args.front()) : std::string_view(),
                              call.where};
    const Reply reply = session.apply(operation);
    if (reply.kind == Reply::Kind::empty_queue) throw input.error_at(call.where, empty_queue_message(op->kind));
    render(reply, writer);
  }
  writer.end_array();
  writer.finish();
}

void run(Context& context) {
  if (is_design_form(context.input)) {
    run_design(context);
  } else {
    run_lines(context);
  }
}

}  // namespace

namespace {

// The lines that make up nearly all of a big input (`push X` with one space, and the bare names),
// parsed without the general path's table lookup; false for anything else.
bool parse_common(std::string_view line, Operation& operation) {
  switch (line.size()) {
    case 3:
      if (line == "pop") return operation = Operation{OpKind::pop, {}, line.data()}, true;
      return false;
    case 4:
      if (line == "peek") return operation = Operation{OpKind::peek, {}, line.data()}, true;
      if (line == "size") return operation = Operation{OpKind::size, {}, line.data()}, true;
      break;
    case 5:
      if (line == "empty") return operation = Operation{OpKind::empty, {}, line.data()}, true;
      break;
    default: break;
  }
  if (line.size() < 6 || !line.starts_with("push ")) return false;
  const std::string_view value = line.substr(5);
  for (const char c : value) {
    if (io::is_separator(c) || c == '\r') return false;
  }
  operation = Operation{OpKind::push, value, line.data()};
  return true;
}

// The first n bytes of a word as a little-endian integer, and a mask of n bytes.
constexpr std::uint64_t pack(std::string_view word) {
  std::uint64_t v = 0;
  for (std::size_t i = word.size(); i-- > 0;) v = v << 8 | static_cast<unsigned char>(word[i]);
  return v;
}
constexpr std::uint64_t low_bytes(std::size_t n) { return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1; }

// parse_common on the line starting at p, for the lines parse_line_at leaves: where the next line
// starts, or nullptr. Reads the first 8 bytes as one word, so the name is one comparison; the last
// few bytes of the text take the general path.
const char* parse_common_at_scalar(const char* p, const char* end, Operation& operation) {
  if (end - p < 8) return nullptr;
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  if ((w & low_bytes(5)) == pack("push ")) {
    const char* const value = p + 5;
    const char* q = value;
    while (q != end && !io::ends_token[static_cast<unsigned char>(*q)]) ++q;
    if (q == end || *q != '\n' || q == value) return nullptr;
    operation = Operation{OpKind::push, {value, static_cast<std::size_t>(q - value)}, p};
    return q + 1;
  }
  static constexpr struct {
    std::uint64_t line;
    std::size_t size;
    OpKind kind;
  } bare[] = {{pack("pop\n"), 4, OpKind::pop},
              {pack("peek\n"), 5, OpKind::peek},
              {pack("size\n"), 5, OpKind::size},
              {pack("empty\n"), 6, OpKind::empty}};
  for (const auto& b : bare) {
    if ((w & low_bytes(b.size)) == b.line) {
      operation = Operation{b.kind, {}, p};
      return p + b.size;
    }
  }
  return nullptr;
}

#if defined(__SSE2__)
// The common lines by their second byte, which tells the five names apart: the bytes the line
// starts with (the bare names with their '\n', push with its space) and how many they are.
struct CommonStart {
  std::uint64_t word = ~std::uint64_t{0};  // no line starts with 0xff...: no match
  std::uint64_t mask = 0;
  OpKind kind = OpKind::size;
};
constexpr std::array<CommonStart, 256> common_starts = [] {
  std::array<CommonStart, 256> table{};
  for (const auto& [start, kind] : {std::pair{std::string_view("push "), OpKind::push},
                                    std::pair{std::string_view("pop\n"), OpKind::pop},
                                    std::pair{std::string_view("peek\n"), OpKind::peek},
                                    std::pair{std::string_view("size\n"), OpKind::size},
                                    std::pair{std::string_view("empty\n"), OpKind::empty}}) {
    table[static_cast<unsigned char>(start[1])] = {pack(start), low_bytes(start.size()), kind};
  }
  return table;
}();
#endif

// parse_common on the line starting at p, for io::for_each_record: where the next line starts, or
// nullptr. A line of up to 15 bytes and its '\n' is one 16-byte load: the '\n' and the bytes that
// end a token as bit masks, the name by one table look-up and one comparison, and which of push or
// the bare names it was chosen without a branch (they come in no order a predictor could learn).
const char* parse_common_at(const char* p, const char* end, Packed& packed) {
#if defined(__SSE2__)
  if (end - p >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto where = [&bytes](char c) {
      return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))));
    };
    const unsigned newlines = where('\n');
    if (newlines != 0) {
      const auto n = static_cast<unsigned>(std::countr_zero(newlines));  // the line's length
      const unsigned enders = (newlines | where(' ') | where('\t') | where(',') | where('\r')) & ((2U << n) - 1);
      std::uint64_t w = 0;
      std::memcpy(&w, p, sizeof w);
      const CommonStart& start = common_starts[static_cast<unsigned char>(p[1])];
      const bool push = start.kind == OpKind::push;
      // push: "push ", then a value up to the '\n' with nothing in it that ends a token.
      const bool value_ok = n >= 6 && enders == (1U << 4 | 1U << n);
      if ((w & start.mask) == start.word && (value_ok || !push)) {
        const std::size_t value_size = push ? n - 5 : 0;
        packed = Packed(start.kind, p + (push ? 5 : 0), value_size);
        return p + n + 1;
      }
    }
  }
#endif
  Operation operation;
  const char* next = parse_common_at_scalar(p, end, operation);
  if (next != nullptr) packed = Packed(operation);
  return next;
}

}  // namespace

Operation parse_line(const io::Input& input, std::string_view line) {
  Operation common;
  if (parse_common(line, common)) return common;
  io::Tokens tokens(line);
  std::string_view name;
  tokens.next(name);  // a record has at least one token
  const OpName* op = find_op(name);
  if (op == nullptr) {
    throw input.error_at(name.data(), fmt::format("unknown operation {}: expected push, pop, peek, empty or size",
                                                  io::quote(name)));
  }
  Operation operation{op->kind, {}, name.data()};
  if (op->takes_value && !tokens.next(operation.value)) {
    throw input.error_at(tokens.end(), "missing the value: expected 'push X'");
  }
  std::string_view extra;
  if (tokens.next(extra)) {
    throw input.error_at(extra.data(), fmt::format("unexpected {} after '{}{}'", io::quote(extra), op->name,
                                                   op->takes_value ? " X" : ""));
  }
  return operation;
}

std::uint64_t TokenStore::add(std::string_view token) {
  // Cut the dead prefix when it is at least half the buffer (and worth a move): each live byte is
  // moved O(1) times on average, and no view handed out by get() is alive here.
  const auto dead_bytes = static_cast<std::size_t>(dead_ - base_);
  if (dead_bytes >= (std::size_t{1} << 16) && dead_bytes * 2 >= bytes_.size()) {
    bytes_.erase(0, dead_bytes);
    base_ = dead_;
  }
  const std::uint64_t handle = base_ + bytes_.size();
  assert(token.size() <= std::numeric_limits<std::uint32_t>::max());
  const auto length = static_cast<std::uint32_t>(token.size());
  char prefix[sizeof length];
  std::memcpy(prefix, &length, sizeof length);
  bytes_.append(prefix, sizeof prefix);
  bytes_.append(token);
  return handle;
}

std::string_view TokenStore::get(std::uint64_t handle) const {
  const auto at = static_cast<std::size_t>(handle - base_);
  std::uint32_t length = 0;
  std::memcpy(&length, bytes_.data() + at, sizeof length);
  return {bytes_.data() + at + sizeof length, length};
}

void TokenStore::release(std::uint64_t handle) {
  const auto at = static_cast<std::size_t>(handle - base_);
  std::uint32_t length = 0;
  std::memcpy(&length, bytes_.data() + at, sizeof length);
  dead_ = handle + sizeof length + length;
}

const char* Session::oldest_view() {
  // Values leave in the order they came, so the oldest view is at the front. A copy in store_ at the
  // front (a value too long for a view) hides the views behind it: their pages may be given back
  // and read again from the file, which is only slower.
  if (queue_.empty()) return nullptr;
  const Value value = queue_.front();
  return (value & in_store) == in_store ? nullptr : reinterpret_cast<const char*>(value >> 16);
}

std::string_view Session::view(Value value) const {
  if ((value & in_store) == in_store) return store_.get(value >> 16);
  return {reinterpret_cast<const char*>(value >> 16), static_cast<std::size_t>(value & in_store)};
}

Reply Session::apply(const Operation& operation, bool lasting) {
  Reply reply;
  switch (operation.kind) {
    case OpKind::push: push(operation.value, lasting); break;
    case OpKind::pop: {
      if (queue_.empty()) return Reply{.kind = Reply::Kind::empty_queue};
      const Value value = queue_.pop();
      reply.kind = Reply::Kind::value;
      reply.value = view(value);
      if ((value & in_store) == in_store) store_.release(value >> 16);  // the bytes stay until the next push
      break;
    }
    case OpKind::peek: {
      if (queue_.empty()) return Reply{.kind = Reply::Kind::empty_queue};
      reply.kind = Reply::Kind::value;
      reply.value = view(queue_.front());
      break;
    }
    case OpKind::empty:
      reply.kind = Reply::Kind::boolean;
      reply.boolean = queue_.empty();
      break;
    case OpKind::size:
      reply.kind = Reply::Kind::count;
      reply.count = static_cast<std::int64_t>(queue_.size());
      break;
  }
  return reply;
}

std::size_t Session::answer_lasting(std::span<const PackedOperation> ops, io::Output& out,
                                   const char* readable_end) {
  constexpr std::size_t room = std::size_t{64} << 10;  // bytes asked of out at a time
  constexpr std::size_t most = 32;                      // bytes a reply may write in the loop
  char* w = out.space(room);
  char* limit = w + room - most;
  const auto line = [&](std::string_view text) {  // a long value: through Output
    out.wrote(w);
    out.line(text);
    w = out.space(room);
    limit = w + room - most;
  };
  for (std::size_t i = 0; i < ops.size(); ++i) {
    if (w > limit) {
      out.wrote(w);
      w = out.space(room);
      limit = w + room - most;
    }
    const PackedOperation& op = ops[i];
    switch (op.kind()) {
      case OpKind::push: push({op.at(), op.value_size()}, true); break;
      case OpKind::pop:
      case OpKind::peek: {
        if (queue_.empty()) {
          out.wrote(w);
          return i;
        }
        const bool pop = op.kind() == OpKind::pop;
        const Value value = pop ? queue_.pop() : queue_.front();
        const auto size = static_cast<std::size_t>(value & in_store);
        const auto* data = reinterpret_cast<const char*>(value >> 16);
        if (size < 16 && data + 16 <= readable_end) {
          std::memcpy(w, data, 16);
          w[size] = '\n';
          w += size + 1;
        } else {
          line(view(value));
          if (pop && size == in_store) store_.release(value >> 16);
        }
        break;
      }
      case OpKind::empty: {
        const bool empty = queue_.empty();
        std::memcpy(w, empty ? "true\n\0\0" : "false\n\0", 8);
        w += empty ? 5 : 6;
        break;
      }
      case OpKind::size: {
        const fmt::format_int digits(queue_.size());
        std::memcpy(w, digits.data(), digits.size());
        w[digits.size()] = '\n';
        w += digits.size() + 1;
        break;
      }
    }
  }
  out.wrote(w);
  return ops.size();
}

void render(const Reply& reply, io::Output& out) {
  switch (reply.kind) {
    case Reply::Kind::none:
    case Reply::Kind::empty_queue: return;
    case Reply::Kind::value: out.line(reply.value); return;
    case Reply::Kind::boolean: out.line(reply.boolean ? "true" : "false"); return;
    case Reply::Kind::count: out.integer(reply.count); break;
  }
  out.put('\n');
}

void render(const Reply& reply, io::JsonWriter& json) {
  switch (reply.kind) {
    case Reply::Kind::none:
    case Reply::Kind::empty_queue: json.null(); break;
    case Reply::Kind::value: json_token(json, reply.value); break;
    case Reply::Kind::boolean: json.value(reply.boolean); break;
    case Reply::Kind::count: json.value(reply.count); break;
  }
}

const Problem& problem() {
  static const Problem description{
      .name = "stack-queue",
      .summary = "A FIFO queue made of two stacks: push, pop, peek, empty, size (LeetCode 232)",
      .complexity = "O(1) amortized per operation; O(n) space",
      .explanation = "stack-queue/explain.txt",
      .samples = {{.args = {}, .input = "stack-queue/sample.txt"},
                  {.args = {}, .input = "stack-queue/leetcode.txt"}},
      .options = {},
      .streaming = true,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::stack_queue
