// cimgen list: every block with a one-line description.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

namespace cimgen {

void add_list_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("list", "List the blocks cimgen generates");
  cmd->callback([] {
    size_t w = 0;
    for (const Block* b : registry()) w = std::max(w, b->name().size());
    for (const Block* b : registry()) fmt::print("{:<{}}  {}\n", b->name(), w, b->description());
  });
}

}  // namespace cimgen
