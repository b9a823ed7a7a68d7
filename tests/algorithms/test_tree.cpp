#include "algorithms/tree.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <deque>
#include <random>
#include <vector>

using prep::algo::BinaryTree;
using prep::algo::LevelOrderBuilder;
using prep::algo::LowestCommonAncestor;

namespace {

constexpr std::uint32_t none = BinaryTree::none;

// Entries: true = a node, false = null. Stops at the first entry that has no place.
BinaryTree build(const std::vector<bool>& entries, std::size_t* placed = nullptr) {
  LevelOrderBuilder builder;
  std::size_t count = 0;
  for (const bool present : entries) {
    if (!builder.accepts_entry()) break;
    if (present) {
      builder.add_node();
    } else {
      builder.add_null();
    }
    ++count;
  }
  if (placed) *placed = count;
  return std::move(builder).finish();
}

// LeetCode's own deserializer, with a queue: the shape the builder must reproduce.
struct Shape {
  std::vector<std::uint32_t> left, right;
};
Shape leetcode_shape(const std::vector<bool>& entries) {
  Shape shape;
  if (entries.empty() || !entries[0]) return shape;
  auto add = [&] {
    shape.left.push_back(none);
    shape.right.push_back(none);
    return static_cast<std::uint32_t>(shape.left.size() - 1);
  };
  std::deque<std::uint32_t> queue{add()};
  std::size_t i = 1;
  while (!queue.empty() && i < entries.size()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    if (i < entries.size() && entries[i++]) queue.push_back(shape.left[v] = add());
    if (i < entries.size() && entries[i++]) queue.push_back(shape.right[v] = add());
  }
  return shape;
}

std::uint32_t naive_lca(const BinaryTree& tree, std::uint32_t u, std::uint32_t v) {
  auto depth = [&](std::uint32_t x) {
    std::uint32_t d = 0;
    for (; tree.parent(x) != none; x = tree.parent(x)) ++d;
    return d;
  };
  std::uint32_t du = depth(u), dv = depth(v);
  for (; du > dv; --du) u = tree.parent(u);
  for (; dv > du; --dv) v = tree.parent(v);
  while (u != v) {
    u = tree.parent(u);
    v = tree.parent(v);
  }
  return u;
}

// A random level-order list; with a high null rate the trees are deep and thin.
std::vector<bool> random_entries(std::mt19937& rng, std::uint32_t nodes, double null_rate) {
  std::vector<bool> entries{true};
  std::uint32_t placed = 1, open = 2;  // open child slots
  std::bernoulli_distribution is_null(null_rate);
  while (placed < nodes) {
    // Never close the last open slot with a null, so the tree reaches the requested size.
    if (open > 1 && is_null(rng)) {
      entries.push_back(false);
      --open;
    } else {
      entries.push_back(true);
      ++placed;
      ++open;
    }
  }
  return entries;
}

}  // namespace

TEST_CASE("tree: empty list and null root") {
  CHECK(build({}).empty());
  std::size_t placed = 0;
  const BinaryTree tree = build({false, true, true}, &placed);
  CHECK(tree.empty());
  CHECK(tree.root() == none);
  CHECK(placed == 1);  // nothing can hang below a null root
  const LowestCommonAncestor lca(tree);
  CHECK(lca.size() == 0);
}

TEST_CASE("tree: the LeetCode example [3,5,1,6,2,0,8,null,null,7,4]") {
  // ids: 3→0 5→1 1→2 6→3 2→4 0→5 8→6 7→7 4→8
  const BinaryTree tree = build({true, true, true, true, true, true, true, false, false, true, true});
  REQUIRE(tree.size() == 9);
  CHECK(tree.left(0) == 1);
  CHECK(tree.right(0) == 2);
  CHECK(tree.left(4) == 7);
  CHECK(tree.right(4) == 8);
  CHECK(tree.left(3) == none);
  CHECK(tree.parent(8) == 4);
  const LowestCommonAncestor lca(tree);
  CHECK(lca.query(1, 2) == 0);  // 5 1 → 3
  CHECK(lca.query(1, 8) == 1);  // 5 4 → 5
  CHECK(lca.query(7, 8) == 4);  // 7 4 → 2
  CHECK(lca.query(3, 8) == 1);  // 6 4 → 5
  CHECK(lca.query(6, 7) == 0);  // 8 7 → 3
  CHECK(lca.query(5, 5) == 5);
}

