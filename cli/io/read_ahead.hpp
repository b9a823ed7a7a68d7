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

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <span>
#include <string_view>
#include <thread>
#include <type_traits>
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
  // Goes on at p, the start of a line after position() (for a caller that read a line itself).
  void skip_to(const char* p) { p_ = p; }

 private:
  const char* p_;
  const char* end_;
};

// A worker thread that makes values in order and hands them to the calling thread through a short
// queue: the shared half of every read-ahead path (for_each_record here, phone numbers' batches).
// make(emit) runs on the worker; emit(T&&) queues a value (waiting while max_queued are queued) and
// returns false once the calling thread has stopped, and make should then return. An exception
// escaping make reaches the calling thread from next() after every value emitted before it.
// Values given back with recycle() come out of reuse() on the worker, with their buffers.
template <class T>
class Handoff {
 public:
  template <class Make>
  Handoff(std::size_t max_queued, Make make) : max_queued_(max_queued) {
    worker_ = std::thread([this, make = std::move(make)]() mutable {
      std::exception_ptr failure;
      try {
        make([this](T&& value) { return emit(std::move(value)); });
      } catch (...) {
        failure = std::current_exception();
      }
      const std::lock_guard lock(mutex_);
      done_ = true;
      error_ = failure;
      changed_.notify_all();
    });
  }
  Handoff(const Handoff&) = delete;
  Handoff& operator=(const Handoff&) = delete;
  // Stops the worker (at its next emit) and waits for it.
  ~Handoff() {
    {
      const std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    worker_.join();
  }

  // The next value; false when there are no more, or the worker's exception after the last value.
  bool next(T& value) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !ready_.empty() || done_; });
    if (ready_.empty()) {
      if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
      return false;
    }
    value = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return true;
  }

  // Values made and not yet taken by next(): on the worker, a sign of which side is behind.
  [[nodiscard]] std::size_t queued() {
    const std::lock_guard lock(mutex_);
    return ready_.size();
  }

  // A value the calling thread is done with, for reuse() to give back.
  void recycle(T&& value) {
    const std::lock_guard lock(mutex_);
    spare_.push_back(std::move(value));
  }
  // On the worker: a recycled value, or a new one.
  T reuse() {
    const std::lock_guard lock(mutex_);
    if (spare_.empty()) return T{};
    T value = std::move(spare_.back());
    spare_.pop_back();
    return value;
  }

 private:
  bool emit(T&& value) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || ready_.size() < max_queued_; });
    if (stop_) return false;
    ready_.push_back(std::move(value));
    changed_.notify_all();
    return true;
  }

  std::size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<T> ready_;
  std::vector<T> spare_;
  bool done_ = false;
  bool stop_ = false;
  std::exception_ptr error_;
  std::thread worker_;  // last: started once everything above exists
};

// The smallest input read ahead on a second thread: below it a thread costs more than it saves.
// Fuzz targets set it to 0 to run small inputs both ways and compare.
inline std::size_t read_ahead_min_bytes = std::size_t{1} << 20;

// While alive, read_ahead_min_bytes is `bytes`; the old value is back when it is destroyed (also when
// a test fails out of the scope).
class ReadAheadFrom {
 public:
  explicit ReadAheadFrom(std::size_t bytes) : saved_(read_ahead_min_bytes) { read_ahead_min_bytes = bytes; }
  ReadAheadFrom(const ReadAheadFrom&) = delete;
  ReadAheadFrom& operator=(const ReadAheadFrom&) = delete;
  ~ReadAheadFrom() { read_ahead_min_bytes = saved_; }

 private:
  std::size_t saved_;
};

// What a fast path that reads many lines at once returns: where it stopped, and how many items it made.
struct FastLines {
  const char* next;
  std::size_t count;
};

