#include "cli/io/read_ahead.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/io/input.hpp"

using prep::io::Input;
using prep::io::InputError;
using prep::io::Line;
using prep::io::RecordScanner;

namespace {

// A random text of records, blank lines, comments, CRLF endings and odd spacing; lines holding
// "bad" make the test parser fail.
std::string random_text(std::mt19937& rng, int lines, bool with_bad) {
  static const char* const pieces[] = {"a", "bb", "ccc 1", "  d", "\te,f", "# note", "", "   ", "\r", "x y z",
                                       "  # indented note", "push 7", "é", "get k", "put k v"};
  std::string text;
  for (int i = 0; i < lines; ++i) {
    if (with_bad && rng() % 997 == 0) {
      text += "ok bad here";
    } else {
      text += pieces[rng() % std::size(pieces)];
    }
    if (rng() % 5 == 0) text += '\r';
    if (i + 1 < lines || rng() % 2 == 0) text += '\n';
  }
  return text;
}

struct Run {
  std::vector<std::string> items;
  std::string error;  // the message of the InputError, or empty
};

// Runs for_each_record over text: the parse turns a record into its text and fails on "bad"; with
// use_fast, lines starting with "a\n" or "bb\n" take the fast path.
Run run(const std::string& text, std::size_t min_bytes, bool use_fast) {
  Input input = Input::from_text("t.txt", text);
  Run result;
  const auto parse = [&input](const Line& line) {
    const std::size_t bad = line.text.find("bad");
    if (bad != std::string_view::npos) throw input.error_at(line.text.data() + bad, "a bad record");
    return std::string(line.text);
  };
  const auto fast = [&](const char* p, const char* end, std::string& item) -> const char* {
    if (!use_fast) return nullptr;
    for (const std::string_view word : {"a\n", "bb\n"}) {
      if (static_cast<std::size_t>(end - p) >= word.size() && std::memcmp(p, word.data(), word.size()) == 0) {
        item.assign(p, word.size() - 1);
        return p + word.size();
      }
    }
    return nullptr;
  };
  try {
    prep::io::for_each_record<std::string>(
        input, parse, [&](const std::string& item, bool) { result.items.push_back(item); }, fast, min_bytes);
  } catch (const InputError& e) {
    result.error = e.where() + ": " + e.what();
  }
  return result;
}

}  // namespace

TEST_CASE("RecordScanner gives the records Input::next_record gives") {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const std::string text = random_text(rng, static_cast<int>(rng() % 40), false);
    Input input = Input::from_text("t", text);
    std::vector<std::string> expected;
    Line line;
    while (input.next_record(line)) expected.emplace_back(line.text);
    std::vector<std::string> got;
    RecordScanner scanner(text.data(), text.data() + text.size());
    while (scanner.next(line)) got.emplace_back(line.text);
    CHECK(got == expected);
  }
}

TEST_CASE("for_each_record: the worker thread gives the same items and the same first error") {
  std::mt19937 rng(11);
  for (int round = 0; round < 60; ++round) {
    // Up to ~20,000 lines: several blocks of 4,096 items, errors in any block.
    const std::string text = random_text(rng, static_cast<int>(rng() % 20000), round % 2 == 0);
    const Run sequential = run(text, std::size_t{1} << 40, false);
    for (const bool use_fast : {false, true}) {
      const Run threaded = run(text, 0, use_fast);
      CHECK(threaded.items == sequential.items);
      CHECK(threaded.error == sequential.error);
    }
    if (round % 2 == 0 && text.find("bad") != std::string::npos) CHECK(!sequential.error.empty());
  }
}

TEST_CASE("for_each_record: an error on the last line of a big input is reported with its line") {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "line\n";
  text += "the bad one\n";
  const Run threaded = run(text, 0, true);
  CHECK(threaded.items.size() == 50000);
  CHECK(threaded.error.find("t.txt:50001:5") != std::string::npos);
}

