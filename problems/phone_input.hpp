// phone_input.hpp — reading phone numbers and the files that go with them (vanity codes, prefix
// tables): the input-layer half of algorithms/phone.hpp, turning a bad character into an error at
// its line and column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/io/input.hpp"
#include "cli/io/output.hpp"

namespace prep::problems {

// The record without its leading and trailing blanks: a number "as written".
std::string_view trim_blanks(std::string_view text);

// Replaces `digits` with the normalized digits of `written` (a view into the line last read from
// input). Throws InputError at the first character that may not appear in a phone number, or at
// the start of a number that has no digit at all; `what` names the thing in messages ("phone number").
void read_digits(const io::Input& input, std::string_view written, std::string& digits, std::string_view what);

// The character at the start of text (a whole UTF-8 sequence when it is one), quoted for a message.
std::string quote_char(std::string_view text);

// The commonest line of a big file of numbers, recognized in one step: at p (with 16 bytes readable),
// a line of at most 15 bytes that is digits with an optional leading '+' and ends in '\n'. Returns
// its length without the newline and sets plus; 0 for any other line (blank, comment, CRLF, blanks,
// separators, letters, longer), which the general reader takes. SSE2 where the compiler has it (every
// x86-64); elsewhere always 0.
std::size_t plain_number_line(const char* p, bool& plus);

// The commonest line of a prefix table, recognized in one step: at p (with 16 bytes readable), a
// prefix of at most 15 bytes, digits with an optional leading '+', followed by the newline or by a
// separator (space, tab, comma: a label follows). Returns the prefix's length and sets plus; 0 for
// any other line (blank, comment, leading blanks, CRLF or a bad character after the digits, longer),
// which the general reader takes. SSE2 where the compiler has it; elsewhere always 0.
std::size_t plain_prefix(const char* p, bool& plus);

// The digits of a plain number or prefix packed as algo::PrefixIndex::pack packs them (four bits a
// digit, the first on top): p the line start with 16 bytes readable, skip 1 after a '+' (else 0),
// length the length of the number or prefix, at most 15 and more than skip. SSE2 where the compiler
// has it, else one digit at a time.
std::uint64_t pack_plain_digits(const char* p, std::size_t skip, std::size_t length);

// Numbers read ahead in groups, so an index can look them up together (algorithms/trie.hpp and
// algorithms/prefix_index.hpp overlap the cache misses of a group's lookups). Each number is kept as
// written and as digits.
class NumberBatch {
 public:
  static constexpr std::size_t capacity = 512;

  NumberBatch() = default;
  // A batch handed to another thread is moved: short byte strings live inside the string object
  // (small-string optimization) and move with it, so the views are made again.
  NumberBatch(NumberBatch&& other) noexcept { *this = std::move(other); }
  NumberBatch& operator=(NumberBatch&& other) noexcept;
  NumberBatch(const NumberBatch&) = delete;
  NumberBatch& operator=(const NumberBatch&) = delete;
  ~NumberBatch() = default;

  // Adds the number on a record line (trimmed); throws InputError if it is not a phone number.
  void add(const io::Input& input, std::string_view line);
  // The same for a line of a text that stays in memory, up to text_end, while the batch is used (a
  // mapped file): the number as written, and its digits when it is written as digits (with an
  // optional leading '+'), are views into that text, not copies. Not mixed with add() in one batch.
  void add_lasting(const io::Input& input, std::string_view line, const char* text_end);
  // add_lasting for a line known to be plain_number_line's kind: digits after `skip` bytes ('+').
  void add_plain(std::string_view written, std::size_t skip, const char* text_end) {
    lasting_ = true;
    text_end_ = text_end;
    written_.push_back(written);
    digits_.push_back(written.substr(skip));
  }
  [[nodiscard]] std::size_t size() const { return lasting_ ? written_.size() : digits_end_.size(); }
  [[nodiscard]] bool full() const { return size() == capacity; }
  void clear();
  // Makes the views below; call once all numbers are added.
  void seal();

  // The number as written; valid until the next add or clear.
  [[nodiscard]] std::string_view written(std::size_t i) const { return written_[i]; }
  // After add_lasting, the end of the text the numbers as written lie in: bytes up to it may be read,
  // so a caller may copy a number a word at a time while the word ends before it. Else nullptr.
  [[nodiscard]] const char* readable_end() const { return text_end_; }
  // The digits of every number, in order; valid until the next add or clear.
  [[nodiscard]] const std::vector<std::string_view>& digits() const { return digits_; }

  // Per number, what a prepare step (for_each_batch) computed for process to print, e.g. where its
  // answer is.
  std::vector<std::uint64_t> results;

 private:
  // Appends the digits of written to digit_bytes_ and returns where they start; throws InputError
  // (and appends nothing) if written is not a phone number.
  std::size_t append_digits(const io::Input& input, std::string_view written);

  std::string written_bytes_;
  std::string digit_bytes_;
  std::vector<std::size_t> written_end_;
  std::vector<std::size_t> digits_end_;
  std::vector<std::string_view> written_;
  std::vector<std::string_view> digits_;
  // add_lasting: the numbers whose digits had to be normalized into digit_bytes_; seal() points
  // their views there.
  struct Normalized {
    std::uint32_t number;
    std::uint32_t at;
    std::uint32_t size;
  };
  bool lasting_ = false;
  const char* text_end_ = nullptr;
  std::vector<Normalized> normalized_;
};

// Reads the numbers of input in batches and calls process on each batch, in input order. Results of
// a batch are produced before the input is waited on (and the CLI then flushes), so an interactive session still
// gets an answer per line; on a bad number, the numbers before it are processed, then the error is
// thrown.
void for_each_batch(io::Input& input, const std::function<void(const NumberBatch&)>& process);

// The same in two steps: prepare(batch) (the lookups, filling batch.results) then process(batch)
// (printing), per batch in input order. For a mapped file of at least io::read_ahead_min_bytes,
// reading and normalizing run on a second thread, a few batches ahead of process on the calling
// thread, and prepare runs on either thread, whichever has time (so it must only read shared state,
// and two batches may be prepared at once); otherwise both run on the calling thread as above,
// batch by batch. Errors keep their order either way: the numbers before a bad one are
// prepared and processed, then its InputError is thrown.
void for_each_batch(io::Input& input, const std::function<void(NumberBatch&)>& prepare,
                    const std::function<void(const NumberBatch&)>& process);

}  // namespace prep::problems
