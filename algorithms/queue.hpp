// queue.hpp — a FIFO queue made of two stacks (LeetCode 232, "implement a queue using stacks").
//
// push goes onto the in-stack; pop/front read the out-stack, and only when the out-stack is empty
// are all elements of the in-stack moved over, which reverses them into FIFO order. Each element is
// moved at most once, so a sequence of m operations costs O(m) in total. The two stacks trade
// buffers at a transfer, so memory is allocated only as the in-stack grows.
//
// Time: push, pop, front amortized O(1) (one transfer is O(size)); size, empty O(1).
// Preconditions: pop and front on a non-empty queue (asserted).
// Guarantees: elements come out in the order they were pushed.
// Status: stress-tested against std::deque (tests/algorithms/test_queue.cpp).
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <utility>
#include <vector>

namespace prep::algo {

template <class T>
class TwoStackQueue {
 public:
  void push(T value) { in_.push_back(std::move(value)); }

  // The oldest element; the reference is valid until the next push or pop.
  [[nodiscard]] const T& front() {
    assert(!empty());
    refill();
    return out_.back();
  }

  // Removes the oldest element and returns it.
  T pop() {
    assert(!empty());
    refill();
    T value = std::move(out_.back());
    out_.pop_back();
    return value;
  }

  [[nodiscard]] std::size_t size() const { return in_.size() + out_.size(); }
  [[nodiscard]] bool empty() const { return in_.empty() && out_.empty(); }

  void clear() {
    in_.clear();
    out_.clear();
  }

 private:
  // Moving while the out-stack still holds elements would put newer ones above older ones. Popping
  // every element of the in-stack onto the empty out-stack leaves them in reverse order: that is the
  // in-stack reversed where it is, which then becomes the out-stack (and the empty out-stack's
  // buffer the in-stack's), so a transfer moves each element once and allocates nothing.
  void refill() {
    if (!out_.empty()) return;
    std::reverse(in_.begin(), in_.end());
    std::swap(in_, out_);
  }

  std::vector<T> in_;   // newest on top
  std::vector<T> out_;  // oldest on top
};

}  // namespace prep::algo
