// app.hpp — the command line: CLI11 declarations for every registered problem and for the
// discovery commands, and the one place where failures become messages and exit statuses
// (0 answer, 1 bad input, 2 bad command line — SPEC.md §1).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/io/input.hpp"
#include "cli/io/output.hpp"
#include "problems/problem.hpp"

namespace prep::cli {

// Declares problem's options (from its OptionSpecs), --json and [FILE] on app; parsed values go
// into options and file.
void add_problem_options(CLI::App& app, const Problem& problem, Options& options, std::string& file);

// Runs problem on input, writing to out, and reports a failure on standard error as prep does.
// Returns the exit status.
int run_problem(const Problem& problem, const Options& options, io::Input& input, io::Output& out,
                const FileOpener& open_file);

// The discovery commands (cli/discovery.cpp).
void print_list(io::Output& out);
void print_explanation(const Problem& problem, io::Output& out);
void print_example(const Problem& problem, io::Output& out);
// Runs every problem on its samples in-process; returns 0 if all succeeded.
int run_demo(io::Output& out);

int main(int argc, char** argv);

}  // namespace prep::cli
