// tree.cpp — level-order building and the preorder numbering behind LCA queries (see tree.hpp).
#include "algorithms/tree.hpp"

#include <utility>

namespace prep::algo {

std::uint32_t LevelOrderBuilder::add_node() {
  assert(accepts_entry());
  assert(tree_.size() < BinaryTree::none - 1);
  const std::uint32_t id = tree_.size();
  std::uint32_t parent = BinaryTree::none;
  if (entries_ > 0) {
    // Entry k >= 1 is child (k - 1) % 2 of node (k - 1) / 2: nodes take their children in id order.
    parent = static_cast<std::uint32_t>((entries_ - 1) / 2);
    ((entries_ - 1) % 2 == 0 ? tree_.left_ : tree_.right_)[parent] = id;
  }
  tree_.parent_.push_back(parent);
  tree_.left_.push_back(BinaryTree::none);
  tree_.right_.push_back(BinaryTree::none);
  ++entries_;
  return id;
}

void LevelOrderBuilder::reserve(std::size_t nodes) {
  tree_.parent_.reserve(nodes);
  tree_.left_.reserve(nodes);
  tree_.right_.reserve(nodes);
}

LowestCommonAncestor::LowestCommonAncestor(const BinaryTree& tree)
    : position_(tree.size(), BinaryTree::none) {
  const std::uint32_t n = tree.size();
  preorder_.reserve(n);
  std::vector<std::uint32_t> parent_position;
  parent_position.reserve(n);
  // Preorder with an explicit stack: right child pushed first so the left subtree comes out first.
  std::vector<std::uint32_t> stack;
  if (n > 0) stack.push_back(tree.root());
  while (!stack.empty()) {
    const std::uint32_t v = stack.back();
    stack.pop_back();
    position_[v] = static_cast<std::uint32_t>(preorder_.size());
    preorder_.push_back(v);
    const std::uint32_t parent = tree.parent(v);
    // The root's entry is never part of a query range (ranges start after some position).
    parent_position.push_back(parent == BinaryTree::none ? 0 : position_[parent]);
    if (tree.right(v) != BinaryTree::none) stack.push_back(tree.right(v));
    if (tree.left(v) != BinaryTree::none) stack.push_back(tree.left(v));
  }
  parent_position_ = RangeMin(std::move(parent_position));
}

}  // namespace prep::algo
