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

  // The stack as plain values, for a loop that keeps them in registers (see TwoStackQueue::Batch).
  struct Raw {
    T* data = nullptr;
    std::size_t size = 0;
    std::size_t capacity = 0;
  };
  Raw release() { return Raw{std::exchange(data_, nullptr), std::exchange(size_, 0), std::exchange(capacity_, 0)}; }
  void adopt(Raw raw) {
    std::free(data_);
    data_ = raw.data;
    size_ = raw.size;
    capacity_ = raw.capacity;
  }
  // raw with twice the room (the same elements).
  static Raw grown(Raw raw) {
    const std::size_t capacity = raw.capacity == 0 ? 1024 : raw.capacity * 2;
    void* data = std::realloc(raw.data, capacity * sizeof(T));
    if (data == nullptr) throw std::bad_alloc();
    return Raw{static_cast<T*>(data), raw.size, capacity};
  }

 private:
  void grow() {
    const Raw raw = grown(Raw{data_, size_, capacity_});
    data_ = raw.data;
    capacity_ = raw.capacity;
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

  class Batch;

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

// The queue taken apart for a loop over many operations that come in an order no branch predictor
// can learn: the same two stacks, held as local values (kept in registers; the queue's own members
// would be stored and loaded again around every write through a char pointer, which may alias them),
// with forms of push and pop that take a condition instead of needing a branch. The queue gets its
// stacks back when the Batch is destroyed. Only for trivially copyable elements.
//
// Time: push_if, pop_if and front_or O(1); reserve O(1) amortized per element it makes room for;
// refill_if O(1) amortized (each element is moved at most once).
template <class T>
class TwoStackQueue<T>::Batch {
  static_assert(std::is_trivially_copyable_v<T>);
  using Raw = typename detail::ReallocStack<T>::Raw;

 public:
  explicit Batch(TwoStackQueue& queue) : queue_(queue), in_(queue.in_.release()), out_(queue.out_.release()) {}
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  ~Batch() {
    queue_.in_.adopt(in_);
    queue_.out_.adopt(out_);
  }

  [[nodiscard]] std::size_t size() const { return in_.size + out_.size; }
  [[nodiscard]] bool empty() const { return size() == 0; }

  // Room for n more pushes without a check (the capacity of the in-stack grows by doubling; a
  // transfer, which gives the in-stack the out-stack's buffer, keeps the room for those not made).
  void reserve(std::size_t n) {
    reserved_to_ = in_.size + n;
    while (in_.capacity < reserved_to_) in_ = detail::ReallocStack<T>::grown(in_);
  }
  // Pushes value when push is true (writes it above the in-stack's top either way). Precondition:
  // reserve() has left room for it.
  void push_if(const T& value, bool push) {
    assert(in_.size < reserved_to_);
    in_.data[in_.size] = value;
    in_.size += push ? 1 : 0;
  }
  // When take is true and the out-stack is empty, moves the in-stack over (the queue's transfer).
  void refill_if(bool take) {
    if (take && out_.size == 0) [[unlikely]] {
      const std::size_t pending = reserved_to_ > in_.size ? reserved_to_ - in_.size : 0;
      std::reverse(in_.data, in_.data + in_.size);
      std::swap(in_, out_);
      reserve(pending);
    }
  }
  // The top of the out-stack (the oldest element, after refill_if(true) on a non-empty queue), or
  // `none` when the out-stack is empty.
  [[nodiscard]] const T& front_or(const T& none) const { return out_.size != 0 ? out_.data[out_.size - 1] : none; }
  // Removes the oldest element when pop is true; refill_if(true) has run on a non-empty queue.
  void pop_if(bool pop) {
    assert(!pop || out_.size != 0);
    out_.size -= pop ? 1 : 0;
  }

 private:
  TwoStackQueue& queue_;
  Raw in_;   // newest on top
  Raw out_;  // oldest on top
  std::size_t reserved_to_ = 0;  // the in-stack has room up to this size
};

}  // namespace prep::algo
