// The textbook merge-intervals: iostream in, std::sort, one pass, iostream out.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  std::vector<std::pair<long long, long long>> v;
  long long a = 0, b = 0;
  while (std::cin >> a >> b) v.emplace_back(a, b);
  std::sort(v.begin(), v.end());
  std::vector<std::pair<long long, long long>> merged;
  for (const auto& [s, e] : v) {
    if (!merged.empty() && s <= merged.back().second) merged.back().second = std::max(merged.back().second, e);
    else merged.emplace_back(s, e);
  }
  for (const auto& [s, e] : merged) std::cout << s << ' ' << e << '\n';
}
