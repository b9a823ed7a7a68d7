// discovery.cpp — `prep list`, `explain`, `example` and `demo`: generic over the registry, so every
// command gets them by being described once (problems/problem.hpp).
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/registry.hpp"

namespace prep::cli {

void print_list(io::Output& out) {
  std::size_t name_width = 0;
  std::size_t summary_width = 0;
  for (const Problem* problem : registry()) {
    name_width = std::max(name_width, problem->name.size());
    summary_width = std::max(summary_width, problem->summary.size());
  }
  for (const Problem* problem : registry()) {
    out.print("{:<{}}  {:<{}}  {}\n", problem->name, name_width, problem->summary, summary_width, problem->complexity);
  }
}

void print_explanation(const Problem& problem, io::Output& out) {
  out.print("prep {} — {}\nComplexity: {}\n\n", problem.name, problem.summary, problem.complexity);
  out.write(data_file(problem.explanation));
  if (!problem.options.empty()) {
    out.write("\nOptions:\n");
    for (const OptionSpec& spec : problem.options) out.print("  {:<22} {}\n", spec.flags, spec.help);
  }
}

void print_example(const Problem& problem, io::Output& out) { out.write(data_file(problem.samples.front().input)); }

namespace {

// A sample's input as a here-document, so the demo's text can be pasted into a shell.
std::string shell_command(const Problem& problem, const Sample& sample) {
  std::string command = "$ prep " + problem.name;
  for (const std::string& arg : sample.args) command += " " + arg;
  return command + " <<'EOF'\n";
}

}  // namespace

int run_demo(io::Output& out) {
  int status = 0;
  for (const Problem* problem : registry()) {
    out.print("=== {} — {}\n", problem->name, problem->summary);
    for (const Sample& sample : problem->samples) {
      Options options = Options::defaults(problem->options);
      std::string file;
      CLI::App parser{problem->name, problem->name};
      add_problem_options(parser, *problem, options, file);
      std::vector<std::string> args(sample.args.rbegin(), sample.args.rend());
      parser.parse(args);

      const std::string_view text = data_file(sample.input);
      out.write(shell_command(*problem, sample));
      out.write(text);
      if (!text.empty() && text.back() != '\n') out.put('\n');
      out.write("EOF\n");
      std::string result;
      io::Input input = io::Input::from_text(sample.input, std::string(text));
      io::Output result_out(result);
      // Files named by the sample's options are built in too (data/), else read from disk.
      const FileOpener open = [](const std::string& path) {
        try {
          return io::Input::from_text(path, std::string(data_file(path)));
        } catch (const std::out_of_range&) {
          return io::Input::open(path);
        }
      };
      const int code = run_problem(*problem, options, input, result_out, open);
      out.write(result);
      if (code != 0) status = code;
      out.put('\n');
    }
  }
  return status;
}

}  // namespace prep::cli
