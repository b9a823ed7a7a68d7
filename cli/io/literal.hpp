// literal.hpp — LeetCode literals: the values LeetCode shows for a problem's input, which are JSON
// arrays of integers, strings, null and booleans (`[[1,3],[2,6]]`, `["LRUCache","put"]`, `[3,5,null]`).
//
// The parser is iterative (a literal nested a million deep is fine) and builds a flat tree of nodes
// in one vector; every node remembers where it started, so a problem can point at a bad element
// with line and column. Integers must fit in a signed 64-bit integer; fractions and exponents are
// errors (no LeetCode input here has them). Strings are unescaped (JSON escapes, \uXXXX with
// surrogate pairs) and must be valid UTF-8.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "cli/io/input.hpp"

namespace prep::io {

struct LiteralNode {
  enum class Kind : std::uint8_t { null, boolean, integer, string, array };
  static constexpr std::uint32_t none = 0xffffffffU;

  Kind kind = Kind::null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::string_view text;          // string: the unescaped value; integer: its digits as written
  const char* where = nullptr;    // first character in the source, for messages
  std::uint32_t size = 0;         // array: number of elements
  std::uint32_t first = none;     // array: index of the first element
  std::uint32_t next = none;      // index of the next element of the enclosing array
};

// Parsed literal: nodes[0] is the root. Element lists are linked: first, then next, …
class Literal {
 public:
  Literal() = default;
  Literal(const Literal&) = delete;  // strings may point into unescaped_
  Literal& operator=(const Literal&) = delete;
  Literal(Literal&&) noexcept = default;
  Literal& operator=(Literal&&) noexcept = default;
  ~Literal() = default;

  [[nodiscard]] const LiteralNode& root() const { return nodes_.front(); }
  [[nodiscard]] const LiteralNode& node(std::uint32_t index) const { return nodes_[index]; }

  // The elements of an array node, in order.
  class Elements {
   public:
    class iterator {
     public:
      iterator(const Literal* literal, std::uint32_t index) : literal_(literal), index_(index) {}
      const LiteralNode& operator*() const { return literal_->node(index_); }
      const LiteralNode* operator->() const { return &literal_->node(index_); }
      iterator& operator++() {
        index_ = literal_->node(index_).next;
        return *this;
      }
      bool operator==(const iterator& other) const { return index_ == other.index_; }

     private:
      const Literal* literal_;
      std::uint32_t index_;
    };
    Elements(const Literal* literal, const LiteralNode& array) : literal_(literal), first_(array.first) {}
    [[nodiscard]] iterator begin() const { return {literal_, first_}; }
    [[nodiscard]] iterator end() const { return {literal_, LiteralNode::none}; }

   private:
    const Literal* literal_;
    std::uint32_t first_;
  };
  [[nodiscard]] Elements elements(const LiteralNode& array) const { return {this, array}; }

 private:
  friend class LiteralParser;
  std::vector<LiteralNode> nodes_;
  std::deque<std::string> unescaped_;  // strings that needed unescaping
};

// Parses one literal at the start of text (after blanks); *end is set just after it.
// Throws InputError (through input.error_at) at the first character that is wrong.
// text must stay valid while the Literal is used (its strings may point into it).
Literal parse_literal(const Input& input, std::string_view text, const char** end);

// Where text after p starts again: blanks and newlines skipped (up to end).
const char* skip_space(const char* p, const char* end);

// All that is left of input as one literal, blank lines around it allowed; anything else after it
// is an InputError "unexpected text after the <what>". The Literal may point into input.rest().
Literal parse_whole_literal(Input& input, std::string_view what);

// Human name of a node's kind, for messages ("an integer", "a string", "null", …).
std::string_view kind_name(const LiteralNode& node);

}  // namespace prep::io
