// stack_queue.cpp — `prep stack-queue`: a queue from two stacks, one operation per line or LeetCode's
// design form.
#include "problems/stack_queue.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cassert>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define PREP_STACK_QUEUE_AVX2 1  // AVX2 line masks where the processor has them, chosen at run time
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
  const auto fast = [](const char* p, const char* end, std::span<Packed> room) {
    const CommonLines lines = parse_common_lines(p, end, room);
    return io::FastLines{lines.next, lines.count};
  };
  const auto fail = [&input](const Packed& packed) {
    return input.error_at(packed.where(), empty_queue_message(packed.kind()));
  };
  const auto consume = [&](std::span<Packed> block, bool lasting) {
    if (!json) {
      const std::size_t answered = session.answer(block, context.out, lasting);
      if (answered != block.size()) throw fail(block[answered]);
      return;
    }
    for (const Packed& packed : block) {
      const Reply reply = session.apply(packed.operation());
      if (reply.kind == Reply::Kind::empty_queue) throw fail(packed);
      if (reply.kind != Reply::Kind::none) render(reply, writer);
    }
  };
  // The queue holds a short value itself and a longer one as a view into the input, which stays
  // readable when its page has been given back (it is read again from the file): so the worker
  // gives parsed pages back.
  io::for_each_record_block<Packed, io::GiveBack::worker>(input, parse, consume, fast);
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

static_assert(std::endian::native == std::endian::little, "records and line words are read little-endian");

// The first n bytes of a word as a little-endian integer, and a mask of n bytes.
constexpr std::uint64_t pack(std::string_view word) {
  std::uint64_t v = 0;
  for (std::size_t i = word.size(); i-- > 0;) v = v << 8 | static_cast<unsigned char>(word[i]);
  return v;
}
constexpr std::uint64_t low_bytes(std::size_t n) { return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1; }

std::uint64_t load64(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}

constexpr std::uint64_t tag_of(OpKind kind) { return (0x80U | static_cast<std::uint64_t>(kind)) << 56; }

// The common lines by their second byte, which tells the five names apart: the bytes the line starts
// with (a bare name with its '\n', push with its space), a mask of as many bytes, the record's high
// word for a bare name, and all ones for push.
struct CommonStart {
  std::uint64_t word = ~std::uint64_t{0};  // no line starts with 0xff…: no match
  std::uint64_t mask = 0;
  std::uint64_t tag = 0;
  std::uint64_t push = 0;
};
constexpr std::array<CommonStart, 256> common_starts = [] {
  std::array<CommonStart, 256> table{};
  for (const auto& [start, kind] : {std::pair{std::string_view("push "), OpKind::push},
                                    std::pair{std::string_view("pop\n"), OpKind::pop},
                                    std::pair{std::string_view("peek\n"), OpKind::peek},
                                    std::pair{std::string_view("size\n"), OpKind::size},
                                    std::pair{std::string_view("empty\n"), OpKind::empty}}) {
    const bool push = kind == OpKind::push;
    table[static_cast<unsigned char>(start[1])] = {pack(start), low_bytes(start.size()), push ? 0 : tag_of(kind),
                                                   push ? ~std::uint64_t{0} : 0};
  }
  return table;
}();

// Where the '\n's are in the 64 bytes at a chunk, and the bytes that end a token inside a line
// (' ', '\t', ',', '\r'): one bit a byte.
struct Masks {
  std::uint64_t newlines;
  std::uint64_t enders;
};

struct PortableMasks {
  static Masks of(const char* p) {
#if defined(__SSE2__)
    Masks m{0, 0};
    for (int i = 0; i < 4; ++i) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
      const auto eq = [&bytes](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
      const auto bits = [](__m128i set) { return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(set))}; };
      m.newlines |= bits(eq('\n')) << (16 * i);
      m.enders |= bits(_mm_or_si128(_mm_or_si128(eq(' '), eq('\t')), _mm_or_si128(eq(','), eq('\r')))) << (16 * i);
    }
    return m;
#else
    Masks m{0, 0};
    for (unsigned i = 0; i < 64; ++i) {
      const char c = p[i];
      m.newlines |= std::uint64_t{c == '\n'} << i;
      m.enders |= std::uint64_t{c != '\n' && io::ends_token[static_cast<unsigned char>(c)]} << i;
    }
    return m;
