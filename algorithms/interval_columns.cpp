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

// Calls f(starts, ends, count, add) for the pieces holding intervals [begin, end) of all the parts'
// columns put together (each part: near, then far intervals); interval i of a piece is
// (std::uint64_t(starts[i]) + add, std::uint64_t(ends[i]) + add), as int64_t values.
template <typename F>
void for_pair_pieces(const IntervalColumns& columns, std::size_t begin, std::size_t end, F f) {
  std::size_t at = 0;
  const auto piece = [&](const auto& starts, const auto& ends, std::uint64_t add) {
    const std::size_t from = std::max(begin, at);
    const std::size_t to = std::min(end, at + starts.size());
    if (from < to) f(starts.data() + (from - at), ends.data() + (from - at), to - from, add);
    at += starts.size();
  };
  for (const IntervalColumns::Part& part : columns.parts) {
    piece(part.near_starts, part.near_ends, static_cast<std::uint64_t>(part.base));
    piece(part.far_starts, part.far_ends, 0);
    if (at >= end) break;
  }
}

// As for_pair_pieces, one kind: f(values, count, add) with the starts, or the ends (which may be
// all that is left: make_buckets frees the starts before it reads the ends).
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

// How keys (value − lo) are grouped into buckets by their top bits: about two thousand keys of each
// kind per bucket, but at most 512 buckets, so that a scatter's write streams stay in cache (on 5M
// intervals each scatter took 20 ms with 2048 buckets, 10 ms with 512; the buckets' sorts cost the
// same). Every key of bucket k is below every key of bucket k + 1.
struct Grid {
  std::size_t count = 1;
  unsigned shift = 0;      // bucket of a key: (key >> shift) & mask
  std::uint64_t mask = 0;
  unsigned sort_bits = 0;  // the low bits, in which keys of one bucket differ
  [[nodiscard]] std::size_t bucket(std::uint64_t key) const { return static_cast<std::size_t>((key >> shift) & mask); }
};

Grid make_grid(const Span& span) {
  Grid grid;
  const auto bits = static_cast<unsigned>(std::bit_width(span.range));
  const auto wanted = static_cast<unsigned>(std::clamp(static_cast<int>(std::bit_width(span.n)) - 11, 0, 9));
  const unsigned digit = std::min(bits, wanted);
  grid.sort_bits = bits - digit;
  grid.shift = digit == 0 ? 0 : grid.sort_bits;
  grid.count = std::size_t{1} << digit;
  grid.mask = grid.count - 1;
  return grid;
}

// Keys of the starts and of the ends, grouped into the same buckets: bucket k's starts are
// starts[start_at[k], start_at[k + 1]).
template <typename K>
struct Buckets : Grid {
  BigArray<K> starts;
  BigArray<K> ends;
  std::vector<std::size_t> start_at;
  std::vector<std::size_t> end_at;
};

