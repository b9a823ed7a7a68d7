#include "algorithms/interval_columns.hpp"

#include <array>
#include <bit>
#include <cassert>
#include <limits>
#include <utility>

#include "algorithms/parallel.hpp"
#include "algorithms/radix_sort.hpp"

namespace prep::algo {

namespace {

constexpr std::size_t parallel_from = std::size_t{1} << 16;  // fewer intervals: one thread is quicker

// Calls f(values, count, add) for the pieces of one kind (starts or ends) holding items [begin, end)
// of all the parts' columns of that kind put together (each part: near, then far values). A value is
// std::uint64_t(values[i]) + add, as an int64_t.
template <typename F>
void for_pieces(const IntervalColumns& columns, bool ends, std::size_t begin, std::size_t end, F f) {
  std::size_t at = 0;
  const auto piece = [&](const auto& column, std::uint64_t add) {
    const std::size_t from = std::max(begin, at);
    const std::size_t to = std::min(end, at + column.size());
    if (from < to) f(column.data() + (from - at), to - from, add);
    at += column.size();
  };
  for (const IntervalColumns::Part& part : columns.parts) {
    piece(ends ? part.near_ends : part.near_starts, static_cast<std::uint64_t>(part.base));
    piece(ends ? part.far_ends : part.far_starts, 0);
    if (at >= end) break;
  }
}

struct Span {
  std::int64_t lo = 0;   // the least start
  std::uint64_t range = 0;  // greatest end − lo
  std::size_t n = 0;
  unsigned tasks = 1;
  [[nodiscard]] std::size_t task_begin(unsigned t) const { return n * t / tasks; }
};

// The least start and the greatest end: the near columns' from what their parts kept, the far
// columns' (usually few values) by a pass over them.
Span measure(const IntervalColumns& columns, unsigned threads) {
  Span span;
  span.n = columns.size();
  span.tasks = span.n >= parallel_from ? std::max(threads, 1U) : 1;
  if (span.n == 0) return span;
  std::int64_t lo = std::numeric_limits<std::int64_t>::max();
  std::int64_t hi = std::numeric_limits<std::int64_t>::min();
  for (const IntervalColumns::Part& part : columns.parts) {
    // Near values are base + offset without overflow.
    if (part.near_starts.size() != 0) lo = std::min(lo, part.base + static_cast<std::int64_t>(part.least_near_start));
    if (part.near_ends.size() != 0) hi = std::max(hi, part.base + static_cast<std::int64_t>(part.most_near_end));
    for (std::size_t i = 0; i < part.far_starts.size(); ++i) lo = std::min(lo, part.far_starts[i]);
    for (std::size_t i = 0; i < part.far_ends.size(); ++i) hi = std::max(hi, part.far_ends[i]);
  }
  span.lo = lo;
  span.range = hi >= span.lo ? static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(span.lo) : 0;
  return span;
}

// Keys (value − lo) of the starts and of the ends, grouped into the same buckets by their top bits:
// bucket k's starts are starts[start_at[k], start_at[k + 1]), below every key of bucket k + 1.
template <typename K>
struct Buckets {
  std::size_t count = 1;
  unsigned shift = 0;      // bucket of a key: (key >> shift) & mask
  std::uint64_t mask = 0;
  unsigned sort_bits = 0;  // the low bits, in which keys of one bucket differ
  BigArray<K> starts;
  BigArray<K> ends;
  std::vector<std::size_t> start_at;
  std::vector<std::size_t> end_at;
  [[nodiscard]] std::size_t bucket(K key) const { return static_cast<std::size_t>((std::uint64_t{key} >> shift) & mask); }
};

template <typename K>
Buckets<K> make_buckets(IntervalColumns& columns, const Span& span) {
  Buckets<K> b;
  const auto bits = static_cast<unsigned>(std::bit_width(span.range));
  // About two thousand keys of each kind per bucket, but at most 512 buckets: the scatter's write
  // streams stay in cache (on 5M intervals each scatter took 20 ms with 2048 buckets, 10 ms with 512;
  // the buckets' sorts cost the same).
  const auto wanted = static_cast<unsigned>(std::clamp(static_cast<int>(std::bit_width(span.n)) - 11, 0, 9));
  const unsigned digit = std::min(bits, wanted);
  b.sort_bits = bits - digit;
  b.shift = digit == 0 ? 0 : b.sort_bits;
  b.count = std::size_t{1} << digit;
  b.mask = b.count - 1;
  const auto lo = static_cast<std::uint64_t>(span.lo);

  // Count each task's keys per bucket; then each task's first slot in each bucket.
  std::vector<std::vector<std::size_t>> start_slot(span.tasks, std::vector<std::size_t>(b.count));
  std::vector<std::vector<std::size_t>> end_slot(span.tasks, std::vector<std::size_t>(b.count));
  parallel_for(span.tasks, [&](unsigned t) {
    for (const bool ends : {false, true}) {
      std::vector<std::size_t>& count = ends ? end_slot[t] : start_slot[t];
      for_pieces(columns, ends, span.task_begin(t), span.task_begin(t + 1), [&](const auto* v, std::size_t m, std::uint64_t add) {
        const std::uint64_t offset = add - lo;
        for (std::size_t i = 0; i < m; ++i) ++count[b.bucket(static_cast<K>(static_cast<std::uint64_t>(v[i]) + offset))];
      });
    }
  });
  for (const bool ends : {false, true}) {
    auto& slot = ends ? end_slot : start_slot;
    auto& at = ends ? b.end_at : b.start_at;
    at.resize(b.count + 1);
    std::size_t sum = 0;
    for (std::size_t k = 0; k < b.count; ++k) {
      at[k] = sum;
      for (unsigned t = 0; t < span.tasks; ++t) sum += std::exchange(slot[t][k], sum);
    }
    at[b.count] = sum;
  }

  // Scatter the starts, free their column, then the ends: the peak is the columns plus one key array.
  // The ends go into the largest freed start column when it is large enough: fresh memory costs the
  // system a page clearing on first touch, the pages already written do not.
  BigArray<std::uint32_t> freed;
  for (const bool ends : {false, true}) {
    BigArray<K>& keys = ends ? b.ends : b.starts;
    if (ends && freed.bytes() >= span.n * sizeof(K)) {
      keys = std::move(freed).template recast<K>();
    } else {
      keys = BigArray<K>(span.n);
    }
    K* const out = keys.get();
    parallel_for(span.tasks, [&](unsigned t) {
      std::vector<std::size_t>& slot = ends ? end_slot[t] : start_slot[t];
      for_pieces(columns, ends, span.task_begin(t), span.task_begin(t + 1), [&](const auto* v, std::size_t m, std::uint64_t add) {
        const std::uint64_t offset = add - lo;
        for (std::size_t i = 0; i < m; ++i) {
          const auto k = static_cast<K>(static_cast<std::uint64_t>(v[i]) + offset);
          out[slot[b.bucket(k)]++] = k;
        }
      });
    });
    for (IntervalColumns::Part& part : columns.parts) {
      if (!ends && part.near_starts.capacity() * sizeof(std::uint32_t) > freed.bytes()) {
        freed = part.near_starts.release();
      }
      (ends ? part.near_ends : part.near_starts).clear();
      (ends ? part.far_ends : part.far_starts).clear();
    }
  }
  return b;
}

// Sorts a[0, n) by the low `bits` bits (the others are equal): insertion sort when tiny, LSD passes
// through tmp when it fits in cache, in place when large (a skewed bucket).
template <typename K>
void sort_keys(K* a, std::size_t n, unsigned bits, std::vector<K>& tmp) {
  if (n < 2 || bits == 0) return;
  if (n <= 48) {
    for (std::size_t i = 1; i < n; ++i) {
      const K value = a[i];
      std::size_t j = i;
      for (; j > 0 && a[j - 1] > value; --j) a[j] = a[j - 1];
      a[j] = value;
    }
    return;
  }
  if (n > (std::size_t{1} << 16)) {
    // Order-preserving map of unsigned keys to signed ones.
    radix_sort_in_place(a, a + n, [](K k) { return static_cast<std::int64_t>(std::uint64_t{k} ^ (std::uint64_t{1} << 63)); });
    return;
  }
  constexpr unsigned max_digit = 11;
  const unsigned passes = (bits + max_digit - 1) / max_digit;
  const unsigned width = (bits + passes - 1) / passes;
  if (tmp.size() < n) tmp.resize(n);
  K* from = a;
  K* to = tmp.data();
  std::array<std::uint32_t, std::size_t{1} << max_digit> count;
  for (unsigned shift = 0; shift < bits; shift += width) {
    const std::uint64_t mask = (std::uint64_t{1} << std::min(width, bits - shift)) - 1;
    const std::size_t size = static_cast<std::size_t>(mask) + 1;
    std::fill_n(count.begin(), size, 0);
    for (std::size_t i = 0; i < n; ++i) ++count[(std::uint64_t{from[i]} >> shift) & mask];
    if (count[(std::uint64_t{from[0]} >> shift) & mask] == n) continue;  // all share this digit
    std::uint32_t sum = 0;
    for (std::size_t d = 0; d < size; ++d) sum += std::exchange(count[d], sum);
    for (std::size_t i = 0; i < n; ++i) to[count[(std::uint64_t{from[i]} >> shift) & mask]++] = from[i];
    std::swap(from, to);
  }
  if (from != a) std::copy(from, from + n, a);
}

// What a sweep does with the sorted starts and ends of a stretch of values (a bucket, or a part of
// one), given `cur`, the intervals in progress before it: Rooms below.
//   needs(cur, starts, ends): false if the stretch cannot matter (then it is not even sorted);
//   sweep(s, ns, e, ne, cur): the stretch's sorted starts and ends.

// The most meetings in progress: a stretch matters only if it could beat the best so far.
template <typename K>
struct Rooms {
  static constexpr unsigned group_bits = 12;  // ~2.5 keys of each kind per group of a full bucket (measured best)
  std::int64_t best = 0;
  [[nodiscard]] bool needs(std::int64_t cur, std::size_t starts, std::size_t) const {
    return cur + static_cast<std::int64_t>(starts) > best;
  }
  void sweep(const K* s, std::size_t ns, const K* e, std::size_t ne, std::int64_t cur) {
    std::int64_t most = best;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < ns && j < ne) {
      const bool start = s[i] < e[j];  // an end at the same time frees its room first
      cur += start ? 1 : -1;
      most = std::max(most, cur);
      i += start ? 1 : 0;
      j += start ? 0 : 1;
    }
    if (i < ns) most = std::max(most, cur + static_cast<std::int64_t>(ns - i));
    best = most;
  }
};

template <typename K>
void sort_small(K* a, std::size_t n) {
  if (n > 32) {
    std::sort(a, a + n);
    return;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const K value = a[i];
    std::size_t j = i;
    for (; j > 0 && a[j - 1] > value; --j) a[j] = a[j - 1];
    a[j] = value;
  }
}

template <typename K>
struct Scratch {
  std::vector<K> starts;
  std::vector<K> ends;
  std::vector<K> sort;
  std::vector<std::uint32_t> start_count;
  std::vector<std::uint32_t> end_count;
  std::vector<std::uint32_t> start_at;
  std::vector<std::uint32_t> end_at;
};

// One bucket: s[0, ns) and e[0, ne), unsorted, keys differing in their low `bits` bits; cur meetings
// in progress before it. The keys are grouped once more by their next bits (a counting sort, in
// cache), and only the groups that can matter are sorted and swept. A large bucket is sorted whole.
template <typename K, typename Sweep>
void visit_bucket(K* s, std::size_t ns, K* e, std::size_t ne, unsigned bits, std::int64_t cur, Scratch<K>& scratch,
                  Sweep& sweep) {
  constexpr unsigned sub_bits = Sweep::group_bits;
  constexpr std::size_t whole_from = std::size_t{1} << 16;
  if (!sweep.needs(cur, ns, ne)) return;
  if (bits == 0 || ns + ne <= 64 || ns > whole_from || ne > whole_from) {
    sort_keys(s, ns, bits, scratch.sort);
    sort_keys(e, ne, bits, scratch.sort);
    sweep.sweep(s, ns, e, ne, cur);
    return;
  }
  const unsigned width = std::min(bits, sub_bits);
  const unsigned shift = bits - width;
  const std::size_t groups = std::size_t{1} << width;
  const std::uint64_t mask = groups - 1;
  const auto group = [shift, mask](K key) { return static_cast<std::size_t>((std::uint64_t{key} >> shift) & mask); };
  scratch.start_count.assign(groups, 0);
  scratch.end_count.assign(groups, 0);
  scratch.start_at.resize(groups);
  scratch.end_at.resize(groups);
  if (scratch.starts.size() < ns) scratch.starts.resize(ns);
  if (scratch.ends.size() < ne) scratch.ends.resize(ne);
  for (std::size_t i = 0; i < ns; ++i) ++scratch.start_count[group(s[i])];
  for (std::size_t i = 0; i < ne; ++i) ++scratch.end_count[group(e[i])];
  std::uint32_t start_sum = 0;
  std::uint32_t end_sum = 0;
  for (std::size_t g = 0; g < groups; ++g) {
    scratch.start_at[g] = start_sum;
    start_sum += scratch.start_count[g];
    scratch.end_at[g] = end_sum;
    end_sum += scratch.end_count[g];
  }
  K* const gs = scratch.starts.data();
  K* const ge = scratch.ends.data();
  for (std::size_t i = 0; i < ns; ++i) gs[scratch.start_at[group(s[i])]++] = s[i];
  for (std::size_t i = 0; i < ne; ++i) ge[scratch.end_at[group(e[i])]++] = e[i];
  // start_at[g] is now where group g + 1 begins.
  std::size_t s0 = 0;
  std::size_t e0 = 0;
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t a = scratch.start_count[g];
    const std::size_t b = scratch.end_count[g];
    if ((a != 0 || b != 0) && sweep.needs(cur, a, b)) {
      sort_small(gs + s0, a);
      sort_small(ge + e0, b);
      sweep.sweep(gs + s0, a, ge + e0, b, cur);
    }
    cur += static_cast<std::int64_t>(a) - static_cast<std::int64_t>(b);
    s0 += a;
    e0 += b;
  }
}

