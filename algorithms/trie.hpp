// trie.hpp — a trie over the decimal digits, serving longest-prefix lookup and, once its failure
// links are built, Aho-Corasick multi-pattern matching. One structure, two uses:
//   longest-prefix  insert the prefixes, then longest_prefix(number) walks the trie edges only;
//   vanity          automaton_of(codes) (or insert them, then build_automaton()), then contains_any /
//                   for_each_match scan a number once, whatever the number of codes.
//
// Layout: nodes are dense ids (root 0) and every node owns a row of 10 child slots in one flat array
// (no map, no pointer per node; mapped with huge pages, see big_array.hpp); an edge carries a bit saying whether its child ends a key, so a
// walk reads one slot per digit. build_automaton() adds a second flat table, the complete transition
// function (goto + failure links folded into a DFA, as in the textbook construction), with states
// numbered breadth-first so the shallow ones a scan lives in share a few cache lines, and per state a
// dictionary link: the nearest state on the failure chain that ends a key. A match check is one bit
// in the transition itself, and reporting the matches at a position costs one step per key reported.
// The *_each / longest_prefixes forms take a batch of texts and walk 16 (32) at a time in lockstep, so
// the cache misses of different walks overlap (a trie of a million keys does not fit in cache).
//
// Time: insert O(|key|); find, longest_prefix, contains_any O(|text|); longest_prefixes and
//   contains_any_each O(total length); build_automaton O(10 · nodes); automaton_of O(total key
//   length + 10 · nodes); for_each_match O(|text| + matches reported).
// Memory: 44 bytes per node (at most one node per key digit, plus the root), plus 48 bytes per
//   node once the automaton is built (automaton_of: 52 bytes per node in all, the rows becoming the
//   transitions).
// Preconditions: keys and texts are strings of ASCII digits '0'..'9'; fewer than 2^31 nodes; no
//   insert after build_automaton(), which needs every key non-empty (the empty key, a prefix of
//   everything, is for longest_prefix only).
// Guarantees: key ids are dense, in order of first insertion (inserting a key again returns its id).
//   for_each_match reports occurrences in increasing order of end position, and at one end position
//   from the longest key to the shortest. Batched forms give exactly the answers of the single ones.
// Status: stress-tested against naive search and a brute-force prefix scan, exhaustively on small
//   alphabets and on seeded random inputs (tests/algorithms/test_trie.cpp).
#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "algorithms/big_array.hpp"
#include "algorithms/packed_digits.hpp"
#include "algorithms/prefetch.hpp"
#include "algorithms/radix_sort.hpp"

namespace prep::algo {

class DigitTrie {
 public:
  static constexpr std::uint32_t none = 0xffffffffU;
  static constexpr std::size_t alphabet = 10;

  DigitTrie() : key_(1, none) { child_.grow(alphabet); }

  // Reserves room for about `nodes` nodes (at most the total length of the keys, plus one).
  void reserve(std::size_t nodes) {
    child_.reserve(nodes * alphabet);
    key_.reserve(nodes);
  }

  // Adds key and returns its id; a key inserted before keeps its id.
  std::uint32_t insert(std::string_view key) {
    assert(!automaton_built() && "insert after build_automaton");
    std::uint32_t node = 0;
    std::size_t last_slot = 0;
    for (const char c : key) {
      const std::size_t slot = node * alphabet + digit(c);
      if (child_[slot] == 0) {
        // 0 means "no child": the root is never anyone's child.
        const auto fresh = static_cast<std::uint32_t>(key_.size());
        assert(fresh < match_flag && "too many trie nodes");
        child_[slot] = fresh;
        child_.grow(alphabet);
        key_.push_back(none);
      }
      last_slot = slot;
      node = child_[slot] & ~end_flag;
    }
    if (key_[node] == none) {
      key_[node] = static_cast<std::uint32_t>(key_length_.size());
      key_length_.push_back(static_cast<std::uint32_t>(key.size()));
      if (node != 0) child_[last_slot] |= end_flag;
    }
    return key_[node];
  }

  // Id of key, or none if it was never inserted.
  [[nodiscard]] std::uint32_t find(std::string_view key) const {
    assert(!child_.empty() && "the trie's edges are not kept by automaton_of");
    std::uint32_t node = 0;
    for (const char c : key) {
      node = child_[node * alphabet + digit(c)] & ~end_flag;
      if (node == 0) return none;
    }
    return key_[node];
  }

