// fuzz_graph_tree.cpp — arbitrary bytes through detect-cycle and lca: their own scanners (the plain
// JSON edge-list reader, the bracketed tree list, pairing of query values) and the algorithms behind
// them. Bad input must become an InputError; a cycle printed must be made of edges of the input.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <utility>

#include "problems/detect_cycle.hpp"
#include "problems/lca.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  namespace dc = prep::problems::detect_cycle;
  namespace lca = prep::problems::lca;
  try {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    const dc::GraphInput graph = dc::parse(input);
    const dc::Answer answer = dc::solve(graph, true);
    if (!answer.cycle.empty()) {
      std::set<std::pair<std::uint32_t, std::uint32_t>> edges;
      for (const auto& e : graph.edges) edges.emplace(e.from, e.to);
      if (answer.cycle.front() != answer.cycle.back()) __builtin_trap();
      for (std::size_t i = 0; i + 1 < answer.cycle.size(); ++i) {
        if (edges.count({answer.cycle[i], answer.cycle[i + 1]}) == 0) __builtin_trap();
      }
    } else if (!answer.order || answer.order->size() != graph.names.size()) {
      __builtin_trap();  // acyclic, so Kahn's algorithm must order every node
    }
    std::string sink;
    prep::io::Output out(sink);
    dc::render(graph, answer, prep::Format::json, out);
    out.commit();
  } catch (const prep::io::InputError&) {
  }
  try {
    prep::io::Input input = prep::io::Input::from_text("fuzz", text);
    const lca::TreeInput tree = lca::parse(input);
    if (tree.queries.size() % 2 != 0 || tree.values.size() != tree.tree.size()) __builtin_trap();
    const auto answers = lca::solve(tree);
    if (answers.size() * 2 != tree.queries.size()) __builtin_trap();
    std::string sink;
    prep::io::Output out(sink);
    lca::render(answers, prep::Format::text, out);
    out.commit();
  } catch (const prep::io::InputError&) {
  }
  return 0;
}
