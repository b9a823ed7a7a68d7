// The textbook rate limiter the benchmark compares `prep rate-limit` with: what one writes in an
// interview — std::map<std::string, state>, iostream, a std::deque per key for the sliding log,
// the same exact integer rules as SPEC.md (so the outputs are identical).
// Usage: textbook_rate_limit ALGORITHM N W < requests (lines `TIME KEY`).
#include <algorithm>
#include <cstdint>
#include <deque>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

__extension__ using int128 = __int128;

struct State {
  bool seen = false;
  std::int64_t last = 0;   // token-bucket: last time; windows: window index
  int128 level = 0;        // token-bucket
  std::int64_t count = 0;  // windows: current count
  std::int64_t previous = 0;
  std::uint64_t leave = 0;  // leaky-bucket: last leaving time
  std::deque<std::int64_t> log;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: textbook_rate_limit ALGORITHM N W\n";
    return 2;
  }
  const std::string algorithm = argv[1];
  const std::int64_t n = std::stoll(argv[2]);
  const std::int64_t w = std::stoll(argv[3]);
  std::ios::sync_with_stdio(false);
  std::map<std::string, State> states;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream fields(line);
    std::int64_t time = 0;
    std::string key = "-";
    fields >> time >> key;
    State& s = states[key];
    bool allowed = false;
    if (algorithm == "token-bucket") {
      if (!s.seen) s.level = int128{n} * w;
      else s.level = std::min(int128{n} * w, s.level + int128{time - s.last} * n);
      s.last = time;
      allowed = s.level >= w;
      if (allowed) s.level -= w;
    } else if (algorithm == "leaky-bucket") {
      const auto t = static_cast<std::uint64_t>(time);
      const auto d = static_cast<std::uint64_t>(w / n);
      allowed = !s.seen || s.leave <= t + static_cast<std::uint64_t>(w) - d;
      if (allowed) s.leave = s.seen ? std::max(t, s.leave + d) : t;
    } else if (algorithm == "fixed-window") {
      if (!s.seen || s.last != time / w) s.count = 0;
      s.last = time / w;
      allowed = s.count < n;
      if (allowed) ++s.count;
    } else if (algorithm == "sliding-log") {
      while (!s.log.empty() && s.log.front() <= time - w) s.log.pop_front();
      allowed = static_cast<std::int64_t>(s.log.size()) < n;
      if (allowed) s.log.push_back(time);
    } else {  // sliding-window
      const std::int64_t k = time / w;
      if (!s.seen || s.last != k) {
        s.previous = s.seen && s.last == k - 1 ? s.count : 0;
        s.count = 0;
      }
      s.last = k;
      allowed = int128{s.previous} * (w - (time - k * w)) + int128{s.count} * w < int128{n} * w;
      if (allowed) ++s.count;
    }
    s.seen = true;
    std::cout << time << ' ' << key << (allowed ? " allow" : " deny");
    if (allowed && algorithm == "leaky-bucket") std::cout << ' ' << s.leave;
    std::cout << '\n';
  }
  return 0;
}