  // Id of the longest inserted key that is a prefix of text, or none.
  [[nodiscard]] std::uint32_t longest_prefix(std::string_view text) const {
    assert(!child_.empty() && "the trie's edges are not kept by automaton_of");
    // The end flag on the edge says whether the child ends a key, so the walk reads one slot per digit
    // and looks the key id up once, at the end: one cache miss per level instead of two.
    std::uint32_t node = 0;
    std::uint32_t best = 0;
    for (const char c : text) {
      const std::uint32_t edge = child_[std::size_t{node} * alphabet + digit(c)];
      node = edge & ~end_flag;
      if (node == 0) break;
      if ((edge & end_flag) != 0) best = node;
    }
    return key_[best];
  }

  // out[i] = longest_prefix(texts[i]) for every i. Walks a group of texts in lockstep so that the
  // cache misses of different walks overlap: a trie of a million keys does not fit in cache, and a
  // single walk waits for each level's miss in turn.
  void longest_prefixes(std::span<const std::string_view> texts, std::span<std::uint32_t> out) const {
    assert(out.size() >= texts.size());
    // 32 walks in flight: measured ~8% less CPU than 16 on a trie of a million prefixes.
    constexpr std::size_t group = 32;
    constexpr std::uint32_t done = none;
    for (std::size_t base = 0; base < texts.size(); base += group) {
      const std::size_t lanes = std::min(group, texts.size() - base);
      std::array<std::uint32_t, group> node{};
      std::array<std::uint32_t, group> best{};
      for (std::size_t depth = 0;; ++depth) {
        bool walking = false;
        for (std::size_t lane = 0; lane < lanes; ++lane) {
          if (node[lane] == done) continue;
          const std::string_view text = texts[base + lane];
          if (depth == text.size()) {
            node[lane] = done;
            continue;
          }
          const std::uint32_t edge = child_[std::size_t{node[lane]} * alphabet + digit(text[depth])];
          const std::uint32_t next = edge & ~end_flag;
          if ((edge & end_flag) != 0) best[lane] = next;
          node[lane] = next == 0 ? done : next;
          walking = walking || next != 0;
          if (next != 0 && depth + 1 < text.size()) prefetch(&child_[std::size_t{next} * alphabet + digit(text[depth + 1])]);
        }
        if (!walking) break;
      }
      for (std::size_t lane = 0; lane < lanes; ++lane) out[base + lane] = key_[best[lane]];
    }
  }

  [[nodiscard]] std::size_t key_count() const { return key_length_.size(); }
  [[nodiscard]] std::size_t key_length(std::uint32_t id) const {
    assert(id < key_length_.size());
    return key_length_[id];
  }
  [[nodiscard]] std::size_t node_count() const { return key_.size(); }
  [[nodiscard]] bool automaton_built() const { return !delta_.empty(); }

  // Bytes held by the structure (vectors' capacity, so it is what the process actually pays; the
  // mapped tables' size, since pages never written cost nothing).
  [[nodiscard]] std::size_t memory_bytes() const {
    return (child_.size() + key_.capacity() + key_length_.capacity() + delta_.size() + dict_.capacity() +
            state_key_.capacity()) * sizeof(std::uint32_t);
  }

  // Whether other is the same automaton: the same transitions, links and key ids state for state
  // (for tests of automaton_of against insert and build_automaton).
  [[nodiscard]] bool same_automaton(const DigitTrie& other) const {
    return automaton_built() && other.automaton_built() && delta_.size() == other.delta_.size() &&
           std::equal(delta_.data(), delta_.data() + delta_.size(), other.delta_.data()) && dict_ == other.dict_ &&
           state_key_ == other.state_key_ && key_length_ == other.key_length_;
  }