TEST_CASE("for_each_record: a consumer that throws stops the worker") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "record\n";
  Input input = Input::from_text("t", text);
  int seen = 0;
  const auto parse = [](const Line& line) { return line.text.size(); };
  CHECK_THROWS_AS(prep::io::for_each_record<std::size_t>(
                      input, parse,
                      [&](std::size_t, bool lasting) {
                        CHECK(lasting);
                        if (++seen == 5000) throw std::runtime_error("stop");
                      },
                      prep::io::NoFastPath{}, 0),
                  std::runtime_error);
  CHECK(seen == 5000);
}

TEST_CASE("for_each_record: a small input is read on the calling thread, views not lasting") {
  Input input = Input::from_text("t", "one\n\n# c\ntwo\n");
  std::vector<std::string> got;
  const auto parse = [](const Line& line) { return std::string(line.text); };
  prep::io::for_each_record<std::string>(input, parse, [&](const std::string& item, bool lasting) {
    CHECK_FALSE(lasting);
    got.push_back(item);
  });
  CHECK(got == std::vector<std::string>{"one", "two"});
}

TEST_CASE("Handoff: values in order, then the worker's exception; stopping a blocked worker") {
  for (const int thrown_after : {0, 1, 7, 100}) {
    prep::io::Handoff<int> values(2, [&](auto emit) {
      for (int i = 0; i < thrown_after; ++i) {
        if (!emit(int{i})) return;
      }
      throw std::runtime_error("worker failed");
    });
    std::vector<int> got;
    int value = 0;
    CHECK_THROWS_WITH(
        [&] {
          while (values.next(value)) got.push_back(value);
        }(),
        "worker failed");
    CHECK(got.size() == static_cast<std::size_t>(thrown_after));
    for (int i = 0; i < static_cast<int>(got.size()); ++i) CHECK(got[static_cast<std::size_t>(i)] == i);
  }
  // A worker with far more to give than the queue holds, abandoned after one value: the
  // destructor stops it at its next emit instead of waiting forever.
  prep::io::Handoff<std::string> lines(1, [](auto emit) {
    for (int i = 0; i < 1000000; ++i) {
      if (!emit(std::to_string(i))) return;
    }
  });
  std::string first;
  CHECK(lines.next(first));
  CHECK(first == "0");
}

TEST_CASE("for_each_record_block: a fast path of many lines at once, the worker giving a mapped file's pages back") {
  // Over 8 MiB (the step in which pages are given back), with a bad line near the end: the message
  // counts lines through pages given back, which are read again from the file.
  std::mt19937 rng(5);
  std::string text;
  int lines = 0;
  while (text.size() < (std::size_t{12} << 20)) {
    std::string line = rng() % 3 == 0 ? random_text(rng, 1, false) : std::string("a\n");
    if (line.empty() || line.back() != '\n') line += '\n';
    text += line;
    ++lines;
  }
  text += "the bad one\nb\n";
  char path[] = "/tmp/prep_read_ahead_XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fd);

  const Run sequential = run(text, std::size_t{1} << 40, false);
  Run given_back;
  {
    Input input = Input::open(path);
    const auto parse = [&input](const Line& line) {
      const std::size_t bad = line.text.find("bad");
      if (bad != std::string_view::npos) throw input.error_at(line.text.data() + bad, "a bad record");
      return std::string(line.text);
    };
    std::size_t fast_items = 0;
    const auto fast = [&fast_items](const char* p, const char* end, std::span<std::string> room) {
      std::size_t n = 0;
      while (n < room.size() && end - p >= 2 && p[0] == 'a' && p[1] == '\n') {
        room[n++].assign(1, 'a');
        p += 2;
      }
      fast_items += n;
      return prep::io::FastLines{p, n};
    };
    try {
      prep::io::for_each_record_block<std::string, prep::io::GiveBack::worker>(
          input, parse,
          [&](std::span<std::string> items, bool) {
            for (const std::string& item : items) given_back.items.push_back(item);
          },
          fast, 0);
    } catch (const InputError& e) {
      given_back.error = e.where() + ": " + e.what();
    }
    CHECK(fast_items * 2 > given_back.items.size());
  }
  std::remove(path);
  CHECK(given_back.items == sequential.items);
  CHECK(given_back.error.substr(given_back.error.find(':')) == sequential.error.substr(sequential.error.find(':')));
  CHECK(sequential.error.find(":" + std::to_string(lines + 1) + ":5:") != std::string::npos);
}
