#include "algorithms/graph.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <random>
#include <vector>

using prep::algo::Digraph;
using prep::algo::Edge;
using prep::algo::find_cycle;
using prep::algo::topological_order;

namespace {

// Brute force: a graph has a cycle iff some node reaches itself (transitive closure, n^3).
bool has_cycle_brute(std::uint32_t n, const std::vector<Edge>& edges) {
  std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
  for (const Edge& e : edges) reach[e.from][e.to] = true;
  for (std::uint32_t k = 0; k < n; ++k)
    for (std::uint32_t i = 0; i < n; ++i)
      if (reach[i][k])
        for (std::uint32_t j = 0; j < n; ++j)
          if (reach[k][j]) reach[i][j] = true;
  for (std::uint32_t v = 0; v < n; ++v)
    if (reach[v][v]) return true;
  return false;
}

bool has_edge(const std::vector<Edge>& edges, std::uint32_t from, std::uint32_t to) {
  return std::any_of(edges.begin(), edges.end(), [&](const Edge& e) { return e.from == from && e.to == to; });
}

// The witness is a closed walk along real edges that visits no node twice (a simple cycle).
void check_witness(std::uint32_t n, const std::vector<Edge>& edges, const std::vector<std::uint32_t>& cycle) {
  REQUIRE(cycle.size() >= 2);
  CHECK(cycle.front() == cycle.back());
  std::vector<bool> seen(n, false);
  for (std::size_t i = 0; i + 1 < cycle.size(); ++i) {
    REQUIRE(cycle[i] < n);
    CHECK_MESSAGE(!seen[cycle[i]], "node repeated in the cycle");
    seen[cycle[i]] = true;
    CHECK_MESSAGE(has_edge(edges, cycle[i], cycle[i + 1]), "missing edge ", cycle[i], " -> ", cycle[i + 1]);
  }
}

void check_order(std::uint32_t n, const std::vector<Edge>& edges, const std::vector<std::uint32_t>& order) {
  REQUIRE(order.size() == n);
  std::vector<std::uint32_t> position(n, n);
  for (std::uint32_t i = 0; i < n; ++i) {
    REQUIRE(order[i] < n);
    CHECK_MESSAGE(position[order[i]] == n, "node repeated in the order");
    position[order[i]] = i;
  }
  for (const Edge& e : edges) CHECK(position[e.from] < position[e.to]);
}

// The documented witness, computed the textbook way (recursive, fine for tiny graphs).
std::vector<std::uint32_t> reference_cycle(std::uint32_t n, const std::vector<Edge>& edges) {
  std::vector<std::vector<std::uint32_t>> adjacency(n);
  for (const Edge& e : edges) adjacency[e.from].push_back(e.to);
  std::vector<int> colour(n, 0);
  std::vector<std::uint32_t> path, found;
  std::function<bool(std::uint32_t)> visit = [&](std::uint32_t v) {
    colour[v] = 1;
    path.push_back(v);
    for (const std::uint32_t to : adjacency[v]) {
      if (colour[to] == 1) {
        found.assign(std::find(path.begin(), path.end(), to), path.end());
        found.push_back(to);
        return true;
      }
      if (colour[to] == 0 && visit(to)) return true;
    }
    colour[v] = 2;
    path.pop_back();
    return false;
  };
  for (std::uint32_t v = 0; v < n; ++v)
    if (colour[v] == 0 && visit(v)) return found;
  return {};
}

void check_graph(std::uint32_t n, const std::vector<Edge>& edges) {
  const Digraph graph(n, edges);
  const bool cyclic = has_cycle_brute(n, edges);
  const auto cycle = find_cycle(graph);
  CHECK(cycle.empty() == !cyclic);
  if (cyclic) check_witness(n, edges, cycle);
  CHECK(cycle == reference_cycle(n, edges));
  const auto order = topological_order(graph);
  CHECK(order.has_value() == !cyclic);
  if (order) check_order(n, edges, *order);
}

}  // namespace

TEST_CASE("graph: empty") {
  const Digraph graph(0, {});
  CHECK(graph.node_count() == 0);
  CHECK(graph.edge_count() == 0);
  CHECK(find_cycle(graph).empty());
  const auto order = topological_order(graph);
  REQUIRE(order.has_value());
  CHECK(order->empty());
  CHECK(find_cycle(Digraph{}).empty());
}

TEST_CASE("graph: isolated nodes") {
  const Digraph graph(3, {});
  CHECK(find_cycle(graph).empty());
  CHECK(topological_order(graph) == std::vector<std::uint32_t>{0, 1, 2});
}

TEST_CASE("graph: successors keep input order, duplicates and self-loops") {
  const std::vector<Edge> edges{{1, 2}, {0, 2}, {1, 0}, {1, 2}, {2, 2}};
  const Digraph graph(3, edges);
  CHECK(graph.edge_count() == 5);
  CHECK(std::vector<std::uint32_t>(graph.successors(0).begin(), graph.successors(0).end()) == std::vector<std::uint32_t>{2});
  CHECK(std::vector<std::uint32_t>(graph.successors(1).begin(), graph.successors(1).end()) == std::vector<std::uint32_t>{2, 0, 2});
  CHECK(std::vector<std::uint32_t>(graph.successors(2).begin(), graph.successors(2).end()) == std::vector<std::uint32_t>{2});
}

