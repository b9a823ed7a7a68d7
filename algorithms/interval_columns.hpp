// interval_columns.hpp — merging intervals and counting meeting rooms for millions of intervals, on
// every core, in little memory.
//
// The input is kept as columns (the starts and the ends, interval i at index i of both) in parts, as
// parsers on several threads produce it, mostly as 32-bit offsets. Keys are value − min (32-bit when
// the range of values fits, else 64-bit). The intervals are bucketed by the top bits of a key (one
// counting pass and one scatter pass, both split between the threads); each bucket is then small
// enough to sort in cache, and the buckets are split between the threads in order.
//
// Rooms needs only the sorted starts and the sorted ends: the most meetings at once follow from
// sweeping the two together (at an equal value a meeting's end comes first, so [1,5) and [5,9) share
// a room). Starts and ends are bucketed apart, in the same buckets; the meetings in progress at a
// bucket's start are known from the counts alone (starts before it − ends before it); within a
// bucket the keys are grouped once more by their next bits, and only groups that could beat the
// best so far are sorted and swept.
//
// Merge keeps the intervals whole: they are bucketed by start, each bucket is sorted by start (LSD
// radix in cache), and swept as in the textbook: a start beyond the reach (the greatest end so far)
// closes the merged interval there and opens the next; a start equal to it touches, and joins. Each
// thread starts its buckets with the reach of all the buckets before them (each bucket's greatest end
// is noted in the scatter), so the threads sweep at once and emit the merged intervals that open and
// close within their buckets; those that run from one thread's buckets into the next are joined up at
// the end. (Bucketing starts and ends apart and testing E[g] < S[g + 1] on the sorted sequences, as
// before, sorted twice as many keys; skipping groups that cannot hold a gap, as rooms does, was
// slower still on 5M short intervals, with a gap every ~12 intervals.)
//
// Time: O(n) for keys spread evenly (a count, a scatter, two radix passes in cache, a sweep);
// a crowded bucket is radix-sorted whole, O(n · d), d ≤ 6. The work divides between threads.
// Memory: the columns (8 bytes an interval when values are near each other, else 16) are freed as
// the keys are made (4 or 8 bytes per value), so the peak is the columns plus the keys.
// Preconditions: start <= end (merge), start < end (meetings).
// Guarantees: the same answers as merge_closed, min_meeting_rooms, can_attend_all in intervals.hpp.
// Status: compared with those on random inputs of many shapes (tests/algorithms/test_interval_columns.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/intervals.hpp"

namespace prep::algo {

// A growable array of integers whose unused capacity is never touched (so a generous reserve costs
// address space, not memory).
template <typename T>
class BasicColumn {
 public:
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::size_t capacity() const { return capacity_; }
  [[nodiscard]] T* data() { return data_.get(); }
  [[nodiscard]] const T* data() const { return data_.get(); }
  T operator[](std::size_t i) const { return data_[i]; }

  // Capacity for at least n values; keeps the values.
  void reserve(std::size_t n) {
    if (n <= capacity_) return;
    BigArray<T> grown(n);
    std::copy(data_.get(), data_.get() + size_, grown.get());
    data_ = std::move(grown);
    capacity_ = n;
  }
  void push_back(T value) {
    if (size_ == capacity_) [[unlikely]] reserve(std::max<std::size_t>(16, capacity_ * 2));
    data_[size_++] = value;
  }
  // After writing values at data()[size() …] within the capacity.
  void set_size(std::size_t n) { size_ = n; }
  // Gives up the memory (its values as they are) and becomes empty.
  [[nodiscard]] BigArray<T> release() {
    size_ = capacity_ = 0;
    return std::move(data_);
  }
  // Frees the memory.
  void clear() {
    data_.reset();
    size_ = capacity_ = 0;
  }

