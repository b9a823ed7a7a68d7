// The textbook detect-cycle, for the benchmark only: a std::map of node name to successor names and a
// recursive three-colour DFS, as most answers write it. Input: `FROM TO` lines (one token declares a
// node). Output: `cycle` and the cycle, or `acyclic` (and with --order a topological order).
// On a deep graph its recursion may overflow the stack; the benchmark reports that as "did not finish".
#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

std::map<std::string, std::vector<std::string>> graph;
std::map<std::string, int> colour;  // 0 white, 1 grey, 2 black
std::vector<std::string> path, cycle, postorder;

bool dfs(const std::string& u) {
  colour[u] = 1;
  path.push_back(u);
  for (const std::string& v : graph[u]) {
    if (colour[v] == 1) {
      cycle.assign(std::find(path.begin(), path.end(), v), path.end());
      cycle.push_back(v);
      return true;
    }
    if (colour[v] == 0 && dfs(v)) return true;
  }
  colour[u] = 2;
  path.pop_back();
  postorder.push_back(u);
  return false;
}

int main(int argc, char** argv) {
  const bool order = argc > 1 && std::string(argv[1]) == "--order";
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string from, to;
    if (!(in >> from)) continue;
    graph[from];
    if (in >> to) {
      graph[from].push_back(to);
      graph[to];
    }
  }
  for (const auto& [node, successors] : graph) {
    if (colour[node] == 0 && dfs(node)) {
      std::cout << "cycle\n";
      for (std::size_t i = 0; i < cycle.size(); ++i) std::cout << (i ? " " : "") << cycle[i];
      std::cout << "\n";
      return 0;
    }
  }
  std::cout << "acyclic\n";
  if (order) {
    std::reverse(postorder.begin(), postorder.end());
    for (std::size_t i = 0; i < postorder.size(); ++i) std::cout << (i ? " " : "") << postorder[i];
    std::cout << "\n";
  }
}
