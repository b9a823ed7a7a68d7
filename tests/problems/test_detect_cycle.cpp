#include "problems/detect_cycle.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace dc = prep::problems::detect_cycle;

namespace {

// prefix + i (built step by step: GCC 12 warns falsely on "literal" + std::string temporaries)
std::string numbered(const char* prefix, long long i) {
  std::string name(prefix);
  name += std::to_string(i);
  return name;
}

void append(std::string& text, std::initializer_list<std::string_view> pieces) {
  for (const std::string_view piece : pieces) text += piece;
}

std::string run(const std::string& text, bool order, prep::Format format = prep::Format::text) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const dc::GraphInput graph = dc::parse(input);
  std::string sink;
  prep::io::Output out(sink);
  dc::render(graph, dc::solve(graph, order), format, out);
  out.commit();
  return sink;
}

}  // namespace

TEST_CASE("detect-cycle: parse, solve, render in-process") {
  CHECK(run("", false) == "acyclic\n");
  CHECK(run("", true) == "acyclic\n\n");
  CHECK(run("a b\nb c\nc a\n", false) == "cycle\na b c a\n");
  CHECK(run("x x\n", true) == "cycle\nx x\n");
  CHECK(run("a b\nc\n", true) == "acyclic\na c b\n");
  CHECK(run("a b\nb a\n", true, prep::Format::json) == "{\"cycle\":[\"a\",\"b\",\"a\"]}\n");
  CHECK(run("a b\n", true, prep::Format::json) == "{\"cycle\":null,\"order\":[\"a\",\"b\"]}\n");
  CHECK(run("a b\n", false, prep::Format::json) == "{\"cycle\":null}\n");
  CHECK(run("[[1,\"1\"]]", false) == "cycle\n1 1\n");
}

TEST_CASE("detect-cycle: names are interned in order of first appearance") {
  prep::io::Input input = prep::io::Input::from_text("t", "b a\nc\na b\n");
  const dc::GraphInput graph = dc::parse(input);
  REQUIRE(graph.names.size() == 3);
  CHECK(graph.names.name(0) == "b");
  CHECK(graph.names.name(1) == "a");
  CHECK(graph.names.name(2) == "c");
  REQUIRE(graph.edges.size() == 2);
  CHECK(graph.edges[1].from == 1);
  CHECK(graph.edges[1].to == 0);
}

TEST_CASE("detect-cycle: bad input throws at its place") {
  prep::io::Input input = prep::io::Input::from_text("t", "a b\nb c d\n");
  try {
    (void)dc::parse(input);
    FAIL("no error");
  } catch (const prep::io::InputError& error) {
    CHECK(error.where() == "t:2:5");
  }
}

TEST_CASE("detect-cycle: more names than one batch, declared nodes between edges") {
  // Batches of names are interned together; records straddling a batch boundary must keep their ids.
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += numbered("n", i) + numbered(" n", i + 1) + "\n";
    if (i % 7 == 0) text += numbered("lonely", i) + "\n";
  }
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const dc::GraphInput graph = dc::parse(input);
  REQUIRE(graph.edges.size() == 10000);
  bool chain = true;
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    chain = chain && graph.names.name(graph.edges[i].from) == numbered("n", static_cast<long long>(i)) &&
            graph.names.name(graph.edges[i].to) == numbered("n", static_cast<long long>(i) + 1);
  }
  CHECK(chain);
  CHECK(graph.names.size() == 10001 + 1429);
}

TEST_CASE("detect-cycle: the JSON edge list's fast path and the general parser agree") {
  // Plain names take the one-pass reader; an escape or a non-ASCII name sends the whole list to the
  // general literal parser. Both must give the same names, ids and edges as the text form.
  std::string text, plain = "[", escaped = "[";
  for (int i = 0; i < 9000; ++i) {
    const std::string a = numbered("v", i % 700), b = std::to_string(i * 7 % 900);
    append(text, {a, " ", b, "\n"});
    append(plain, {i ? ",[\"" : "[\"", a, "\", ", b, "]"});
    append(escaped, {i ? ",[\"" : "[\"", a, "\",\"", b, "\"]"});
  }
  plain += "]";
  escaped += ",[\"\\u0076\"]]";  // "\u0076" is "v": a declared node with a name already seen
  const auto parsed = [](const std::string& source) {
    prep::io::Input input = prep::io::Input::from_text("t", source);
    return dc::parse(input);
  };
  const dc::GraphInput a = parsed(text), b = parsed(plain), c = parsed(escaped);
  REQUIRE(a.names.size() == b.names.size());
  REQUIRE(a.names.size() + 1 == c.names.size());
  for (std::uint32_t id = 0; id < a.names.size(); ++id) {
    CHECK(a.names.name(id) == b.names.name(id));
    CHECK(a.names.name(id) == c.names.name(id));
  }
  REQUIRE(a.edges.size() == b.edges.size());
  REQUIRE(a.edges.size() == c.edges.size());
  bool same = true;
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    same = same && a.edges[i].from == b.edges[i].from && a.edges[i].to == b.edges[i].to &&
           a.edges[i].from == c.edges[i].from && a.edges[i].to == c.edges[i].to;
  }
  CHECK(same);
}

TEST_CASE("detect-cycle: a 2,000,000-node path, through parse, solve and render") {
  const int n = 2'000'000;
  std::string text;
  text.reserve(std::size_t{n} * 18);
  for (int i = 0; i + 1 < n; ++i) text += numbered("p", i) + numbered(" p", i + 1) + "\n";
  {
    prep::io::Input input = prep::io::Input::from_text("t", text);
    const dc::GraphInput graph = dc::parse(input);
    const dc::Answer answer = dc::solve(graph, true);
    CHECK(answer.cycle.empty());
    REQUIRE(answer.order.has_value());
    CHECK(answer.order->size() == std::size_t{n});
    CHECK(graph.names.name(answer.order->back()) == numbered("p", n - 1));
  }
  text += numbered("p", n - 1) + " p0\n";  // close the path into one cycle of every node
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const dc::GraphInput graph = dc::parse(input);
  const dc::Answer answer = dc::solve(graph, true);
  CHECK(answer.cycle.size() == std::size_t{n} + 1);
  CHECK(!answer.order.has_value());
}

TEST_CASE("detect-cycle: the description is complete and its samples run") {
  const prep::Problem& p = dc::problem();
  CHECK(p.name == "detect-cycle");
  CHECK_FALSE(prep::data_file(p.explanation).empty());
  for (const prep::Sample& sample : p.samples) {
    prep::io::Input input = prep::io::Input::from_text(sample.input, std::string(prep::data_file(sample.input)));
    std::string sink;
    prep::io::Output out(sink);
    prep::Options options = prep::Options::defaults(p.options);
    for (const std::string& arg : sample.args) options.set_flag(arg.substr(2), true);
    prep::Context context{input, out, options, {}};
    p.run(context);
    out.commit();
    CHECK_FALSE(sink.empty());
  }
}
