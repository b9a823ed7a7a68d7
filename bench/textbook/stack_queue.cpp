// The textbook queue from two stacks (LeetCode 232): two std::stack<std::string>; iostream in and
// out. Handles push X / pop / peek / empty / size (the benchmark input never pops an empty queue).
#include <iostream>
#include <stack>
#include <string>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  std::stack<std::string> in, out;
  std::string op, value;
  auto refill = [&] {
    if (!out.empty()) return;
    while (!in.empty()) {
      out.push(in.top());
      in.pop();
    }
  };
  while (std::cin >> op) {
    if (op == "push") {
      std::cin >> value;
      in.push(value);
    } else if (op == "pop") {
      refill();
      std::cout << out.top() << '\n';
      out.pop();
    } else if (op == "peek") {
      refill();
      std::cout << out.top() << '\n';
    } else if (op == "empty") {
      std::cout << (in.empty() && out.empty() ? "true" : "false") << '\n';
    } else if (op == "size") {
      std::cout << in.size() + out.size() << '\n';
    }
  }
}
