#include "cli/io/input.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "cli/io/text.hpp"

namespace prep::io {

namespace {

constexpr std::size_t block_size = std::size_t{1} << 20;    // bytes per read from a stream
constexpr std::size_t release_step = std::size_t{8} << 20;   // bytes of a mapping given back at once
constexpr std::ptrdiff_t progress_step = std::ptrdiff_t{4} << 20;  // bytes between looks at the clock

std::string system_error_text(int err) { return std::strerror(err); }

}  // namespace

// The input lives in one buffer [begin, end): the whole mapped file, the whole text, or (for a
// stream) the unread part of what has been read so far. pos is where the next line starts.
struct Input::State {
  std::string name;
  int fd = -1;
  bool owns_fd = false;
  bool eof = false;  // nothing more will come after end

  // A mapped file.
  char* map = nullptr;
  std::size_t map_size = 0;
  const char* released = nullptr;  // mapped bytes before this were given back

  // A stream or in-memory text.
  std::vector<char> storage;

  const char* begin = nullptr;
  const char* end = nullptr;
  const char* pos = nullptr;
  std::uint64_t begin_line = 1;  // line number at begin
  std::uint64_t pos_line = 1;    // line number at pos
  const char* line_start = nullptr;  // start of the last line given out, and its number
  std::uint64_t line_number = 1;

  std::function<void()> on_wait;

  // Progress on a terminal: checked every progress_step bytes, shown after a second.
  std::FILE* progress = nullptr;
  std::chrono::steady_clock::time_point started;
  std::uint64_t consumed_before = 0;  // stream bytes consumed before the current buffer
  const char* next_check = nullptr;
  bool progress_shown = false;

  void clear_progress() {
    if (progress_shown) std::fprintf(progress, "\r\033[K");
    progress_shown = false;
  }

  ~State() {
    clear_progress();
    if (map != nullptr) munmap(map, map_size);
    if (owns_fd && fd >= 0) close(fd);
  }

  // Reads one more block from the stream; false at end of input. Keeps [pos, end).
  bool fill() {
    if (eof) return false;
    const std::size_t keep = static_cast<std::size_t>(end - pos);
    if (pos != storage.data()) {
      consumed_before += static_cast<std::uint64_t>(pos - begin);
      std::memmove(storage.data(), pos, keep);
      begin_line = pos_line;
    }
    if (storage.size() < keep + block_size) storage.resize(std::max(storage.size() * 2, keep + block_size));
    begin = storage.data();
    pos = begin;
    end = begin + keep;
    line_start = begin;
    line_number = pos_line;
    if (progress != nullptr) next_check = begin;
    if (on_wait) on_wait();
    for (;;) {
      const ssize_t got = ::read(fd, storage.data() + keep, storage.size() - keep);
      if (got > 0) {
        end = begin + keep + static_cast<std::size_t>(got);
        return true;
      }
      if (got == 0) {
        eof = true;
        return false;
      }
      if (errno != EINTR) throw InputError(name, fmt::format("cannot read: {}", system_error_text(errno)));
    }
  }

  void check_progress(const char* at) {
    next_check = at + progress_step;
    const auto elapsed = std::chrono::steady_clock::now() - started;
    if (elapsed < std::chrono::seconds(1)) return;
    const double seconds = std::chrono::duration<double>(elapsed).count();
    const double done_mib = static_cast<double>(consumed_before + static_cast<std::uint64_t>(at - begin)) / 1048576.0;
    if (map != nullptr) {
      const double total_mib = static_cast<double>(map_size) / 1048576.0;
      std::fprintf(progress, "\rprep: reading %s: %.0f%% (%.0f of %.0f MiB, %.0f MiB/s)\033[K", name.c_str(),
                   100.0 * done_mib / total_mib, done_mib, total_mib, done_mib / seconds);
    } else {
      std::fprintf(progress, "\rprep: reading %s: %.0f MiB (%.0f MiB/s)\033[K", name.c_str(), done_mib, done_mib / seconds);
    }
    std::fflush(progress);
    progress_shown = true;
  }