// The buckets split between the tasks by the number of keys: task t has buckets [first[t],
// first[t + 1]), consecutive and in order.
template <typename K>
std::vector<std::size_t> task_buckets(const Buckets<K>& b, const Span& span) {
  const unsigned tasks = span.tasks;
  std::vector<std::size_t> first(tasks + 1, b.count);
  first[0] = 0;
  for (unsigned t = 1; t < tasks; ++t) {
    const std::size_t target = 2 * span.n * t / tasks;
    std::size_t k = first[t - 1];
    while (k < b.count && b.start_at[k] + b.end_at[k] < target) ++k;
    first[t] = k;
  }
  return first;
}

// Visits every bucket (visit(task, k, scratch)), each task its buckets of task_buckets in order.
template <typename K, typename Visit>
void for_buckets(const Buckets<K>&, const std::vector<std::size_t>& first, Visit visit) {
  parallel_for(static_cast<unsigned>(first.size() - 1), [&](unsigned t) {
    Scratch<K> scratch;
    for (std::size_t k = first[t]; k < first[t + 1]; ++k) visit(t, k, scratch);
  });
}

template <typename K>
std::int64_t rooms(IntervalColumns& meetings, const Span& span) {
  Buckets<K> b = make_buckets<K>(meetings, span);
  std::vector<Rooms<K>> best(span.tasks);
  for_buckets(b, task_buckets(b, span), [&](unsigned t, std::size_t k, Scratch<K>& scratch) {
    // In progress when the bucket begins: the meetings started and not ended before it.
    const auto cur = static_cast<std::int64_t>(b.start_at[k]) - static_cast<std::int64_t>(b.end_at[k]);
    visit_bucket(b.starts.get() + b.start_at[k], b.start_at[k + 1] - b.start_at[k], b.ends.get() + b.end_at[k],
                 b.end_at[k + 1] - b.end_at[k], b.sort_bits, cur, scratch, best[t]);
  });
  std::int64_t most = 0;
  for (const Rooms<K>& r : best) most = std::max(most, r.best);
  return most;
}

