// tree.hpp — a binary tree read from LeetCode's level-order list; lowest common ancestors in O(1).
//
// LevelOrderBuilder takes the entries of `[3,5,1,null,2]` one at a time, as LeetCode deserializes
// them: the first entry is the root, then each node present in the tree, in the order it was read,
// takes the next two entries as its left and right child; children are read only for nodes, never
// for nulls, and entries that run out leave the remaining children null (trailing nulls optional).
// Nodes get ids 0, 1, 2, … in the order of their entries (so 0 is the root: level order).
// LowestCommonAncestor numbers the nodes in preorder; for nodes u ≠ v with pre(u) < pre(v), the
// LCA is the parent of the shallowest node among the preorder positions (pre(u), pre(v)], and it has
// the smallest preorder position of all those nodes' parents, so each query is one RangeMin query.
// Everything is iterative: a chain a million deep needs no call stack.
//
// Time: building O(n); LowestCommonAncestor construction O(n), query O(1).
// Memory: 12 bytes per node for the tree, about 20 more for the LCA structure.
// Preconditions: fewer than 2^32 - 1 nodes; add_node/add_null only when accepts_entry(); query ids
// < size(). User input (an entry with no place, a duplicate value) is checked by the caller.
// Status: LCA stress-tested against walking parent pointers on random trees of 10, 100 and 1000 nodes,
// and on million-node chains (tests/algorithms/test_tree.cpp).
#pragma once

#include <cassert>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "algorithms/range_min.hpp"

namespace prep::algo {

class BinaryTree {
 public:
  static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

  [[nodiscard]] std::uint32_t size() const { return static_cast<std::uint32_t>(parent_.size()); }
  [[nodiscard]] bool empty() const { return parent_.empty(); }
  [[nodiscard]] std::uint32_t root() const { return empty() ? none : 0; }
  // Each is `none` where there is no such node.
  [[nodiscard]] std::uint32_t left(std::uint32_t v) const { return at(left_, v); }
  [[nodiscard]] std::uint32_t right(std::uint32_t v) const { return at(right_, v); }
  [[nodiscard]] std::uint32_t parent(std::uint32_t v) const { return at(parent_, v); }

 private:
  friend class LevelOrderBuilder;
  [[nodiscard]] std::uint32_t at(const std::vector<std::uint32_t>& link, std::uint32_t v) const {
    assert(v < size());
    return link[v];
  }
  std::vector<std::uint32_t> left_, right_, parent_;
};

class LevelOrderBuilder {
 public:
  LevelOrderBuilder() = default;

  // False once every node's two children have been read (or the root was null): a further entry
  // would have no parent. LeetCode rejects such input; so should the caller.
  [[nodiscard]] bool accepts_entry() const {
    return entries_ == 0 || (entries_ - 1) / 2 < tree_.size();
  }
  // Adds a node in the next entry's place and returns its id.
  std::uint32_t add_node();
  // A null entry: the next child slot (or the root) stays empty.
  void add_null() {
    assert(accepts_entry());
    ++entries_;
  }
  void reserve(std::size_t nodes);

  [[nodiscard]] BinaryTree finish() && { return std::move(tree_); }

 private:
  BinaryTree tree_;
  std::size_t entries_ = 0;  // entries read so far, nulls included
};

class LowestCommonAncestor {
 public:
  explicit LowestCommonAncestor(const BinaryTree& tree);

  [[nodiscard]] std::uint32_t size() const { return static_cast<std::uint32_t>(position_.size()); }

  // The deepest node that has both u and v in its subtree (a node is its own ancestor).
  [[nodiscard]] std::uint32_t query(std::uint32_t u, std::uint32_t v) const {
    assert(u < size() && v < size());
    if (u == v) return u;
    std::uint32_t first = position_[u];
    std::uint32_t last = position_[v];
    if (first > last) std::swap(first, last);
    return preorder_[parent_position_.min(first + std::size_t{1}, last)];
  }

 private:
  std::vector<std::uint32_t> preorder_;  // node at each preorder position
  std::vector<std::uint32_t> position_;  // preorder position of each node
  RangeMin parent_position_;             // preorder position of the parent of the node at each position
};

}  // namespace prep::algo
