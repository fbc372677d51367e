// cimgen list: every block with a one-line description; with --campaigns, every block's mutation
// campaigns (what `make mutate` runs), one per line: block configuration sample time-limit miter-limit;
// with --testbenches, the blocks `gen --testbench V` writes a Verilog testbench for, one per line.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

namespace cimgen {

void add_list_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("list", "List the blocks cimgen generates");
  static bool campaigns = false;
  cmd->add_flag("--campaigns", campaigns,
                "List the mutation campaigns instead: block configuration sample time-limit(s) miter-limit(s)");
  static bool testbenches = false;
  cmd->add_flag("--testbenches", testbenches, "List the blocks with a Verilog testbench (gen --testbench V) instead");
  cmd->callback([] {
    if (testbenches) {
      for (const Block* b : blocks_with_testbench()) fmt::print("{}\n", b->name());
      return;
    }
    if (campaigns) {
      for (const Block* b : registry())
        for (const Campaign& c : b->campaigns())
          fmt::print("{} {} {} {} {}\n", b->name(), c.config, c.sample, c.time_limit_s, c.miter_limit_s);
      return;
    }
    size_t w = 0;
    for (const Block* b : registry()) w = std::max(w, b->name().size());
    for (const Block* b : registry()) fmt::print("{:<{}}  {}\n", b->name(), w, b->description());
  });
}

}  // namespace cimgen