template <typename K>
Buckets<K> make_buckets(IntervalColumns& columns, const Span& span) {
  Buckets<K> b;
  static_cast<Grid&>(b) = make_grid(span);
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

// An interval as keys (value − lo).
template <typename K>
struct Pair {
  K start;
  K end;
};

// Sorts a bucket's pairs a[0, n) by start (starts differing in their low `bits` bits) in place, in
// cache: LSD radix passes of at most 11 bits through tmp, all their counts taken in one pass first
// (no branches on the keys); insertion sort when tiny; in place (American flag) when large.
template <typename K>
void sort_bucket(Pair<K>* a, std::size_t n, unsigned bits, std::vector<Pair<K>>& tmp, std::vector<std::uint32_t>& count) {
  constexpr unsigned max_digit = 11;
  constexpr std::size_t whole_from = std::size_t{1} << 16;
  if (n < 2 || bits == 0) return;
  if (n <= 48) {
    for (std::size_t i = 1; i < n; ++i) {
      const Pair<K> pair = a[i];
      std::size_t j = i;
      for (; j > 0 && a[j - 1].start > pair.start; --j) a[j] = a[j - 1];
      a[j] = pair;
    }
    return;
  }
  if (n > whole_from || bits > 3 * max_digit) {
    // Order-preserving map of unsigned keys to signed ones.
    radix_sort_in_place(a, a + n, [](const Pair<K>& p) { return static_cast<std::int64_t>(std::uint64_t{p.start} ^ (std::uint64_t{1} << 63)); });
    return;
  }
  const unsigned passes = (bits + max_digit - 1) / max_digit;
  const unsigned width = (bits + passes - 1) / passes;
  const std::size_t size = std::size_t{1} << width;
  const std::uint64_t mask = size - 1;
  count.assign(size * passes, 0);
  std::uint32_t* const c0 = count.data();
  std::uint32_t* const c1 = c0 + size;
  std::uint32_t* const c2 = c1 + size;
  if (passes == 1) {
    for (std::size_t i = 0; i < n; ++i) ++c0[std::uint64_t{a[i].start} & mask];
  } else if (passes == 2) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t key = a[i].start;
      ++c0[key & mask];
      ++c1[(key >> width) & mask];
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t key = a[i].start;
      ++c0[key & mask];
      ++c1[(key >> width) & mask];
      ++c2[(key >> (2 * width)) & mask];
    }
  }
  if (tmp.size() < n) tmp.resize(n);
  Pair<K>* from = a;
  Pair<K>* to = tmp.data();
  for (unsigned pass = 0; pass < passes; ++pass) {
    std::uint32_t* const c = c0 + pass * size;
    const unsigned shift = pass * width;
    if (c[(std::uint64_t{from[0].start} >> shift) & mask] == n) continue;  // all share this digit
    std::uint32_t sum = 0;
    for (std::size_t d = 0; d < size; ++d) sum += std::exchange(c[d], sum);
    for (std::size_t i = 0; i < n; ++i) to[c[(std::uint64_t{from[i].start} >> shift) & mask]++] = from[i];
    std::swap(from, to);
  }
  if (from != a) std::copy(from, from + n, a);
}

// What a task's sweep leaves for the tasks around it: the close of the merged interval it inherited
// (open when it began), if that closes within it, and the open of its last merged interval, if that
// is still open at its end.
template <typename K>
struct TaskEnds {
  bool closes_inherited = false;
  K inherited_close = 0;
  bool open_at_end = false;
  K last_open = 0;
};