  // Adds failure and dictionary links, turning the trie into an Aho-Corasick automaton. Breadth-first
  // with an explicit queue: a node's failure target is shallower, so it is finished first. The states
  // of the automaton are numbered in that breadth-first order, so the shallow states, where a scan
  // spends most of its steps, sit together at the start of the table (and stay in cache).
  void build_automaton() {
    assert(!automaton_built());
    assert(key_[0] == none && "the automaton needs non-empty keys");
    const std::size_t nodes = node_count();
    delta_.grow(nodes * alphabet);
    dict_.assign(nodes, none);
    state_key_.assign(nodes, none);
    std::vector<std::uint32_t> fail(nodes, 0);        // state → failure state
    std::vector<std::uint32_t> trie_node(nodes, 0);   // state → trie node; also the queue
    std::size_t states = 1;
    // The trie's rows are read in breadth-first order, which is not the order they were made in: a
    // cache miss each for a big trie, unless fetched a few states ahead (the queue is that far ahead).
    constexpr std::size_t ahead = 8;
    for (std::size_t s = 0; s < states; ++s) {
      if (s + ahead < states) {
        // A row of 40 bytes may straddle two lines. The failure state's row is read too: it is
        // shallower, but not always one of the few in cache.
        const std::uint32_t* row = &child_[std::size_t{trie_node[s + ahead]} * alphabet];
        const std::uint32_t* fail_row = &delta_[std::size_t{fail[s + ahead]} * alphabet];
        prefetch(row);
        prefetch(row + alphabet - 1);
        prefetch(fail_row);
        prefetch(fail_row + alphabet - 1);
      }
      const std::size_t row = std::size_t{trie_node[s]} * alphabet;
      const std::size_t fail_row = std::size_t{fail[s]} * alphabet;
      for (std::size_t c = 0; c < alphabet; ++c) {
        const std::uint32_t edge = child_[row + c];
        const std::uint32_t v = edge & ~end_flag;
        if (v == 0) {
          delta_[s * alphabet + c] = s == 0 ? 0U : delta_[fail_row + c];
          continue;
        }
        const auto t = static_cast<std::uint32_t>(states++);
        trie_node[t] = v;
        // The flag spares a miss on key_ for the others.
        const std::uint32_t key = (edge & end_flag) != 0 ? key_[v] : none;
        fail[t] = s == 0 ? 0U : delta_[fail_row + c] & ~match_flag;
        delta_[s * alphabet + c] = link_state(t, fail[t], key);
      }
    }
    build_start();
  }

  // The automaton of keys, exactly as insert(keys[i]) for every i and then build_automaton() would
  // make it (the same states, transitions and key ids; ids[i] is the id of keys[i]), built faster:
  // the keys are radix-sorted, and the trie is made level by level from them. Keys sharing a prefix
  // of length d are neighbours in that order, so the nodes of depth d come out in lexicographic order
  // of their prefixes, which is the breadth-first order of the states: the rows are written in order
  // and the failure links filled in place, where inserting and renumbering miss the cache at every
  // node of a big trie (vanity's 100,000 codes read and built: 29 -> 26 ms). Keys of more than 15
  // digits take the insert path. The trie's edges are not kept: find and longest_prefix are for a
  // trie made by insert. Preconditions: every key is a non-empty string of digits.
  static DigitTrie automaton_of(std::span<const std::string_view> keys, std::vector<std::uint32_t>& ids) {
    DigitTrie trie;
    ids.assign(keys.size(), none);
    std::size_t total = 0;
    bool packable = true;
    for (const std::string_view key : keys) {
      assert(!key.empty() && "the automaton needs non-empty keys");
      total += key.size();
      packable = packable && key.size() <= packed_digits;
    }
    trie.reserve(total + 1);
    if (!packable) {
      for (std::size_t i = 0; i < keys.size(); ++i) ids[i] = trie.insert(keys[i]);
      trie.build_automaton();
      return trie;
    }
    // A key packed (algorithms/packed_digits.hpp) and shifted down a place, so that the sort key is
    // not negative: numeric order is the keys' lexicographic order, and the top d of its 15 places
    // are its prefix of length d.
    struct Sorted {
      std::uint64_t packed;
      std::uint32_t index;
      std::uint32_t length;
    };
    std::vector<Sorted> sorted(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const std::uint64_t packed = pack_digits(keys[i]) >> 4;
      sorted[i] = {packed, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(keys[i].size())};
    }
    radix_sort(sorted, [](const Sorted& s) { return static_cast<std::int64_t>(s.packed); });
    std::vector<std::uint32_t> node(sorted.size(), 0);  // by sorted place: the key's node at this depth
    std::vector<std::uint32_t> alive(sorted.size());     // sorted places of the keys longer than it
    for (std::uint32_t p = 0; p < alive.size(); ++p) alive[p] = p;
    for (std::size_t depth = 0; !alive.empty(); ++depth) {
      const unsigned shift = 4 * static_cast<unsigned>(packed_digits - 1 - depth);
      std::uint64_t last = 0;  // no prefix is 0: its last place is a digit + 1
      std::uint32_t made = 0;
      std::size_t kept = 0;
      for (const std::uint32_t p : alive) {
        const std::uint64_t prefix = sorted[p].packed >> shift;
        const std::size_t slot = std::size_t{node[p]} * alphabet + ((prefix & 15U) - 1);
        if (prefix != last) {
          last = prefix;
          made = static_cast<std::uint32_t>(trie.key_.size());
          assert(made < match_flag && "too many trie nodes");
          trie.key_.push_back(none);
          trie.child_.grow(alphabet);
          trie.child_[slot] = made;
        }
        node[p] = made;
        if (sorted[p].length == depth + 1) {
          trie.child_[slot] |= end_flag;
        } else {
          alive[kept++] = p;
        }
      }
      alive.resize(kept);
    }
    // Key ids in order of first appearance, as insert gives them.
    std::vector<std::uint32_t> end_node(keys.size());
    for (std::size_t p = 0; p < sorted.size(); ++p) end_node[sorted[p].index] = node[p];
    for (std::size_t i = 0; i < keys.size(); ++i) {
      std::uint32_t& id = trie.key_[end_node[i]];
      if (id == none) {
        id = static_cast<std::uint32_t>(trie.key_length_.size());
        trie.key_length_.push_back(static_cast<std::uint32_t>(keys[i].size()));
      }
      ids[i] = id;
    }
    trie.link_in_place();
    return trie;
  }

