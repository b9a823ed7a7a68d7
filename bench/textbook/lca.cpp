// The textbook lca, for the benchmark only: TreeNode pointers built from the level-order list with a
// queue, and LeetCode 236's recursive search per query (O(n) each). Input as `prep lca`: the tree list
// on the first line, then query values two at a time. Output: one value (or null) per query.
#include <iostream>
#include <queue>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

struct TreeNode {
  long long val;
  TreeNode* left = nullptr;
  TreeNode* right = nullptr;
  explicit TreeNode(long long v) : val(v) {}
};

TreeNode* lowest_common_ancestor(TreeNode* root, long long p, long long q) {
  if (root == nullptr || root->val == p || root->val == q) return root;
  TreeNode* left = lowest_common_ancestor(root->left, p, q);
  TreeNode* right = lowest_common_ancestor(root->right, p, q);
  if (left != nullptr && right != nullptr) return root;
  return left != nullptr ? left : right;
}

int main() {
  std::string line;
  std::getline(std::cin, line);
  for (char& c : line)
    if (c == '[' || c == ']' || c == ',') c = ' ';
  std::istringstream in(line);
  std::vector<std::string> items;
  for (std::string item; in >> item;) items.push_back(item);
  TreeNode* root = nullptr;
  std::unordered_set<long long> values;
  if (!items.empty() && items[0] != "null") {
    root = new TreeNode(std::stoll(items[0]));
    values.insert(root->val);
    std::queue<TreeNode*> queue;
    queue.push(root);
    std::size_t i = 1;
    while (!queue.empty() && i < items.size()) {
      TreeNode* node = queue.front();
      queue.pop();
      if (i < items.size() && items[i] != "null") {
        node->left = new TreeNode(std::stoll(items[i]));
        values.insert(node->left->val);
        queue.push(node->left);
      }
      ++i;
      if (i < items.size() && items[i] != "null") {
        node->right = new TreeNode(std::stoll(items[i]));
        values.insert(node->right->val);
        queue.push(node->right);
      }
      ++i;
    }
  }
  long long p, q;
  while (std::cin >> p >> q) {
    if (!values.count(p) || !values.count(q)) {
      std::cout << "null\n";
    } else {
      std::cout << lowest_common_ancestor(root, p, q)->val << "\n";
    }
  }
}
