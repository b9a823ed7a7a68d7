// parallel.hpp — run a few tasks at once, one per core, and get their first failure back.
//
// parallel_for(count, task) runs task(0) … task(count − 1) on count threads (task 0 on the caller)
// and returns when all have finished. If tasks throw, the exception of the lowest-numbered one is
// rethrown: a parser that splits its input into slices in order gets the first error in input order.
// If a thread cannot be started, its task runs on the caller instead.
#pragma once

#include <algorithm>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace prep::algo {

// The threads worth starting for work on this machine (1 when unknown), at most `most`.
inline unsigned worker_count(unsigned most = 8) {
  return std::clamp(std::thread::hardware_concurrency(), 1U, std::max(most, 1U));
}

template <typename Task>
void parallel_for(unsigned count, Task&& task) {
  if (count == 0) return;
  if (count == 1) {
    task(0U);
    return;
  }
  std::vector<std::exception_ptr> errors(count);
  const auto run = [&](unsigned i) {
    try {
      task(i);
    } catch (...) {
      errors[i] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(count - 1);
  std::vector<unsigned> inline_tasks;
  for (unsigned i = 1; i < count; ++i) {
    try {
      threads.emplace_back(run, i);
    } catch (const std::system_error&) {
      inline_tasks.push_back(i);
    }
  }
  run(0);
  for (const unsigned i : inline_tasks) run(i);
  for (std::thread& t : threads) t.join();
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

}  // namespace prep::algo
