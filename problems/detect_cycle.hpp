// detect_cycle.hpp — `prep detect-cycle`: one directed cycle as a witness, or a topological order.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "algorithms/graph.hpp"
#include "algorithms/string_interner.hpp"
#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::problems::detect_cycle {

// Node names interned in order of first appearance (FROM before TO on a line), edges in input order.
struct GraphInput {
  algo::StringInterner names;
  std::vector<algo::Edge> edges;
};

struct Answer {
  std::vector<std::uint32_t> cycle;                  // empty when acyclic
  std::optional<std::vector<std::uint32_t>> order;   // asked for and acyclic
};

// Text edges `FROM TO` (a one-token line declares a node), or a JSON edge list `[["a","b"],[1,2]]`.
GraphInput parse(io::Input& input);
Answer solve(const GraphInput& input, bool want_order);
void render(const GraphInput& input, const Answer& answer, Format format, io::Output& out);

const Problem& problem();

}  // namespace prep::problems::detect_cycle
