// meeting_rooms.cpp — `prep meeting-rooms`: rooms needed, whether one person can attend, or who goes where.
#include "problems/meeting_rooms.hpp"

#include <stdexcept>

#include "algorithms/parallel.hpp"

namespace prep::problems::meeting_rooms {

IntervalInput parse(io::Input& input) { return read_intervals(input, IntervalKind::half_open); }

Answer solve(IntervalInput& input, Question question) {
  Answer answer;
  answer.question = question;
  switch (question) {
    case Question::rooms: answer.rooms = algo::min_meeting_rooms(std::move(input.intervals)); break;
    case Question::can_attend: answer.can_attend = algo::can_attend_all(std::move(input.intervals)); break;
    case Question::assign: answer.room_of = algo::assign_rooms(input.intervals); break;
  }
  return answer;
}

Answer solve_lines(io::Input& input, Question question, SliceOptions options) {
  Answer answer;
  answer.question = question;
  algo::IntervalColumns meetings = read_interval_columns(input, IntervalKind::half_open, options);
  const unsigned threads = options.slices != 0 ? options.slices : algo::worker_count();
  switch (question) {
    case Question::rooms: answer.rooms = algo::min_meeting_rooms(std::move(meetings), threads); break;
    case Question::can_attend: answer.can_attend = algo::can_attend_all(std::move(meetings), threads); break;
    case Question::assign: throw std::logic_error("solve_lines: --assign needs the meetings in input order");
  }
  return answer;
}

void render(const IntervalInput& input, const Answer& answer, Format format, io::Output& out) {
  switch (answer.question) {
    case Question::rooms:
      out.integer(answer.rooms);
      out.put('\n');
      return;
    case Question::can_attend:
      out.write(answer.can_attend ? "true\n" : "false\n");
      return;
    case Question::assign: break;
  }
  const auto& meetings = input.intervals;
  if (format == Format::text) {
    for (std::size_t i = 0; i < meetings.size(); ++i) {
      out.integer(meetings[i].start);
      out.put(' ');
      out.integer(meetings[i].end);
      out.put(' ');
      out.integer(answer.room_of[i]);
      out.put('\n');
    }
    return;
  }
  io::JsonWriter json(out);
  json.begin_array();
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    if (format == Format::json) {  // {"start":0,"end":30,"room":1}
      json.begin_object();
      json.field("start", meetings[i].start);
      json.field("end", meetings[i].end);
      json.field("room", answer.room_of[i]);
      json.end_object();
    } else {  // LeetCode-style literal: [[0,30,1],…]
      json.begin_array();
      json.value(meetings[i].start);
      json.value(meetings[i].end);
      json.value(answer.room_of[i]);
      json.end_array();
    }
  }
  json.end_array();
  json.finish();
}

namespace {

void run(Context& context) {
  const bool can_attend = context.options.flag("can-attend");
  const bool assign = context.options.flag("assign");
  if (can_attend && assign) throw io::UsageError("--can-attend and --assign ask different questions: give one");
  const Question question = can_attend ? Question::can_attend : assign ? Question::assign : Question::rooms;
  if (question != Question::assign && context.input.peek_nonblank() != '[') {
    render({}, solve_lines(context.input, question), output_format(context.options, false), context.out);
    return;
  }
  IntervalInput input = parse(context.input);
  const Answer answer = solve(input, question);
  render(input, answer, output_format(context.options, input.leetcode), context.out);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "meeting-rooms",
      .summary = "Minimum meeting rooms, can one person attend all, room per meeting (LeetCode 252/253)",
      .complexity = "O(n) after an O(n) radix sort (--assign: O(n log n)); O(n) space",
      .explanation = "meeting-rooms/explain.txt",
      .samples = {{.args = {}, .input = "meeting-rooms/sample.txt"},
                  {.args = {"--can-attend"}, .input = "meeting-rooms/sample.txt"},
                  {.args = {"--assign"}, .input = "meeting-rooms/sample.txt"}},
      .options = {{.flags = "--can-attend", .key = "can-attend", .kind = OptionSpec::Kind::flag,
                   .help = "print true if one person can attend every meeting, else false (LeetCode 252)"},
                  {.flags = "--assign", .key = "assign", .kind = OptionSpec::Kind::flag,
                   .help = "print every meeting as START END ROOM, rooms numbered from 1"}},
      .streaming = false,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::meeting_rooms
