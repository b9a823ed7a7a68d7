#include "problems/phone_input.hpp"

#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "algorithms/phone.hpp"
#include "algorithms/prefix_index.hpp"
#include "cli/io/read_ahead.hpp"
#include "cli/io/text.hpp"

namespace prep::problems {

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && io::is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && io::is_blank(text.back())) text.remove_suffix(1);
  return text;
}

std::string quote_char(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text.front());
  if (lead == '\t') return "a tab";
  if (lead < 0x20 || lead == 0x7F) return fmt::format("the control character 0x{:02X}", lead);
  if (lead < 0x80) return io::quote(text.substr(0, 1));
  // A whole UTF-8 sequence, with its code point (a BOM or a no-break space is invisible when quoted).
  std::size_t length = 0;
  std::uint32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0FU;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07U;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      length = 0;
      break;
    }
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i]) & 0x3FU);
  }
  if (length == 0) return fmt::format("the byte 0x{:02X} (not UTF-8)", lead);
  return fmt::format("{} (U+{:04X})", io::quote(text.substr(0, length)), code_point);
}

void read_digits(const io::Input& input, std::string_view written, std::string& digits, std::string_view what) {
  digits.clear();
  const std::size_t bad = algo::phone::normalize(written, digits);
  if (bad != algo::phone::npos) {
    throw input.error_at(written.data() + bad,
                         fmt::format("{} is not allowed in a {} (digits, letters, spaces and + - ( ) . only)",
                                     quote_char(written.substr(bad)), what));
  }
  if (digits.empty()) throw input.error_at(written.data(), fmt::format("{} {} has no digit", what, io::quote(written)));
}

std::size_t NumberBatch::append_digits(const io::Input& input, std::string_view written) {
  const std::size_t start = digit_bytes_.size();
  const std::size_t bad = algo::phone::normalize(written, digit_bytes_);
  if (bad != algo::phone::npos || digit_bytes_.size() == start) {
    digit_bytes_.resize(start);
    std::string digits;
    read_digits(input, written, digits, "phone number");  // throws the error for this number
  }
  return start;
}

void NumberBatch::add(const io::Input& input, std::string_view line) {
  const std::string_view written = trim_blanks(line);
  append_digits(input, written);
  written_bytes_.append(written);
  written_end_.push_back(written_bytes_.size());
  digits_end_.push_back(digit_bytes_.size());
}

std::size_t plain_number_line([[maybe_unused]] const char* p, bool& plus) {
  plus = false;
#if defined(__SSE2__)
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto newlines = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
  if (newlines == 0) return 0;
  const auto length = static_cast<unsigned>(std::countr_zero(newlines));
  // Digits as signed bytes: '0' <= b <= '9' (bytes from 0x80 are negative, so not digits).
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), bytes));
  const unsigned others = ((1U << length) - 1) & ~static_cast<unsigned>(_mm_movemask_epi8(digit));
  plus = others == 1 && p[0] == '+';
  if ((others != 0 && !plus) || length <= (plus ? 1U : 0U)) {
    plus = false;
    return 0;
  }
  return length;
#else
  return 0;
#endif
}

std::size_t plain_prefix([[maybe_unused]] const char* p, bool& plus) {
  plus = false;
#if defined(__SSE2__)
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), bytes));
  const std::size_t skip = p[0] == '+' ? 1 : 0;
  // The first byte after the digits (bit 16 if all sixteen are digits).
  const auto others = (~static_cast<unsigned>(_mm_movemask_epi8(digit)) & 0xFFFFU & ~((1U << skip) - 1)) | 0x10000U;
  const auto length = static_cast<std::size_t>(std::countr_zero(others));
  if (length == 16 || length == skip) return 0;
  const char after = p[length];
  if (after != '\n' && after != ' ' && after != '\t' && after != ',') return 0;
  plus = skip == 1;
  return length;
#else
  return 0;
#endif
}

