// lru.cpp — `prep lru`: an LRU or LFU cache with TTLs, one operation per line or LeetCode's design form.
#include "problems/lru.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cli/io/read_ahead.hpp"
#include "cli/io/text.hpp"
#include "problems/design_input.hpp"

namespace prep::problems::lru {

namespace {

struct OpName {
  std::string_view name;
  OpKind kind;
  int keys;          // KEY tokens: 0, 1, or 2 for KEY VALUE
  bool number;       // takes a number (required, or optional after KEY VALUE for put)
  std::string_view usage;
};
constexpr OpName op_names[] = {
    {"get", OpKind::get, 1, false, "get KEY"},
    {"put", OpKind::put, 2, true, "put KEY VALUE [TTL]"},
    {"del", OpKind::del, 1, false, "del KEY"},
    {"ttl", OpKind::ttl, 1, false, "ttl KEY"},
    {"tick", OpKind::tick, 0, true, "tick N"},
    {"stats", OpKind::stats, 0, false, "stats"},
    {"capacity", OpKind::capacity, 0, true, "capacity N"},
};
constexpr std::string_view op_list = "capacity, put, get, del, ttl, tick or stats";

const OpName* find_op(std::string_view name) {
  for (const OpName& op : op_names) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

// The number of an operation: its name in messages, and the smallest value allowed.
std::string_view number_name(OpKind kind) { return kind == OpKind::put ? "TTL" : "N"; }
std::int64_t number_minimum(OpKind kind) { return kind == OpKind::put ? 1 : 0; }
std::string number_rule(OpKind kind) {
  switch (kind) {
    case OpKind::put: return "TTL must be a positive integer";
    case OpKind::tick: return "tick N must not be negative: the clock only goes forward";
    default: return "capacity N must not be negative";
  }
}

algo::EvictionPolicy policy_of(std::string_view name) {
  return name == "lfu" ? algo::EvictionPolicy::lfu : algo::EvictionPolicy::lru;
}

std::optional<std::int64_t> capacity_option(const Options& options) {
  const std::optional<std::int64_t> capacity = options.integer("capacity");
  if (capacity && *capacity < 0) throw io::UsageError(fmt::format("--capacity {} must not be negative", *capacity));
  return capacity;
}

struct Parsed;
const char* parse_common_at(const char* p, const char* end, Parsed& parsed);

// Operations read ahead of the one being executed: enough to overlap the cache misses of several
// lookups, few enough that their keys stay in L1. An operation read now is executed in_flight
// operations later; its table slot is prefetched at once, its entry entry_age operations later.
constexpr std::size_t in_flight = 16;
constexpr std::size_t entry_age = 8;

// An operation read ahead. Its key and value point into the input when those stay valid (a mapped
// file), else into its own copies (the line they came from is gone by the time it runs; the
// buffers are reused, so copying allocates only for long tokens).
struct Pending {
  Operation operation;
  std::string key;
  std::string value;
  std::uint64_t hash = 0;
};

// An operation as the reader hands it over: 16 bytes, not a whole Operation (80 with the hash), as
// every byte written by the reader is read again by the other core (10M operations: 160 MB, not 800
// MB, go between them; 32-byte records, with the whole hash and the number, took 3-5 ms more a run).
// The common lines (`get KEY`, `put KEY VALUE [TTL]`, `del KEY`, `tick N`, one space between
// tokens, tokens of at most 255 bytes, N below 2^32) come parsed, their key's hash reduced to the
// 32 bits the cache reads (its tag); any other line comes as its text, parsed on the calling thread
// (it is rare; its errors are thrown there, in order). A put's TTL is checked by the reader and read
// again from the line by the consumer. Views into the line are valid as long as the line is.
struct Parsed {
  enum class Kind : std::uint8_t { get, put, put_ttl, del, tick, other };
  const char* line = nullptr;  // the line: where the operation's name is
  std::uint32_t word = 0;      // get, put, del: the key's hash tag; tick: N; other: the line's length, low half
  std::uint8_t key_size = 0;    // the key starts at line + 4; other: bits 32..39 of the length
  std::uint8_t value_size = 0;  // put: the value starts after the key and one space; other: bits 40..47
  Kind kind = Kind::other;
  std::uint8_t length_top = 0;  // other: bits 48..55 of the length

  [[nodiscard]] std::string_view key() const { return {line + 4, key_size}; }
  [[nodiscard]] std::string_view value() const { return {line + 4 + key_size + 1, value_size}; }
  // The key's hash as algo::Cache reads it: its high half (the reader kept only that).
  [[nodiscard]] std::uint64_t hash() const { return std::uint64_t{word} << 32; }
  [[nodiscard]] const char* ttl_text() const { return line + 4 + key_size + 1 + value_size + 1; }
  [[nodiscard]] std::optional<std::int64_t> ttl() const;
  // An `other` line's text.
  [[nodiscard]] std::string_view text() const {
    const std::uint64_t length = word | (std::uint64_t{key_size} << 32) | (std::uint64_t{value_size} << 40) |
                                 (std::uint64_t{length_top} << 48);
    return {line, static_cast<std::size_t>(length)};
  }
  // The Operation of a line that is not `other`, as parse_line would make it.
  [[nodiscard]] Operation operation() const {
    switch (kind) {
      case Kind::get: return Operation{OpKind::get, key(), {}, std::nullopt, line, nullptr};
      case Kind::del: return Operation{OpKind::del, key(), {}, std::nullopt, line, nullptr};
      case Kind::tick: return Operation{OpKind::tick, {}, {}, std::int64_t{word}, line, line + 5};
      case Kind::put: return Operation{OpKind::put, key(), value(), std::nullopt, line, nullptr};
      default: return Operation{OpKind::put, key(), value(), ttl(), line, ttl_text()};
    }
  }
};
static_assert(sizeof(Parsed) == 16);

// The Operation and key hash of a parsed line; parse_line (which throws InputError at a bad token)
// for an `other` one.
std::pair<Operation, std::uint64_t> operation_of(const io::Input& input, const Parsed& parsed) {
  if (parsed.kind != Parsed::Kind::other) return {parsed.operation(), parsed.hash()};
  const Operation operation = parse_line(input, parsed.text());
  return {operation, algo::Cache::hash(operation.key)};
}

// Answers the operations of a block in order, as consume_one would, until one fails its check.
// Returns the number answered: block.size() when all were, else failure is the failed check's
// verdict and failed the operation. The operations' keys and values stay valid (a mapped input), so
// nothing is copied; the next operations' table slots and entries are prefetched in_flight and
// entry_age operations ahead, within the block. get, put and del run on the cache directly once
// the session takes them unchecked (Session::takes_common); everything else goes through the
// session. An `other` line is parsed here: its InputError goes out after the replies before it.
std::size_t answer_block(const io::Input& input, Session& session, std::span<const Parsed> block, io::Output& out,
                         Reply& failure, Operation& failed) {
  constexpr std::size_t room = std::size_t{64} << 10;  // bytes asked of out at a time
  constexpr std::size_t most = 24;                      // bytes a short reply may write in the loop
  char* w = nullptr;
  char* limit = nullptr;
  const auto make_room = [&] {  // after out.wrote(w)
    w = out.space(room);
    limit = w + room - most;
  };
  make_room();
  algo::Cache* cache = session.takes_common() ? session.cache() : nullptr;
  const std::size_t n = block.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (w > limit) {
      out.wrote(w);
      make_room();
    }
    if (cache != nullptr) {
      if (i + in_flight < n) cache->prefetch_slot(block[i + in_flight].hash());
      if (i + entry_age < n) cache->prefetch_entry(block[i + entry_age].hash());
    }
    const Parsed& parsed = block[i];
    using Kind = Parsed::Kind;
    switch (cache != nullptr ? parsed.kind : Kind::other) {
      case Kind::get:
        if (const auto value = cache->get(parsed.key(), parsed.hash())) {
          if (value->size() < algo::Cache::inline_bytes) {
            std::memcpy(w, value->data(), algo::Cache::inline_bytes);
            w[value->size()] = '\n';
            w += value->size() + 1;
          } else {
            out.wrote(w);
            out.line(*value);
            make_room();
          }
        } else {
          std::memcpy(w, "-1\n", 4);
          w += 3;
        }
        break;
      case Kind::put: cache->put(parsed.key(), parsed.value(), std::nullopt, parsed.hash()); break;
      case Kind::put_ttl: cache->put(parsed.key(), parsed.value(), parsed.ttl(), parsed.hash()); break;
      case Kind::del:
        std::memcpy(w, cache->erase(parsed.key(), parsed.hash()) ? "1\n" : "0\n", 3);
        w += 2;
        break;
      default: {
        out.wrote(w);
        const auto [operation, hash] = operation_of(input, parsed);
        failure = session.check(operation);
        if (failure.kind == Reply::Kind::error) {
          failed = operation;
          return i;
        }
        render(session.execute(operation, hash), out);
        cache = session.takes_common() ? session.cache() : nullptr;
        make_room();
        break;
      }
    }
  }
  out.wrote(w);
  return n;
}

void run_lines(Context& context) {
  io::Input& input = context.input;
  io::Output& out = context.out;
  const std::optional<std::string> policy = context.options.text("policy");
  Session session(policy_of(policy.value_or("lru")), capacity_option(context.options));
  const bool json = context.options.json();
  io::JsonWriter writer(out);
  if (json) writer.begin_array();

  std::array<Pending, in_flight> pending;
  std::size_t oldest = 0;
  std::size_t count = 0;
  const auto execute_oldest = [&] {
    const Pending& p = pending[oldest];
    const Reply reply = session.execute(p.operation, p.hash);
    if (json) {
      if (reply.kind != Reply::Kind::none) render(reply, writer);
    } else {
      render(reply, out);
    }
    oldest = (oldest + 1) % in_flight;
    --count;
  };
  const auto drain = [&] {
    while (count > 0) execute_oldest();
  };
  // Before the input waits for more (a pipe, a person typing), answer everything read so far.
  const io::Input::ScopedWaitHook answer_before_waiting(input, drain);

  const auto fast = [](const char* p, const char* end, Parsed& parsed) { return parse_common_at(p, end, parsed); };
  // Any other line is handed over as its text, and parsed by consume.
  const auto parse = [](const io::Line& line) {
    Parsed parsed;
    parsed.line = line.text.data();
    const std::uint64_t length = line.text.size();
    parsed.word = static_cast<std::uint32_t>(length);
    parsed.key_size = static_cast<std::uint8_t>(length >> 32);
    parsed.value_size = static_cast<std::uint8_t>(length >> 40);
    parsed.length_top = static_cast<std::uint8_t>(length >> 48);
    return parsed;
  };
  const auto consume_one = [&](const Parsed& parsed, bool lasting) {
    const auto [operation, hash] = operation_of(input, parsed);
    const Reply verdict = session.check(operation);
    if (verdict.kind == Reply::Kind::error) {
      throw input.error_at(verdict.error_at_number ? operation.number_where : operation.where, verdict.error);
    }
    if (count == in_flight) execute_oldest();
    Pending& p = pending[(oldest + count) % in_flight];
    p.hash = hash;
    session.prefetch_slot(p.hash);
    p.operation = operation;
    if (!lasting) {
      p.key.assign(operation.key);
      p.value.assign(operation.value);
      p.operation.key = p.key;
      p.operation.value = p.value;
    }
    ++count;
    if (count > entry_age) session.prefetch_entry(pending[(oldest + count - 1 - entry_age) % in_flight].hash);
  };
  // A block read ahead (a mapped file, text output) is answered in one loop that keeps the next
  // operations' prefetches in flight and writes replies straight into the output buffer.
  const auto consume = [&](std::span<Parsed> block, bool lasting) {
    if (lasting && !json) {  // consume_one never runs on this path: nothing is pending
      Reply verdict;
      Operation operation;
      const std::size_t answered = answer_block(input, session, block, out, verdict, operation);
      if (answered != block.size()) {
        throw input.error_at(verdict.error_at_number ? operation.number_where : operation.where, verdict.error);
      }
      return;
    }
    for (const Parsed& parsed : block) consume_one(parsed, lasting);
  };
  // The reader gives the input's pages back (off this thread's time, which bounds the run's). The
  // few operations pending across blocks on the JSON path may then read their text again from the
  // file: only slower.
  try {
    io::for_each_record_block<Parsed, io::GiveBack::worker>(input, parse, consume, fast);
  } catch (const io::InputError&) {
    drain();  // the lines before the bad one are answered first
    throw;
  }
  drain();
  if (json) {
    writer.end_array();
    writer.finish();
  }
}

// An integer argument of a design-form call, checked as on a line.
std::int64_t design_number(const io::Input& input, const DesignCall& call, const std::string& token, OpKind kind) {
  const io::IntParse r = io::parse_int64(token);
  if (r.status != io::IntStatus::ok) {
    throw input.error_at(call.args_where, fmt::format("expected an integer for {}, found {}", number_name(kind), io::quote(token)));
  }
  if (r.value < number_minimum(kind)) throw input.error_at(call.args_where, number_rule(kind));
  return r.value;
}

// LeetCode's form is one answer (one array), so it is printed whole or not at all.
void run_design(Context& context) {
  io::Input& input = context.input;
  context.out.hold(true);
  const DesignInput design = read_design(input);
  const DesignCall& constructor = design.calls.front();
  if (constructor.method != "LRUCache" && constructor.method != "LFUCache") {
    throw input.error_at(constructor.where, fmt::format("expected the class name \"LRUCache\" or \"LFUCache\" first, found {}",
                                                        io::quote(constructor.method)));
  }
  const std::string_view chosen = constructor.method == "LFUCache" ? "lfu" : "lru";
  const std::optional<std::string> policy = context.options.text("policy");
  if (policy && *policy != chosen) {
    throw io::UsageError(fmt::format("--policy {} contradicts the class {} of the input", *policy, constructor.method));
  }
  if (constructor.args.size() != 1) {
    throw input.error_at(constructor.args_where, fmt::format("{} takes one argument: [capacity]", constructor.method));
  }
  std::optional<std::int64_t> capacity = capacity_option(context.options);
  const std::int64_t declared = design_number(input, constructor, constructor.args.front(), OpKind::capacity);
  Session session(policy_of(chosen), capacity ? capacity : declared);

  io::JsonWriter writer(context.out);
  writer.begin_array();
  writer.null();
  for (std::size_t i = 1; i < design.calls.size(); ++i) {
    const DesignCall& call = design.calls[i];
    const OpName* op = find_op(call.method);
    if (op == nullptr || op->kind == OpKind::capacity) {
      throw input.error_at(call.where, fmt::format("unknown method {}: expected put, get, del, ttl, tick or stats",
                                                   io::quote(call.method)));
    }
    const std::size_t most = static_cast<std::size_t>(op->keys) + (op->number ? 1U : 0U);
    const std::size_t least = op->kind == OpKind::put ? 2U : most;
    if (call.args.size() < least || call.args.size() > most) {
      const std::string_view wanted = op->usage.substr(std::min(op->usage.size(), op->name.size() + 1));
      throw input.error_at(call.args_where, fmt::format("{} takes {}, found {} argument{}", op->name,
                                                        wanted.empty() ? "no arguments" : wanted, call.args.size(),
                                                        call.args.size() == 1 ? "" : "s"));
    }
    Operation operation{op->kind, {}, {}, std::nullopt, call.where, call.args_where};
    if (op->keys >= 1) operation.key = call.args[0];
    if (op->keys >= 2) operation.value = call.args[1];
    if (call.args.size() > static_cast<std::size_t>(op->keys)) {
      operation.number = design_number(input, call, call.args.back(), op->kind);
    }
    const Reply reply = session.apply(operation);
    if (reply.kind == Reply::Kind::error) throw input.error_at(call.where, reply.error);
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

// The end of the token starting at p (at end, or at a separator or '\r').
const char* token_end(const char* p, const char* end) {
  while (p != end && !io::is_separator(*p) && *p != '\r') ++p;
  return p;
}

// The lines that make up nearly all of a big input, `get KEY` and `put KEY VALUE` with one space
// between tokens, parsed without the general path's table lookup; false for anything else.
bool parse_common(std::string_view line, Operation& operation) {
  if (line.size() < 5 || line[3] != ' ') return false;
  const bool get = line.starts_with("get");
  if (!get && !line.starts_with("put")) return false;
  const char* const end = line.data() + line.size();
  const char* key = line.data() + 4;
  const char* key_end = token_end(key, end);
  if (key_end == key) return false;
  if (get) {
    if (key_end != end) return false;
    operation = Operation{OpKind::get, {key, static_cast<std::size_t>(key_end - key)}, {}, std::nullopt, line.data(), nullptr};
    return true;
  }
  if (key_end == end || *key_end != ' ') return false;
  const char* value = key_end + 1;
  const char* value_end = token_end(value, end);
  if (value_end == value || value_end != end) return false;
  operation = Operation{OpKind::put, {key, static_cast<std::size_t>(key_end - key)},
                        {value, static_cast<std::size_t>(value_end - value)}, std::nullopt, line.data(), nullptr};
  return true;
}

// Where the token starting at q ends (at end, or at a byte of io::ends_token): 16 bytes at a time
// where the text goes on that far, so a key or value of up to 16 bytes takes one step, not a
// (mispredicted) loop over its bytes.
const char* token_end_at(const char* q, const char* end) {
#if defined(__SSE2__)
  while (end - q >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const auto eq = [&bytes](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
    const __m128i enders = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(' '), eq('\n')), _mm_or_si128(eq('\t'), eq(','))), eq('\r'));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(enders));
    if (mask != 0) return q + std::countr_zero(mask);
    q += 16;
  }
#endif
  while (q != end && !io::ends_token[static_cast<unsigned char>(*q)]) ++q;
  return q;
}

#if defined(__SSE2__)
// A bit for each of the 32 bytes at p that may end a token: bytes up to ' ' (space, '\t', '\n', '\r',
// and the other control bytes) and ','. Two steps a half instead of one per separator; a control byte
// that is not an ender (io::ends_token) is caught too, but the caller accepts only a ' ' or '\n' where
// a token ends, so such a line goes to the general path as before.
std::uint32_t token_ends32(const char* p) {
  const auto half = [](const char* q) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(' ')), bytes);
    const __m128i comma = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(','));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(low, comma)));
  };
  return half(p) | (half(p + 16) << 16);
}
#endif

