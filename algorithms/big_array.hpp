// big_array.hpp — an uninitialized array of many trivially copyable values, in memory mapped for it.
//
// Large arrays that are filled once and read a few times (parsed columns, sort keys) cost as much in
// page faults as in the work on them: with 4 KiB pages, one fault per 512 values of 8 bytes. Asking
// for transparent huge pages (2 MiB, where the system allows them) makes that one fault per 262144,
// and pages never written are never given memory, so a generous capacity costs address space only.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <type_traits>
#include <utility>

#include <sys/mman.h>

namespace prep::algo {

namespace detail {
// Asks for transparent huge pages on a mapping of `bytes` at p, when it is big enough to fill some.
inline void ask_huge_pages([[maybe_unused]] void* p, [[maybe_unused]] std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  if (bytes >= (std::size_t{4} << 20)) madvise(p, bytes, MADV_HUGEPAGE);
#endif
}

// Fresh zero-filled memory of `bytes`, mapped for it (pages are given memory when first written).
inline void* map_zeroed(std::size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  ask_huge_pages(p, bytes);
  return p;
}
}  // namespace detail

template <typename T>
class BigArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  BigArray() = default;
  explicit BigArray(std::size_t n) : size_(n) {
    if (n == 0) return;
    bytes_ = n * sizeof(T);
    data_ = static_cast<T*>(detail::map_zeroed(bytes_));
  }
  BigArray(BigArray&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)), bytes_(std::exchange(other.bytes_, 0)) {}
  BigArray& operator=(BigArray&& other) noexcept {
    if (this != &other) {
      reset();
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      bytes_ = std::exchange(other.bytes_, 0);
    }
    return *this;
  }
  BigArray(const BigArray&) = delete;
  BigArray& operator=(const BigArray&) = delete;
  ~BigArray() { reset(); }

  void reset() {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = nullptr;
    size_ = bytes_ = 0;
  }
  // The same memory (pages already written stay, with their contents) as an array of as many U as
  // fit; this one is left empty.
  template <typename U>
  [[nodiscard]] BigArray<U> recast() && {
    BigArray<U> out;
    out.data_ = reinterpret_cast<U*>(std::exchange(data_, nullptr));
    out.size_ = bytes_ / sizeof(U);
    out.bytes_ = std::exchange(bytes_, 0);
    size_ = 0;
    return out;
  }
  [[nodiscard]] std::size_t bytes() const { return bytes_; }
  [[nodiscard]] T* get() const { return data_; }
  [[nodiscard]] std::size_t size() const { return size_; }
  T& operator[](std::size_t i) const { return data_[i]; }

 private:
  template <typename U>
  friend class BigArray;
  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t bytes_ = 0;
};

// A growing array of zero-initialized values for structures that only grow and are read at random
// (a trie's rows): memory mapped for it with transparent huge pages asked for, so that a table of
// tens of MiB costs a few faults and TLB entries instead of thousands. New elements are zero (fresh
// anonymous memory), and growing moves the pages (mremap) instead of copying the values.
// Time: grow O(1) amortized per element (the kernel zero-fills each page once). Memory: the pages
// written, plus address space up to twice the size.
template <typename T>
class ZeroedArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  ZeroedArray() = default;
  ZeroedArray(ZeroedArray&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)), bytes_(std::exchange(other.bytes_, 0)) {}
  ZeroedArray& operator=(ZeroedArray&& other) noexcept {
    if (this != &other) {
      release();
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      capacity_ = std::exchange(other.capacity_, 0);
      bytes_ = std::exchange(other.bytes_, 0);
    }
    return *this;
  }
  ZeroedArray(const ZeroedArray&) = delete;
  ZeroedArray& operator=(const ZeroedArray&) = delete;
  ~ZeroedArray() { release(); }

  // Makes room for n elements without changing the size.
  void reserve(std::size_t n) {
    if (n <= capacity_) return;
    const std::size_t bytes = round_up(n * sizeof(T));
    void* p = nullptr;
    if (data_ == nullptr) {
      p = detail::map_zeroed(bytes);
    } else {
      p = mremap(data_, bytes_, bytes, MREMAP_MAYMOVE);
      if (p == MAP_FAILED) throw std::bad_alloc();
      detail::ask_huge_pages(p, bytes);
    }
    data_ = static_cast<T*>(p);
    bytes_ = bytes;
    capacity_ = bytes / sizeof(T);
  }
  // Adds k zero elements at the end.
  void grow(std::size_t k) {
    if (size_ + k > capacity_) reserve(std::max(size_ + k, 2 * capacity_));
    size_ += k;
  }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::size_t capacity() const { return capacity_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] T* data() const { return data_; }
  T& operator[](std::size_t i) const { return data_[i]; }

 private:
  static std::size_t round_up(std::size_t bytes) {
    constexpr std::size_t unit = std::size_t{64} << 10;  // whole pages, and no tiny mappings
    return (bytes + unit - 1) / unit * unit;
  }
  void release() {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = nullptr;
    size_ = capacity_ = bytes_ = 0;
  }
  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  std::size_t bytes_ = 0;
};

// An allocator for the large arrays of a structure read at random (a hash table, a pool of nodes):
// an allocation of at least 2 MiB is mapped for it, on 2 MiB boundaries and in whole 2 MiB units,
// with transparent huge pages asked for, so that a random read costs a cache miss and not a TLB miss
// too (with 4 KiB pages the TLB covers a few MiB, and in a virtual machine a page walk reads two
// levels of tables); a smaller one comes from operator new. Pages never written are never given
// memory. std::vector<T, HugePageAllocator<T>> is a vector in huge pages.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t huge_bytes = std::size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  explicit(false) HugePageAllocator(const HugePageAllocator<U>& /*other*/) noexcept {}

  T* allocate(std::size_t n) {
    if (n > std::numeric_limits<std::size_t>::max() / sizeof(T) - huge_bytes) throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    if (bytes < huge_bytes) return static_cast<T*>(::operator new(bytes, std::align_val_t{alignof(T)}));
    // Mapped with a huge page's slack, then trimmed to the aligned part.
    const std::size_t size = round_up(bytes);
    void* raw = mmap(nullptr, size + huge_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    const auto at = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t start = (at + huge_bytes - 1) / huge_bytes * huge_bytes;
    if (start != at) munmap(raw, start - at);
    if (start - at != huge_bytes) munmap(reinterpret_cast<void*>(start + size), huge_bytes - (start - at));
    auto* p = reinterpret_cast<void*>(start);
#ifdef MADV_HUGEPAGE
    madvise(p, size, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < huge_bytes) {
      ::operator delete(p, std::align_val_t{alignof(T)});  // (unsized: clang declares the sized form only with -fsized-deallocation)
    } else {
      munmap(p, round_up(bytes));
    }
  }
  friend bool operator==(const HugePageAllocator& /*a*/, const HugePageAllocator& /*b*/) { return true; }

 private:
  static std::size_t round_up(std::size_t bytes) { return (bytes + huge_bytes - 1) / huge_bytes * huge_bytes; }
};

}  // namespace prep::algo
