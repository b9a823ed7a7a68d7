#include "problems/intervals_input.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PREP_INTERVALS_AVX2 1
#include <immintrin.h>
#endif

#include <fmt/format.h>

#include "algorithms/parallel.hpp"
#include "cli/io/literal.hpp"
#include "cli/io/slices.hpp"
#include "cli/io/text.hpp"

namespace prep::problems {

namespace {

void check_order(const io::Input& input, const char* where, const algo::Interval& interval, IntervalKind kind) {
  if (kind == IntervalKind::closed && interval.start > interval.end) {
    throw input.error_at(where, fmt::format("START {} is greater than END {}", interval.start, interval.end));
  }
  if (kind == IntervalKind::half_open && interval.start >= interval.end) {
    throw input.error_at(where, fmt::format("START {} is not less than END {} (meetings are [START, END))",
                                            interval.start, interval.end));
  }
}

IntervalInput read_literal(io::Input& input, IntervalKind kind) {
  const io::Literal literal = io::parse_whole_literal(input, "list");

  const io::LiteralNode& root = literal.root();
  if (root.kind != io::LiteralNode::Kind::array) {
    throw input.error_at(root.where, fmt::format("expected a list of [START,END] pairs, found {}", io::kind_name(root)));
  }
  IntervalInput result;
  result.leetcode = true;
  result.intervals.reserve(root.size);
  for (const io::LiteralNode& pair : literal.elements(root)) {
    if (pair.kind != io::LiteralNode::Kind::array || pair.size != 2) {
      throw input.error_at(pair.where, fmt::format("expected [START,END], found {}",
                                                   pair.kind == io::LiteralNode::Kind::array
                                                       ? fmt::format("a list of {} values", pair.size)
                                                       : std::string(io::kind_name(pair))));
    }
    const io::LiteralNode& start = literal.node(pair.first);
    const io::LiteralNode& end_node = literal.node(start.next);
    for (const io::LiteralNode* value : {&start, &end_node}) {
      if (value->kind != io::LiteralNode::Kind::integer) {
        throw input.error_at(value->where, fmt::format("expected an integer, found {}", io::kind_name(*value)));
      }
    }
    const algo::Interval interval{start.integer, end_node.integer};
    check_order(input, pair.where, interval, kind);
    result.intervals.push_back(interval);
  }
  return result;
}

// One plain decimal integer of at most 18 digits at p (which moves past it); false for anything
// else, which the general path then parses and reports exactly.
inline bool plain_int(const char*& p, const char* end, std::int64_t& value) {
  const bool negative = p != end && *p == '-';
  const char* q = p + (negative ? 1 : 0);
  const char* const digits = q;
  std::uint64_t v = 0;
  while (q != end && static_cast<unsigned>(*q - '0') <= 9) v = v * 10 + static_cast<unsigned>(*q++ - '0');
  if (q == digits || q - digits > 18) return false;
  value = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  p = q;
  return true;
}

// The common line, "START END" with plain integers, without the general tokenizer.
inline bool plain_pair(std::string_view text, algo::Interval& interval) {
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p != end && io::is_blank(*p)) ++p;
  if (!plain_int(p, end, interval.start) || p == end || !io::is_separator(*p)) return false;
  while (p != end && io::is_separator(*p)) ++p;
  if (!plain_int(p, end, interval.end)) return false;
  while (p != end && (io::is_separator(*p) || *p == '\r')) ++p;
  return p == end;
}

// One record (a line that is neither blank nor a comment) as an interval, or the error for it.
[[gnu::noinline]] algo::Interval read_record(const io::Input& input, std::string_view text, IntervalKind kind) {
  algo::Interval plain{};
  if (plain_pair(text, plain)) [[likely]] {
    if (plain.start > plain.end || (kind == IntervalKind::half_open && plain.start == plain.end)) {
      check_order(input, text.data() + text.find_first_not_of(" \t"), plain, kind);
    }
    return plain;
  }
  io::Tokens tokens(text);
  std::string_view start;
  std::string_view end;
  tokens.next(start);
  if (!tokens.next(end)) throw input.error_at(tokens.end(), "missing END: expected 'START END'");
  std::string_view extra;
  if (tokens.next(extra)) throw input.error_at(extra.data(), fmt::format("unexpected {}: expected 'START END'", io::quote(extra)));
  const algo::Interval interval{io::expect_int64(input, start, "START"), io::expect_int64(input, end, "END")};
  check_order(input, start.data(), interval, kind);
  return interval;
}

// --- The fast path for a common line, `-?D{1,18}[ \t,]+-?D{1,18}\r?\n`: eight digits at a time (SWAR)
// on any processor, and where the processor has AVX2 (chosen at run time) a whole line at a time for
// the commonest lines. It accepts only lines that plain_pair accepts, with the same values; anything
// else is left to read_record, line by line, so the intervals and the errors are read_intervals' own.

static_assert(std::endian::native == std::endian::little, "the digit tricks below read bytes little-endian");

inline std::uint64_t load8(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The high bit of each byte of word that is not an ASCII digit; exact for the bytes up to and
// including the first non-digit (carries only reach higher bytes), which is all that is used.
inline std::uint64_t non_digits(std::uint64_t word) {
  return ((word + 0x4646464646464646) | (word - 0x3030303030303030)) & 0x8080808080808080;
}

// The number written by the eight digits of word (first digit in the lowest byte).
inline std::uint64_t eight_digits(std::uint64_t word) {
  word &= 0x0F0F0F0F0F0F0F0F;
  word = (word * 2561) >> 8;
  word = ((word & 0x00FF00FF00FF00FF) * 6553601) >> 16;
  return ((word & 0x0000FFFF0000FFFF) * 42949672960001) >> 32;
}

// The number written by the first `count` (1 to 7) digits of word.
inline std::uint64_t leading_digits(std::uint64_t word, unsigned count) { return eight_digits(word << (64 - 8 * count)); }

constexpr std::uint64_t powers_of_ten[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};

// As plain_int: an optional '-' and 1 to 18 digits at p, which moves past them. Reads up to 25
// bytes from p.
inline bool fast_int(const char*& p, std::int64_t& value) {
  const bool negative = *p == '-';
  const char* q = p + (negative ? 1 : 0);
  std::uint64_t word = load8(q);
  std::uint64_t stops = non_digits(word);
  std::uint64_t v = 0;
  if (stops != 0) {
    const auto count = static_cast<unsigned>(std::countr_zero(stops)) / 8;
    if (count == 0) return false;
    v = leading_digits(word, count);
    q += count;
  } else {
    v = eight_digits(word);
    word = load8(q + 8);
    stops = non_digits(word);
    if (stops != 0) {
      const auto count = static_cast<unsigned>(std::countr_zero(stops)) / 8;
      if (count != 0) v = v * powers_of_ten[count] + leading_digits(word, count);
      q += 8 + count;
    } else {
      v = v * 100000000 + eight_digits(word);
      word = load8(q + 16);
      stops = non_digits(word);
      const auto count = stops == 0 ? 8U : static_cast<unsigned>(std::countr_zero(stops)) / 8;
      if (count > 2) return false;  // more than 18 digits: the general path checks the range
      if (count != 0) v = v * powers_of_ten[count] + leading_digits(word, count);
      q += 16 + count;
    }
  }
  value = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  p = q;
  return true;
}

constexpr std::ptrdiff_t fast_margin = 80;  // bytes a fast line may read from its start

// One common line at p, as a near pair: `-?D{1,18}[ \t,]+-?D{1,18}\r?\n` with start < end (or
// start <= end for closed intervals), both values within [base, base + 2^32). Sets the offsets and
// moves p past the line; else false, p unmoved. Needs fast_margin bytes from p.
inline bool fast_line(const char*& p, bool closed, std::uint64_t base, std::uint32_t& x, std::uint32_t& y) {
  const char* q = p;
  std::int64_t a = 0;
  std::int64_t b = 0;
  if (!fast_int(q, a) || !io::is_separator(*q)) return false;
  const char* const limit = p + 40;
  do ++q;
  while (q != limit && io::is_separator(*q));
  if (!fast_int(q, b)) return false;
  const char* next = *q == '\n' ? q + 1 : (q[0] == '\r' && q[1] == '\n') ? q + 2 : nullptr;
  if (next == nullptr || !(a < b || (closed && a == b))) return false;
  const std::uint64_t sx = static_cast<std::uint64_t>(a) - base;
  const std::uint64_t sy = static_cast<std::uint64_t>(b) - base;
  // Near: both within [base, base + 2^32) (the base is at most INT64_MAX − 2^32 + 1, so no value
  // below it wraps to a small offset).
  if (((sx | sy) >> 32) != 0) return false;
  x = static_cast<std::uint32_t>(sx);
  y = static_cast<std::uint32_t>(sy);
  p = next;
  return true;
}

// How the fast path reads a common line: fast_line's contract.
struct SwarLines {
  static bool line(const char*& p, bool closed, std::uint64_t base, std::uint32_t& x, std::uint32_t& y) {
    return fast_line(p, closed, base, x, y);
  }
};

#ifdef PREP_INTERVALS_AVX2
// shuffles.at[n]: the byte shuffle that moves n digits from the front of a register to its back,
// zeros before them.
struct DigitShuffles {
  alignas(16) std::uint8_t at[16][16]{};
  constexpr DigitShuffles() {
    for (int n = 0; n < 16; ++n) {
      for (int j = 0; j < 16; ++j) at[n][j] = j >= 16 - n ? static_cast<std::uint8_t>(j - (16 - n)) : 0x80;
    }
  }
};
constexpr DigitShuffles digit_shuffles{};

// Where the numbers of a line `D{1,15}[ \t,]+D{1,15}` are, from masks of its first 32 bytes (bit i:
// byte i is a digit, a separator): the first is bytes [0, first), the second [second_at, second_at +
// second), and what follows (byte second_at + second, at most 30) ends the line or not.
struct LineShape {
  bool common = false;
  unsigned first = 0;
  unsigned second_at = 0;
  unsigned second = 0;

  static LineShape of(std::uint32_t is_digit, std::uint32_t is_separator) {
    LineShape shape;
    shape.first = static_cast<unsigned>(std::countr_zero(~is_digit));
    shape.second_at = shape.first >= 16 ? 32 : shape.first + static_cast<unsigned>(std::countr_zero(~(is_separator >> shape.first)));
    shape.second = shape.second_at >= 32 ? 0 : static_cast<unsigned>(std::countr_zero(~(is_digit >> shape.second_at)));
    shape.common = shape.first != 0 && shape.first <= 15 && shape.second != 0 && shape.second <= 15 &&
                   shape.second_at + shape.second <= 30;
    return shape;
  }
};

// With AVX2 (where the processor has it: chosen at run time), a line `D{1,15}[ \t,]+D{1,15}\r?\n`
// within 32 bytes at once: one load, three masks (digits, separators, newline) give where both
// numbers are, shuffles move their digits to the backs of the two halves of a register, and three
// multiply-adds make both values. Any other line (a '-', longer numbers, …) goes to fast_line.
struct Avx2Lines {
  __attribute__((target("avx2"))) static std::uint32_t mask(__m256i set) {
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(set));
  }
  __attribute__((target("avx2"))) static std::uint32_t equal(__m256i bytes, char c) {
    return mask(_mm256_cmpeq_epi8(bytes, _mm256_set1_epi8(c)));
  }
  // The n digits (values 0 to 9) at the front of digits, moved to its back, zeros before them.
  __attribute__((target("avx2"))) static __m128i to_back(__m128i digits, unsigned n) {
    return _mm_shuffle_epi8(digits, _mm_load_si128(reinterpret_cast<const __m128i*>(digit_shuffles.at[n])));
  }

  __attribute__((target("avx2"))) static bool line(const char*& p, bool closed, std::uint64_t base, std::uint32_t& x,
                                                   std::uint32_t& y) {
    const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i digits = _mm256_sub_epi8(bytes, _mm256_set1_epi8('0'));
    const __m256i nine = _mm256_set1_epi8(9);
    const std::uint32_t is_digit = mask(_mm256_cmpeq_epi8(_mm256_max_epu8(digits, nine), nine));
    const std::uint32_t is_separator = equal(bytes, ' ') | equal(bytes, '\t') | equal(bytes, ',');
    const LineShape shape = LineShape::of(is_digit, is_separator);
    if (!shape.common) return fast_line(p, closed, base, x, y);
    const unsigned n1 = shape.first;
    const unsigned s2 = shape.second_at;
    const unsigned n2 = shape.second;
    const unsigned e2 = s2 + n2;
    unsigned next = 0;
    if (((equal(bytes, '\n') >> e2) & 1) != 0) {
      next = e2 + 1;
    } else if (((equal(bytes, '\r') >> e2) & (equal(bytes, '\n') >> (e2 + 1)) & 1) != 0) {
      next = e2 + 2;
    } else {
      return false;  // not a common line
    }
    const __m128i second = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + s2)), _mm_set1_epi8('0'));
    __m256i v = _mm256_set_m128i(to_back(second, n2), to_back(_mm256_castsi256_si128(digits), n1));
    v = _mm256_maddubs_epi16(v, _mm256_set1_epi16(0x010A));    // 2 digits: 10 × first + second
    v = _mm256_madd_epi16(v, _mm256_set1_epi32(0x00010064));  // 4 digits: 100 × first pair + second
    v = _mm256_packus_epi32(v, v);
    v = _mm256_madd_epi16(v, _mm256_set1_epi32(0x00012710));  // 8 digits: 10000 × first four + second
    const auto lane = [](int value) { return std::uint64_t{static_cast<std::uint32_t>(value)}; };
    const std::uint64_t a = lane(_mm256_extract_epi32(v, 0)) * 100000000 + lane(_mm256_extract_epi32(v, 1));
    const std::uint64_t b = lane(_mm256_extract_epi32(v, 4)) * 100000000 + lane(_mm256_extract_epi32(v, 5));
    if (!(a < b || (closed && a == b))) return false;
    const std::uint64_t sx = a - base;  // near, as in fast_line: both within [base, base + 2^32)
    const std::uint64_t sy = b - base;
    if (((sx | sy) >> 32) != 0) return false;
    x = static_cast<std::uint32_t>(sx);
    y = static_cast<std::uint32_t>(sy);
    p += next;
    return true;
  }
};