// The number at q, digits only (at most 18: it cannot overflow) and then '\n': its value in value
// and where the next line starts, or nullptr.
const char* digits_at(const char* q, const char* end, std::int64_t& value) {
  const char* const start = q;
  std::int64_t v = 0;
  for (; q != end && q - start <= 18 && static_cast<unsigned char>(*q - '0') < 10; ++q) v = v * 10 + (*q - '0');
  if (q == start || q - start > 18 || q == end || *q != '\n') return nullptr;
  value = v;
  return q + 1;
}

std::optional<std::int64_t> Parsed::ttl() const {
  if (kind != Kind::put_ttl) return std::nullopt;
  std::int64_t ttl = 0;  // the reader checked the text: at most 18 digits, then '\n'
  for (const char* q = ttl_text(); *q != '\n'; ++q) ttl = ttl * 10 + (*q - '0');
  return ttl;
}

// The common lines (see Parsed) starting at p, for io::for_each_record_block: where the next line
// starts, or nullptr for any other line (parse_line's then). One pass over the line; the last few
// bytes of the text take the general path. It accepts only lines that parse_line reads the same way:
// tokens end at a separator, '\r' or '\n', and a TTL is positive.
const char* parse_common_at(const char* p, const char* end, Parsed& parsed) {
  if (end - p < 8) return nullptr;
  Parsed::Kind kind = Parsed::Kind::put;
  if (std::memcmp(p, "get ", 4) == 0) {
    kind = Parsed::Kind::get;
  } else if (std::memcmp(p, "del ", 4) == 0) {
    kind = Parsed::Kind::del;
  } else if (std::memcmp(p, "put ", 4) != 0) {
    if (std::memcmp(p, "tick ", 5) != 0) return nullptr;
    std::int64_t n = 0;
    const char* next = digits_at(p + 5, end, n);
    if (next == nullptr || n > std::int64_t{std::numeric_limits<std::uint32_t>::max()}) return nullptr;
    parsed.line = p;
    parsed.word = static_cast<std::uint32_t>(n);
    parsed.kind = Parsed::Kind::tick;
    return next;
  }
  constexpr std::ptrdiff_t longest = 0xff;  // key_size and value_size are 8 bits
  const char* const key = p + 4;
  // Where the tokens end, from one look at the line's first 32 bytes when the text goes on that far
  // (bits past the name); token_end_at for a token that ends further on.
  std::uint32_t ends = 0;
#if defined(__SSE2__)
  if (end - p >= 32) ends = token_ends32(p) & ~std::uint32_t{0xf};
#endif
  const char* q = ends != 0 ? p + std::countr_zero(ends) : token_end_at(key, end);
  if (q == end || q == key || q - key > longest) return nullptr;
  parsed.line = p;
  parsed.key_size = static_cast<std::uint8_t>(q - key);
  parsed.kind = kind;
  parsed.word = static_cast<std::uint32_t>(algo::Cache::hash(parsed.key()) >> 32);
  if (kind != Parsed::Kind::put) return *q == '\n' ? q + 1 : nullptr;
  if (*q != ' ') return nullptr;
  const char* const value = q + 1;
  ends &= ends - 1;  // the key's end cleared (ends is 0, or the key's end was its lowest bit)
  q = ends != 0 ? p + std::countr_zero(ends) : token_end_at(value, end);
  if (q == end || q == value || q - value > longest) return nullptr;
  parsed.value_size = static_cast<std::uint8_t>(q - value);
  if (*q == '\n') return q + 1;
  if (*q != ' ') return nullptr;
  std::int64_t ttl = 0;
  const char* next = digits_at(q + 1, end, ttl);
  if (next == nullptr || ttl <= 0) return nullptr;
  parsed.kind = Parsed::Kind::put_ttl;  // the consumer reads the TTL again (Parsed::ttl)
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
    throw input.error_at(name.data(), fmt::format("unknown operation {}: expected {}", io::quote(name), op_list));
  }
  Operation operation{op->kind, {}, {}, std::nullopt, name.data(), nullptr};
  const auto missing = [&](std::string_view what) {
    return input.error_at(tokens.end(), fmt::format("missing {}: expected '{}'", what, op->usage));
  };
  if (op->keys >= 1 && !tokens.next(operation.key)) throw missing("KEY");
  if (op->keys >= 2 && !tokens.next(operation.value)) throw missing("VALUE");
  if (op->number) {
    std::string_view token;
    if (tokens.next(token)) {
      operation.number = io::expect_int64(input, token, number_name(op->kind));
      operation.number_where = token.data();
      if (*operation.number < number_minimum(op->kind)) throw input.error_at(token.data(), number_rule(op->kind));
    } else if (op->kind != OpKind::put) {
      throw missing(number_name(op->kind));
    }
  }
  std::string_view extra;
  if (tokens.next(extra)) {
    throw input.error_at(extra.data(), fmt::format("unexpected {}: expected '{}'", io::quote(extra), op->usage));
  }
  return operation;
}