  // Gives mapped pages before p back to the kernel (they are re-read from the page cache if needed).
  void release_before(const char* p) {
    if (map == nullptr || p - released < static_cast<std::ptrdiff_t>(release_step)) return;
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    const auto upto = reinterpret_cast<std::uintptr_t>(p) / page * page;
    const auto from = reinterpret_cast<std::uintptr_t>(released) / page * page;
    if (upto > from) madvise(reinterpret_cast<void*>(from), upto - from, MADV_DONTNEED);
    released = p;
  }
};

Input::Input(std::unique_ptr<State> state) : state_(std::move(state)) {}
Input::Input(Input&&) noexcept = default;
Input& Input::operator=(Input&&) noexcept = default;
Input::~Input() = default;

Input Input::open(const std::string& path) {
  auto s = std::make_unique<State>();
  if (path.empty() || path == "-") {
    s->name = "<stdin>";
    s->fd = STDIN_FILENO;
  } else {
    s->name = path;
    s->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (s->fd < 0) throw InputError(path, fmt::format("cannot open: {}", system_error_text(errno)));
    s->owns_fd = true;
  }
  struct stat st {};
  if (fstat(s->fd, &st) != 0) throw InputError(s->name, fmt::format("cannot read: {}", system_error_text(errno)));
  if (S_ISDIR(st.st_mode)) throw InputError(s->name, "cannot read: Is a directory");
  if (S_ISREG(st.st_mode)) {
    const off_t offset = lseek(s->fd, 0, SEEK_CUR);  // `prep x < file` after something read part of it
    const auto size = static_cast<std::size_t>(st.st_size - std::max<off_t>(offset, 0));
    if (size > 0) {
      void* m = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, s->fd, 0);
      if (m != MAP_FAILED) {
        madvise(m, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
        s->map = static_cast<char*>(m);
        s->map_size = static_cast<std::size_t>(st.st_size);
        s->begin = s->map + (st.st_size - static_cast<off_t>(size));
        s->end = s->map + s->map_size;
        s->pos = s->begin;
        s->released = s->begin;
        s->line_start = s->begin;
        s->eof = true;
        return Input(std::move(s));
      }
    } else {
      s->eof = true;
      s->begin = s->end = s->pos = s->line_start = s->storage.data();
      return Input(std::move(s));
    }
  }
  s->storage.resize(block_size);
  s->begin = s->end = s->pos = s->line_start = s->storage.data();
  return Input(std::move(s));
}

Input Input::from_text(std::string name, std::string text) {
  auto s = std::make_unique<State>();
  s->name = std::move(name);
  s->storage.assign(text.begin(), text.end());
  s->begin = s->pos = s->line_start = s->storage.data();
  s->end = s->begin + s->storage.size();
  s->eof = true;
  return Input(std::move(s));
}

const std::string& Input::name() const { return state_->name; }

void Input::show_progress(std::FILE* to) {
  State& s = *state_;
  s.progress = to;
  s.started = std::chrono::steady_clock::now();
  s.next_check = s.pos + progress_step;
}

void Input::consumed(const char* p) {
  state_->release_before(p);
  progressed(p);
}

void Input::progressed(const char* p) {
  State& s = *state_;
  if (s.progress != nullptr && p >= s.next_check) s.check_progress(p);
}

void Input::on_wait(std::function<void()> hook) { state_->on_wait = std::move(hook); }

Input::ScopedWaitHook::ScopedWaitHook(Input& input, std::function<void()> first)
    : input_(input), previous_(input.state_->on_wait) {
  input.state_->on_wait = [first = std::move(first), then = previous_] {
    first();
    if (then) then();
  };
}

Input::ScopedWaitHook::~ScopedWaitHook() { input_.state_->on_wait = std::move(previous_); }

bool Input::next_line(Line& line) {
  State& s = *state_;
  const char* newline = nullptr;
  std::size_t searched = 0;  // bytes after pos known to hold no newline
  for (;;) {
    const std::size_t unsearched = static_cast<std::size_t>(s.end - s.pos) - searched;
    newline = unsearched == 0 ? nullptr : static_cast<const char*>(std::memchr(s.pos + searched, '\n', unsearched));
    if (newline != nullptr) break;
    searched = static_cast<std::size_t>(s.end - s.pos);
    if (!s.fill()) break;
  }
  if (newline == nullptr && s.pos == s.end) {
    s.clear_progress();
    return false;
  }
  const char* line_end = newline != nullptr ? newline : s.end;
  const char* text_end = line_end;
  if (text_end != s.pos && text_end[-1] == '\r') --text_end;
  line.text = std::string_view(s.pos, static_cast<std::size_t>(text_end - s.pos));
  line.number = s.pos_line;
  s.line_start = s.pos;
  s.line_number = s.pos_line;
  s.pos = newline != nullptr ? newline + 1 : s.end;
  ++s.pos_line;
  s.release_before(s.line_start);
  if (s.progress != nullptr && s.pos >= s.next_check) [[unlikely]] s.check_progress(s.pos);
  return true;
}

bool Input::next_record(Line& line) {
  while (next_line(line)) {
    const char* p = line.text.data();
    const char* e = p + line.text.size();
    while (p != e && is_blank(*p)) ++p;
    if (p != e && *p != '#') return true;
  }
  return false;
}

int Input::peek_nonblank() {
  State& s = *state_;
  const char* p = s.pos;
  for (;;) {
    while (p != s.end && (is_blank(*p) || *p == '\n')) ++p;
    if (p != s.end) return static_cast<unsigned char>(*p);
    const auto offset = p - s.pos;
    if (!s.fill()) return -1;
    p = s.pos + offset;
  }
}

std::string_view Input::rest() {
  State& s = *state_;
  while (s.fill()) {
    // fill() keeps the unread part and appends a block: marking nothing read keeps it all.
  }
  s.line_start = s.pos;
  s.line_number = s.pos_line;
  return {s.pos, static_cast<std::size_t>(s.end - s.pos)};
}

void Input::skip_to(const char* p) {
  State& s = *state_;
  s.pos_line += static_cast<std::uint64_t>(std::count(s.pos, p, '\n'));
  s.pos = p;
}

void Input::release(const char* from, const char* to) const {
  const State& s = *state_;
  if (s.map == nullptr || from == nullptr || to <= from) return;
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  const std::uintptr_t first = (reinterpret_cast<std::uintptr_t>(from) + page - 1) / page * page;
  const std::uintptr_t last = reinterpret_cast<std::uintptr_t>(to) / page * page;
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

InputError Input::error_at(const char* p, const std::string& message) const {
  const State& s = *state_;
  // Count lines from the nearest known line start before p.
  const char* from = s.begin;
  std::uint64_t line = s.begin_line;
  if (s.line_start != nullptr && s.line_start <= p) {
    from = s.line_start;
    line = s.line_number;
  }
  p = std::clamp(p, from, s.end);
  const char* start = from;
  for (const char* q = from; q != p; ++q) {
    if (*q == '\n') {
      ++line;
      start = q + 1;
    }
  }
  std::uint64_t column = 1;
  for (const char* q = start; q != p; ++q) column += (static_cast<unsigned char>(*q) & 0xC0) != 0x80;
  return InputError(fmt::format("{}:{}:{}", s.name, line, column), message);
}

std::size_t Input::size_hint() const {
  const State& s = *state_;
  return s.eof ? static_cast<std::size_t>(s.end - s.pos) : 0;
}

InputError Input::error(const std::string& message) const { return InputError(state_->name, message); }

std::string quote(std::string_view token) {
  constexpr std::size_t shown = 40;
  if (token.size() <= shown) return fmt::format("'{}'", token);
  std::size_t cut = shown;
  while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80) --cut;  // whole code points
  return fmt::format("'{}…'", token.substr(0, cut));
}

void throw_bad_int64(const Input& input, std::string_view token, std::string_view what, IntStatus status) {
  if (status == IntStatus::out_of_range) {
    throw input.error_at(token.data(), fmt::format("{} {} does not fit in a signed 64-bit integer", what, quote(token)));
  }
  throw input.error_at(token.data(), fmt::format("expected an integer for {}, found {}", what, quote(token)));
}

}  // namespace prep::io