// Sorts a bucket's keys a[0, n) (differing in their low `bits` bits) in place, in cache: LSD radix
// passes of at most 11 bits through scratch, all their counts taken in one pass first (no branches
// on the keys).
template <typename K>
void sort_bucket(K* a, std::size_t n, unsigned bits, Scratch<K>& scratch) {
  constexpr unsigned max_digit = 11;
  constexpr std::size_t whole_from = std::size_t{1} << 16;
  if (bits == 0 || n <= 48 || n > whole_from || bits > 3 * max_digit) {
    sort_keys(a, n, bits, scratch.sort);
    return;
  }
  const unsigned passes = (bits + max_digit - 1) / max_digit;
  const unsigned width = (bits + passes - 1) / passes;
  const std::size_t size = std::size_t{1} << width;
  const std::uint64_t mask = size - 1;
  std::vector<std::uint32_t>& count = scratch.start_count;
  count.assign(size * passes, 0);
  std::uint32_t* const c0 = count.data();
  std::uint32_t* const c1 = c0 + size;
  std::uint32_t* const c2 = c1 + size;
  if (passes == 1) {
    for (std::size_t i = 0; i < n; ++i) ++c0[std::uint64_t{a[i]} & mask];
  } else if (passes == 2) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t key = a[i];
      ++c0[key & mask];
      ++c1[(key >> width) & mask];
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t key = a[i];
      ++c0[key & mask];
      ++c1[(key >> width) & mask];
      ++c2[(key >> (2 * width)) & mask];
    }
  }
  if (scratch.sort.size() < n) scratch.sort.resize(n);
  K* from = a;
  K* to = scratch.sort.data();
  for (unsigned pass = 0; pass < passes; ++pass) {
    std::uint32_t* const c = c0 + pass * size;
    const unsigned shift = pass * width;
    if (c[(std::uint64_t{from[0]} >> shift) & mask] == n) continue;  // all share this digit
    std::uint32_t sum = 0;
    for (std::size_t d = 0; d < size; ++d) sum += std::exchange(c[d], sum);
    for (std::size_t i = 0; i < n; ++i) to[c[(std::uint64_t{from[i]} >> shift) & mask]++] = from[i];
    std::swap(from, to);
  }
  if (from != a) std::copy(from, from + n, a);
}


