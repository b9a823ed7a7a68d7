#include "algorithms/intervals.hpp"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <functional>
#include <queue>
#include <thread>
#include <utility>

#include "algorithms/radix_sort.hpp"

namespace prep::algo {

std::vector<Interval> merge_closed(std::vector<Interval> intervals) {
  radix_sort_in_place(intervals, [](const Interval& i) { return i.start; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < intervals.size(); ++i) {
    assert(intervals[i].start <= intervals[i].end);
    if (out > 0 && intervals[i].start <= intervals[out - 1].end) {
      intervals[out - 1].end = std::max(intervals[out - 1].end, intervals[i].end);
    } else {
      intervals[out++] = intervals[i];
    }
  }
  intervals.resize(out);
  return intervals;
}

std::int64_t min_meeting_rooms(std::vector<Interval> meetings) {
  // Starts are read from the meetings sorted in place; only the ends are copied (memory: 1.5 × n
  // times 16 bytes, not 2×).
  std::vector<std::int64_t> ends(meetings.size());
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    assert(meetings[i].start < meetings[i].end);
    ends[i] = meetings[i].end;
  }
  // The two sorts are independent: on two cores they run at once.
  std::thread sort_ends([&ends] { radix_sort_in_place(ends, [](std::int64_t v) { return v; }); });
  radix_sort_in_place(meetings, [](const Interval& m) { return m.start; });
  sort_ends.join();
  // Sweep the starts; a meeting that ended at or before a start frees its room first (half-open).
  std::int64_t in_progress = 0;
  std::int64_t most = 0;
  std::size_t ended = 0;
  for (const Interval& meeting : meetings) {
    while (ends[ended] <= meeting.start) {
      ++ended;
      --in_progress;
    }
    most = std::max(most, ++in_progress);
  }
  return most;
}

bool can_attend_all(std::vector<Interval> meetings) {
  // Sorted by start, no meeting may start before the previous one ends.
  radix_sort_in_place(meetings, [](const Interval& m) { return m.start; });
  for (std::size_t i = 1; i < meetings.size(); ++i) {
    if (meetings[i].start < meetings[i - 1].end) return false;
  }
  return true;
}
std::vector<std::int64_t> assign_rooms(const std::vector<Interval>& meetings) {
  // Order (start, end, input position): stable sorts by end, then by start, of records that carry
  // their keys (sorting indices would chase them through memory on every pass).
  struct Meeting {
    std::int64_t start;
    std::int64_t end;
    std::size_t position;
  };
  std::vector<Meeting> order(meetings.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    assert(meetings[i].start < meetings[i].end);
    order[i] = {meetings[i].start, meetings[i].end, i};
  }
  radix_sort(order, [](const Meeting& m) { return m.end; });
  radix_sort(order, [](const Meeting& m) { return m.start; });

  using Busy = std::pair<std::int64_t, std::int64_t>;  // (end, room)
  std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
  std::priority_queue<std::int64_t, std::vector<std::int64_t>, std::greater<>> free_rooms;
  std::int64_t rooms = 0;
  std::vector<std::int64_t> room_of(meetings.size());
  for (const Meeting& m : order) {
    while (!busy.empty() && busy.top().first <= m.start) {
      free_rooms.push(busy.top().second);
      busy.pop();
    }
    std::int64_t room = 0;
    if (free_rooms.empty()) {
      room = ++rooms;
    } else {
      room = free_rooms.top();
      free_rooms.pop();
    }
    room_of[m.position] = room;
    busy.emplace(m.end, room);
  }
  return room_of;
}

}  // namespace prep::algo
