// fuzz_command.cpp — arbitrary bytes as the input of one command (PREP_FUZZ_COMMAND), run the way
// the CLI runs it, once per sample's options and once more with --json. Every file an option names
// (--codes, --prefixes) is served the same bytes, so those parsers are fuzzed too. Bad input must
// become an error message and exit status, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/io/read_ahead.hpp"
#include "cli/registry.hpp"

#ifndef PREP_FUZZ_COMMAND
#error "define PREP_FUZZ_COMMAND as the name of the command to fuzz"
#endif

namespace {

struct Run {
  prep::Options options;
};

const prep::Problem& fuzzed_problem() {
  const prep::Problem* problem = prep::find_problem(PREP_FUZZ_COMMAND);
  if (problem == nullptr) {
    std::fprintf(stderr, "no command %s\n", PREP_FUZZ_COMMAND);
    __builtin_trap();
  }
  return *problem;
}

// The option sets to try: each sample's, and each again with --json.
const std::vector<prep::Options>& option_sets() {
  static const std::vector<prep::Options> sets = [] {
    const prep::Problem& problem = fuzzed_problem();
    std::vector<prep::Options> result;
    for (const prep::Sample& sample : problem.samples) {
      for (const bool json : {false, true}) {
        prep::Options options = prep::Options::defaults(problem.options);
        std::string file;
        CLI::App parser{problem.name, problem.name};
        prep::cli::add_problem_options(parser, problem, options, file);
        std::vector<std::string> args(sample.args.rbegin(), sample.args.rend());
        parser.parse(args);
        if (json) options.set_flag("json", true);
        result.push_back(options);
      }
    }
    return result;
  }();
  return sets;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::freopen("/dev/null", "w", stderr);  // error messages are expected; keep the fuzzer's output readable
  (void)option_sets();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const prep::Problem& problem = fuzzed_problem();
  const prep::FileOpener same_bytes = [&text](const std::string& path) { return prep::io::Input::from_text(path, text); };
  for (const prep::Options& options : option_sets()) {
    // Read on one thread (as from a pipe), then, for commands that read ahead (io::for_each_record,
    // or for_each_batch with a prepare step), on two threads with their fast paths: both must give the
    // same answer and status.
    std::string first_sink;
    int first_status = 0;
    for (const std::size_t read_ahead_from : {~std::size_t{0}, std::size_t{0}}) {
      const prep::io::ReadAheadFrom read_ahead(read_ahead_from);
      prep::io::Input input = prep::io::Input::from_text("fuzz", text);
      std::string sink;
      prep::io::Output out(sink);
      const int status = prep::cli::run_problem(problem, options, input, out, same_bytes);
      if (status != 0 && status != 1 && status != 2) __builtin_trap();
      if (status != 0 && (options.json() || !problem.streaming) && !sink.empty()) __builtin_trap();  // half an answer
      if (read_ahead_from == 0 && (status != first_status || sink != first_sink)) __builtin_trap();
      first_sink = std::move(sink);
      first_status = status;
    }
  }
  return 0;
}
