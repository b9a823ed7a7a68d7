#include "problems/intervals_input.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "cli/io/errors.hpp"
#include "problems/meeting_rooms.hpp"
#include "problems/merge_intervals.hpp"

using prep::algo::Interval;
using prep::io::Input;
using prep::problems::IntervalKind;
using prep::problems::LineReader;

namespace {

// What reading gave: the starts and the ends (sorted: the columns keep no order, and neither
// command needs one), or the error as `where: message`.
struct Outcome {
  std::vector<std::pair<std::int64_t, std::int64_t>> intervals;  // sorted
  std::string error;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome sequential(Input input, IntervalKind kind) {
  Outcome out;
  try {
    for (const Interval& i : prep::problems::read_intervals(input, kind).intervals) {
      out.intervals.emplace_back(i.start, i.end);
    }
  } catch (const prep::io::InputError& e) {
    out.error = e.where() + ": " + e.what();
  }
  std::sort(out.intervals.begin(), out.intervals.end());
  return out;
}

Outcome sliced(Input input, IntervalKind kind, prep::problems::SliceOptions options) {
  Outcome out;
  try {
    const prep::algo::IntervalColumns columns = prep::problems::read_interval_columns(input, kind, options);
    for (const auto& part : columns.parts) {
      // An interval at the same index of the starts and the ends.
      REQUIRE(part.near_starts.size() == part.near_ends.size());
      REQUIRE(part.far_starts.size() == part.far_ends.size());
      // The near columns' least start and greatest end, kept while parsing (the range of the keys).
      std::uint32_t least = std::numeric_limits<std::uint32_t>::max();
      std::uint32_t most = 0;
      for (std::size_t i = 0; i < part.near_starts.size(); ++i) least = std::min(least, part.near_starts[i]);
      for (std::size_t i = 0; i < part.near_ends.size(); ++i) most = std::max(most, part.near_ends[i]);
      CHECK(part.least_near_start == least);
      CHECK(part.most_near_end == most);
      const std::vector<std::int64_t> starts = part.starts();
      const std::vector<std::int64_t> ends = part.ends();
      for (std::size_t i = 0; i < starts.size(); ++i) out.intervals.emplace_back(starts[i], ends[i]);
    }
  } catch (const prep::io::InputError& e) {
    out.error = e.where() + ": " + e.what();
  }
  std::sort(out.intervals.begin(), out.intervals.end());
  return out;
}

// read_interval_columns on text in `slices` slices and chunks of chunk bytes, with every line reader,
// gives what read_intervals gives.
void check_sliced(const std::string& text, IntervalKind kind, unsigned slices, std::size_t chunk) {
  const Outcome expected = sequential(Input::from_text("in.txt", text), kind);
  CAPTURE(text);
  CAPTURE(slices);
  CAPTURE(chunk);
  for (const LineReader reader : {LineReader::fastest, LineReader::avx2, LineReader::portable}) {
    CAPTURE(static_cast<int>(reader));
    CHECK(sliced(Input::from_text("in.txt", text), kind, {slices, chunk, reader}) == expected);
  }
}

std::string number(std::mt19937_64& rng) {
  switch (rng() % 12) {
    case 0: return std::to_string(static_cast<std::int64_t>(rng()));                    // up to 19 digits
    case 1: return std::string("-").append(std::to_string(rng() % 1000));
    case 2: return std::to_string(rng() % 10);
    case 3: return std::to_string(rng() % 1'000'000'000'000'000'000ULL);               // up to 18 digits
    case 4: return std::string("00").append(std::to_string(rng() % 100));
    default: return std::to_string(rng() % 2'000'000'000);
  }
}

// A line (with its end) that is usually a good interval, sometimes odd but good, sometimes bad.
std::string random_line(std::mt19937_64& rng, bool bad_allowed) {
  const std::string seps[] = {" ", " ", " ", "\t", ",", ", ", "  ", " ,\t"};
  std::string a = number(rng);
  std::string b = number(rng);
  if (rng() % 3 != 0 && a.size() < 12 && b.size() < 12) {  // mostly in order
    const long long x = std::stoll(a);
    const long long y = std::stoll(b);
    if (x > y) std::swap(a, b);
  }
  std::string sep = seps[rng() % 8];
  std::string line = a + sep + b;
  switch (rng() % 16) {
    case 0: line = "  " + line; break;
    case 1: line += "\r"; break;
    case 2: line += " \t"; break;
    case 3: line = "# a comment " + line; break;
    case 4: line = ""; break;
    case 5: line = " \t "; break;
    case 6: line = "\t#" + line; break;
    case 7: line = a + " " + a; break;  // empty meeting, point interval
    case 8: line = "+" + a + " " + b; break;
    case 9: line = "\r" + line; break;
    case 10: line = std::string(70, ' ') + line; break;  // past the fast path's reach
    default: break;
  }
  if (bad_allowed && rng() % 4 == 0) {
    switch (rng() % 10) {
      case 0: line = a; break;
      case 1: line = a + " " + b + " 7"; break;
      case 2: line = a + " x" + b; break;
      case 3: line = "99999999999999999999 1"; break;
      case 4: line = "5 -"; break;
      case 5: line = "-" + std::string(30, '9') + " 3"; break;
      case 6: line = "7 3"; break;
      case 7: line = "é " + b; break;
      case 8: line = a + "\r" + b + " 1"; break;
      default: line = std::string("1 2") + '\0'; break;
    }
  }
  return line + (rng() % 8 == 0 ? "\r\n" : "\n");
}

std::string random_text(std::mt19937_64& rng, std::size_t lines, int bad_lines) {
  std::vector<std::string> all;
  for (std::size_t i = 0; i < lines; ++i) all.push_back(random_line(rng, false));
  for (int i = 0; i < bad_lines && !all.empty(); ++i) all[rng() % all.size()] = random_line(rng, true);
  std::string text;
  for (const std::string& line : all) text += line;
  if (!text.empty() && rng() % 3 == 0) text.pop_back();  // no final newline
  return text;
}

}  // namespace

TEST_CASE("read_interval_columns: every line reader (SWAR, and AVX2 and AVX-512 where the processor has them) reads what plain_pair reads") {
  for (const LineReader reader : {LineReader::fastest, LineReader::avx2, LineReader::portable}) {
    CAPTURE(static_cast<int>(reader));
    for (const IntervalKind kind : {IntervalKind::closed, IntervalKind::half_open}) {
      const std::string text =
          "1 2\n-5 5\n0 999999999999999999\n-999999999999999999 -1\n12345678 123456789\n"
          "1234567 12345678901234567\n00000001,0000000002\n3\t\t4\r\n-0 1\n"
          "-999999999999999 999999999999999\n-9999999999999999 9999999999999999\n123456789012345 1234567890123456\n"
          // around the limits of the 32-byte SIMD reader: 15 and 16 digits, a line end at byte 30, 31, 32
          "1 1234567890123456\n7 123456789012345\n1234567890123456 9999999999999999\n1\t,\t 2\n"
          "12345678901234 123456789012345\r\n12345678901234  123456789012345\n123456789012345 123456789012346\r\n";
      const std::string padded = text + std::string(200, '#');  // every line well inside the fast margin
      CHECK(sliced(Input::from_text("t", padded), kind, {1, 0, reader}) == sequential(Input::from_text("t", padded), kind));
      CHECK(sliced(Input::from_text("t", padded), kind, {1, 0, reader}).intervals.size() == 19);
    }
    for (const std::string bad : {"5 4\n", "1 1234567890123456789\n", "1 2 \n", "1 2\r\r\n", "1  -\n", "1,\n", "-\n",
                                  "1 -a\n", "12345678901234567890123 1\n"}) {
      const std::string text = "0 1\n" + bad + std::string(200, '\n');
      for (const IntervalKind kind : {IntervalKind::closed, IntervalKind::half_open}) {
        CAPTURE(bad);
        CHECK(sliced(Input::from_text("t", text), kind, {1, 0, reader}) == sequential(Input::from_text("t", text), kind));
      }
    }
  }
}

TEST_CASE("read_interval_columns: in slices and chunks on threads, the same intervals and first error as read_intervals") {
  std::mt19937_64 rng(424242);
  for (int round = 0; round < 300; ++round) {
    const std::size_t lines = rng() % 3 == 0 ? rng() % 8 : rng() % 400;
    const int bad = rng() % 3 == 0 ? 0 : static_cast<int>(rng() % 4);
    const std::string text = random_text(rng, lines, bad);
    const IntervalKind kind = rng() % 2 == 0 ? IntervalKind::closed : IntervalKind::half_open;
    if (text.find_first_not_of(" \t\r\n") != std::string::npos && text[text.find_first_not_of(" \t\r\n")] == '[') continue;
    for (const unsigned slices : {1U, 2U, 3U, 7U}) check_sliced(text, kind, slices, std::size_t{1} << (rng() % 12));
  }
}

TEST_CASE("read_interval_columns: chunks read in two halves at once, an odd, far or bad line in either half") {
  // Mostly common near lines, so both halves of a chunk are read together for long stretches; then
  // up to three lines close together of another kind: odd but good (read line by line), far (a 64-bit
  // value), or bad (the first error in input order must win, whichever half it is in).
  std::mt19937_64 rng(5150);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> lines;
    const std::size_t n = 200 + rng() % 3000;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t s = rng() % 1'000'000'000;
      lines.push_back(std::to_string(s) + " " + std::to_string(s + 1 + rng() % 1000) + "\n");
    }
    const int odd = static_cast<int>(rng() % 4);
    const std::size_t near = rng() % (n - 100);  // close together: often in one chunk, in both halves
    for (int i = 0; i < odd; ++i) {
      std::string& line = lines[near + rng() % 100];
      switch (rng() % 7) {
        case 0: line = random_line(rng, false); break;
        case 1: line = "-4000000000000 " + std::to_string(rng() % 1000) + "\n"; break;
        case 2: line = "4000000000000 4000000000001\n"; break;  // far, and common in form
        case 3: line = "7 7\n"; break;                          // an empty meeting: bad for meeting-rooms only
        case 4: line = "7 8 9\n"; break;                        // bad, and common in form up to its last number
        default: line = "7 3\n"; break;                         // bad for both kinds
      }
    }
    std::string text;
    for (const std::string& line : lines) text += line;
    const IntervalKind kind = rng() % 2 == 0 ? IntervalKind::closed : IntervalKind::half_open;
    if (text.find_first_not_of(" \t\r\n") != std::string::npos && text[text.find_first_not_of(" \t\r\n")] == '[') continue;
    for (const unsigned slices : {1U, 2U, 3U}) check_sliced(text, kind, slices, std::size_t{1} << (10 + rng() % 6));
  }
}