  // Whether some key occurs in text as a contiguous substring. Stops at the first occurrence.
  [[nodiscard]] bool contains_any(std::string_view text) const {
    assert(automaton_built());
    std::uint32_t state = 0;
    for (const char c : text) {
      state = delta_[std::size_t{state & ~match_flag} * alphabet + digit(c)];
      if ((state & match_flag) != 0) return true;
    }
    return false;
  }

  // found[i] = contains_any(texts[i]) for every i, scanning a group of texts in lockstep so that the
  // cache misses of their scans overlap (as longest_prefixes does).
  void contains_any_each(std::span<const std::string_view> texts, std::span<std::uint8_t> found) const {
    assert(automaton_built());
    assert(found.size() >= texts.size());
    constexpr std::size_t group = 16;
    constexpr std::uint32_t done = none;
    for (std::size_t base = 0; base < texts.size(); base += group) {
      const std::size_t lanes = std::min(group, texts.size() - base);
      std::array<std::uint32_t, group> state{};
      // The first start_digits steps of every scan are one look-up in start_.
      for (std::size_t lane = 0; lane < lanes; ++lane) {
        const std::string_view text = texts[base + lane];
        if (text.size() < start_digits) {
          found[base + lane] = contains_any(text) ? 1 : 0;
          state[lane] = done;
          continue;
        }
        std::size_t at = 0;
        for (std::size_t i = 0; i < start_digits; ++i) at = at * alphabet + digit(text[i]);
        const std::uint32_t next = start_[at];
        found[base + lane] = static_cast<std::uint8_t>((next & match_flag) != 0 ? 1 : 0);
        state[lane] = (next & match_flag) != 0 || text.size() == start_digits ? done : next;
        if (state[lane] != done) prefetch(&delta_[std::size_t{next} * alphabet + digit(text[start_digits])]);
      }
      for (std::size_t depth = start_digits;; ++depth) {
        bool scanning = false;
        for (std::size_t lane = 0; lane < lanes; ++lane) {
          if (state[lane] == done) continue;
          const std::string_view text = texts[base + lane];
          if (depth == text.size()) {
            state[lane] = done;
            continue;
          }
          const std::uint32_t next = delta_[std::size_t{state[lane]} * alphabet + digit(text[depth])];
          if ((next & match_flag) != 0) {
            found[base + lane] = 1;
            state[lane] = done;
            continue;
          }
          state[lane] = next;
          scanning = true;
          if (depth + 1 < text.size()) prefetch(&delta_[std::size_t{next} * alphabet + digit(text[depth + 1])]);
        }
        if (!scanning) break;
      }
    }
  }

  // Calls on_match(end, key) for every occurrence of every key in text, where text[end - |key|, end)
  // is the key: by increasing end, and at one end from the longest key to the shortest.
  template <class OnMatch>
  void for_each_match(std::string_view text, OnMatch&& on_match) const {
    assert(automaton_built());
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      state = delta_[std::size_t{state & ~match_flag} * alphabet + digit(text[i])];
      if ((state & match_flag) == 0) continue;
      std::uint32_t node = state & ~match_flag;
      if (state_key_[node] == none) node = dict_[node];
      for (; node != none; node = dict_[node]) on_match(i + 1, state_key_[node]);
    }
  }

