// graph.cpp — CSR construction, iterative three-colour DFS, Kahn's algorithm (see graph.hpp).
#include "algorithms/graph.hpp"

#include <algorithm>
#include <limits>

namespace prep::algo {

Digraph::Digraph(std::uint32_t node_count, std::span<const Edge> edges)
    : offsets_(std::size_t{node_count} + 1, 0), targets_(edges.size()) {
  assert(edges.size() < std::numeric_limits<std::uint32_t>::max());
  // Counting sort by source, stable, so each node's successors keep their input order.
  for (const Edge& e : edges) {
    assert(e.from < node_count && e.to < node_count);
    ++offsets_[e.from + 1];
  }
  for (std::size_t v = 0; v < node_count; ++v) offsets_[v + 1] += offsets_[v];
  std::vector<std::uint32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (const Edge& e : edges) targets_[next[e.from]++] = e.to;
}

std::vector<std::uint32_t> find_cycle(const Digraph& graph) {
  enum : std::uint8_t { white, grey, black };
  const std::uint32_t n = graph.node_count();
  std::vector<std::uint8_t> colour(n, white);
  // The grey path: one frame per node on it, with the position of its next edge to follow.
  struct Frame {
    std::uint32_t node;
    std::uint32_t next;
  };
  std::vector<Frame> path;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (colour[root] != white) continue;
    colour[root] = grey;
    path.push_back({root, 0});
    while (!path.empty()) {
      Frame& top = path.back();
      const auto successors = graph.successors(top.node);
      if (top.next == successors.size()) {
        colour[top.node] = black;
        path.pop_back();
        continue;
      }
      const std::uint32_t to = successors[top.next++];
      if (colour[to] == white) {
        colour[to] = grey;
        path.push_back({to, 0});  // invalidates `top`, which is not used again
      } else if (colour[to] == grey) {
        // A back edge: `to` is on the path, so the path from it to here plus this edge is a cycle.
        auto start = path.end();
        while ((start - 1)->node != to) --start;
        --start;
        std::vector<std::uint32_t> cycle;
        cycle.reserve(static_cast<std::size_t>(path.end() - start) + 1);
        for (auto it = start; it != path.end(); ++it) cycle.push_back(it->node);
        cycle.push_back(to);
        return cycle;
      }
    }
  }
  return {};
}

std::optional<std::vector<std::uint32_t>> topological_order(const Digraph& graph) {
  const std::uint32_t n = graph.node_count();
  std::vector<std::uint32_t> in_degree(n, 0);
  for (std::uint32_t v = 0; v < n; ++v)
    for (const std::uint32_t to : graph.successors(v)) ++in_degree[to];
  // The order doubles as the FIFO queue: order[head..] are the nodes waiting to be taken.
  std::vector<std::uint32_t> order;
  order.reserve(n);
  for (std::uint32_t v = 0; v < n; ++v)
    if (in_degree[v] == 0) order.push_back(v);
  for (std::size_t head = 0; head < order.size(); ++head)
    for (const std::uint32_t to : graph.successors(order[head]))
      if (--in_degree[to] == 0) order.push_back(to);
  if (order.size() != n) return std::nullopt;
  return order;
}

}  // namespace prep::algo
