// Tests for problems/stack_queue: parse_line, Session::apply and render in-process, and whole runs.
#include "problems/stack_queue.hpp"

#include <doctest/doctest.h>

#include <deque>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "cli/io/errors.hpp"
#include "cli/io/read_ahead.hpp"

namespace sq = prep::problems::stack_queue;

namespace {

// Runs the command on text as the CLI would; returns stdout, or "error: <where>: <message>".
std::string run(const std::string& text, bool json = false) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  std::string sink;
  prep::io::Output out(sink);
  prep::Options options;
  if (json) options.set_flag("json", true);
  prep::Context context{input, out, options, nullptr};
  try {
    sq::problem().run(context);
  } catch (const prep::io::InputError& e) {
    if (!out.held()) out.flush();
    return sink + "error: " + e.where() + ": " + e.what();
  }
  out.commit();
  return sink;
}

// A random run of operations: mostly the common lines, some written another way parse_line accepts
// (tabs, commas, CRLF, comments), values of every length up to past the 16-byte copies, and, with
// bad_at, a pop on an empty queue or a bad line somewhere.
std::string random_text(std::mt19937& rng, std::size_t n, bool bad) {
  std::string text;
  std::size_t size = 0;
  const auto pick = [&rng](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  const std::size_t bad_at = bad ? pick(n + 1) : n + 1;
  for (std::size_t i = 0; i < n; ++i) {
    std::string line;
    const std::size_t r = pick(100);
    if (i == bad_at) {
      line = std::vector<std::string>{"pop",    "peek",    "push",  "pop 1", "pusha 1",
                                      "push 1 2", "push 1,2", "Pop", "push\r", "push "}[pick(10)];
      if (line == "pop" || line == "peek") {
        for (; size > 0; --size) text += "pop\n";
      }
    } else if (r < 45 || size == 0) {
      const std::size_t length = pick(10) == 0 ? pick(40) + 1 : pick(12) + 1;
      for (std::size_t k = 0; k < length; ++k) line += static_cast<char>('0' + pick(75));
      for (char& c : line) {
        if (c == ',' || c == '#') c = 'x';
      }
      line = "push " + line;
      ++size;
    } else if (r < 80) {
      line = "pop";
      --size;
    } else if (r < 90) {
      line = "peek";
    } else {
      line = r < 95 ? "size" : "empty";
    }
    const std::size_t odd = pick(100);
    if (odd == 0) line += "\r";
    if (odd == 1) line = "  " + line;
    if (odd == 2 && line.starts_with("push ")) line[4] = pick(2) == 0 ? '\t' : ',';
    if (odd == 3) text += pick(2) == 0 ? "# a comment\n" : "\n";
    if (odd == 4 && line.starts_with("push ")) line.insert(5, pick(2) == 0 ? " " : "\t");
    if (odd == 5) line += std::string(" \t,")[pick(3)];
    text += line;
    if (i + 1 < n || pick(2) == 0) text += "\n";
  }
  return text;
}

// Reads text as for_each_record_block does with the fast path: parse_common_lines as far as it goes
// (with room for a random number of records), then one record the general way. Every record the
// fast path makes must be the next record of the text, and parse_line must read that record as the
// same operation; both line parsers must stop at the same place. Returns how many records the fast
// path made.
std::size_t check_common_lines(const std::string& text, std::mt19937& rng) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const std::string_view all = input.rest();
  const char* p = all.data();
  const char* const end = p + all.size();
  std::vector<sq::PackedOperation> room(64);
  std::vector<sq::PackedOperation> other(64);
  std::size_t fast = 0;
  while (p != end) {
    const std::size_t n = 1 + rng() % room.size();
    const sq::CommonLines lines = sq::parse_common_lines(p, end, std::span(room.data(), n), sq::LineParser::portable);
    const sq::CommonLines avx2 = sq::parse_common_lines(p, end, std::span(other.data(), n), sq::LineParser::avx2);
    REQUIRE(lines.count <= n);
    REQUIRE(avx2.next == lines.next);
    REQUIRE(avx2.count == lines.count);
    prep::io::RecordScanner scanner(p, end);
    const char* at = p;
    for (std::size_t k = 0; k < lines.count; ++k) {
      prep::io::Line line;
      REQUIRE(scanner.next(line));
      REQUIRE(line.text.data() == at);  // no blank line or comment was skipped
      at = scanner.position();
      sq::Operation expected;
      REQUIRE_NOTHROW(expected = sq::parse_line(input, line.text));
      for (const sq::PackedOperation& packed : {room[k], other[k]}) {
        const sq::Operation got = packed.operation();
        REQUIRE(got.kind == expected.kind);
        if (got.kind == sq::OpKind::push) {
          REQUIRE(got.value == expected.value);
        } else {
          REQUIRE(got.where == expected.where);
        }
      }
    }
    REQUIRE(lines.next == at);
    fast += lines.count;
    p = lines.next;
    if (lines.count == n) continue;
    prep::io::Line line;
    if (!scanner.next(line)) break;
    try {
      (void)sq::parse_line(input, line.text);
    } catch (const prep::io::InputError&) {
    }
    p = scanner.position();
  }
  return fast;
}

}  // namespace