Session::Session(algo::EvictionPolicy policy, std::optional<std::int64_t> capacity)
    : policy_(policy), capacity_fixed_(capacity.has_value()), configured_(capacity.has_value()) {
  if (capacity) cache_.emplace(policy_, static_cast<std::uint64_t>(*capacity));
}

Reply Session::apply(const Operation& operation) {
  const Reply verdict = check(operation);
  if (verdict.kind == Reply::Kind::error) return verdict;
  return execute(operation, algo::Cache::hash(operation.key));
}

Reply Session::check(const Operation& operation) {
  const bool first = !checked_any_;
  checked_any_ = true;
  if (operation.kind == OpKind::capacity) {
    if (!first) return Reply{.kind = Reply::Kind::error, .error = "'capacity N' must be the first line"};
    configured_ = true;
    return {};
  }
  if (!configured_) {
    return Reply{.kind = Reply::Kind::error,
                 .error = "no capacity: the first line must be 'capacity N' (or use --capacity N)"};
  }
  if (operation.kind == OpKind::tick) {
    if (*operation.number > std::numeric_limits<std::int64_t>::max() - clock_) {
      return Reply{.kind = Reply::Kind::error, .error = "the clock would pass 2^63 - 1", .error_at_number = true};
    }
    clock_ += *operation.number;
  }
  return {};
}

