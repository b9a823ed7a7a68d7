// Tests for algorithms/queue.hpp: the two-stack queue against std::deque.
#include "algorithms/queue.hpp"

#include <cstdint>
#include <deque>
#include <random>
#include <string>

#include <doctest/doctest.h>

using prep::algo::TwoStackQueue;

TEST_CASE("queue: empty") {
  TwoStackQueue<int> q;
  CHECK(q.empty());
  CHECK(q.size() == 0);
}

TEST_CASE("queue: LeetCode 232 example") {
  TwoStackQueue<int> q;
  q.push(1);
  q.push(2);
  CHECK(q.front() == 1);
  CHECK(q.pop() == 1);
  CHECK_FALSE(q.empty());
  CHECK(q.size() == 1);
}

TEST_CASE("queue: pushes interleaved with a non-empty out-stack keep FIFO order") {
  TwoStackQueue<int> q;
  q.push(1);
  q.push(2);
  CHECK(q.pop() == 1);  // transfers 2 to the out-stack
  q.push(3);            // lands on the in-stack, must not overtake 2
  q.push(4);
  CHECK(q.pop() == 2);
  CHECK(q.front() == 3);
  CHECK(q.pop() == 3);
  q.push(5);
  CHECK(q.pop() == 4);
  CHECK(q.pop() == 5);
  CHECK(q.empty());
}

TEST_CASE("queue: move-only and string elements") {
  TwoStackQueue<std::string> q;
  const std::string long_value(100, 'x');
  q.push("a");
  q.push(long_value);
  CHECK(q.pop() == "a");
  CHECK(q.front() == long_value);
  CHECK(q.pop() == long_value);
  CHECK(q.empty());
}

TEST_CASE("queue: exhaustive operation sequences up to length 12 match std::deque") {
  // Every sequence of push/pop over 12 steps (pop skipped when empty), as a bit mask.
  for (unsigned mask = 0; mask < (1U << 12); ++mask) {
    TwoStackQueue<int> q;
    std::deque<int> model;
    int next = 0;
    for (unsigned step = 0; step < 12; ++step) {
      if ((mask >> step & 1U) != 0) {
        q.push(next);
        model.push_back(next);
        ++next;
      } else if (!model.empty()) {
        REQUIRE(q.front() == model.front());
        REQUIRE(q.pop() == model.front());
        model.pop_front();
      }
      REQUIRE(q.size() == model.size());
      REQUIRE(q.empty() == model.empty());
    }
  }
}

TEST_CASE("queue: seeded random operations match std::deque") {
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    TwoStackQueue<std::string> q;
    std::deque<std::string> model;
    const unsigned push_weight = 1 + seed % 4;  // from pop-heavy to push-heavy
    for (int step = 0; step < 20'000; ++step) {
      const auto op = static_cast<unsigned>(rng() % (push_weight + 4));
      if (op < push_weight) {
        std::string value = std::to_string(rng() % 1000);
        if (rng() % 8 == 0) value.append(40, 'v');  // heap-allocated strings too
        q.push(value);
        model.push_back(value);
      } else if (op == push_weight && !model.empty()) {
        REQUIRE(q.pop() == model.front());
        model.pop_front();
      } else if (op == push_weight + 1 && !model.empty()) {
        REQUIRE(q.front() == model.front());
      } else if (op == push_weight + 2 && rng() % 500 == 0) {
        q.clear();
        model.clear();
      }
      REQUIRE(q.size() == model.size());
      REQUIRE(q.empty() == model.empty());
    }
  }
}

TEST_CASE("queue: a million elements") {
  TwoStackQueue<int> q;
  for (int i = 0; i < 1'000'000; ++i) q.push(i);
  CHECK(q.size() == 1'000'000);
  for (int i = 0; i < 500'000; ++i) REQUIRE(q.pop() == i);
  for (int i = 1'000'000; i < 1'500'000; ++i) q.push(i);
  for (int i = 500'000; i < 1'500'000; ++i) REQUIRE(q.pop() == i);
  CHECK(q.empty());
}

TEST_CASE("queue: a Batch with conditional operations matches std::deque, and the queue gets its stacks back") {
  // Each step is one of push / pop / peek / nothing, given to every conditional operation as the
  // Batch's users do (push_if with false, refill_if and pop_if with false, front_or on an empty
  // out-stack), so the conditions that are false must change nothing.
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    std::mt19937 rng(seed);
    TwoStackQueue<std::uint64_t> q;
    std::deque<std::uint64_t> model;
    const unsigned push_weight = 1 + seed % 4;
    const std::uint64_t none = ~std::uint64_t{0};
    for (int round = 0; round < 4; ++round) {
      {
        TwoStackQueue<std::uint64_t>::Batch batch(q);
        REQUIRE(batch.size() == model.size());
        for (int step = 0; step < 5'000; ++step) {
          const auto op = static_cast<unsigned>(rng() % (push_weight + 3));
          const bool push = op < push_weight;
          const bool pop = op == push_weight && !model.empty();
          const bool take = pop || (op == push_weight + 1 && !model.empty());
          const std::uint64_t value = rng();
          if (step % 100 == 0) batch.reserve(100);  // room for the pushes of the next 100 steps
          batch.push_if(value, push);
          if (push) model.push_back(value);
          batch.refill_if(take);
          const std::uint64_t front = batch.front_or(none);
          if (take) REQUIRE(front == model.front());
          batch.pop_if(pop);
          if (pop) model.pop_front();
          REQUIRE(batch.size() == model.size());
          REQUIRE(batch.empty() == model.empty());
        }
      }
      // Between batches, the queue itself goes on from where the batch left it.
      REQUIRE(q.size() == model.size());
      if (!model.empty()) {
        REQUIRE(q.pop() == model.front());
        model.pop_front();
      }
      q.push(seed);
      model.push_back(seed);
    }
    while (!model.empty()) {
      REQUIRE(q.pop() == model.front());
      model.pop_front();
    }
    CHECK(q.empty());
  }
}
