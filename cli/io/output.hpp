// output.hpp — where every command's results go: a buffered writer and a JSON writer on top of it.
//
// Output collects text in a large buffer and writes it in big blocks (one write per 64 KiB, not per
// line), to a file descriptor or, for tests and `prep demo`, into a string. When held, nothing leaves
// until commit(), so a command that fails can discard() a half-built answer: that is how `--json`
// makes every command a batch command (SPEC.md §1).
//
// JsonWriter writes one compact JSON document (LeetCode's literal form is the same text); strings
// are escaped by nlohmann::json, so any byte string comes out as valid JSON.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace prep::io {

class Output {
 public:
  // Writes to a file descriptor (1 for standard output).
  explicit Output(int fd);
  // Appends to a string (tests, demo).
  explicit Output(std::string& sink);
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();  // discards anything not flushed: the owner decides between commit() and discard()

  void write(std::string_view text) {
    if (text.size() >= flush_at && !held_) {
      // A large block goes out as it is, not copied through the buffer.
      write_out();
      send(text.data(), text.size());
      return;
    }
    buffer_.append(text.data(), text.data() + text.size());
    maybe_flush();
  }
  // text and a newline.
  void line(std::string_view text) {
    buffer_.reserve(buffer_.size() + text.size() + 1);
    char* at = buffer_.data() + buffer_.size();
    std::memcpy(at, text.data(), text.size());
    at[text.size()] = '\n';
    buffer_.try_resize(buffer_.size() + text.size() + 1);
    maybe_flush();
  }
  void put(char c) {
    buffer_.push_back(c);
    maybe_flush();
  }
  void integer(std::int64_t value) {
    const fmt::format_int digits(value);
    buffer_.append(digits.data(), digits.data() + digits.size());
    maybe_flush();
  }
  // For tight loops that write many short pieces: a pointer to at least n writable bytes after
  // what is buffered; wrote(end) keeps the bytes before end (and flushes as the other writes do).
  char* space(std::size_t n) {
    buffer_.reserve(buffer_.size() + n);
    return buffer_.data() + buffer_.size();
  }
  void wrote(const char* end) {
    buffer_.try_resize(static_cast<std::size_t>(end - buffer_.data()));
    maybe_flush();
  }
  template <typename... Args>
  void print(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(fmt::appender(buffer_), format, std::forward<Args>(args)...);
    maybe_flush();
  }

  // Held: nothing is written until commit().
  void hold(bool held) { held_ = held; }
  [[nodiscard]] bool held() const { return held_; }
  // Writes what is buffered, unless held.
  void flush() {
    if (!held_) write_out();
  }
  // Writes everything buffered, held or not.
  void commit() { write_out(); }
  // Drops everything buffered.
  void discard() { buffer_.clear(); }

 private:
  static constexpr std::size_t flush_at = std::size_t{64} << 10;
  void maybe_flush() {
    if (buffer_.size() >= flush_at && !held_) write_out();
  }
  void write_out();
  void send(const char* data, std::size_t size);

  int fd_ = -1;
  std::string* sink_ = nullptr;
  bool held_ = false;
  fmt::memory_buffer buffer_;
};

// A compact JSON document written as it is built; commas and nesting are tracked here.
class JsonWriter {
 public:
  explicit JsonWriter(Output& out) : out_(out) {}

  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void key(std::string_view name);

  void value(std::int64_t v) {
    separate();
    out_.integer(v);
  }
  // Unsigned values beyond 2^63 − 1 (rate-limit's leaving times reach 2^64 − 2).
  void value(std::uint64_t v) {
    separate();
    const fmt::format_int digits(v);
    out_.write(std::string_view(digits.data(), digits.size()));
  }
  void value(bool v) {
    separate();
    out_.write(v ? "true" : "false");
  }
  void value(std::string_view v) {
    separate();
    string(v);
  }
  void value(const char* v) { value(std::string_view(v)); }
  void null() {
    separate();
    out_.write("null");
  }
  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  // Ends the document with a newline.
  void finish() { out_.put('\n'); }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_.empty()) {
      if (!first_.back()) out_.put(',');
      first_.back() = false;
    }
  }
  void open(char bracket) {
    separate();
    out_.put(bracket);
    first_.push_back(true);
  }
  void close(char bracket) {
    first_.pop_back();
    out_.put(bracket);
  }
  void string(std::string_view v);

  Output& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

// The JSON text of a string (quoted and escaped); invalid UTF-8 becomes U+FFFD.
std::string json_string(std::string_view text);

}  // namespace prep::io