 private:
  static constexpr std::size_t packed_digits = 15;  // places of automaton_of's sort key (60 bits)
  static_assert(packed_digits == packed_digits_max - 1, "the sort key is pack_digits shifted down a place");

  // The scans' first start_digits steps, tabulated: start_[number of the digits] is the state they
  // lead to from the root, with match_flag if a key ends on the way. Those steps are the same for
  // every text that begins with the same digits, and a lookup in a table of 400 KiB (in cache) costs
  // less than five dependent steps through the transitions, the last of them usually a cache miss.
  static constexpr std::size_t start_digits = 5;
  void build_start() {
    std::vector<std::uint32_t> level{0};
    for (std::size_t k = 0; k < start_digits; ++k) {
      std::vector<std::uint32_t> next(level.size() * alphabet);
      for (std::size_t i = 0; i < level.size(); ++i) {
        const std::uint32_t* row = &delta_[std::size_t{level[i] & ~match_flag} * alphabet];
        for (std::size_t c = 0; c < alphabet; ++c) next[i * alphabet + c] = row[c] | (level[i] & match_flag);
      }
      level = std::move(next);
    }
    start_ = std::move(level);
  }

  // Records state t's key (or none) and its dictionary link, given its failure state f (already
  // linked: it is shallower); returns the transition into t, with match_flag when t or a suffix of
  // it ends a key. The shared step of build_automaton and link_in_place.
  std::uint32_t link_state(std::uint32_t t, std::uint32_t f, std::uint32_t key) {
    state_key_[t] = key;
    dict_[t] = state_key_[f] != none ? f : dict_[f];
    const bool matches = key != none || dict_[t] != none;
    return t | (matches ? match_flag : 0U);
  }

  // build_automaton for a trie whose nodes are already numbered breadth-first (automaton_of): the
  // rows become the transitions where they are. A state's failure state is shallower, so its row is
  // finished before it is read.
  void link_in_place() {
    const std::size_t states = node_count();
    delta_ = std::move(child_);
    dict_.assign(states, none);
    state_key_.assign(states, none);
    std::vector<std::uint32_t> fail(states, 0);
    constexpr std::size_t ahead = 8;
    for (std::size_t s = 0; s < states; ++s) {
      if (s + ahead < states) {
        const std::uint32_t* fail_row = &delta_[std::size_t{fail[s + ahead]} * alphabet];
        prefetch(fail_row);
        prefetch(fail_row + alphabet - 1);
      }
      std::uint32_t* row = &delta_[s * alphabet];
      const std::uint32_t* fail_row = &delta_[std::size_t{fail[s]} * alphabet];
      for (std::size_t c = 0; c < alphabet; ++c) {
        const std::uint32_t edge = row[c];
        const std::uint32_t t = edge & ~end_flag;
        if (t == 0) {
          row[c] = s == 0 ? 0U : fail_row[c];
          continue;
        }
        fail[t] = s == 0 ? 0U : fail_row[c] & ~match_flag;
        row[c] = link_state(t, fail[t], (edge & end_flag) != 0 ? key_[t] : none);
      }
    }
    build_start();
  }

  // Marks, inside a transition, that the target state ends at least one key (itself or a suffix).
  static constexpr std::uint32_t match_flag = 0x80000000U;
  // Marks, inside a trie edge, that the child ends a key.
  static constexpr std::uint32_t end_flag = 0x80000000U;

  static void prefetch(const void* address) { prep::algo::prefetch(address); }

  static std::size_t digit(char c) {
    assert(c >= '0' && c <= '9');
    return static_cast<std::size_t>(c - '0');
  }

  ZeroedArray<std::uint32_t> child_;       // node * 10 + digit → child node | end_flag, 0 = none
  std::vector<std::uint32_t> key_;         // node → id of the key ending there, or none
  std::vector<std::uint32_t> key_length_;  // key id → its length in digits
  // The automaton, by state (trie nodes renumbered breadth-first):
  ZeroedArray<std::uint32_t> delta_;       // state * 10 + digit → next state | match_flag
  std::vector<std::uint32_t> dict_;        // state → nearest proper suffix state ending a key, or none
  std::vector<std::uint32_t> state_key_;   // state → id of the key ending there, or none
  std::vector<std::uint32_t> start_;       // see build_start
};

}  // namespace prep::algo
