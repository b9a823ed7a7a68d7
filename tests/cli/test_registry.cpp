#include "cli/registry.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

// Every registered command is described completely, so list/explain/example/demo work for it.
TEST_CASE("registry: every problem is fully described, once") {
  std::set<std::string> names;
  REQUIRE_FALSE(prep::registry().empty());
  for (const prep::Problem* problem : prep::registry()) {
    CAPTURE(problem->name);
    CHECK(names.insert(problem->name).second);
    CHECK(prep::find_problem(problem->name) == problem);
    CHECK_FALSE(problem->summary.empty());
    CHECK_FALSE(problem->complexity.empty());
    CHECK(static_cast<bool>(problem->run));
    const std::string_view explanation = prep::data_file(problem->explanation);
    CHECK(explanation.find("Approach") != std::string_view::npos);
    CHECK(explanation.find("Edge cases") != std::string_view::npos);
    CHECK(explanation.find("Follow-up") != std::string_view::npos);
    REQUIRE_FALSE(problem->samples.empty());
    for (const prep::Sample& sample : problem->samples) CHECK_NOTHROW((void)prep::data_file(sample.input));
    std::set<std::string> keys;
    for (const prep::OptionSpec& option : problem->options) {
      CHECK(keys.insert(option.key).second);
      CHECK(option.key != "json");
      CHECK_FALSE(option.help.empty());
    }
  }
  CHECK(prep::find_problem("no-such-command") == nullptr);
}
