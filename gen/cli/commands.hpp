// Each subcommand lives in its own file (cmd_*.cpp) with its help text beside
// its code, and registers itself on the application here.
#pragma once

#include <CLI/CLI.hpp>

namespace cimgen {

void add_list_command(CLI::App& app);
void add_gen_command(CLI::App& app);
void add_help_command(CLI::App& app);
void add_report_command(CLI::App& app);
void add_sweep_command(CLI::App& app);
void add_model_command(CLI::App& app);
void add_calibrate_command(CLI::App& app);
void add_study_command(CLI::App& app);
void add_stack_command(CLI::App& app);

// Shared by `help <block>` and `gen <block> --help`.
std::string block_help(const std::string& block);

}  // namespace cimgen
