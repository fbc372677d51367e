// cimgen gen <block> [NAME=VALUE ...] [--config FILE] -o DIR
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

#include <memory>

namespace cimgen {

namespace {
struct GenArgs {
  std::string block;
  std::vector<std::string> assignments;
  std::string config;
  std::string out;
  bool help = false;
};
}  // namespace

void add_gen_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("gen", "Generate a block's Verilog, manifest and C header");
  auto a = std::make_shared<GenArgs>();
  cmd->set_help_flag();  // `gen <block> --help` shows the block's parameters
  cmd->add_flag("-h,--help", a->help, "show the block's parameters (or this help without a block)");
  cmd->add_option("block", a->block, "block name (see 'cimgen list')");
  cmd->add_option("assignments", a->assignments, "parameter values NAME=VALUE");
  cmd->add_option("--config", a->config, "TOML/INI file of NAME = VALUE lines, overridden by the command line");
  cmd->add_option("-o,--out", a->out, "output directory (created if missing)");
  cmd->callback([a, cmd] {
    if (a->help) {
      fmt::print("{}", a->block.empty() ? cmd->help() : block_help(a->block));
      return;
    }
    if (a->block.empty()) throw UserError("gen: missing block name (run 'cimgen list')");
    const Block* b = find_block(a->block);
    if (!b) throw UserError(fmt::format("unknown block '{}' (run 'cimgen list')", a->block));
    if (a->out.empty()) throw UserError("gen: missing output directory -o DIR");
    std::vector<std::string> file;
    if (!a->config.empty()) {
      std::vector<std::string> blocks;
      for (const Block* x : registry()) blocks.push_back(x->name());
      file = read_config_assignments(a->config, b->name(), blocks);
    }
    const Params p = bind_params(b->params(), override_assignments(file, a->assignments), b->name());
    write_files(a->out, generate(*b, p));
  });
}

}  // namespace cimgen
