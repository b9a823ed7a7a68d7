// slices.hpp — reading a large text on several threads: split it at line starts into one slice per
// thread, and parse each slice in chunks of whole lines.
//
// for_each_chunk(input, text, slices, chunk_bytes, parse) calls parse(slice, chunk) for consecutive
// chunks of each slice, in order within the slice, slices at once on their own threads; chunks hold
// whole lines (except a last line without `\n`). After a chunk is parsed its pages are given back
// (Input::release), so a mapped file does not stay resident. text is (a suffix of) input.rest();
// positions in it may be given to Input::error_at from any thread.
//
// Errors: if parse throws, its slice stops, and so do the slices after it (at their next chunk);
// the exception of the earliest slice is rethrown — for a parser that stops at its slice's first
// error, that is the first error in input order, as reading line by line would find it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

#include "algorithms/parallel.hpp"
#include "cli/io/input.hpp"

namespace prep::io {

// Where slice boundaries fall: slices + 1 positions, each at a line start (or the end), ascending.
inline std::vector<const char*> slice_starts(std::string_view text, unsigned slices) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  std::vector<const char*> at(slices + 1, end);
  at[0] = begin;
  for (unsigned s = 1; s < slices; ++s) {
    const char* p = begin + text.size() / slices * s;
    if (p < at[s - 1]) p = at[s - 1];
    if (p == begin || p == end) {
      at[s] = p;
      continue;
    }
    // The line holding p - 1 ends this slice: p - 1 == '\n' means p already starts a line.
    const auto* newline = static_cast<const char*>(std::memchr(p - 1, '\n', static_cast<std::size_t>(end - (p - 1))));
    at[s] = newline == nullptr ? end : newline + 1;
  }
  return at;
}

template <typename Parse>
void for_each_chunk(const Input& input, std::string_view text, unsigned slices, std::size_t chunk_bytes, Parse&& parse) {
  if (slices == 0) slices = 1;
  if (chunk_bytes == 0) chunk_bytes = 1;
  const std::vector<const char*> at = slice_starts(text, slices);
  std::atomic<unsigned> first_failed{slices};
  algo::parallel_for(slices, [&](unsigned slice) {
    const char* p = at[slice];
    const char* const end = at[slice + 1];
    while (p != end) {
      if (first_failed.load(std::memory_order_relaxed) < slice) return;  // an earlier error wins
      const char* stop = end;
      if (static_cast<std::size_t>(end - p) > chunk_bytes) {
        const char* from = p + chunk_bytes - 1;
        const auto* newline = static_cast<const char*>(std::memchr(from, '\n', static_cast<std::size_t>(end - from)));
        stop = newline == nullptr ? end : newline + 1;
      }
      try {
        parse(slice, std::string_view(p, static_cast<std::size_t>(stop - p)));
      } catch (...) {
        unsigned seen = first_failed.load();
        while (slice < seen && !first_failed.compare_exchange_weak(seen, slice)) {
        }
        throw;
      }
      input.release(p, stop);
      p = stop;
    }
  });
}

}  // namespace prep::io
