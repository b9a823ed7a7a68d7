// meeting_rooms.hpp — `prep meeting-rooms` (LeetCode 252 and 253): parse, solve, render, description.
#pragma once

#include <cstdint>
#include <vector>

#include "algorithms/intervals.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/intervals_input.hpp"
#include "problems/problem.hpp"

namespace prep::problems::meeting_rooms {

enum class Question {
  rooms,       // the minimum number of rooms (253)
  can_attend,  // can one person attend them all (252)
  assign,      // a room for every meeting
};

struct Answer {
  Question question = Question::rooms;
  std::int64_t rooms = 0;
  bool can_attend = true;
  std::vector<std::int64_t> room_of;  // assign: by input position
};

IntervalInput parse(io::Input& input);
// Rooms and can-attend take the meetings (input.intervals is left empty); assign leaves them.
Answer solve(IntervalInput& input, Question question);
void render(const IntervalInput& input, const Answer& answer, Format format, io::Output& out);

// Rooms or can-attend for line input (not a LeetCode literal), parsed and solved on every core:
// what the command does for those questions unless the input is a literal. Same answer as
// solve(parse(input), question).
Answer solve_lines(io::Input& input, Question question, SliceOptions options = {});

const Problem& problem();

}  // namespace prep::problems::meeting_rooms