// GCC 12's AVX-512 headers start some results from _mm512_undefined_epi32(), which it then warns
// about (GCC bug 105593).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
// With AVX-512 (BW and VL): two lines at once, one from each half of a chunk — one set of masks for
// both, one register for their four numbers — when both are `D{1,15}[ \t,]+D{1,15}\n` near pairs in
// order; else neither is taken (and each goes on its own through Avx2Lines).
struct Avx512Lines : Avx2Lines {
  // The lines at p and q: their starts at starts[0, 1], ends at ends[0, 1]; least and most keep the
  // least start (lanes 0, 1) and the greatest end (lanes 2, 3) so far.
  __attribute__((target("avx512f,avx512bw,avx512vl,avx2"))) static bool two(const char*& p, const char*& q, bool closed,
                                                                             std::uint64_t base, std::uint32_t* starts,
                                                                             std::uint32_t* ends, __m128i& least,
                                                                             __m128i& most) {
    const __m512i bytes = _mm512_inserti64x4(_mm512_castsi256_si512(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p))),
                                             _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q)), 1);
    const __m512i digits = _mm512_sub_epi8(bytes, _mm512_set1_epi8('0'));
    const std::uint64_t is_digit = _cvtmask64_u64(_mm512_cmple_epu8_mask(digits, _mm512_set1_epi8(9)));
    const std::uint64_t is_separator = _cvtmask64_u64(_kor_mask64(
        _kor_mask64(_mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8(' ')), _mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8('\t'))),
        _mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8(','))));
    const std::uint64_t is_newline = _cvtmask64_u64(_mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8('\n')));
    const LineShape a = LineShape::of(static_cast<std::uint32_t>(is_digit), static_cast<std::uint32_t>(is_separator));
    const LineShape b = LineShape::of(static_cast<std::uint32_t>(is_digit >> 32), static_cast<std::uint32_t>(is_separator >> 32));
    const unsigned a_end = a.second_at + a.second;
    const unsigned b_end = b.second_at + b.second;
    if (!a.common || !b.common || ((is_newline >> a_end) & (is_newline >> (32 + b_end)) & 1) == 0) return false;
    // Lanes: the first and the second number of p's line, then of q's, each moved to its lane's back.
    const __m128i zero = _mm_set1_epi8('0');
    __m512i v = _mm512_inserti32x4(digits, _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + a.second_at)), zero), 1);
    v = _mm512_inserti32x4(v, _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q + b.second_at)), zero), 3);
    const auto shuffle = [](unsigned n) { return _mm_load_si128(reinterpret_cast<const __m128i*>(digit_shuffles.at[n])); };
    __m512i to_back = _mm512_castsi128_si512(shuffle(a.first));
    to_back = _mm512_inserti32x4(to_back, shuffle(a.second), 1);
    to_back = _mm512_inserti32x4(to_back, shuffle(b.first), 2);
    to_back = _mm512_inserti32x4(to_back, shuffle(b.second), 3);
    v = _mm512_shuffle_epi8(v, to_back);
    v = _mm512_maddubs_epi16(v, _mm512_set1_epi16(0x010A));    // 2 digits
    v = _mm512_madd_epi16(v, _mm512_set1_epi32(0x00010064));  // 4 digits
    v = _mm512_packus_epi32(v, v);
    v = _mm512_madd_epi16(v, _mm512_set1_epi32(0x00012710));  // 8 digits: each lane's first 64 bits are high | low << 32
    const __m512i values = _mm512_add_epi64(_mm512_mul_epu32(v, _mm512_set1_epi64(100000000)), _mm512_srli_epi64(v, 32));
    const __m512i offsets = _mm512_sub_epi64(values, _mm512_set1_epi64(static_cast<long long>(base)));
    // p's start, q's start, p's end, q's end; then each end against its start.
    const __m256i four = _mm512_castsi512_si256(_mm512_permutexvar_epi64(_mm512_setr_epi64(0, 4, 2, 6, 0, 0, 0, 0), offsets));
    const __m256i swapped = _mm256_permute4x64_epi64(four, 0x4E);
    const __m256i high = _mm256_srli_epi64(four, 32);
    const __mmask8 disorder = closed ? _mm256_cmpgt_epu64_mask(four, swapped) : _mm256_cmpge_epu64_mask(four, swapped);
    // Near: all four within [base, base + 2^32) (a value below base wraps to a large offset).
    if (!_mm256_testz_si256(high, high) || (disorder & 0x3) != 0) return false;
    const __m128i narrow = _mm256_cvtepi64_epi32(four);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(starts), narrow);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(ends), _mm_unpackhi_epi64(narrow, narrow));
    least = _mm_min_epu32(least, narrow);
    most = _mm_max_epu32(most, narrow);
    p += a_end + 1;
    q += b_end + 1;
    return true;
  }
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif

// Parses the lines [p, end) (whole lines inside the text that ends at text_end) into part, whose
// near columns have room for them.
template <typename Lines>
[[gnu::always_inline]] inline void parse_lines(const io::Input& input, IntervalKind kind, const char* text_end, const char* p,
                                               const char* const end, algo::IntervalColumns::Part& part) {
  const bool closed = kind == IntervalKind::closed;
  std::uint32_t* starts = part.near_starts.data();
  std::uint32_t* ends = part.near_ends.data();
  std::size_t n = part.near_starts.size();  // = part.near_ends.size(): an interval is near at both ends, or far
  auto base = static_cast<std::uint64_t>(part.base);
  bool based = part.based;
  std::uint32_t least = part.least_near_start;
  std::uint32_t most = part.most_near_end;
  // Anything else than a near pair: through push_back, which sets the base, checks and grows.
  const auto push = [&](const algo::Interval& interval) {
    part.near_starts.set_size(n);
    part.near_ends.set_size(n);
    part.least_near_start = least;
    part.most_near_end = most;
    part.push_back(interval);
    starts = part.near_starts.data();
    ends = part.near_ends.data();
    n = part.near_starts.size();
    least = part.least_near_start;
    most = part.most_near_end;
    base = static_cast<std::uint64_t>(part.base);
    based = true;
  };
  while (p != end) {
    if (text_end - p >= fast_margin && based) [[likely]] {
      std::uint32_t x = 0;
      std::uint32_t y = 0;
      if (Lines::line(p, closed, base, x, y)) [[likely]] {
        starts[n] = x;
        ends[n++] = y;
        least = std::min(least, x);
        most = std::max(most, y);
        continue;
      }
    }
    // Any other line, as Input::next_record and read_intervals read it.
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* const line_end = newline != nullptr ? newline : end;
    const char* text_stop = line_end;
    if (text_stop != p && text_stop[-1] == '\r') --text_stop;
    const char* first = p;
    while (first != text_stop && io::is_blank(*first)) ++first;
    if (first != text_stop && *first != '#') {
      const algo::Interval interval = read_record(input, std::string_view(p, static_cast<std::size_t>(text_stop - p)), kind);
      push(interval);
    }
    p = newline != nullptr ? newline + 1 : end;
  }
  part.near_starts.set_size(n);
  part.near_ends.set_size(n);
  part.least_near_start = least;
  part.most_near_end = most;
}

