#include "cli/io/literal.hpp"

#include <cctype>

#include <fmt/format.h>

#include "algorithms/utf8.hpp"
#include "cli/io/text.hpp"

namespace prep::io {

class LiteralParser {
 public:
  LiteralParser(const Input& input, std::string_view text)
      : input_(input), start_(text.data()), p_(text.data()), end_(text.data() + text.size()) {}

  Literal parse(const char** end) {
    // open_ holds, for each array being read, its node index and the index of its last element.
    struct Open {
      std::uint32_t array;
      std::uint32_t last;
    };
    std::vector<Open> open;
    skip_blanks();
    for (;;) {
      // A value is expected here.
      const std::uint32_t index = read_value();
      if (!open.empty()) {
        Open& top = open.back();
        LiteralNode& array = literal_.nodes_[top.array];
        if (top.last == LiteralNode::none) {
          array.first = index;
        } else {
          literal_.nodes_[top.last].next = index;
        }
        top.last = index;
        if (++array.size == LiteralNode::none) throw input_.error_at(array.where, "array too long");
      }
      if (literal_.nodes_[index].kind == LiteralNode::Kind::array) {
        open.push_back({index, LiteralNode::none});
        skip_blanks();
        if (p_ != end_ && *p_ == ']') {
          ++p_;
          open.pop_back();
        } else {
          continue;  // its first element
        }
      }
      // After a complete value: close arrays, or move to the next element.
      for (;;) {
        if (open.empty()) {
          *end = p_;
          return std::move(literal_);
        }
        skip_blanks();
        if (p_ == end_) throw input_.error_at(after_last_value(), "unterminated list: expected ',' or ']'");
        if (*p_ == ',') {
          ++p_;
          skip_blanks();
          break;
        }
        if (*p_ == ']') {
          ++p_;
          open.pop_back();
          continue;
        }
        throw input_.error_at(p_, fmt::format("expected ',' or ']', found {}", quote(word_at(p_))));
      }
    }
  }

 private:
  void skip_blanks() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
  }

  // Just after the last non-blank character: where an unexpected end of input is reported, so the
  // message points at the line that stopped short rather than past its newline.
  const char* after_last_value() const {
    const char* q = p_;
    while (q != start_ && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r' || q[-1] == '\n')) --q;
    return q;
  }

  // The word starting at p, for messages.
  std::string_view word_at(const char* p) const {
    const char* q = p;
    while (q != end_ && *q != ',' && *q != ']' && *q != '[' && *q != ' ' && *q != '\n' && *q != '\r' && *q != '\t') ++q;
    if (q == p && p != end_) ++q;
    return {p, static_cast<std::size_t>(q - p)};
  }

  std::uint32_t add(LiteralNode node) {
    if (literal_.nodes_.size() >= LiteralNode::none - 1) throw input_.error_at(node.where, "literal too large");
    literal_.nodes_.push_back(node);
    return static_cast<std::uint32_t>(literal_.nodes_.size() - 1);
  }

  bool keyword(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    const char* after = p_ + word.size();
    if (after != end_ && (std::isalnum(static_cast<unsigned char>(*after)) || *after == '_')) return false;
    p_ = after;
    return true;
  }

  std::uint32_t read_value() {
    LiteralNode node;
    node.where = p_;
    if (p_ == end_) throw input_.error_at(after_last_value(), "unterminated list: expected a value");
    const char c = *p_;
    if (c == '[') {
      ++p_;
      node.kind = LiteralNode::Kind::array;
    } else if (c == '"') {
      node.kind = LiteralNode::Kind::string;
      node.text = read_string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      node.kind = LiteralNode::Kind::integer;
      const char* start = p_;
      if (*p_ == '-') ++p_;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) {
        throw input_.error_at(start, fmt::format("expected an integer, found {}", quote(word_at(start))));
      }
      node.text = std::string_view(start, static_cast<std::size_t>(p_ - start));
      const IntParse r = parse_int64(node.text);
      if (r.status == IntStatus::out_of_range) {
        throw input_.error_at(start, fmt::format("{} does not fit in a signed 64-bit integer", quote(node.text)));
      }
      if (r.status != IntStatus::ok) throw input_.error_at(start, fmt::format("expected an integer, found {}", quote(word_at(start))));
      node.integer = r.value;
    } else if (keyword("null")) {
      node.kind = LiteralNode::Kind::null;
    } else if (keyword("true") || keyword("false")) {
      node.kind = LiteralNode::Kind::boolean;
      node.boolean = node.where[0] == 't';
    } else if (c == ']') {
      throw input_.error_at(p_, "expected a value, found ']'");
    } else {
      throw input_.error_at(p_, fmt::format("expected a value (integer, string, null, true, false or list), found {}",
                                            quote(word_at(p_))));
    }
    return add(node);
  }

