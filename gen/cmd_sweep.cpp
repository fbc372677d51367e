// cimgen sweep: the configurations each block is tested with, one per line:
//   <block> <config> <tags> NAME=VALUE ...
// tags: comma-separated "ref" (committed under rtl/), "formal" (proved by
// make formal), "vectors=V" (random vectors per seed in make test, where the
// block's vectors are bigger than the default's), or "-". CMake reads this list (via rtl/sweep.txt) to create
// one Verilator regression target per configuration.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

namespace cimgen {

void add_sweep_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("sweep", "List the test and reference configurations of every block");
  cmd->callback([] {
    for (const Block* b : registry())
      for (const auto& c : b->sweep()) {
        // Validate here so that a bad sweep entry fails the build, not a test.
        const Params p = bind_params(b->params(), c.assignments, b->name());
        b->derive(p);
        std::string tags;
        if (c.reference) tags += "ref";
        if (c.formal) tags += std::string(tags.empty() ? "" : ",") + "formal";
        if (c.vectors > 0) tags += std::string(tags.empty() ? "" : ",") + fmt::format("vectors={}", c.vectors);
        fmt::print("{} {} {} {}\n", b->name(), c.name, tags.empty() ? "-" : tags, params_text(b->params(), p));
      }
  });
}

}  // namespace cimgen