// Parses the lines of chunk (whole lines inside the text that ends at text_end) into part.
//
// Each line's parse waits on the one before it (where it starts), so the chunk is cut in two halves
// at a line start and common lines are taken from both at once, alternately (the columns need no
// order). At the first line of either half that is not a common near pair, the rest of the first
// half is parsed, then the rest of the second, line by line: every line skipped so far was valid, so
// the first error is still the first in input order.
template <typename Lines>
[[gnu::always_inline]] inline void parse_chunk(const io::Input& input, IntervalKind kind, const char* text_end,
                                               std::string_view chunk, algo::IntervalColumns::Part& part) {
  const char* p = chunk.data();
  const char* const end = p + chunk.size();
  // A record takes at least four bytes with its newline ("1 2\n"), three without.
  for (auto* column : {&part.near_starts, &part.near_ends}) {
    const std::size_t need = column->size() + (chunk.size() + 1) / 4 + 1;
    if (need > column->capacity()) column->reserve(std::max(need, column->capacity() * 2));
  }
  const char* mid = end;
  const char* q = end;
  if (part.based && chunk.size() >= 1024 && text_end - end >= fast_margin) {
    const auto* newline = static_cast<const char*>(std::memchr(p + chunk.size() / 2, '\n', static_cast<std::size_t>(end - (p + chunk.size() / 2))));
    if (newline != nullptr && newline + 1 != end) {
      mid = newline + 1;
      q = mid;
      const bool closed = kind == IntervalKind::closed;
      const auto base = static_cast<std::uint64_t>(part.base);
      std::uint32_t* const starts = part.near_starts.data();
      std::uint32_t* const ends = part.near_ends.data();
      std::size_t n = part.near_starts.size();  // = part.near_ends.size()
      std::uint32_t least = part.least_near_start;
      std::uint32_t most = part.most_near_end;
      // Every line of both halves starts at least fast_margin bytes before text_end (checked above).
#ifdef PREP_INTERVALS_AVX2
      // Where two lines are taken at once (Avx512Lines): the least start in lanes 0 and 1, the most
      // end in 2 and 3.
      __m128i least_two = _mm_set1_epi32(-1);
      __m128i most_two = _mm_setzero_si128();
#endif
      while (p != mid && q != end) {
#ifdef PREP_INTERVALS_AVX2
        if constexpr (std::is_same_v<Lines, Avx512Lines>) {
          if (Lines::two(p, q, closed, base, starts + n, ends + n, least_two, most_two)) {
            n += 2;
            continue;
          }
        }
#endif
        std::uint32_t x = 0;
        std::uint32_t y = 0;
        if (!Lines::line(p, closed, base, x, y)) break;
        starts[n] = x;
        ends[n++] = y;
        least = std::min(least, x);
        most = std::max(most, y);
        if (!Lines::line(q, closed, base, x, y)) break;
        starts[n] = x;
        ends[n++] = y;
        least = std::min(least, x);
        most = std::max(most, y);
      }
#ifdef PREP_INTERVALS_AVX2
      alignas(16) std::uint32_t lanes[2][4];
      _mm_store_si128(reinterpret_cast<__m128i*>(lanes[0]), least_two);
      _mm_store_si128(reinterpret_cast<__m128i*>(lanes[1]), most_two);
      least = std::min({least, lanes[0][0], lanes[0][1]});
      most = std::max({most, lanes[1][2], lanes[1][3]});
#endif
      part.near_starts.set_size(n);
      part.near_ends.set_size(n);
      part.least_near_start = least;
      part.most_near_end = most;
    }
  }
  parse_lines<Lines>(input, kind, text_end, p, mid, part);
  if (mid != end) parse_lines<Lines>(input, kind, text_end, q, end, part);
}