TEST_CASE("tree: children are read only for nodes, trailing nulls optional") {
  // [1,null,2,null,3]: a right chain; the nulls take no slots of their own.
  const BinaryTree chain = build({true, false, true, false, true});
  REQUIRE(chain.size() == 3);
  CHECK(chain.right(0) == 1);
  CHECK(chain.right(1) == 2);
  CHECK(chain.left(1) == none);
  // [1,2] and [1,2,null] and [1,2,null,null,null] are the same tree.
  for (const auto& entries : {std::vector<bool>{true, true}, std::vector<bool>{true, true, false},
                              std::vector<bool>{true, true, false, false, false}}) {
    std::size_t placed = 0;
    const BinaryTree tree = build(entries, &placed);
    CHECK(placed == entries.size());
    CHECK(tree.size() == 2);
    CHECK(tree.left(0) == 1);
  }
  // [1,2,null,null,null,3]: after 2's children the tree is complete; 3 has no place.
  std::size_t placed = 0;
  const BinaryTree closed = build({true, true, false, false, false, true}, &placed);
  CHECK(placed == 5);
  CHECK(closed.size() == 2);
}

TEST_CASE("tree: the builder matches LeetCode's queue-based deserializer") {
  std::mt19937 rng(3);
  for (int round = 0; round < 2000; ++round) {
    std::vector<bool> entries(rng() % 30);
    for (auto&& e : entries) e = rng() % 3 != 0;
    std::size_t placed = 0;
    const BinaryTree tree = build(entries, &placed);
    const Shape expected = leetcode_shape(entries);
    REQUIRE(tree.size() == expected.left.size());
    for (std::uint32_t v = 0; v < tree.size(); ++v) {
      CHECK(tree.left(v) == expected.left[v]);
      CHECK(tree.right(v) == expected.right[v]);
    }
  }
}

TEST_CASE("tree: LCA against walking parent pointers on random trees of 10, 100, 1000 nodes") {
  std::mt19937 rng(11);
  for (const std::uint32_t n : {1u, 2u, 10u, 100u, 1000u}) {
    for (const double null_rate : {0.0, 0.3, 0.6, 0.9}) {
      for (int round = 0; round < 5; ++round) {
        const BinaryTree tree = build(random_entries(rng, n, null_rate));
        REQUIRE(tree.size() == n);
        const LowestCommonAncestor lca(tree);
        if (n <= 100) {
          for (std::uint32_t u = 0; u < n; ++u)
            for (std::uint32_t v = 0; v < n; ++v)
              if (lca.query(u, v) != naive_lca(tree, u, v)) FAIL("n=", n, " u=", u, " v=", v);
        } else {
          for (int q = 0; q < 20'000; ++q) {
            const auto u = static_cast<std::uint32_t>(rng() % n), v = static_cast<std::uint32_t>(rng() % n);
            if (lca.query(u, v) != naive_lca(tree, u, v)) FAIL("n=", n, " u=", u, " v=", v);
          }
        }
      }
    }
  }
}

TEST_CASE("tree: chains a million deep, left and right, with a million queries") {
  const std::uint32_t n = 1'000'000;
  for (const bool left : {true, false}) {
    // [1,2,null,3,null,…] (left chain) or [1,null,2,null,3,…] (right chain)
    LevelOrderBuilder builder;
    builder.reserve(n);
    builder.add_node();
    for (std::uint32_t v = 1; v < n; ++v) {
      if (!left) builder.add_null();
      builder.add_node();
      if (left) builder.add_null();
    }
    const BinaryTree tree = std::move(builder).finish();
    REQUIRE(tree.size() == n);
    CHECK(tree.parent(n - 1) == n - 2);
    const LowestCommonAncestor lca(tree);
    // On a chain the ancestor is the shallower node, which has the smaller id.
    std::mt19937 rng(5);
    bool all = true;
    for (std::uint32_t q = 0; q < 1'000'000; ++q) {
      const auto u = static_cast<std::uint32_t>(rng() % n), v = static_cast<std::uint32_t>(rng() % n);
      all = all && lca.query(u, v) == std::min(u, v);
    }
    CHECK(all);
    CHECK(lca.query(n - 1, n - 1) == n - 1);
    CHECK(lca.query(0, n - 1) == 0);
  }
}

TEST_CASE("tree: a complete tree of a million nodes") {
  const std::uint32_t n = 1'000'000;
  LevelOrderBuilder builder;
  for (std::uint32_t v = 0; v < n; ++v) builder.add_node();
  const BinaryTree tree = std::move(builder).finish();
  const LowestCommonAncestor lca(tree);
  std::mt19937 rng(9);
  bool all = true;
  for (int q = 0; q < 200'000; ++q) {
    const auto u = static_cast<std::uint32_t>(rng() % n), v = static_cast<std::uint32_t>(rng() % n);
    // Heap numbering: the ancestor is found by halving the larger 1-based index.
    std::uint32_t a = u + 1, b = v + 1;
    while (a != b) (a > b ? a : b) /= 2;
    all = all && lca.query(u, v) == a - 1;
  }
  CHECK(all);
}
