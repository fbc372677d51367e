// cimgen gen <block> [NAME=VALUE ...] [--config FILE] [--period NS] [--io-delay F] [--core-name VLNV]
//             [--testbench V [--tb-seed N]] -o DIR
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
  Timing timing;
  std::string core_name;
  std::string testbench;
  uint64_t tb_seed = 1;
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
  cmd->add_option("--period", a->timing.period_ns,
                  "clock period of DIR/<block>.sdc in ns, (0, 1e6] (default 10; cim_fpga: 1e9 / CLK_HZ)");
  cmd->add_option("--io-delay", a->timing.io_delay,
                  "input and output delays of DIR/<block>.sdc as a fraction of the period, [0, 0.45] (default 0.2)");
  cmd->add_option("--core-name", a->core_name,
                  "VLNV of DIR/<block>.core, vendor:library:name:version (default cimgen:blocks:<block>:<version>)");
  cmd->add_option("--testbench", a->testbench,
                  "V: also write the self-checking Verilog testbench DIR/<block>_tb.v and its vectors from the model");
  cmd->add_option("--tb-seed", a->tb_seed, "with --testbench: the seed of the random vectors (default 1)");
  cmd->callback([a, cmd] {
    if (a->help) {
      fmt::print("{}", a->block.empty() ? cmd->help() : block_help(a->block));
      return;
    }
    if (a->block.empty()) throw UserError("gen: missing block name (run 'cimgen list')");
    const Block* b = find_block(a->block);
    if (!b) throw UserError(fmt::format("unknown block '{}' (run 'cimgen list')", a->block));
    if (a->out.empty()) throw UserError("gen: missing output directory -o DIR");
    if (cmd->count("--period") && !(a->timing.period_ns > 0 && a->timing.period_ns <= kMaxPeriodNs))
      throw UserError(fmt::format("gen: --period {} is out of range: the clock period in ns is in (0, {:.0f}]",
                                  a->timing.period_ns, kMaxPeriodNs));
    if (!(a->timing.io_delay >= 0 && a->timing.io_delay <= kMaxIoDelay))
      throw UserError(fmt::format("gen: --io-delay {} is out of range: a fraction of the period in [0, {}]",
                                  a->timing.io_delay, kMaxIoDelay));
    if (cmd->count("--core-name"))
      if (const std::string why = vlnv_problem(a->core_name); !why.empty())
        throw UserError(fmt::format("gen: --core-name {}: {}", a->core_name, why));
    if (cmd->count("--testbench") && a->testbench != "V")
      throw UserError(fmt::format("gen: --testbench {}: the one testbench language is V (Verilog-2005)", a->testbench));
    if (cmd->count("--tb-seed") && !cmd->count("--testbench"))
      throw UserError("gen: --tb-seed goes with --testbench V");
    std::vector<std::string> file;
    if (!a->config.empty()) {
      std::vector<std::string> blocks;
      for (const Block* x : registry()) blocks.push_back(x->name());
      file = read_config_assignments(a->config, b->name(), blocks);
    }
    const Params p = bind_params(b->params(), override_assignments(file, a->assignments), b->name());
    write_files(a->out, generate(*b, p, a->timing, a->core_name,
                                 a->testbench.empty() ? std::nullopt : std::optional<uint64_t>(a->tb_seed)));
  });
}

}  // namespace cimgen