// Where merged intervals close and open within one bucket, from its sorted starts s[0, ns) and ends
// e[0, ne) and cur, the intervals in progress before it. With S and E all the sorted starts and ends,
// coverage falls to 0 after E[g] exactly when E[g] < S[g + 1] (S[g] <= E[g] always: the g + 1 least
// ends have their g + 1 starts at or before them; an equal value joins the two, as closed intervals
// touch); then E[g] closes a merged interval and S[g + 1] opens the next. For the bucket's end e[j]
// (g = ends before the bucket + j), S[g + 1] is the bucket's s[j + 1 − cur]: before the bucket (no
// gap) when that index is negative, after it (a gap, the last end of a bucket whose coverage ends at
// 0) when it is ns. The closes are packed at e[0, closes), the opens at s[0, opens) (each written
// where it or a later key has been read); the first start of a bucket that begins uncovered opens.
struct Bounds {
  std::uint32_t opens = 0;
  std::uint32_t closes = 0;
};

template <typename K>
Bounds bucket_bounds(K* s, std::size_t ns, K* e, std::size_t ne, std::int64_t cur) {
  Bounds found;
  if (cur == 0 && ns != 0) found.opens = 1;  // s[0] stays where it is
  // The ends with s[j + 1 − cur] in the bucket: j in [cur − 1, ns + cur − 1), and j < ne.
  const auto sn = static_cast<std::int64_t>(ns);
  const auto en = static_cast<std::int64_t>(ne);
  const auto begin = static_cast<std::size_t>(std::max<std::int64_t>(cur - 1, 0));
  const auto end = static_cast<std::size_t>(std::max<std::int64_t>(std::min(en, sn + cur - 1), 0));
  std::size_t c = 0;
  std::size_t o = found.opens;
  for (std::size_t j = begin; j < end; ++j) {
    const K close = e[j];
    const K open = s[j + 1 - static_cast<std::size_t>(cur)];
    const bool gap = close < open;
    e[c] = close;  // c <= j
    s[o] = open;   // o <= j + 1 − cur: the opens so far are distinct starts before it
    c += gap ? 1 : 0;
    o += gap ? 1 : 0;
  }
  if (ne != 0 && sn + cur == en) e[c++] = e[ne - 1];  // uncovered after the bucket: its last end closes
  found.closes = static_cast<std::uint32_t>(c);
  found.opens = static_cast<std::uint32_t>(o);
  return found;
}

