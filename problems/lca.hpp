// lca.hpp — `prep lca` (LeetCode 236): lowest common ancestors of value pairs in a binary tree.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "algorithms/string_interner.hpp"
#include "algorithms/tree.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::lca {

struct TreeInput {
  algo::BinaryTree tree;
  std::vector<std::int64_t> values;  // by node id (level order)
  algo::StringInterner index;        // a value's 8 bytes → its node id (the same ids as the tree)
  std::vector<std::int64_t> queries; // P Q P Q …
  bool leetcode = false;             // the tree was given as a bracketed list
};

// The tree (first record, or a bracketed list that may span lines), then query values two at a time.
TreeInput parse(io::Input& input);
// Per query, the ancestor's value, or nullopt when P or Q is not in the tree.
std::vector<std::optional<std::int64_t>> solve(const TreeInput& input);
void render(const std::vector<std::optional<std::int64_t>>& answers, Format format, io::Output& out);

const Problem& problem();

}  // namespace prep::problems::lca
