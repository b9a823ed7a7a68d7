// detect_cycle.cpp — `prep detect-cycle`: names are interned once, the graph is a CSR array over ids,
// and the search (algorithms/graph.hpp) never sees a string.
#include "problems/detect_cycle.hpp"

#include <fmt/format.h>

#include "cli/io/literal.hpp"
#include "cli/io/text.hpp"

namespace prep::problems::detect_cycle {

namespace {

// `[["a","b"],[1,2],["c"]]`: a number and a string with the same text are the same node, and a
// one-element list declares a node, as a one-token line does in the text form.
GraphInput read_edge_list(io::Input& input) {
  const io::Literal literal = io::parse_whole_literal(input, "edge list");

  const io::LiteralNode& root = literal.root();
  if (root.kind != io::LiteralNode::Kind::array) {
    throw input.error_at(root.where, fmt::format("expected a list of [FROM,TO] edges, found {}", io::kind_name(root)));
  }
  GraphInput result;
  result.edges.reserve(root.size);
  for (const io::LiteralNode& edge : literal.elements(root)) {
    if (edge.kind != io::LiteralNode::Kind::array || edge.size == 0 || edge.size > 2) {
      throw input.error_at(edge.where, fmt::format("expected [FROM,TO], found {}",
                                                   edge.kind == io::LiteralNode::Kind::array
                                                       ? fmt::format("a list of {} values", edge.size)
                                                       : std::string(io::kind_name(edge))));
    }
    std::uint32_t ids[2] = {0, 0};
    std::uint32_t count = 0;
    for (const io::LiteralNode& name : literal.elements(edge)) {
      if (name.kind != io::LiteralNode::Kind::string && name.kind != io::LiteralNode::Kind::integer) {
        throw input.error_at(name.where, fmt::format("expected a node name (a string or an integer), found {}",
                                                     io::kind_name(name)));
      }
      ids[count++] = result.names.intern(name.text);
    }
    if (count == 2) result.edges.push_back({ids[0], ids[1]});
  }
  return result;
}

// Text lines are read one at a time (so the input's pages can be released as it goes), and their
// names are copied into a batch that is interned at once with intern_all, which overlaps the cache
// misses of many lookups: on a million distinct names that is most of the running time.
class NameBatch {
 public:
  explicit NameBatch(GraphInput& result) : result_(result) {}

  void add_record(std::string_view from, std::string_view to, bool edge) {
    add_name(from);
    if (edge) add_name(to);
    edge_flags_.push_back(edge);
    if (ends_.size() >= batch_names) flush();
  }

  void flush() {
    views_.clear();
    std::size_t start = 0;
    for (const std::size_t end : ends_) {
      views_.emplace_back(bytes_.data() + start, end - start);
      start = end;
    }
    ids_.resize(views_.size());
    result_.names.intern_all(views_, ids_);
    std::size_t next = 0;
    for (const bool edge : edge_flags_) {
      if (edge) result_.edges.push_back({ids_[next], ids_[next + 1]});
      next += edge ? 2 : 1;
    }
    bytes_.clear();
    ends_.clear();
    edge_flags_.clear();
  }

 private:
  static constexpr std::size_t batch_names = 4096;
  void add_name(std::string_view name) {
    bytes_.append(name);
    ends_.push_back(bytes_.size());
  }

  GraphInput& result_;
  std::string bytes_;               // the batch's names, back to back
  std::vector<std::size_t> ends_;   // where each name ends in bytes_
  std::vector<bool> edge_flags_;    // per record: an edge (two names) or a node (one)
  std::vector<std::string_view> views_;
  std::vector<std::uint32_t> ids_;
};


constexpr bool is_json_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The common edge list, whose names are plain strings (printable ASCII, no escapes) or integers,
// read in one pass into batches of names: the general literal parser would first build a tree of
// 64-byte nodes, three per edge (a gigabyte for five million edges). Returns false at anything else,
// errors included; read_edge_list then parses the whole list again and reports them at their place.
bool read_plain_edge_list(std::string_view text, GraphInput& result) {
  const char* p = text.data();
  const char* const end = p + text.size();
  const auto skip_blanks = [&] {
    while (p != end && is_json_blank(*p)) ++p;
  };
  const auto name = [&](std::string_view& out) {
    if (p == end) return false;
    const char* start = p;
    if (*p == '"') {
      for (++p; p != end && *p != '"'; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c >= 0x80 || c == '\\') return false;
      }
      if (p == end) return false;
      out = std::string_view(start + 1, static_cast<std::size_t>(p - start - 1));
      ++p;
      return true;
    }
    if (*p == '-') ++p;
    while (p != end && *p >= '0' && *p <= '9') ++p;
    out = std::string_view(start, static_cast<std::size_t>(p - start));
    if (p != end && !is_json_blank(*p) && *p != ',' && *p != ']') return false;  // 1.5, 1e3, 1x
    return io::parse_int64(out).status == io::IntStatus::ok;
  };
  NameBatch batch(result);
  skip_blanks();
  if (p == end || *p != '[') return false;
  ++p;
  skip_blanks();
  if (p != end && *p == ']') {
    ++p;
  } else {
    for (;;) {
      if (p == end || *p != '[') return false;
      ++p;
      skip_blanks();
      std::string_view from;
      std::string_view to;
      if (!name(from)) return false;
      skip_blanks();
      const bool edge = p != end && *p == ',';
      if (edge) {
        ++p;
        skip_blanks();
        if (!name(to)) return false;
        skip_blanks();
      }
      if (p == end || *p != ']') return false;
      ++p;
      batch.add_record(from, to, edge);
      skip_blanks();
      if (p != end && *p == ',') {
        ++p;
        skip_blanks();
        continue;
      }
      if (p != end && *p == ']') {
        ++p;
        break;
      }
      return false;
    }
  }
  skip_blanks();
  if (p != end) return false;
  batch.flush();
  return true;
}

}  // namespace