TEST_CASE("stack-queue: the common-line parsers (portable, AVX2) read as parse_line") {
  // Where the processor has no AVX2, LineParser::avx2 is the portable parser again.
  std::mt19937 rng(77);
  std::size_t fast = 0;
  std::size_t lines = 0;
  for (int round = 0; round < 600; ++round) {
    const std::size_t n = round < 400 ? rng() % 60 : rng() % 5'000;
    const std::string text = random_text(rng, n, round % 4 == 0);
    fast += check_common_lines(text, rng);
    lines += n;
  }
  // Most lines are common ones: the fast path must have read most of them (the last 96 bytes of a
  // text, and the lines after an odd one, go the general way).
  CHECK(fast * 10 > lines * 7);
}

TEST_CASE("stack-queue: Session::answer (one loop per block) replies as apply and render") {
  std::mt19937 rng(11);
  const std::string names(64, 'n');  // where the operations' names are, for messages
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> values;
    std::vector<sq::Operation> ops;
    const std::size_t n = round < 200 ? rng() % 50 : rng() % 20'000;
    values.reserve(n);
    std::size_t size = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const auto r = static_cast<unsigned>(rng() % 100);
      if (r < 45) {
        // Short values (inline), 13 to 16 bytes (around the longest inline one), and long ones.
        const std::size_t length = r < 35 ? 1 + rng() % 10 : r < 42 ? 13 + rng() % 4 : 17 + rng() % 60;
        std::string value;
        for (std::size_t k = 0; k < length; ++k) value += static_cast<char>('!' + rng() % 90);
        values.push_back(value);
        ops.push_back({sq::OpKind::push, values.back(), nullptr});
        ++size;
      } else {
        const sq::OpKind kind = r < 75   ? sq::OpKind::pop
                                : r < 85 ? sq::OpKind::peek
                                : r < 92 ? sq::OpKind::size
                                         : sq::OpKind::empty;
        // Now and then a pop or peek on an empty queue (an error) in the middle.
        if ((kind == sq::OpKind::pop || kind == sq::OpKind::peek) && size == 0 && rng() % 20 != 0) continue;
        if (kind == sq::OpKind::pop && size > 0) --size;
        ops.push_back({kind, {}, names.data() + i % names.size()});
      }
    }
    std::vector<sq::PackedOperation> packed;
    for (const sq::Operation& op : ops) packed.emplace_back(op);

    std::string by_apply;
    std::size_t failed_apply = ops.size();
    {
      sq::Session session;
      prep::io::Output out(by_apply);
      for (std::size_t i = 0; i < ops.size() && failed_apply == ops.size(); ++i) {
        const sq::Reply reply = session.apply(ops[i]);
        if (reply.kind == sq::Reply::Kind::empty_queue) {
          failed_apply = i;
        } else {
          sq::render(reply, out);
        }
      }
      out.commit();
    }
    std::string by_answer;
    std::size_t failed_answer = ops.size();
    // Lasting: long values may be kept as views (they live in `values`). Not lasting: each block's
    // values are copied into a buffer that is overwritten once the block is answered, as a pipe's
    // buffer is, so a value the Session kept as a view would come out wrong.
    const bool lasting = round % 2 == 0;
    {
      sq::Session session;
      prep::io::Output out(by_answer);
      std::string buffer;
      for (std::size_t i = 0; i < packed.size();) {
        const std::size_t block = std::min<std::size_t>(packed.size() - i, 1 + rng() % 3'000);
        std::vector<sq::PackedOperation> copies(packed.begin() + static_cast<std::ptrdiff_t>(i),
                                                packed.begin() + static_cast<std::ptrdiff_t>(i + block));
        if (!lasting) {
          buffer.clear();
          for (std::size_t k = i; k < i + block; ++k) buffer += ops[k].value;
          std::size_t at = 0;
          for (std::size_t k = i; k < i + block; ++k) {
            if (ops[k].kind != sq::OpKind::push) continue;
            const std::string_view copy = std::string_view(buffer).substr(at, ops[k].value.size());
            copies[k - i] = sq::PackedOperation(sq::Operation{sq::OpKind::push, copy, nullptr});
            at += ops[k].value.size();
          }
        }
        const std::size_t answered = session.answer(copies, out, lasting);
        if (!lasting) buffer.assign(buffer.size(), '?');
        if (answered != block) {
          failed_answer = i + answered;
          break;
        }
        i += block;
      }
      out.commit();
    }
    REQUIRE(failed_answer == failed_apply);
    REQUIRE(by_answer == by_apply);
  }
}

