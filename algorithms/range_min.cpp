// range_min.cpp — building the window masks and the block sparse table (see range_min.hpp).
#include "algorithms/range_min.hpp"

#include <algorithm>

namespace prep::algo {

RangeMin::RangeMin(std::vector<std::uint32_t> values)
    : values_(std::move(values)), masks_(values_.size()), blocks_(values_.size() / block) {
  // A monotonic stack of the last 64 positions, as a bit mask: bit k stands for position i - k.
  std::uint64_t stack = 0;
  for (std::size_t i = 0; i < values_.size(); ++i) {
    stack <<= 1;  // positions 64 back fall off the window
    while (stack != 0) {
      const auto k = static_cast<std::size_t>(std::countr_zero(stack));
      if (values_[i] >= values_[i - k]) break;
      stack &= stack - 1;
    }
    stack |= 1;
    masks_[i] = stack;
  }
  if (blocks_ == 0) return;
  const auto levels = static_cast<std::size_t>(std::bit_width(blocks_));
  table_.resize(levels * blocks_);
  for (std::size_t b = 0; b < blocks_; ++b) table_[b] = window_min(b * block + block - 1, block);
  for (std::size_t j = 1; j < levels; ++j) {
    const std::uint32_t* below = table_.data() + (j - 1) * blocks_;
    std::uint32_t* row = table_.data() + j * blocks_;
    const std::size_t half = std::size_t{1} << (j - 1);
    for (std::size_t b = 0; b + 2 * half <= blocks_; ++b) row[b] = std::min(below[b], below[b + half]);
  }
}

}  // namespace prep::algo