GraphInput parse(io::Input& input) {
  if (input.peek_nonblank() == '[') {
    GraphInput result;
    if (read_plain_edge_list(input.rest(), result)) return result;
    return read_edge_list(input);
  }
  GraphInput result;
  NameBatch batch(result);
  io::Line line;
  while (input.next_record(line)) {
    io::Tokens tokens(line.text);
    std::string_view from;
    std::string_view to;
    tokens.next(from);
    const bool edge = tokens.next(to);  // one name alone declares a node with no edges (yet)
    std::string_view extra;
    if (edge && tokens.next(extra)) {
      throw input.error_at(extra.data(), fmt::format("unexpected {}: expected 'FROM TO' or a single node", io::quote(extra)));
    }
    batch.add_record(from, to, edge);
  }
  batch.flush();
  return result;
}

Answer solve(const GraphInput& input, bool want_order) {
  const algo::Digraph graph(static_cast<std::uint32_t>(input.names.size()), input.edges);
  Answer answer;
  answer.cycle = algo::find_cycle(graph);
  if (want_order && answer.cycle.empty()) answer.order = algo::topological_order(graph);
  return answer;
}

void render(const GraphInput& input, const Answer& answer, Format format, io::Output& out) {
  const auto& names = input.names;
  if (format != Format::json) {
    const auto line = [&](const std::vector<std::uint32_t>& nodes) {
      for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0) out.put(' ');
        out.write(names.name(nodes[i]));
      }
      out.put('\n');
    };
    if (!answer.cycle.empty()) {
      out.write("cycle\n");
      line(answer.cycle);
    } else {
      out.write("acyclic\n");
      if (answer.order) line(*answer.order);
    }
    return;
  }
  io::JsonWriter json(out);  // {"cycle":["a","b","a"]} or {"cycle":null,"order":[…]}
  const auto array = [&](const std::vector<std::uint32_t>& nodes) {
    json.begin_array();
    for (const std::uint32_t v : nodes) json.value(names.name(v));
    json.end_array();
  };
  json.begin_object();
  json.key("cycle");
  if (answer.cycle.empty()) {
    json.null();
  } else {
    array(answer.cycle);
  }
  if (answer.order) {
    json.key("order");
    array(*answer.order);
  }
  json.end_object();
  json.finish();
}

namespace {

void run(Context& context) {
  const GraphInput input = parse(context.input);
  // The edge list is not a LeetCode problem's literal, so its answer is printed as text too.
  render(input, solve(input, context.options.flag("order")), output_format(context.options, false), context.out);
}

}  // namespace

const Problem& problem() {
  static const Problem description{
      .name = "detect-cycle",
      .summary = "Find a cycle in a directed graph, or a topological order (LeetCode 207/210)",
      .complexity = "O(V + E) time and space, iterative (no recursion depth limit)",
      .explanation = "detect-cycle/explain.txt",
      .samples = {{.args = {}, .input = "detect-cycle/sample.txt"},
                  {.args = {"--order"}, .input = "detect-cycle/dag.txt"}},
      .options = {{.flags = "--order", .key = "order", .kind = OptionSpec::Kind::flag,
                   .help = "if the graph is acyclic, also print a topological order of all nodes"}},
      .streaming = false,
      .run = run,
  };
  return description;
}

}  // namespace prep::problems::detect_cycle
