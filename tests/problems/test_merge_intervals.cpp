#include "problems/merge_intervals.hpp"

#include <doctest/doctest.h>

#include <string>

namespace mi = prep::problems::merge_intervals;

namespace {
std::string run(const std::string& text, prep::Format format) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  std::string sink;
  prep::io::Output out(sink);
  mi::render(mi::solve(mi::parse(input)), format, out);
  out.commit();
  return sink;
}
}  // namespace

TEST_CASE("merge-intervals: parse, solve, render in-process") {
  CHECK(run("1 3\n2 6\n8 10\n15 18\n", prep::Format::text) == "1 6\n8 10\n15 18\n");
  CHECK(run("1 4\n4 5\n", prep::Format::json) == "[[1,5]]\n");
  CHECK(run("", prep::Format::json) == "[]\n");
  prep::io::Input input = prep::io::Input::from_text("t", "[[1,3],[2,6]]");
  CHECK(mi::parse(input).leetcode);
}

TEST_CASE("merge-intervals: the description is complete and its samples run") {
  const prep::Problem& p = mi::problem();
  CHECK(p.name == "merge-intervals");
  CHECK_FALSE(prep::data_file(p.explanation).empty());
  for (const prep::Sample& sample : p.samples) {
    prep::io::Input input = prep::io::Input::from_text(sample.input, std::string(prep::data_file(sample.input)));
    std::string sink;
    prep::io::Output out(sink);
    const prep::Options options = prep::Options::defaults(p.options);
    prep::Context context{input, out, options, {}};
    p.run(context);
    out.commit();
    CHECK_FALSE(sink.empty());
  }
}