// Which thread gives the pages of a mapped input back to the kernel once their records are consumed:
// the calling thread (consumed()), or the worker, which then does it off the calling thread's time
// (the calling thread only shows progress). A page given back is read again from the file if it is
// touched: that is only slower.
enum class GiveBack { caller, worker };

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
//
// Or, for a fast path that reads many lines at once, fast(line, end, std::span<Item> room) ->
// FastLines: parses the common records from `line` on into room (at most room.size()), and returns
// where it stopped and how many it parsed; the record it stopped at goes to the record splitter and
// parse (when it has parsed none, too).
//
// consume(std::span<Item> items, bool lasting) takes the items of a block in order (one item at a
// time when nothing is read ahead), so a command can answer a block in one tight loop. It may return
// a const char*: where the input it still holds views into starts (nullptr: none), so that the
// pages from there on are not given back (and read again) while it needs them.
template <class Item, GiveBack give_back = GiveBack::caller, class Parse, class ConsumeBlock, class Fast = NoFastPath>
void for_each_record_block(Input& input, Parse&& parse, ConsumeBlock&& consume, Fast&& fast = {},
                           std::size_t min_bytes = read_ahead_min_bytes) {
  if (input.size_hint() < min_bytes || input.size_hint() == 0) {
    Line line;
    while (input.next_record(line)) {
      Item item = parse(line);
      consume(std::span<Item>(&item, 1), false);
    }
    return;
  }

  // Blocks start small, so that the calling thread starts soon, and grow to where handing one over
  // (a lock, and a wake-up when the other side waits) is rare: with 4096 items per block the waits
  // cost stack-queue a tenth of its time. A full block is 512 KiB (32768 of stack-queue's 16-byte
  // items): larger ones (2.4 MiB of lru's) fell out of the cache between the threads, and the queue
  // of them doubled lru's memory.
  constexpr std::size_t first_block_items = 1024;
  constexpr std::size_t block_items = std::max<std::size_t>(first_block_items, (std::size_t{512} << 10) / sizeof(Item));
  constexpr std::size_t max_blocks = 8;  // queued between the threads
  constexpr std::size_t give_back_step = std::size_t{8} << 20;  // bytes of input given back at once
  struct Block {
    std::vector<Item> items;    // the first `count` are filled
    std::size_t count = 0;
    const char* end = nullptr;  // the input before this is parsed
  };
  const std::string_view text = input.rest();
  Handoff<Block> blocks(max_blocks, [&](auto emit) {
    const char* p = text.data();
    const char* const end = p + text.size();
    std::size_t limit = first_block_items;
    Block block;
    block.items.resize(limit);
    const char* given_back = p;  // GiveBack::worker: the input before this is given back
    const auto hand_over = [&] {
      block.end = p;
      if (!emit(std::move(block))) return false;
      block = blocks.reuse();
      // A recycled block has been consumed, and the one recycled last has the furthest end.
      if (give_back == GiveBack::worker && block.end != nullptr &&
          block.end - given_back >= static_cast<std::ptrdiff_t>(give_back_step)) {
        input.release(given_back, block.end);
        given_back = block.end;
      }
      limit = std::min(limit * 2, block_items);
      if (block.items.size() < limit) block.items.resize(limit);  // a recycled block may be big enough
      block.count = 0;
      return true;
    };
    try {
      while (p != end) {
        if constexpr (std::is_invocable_r_v<FastLines, Fast&, const char*, const char*, std::span<Item>>) {
          const FastLines lines = fast(p, end, std::span<Item>(block.items.data() + block.count, limit - block.count));
          p = lines.next;
          block.count += lines.count;
          if (block.count == limit) {
            if (!hand_over()) return;
            continue;
          }
          if (p == end) break;
          RecordScanner scanner(p, end);
          Line line;
          if (!scanner.next(line)) break;  // only blank lines and comments were left
          block.items[block.count] = parse(line);
          p = scanner.position();
        } else if (const char* next = fast(p, end, block.items[block.count])) {
          p = next;
        } else {
          RecordScanner scanner(p, end);
          Line line;
          if (!scanner.next(line)) break;  // only blank lines and comments were left
          block.items[block.count] = parse(line);
          p = scanner.position();
        }
        if (++block.count == limit && !hand_over()) return;
      }
    } catch (...) {
      hand_over();  // the items before the bad record are answered first
      throw;
    }
    if (hand_over() && give_back == GiveBack::worker) {
      // The rest is parsed: given back now rather than when the calling thread unmaps it at the end
      // (a view into it is read again from the file).
      input.release(given_back, end);
    }
  });

  Block block;
  while (blocks.next(block)) {
    const char* done = block.end;
    const std::span<Item> items(block.items.data(), block.count);
    if constexpr (std::is_void_v<decltype(consume(items, true))>) {
      consume(items, true);
    } else {
      static_assert(give_back == GiveBack::caller, "a consume that holds views gives pages back itself");
      const char* held = consume(items, true);
      if (held != nullptr && held < done) done = held;
    }
    if (give_back == GiveBack::worker) {
      input.progressed(done);
    } else {
      input.consumed(done);
    }
    blocks.recycle(std::move(block));
  }
}

// for_each_record_block with consume(Item&, bool lasting) called for each item.
template <class Item, class Parse, class Consume, class Fast = NoFastPath>
void for_each_record(Input& input, Parse&& parse, Consume&& consume, Fast&& fast = {},
                     std::size_t min_bytes = read_ahead_min_bytes) {
  for_each_record_block<Item>(
      input, std::forward<Parse>(parse),
      [&consume](std::span<Item> items, bool lasting) {
        for (Item& item : items) consume(item, lasting);
      },
      std::forward<Fast>(fast), min_bytes);
}

}  // namespace prep::io
