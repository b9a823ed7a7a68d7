// interval_columns.hpp — merging intervals and counting meeting rooms for millions of intervals, on
// every core, in little memory.
//
// The input is kept as columns (all starts, all ends) in parts, as parsers on several threads produce
// it. Neither problem needs the intervals themselves sorted, only the sorted starts and the sorted
// ends: the union of closed intervals and the most meetings at once both follow from sweeping the two
// sorted sequences together (at an equal value a closed interval's start comes before an end, so
// touching intervals merge; a meeting's end comes before a start, so [1,5) and [5,9) share a room).
//
// Method: keys are value − min (32-bit when the range of values fits, else 64-bit). One counting
// pass and one scatter pass (both split between threads) bucket the starts and the ends by the top
// bits of the key, the same buckets for both; each bucket is then small enough to sort in cache, and
// the number of meetings in progress at a bucket's start is known from the counts alone (starts
// before it − ends before it), so the buckets are sorted and swept independently, split between the
// threads.
//
// Time: O(n · d), d ≈ ⌈(bits of the value range − 12) / 11⌉ + 2 passes; the work divides between
// threads. Memory: the columns (16 bytes an interval) are freed as the keys are made (4 or 8 bytes per
// value), so the peak is the columns plus one key array.
// Preconditions: start <= end (merge), start < end (meetings).
// Guarantees: the same answers as merge_closed, min_meeting_rooms, can_attend_all in intervals.hpp.
// Status: compared with those on random inputs of many shapes (tests/algorithms/test_interval_columns.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/intervals.hpp"

namespace prep::algo {

// A growable array of integers whose unused capacity is never touched (so a generous reserve costs
// address space, not memory).
class Column {
 public:
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::size_t capacity() const { return capacity_; }
  [[nodiscard]] std::int64_t* data() { return data_.get(); }
  [[nodiscard]] const std::int64_t* data() const { return data_.get(); }
  [[nodiscard]] std::span<const std::int64_t> values() const { return {data_.get(), size_}; }
  std::int64_t operator[](std::size_t i) const { return data_[i]; }

  // Capacity for at least n values; keeps the values.
  void reserve(std::size_t n) {
    if (n <= capacity_) return;
    BigArray<std::int64_t> grown(n);
    std::copy(data_.get(), data_.get() + size_, grown.get());
    data_ = std::move(grown);
    capacity_ = n;
  }
  void push_back(std::int64_t value) {
    if (size_ == capacity_) [[unlikely]] reserve(std::max<std::size_t>(16, capacity_ * 2));
    data_[size_++] = value;
  }
  // After writing values at data()[size() …] within the capacity.
  void set_size(std::size_t n) { size_ = n; }
  // Frees the memory.
  void clear() {
    data_.reset();
    size_ = capacity_ = 0;
  }

 private:
  BigArray<std::int64_t> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// Intervals in input order: part by part, interval i of a part is (starts[i], ends[i]).
struct IntervalColumns {
  struct Part {
    Column starts;
    Column ends;
    void push_back(const Interval& interval) {
      starts.push_back(interval.start);
      ends.push_back(interval.end);
    }
  };
  std::vector<Part> parts;

  [[nodiscard]] std::size_t size() const {
    std::size_t n = 0;
    for (const Part& part : parts) n += part.starts.size();
    return n;
  }
};

// The union of closed intervals, disjoint and sorted by start, given to emit in batches (in order).
// Uses up to `threads` threads; frees the columns.
void merge_closed(IntervalColumns intervals, unsigned threads,
                  const std::function<void(std::span<const Interval>)>& emit);

// The largest number of half-open meetings in progress at one time. Frees the columns.
std::int64_t min_meeting_rooms(IntervalColumns meetings, unsigned threads);

// True if no two half-open meetings overlap (at most one room is needed). Frees the columns.
bool can_attend_all(IntervalColumns meetings, unsigned threads);

}  // namespace prep::algo