  std::uint32_t read_hex4(const char* escape) {
    if (end_ - p_ < 4) throw input_.error_at(escape, "\\u needs four hexadecimal digits");
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
      const char h = *p_;
      std::uint32_t digit = 0;
      if (h >= '0' && h <= '9') digit = static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') digit = static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') digit = static_cast<std::uint32_t>(h - 'A' + 10);
      else throw input_.error_at(escape, "\\u needs four hexadecimal digits");
      value = value * 16 + digit;
    }
    return value;
  }

  // Checks one UTF-8 sequence at p_ and moves past it.
  void skip_utf8() {
    char32_t cp = 0;
    const std::size_t length = algo::utf8::decode(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0, cp);
    if (length == 0) throw input_.error_at(p_, "invalid UTF-8 in string");
    p_ += length;
  }

  std::string_view read_string() {
    const char* open = p_++;
    const char* start = p_;
    // Fast path: no escapes — a view into the source.
    while (p_ != end_ && *p_ != '"' && *p_ != '\\') {
      if (static_cast<unsigned char>(*p_) < 0x20) throw input_.error_at(p_, "control character in string (escape it)");
      skip_utf8();
    }
    if (p_ == end_) throw input_.error_at(open, "unterminated string");
    if (*p_ == '"') return {start, static_cast<std::size_t>(p_++ - start)};
    std::string& out = literal_.unescaped_.emplace_back(start, p_);
    while (p_ != end_ && *p_ != '"') {
      if (*p_ != '\\') {
        if (static_cast<unsigned char>(*p_) < 0x20) throw input_.error_at(p_, "control character in string (escape it)");
        const char* from = p_;
        skip_utf8();
        out.append(from, p_);
        continue;
      }
      const char* escape = p_++;
      if (p_ == end_) break;
      switch (*p_++) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          std::uint32_t cp = read_hex4(escape);
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') throw input_.error_at(escape, "unpaired surrogate in \\u escape");
            p_ += 2;
            const std::uint32_t low = read_hex4(escape);
            if (low < 0xDC00 || low > 0xDFFF) throw input_.error_at(escape, "unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            throw input_.error_at(escape, "unpaired surrogate in \\u escape");
          }
          algo::utf8::append(out, static_cast<char32_t>(cp));
          break;
        }
        default: throw input_.error_at(escape, fmt::format("unknown escape {}", quote(std::string_view(escape, 2))));
      }
    }
    if (p_ == end_) throw input_.error_at(open, "unterminated string");
    ++p_;
    return out;
  }

  const Input& input_;
  const char* start_;
  const char* p_;
  const char* end_;
  Literal literal_;
};

Literal parse_literal(const Input& input, std::string_view text, const char** end) {
  return LiteralParser(input, text).parse(end);
}

const char* skip_space(const char* p, const char* end) {
  while (p != end && (is_blank(*p) || *p == '\n')) ++p;
  return p;
}

Literal parse_whole_literal(Input& input, std::string_view what) {
  const std::string_view text = input.rest();
  const char* const text_end = text.data() + text.size();
  const char* end = nullptr;
  Literal literal = parse_literal(input, text, &end);
  const char* after = skip_space(end, text_end);
  if (after != text_end) throw input.error_at(after, fmt::format("unexpected text after the {}", what));
  return literal;
}

std::string_view kind_name(const LiteralNode& node) {
  switch (node.kind) {
    case LiteralNode::Kind::null: return "null";
    case LiteralNode::Kind::boolean: return node.boolean ? "true" : "false";
    case LiteralNode::Kind::integer: return "an integer";
    case LiteralNode::Kind::string: return "a string";
    case LiteralNode::Kind::array: return "a list";
  }
  return "a value";
}

}  // namespace prep::io