TEST_CASE("graph: the SPEC examples") {
  // a b, b c, c a with a=0, b=1, c=2 → a b c a
  CHECK(find_cycle(Digraph(3, std::vector<Edge>{{0, 1}, {1, 2}, {2, 0}})) == std::vector<std::uint32_t>{0, 1, 2, 0});
  // x x → x x
  CHECK(find_cycle(Digraph(1, std::vector<Edge>{{0, 0}})) == std::vector<std::uint32_t>{0, 0});
  // The cycle need not contain the root: 0 → 1 → 2 → 1
  CHECK(find_cycle(Digraph(3, std::vector<Edge>{{0, 1}, {1, 2}, {2, 1}})) == std::vector<std::uint32_t>{1, 2, 1});
  // A diamond is acyclic (a black node reached twice is not a cycle).
  const std::vector<Edge> diamond{{0, 1}, {0, 2}, {1, 3}, {2, 3}};
  CHECK(find_cycle(Digraph(4, diamond)).empty());
  CHECK(topological_order(Digraph(4, diamond)) == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("graph: Kahn order is FIFO from the sources in id order") {
  // Sources 1 and 3 first (id order), then 2 (freed by 1), then 0 (freed by 3's edge to it after 2's).
  const std::vector<Edge> edges{{1, 2}, {2, 0}, {3, 0}};
  CHECK(topological_order(Digraph(4, edges)) == std::vector<std::uint32_t>{1, 3, 2, 0});
  CHECK(!topological_order(Digraph(2, std::vector<Edge>{{0, 1}, {1, 0}})).has_value());
}

TEST_CASE("graph: every directed graph with up to 4 nodes against brute force") {
  for (std::uint32_t n = 0; n <= 4; ++n) {
    const std::uint32_t pairs = n * n;  // self-loops included
    for (std::uint32_t bits = 0; bits < (1u << pairs); ++bits) {
      std::vector<Edge> edges;
      for (std::uint32_t p = 0; p < pairs; ++p)
        if (bits >> p & 1u) edges.push_back({p / n, p % n});
      check_graph(n, edges);
      // The same graph with its edges in reverse input order, to exercise the order guarantees.
      std::reverse(edges.begin(), edges.end());
      check_graph(n, edges);
    }
  }
}

TEST_CASE("graph: random graphs against brute force") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 3000; ++round) {
    const auto n = static_cast<std::uint32_t>(1 + rng() % 40);
    const auto m = static_cast<std::uint32_t>(rng() % (3 * n));
    std::vector<Edge> edges;
    const bool dag = round % 2 == 0;  // half of them acyclic by construction (edges go forward in a permutation)
    std::vector<std::uint32_t> rank(n);
    std::iota(rank.begin(), rank.end(), 0u);
    std::shuffle(rank.begin(), rank.end(), rng);
    for (std::uint32_t i = 0; i < m; ++i) {
      auto a = static_cast<std::uint32_t>(rng() % n), b = static_cast<std::uint32_t>(rng() % n);
      if (dag) {
        if (a == b) continue;
        if (rank[a] > rank[b]) std::swap(a, b);
      }
      edges.push_back({a, b});
    }
    check_graph(n, edges);
  }
}

TEST_CASE("graph: a 2,000,000-node path, then closed into one cycle") {
  const std::uint32_t n = 2'000'000;
  std::vector<Edge> edges;
  edges.reserve(n);
  for (std::uint32_t v = 0; v + 1 < n; ++v) edges.push_back({v, v + 1});
  {
    const Digraph path(n, edges);
    CHECK(find_cycle(path).empty());
    const auto order = topological_order(path);
    REQUIRE(order.has_value());
    bool identity = true;
    for (std::uint32_t v = 0; v < n; ++v) identity = identity && (*order)[v] == v;
    CHECK(identity);
  }
  edges.push_back({n - 1, 0});
  const Digraph ring(n, edges);
  const auto cycle = find_cycle(ring);
  REQUIRE(cycle.size() == std::size_t{n} + 1);
  bool along = cycle.back() == 0;
  for (std::uint32_t v = 0; v < n; ++v) along = along && cycle[v] == v;
  CHECK(along);
  CHECK(!topological_order(ring).has_value());
}

TEST_CASE("graph: a deep path listed backwards, with the cycle found at its far end") {
  // Edges listed from the end so node ids run against the path; the back edge is at the deepest node.
  const std::uint32_t n = 1'000'000;
  std::vector<Edge> edges;
  for (std::uint32_t v = n - 1; v > 0; --v) edges.push_back({v - 1, v});
  edges.push_back({n - 1, n - 2});
  const auto cycle = find_cycle(Digraph(n, edges));
  CHECK(cycle == std::vector<std::uint32_t>{n - 2, n - 1, n - 2});
}
