// input.hpp — where every command's input comes from: a file, standard input, or text in memory.
//
// A regular file (also when it is standard input, `prep x < file`) is memory-mapped and read in
// place; pages already parsed are handed back to the kernel, so a large input does not stay
// resident. A pipe or terminal is read in large blocks, and lines are given out as soon as they are
// complete, so `prep lru` answers each line of an interactive session as it is typed.
//
// Lines: next_line() gives every physical line; next_record() skips blank lines and `#` comments
// (SPEC.md §1). A line's text excludes `\n` and a final `\r`, and is valid only until the next call
// that reads (next_line, next_record, peek_nonblank, rest): copy what must outlive it.
//
// Errors: error_at(p, message) turns a position inside the current line (or inside rest()) into an
// InputError at `source:line:column`; columns count Unicode code points from 1.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cli/io/errors.hpp"
#include "cli/io/text.hpp"

namespace prep::io {

struct Line {
  std::string_view text;
  std::uint64_t number = 0;  // 1-based
};

class Input {
 public:
  // Opens path, or standard input when path is empty or "-". Throws InputError if it cannot be read.
  static Input open(const std::string& path);
  // Input held in memory (tests, demo, samples); name is what messages call it.
  static Input from_text(std::string name, std::string text);

  Input(Input&&) noexcept;
  Input& operator=(Input&&) noexcept;
  ~Input();

  // The name messages use: the file name, or `<stdin>`.
  [[nodiscard]] const std::string& name() const;

  // The next physical line; false at the end of the input.
  bool next_line(Line& line);
  // The next line that is neither blank nor a comment; false at the end of the input.
  bool next_record(Line& line);
  // The first byte that is not blank (space, tab, CR, LF) in what is left, or -1 at the end.
  // Consumes nothing (blank lines before it are still counted when lines are read).
  int peek_nonblank();
  // Everything not yet read as lines, in memory (reads the rest of a stream). Valid until the Input
  // is destroyed; continue reading lines after a position of it with skip_to.
  std::string_view rest();
  // After rest(): go on reading lines at p, which must lie inside rest() (at a line start, or the
  // rest of its line is read as a line).
  void skip_to(const char* p);

  // After rest(): the bytes [from, to) of it have been read and will not be needed soon. For a mapped
  // file, the pages wholly inside are given back to the kernel (as reading lines does); they stay
  // readable (read again from the file if touched). Does nothing for other input. Safe to call
  // from several threads at once.
  void release(const char* from, const char* to) const;

  // An error at p, a position inside the last line read or inside rest().
  [[nodiscard]] InputError error_at(const char* p, const std::string& message) const;
  // An error about the input as a whole (no line to point at), e.g. an unreadable file.
  [[nodiscard]] InputError error(const std::string& message) const;

  // Bytes not yet read, when known in advance (a file); 0 for a stream. For reserving memory.
  [[nodiscard]] std::size_t size_hint() const;

  // Shows how far reading has got on `to` (a terminal: the CLI enables it only then) once reading
  // has taken more than a second; the line is cleared when the input is done.
  void show_progress(std::FILE* to);
  // For a reader of rest(): the input before p is done. Shows progress and gives mapped pages back as
  // next_line does; views into them stay valid (a page given back is read again from the file).
  void consumed(const char* p);
  // consumed() for a reader whose other thread gives the pages back itself (with release()).
  void progressed(const char* p);

  // Called before a read that may wait for more input (to flush results already computed).
  void on_wait(std::function<void()> hook);

  // While alive, `first` runs before the current on_wait hook (a command that reads ahead answers
  // what it has read, then the CLI's flush runs); the previous hook is back when it is destroyed.
  class ScopedWaitHook {
   public:
    ScopedWaitHook(Input& input, std::function<void()> first);
    ScopedWaitHook(const ScopedWaitHook&) = delete;
    ScopedWaitHook& operator=(const ScopedWaitHook&) = delete;
    ~ScopedWaitHook();

   private:
    Input& input_;
    std::function<void()> previous_;
  };

 private:
  struct State;
  explicit Input(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// An error at a position of a line (Line::text must still be valid).
inline InputError error_at(const Input& input, std::string_view token, const std::string& message) {
  return input.error_at(token.data(), message);
}

// Throws the error for a token that parse_int64 rejected.
[[noreturn]] void throw_bad_int64(const Input& input, std::string_view token, std::string_view what, IntStatus status);

// A whole token as a checked signed 64-bit integer; what names the value in the message ("START").
inline std::int64_t expect_int64(const Input& input, std::string_view token, std::string_view what) {
  const IntParse r = parse_int64(token);
  if (r.status != IntStatus::ok) [[unlikely]] throw_bad_int64(input, token, what, r.status);
  return r.value;
}

}  // namespace prep::io