TEST_CASE("stack-queue: read ahead (fast parse, one loop per block) answers as line by line") {
  std::mt19937 rng(2024);
  for (int round = 0; round < 400; ++round) {
    const std::size_t n = round < 300 ? rng() % 40 : rng() % 30'000;
    const std::string text = random_text(rng, n, round % 3 == 0);
    std::string line_by_line;
    std::string read_ahead;
    {
      const prep::io::ReadAheadFrom never(~std::size_t{0});
      line_by_line = run(text);
    }
    {
      const prep::io::ReadAheadFrom always(0);
      read_ahead = run(text);
    }
    REQUIRE_MESSAGE(read_ahead == line_by_line, "input:\n" << (text.size() < 2000 ? text : text.substr(0, 2000)));
  }
}

TEST_CASE("stack-queue: parse_line") {
  prep::io::Input input = prep::io::Input::from_text("t", "");
  const std::string line = "push\thello";
  const sq::Operation op = sq::parse_line(input, line);
  CHECK(op.kind == sq::OpKind::push);
  CHECK(op.value == "hello");
  CHECK(sq::parse_line(input, "size").kind == sq::OpKind::size);
  CHECK_THROWS_AS(sq::parse_line(input, "push"), prep::io::InputError);
  CHECK_THROWS_AS(sq::parse_line(input, "pop 1"), prep::io::InputError);
  CHECK_THROWS_AS(sq::parse_line(input, "enqueue 1"), prep::io::InputError);
}

TEST_CASE("stack-queue: session replies") {
  sq::Session session;
  CHECK(session.apply({sq::OpKind::pop, {}, nullptr}).kind == sq::Reply::Kind::empty_queue);
  CHECK(session.apply({sq::OpKind::empty, {}, nullptr}).boolean);
  CHECK(session.apply({sq::OpKind::push, "x", nullptr}).kind == sq::Reply::Kind::none);
  CHECK(session.apply({sq::OpKind::peek, {}, nullptr}).value == "x");
  CHECK(session.apply({sq::OpKind::size, {}, nullptr}).count == 1);
  CHECK(session.apply({sq::OpKind::pop, {}, nullptr}).value == "x");
  CHECK(session.apply({sq::OpKind::peek, {}, nullptr}).kind == sq::Reply::Kind::empty_queue);
}

TEST_CASE("stack-queue: line form") {
  CHECK(run("") == "");
  CHECK(run("push 1\npush 2\npeek\npop\nempty\nsize\npop\nempty\n") == "1\n1\nfalse\n1\n2\ntrue\n");
  CHECK(run("# comment\n\npush a\npush,b\npop\npop\n") == "a\nb\n");
  CHECK(run("push 1\npop\npop\npush 2\n") == "1\nerror: t:3:1: pop on an empty queue");
  CHECK(run("push 1\npush 007\npop\npop\nsize\nempty\n", true) == "[1,\"007\",0,true]\n");
}

TEST_CASE("stack-queue: LeetCode design form") {
  CHECK(run("[\"MyQueue\",\"push\",\"push\",\"peek\",\"pop\",\"empty\"]\n[[],[1],[2],[],[],[]]\n") ==
        "[null,null,null,1,1,false]\n");
  CHECK(run("[\"MyQueue\",\"push\",\"pop\",\"size\"]\n[[],[\"a b\"],[],[]]") == "[null,null,\"a b\",0]\n");
  // The answer is one array: nothing of it is printed when a call is bad.
  CHECK(run("[\"MyQueue\",\"push\",\"pop\",\"pop\"]\n[[],[1],[],[]]") == "error: t:1:25: pop on an empty queue");
  CHECK(run("[\"MyQueue\",\"push\"]\n[[],[1,2]]") == "error: t:2:5: push takes one argument: [X]");
  CHECK(run("[\"Queue\"]\n[[]]").find("expected the class name \"MyQueue\"") != std::string::npos);
  CHECK(run("[\"MyQueue\",\"push\"]\n[[]]").find("1 argument lists for 2 method names") != std::string::npos);
}

TEST_CASE("stack-queue: a million operations in order") {
  std::string text;
  for (int i = 0; i < 500'000; ++i) text += "push " + std::to_string(i) + "\n";
  std::string expected;
  for (int i = 0; i < 500'000; ++i) {
    text += "pop\n";
    expected += std::to_string(i) + "\n";
  }
  CHECK(run(text) == expected);
}

TEST_CASE("stack-queue: the token store keeps values across its compactions") {
  // Interleaved pushes and pops move the dead prefix past the compaction threshold many times.
  sq::Session session;
  std::deque<std::string> model;
  std::mt19937 rng(7);
  for (int step = 0; step < 300'000; ++step) {
    if (rng() % 5 < 3) {
      std::string value = std::to_string(step);
      if (step % 97 == 0) value.append(300, 'x');
      REQUIRE(session.apply({sq::OpKind::push, value, nullptr}).kind == sq::Reply::Kind::none);
      model.push_back(value);
    } else if (!model.empty()) {
      REQUIRE(session.apply({sq::OpKind::peek, {}, nullptr}).value == model.front());
      REQUIRE(session.apply({sq::OpKind::pop, {}, nullptr}).value == model.front());
      model.pop_front();
    }
  }
  CHECK(session.apply({sq::OpKind::size, {}, nullptr}).count == static_cast<std::int64_t>(model.size()));
}
