#include "cli/app.hpp"

#include <unistd.h>

#include <cstdio>
#include <new>
#include <optional>

#include <fmt/format.h>

#include "cli/io/text.hpp"
#include "cli/registry.hpp"

#ifndef PREP_VERSION
#define PREP_VERSION "unknown"
#endif

namespace prep::cli {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input = 1;
constexpr int exit_usage = 2;

void report(std::string_view where, std::string_view message) {
  if (where.empty()) {
    fmt::print(stderr, "prep: error: {}\n", message);
  } else {
    fmt::print(stderr, "prep: {}: error: {}\n", where, message);
  }
  std::fflush(stderr);
}

std::vector<std::string> problem_names() {
  std::vector<std::string> names;
  for (const Problem* problem : registry()) names.push_back(problem->name);
  return names;
}

io::Input open_file(const std::string& path) { return io::Input::open(path); }

}  // namespace

void add_problem_options(CLI::App& app, const Problem& problem, Options& options, std::string& file) {
  for (const OptionSpec& spec : problem.options) {
    const std::string key = spec.key;
    CLI::Option* option = nullptr;
    switch (spec.kind) {
      case OptionSpec::Kind::flag:
        option = app.add_flag_callback(spec.flags, [&options, key] { options.set_flag(key, true); }, spec.help);
        break;
      case OptionSpec::Kind::integer:
        // Checked by prep's own parser: CLI11 would wrap 2^64 - 1 to -1 without a word.
        option = app.add_option_function<std::string>(
                        spec.flags, [&options, key](const std::string& v) { options.set(key, v); }, spec.help)
                     ->check(CLI::Validator(
                         [](std::string& value) -> std::string {
                           const io::IntParse r = io::parse_int64(value);
                           if (r.status == io::IntStatus::ok) return "";
                           return r.status == io::IntStatus::out_of_range
                                      ? "'" + value + "' does not fit in a signed 64-bit integer"
                                      : "'" + value + "' is not an integer";
                         },
                         "INT"));
        break;
      case OptionSpec::Kind::text:
      case OptionSpec::Kind::choice:
        option = app.add_option_function<std::string>(
            spec.flags, [&options, key](const std::string& v) { options.set(key, v); }, spec.help);
        if (spec.kind == OptionSpec::Kind::choice) option->check(CLI::IsMember(spec.choices));
        break;
      case OptionSpec::Kind::texts:
        option = app.add_option_function<std::vector<std::string>>(
                        spec.flags,
                        [&options, key](const std::vector<std::string>& values) {
                          for (const std::string& v : values) options.add(key, v);
                        },
                        spec.help)
                     ->allow_extra_args(false)
                     ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        break;
    }
    if (!spec.value_name.empty()) option->type_name(spec.value_name);
    if (!spec.default_value.empty()) option->default_str(spec.default_value);
  }
  app.add_flag_callback("--json", [&options] { options.set_flag("json", true); },
                        "print the whole result as one JSON document (nothing on bad input)");
  app.add_option("FILE", file, "input file; standard input when absent or -")->type_name("FILE");
}

int run_problem(const Problem& problem, const Options& options, io::Input& input, io::Output& out,
                const FileOpener& open) {
  // Streaming results leave as they are computed, except as JSON: one document, whole or nothing.
  out.hold(problem.streaming && options.json());
  input.on_wait([&out] { out.flush(); });
  if (isatty(STDERR_FILENO) == 1) input.show_progress(stderr);
  try {
    Context context{input, out, options, open, stderr, isatty(STDERR_FILENO) == 1};
    problem.run(context);
    out.commit();
    return exit_ok;
  } catch (const io::InputError& e) {
    if (problem.streaming && !out.held()) {
      out.flush();
    } else {
      out.discard();
    }
    report(e.where(), e.what());
    return exit_input;
  } catch (const io::UsageError& e) {
    out.discard();
    report("", e.what());
    return exit_usage;
  } catch (const std::bad_alloc&) {
    out.discard();
    report(input.name(), "out of memory");
    return exit_input;
  }
}

int main(int argc, char** argv) {
  CLI::App app{"prep — coding-interview exercises, run on your own input.\n"
               "Exit status: 0 answer computed, 1 invalid input, 2 wrong command line.",
               "prep"};
  app.set_version_flag("--version", std::string("prep ") + PREP_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'prep COMMAND --help' for a command's options, 'prep explain COMMAND' for how it works.");

  app.add_subcommand("list", "List every command with a one-line summary and its complexity");
  std::string topic;
  auto* explain = app.add_subcommand("explain", "Explain a command: approach, complexity, edge cases, follow-ups");
  explain->add_option("COMMAND", topic, "the command to explain")->required()->check(CLI::IsMember(problem_names()));
  auto* example = app.add_subcommand("example", "Print a small sample input for a command");
  example->add_option("COMMAND", topic, "the command")->required()->check(CLI::IsMember(problem_names()));
  app.add_subcommand("demo", "Run every command on its built-in sample, showing input and output");

  Options options;
  std::string file;
  for (const Problem* problem : registry()) {
    auto* sub = app.add_subcommand(problem->name, problem->summary);
    add_problem_options(*sub, *problem, options, file);
  }

  // CLI11 would say only "a subcommand is required" for a misspelt command.
  if (argc > 1 && argv[1][0] != '-') {
    const std::string_view command = argv[1];
    const bool known = command == "list" || command == "explain" || command == "example" || command == "demo" ||
                       find_problem(command) != nullptr;
    if (!known) {
      report("", fmt::format("unknown command '{}'", command));
      fmt::print(stderr, "Run 'prep list' for the commands, 'prep --help' for usage.\n");
      return exit_usage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    report("", e.what());
    fmt::print(stderr, "Run 'prep --help' for usage.\n");
    return exit_usage;
  }

  io::Output out(STDOUT_FILENO);
  try {
    const CLI::App* chosen = app.get_subcommands().front();
    const std::string& name = chosen->get_name();
    int status = exit_ok;
    if (name == "list") {
      print_list(out);
    } else if (name == "explain") {
      print_explanation(*find_problem(topic), out);
    } else if (name == "example") {
      print_example(*find_problem(topic), out);
    } else if (name == "demo") {
      status = run_demo(out);
    } else {
      const Problem& problem = *find_problem(name);
      Options run_options = Options::defaults(problem.options);
      run_options.merge(options);
      std::optional<io::Input> input;
      try {
        input.emplace(io::Input::open(file));
      } catch (const io::InputError& e) {
        report(e.where(), e.what());
        return exit_input;
      }
      return run_problem(problem, run_options, *input, out, open_file);
    }
    out.commit();
    return status;
  } catch (const std::exception& e) {
    out.discard();
    report("", e.what());
    return exit_input;
  }
}

}  // namespace prep::cli
