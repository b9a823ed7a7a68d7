// prefetch.hpp — a prefetch the compiler keeps.
//
// GCC 12 can delete a __builtin_prefetch whose address is loaded from memory, with the load, when
// the function holding it is inlined and does nothing else: Cache::prefetch_entry, written with the
// builtin and inlined into `prep lru`'s loop, compiled to nothing (tests/prefetch_kept.py checks
// this). On x86 these emit the instruction from an asm statement, which is never deleted;
// elsewhere they fall back to the builtin.
// Time: O(1), one instruction. Preconditions: none; p need not point to valid memory (a prefetch
// never faults).
#pragma once

namespace prep::algo {

// A hint that *p is read soon.
inline void prefetch(const void* p) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p);
#endif
}

// A hint that *p is written soon (prefetchw where the target has it, else as prefetch).
inline void prefetch_write(const void* p) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && defined(__PRFCHW__)
  asm volatile("prefetchw %0" : : "m"(*static_cast<const char*>(p)));
#elif defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p, 1);
#endif
}

}  // namespace prep::algo