using ChunkParser = void (*)(const io::Input&, IntervalKind, const char*, std::string_view, algo::IntervalColumns::Part&);

void parse_chunk_portable(const io::Input& input, IntervalKind kind, const char* text_end, std::string_view chunk,
                          algo::IntervalColumns::Part& part) {
  parse_chunk<SwarLines>(input, kind, text_end, chunk, part);
}

#ifdef PREP_INTERVALS_AVX2
__attribute__((target("avx512f,avx512bw,avx512vl,avx2"), flatten)) void parse_chunk_avx512(
    const io::Input& input, IntervalKind kind, const char* text_end, std::string_view chunk, algo::IntervalColumns::Part& part) {
  parse_chunk<Avx512Lines>(input, kind, text_end, chunk, part);
}

__attribute__((target("avx2"), flatten)) void parse_chunk_avx2(const io::Input& input, IntervalKind kind, const char* text_end,
                                                      std::string_view chunk, algo::IntervalColumns::Part& part) {
  parse_chunk<Avx2Lines>(input, kind, text_end, chunk, part);
}
#endif

// The fastest chunk parser this processor can run.
ChunkParser chunk_parser(LineReader reader) {
#ifdef PREP_INTERVALS_AVX2
  if (reader == LineReader::fastest && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) {
    return parse_chunk_avx512;
  }
  if (reader != LineReader::portable && __builtin_cpu_supports("avx2")) return parse_chunk_avx2;
#endif
  (void)reader;
  return parse_chunk_portable;
}

}  // namespace

