#include "cli/io/output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace prep::io {

Output::Output(int fd) : fd_(fd) {}
Output::Output(std::string& sink) : sink_(&sink) {}
Output::~Output() = default;

void Output::write_out() {
  if (buffer_.size() == 0) return;
  try {
    send(buffer_.data(), buffer_.size());
  } catch (...) {
    buffer_.clear();
    throw;
  }
  buffer_.clear();
}

void Output::send(const char* data, std::size_t size) {
  if (sink_ != nullptr) {
    sink_->append(data, size);
    return;
  }
  while (size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("cannot write output: ") + std::strerror(errno));
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

namespace {

// True when the string can be written between quotes as it is: printable ASCII, no quote or backslash.
bool plain(std::string_view text) {
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b >= 0x7F || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

std::string json_string(std::string_view text) {
  if (plain(text)) {
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted.push_back('"');
    quoted.append(text);
    quoted.push_back('"');
    return quoted;
  }
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void JsonWriter::key(std::string_view name) {
  separate();
  string(name);
  out_.put(':');
  after_key_ = true;
}

void JsonWriter::string(std::string_view v) {
  if (plain(v)) {
    out_.put('"');
    out_.write(v);
    out_.put('"');
  } else {
    out_.write(json_string(v));
  }
}

}  // namespace prep::io
