// The textbook meeting-rooms II: iostream in, sort by start, min-heap of end times.
#include <algorithm>
#include <functional>
#include <iostream>
#include <queue>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  std::vector<std::pair<long long, long long>> v;
  long long a = 0, b = 0;
  while (std::cin >> a >> b) v.emplace_back(a, b);
  std::sort(v.begin(), v.end());
  std::priority_queue<long long, std::vector<long long>, std::greater<>> ends;
  std::size_t most = 0;
  for (const auto& [s, e] : v) {
    while (!ends.empty() && ends.top() <= s) ends.pop();
    ends.push(e);
    most = std::max(most, ends.size());
  }
  std::cout << most << '\n';
}