std::uint64_t pack_plain_digits(const char* p, std::size_t skip, std::size_t length) {
#if defined(__SSE2__)
  // The bytes from the first digit: digit + 1 where there are digits, 0 past them; then each pair
  // of bytes (first, second) made one byte first * 16 + second, and the eight bytes put first-on-top.
  static constexpr std::array<std::uint8_t, 32> ones_then_zeros = [] {
    std::array<std::uint8_t, 32> a{};
    for (std::size_t i = 0; i < 16; ++i) a[i] = 0xFF;
    return a;
  }();
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  if (skip != 0) bytes = _mm_srli_si128(bytes, 1);
  const std::size_t count = length - skip;
  const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ones_then_zeros.data() + 16 - count));
  const __m128i digits = _mm_and_si128(_mm_sub_epi8(bytes, _mm_set1_epi8('0' - 1)), keep);
  const __m128i pairs = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(digits, _mm_set1_epi16(0x00FF)), 4), _mm_srli_epi16(digits, 8));
  return __builtin_bswap64(static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_packus_epi16(pairs, pairs))));
#else
  return algo::PrefixIndex::pack(std::string_view(p + skip, length - skip));
#endif
}

void NumberBatch::add_lasting(const io::Input& input, std::string_view line, const char* text_end) {
  lasting_ = true;
  text_end_ = text_end;
  const std::string_view written = trim_blanks(line);
  // Most numbers are written as digits, with or without a leading '+': their digits are the text.
  const std::size_t skip = !written.empty() && written.front() == '+' ? 1 : 0;
  bool plain = written.size() > skip;
  for (std::size_t i = skip; i < written.size() && plain; ++i) plain = static_cast<unsigned>(written[i] - '0') < 10U;
  if (plain) {
    add_plain(written, skip, text_end);
    return;
  }
  const std::size_t start = append_digits(input, written);
  normalized_.push_back({static_cast<std::uint32_t>(written_.size()), static_cast<std::uint32_t>(start),
                         static_cast<std::uint32_t>(digit_bytes_.size() - start)});
  written_.push_back(written);
  digits_.emplace_back();  // seal() points it into digit_bytes_
}

void NumberBatch::seal() {
  if (lasting_) {
    for (const Normalized& n : normalized_) digits_[n.number] = std::string_view(digit_bytes_).substr(n.at, n.size);
    return;
  }
  // Views are made once the batch is complete: appending may move the bytes.
  written_.clear();
  digits_.clear();
  std::size_t written_from = 0;
  std::size_t digits_from = 0;
  for (std::size_t i = 0; i < digits_end_.size(); ++i) {
    written_.emplace_back(std::string_view(written_bytes_).substr(written_from, written_end_[i] - written_from));
    digits_.emplace_back(std::string_view(digit_bytes_).substr(digits_from, digits_end_[i] - digits_from));
    written_from = written_end_[i];
    digits_from = digits_end_[i];
  }
}

NumberBatch& NumberBatch::operator=(NumberBatch&& other) noexcept {
  const bool sealed = other.lasting_ || other.digits_.size() == other.digits_end_.size();
  lasting_ = other.lasting_;
  text_end_ = other.text_end_;
  normalized_ = std::move(other.normalized_);
  written_bytes_ = std::move(other.written_bytes_);
  digit_bytes_ = std::move(other.digit_bytes_);
  written_end_ = std::move(other.written_end_);
  digits_end_ = std::move(other.digits_end_);
  written_ = std::move(other.written_);
  digits_ = std::move(other.digits_);
  results = std::move(other.results);
  other.clear();
  if (sealed) seal();  // the same number of views as before: no allocation
  return *this;
}

void NumberBatch::clear() {
  lasting_ = false;
  text_end_ = nullptr;
  normalized_.clear();
  written_bytes_.clear();
  digit_bytes_.clear();
  written_end_.clear();
  digits_end_.clear();
  written_.clear();
  digits_.clear();
}

void for_each_batch(io::Input& input, const std::function<void(const NumberBatch&)>& process) {
  for_each_batch(input, [](NumberBatch&) {}, process);
}