#endif
  }
};

#ifdef PREP_STACK_QUEUE_AVX2
// The enders by one table look-up of each byte's low nibble: ' ' 0x20, '\t' 0x09, ',' 0x2c and '\r'
// 0x0d have different ones, a byte below 0x80 matches only the entry equal to it, and a byte from
// 0x80 on looks up 0 (the table once for each 16-byte lane).
alignas(32) constexpr std::array<char, 32> ender_table = [] {
  std::array<char, 32> table{};
  for (std::size_t i = 0; i < table.size(); ++i) table[i] = -1;
  for (std::size_t lane = 0; lane < table.size(); lane += 16) {
    for (const char c : {' ', '\t', ',', '\r'}) table[lane + (static_cast<unsigned char>(c) & 0xfU)] = c;
  }
  return table;
}();

struct Avx2Masks {
  __attribute__((target("avx2"))) static Masks of(const char* p) {
    const __m256i table = _mm256_load_si256(reinterpret_cast<const __m256i*>(ender_table.data()));
    Masks m{0, 0};
    for (int i = 0; i < 2; ++i) {
      const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * i));
      const __m256i newline = _mm256_cmpeq_epi8(bytes, _mm256_set1_epi8('\n'));
      const __m256i ender = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(table, bytes), bytes);
      const auto newlines = static_cast<std::uint32_t>(_mm256_movemask_epi8(newline));
      const auto enders = static_cast<std::uint32_t>(_mm256_movemask_epi8(ender));
      m.newlines |= std::uint64_t{newlines} << (32 * i);
      m.enders |= std::uint64_t{enders} << (32 * i);
    }
    return m;
  }
};
#endif

// parse_common_lines with the masks of M. A chunk of 64 bytes gives the '\n's; each line between two
// of them is told by one table look-up of its second byte and one comparison of its first 8 bytes,
// with no branch on which operation it is (they come in no order a predictor could learn). A push's
// value holds no ender when the last ender before the line's '\n' is the space after "push" (this
// chunk's enders and the last one's give it); its value is loaded with the '\n' after it into the
// record.
template <class M>
[[gnu::always_inline]] inline CommonLines common_lines(const char* p, const char* end, std::span<PackedOperation> out) {
  constexpr std::size_t longest_value = 58;  // so that a push line is within the 64-byte window
  PackedOperation* o = out.data();
  PackedOperation* const o_end = o + out.size();
  const char* line = p;      // where the next line starts
  std::uint64_t before = 0;  // the last chunk's enders
  // A line starting in the chunk reads 21 bytes from its start (its first 8, a value's 16).
  for (const char* chunk = p; o != o_end && end - chunk >= 96; chunk += 64) {
    const Masks masks = M::of(chunk);
    for (std::uint64_t newlines = masks.newlines; newlines != 0; newlines &= newlines - 1) {
      const auto j = static_cast<unsigned>(std::countr_zero(newlines));
      const char* const newline = chunk + j;
      const auto n = static_cast<std::size_t>(newline - line);  // the line's length without its '\n'
      const CommonStart& start = common_starts[static_cast<unsigned char>(line[1])];
      // The enders of the 64 bytes up to the '\n' (bit 63: the '\n'), so that the last ender before
      // the '\n' is countl_zero bytes before it: for a push, the space after "push", n - 4 bytes back.
      const std::uint64_t window = masks.enders << (63 - j) | (before >> j) >> 1;
      const bool value_ok = static_cast<std::size_t>(std::countl_zero(window)) == n - 4;  // no ender in it
      const bool word_ok = (load64(line) & start.mask) == start.word;
      // "push ", then 1 to 14 bytes (or a bare name).
      if (word_ok & ((value_ok & (n - 6 < PackedOperation::max_inline)) | (start.push == 0))) [[likely]] {
        const std::uint64_t value_high = (load64(line + 13) & low_bytes(7)) | std::uint64_t{n - 4} << 56;
        const std::uint64_t low = (load64(line + 5) & start.push) | (reinterpret_cast<std::uintptr_t>(line) & ~start.push);
        *o = PackedOperation(low, (value_high & start.push) | start.tag);
      } else if (word_ok & value_ok & (start.push != 0) & (n - 6 < longest_value)) {
        // A longer value: where it is and its size.
        *o = PackedOperation(reinterpret_cast<std::uintptr_t>(line + 5), tag_of(OpKind::push) | (n - 5));
      } else {
        return {line, static_cast<std::size_t>(o - out.data())};
      }
      line = newline + 1;
      if (++o == o_end) break;
    }
    before = masks.enders;
  }
  return {line, static_cast<std::size_t>(o - out.data())};
}

