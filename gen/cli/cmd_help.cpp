// cimgen help <block>: the block's parameters with legal ranges and docs.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

#include <memory>

namespace cimgen {

std::string block_help(const std::string& block) {
  const Block* b = find_block(block);
  if (!b) throw UserError(fmt::format("unknown block '{}' (run 'cimgen list')", block));
  std::string rules;
  for (const auto& r : b->rules()) rules += "  - " + r.text + "\n";
  if (!rules.empty()) rules = "rules between parameters (gen refuses a configuration that breaks one):\n" + rules + "\n";
  return fmt::format(
      "{}: {}\n\nusage: cimgen gen {} [NAME=VALUE ...] [--config FILE] [--period NS] [--io-delay F] -o DIR\n\nparameters:\n{}\n{}"
      "--config FILE reads NAME = VALUE lines (TOML/INI); command-line assignments override it.\n"
      "Writes DIR/{}.v (and submodules), DIR/{}.json (manifest: parameters, rules, derived widths, ports), DIR/{}.h,\n"
      "DIR/{}.sdc (clock on clk_i at --period ns, I/O delays --io-delay of the period, an asynchronous reset as a\n"
      "false path) and, for a block with formal properties, DIR/{}.sby.\n",
      b->name(), b->description(), b->name(), params_help(b->params()), rules, b->name(), b->name(), b->name(),
      b->name(), b->name());
}

void add_help_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("help", "Show a block's parameters, ranges and docs");
  auto block = std::make_shared<std::string>();
  cmd->add_option("block", *block, "block name (see 'cimgen list')")->required();
  cmd->callback([block] { fmt::print("{}", block_help(*block)); });
}

}  // namespace cimgen
