#include "problems/lca.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace lca = prep::problems::lca;

namespace {

std::string run(const std::string& text, prep::Format format = prep::Format::text) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  std::string sink;
  prep::io::Output out(sink);
  lca::render(lca::solve(lca::parse(input)), format, out);
  out.commit();
  return sink;
}

std::string where(const std::string& text) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  try {
    (void)lca::parse(input);
  } catch (const prep::io::InputError& error) {
    return error.where();
  }
  return "no error";
}

}  // namespace

TEST_CASE("lca: parse, solve, render in-process") {
  const std::string tree = "[3,5,1,6,2,0,8,null,null,7,4]\n";
  CHECK(run(tree + "5\n1\n") == "3\n");
  CHECK(run(tree + "5 4\n") == "5\n");
  CHECK(run(tree + "5 42\n") == "null\n");
  CHECK(run(tree + "5 1 7 8\n", prep::Format::json) == "[3,3]\n");
  CHECK(run("") == "");
  CHECK(run("[]\n1 1\n") == "null\n");
  prep::io::Input input = prep::io::Input::from_text("t", "[1]");
  CHECK(lca::parse(input).leetcode);
  prep::io::Input plain = prep::io::Input::from_text("t", "1 2 3\n2 3\n");
  const lca::TreeInput parsed = lca::parse(plain);
  CHECK_FALSE(parsed.leetcode);
  CHECK(parsed.values == std::vector<std::int64_t>{1, 2, 3});
  CHECK(parsed.queries == std::vector<std::int64_t>{2, 3});
}

TEST_CASE("lca: bad input is reported at its place") {
  CHECK(where("[3,5,1,5]\n") == "t:1:8");            // duplicate
  CHECK(where("[3,5,1]\n5 1\n3\n") == "t:3:1");      // odd number of query values
  CHECK(where("[3,x]\n") == "t:1:4");                // not an integer
  CHECK(where("[3,5\n") == "t:1:1");                 // no closing bracket
  CHECK(where("[1,null,null,2]\n") == "t:1:14");     // no place for 2
  CHECK(where("[1,2]\n1 2 3 4\n") == "no error");
}

TEST_CASE("lca: random trees through the text form, against parent walking") {
  std::mt19937 rng(99);
  for (int round = 0; round < 200; ++round) {
    // A random level-order list over values 100, 101, …, shuffled; ~1/3 nulls.
    const int n = 1 + static_cast<int>(rng() % 60);
    std::vector<long long> values(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) values[static_cast<std::size_t>(i)] = 100 + i;
    std::shuffle(values.begin(), values.end(), rng);
    std::string text = "[";
    text += std::to_string(values[0]);
    std::vector<long long> parent_of(static_cast<std::size_t>(n), -1);  // by position in values
    std::vector<int> queue{0};
    std::size_t head = 0;
    int placed = 1;
    while (placed < n) {
      const int parent = queue[head];
      for (int side = 0; side < 2 && placed < n; ++side) {
        if (rng() % 3 == 0 && head + 1 < queue.size() + static_cast<std::size_t>(side)) {
          text += ",null";
        } else {
          text += ',';
          text += std::to_string(values[static_cast<std::size_t>(placed)]);
          parent_of[static_cast<std::size_t>(placed)] = parent;
          queue.push_back(placed++);
        }
      }
      ++head;
    }
    text += "]\n";
    std::string expected;
    for (int q = 0; q < 30; ++q) {
      const int a = static_cast<int>(rng() % static_cast<unsigned>(n + 1)), b = static_cast<int>(rng() % static_cast<unsigned>(n));
      const long long pa = a == n ? 7 : values[static_cast<std::size_t>(a)];  // 7 is in no tree
      text += std::to_string(pa);
      text += ' ';
      text += std::to_string(values[static_cast<std::size_t>(b)]);
      text += '\n';
      if (a == n) {
        expected += "null\n";
        continue;
      }
      std::vector<bool> above(static_cast<std::size_t>(n), false);
      for (long long x = a; x != -1; x = parent_of[static_cast<std::size_t>(x)]) above[static_cast<std::size_t>(x)] = true;
      long long y = b;
      while (!above[static_cast<std::size_t>(y)]) y = parent_of[static_cast<std::size_t>(y)];
      expected += std::to_string(values[static_cast<std::size_t>(y)]);
      expected += '\n';
    }
    const std::string got = run(text);
    if (got != expected) FAIL("input:\n", text, "got:\n", got, "expected:\n", expected);
  }
}

TEST_CASE("lca: a chain a million deep with a million queries, through parse and solve") {
  const int n = 1'000'000;
  std::string text = "[0";
  for (int v = 1; v < n; ++v) {  // a left chain
    text += ',';
    text += std::to_string(v);
    text += ",null";
  }
  text += "]\n";
  std::mt19937 rng(1);
  std::vector<std::int64_t> expected;
  for (int q = 0; q < 1'000'000; ++q) {
    const auto a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
    text += std::to_string(a);
    text += ' ';
    text += std::to_string(b);
    text += '\n';
    expected.push_back(std::min(a, b));
  }
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const lca::TreeInput tree = lca::parse(input);
  REQUIRE(tree.tree.size() == std::uint32_t{n});
  const auto answers = lca::solve(tree);
  REQUIRE(answers.size() == expected.size());
  bool all = true;
  for (std::size_t i = 0; i < answers.size(); ++i) all = all && answers[i] == expected[i];
  CHECK(all);
}

TEST_CASE("lca: the description is complete and its samples run") {
  const prep::Problem& p = lca::problem();
  CHECK(p.name == "lca");
  CHECK_FALSE(prep::data_file(p.explanation).empty());
  for (const prep::Sample& sample : p.samples) {
    prep::io::Input input = prep::io::Input::from_text(sample.input, std::string(prep::data_file(sample.input)));
    std::string sink;
    prep::io::Output out(sink);
    const prep::Options options = prep::Options::defaults(p.options);
    prep::Context context{input, out, options, {}};
    p.run(context);
    out.commit();
    CHECK(sink == "3\n5\n3\nnull\n");
  }
}