// The union of closed intervals: the pairs bucketed by start (one count, one scatter), each bucket
// sorted by start in cache, and then the textbook sweep — a start beyond the reach (the greatest end
// so far) closes the merged interval at the reach and opens the next; a start equal to it touches,
// and joins. The buckets are split between the tasks in order; a task begins with the reach of all
// the buckets before it (from each bucket's greatest end, noted in the scatter), so the tasks sweep at
// once, each emitting the merged intervals that open and close within it; the intervals that cross
// from one task into later ones are joined up at the end.
template <typename K>
void merge(IntervalColumns& intervals, const Span& span, const MergeEmit& emit) {
  const Grid grid = make_grid(span);
  const unsigned tasks = span.tasks;
  const auto lo = static_cast<std::uint64_t>(span.lo);
  const auto key = [lo](auto value, std::uint64_t add) { return static_cast<K>(static_cast<std::uint64_t>(value) + add - lo); };

  // Count each task's pairs per bucket of their start; then each task's first slot in each bucket.
  std::vector<std::vector<std::size_t>> slot(tasks, std::vector<std::size_t>(grid.count));
  parallel_for(tasks, [&](unsigned t) {
    std::vector<std::size_t>& count = slot[t];
    for_pair_pieces(intervals, span.task_begin(t), span.task_begin(t + 1), [&](const auto* s, const auto*, std::size_t m, std::uint64_t add) {
      for (std::size_t i = 0; i < m; ++i) ++count[grid.bucket(key(s[i], add))];
    });
  });
  std::vector<std::size_t> at(grid.count + 1);
  std::size_t sum = 0;
  for (std::size_t k = 0; k < grid.count; ++k) {
    at[k] = sum;
    for (unsigned t = 0; t < tasks; ++t) sum += std::exchange(slot[t][k], sum);
  }
  at[grid.count] = sum;

  // Scatter the pairs, noting each bucket's greatest end; then free the columns.
  BigArray<Pair<K>> pairs(span.n);
  std::vector<std::vector<K>> most_end(tasks, std::vector<K>(grid.count, 0));
  parallel_for(tasks, [&](unsigned t) {
    std::vector<std::size_t>& next = slot[t];
    std::vector<K>& most = most_end[t];
    Pair<K>* const out = pairs.get();
    for_pair_pieces(intervals, span.task_begin(t), span.task_begin(t + 1), [&](const auto* s, const auto* e, std::size_t m, std::uint64_t add) {
      for (std::size_t i = 0; i < m; ++i) {
        const Pair<K> pair{key(s[i], add), key(e[i], add)};
        const std::size_t k = grid.bucket(pair.start);
        out[next[k]++] = pair;
        most[k] = std::max(most[k], pair.end);
      }
    });
  });
  for (IntervalColumns::Part& part : intervals.parts) {
    part.near_starts.clear();
    part.near_ends.clear();
    part.far_starts.clear();
    part.far_ends.clear();
  }

  // The buckets split between the tasks by the number of pairs, each task's consecutive and in order;
  // the reach before each task's first bucket.
  std::vector<std::size_t> first(tasks + 1, grid.count);
  first[0] = 0;
  for (unsigned t = 1; t < tasks; ++t) {
    const std::size_t target = span.n * t / tasks;
    std::size_t k = first[t - 1];
    while (k < grid.count && at[k] < target) ++k;
    first[t] = k;
  }
  std::vector<K> reach_before(tasks, 0);
  {
    K reach = 0;
    unsigned t = 0;
    for (std::size_t k = 0; k < grid.count; ++k) {
      while (t < tasks && first[t] == k) reach_before[t++] = reach;
      for (unsigned u = 0; u < tasks; ++u) reach = std::max(reach, most_end[u][k]);
    }
  }

  const auto value = [lo](K k) { return static_cast<std::int64_t>(lo + std::uint64_t{k}); };
  std::vector<TaskEnds<K>> ends(tasks);
  parallel_for(tasks, [&](unsigned t) {
    std::vector<Pair<K>> tmp;
    std::vector<std::uint32_t> count;
    std::vector<Pair<K>> closed;  // the merged intervals a bucket closes: (open, reach)
    std::vector<Interval> batch;
    batch.reserve(4096);
    // Open: a merged interval is in progress (from a task before when `inherited`), opened at `opened`
    // and reaching `reach`.
    bool open = at[first[t]] != 0;
    bool inherited = open;
    K opened = 0;
    K reach = reach_before[t];
    for (std::size_t k = first[t]; k < first[t + 1]; ++k) {
      Pair<K>* const p = pairs.get() + at[k];
      const std::size_t n = at[k + 1] - at[k];
      if (n == 0) continue;
      sort_bucket(p, n, grid.sort_bits, tmp, count);
      std::size_t i = 0;
      if (!open) {  // the first interval of all
        open = true;
        opened = p[0].start;
        reach = p[0].end;
        i = 1;
      }
      // The sweep without branches on the data (a gap every few intervals would be mispredicted): a
      // merged interval is written at every step and kept only where a gap closes it.
      if (closed.size() < n) closed.resize(n);
      std::size_t c = 0;
      for (; i < n; ++i) {
        const Pair<K> next = p[i];
        const bool gap = next.start > reach;  // a start equal to the reach touches it, and joins
        closed[c] = {opened, reach};
        c += gap ? 1 : 0;
        opened = gap ? next.start : opened;
        reach = gap ? next.end : std::max(reach, next.end);
      }
      std::size_t j = 0;
      if (inherited && c != 0) {  // the first close ends the interval a task before opened
        ends[t].closes_inherited = true;
        ends[t].inherited_close = closed[0].end;
        inherited = false;
        j = 1;
      }
      for (; j < c; ++j) {
        batch.push_back({value(closed[j].start), value(closed[j].end)});
        if (batch.size() == batch.capacity()) {
          emit(t, batch);
          batch.clear();
        }
      }
    }
    if (!batch.empty()) emit(t, batch);
    if (open && !inherited) {
      ends[t].open_at_end = true;
      ends[t].last_open = opened;
    }
  });
  // A task's last interval closes where the first later task closes the interval it inherited, or,
  // if none does, at the greatest end of all.
  for (unsigned t = 0; t < tasks; ++t) {
    if (!ends[t].open_at_end) continue;
    auto close = static_cast<K>(span.range);
    for (unsigned u = t + 1; u < tasks; ++u) {
      if (ends[u].closes_inherited) {
        close = ends[u].inherited_close;
        break;
      }
    }
    const Interval last{value(ends[t].last_open), value(close)};
    emit(t, std::span(&last, 1));
  }
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
