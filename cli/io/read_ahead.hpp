// read_ahead.hpp — parse the records of a big input on a second thread while the command executes them.
//
// For a command whose work per record is parse → execute → print, in input order, with a sequential
// execute (a cache, a queue): when the whole input is already in memory (a mapped file of at least
// `min_bytes`), a worker thread splits it into records (next_record's rules: blank lines and `#`
// comments skipped, a final `\r` dropped) and parses them into Items, a block at a time, while the
// calling thread consumes them in order. Otherwise (a pipe, a terminal, a small input) each record is
// parsed and consumed on the calling thread as soon as it is read, so an interactive session is
// answered line by line.
//
// Errors keep their order: an InputError thrown by parse is rethrown only after every Item before it
// has been consumed, so the output before a bad line is complete, exactly as when reading line by
// line. If consume throws, the worker stops and the exception goes on.
//
// parse(const Line&) -> Item runs on the worker: it may read the Input only through error_at (const).
// consume(Item&, bool lasting) runs on the calling thread; lasting says that views into the input
// stay valid until the Input is destroyed (true on the worker path), so the command need not copy.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "cli/io/input.hpp"
#include "cli/io/text.hpp"

namespace prep::io {

// The records of a text in memory, with next_record's rules. Line numbers are not counted
// (Line::number is 0): messages get theirs from Input::error_at.
class RecordScanner {
 public:
  RecordScanner(const char* begin, const char* end) : p_(begin), end_(end) {}

  bool next(Line& line) {
    while (p_ != end_) {
      const auto* newline = static_cast<const char*>(std::memchr(p_, '\n', static_cast<std::size_t>(end_ - p_)));
      const char* line_end = newline != nullptr ? newline : end_;
      const char* start = p_;
      p_ = newline != nullptr ? newline + 1 : end_;
      const char* text_end = line_end;
      if (text_end != start && text_end[-1] == '\r') --text_end;
      const char* first = start;
      while (first != text_end && is_blank(*first)) ++first;
      if (first != text_end && *first != '#') {
        line.text = std::string_view(start, static_cast<std::size_t>(text_end - start));
        line.number = 0;
        return true;
      }
    }
    return false;
  }

  // Where the next line starts.
  [[nodiscard]] const char* position() const { return p_; }

 private:
  const char* p_;
  const char* end_;
};

// The smallest input read ahead on a second thread: below it a thread costs more than it saves.
// Fuzz targets set it to 0 to run small inputs both ways and compare.
inline std::size_t read_ahead_min_bytes = std::size_t{1} << 20;

// No fast path: every record goes through parse.
struct NoFastPath {
  template <class Item>
  const char* operator()(const char* /*line*/, const char* /*end*/, Item& /*item*/) const {
    return nullptr;
  }
};

// fast(line, end, item): on the worker, for the line starting at `line` (text up to `end`): either
// parses the common forms of a record into item and returns where the next line starts (after the
// '\n'), or returns nullptr to leave the line to the record splitter and parse. It must accept only
// lines that parse would turn into the same item.
template <class Item, class Parse, class Consume, class Fast = NoFastPath>
void for_each_record(Input& input, Parse&& parse, Consume&& consume, Fast&& fast = {},
                     std::size_t min_bytes = read_ahead_min_bytes) {
  if (input.size_hint() < min_bytes || input.size_hint() == 0) {
    Line line;
    while (input.next_record(line)) {
      Item item = parse(line);
      consume(item, false);
    }
    return;
  }

  constexpr std::size_t block_items = 4096;
  constexpr std::size_t max_blocks = 8;  // queued between the threads
  struct Block {
    std::vector<Item> items;
    const char* end = nullptr;  // the input before this is parsed
  };
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Block> ready;
  std::vector<std::vector<Item>> spare;
  bool done = false;
  bool stop = false;
  std::exception_ptr error;

  const std::string_view text = input.rest();
  std::thread worker([&] {
    const char* p = text.data();
    const char* const end = p + text.size();
    std::vector<Item> items;
    items.reserve(block_items);
    std::exception_ptr failure;
    const auto hand_over = [&](bool last) {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return stop || ready.size() < max_blocks; });
      if (stop) return false;
      ready.push_back(Block{std::move(items), p});
      if (last) {
        done = true;
        error = failure;
      }
      if (!spare.empty()) {
        items = std::move(spare.back());
        spare.pop_back();
      } else {
        items = {};
        items.reserve(block_items);
      }
      changed.notify_all();
      return true;
    };
    try {
      for (;;) {
        if (p == end) break;
        Item& item = items.emplace_back();
        if (const char* next = fast(p, end, item)) {
          p = next;
        } else {
          items.pop_back();
          RecordScanner scanner(p, end);
          Line line;
          if (!scanner.next(line)) break;  // only blank lines and comments were left
          items.push_back(parse(line));
          p = scanner.position();
        }
        if (items.size() == block_items && !hand_over(false)) return;
      }
    } catch (...) {
      failure = std::current_exception();
    }
    hand_over(true);
  });

  struct Joiner {
    std::thread& thread;
    std::mutex& mutex;
    std::condition_variable& changed;
    bool& stop;
    ~Joiner() {
      {
        const std::lock_guard lock(mutex);
        stop = true;
      }
      changed.notify_all();
      thread.join();
    }
  } joiner{worker, mutex, changed, stop};

  for (;;) {
    Block block;
    bool last = false;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return !ready.empty(); });
      block = std::move(ready.front());
      ready.pop_front();
      last = done && ready.empty();
      changed.notify_all();
    }
    for (Item& item : block.items) consume(item, true);
    input.consumed(block.end);
    block.items.clear();
    {
      const std::lock_guard lock(mutex);
      spare.push_back(std::move(block.items));
    }
    if (last) break;
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace prep::io