namespace {

// The calling thread only: read a batch, prepare and process it, and so on.
void batches_in_line(io::Input& input, const std::function<void(NumberBatch&)>& prepare,
                     const std::function<void(const NumberBatch&)>& process) {
  NumberBatch batch;
  auto drain = [&] {
    if (batch.size() == 0) return;
    batch.seal();
    prepare(batch);
    process(batch);
    batch.clear();
  };
  // Before the input waits, finish the numbers already read (then the CLI's flush runs).
  const io::Input::ScopedWaitHook finish_before_waiting(input, drain);
  io::Line line;
  try {
    while (input.next_record(line)) {
      batch.add(input, line.text);
      if (batch.full()) drain();
    }
  } catch (const io::InputError&) {
    drain();  // the numbers before the bad one are answered first
    throw;
  }
  drain();
}

}  // namespace

void for_each_batch(io::Input& input, const std::function<void(NumberBatch&)>& prepare,
                    const std::function<void(const NumberBatch&)>& process) {
  if (input.size_hint() < io::read_ahead_min_bytes || input.size_hint() == 0) {
    batches_in_line(input, prepare, process);
    return;
  }
  // A mapped file: a worker reads and normalizes batches while this thread processes the ones
  // before. Hand-overs are of several trie-sized batches, to keep the locking rare. Either side
  // prepares a batch: the worker when this thread has batches waiting (it is the slower one), else
  // this thread, which would otherwise wait; so the lookups go where there is time for them.
  constexpr std::size_t numbers_per_hand_over = 8 * NumberBatch::capacity;
  constexpr std::size_t max_queued = 4;
  struct Handed {
    NumberBatch batch;
    const char* end = nullptr;  // the input before this is read
    bool prepared = false;
  };
  // The worker gives the parsed pages back to the kernel once their numbers are printed (a batch
  // that comes back to it for reuse has been), off the printing thread's time.
  constexpr std::size_t give_back_step = std::size_t{8} << 20;  // bytes of input given back at once
  const std::string_view text = input.rest();
  io::Handoff<Handed> batches(max_queued, [&](auto emit) {
    io::RecordScanner scanner(text.data(), text.data() + text.size());
    const char* given_back = text.data();
    Handed handed;
    const auto hand_over = [&] {
      handed.batch.seal();
      handed.prepared = handed.batch.size() != 0 && batches.queued() > 0;
      if (handed.prepared) prepare(handed.batch);
      handed.end = scanner.position();
      if (!emit(std::move(handed))) return false;
      handed = batches.reuse();
      if (handed.end != nullptr && handed.end - given_back >= static_cast<std::ptrdiff_t>(give_back_step)) {
        input.release(given_back, handed.end);
        given_back = handed.end;
      }
      handed.batch.clear();
      return true;
    };
    try {
      io::Line line;
      const char* const end = text.data() + text.size();
      for (;;) {
        // Most lines are plain numbers: one 16-byte step finds the newline and checks the digits.
        const char* const at = scanner.position();
        bool plus = false;
        const std::size_t length = end - at >= 16 ? plain_number_line(at, plus) : 0;
        if (length != 0) {
          handed.batch.add_plain(std::string_view(at, length), plus ? 1 : 0, end);
          scanner.skip_to(at + length + 1);
        } else if (scanner.next(line)) {
          handed.batch.add_lasting(input, line.text, end);
        } else {
          break;
        }
        if (handed.batch.size() == numbers_per_hand_over && !hand_over()) return;
      }
    } catch (const io::InputError&) {
      hand_over();  // the batch holds the numbers before the bad one: they are answered first
      throw;
    }
    hand_over();
  });

  Handed handed;
  while (batches.next(handed)) {
    if (handed.batch.size() != 0) {
      if (!handed.prepared) prepare(handed.batch);
      process(handed.batch);
    }
    input.progressed(handed.end);
    batches.recycle(std::move(handed));
  }
}

}  // namespace prep::problems