IntervalInput read_intervals(io::Input& input, IntervalKind kind) {
  if (input.peek_nonblank() == '[') return read_literal(input, kind);
  IntervalInput result;
  // The shortest line, "1 2\n", has four bytes: reserve for that many (untouched pages cost nothing).
  result.intervals.reserve(input.size_hint() / 4);
  io::Line line;
  while (input.next_record(line)) result.intervals.push_back(read_record(input, line.text, kind));
  return result;
}

algo::IntervalColumns read_interval_columns(io::Input& input, IntervalKind kind, SliceOptions options) {
  constexpr std::size_t parallel_from = std::size_t{1} << 20;  // smaller texts: one thread is quicker
  algo::IntervalColumns columns;
  if (input.size_hint() == 0) {  // a stream (or nothing): line by line, without holding the text
    columns.parts.resize(1);
    io::Line line;
    while (input.next_record(line)) columns.parts[0].push_back(read_record(input, line.text, kind));
    return columns;
  }
  const std::string_view text = input.rest();
  const unsigned slices = options.slices != 0 ? options.slices : text.size() >= parallel_from ? algo::worker_count() : 1;
  const std::size_t chunk_bytes = options.chunk_bytes != 0 ? options.chunk_bytes : std::size_t{4} << 20;
  columns.parts.resize(slices);
  for (auto& part : columns.parts) {
    const std::size_t guess = text.size() / slices / 4 + 16;
    part.near_starts.reserve(guess);
    part.near_ends.reserve(guess);
  }
  const char* const text_end = text.data() + text.size();
  const ChunkParser parse_chunk = chunk_parser(options.reader);
  io::for_each_chunk(input, text, slices, chunk_bytes, [&](unsigned slice, std::string_view chunk) {
    parse_chunk(input, kind, text_end, chunk, columns.parts[slice]);
  });
  return columns;
}

}  // namespace prep::problems
