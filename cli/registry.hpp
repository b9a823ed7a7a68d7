// registry.hpp — every command prep has, in the order `prep list` and `prep demo` show them.
#pragma once

#include <span>
#include <string_view>

#include "problems/problem.hpp"

namespace prep {

std::span<const Problem* const> registry();
// The problem called name, or nullptr.
const Problem* find_problem(std::string_view name);

}  // namespace prep