Reply Session::execute(const Operation& operation, std::uint64_t hash) {
  Reply reply;
  if (operation.kind == OpKind::capacity) {
    // --capacity replaces the line's value.
    if (!capacity_fixed_) cache_.emplace(policy_, static_cast<std::uint64_t>(*operation.number));
    return reply;
  }
  algo::Cache& cache = *cache_;
  switch (operation.kind) {
    case OpKind::capacity: break;
    case OpKind::put: cache.put(operation.key, operation.value, operation.number, hash); break;
    case OpKind::get:
      if (const auto value = cache.get(operation.key, hash)) {
        reply.kind = Reply::Kind::value;
        reply.value = *value;
      } else {
        reply.kind = Reply::Kind::integer;
        reply.integer = -1;
      }
      break;
    case OpKind::del:
      reply.kind = Reply::Kind::integer;
      reply.integer = cache.erase(operation.key, hash) ? 1 : 0;
      break;
    case OpKind::ttl:
      reply.kind = Reply::Kind::integer;
      reply.integer = cache.ttl(operation.key, hash);
      break;
    case OpKind::tick: cache.advance(*operation.number); break;
    case OpKind::stats:
      reply.kind = Reply::Kind::stats;
      reply.stats = cache.stats();
      break;
  }
  return reply;
}

