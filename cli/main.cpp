// prep — coding-interview exercises on your own input. See README.md and ../shared/SPEC.md.
#include "cli/app.hpp"

int main(int argc, char** argv) { return prep::cli::main(argc, argv); }
