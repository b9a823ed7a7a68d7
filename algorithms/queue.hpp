// queue.hpp — a FIFO queue made of two stacks (LeetCode 232, "implement a queue using stacks").
//
// push goes onto the in-stack; pop/front read the out-stack, and only when the out-stack is empty
// are all elements of the in-stack moved over, which reverses them into FIFO order. Each element is
// moved at most once, so a sequence of m operations costs O(m) in total. The two stacks trade
// buffers at a transfer, so memory is allocated only as the in-stack grows; for trivially copyable
// elements a stack grows by realloc, which moves a large buffer's pages instead of copying them.
//
// Time: push, pop, front amortized O(1) (one transfer is O(size)); size, empty O(1).
// Preconditions: pop and front on a non-empty queue (asserted).
// Guarantees: elements come out in the order they were pushed.
// Status: stress-tested against std::deque (tests/algorithms/test_queue.cpp).
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace prep::algo {

namespace detail {

// A stack of trivially copyable elements in one malloc'ed buffer, grown by doubling with realloc:
// glibc remaps a large buffer's pages to grow it, so the elements are neither copied nor the pages
// faulted in again (std::vector allocates a new buffer and copies into it).
template <class T>
class ReallocStack {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  ReallocStack() = default;
  ReallocStack(const ReallocStack&) = delete;
  ReallocStack& operator=(const ReallocStack&) = delete;
  ReallocStack(ReallocStack&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  ReallocStack& operator=(ReallocStack&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
    return *this;
  }
  ~ReallocStack() { std::free(data_); }

  void push_back(const T& value) {
    if (size_ == capacity_) grow();
    data_[size_++] = value;
  }
  [[nodiscard]] const T& back() const { return data_[size_ - 1]; }
  void pop_back() { --size_; }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }

 private:
  void grow() {
    const std::size_t capacity = capacity_ == 0 ? 1024 : capacity_ * 2;
    void* data = std::realloc(data_, capacity * sizeof(T));
    if (data == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(data);
    capacity_ = capacity;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace detail

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

  using Stack = std::conditional_t<std::is_trivially_copyable_v<T>, detail::ReallocStack<T>, std::vector<T>>;
  Stack in_;   // newest on top
  Stack out_;  // oldest on top
};

}  // namespace prep::algo