void Session::prefetch_slot(std::uint64_t hash) const {
  if (cache_) cache_->prefetch_slot(hash);
}

void Session::prefetch_entry(std::uint64_t hash) const {
  if (cache_) cache_->prefetch_entry(hash);
}


void render(const Reply& reply, io::Output& out) {
  switch (reply.kind) {
    case Reply::Kind::none:
    case Reply::Kind::error: return;
    case Reply::Kind::value: out.write(reply.value); break;
    case Reply::Kind::integer: out.integer(reply.integer); break;
    case Reply::Kind::stats:
      out.print("hits={} misses={} evictions={} expirations={} size={}", reply.stats.hits, reply.stats.misses,
                reply.stats.evictions, reply.stats.expirations, reply.stats.size);
      break;
  }
  out.put('\n');
}

void render(const Reply& reply, io::JsonWriter& json) {
  switch (reply.kind) {
    case Reply::Kind::none:
    case Reply::Kind::error: json.null(); break;
    case Reply::Kind::value: json_token(json, reply.value); break;
    case Reply::Kind::integer: json.value(reply.integer); break;
    case Reply::Kind::stats: {
      const auto count = [](std::uint64_t n) { return static_cast<std::int64_t>(n); };
      json.begin_object();
      json.field("hits", count(reply.stats.hits));
      json.field("misses", count(reply.stats.misses));
      json.field("evictions", count(reply.stats.evictions));
      json.field("expirations", count(reply.stats.expirations));
      json.field("size", count(reply.stats.size));
      json.end_object();
      break;
    }
  }
}

const Problem& problem() {
  static const Problem description{
      .name = "lru",
      .summary = "LRU/LFU cache with O(1) get and put, TTLs, ttl and stats (LeetCode 146/460)",
      .complexity = "O(1) per operation (O(log n) to set or clear a TTL); O(capacity) space",
      .explanation = "lru/explain.txt",
      .samples = {{.args = {}, .input = "lru/sample.txt"},
                  {.args = {"--policy", "lfu"}, .input = "lru/sample.txt"},
                  {.args = {}, .input = "lru/leetcode.txt"}},
      .options = {{.flags = "--policy", .key = "policy", .kind = OptionSpec::Kind::choice,
                   .help = "eviction policy: lru (least recently used, the default) or lfu (least frequently "
                           "used, ties by least recent use)",
                   .choices = {"lru", "lfu"}, .value_name = "lru|lfu"},
                  {.flags = "--capacity", .key = "capacity", .kind = OptionSpec::Kind::integer,
                   .help = "the capacity, instead of a first line 'capacity N' (replaces it if there is one)",
                   .value_name = "N"}},
      .streaming = true,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::lru
