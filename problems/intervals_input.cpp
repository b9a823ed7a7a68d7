#include "problems/intervals_input.hpp"

#include <fmt/format.h>

#include "cli/io/literal.hpp"
#include "cli/io/text.hpp"

namespace prep::problems {

namespace {

void check_order(const io::Input& input, const char* where, const algo::Interval& interval, IntervalKind kind) {
  if (kind == IntervalKind::closed && interval.start > interval.end) {
    throw input.error_at(where, fmt::format("START {} is greater than END {}", interval.start, interval.end));
  }
  if (kind == IntervalKind::half_open && interval.start >= interval.end) {
    throw input.error_at(where, fmt::format("START {} is not less than END {} (meetings are [START, END))",
                                            interval.start, interval.end));
  }
}

IntervalInput read_literal(io::Input& input, IntervalKind kind) {
  const std::string_view text = input.rest();
  const char* end = nullptr;
  const io::Literal literal = io::parse_literal(input, text, &end);
  const char* after = end;
  while (after != text.data() + text.size() && (io::is_blank(*after) || *after == '\n')) ++after;
  if (after != text.data() + text.size()) throw input.error_at(after, "unexpected text after the list");

  const io::LiteralNode& root = literal.root();
  if (root.kind != io::LiteralNode::Kind::array) {
    throw input.error_at(root.where, fmt::format("expected a list of [START,END] pairs, found {}", io::kind_name(root)));
  }
  IntervalInput result;
  result.leetcode = true;
  result.intervals.reserve(root.size);
  for (const io::LiteralNode& pair : literal.elements(root)) {
    if (pair.kind != io::LiteralNode::Kind::array || pair.size != 2) {
      throw input.error_at(pair.where, fmt::format("expected [START,END], found {}",
                                                   pair.kind == io::LiteralNode::Kind::array
                                                       ? fmt::format("a list of {} values", pair.size)
                                                       : std::string(io::kind_name(pair))));
    }
    const io::LiteralNode& start = literal.node(pair.first);
    const io::LiteralNode& end_node = literal.node(start.next);
    for (const io::LiteralNode* value : {&start, &end_node}) {
      if (value->kind != io::LiteralNode::Kind::integer) {
        throw input.error_at(value->where, fmt::format("expected an integer, found {}", io::kind_name(*value)));
      }
    }
    const algo::Interval interval{start.integer, end_node.integer};
    check_order(input, pair.where, interval, kind);
    result.intervals.push_back(interval);
  }
  return result;
}

// One plain decimal integer of at most 18 digits at p (which moves past it); false for anything
// else, which the general path then parses and reports exactly.
inline bool plain_int(const char*& p, const char* end, std::int64_t& value) {
  const bool negative = p != end && *p == '-';
  const char* q = p + (negative ? 1 : 0);
  const char* const digits = q;
  std::uint64_t v = 0;
  while (q != end && static_cast<unsigned>(*q - '0') <= 9) v = v * 10 + static_cast<unsigned>(*q++ - '0');
  if (q == digits || q - digits > 18) return false;
  value = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  p = q;
  return true;
}

// The common line, "START END" with plain integers, without the general tokenizer.
inline bool plain_pair(std::string_view text, algo::Interval& interval) {
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p != end && io::is_blank(*p)) ++p;
  if (!plain_int(p, end, interval.start) || p == end || !io::is_separator(*p)) return false;
  while (p != end && io::is_separator(*p)) ++p;
  if (!plain_int(p, end, interval.end)) return false;
  while (p != end && (io::is_separator(*p) || *p == '\r')) ++p;
  return p == end;
}

}  // namespace

IntervalInput read_intervals(io::Input& input, IntervalKind kind) {
  if (input.peek_nonblank() == '[') return read_literal(input, kind);
  IntervalInput result;
  // The shortest line, "1 2\n", has four bytes: reserve for that many (untouched pages cost nothing).
  result.intervals.reserve(input.size_hint() / 4);
  io::Line line;
  while (input.next_record(line)) {
    algo::Interval plain{};
    if (plain_pair(line.text, plain)) [[likely]] {
      if (plain.start > plain.end || (kind == IntervalKind::half_open && plain.start == plain.end)) {
        check_order(input, line.text.data() + line.text.find_first_not_of(" \t"), plain, kind);
      }
      result.intervals.push_back(plain);
      continue;
    }
    io::Tokens tokens(line.text);
    std::string_view start;
    std::string_view end;
    tokens.next(start);
    if (!tokens.next(end)) throw input.error_at(tokens.end(), "missing END: expected 'START END'");
    std::string_view extra;
    if (tokens.next(extra)) throw input.error_at(extra.data(), fmt::format("unexpected {}: expected 'START END'", io::quote(extra)));
    const algo::Interval interval{io::expect_int64(input, start, "START"), io::expect_int64(input, end, "END")};
    check_order(input, start.data(), interval, kind);
    result.intervals.push_back(interval);
  }
  return result;
}

}  // namespace prep::problems