TEST_CASE("read_interval_columns: a mapped file, its pages given back as it is read, errors still placed") {
  std::mt19937_64 rng(99);
  for (const int bad : {0, 1, 3}) {
    const std::string text = random_text(rng, 60000, bad);
    char path[] = "/tmp/prep-test-intervals-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    close(fd);
    for (const IntervalKind kind : {IntervalKind::closed, IntervalKind::half_open}) {
      const Outcome expected = sequential(Input::open(path), kind);
      CHECK(sliced(Input::open(path), kind, {2, 4096}) == expected);
      CHECK(sliced(Input::open(path), kind, {}) == expected);
    }
    std::remove(path);
  }
}

TEST_CASE("merge_lines and solve_lines: the same answers as parse, solve and render") {
  namespace mi = prep::problems::merge_intervals;
  namespace mr = prep::problems::meeting_rooms;
  std::mt19937_64 rng(5);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    const std::size_t n = rng() % 3 == 0 ? rng() % 5 : rng() % 3000;
    for (std::size_t i = 0; i < n; ++i) {
      const auto s = static_cast<std::int64_t>(rng() % 100000) - 50000;
      text += std::to_string(s) + " " + std::to_string(s + 1 + static_cast<std::int64_t>(rng() % 300)) + "\n";
    }
    for (const prep::Format format : {prep::Format::text, prep::Format::json}) {
      std::string expected;
      {
        Input input = Input::from_text("t", text);
        prep::io::Output out(expected);
        mi::render(mi::solve(mi::parse(input)), format, out);
        out.commit();
      }
      std::string got;
      {
        Input input = Input::from_text("t", text);
        prep::io::Output out(got);
        mi::merge_lines(input, format, out, {static_cast<unsigned>(rng() % 3 + 1), 512});
        out.commit();
      }
      CHECK(got == expected);
    }
    for (const mr::Question question : {mr::Question::rooms, mr::Question::can_attend}) {
      Input a = Input::from_text("t", text);
      prep::problems::IntervalInput parsed = mr::parse(a);
      const mr::Answer expected = mr::solve(parsed, question);
      Input b = Input::from_text("t", text);
      const mr::Answer got = mr::solve_lines(b, question, {static_cast<unsigned>(rng() % 3 + 1), 512});
      CHECK(got.rooms == expected.rooms);
      CHECK(got.can_attend == expected.can_attend);
    }
  }
}
