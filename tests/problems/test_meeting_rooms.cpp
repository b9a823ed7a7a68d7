#include "problems/meeting_rooms.hpp"

#include <doctest/doctest.h>

#include <string>

namespace mr = prep::problems::meeting_rooms;

namespace {
std::string run(const std::string& text, mr::Question question, prep::Format format) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  auto parsed = mr::parse(input);
  const auto answer = mr::solve(parsed, question);
  std::string sink;
  prep::io::Output out(sink);
  mr::render(parsed, answer, format, out);
  out.commit();
  return sink;
}
}  // namespace

TEST_CASE("meeting-rooms: each question in-process") {
  const std::string meetings = "0 30\n5 10\n15 20\n";
  CHECK(run(meetings, mr::Question::rooms, prep::Format::text) == "2\n");
  CHECK(run(meetings, mr::Question::can_attend, prep::Format::text) == "false\n");
  CHECK(run(meetings, mr::Question::assign, prep::Format::text) == "0 30 1\n5 10 2\n15 20 2\n");
  CHECK(run(meetings, mr::Question::assign, prep::Format::leetcode) == "[[0,30,1],[5,10,2],[15,20,2]]\n");
  CHECK(run("0 1\n", mr::Question::assign, prep::Format::json) == "[{\"start\":0,\"end\":1,\"room\":1}]\n");
}

TEST_CASE("meeting-rooms: a zero-length meeting is an input error") {
  prep::io::Input input = prep::io::Input::from_text("t", "3 3\n");
  CHECK_THROWS_AS(mr::parse(input), prep::io::InputError);
}
