#include "cli/io/input.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "cli/io/text.hpp"

using prep::io::Input;
using prep::io::IntStatus;
using prep::io::Line;
using prep::io::parse_int64;
using prep::io::Tokens;

namespace {
std::vector<std::string> tokens_of(std::string_view line) {
  std::vector<std::string> out;
  Tokens tokens(line);
  std::string_view token;
  while (tokens.next(token)) out.emplace_back(token);
  return out;
}
}  // namespace

TEST_CASE("parse_int64: valid values and limits") {
  CHECK(parse_int64("0").value == 0);
  CHECK(parse_int64("-0").value == 0);
  CHECK(parse_int64("+17").value == 17);
  CHECK(parse_int64("007").value == 7);
  CHECK(parse_int64("9223372036854775807").value == std::numeric_limits<std::int64_t>::max());
  CHECK(parse_int64("-9223372036854775808").value == std::numeric_limits<std::int64_t>::min());
  CHECK(parse_int64("9223372036854775808").status == IntStatus::out_of_range);
  CHECK(parse_int64("-9223372036854775809").status == IntStatus::out_of_range);
  CHECK(parse_int64("99999999999999999999").status == IntStatus::out_of_range);
  for (const char* bad : {"", "-", "+", "1x", "x1", "1.5", "1e3", " 1", "--1", "0x10"}) {
    CAPTURE(bad);
    CHECK(parse_int64(bad).status == IntStatus::not_integer);
  }
}

TEST_CASE("parse_int64: random values round-trip") {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 10000; ++i) {
    const auto v = static_cast<std::int64_t>(rng() >> (rng() % 64));
    const auto r = parse_int64(std::to_string(v));
    REQUIRE(r.status == IntStatus::ok);
    CHECK(r.value == v);
  }
}

TEST_CASE("Tokens: spaces, tabs, commas") {
  CHECK(tokens_of("").empty());
  CHECK(tokens_of(" \t, ").empty());
  CHECK(tokens_of("a") == std::vector<std::string>{"a"});
  CHECK(tokens_of(" 1,2\t 3 ,4,") == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(tokens_of("x y\r") == std::vector<std::string>{"x", "y"});
}

TEST_CASE("Input: lines, CRLF, missing final newline, records skip blanks and comments") {
  Input input = Input::from_text("t", "a\r\n\n  # c\n\t\nb c\nlast");
  Line line;
  std::vector<std::pair<std::string, std::uint64_t>> records;
  while (input.next_record(line)) records.emplace_back(std::string(line.text), line.number);
  CHECK(records == std::vector<std::pair<std::string, std::uint64_t>>{{"a", 1}, {"b c", 5}, {"last", 6}});
}

TEST_CASE("Input: error positions count lines and code points") {
  Input input = Input::from_text("f.txt", "one\ntwo é x\n");
  Line line;
  REQUIRE(input.next_line(line));
  REQUIRE(input.next_line(line));
  const auto x = line.text.find('x');
  const auto error = input.error_at(line.text.data() + x, "bad");
  CHECK(error.where() == "f.txt:2:7");
  CHECK(std::string(error.what()) == "bad");
}

TEST_CASE("Input: peek_nonblank and rest, then lines after the rest") {
  Input input = Input::from_text("t", "\n  \n [1]\n3 4\n");
  CHECK(input.peek_nonblank() == '[');
  const std::string_view rest = input.rest();
  CHECK(rest == "\n  \n [1]\n3 4\n");
  const auto error = input.error_at(rest.data() + rest.find('['), "here");
  CHECK(error.where() == "t:3:2");
  input.skip_to(rest.data() + rest.find('3'));
  Line line;
  REQUIRE(input.next_line(line));
  CHECK(line.text == "3 4");
  CHECK(line.number == 4);
}

TEST_CASE("Input: a pipe is read in blocks; long lines and many lines survive refills") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::string text;
  for (int i = 0; i < 300000; ++i) text += std::to_string(i) + (i % 1000 == 0 ? std::string(5000, 'x') : "") + "\n";
  text += std::string(3 << 20, 'y');  // a 3 MiB last line, longer than a block, no newline
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    std::size_t done = 0;
    while (done < text.size()) {
      const auto n = write(fds[1], text.data() + done, text.size() - done);
      if (n <= 0) _exit(1);
      done += static_cast<std::size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  const int saved = dup(STDIN_FILENO);
  dup2(fds[0], STDIN_FILENO);
  close(fds[0]);
  {
    Input input = Input::open("-");
    CHECK(input.name() == "<stdin>");
    Line line;
    std::uint64_t count = 0;
    bool all_match = true;
    std::size_t offset = 0;
    while (input.next_line(line)) {
      ++count;
      const auto expected_end = text.find('\n', offset);
      const std::string_view expected =
          std::string_view(text).substr(offset, expected_end == std::string::npos ? std::string::npos : expected_end - offset);
      all_match = all_match && line.text == expected && line.number == count;
      offset = expected_end == std::string::npos ? text.size() : expected_end + 1;
    }
    CHECK(all_match);
    CHECK(count == 300001);
  }
  dup2(saved, STDIN_FILENO);
  close(saved);
}

TEST_CASE("Input: open reports a missing file") {
  CHECK_THROWS_AS(Input::open("/nonexistent/file"), prep::io::InputError);
  try {
    (void)Input::open("/nonexistent/file");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "/nonexistent/file");
  }
}

TEST_CASE("Input: a regular file is mapped; lines and positions are right") {
  char path[] = "/tmp/prep_test_input_XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  const std::string text = "1 2\n\n3 4\r\n5";
  REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fd);
  {
    Input input = Input::open(path);
    Line line;
    std::vector<std::string> lines;
    while (input.next_record(line)) lines.emplace_back(line.text);
    CHECK(lines == std::vector<std::string>{"1 2", "3 4", "5"});
    CHECK(input.error_at(line.text.data(), "x").where() == std::string(path) + ":4:1");
  }
  unlink(path);
}

TEST_CASE("expect_int64: messages name the value") {
  Input input = Input::from_text("t", "7 q 99999999999999999999");
  Line line;
  REQUIRE(input.next_line(line));
  CHECK(prep::io::expect_int64(input, line.text.substr(0, 1), "N") == 7);
  try {
    prep::io::expect_int64(input, line.text.substr(2, 1), "N");
    FAIL("no error");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "t:1:3");
    CHECK(std::string(e.what()) == "expected an integer for N, found 'q'");
  }
  try {
    prep::io::expect_int64(input, line.text.substr(4), "N");
    FAIL("no error");
  } catch (const prep::io::InputError& e) {
    CHECK(e.where() == "t:1:5");
    CHECK(std::string(e.what()) == "N '99999999999999999999' does not fit in a signed 64-bit integer");
  }
}
