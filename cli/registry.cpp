// registry.cpp — the one explicit list of commands. Adding a command is adding a line here.
#include "cli/registry.hpp"

#include <array>

#include "problems/detect_cycle.hpp"
#include "problems/lca.hpp"
#include "problems/longest_prefix.hpp"
#include "problems/lru.hpp"
#include "problems/meeting_rooms.hpp"
#include "problems/merge_intervals.hpp"
#include "problems/stack_queue.hpp"
#include "problems/vanity.hpp"
#include "problems/sms_split.hpp"
#include "problems/rate_limit.hpp"

namespace prep {

std::span<const Problem* const> registry() {
  static const std::array problems = {
      &problems::merge_intervals::problem(),
      &problems::meeting_rooms::problem(),
      &problems::stack_queue::problem(),
      &problems::lru::problem(),
      &problems::vanity::problem(),
      &problems::longest_prefix::problem(),
      &problems::detect_cycle::problem(),
      &problems::lca::problem(),
      &problems::sms_split::problem(),
      &problems::rate_limit::problem(),
  };
  return problems;
}

const Problem* find_problem(std::string_view name) {
  for (const Problem* problem : registry()) {
    if (problem->name == name) return problem;
  }
  return nullptr;
}

}  // namespace prep