CommonLines common_lines_portable(const char* p, const char* end, std::span<PackedOperation> out) {
  return common_lines<PortableMasks>(p, end, out);
}

#ifdef PREP_STACK_QUEUE_AVX2
// With AVX2 (and LZCNT, BMI for the bit arithmetic of each line).
__attribute__((target("avx2,bmi,bmi2,lzcnt"), flatten)) CommonLines common_lines_avx2(const char* p, const char* end,
                                                                                     std::span<PackedOperation> out) {
  return common_lines<Avx2Masks>(p, end, out);
}
#endif

using CommonLinesParser = CommonLines (*)(const char*, const char*, std::span<PackedOperation>);

CommonLinesParser common_lines_parser(LineParser parser) {
#ifdef PREP_STACK_QUEUE_AVX2
  // Every processor with AVX2 has BMI and LZCNT too; asked for all the same (LZCNT by cpuid: clang's
  // __builtin_cpu_supports does not know it).
  unsigned eax = 0;
  unsigned ebx = 0;
  unsigned ecx = 0;
  unsigned edx = 0;
  const bool lzcnt = __get_cpuid(0x80000001, &eax, &ebx, &ecx, &edx) != 0 && (ecx & bit_LZCNT) != 0;
  const bool avx2 =
      __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") && lzcnt;
  if (parser != LineParser::portable && avx2) return common_lines_avx2;
#endif
  (void)parser;
  return common_lines_portable;
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

PackedOperation::PackedOperation(const Operation& operation) {
  if (operation.kind != OpKind::push) {
    *this = PackedOperation(reinterpret_cast<std::uintptr_t>(operation.where), tag_of(operation.kind));
    return;
  }
  const std::string_view value = operation.value;
  if (value.size() <= max_inline) {
    char bytes[16] = {};
    std::memcpy(bytes, value.data(), value.size());
    bytes[value.size()] = '\n';
    bytes[15] = static_cast<char>(value.size() + 1);
    *this = PackedOperation(load64(bytes), load64(bytes + 8));
    return;
  }
  assert(value.size() < std::uint64_t{1} << 48);
  *this = PackedOperation(reinterpret_cast<std::uintptr_t>(value.data()), tag_of(OpKind::push) | value.size());
}

std::string_view PackedOperation::value() const {
  if (inline_push()) return {reinterpret_cast<const char*>(this), tag() - 1U};
  return {where(), static_cast<std::size_t>(high_ & low_bytes(6))};
}

Operation PackedOperation::operation() const {
  if (kind() == OpKind::push) return Operation{OpKind::push, value(), nullptr};
  return Operation{kind(), {}, where()};
}

CommonLines parse_common_lines(const char* p, const char* end, std::span<PackedOperation> out, LineParser parser) {
  static const CommonLinesParser fastest = common_lines_parser(LineParser::fastest);
  return (parser == LineParser::fastest ? fastest : common_lines_parser(parser))(p, end, out);
}

void Session::push(std::string_view value) {
  if (value.size() <= PackedOperation::max_inline) {
    queue_.push(PackedOperation(Operation{OpKind::push, value, nullptr}));
  } else {
    queue_.push(Entry(store_.add(value), std::uint64_t{stored} << 56));
  }
}

std::string_view Session::view(const Entry& entry) const {
  if (entry.tag() == stored) return store_.get(entry.low());
  return entry.value();
}

Reply Session::apply(const Operation& operation) {
  Reply reply;
  switch (operation.kind) {
    case OpKind::push: push(operation.value); break;
    case OpKind::pop: {
      if (queue_.empty()) return Reply{.kind = Reply::Kind::empty_queue};
      last_ = queue_.pop();
      reply.kind = Reply::Kind::value;
      reply.value = view(last_);
      if (last_.tag() == stored) store_.release(last_.low());  // the bytes stay until the next push
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

std::size_t Session::answer(std::span<const PackedOperation> ops, io::Output& out, bool lasting) {
  constexpr std::size_t room = std::size_t{64} << 10;  // bytes asked of out at a time
  constexpr std::size_t most = 25;                      // bytes a reply may write in the loop
  constexpr std::size_t run = room / most;              // operations answered without a check of room
  constexpr auto tag = [](OpKind kind) { return 0x80U | static_cast<unsigned>(kind); };
  static const Entry none(0, 0);
  const PackedOperation* op = ops.data();
  const PackedOperation* const ops_end = op + ops.size();
  algo::TwoStackQueue<Entry>::Batch queue(queue_);
  while (op != ops_end) {
    // A run of operations with room for all their replies and pushes, so the loop checks neither.
    const PackedOperation* const run_end = op + std::min<std::size_t>(run, static_cast<std::size_t>(ops_end - op));
    char* w = out.space(room);
    queue.reserve(static_cast<std::size_t>(run_end - op));
    for (; op != run_end; ++op) {
      const unsigned t = op->tag();
      const bool push = t < 0x80;
      const bool take = t - tag(OpKind::pop) < 2;  // pop or peek
      const Entry& front = queue.front_or(none);    // none: the out-stack is empty
      // The common cases (a short push; pop or peek of a short value already on the out-stack)
      // without a branch on which operation it is: they come in no order a predictor could learn.
      // A push's record is its entry; a pop or peek copies the front entry's value and '\n' (16
      // bytes: the next reply overwrites the rest). The others (a tenth of a typical input: empty,
      // size) take one branch.
      const unsigned rare = static_cast<unsigned>(t - tag(OpKind::empty) < 2) |  // empty, size
                            static_cast<unsigned>(t == tag(OpKind::push)) |        // a long push
                            (static_cast<unsigned>(take) & static_cast<unsigned>(front.tag() - 1 >= 0x7f));
      if (rare != 0) [[unlikely]] {
        if (t == tag(OpKind::push)) {  // a long value: its record (a view) if it lasts, else a copy
          queue.push_if(lasting ? *op : Entry(store_.add(op->value()), std::uint64_t{stored} << 56), true);
        } else if (t == tag(OpKind::empty)) {
          const bool empty = queue.empty();
          std::memcpy(w, empty ? "true\n\0\0" : "false\n\0", 8);
          w += empty ? 5 : 6;
        } else if (t == tag(OpKind::size)) {
          char digits[24] = {};  // copied whole: a copy of a size known at compile time is a few moves
          const auto size = static_cast<std::size_t>(std::to_chars(digits, digits + 20, queue.size()).ptr - digits);
          std::memcpy(w, digits, sizeof digits);
          w[size] = '\n';
          w += size + 1;
        } else {  // pop or peek: a transfer first, or a long value, or the queue is empty
          if (queue.empty()) {
            out.wrote(w);
            return static_cast<std::size_t>(op - ops.data());
          }
          queue.refill_if(true);
          const Entry& oldest = queue.front_or(none);
          if (!oldest.inline_push()) {  // a long value
            out.wrote(w);
            out.line(view(oldest));
            if (t == tag(OpKind::pop) && oldest.tag() == stored) store_.release(oldest.low());
            w = out.space(room);
          } else {
            std::memcpy(w, &oldest, sizeof oldest);
            w += oldest.tag();
          }
          queue.pop_if(t == tag(OpKind::pop));
        }
        continue;
      }
      // A selection by a mask: GCC turns `c ? a : b` on these into branches.
      const std::uint64_t push_mask = 0 - std::uint64_t{push};
      queue.push_if(*op, push);
      std::memcpy(w, &front, sizeof front);
      w += front.tag() & ~push_mask;
      queue.pop_if(t == tag(OpKind::pop));
    }
    out.wrote(w);
  }
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