// Reads packed keys bucket after bucket: keys[at[k] + i] for i < count[k].
template <typename K>
class PackedReader {
 public:
  PackedReader(const K* keys, const std::vector<std::size_t>& at, const std::vector<Bounds>& found, bool closes,
               std::size_t bucket)
      : keys_(keys), at_(at), found_(found), closes_(closes), bucket_(bucket) {}
  // Skips the first `skip` keys from the current bucket on.
  void skip(std::size_t skip) {
    while (skip >= count(bucket_) - i_) {
      skip -= count(bucket_) - i_;
      ++bucket_;
      i_ = 0;
    }
    i_ += skip;
  }
  K next() {
    while (i_ == count(bucket_)) {
      ++bucket_;
      i_ = 0;
    }
    return keys_[at_[bucket_] + i_++];
  }

 private:
  [[nodiscard]] std::size_t count(std::size_t k) const { return closes_ ? found_[k].closes : found_[k].opens; }
  const K* keys_;
  const std::vector<std::size_t>& at_;
  const std::vector<Bounds>& found_;
  bool closes_;
  std::size_t bucket_;
  std::size_t i_ = 0;
};

template <typename K>
void merge(IntervalColumns& intervals, const Span& span, const MergeEmit& emit) {
  Buckets<K> b = make_buckets<K>(intervals, span);
  K* const starts = b.starts.get();
  K* const ends = b.ends.get();
  const std::vector<std::size_t> first = task_buckets(b, span);
  std::vector<Bounds> found(b.count);
  for_buckets(b, first, [&](unsigned, std::size_t k, Scratch<K>& scratch) {
    const std::size_t ns = b.start_at[k + 1] - b.start_at[k];
    const std::size_t ne = b.end_at[k + 1] - b.end_at[k];
    sort_bucket(starts + b.start_at[k], ns, b.sort_bits, scratch);
    sort_bucket(ends + b.end_at[k], ne, b.sort_bits, scratch);
    // In progress when the bucket begins: the intervals started and not ended before it.
    const auto cur = static_cast<std::int64_t>(b.start_at[k]) - static_cast<std::int64_t>(b.end_at[k]);
    found[k] = bucket_bounds(starts + b.start_at[k], ns, ends + b.end_at[k], ne, cur);
  });
  // The m-th open and the m-th close make the m-th merged interval. Each task pairs the opens in its
  // buckets with their closes (the last may lie in a later task's buckets) and emits them.
  std::vector<std::size_t> opens_before(span.tasks + 1, 0);
  for (unsigned t = 0; t < span.tasks; ++t) {
    opens_before[t + 1] = opens_before[t];
    for (std::size_t k = first[t]; k < first[t + 1]; ++k) opens_before[t + 1] += found[k].opens;
  }
  const auto value = [lo = static_cast<std::uint64_t>(span.lo)](K key) {
    return static_cast<std::int64_t>(lo + std::uint64_t{key});
  };
  parallel_for(span.tasks, [&](unsigned t) {
    if (opens_before[t] == opens_before[t + 1]) return;
    PackedReader<K> opens(starts, b.start_at, found, false, first[t]);
    PackedReader<K> closes(ends, b.end_at, found, true, 0);
    closes.skip(opens_before[t]);
    std::vector<Interval> batch;
    batch.reserve(4096);
    for (std::size_t m = opens_before[t]; m < opens_before[t + 1]; ++m) {
      const K open = opens.next();
      batch.push_back({value(open), value(closes.next())});
      if (batch.size() == batch.capacity()) {
        emit(t, batch);
        batch.clear();
      }
    }
    if (!batch.empty()) emit(t, batch);
  });
}

}  // namespace

void merge_closed(IntervalColumns intervals, unsigned threads, const MergeEmit& emit) {
  const Span span = measure(intervals, threads);
  if (span.n == 0) return;
  if (span.range <= std::numeric_limits<std::uint32_t>::max()) {
    merge<std::uint32_t>(intervals, span, emit);
  } else {
    merge<std::uint64_t>(intervals, span, emit);
  }
}

std::int64_t min_meeting_rooms(IntervalColumns meetings, unsigned threads) {
  const Span span = measure(meetings, threads);
  if (span.n == 0) return 0;
  if (span.range <= std::numeric_limits<std::uint32_t>::max()) return rooms<std::uint32_t>(meetings, span);
  return rooms<std::uint64_t>(meetings, span);
}

bool can_attend_all(IntervalColumns meetings, unsigned threads) {
  // Two half-open meetings overlap exactly when both are in progress at the later start.
  return min_meeting_rooms(std::move(meetings), threads) <= 1;
}

}  // namespace prep::algo