 private:
  BigArray<T> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

using Column = BasicColumn<std::int64_t>;

// Intervals in parts (as parsed on threads), in no particular order: the starts and the ends of each
// part, an interval at the same index of both. An interval whose values are both within 2^31 of the
// part's first start is kept as two 32-bit offsets from a base (half the memory: the common case),
// any other whole.
struct IntervalColumns {
  struct Part {
    std::int64_t base = 0;  // set by the first value; base + 2^32 - 1 does not overflow
    bool based = false;
    BasicColumn<std::uint32_t> near_starts;  // value − base
    BasicColumn<std::uint32_t> near_ends;
    Column far_starts;
    Column far_ends;
    // The least near start and the greatest near end (offsets), kept by whatever fills the near
    // columns, so that no pass over them is needed to find the range of the values.
    std::uint32_t least_near_start = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t most_near_end = 0;

    // An interval whose start and end are both near goes into the near columns, any other into the
    // far ones: near_starts[i] and near_ends[i] (far_starts[i], far_ends[i]) are one interval's.
    void push_back(const Interval& interval) {
      if (!based) set_base(interval.start);
      std::uint32_t start = 0;
      std::uint32_t end = 0;
      if (near(interval.start, start) && near(interval.end, end)) {
        near_starts.push_back(start);
        near_ends.push_back(end);
        least_near_start = std::min(least_near_start, start);
        most_near_end = std::max(most_near_end, end);
      } else {
        far_starts.push_back(interval.start);
        far_ends.push_back(interval.end);
      }
    }
    void set_base(std::int64_t first) {
      constexpr std::int64_t half = std::int64_t{1} << 31;
      constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max() - 2 * half + 1;
      base = first < std::numeric_limits<std::int64_t>::min() + half ? std::numeric_limits<std::int64_t>::min()
             : first - half > top                                    ? top
                                                                     : first - half;
      based = true;
    }
    // The offset of value from base, if it fits in 32 bits.
    [[nodiscard]] bool near(std::int64_t value, std::uint32_t& offset) const {
      const std::uint64_t x = static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(base);
      offset = static_cast<std::uint32_t>(x);
      return (x >> 32) == 0;  // base <= INT64_MAX − 2^32 + 1: a value below it cannot wrap to a small offset
    }
    [[nodiscard]] std::size_t size() const { return near_starts.size() + far_starts.size(); }
    // The values, in no particular order (tests).
    [[nodiscard]] std::vector<std::int64_t> starts() const { return values(near_starts, far_starts); }
    [[nodiscard]] std::vector<std::int64_t> ends() const { return values(near_ends, far_ends); }

   private:
    [[nodiscard]] std::vector<std::int64_t> values(const BasicColumn<std::uint32_t>& near_column, const Column& far_column) const {
      std::vector<std::int64_t> out;
      for (std::size_t i = 0; i < near_column.size(); ++i) out.push_back(base + static_cast<std::int64_t>(near_column[i]));
      for (std::size_t i = 0; i < far_column.size(); ++i) out.push_back(far_column[i]);
      return out;
    }
  };
  std::vector<Part> parts;

  [[nodiscard]] std::size_t size() const {
    std::size_t n = 0;
    for (const Part& part : parts) n += part.size();
    return n;
  }
};

// Receives merged intervals: emit(piece, batch), piece < threads.
using MergeEmit = std::function<void(unsigned piece, std::span<const Interval> batch)>;

// The union of closed intervals, disjoint and sorted by start, given to emit in batches and in
// pieces: piece 0's batches, then piece 1's, … are the union in order. The batches of one piece come
// in order and never two at once; different pieces come from different threads at the same time.
// Uses up to `threads` threads; frees the columns.
void merge_closed(IntervalColumns intervals, unsigned threads, const MergeEmit& emit);

// The largest number of half-open meetings in progress at one time. Frees the columns.
std::int64_t min_meeting_rooms(IntervalColumns meetings, unsigned threads);

// True if no two half-open meetings overlap (at most one room is needed). Frees the columns.
bool can_attend_all(IntervalColumns meetings, unsigned threads);

}  // namespace prep::algo
