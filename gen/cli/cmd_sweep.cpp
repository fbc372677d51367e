// cimgen sweep: the configurations each block is tested with, one per line:
//   <block> <config> <tags> NAME=VALUE ...
// tags: comma-separated "ref" (committed under rtl/), "formal" (proved by
// make formal), "vectors=V" (random vectors per seed in make test, where the
// block's vectors are bigger than the default's), or "-". CMake reads this list (via rtl/sweep.txt) to create
// one Verilator regression target per configuration; the scripts that want one tag's configurations ask
// `cimgen sweep --tag ref` rather than parse the tags themselves.
#include "block.hpp"
#include "commands.hpp"

#include <fmt/format.h>

#include <memory>

namespace cimgen {

void add_sweep_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("sweep", "List the test and reference configurations of every block");
  auto random = std::make_shared<int>(-1);
  auto seed = std::make_shared<uint64_t>(1);
  auto only = std::make_shared<std::string>();
  auto max_bytes = std::make_shared<size_t>(0);
  auto tag = std::make_shared<std::string>();
  cmd->add_option("--random", *random,
                  "instead, random legal configurations: every range's edges, then this many random ones per block "
                  "(tag 'random')")
      ->check(CLI::Range(0, 10000));
  cmd->add_option("--seed", *seed, "seed of --random")->check(CLI::Range(uint64_t(1), uint64_t(1) << 62));
  cmd->add_option("--block", *only, "only this block");
  cmd->add_option("--max-bytes", *max_bytes,
                  "with --random: random draws have at most this many bytes of RTL; edges past it are tagged 'big' "
                  "(0: no bound)");
  cmd->add_option("--tag", *tag, "only the configurations with this tag (ref, formal, vectors, random, big)")
      ->check(CLI::IsMember({"ref", "formal", "vectors", "random", "big"}));
  cmd->callback([random, seed, only, max_bytes, tag] {
    if (!only->empty() && !find_block(*only)) throw UserError(fmt::format("unknown block '{}' (run 'cimgen list')", *only));
    for (const Block* b : registry()) {
      if (!only->empty() && b->name() != *only) continue;
      if (*random >= 0) {
        for (const auto& c : random_configs(*b, *random, *seed, *max_bytes)) {
          if (!tag->empty() && *tag != "random" && !(*tag == "big" && c.big)) continue;
          fmt::print("{} {} {} {}\n", b->name(), c.name, c.big ? "random,big" : "random",
                     params_text(b->params(), bind_params(b->params(), c.assignments, b->name())));
        }
        continue;
      }
      for (const auto& c : b->sweep()) {
        // Validate here so that a bad sweep entry fails the build, not a test.
        const Params p = bind_params(b->params(), c.assignments, b->name());
        b->derive(p);
        if (!tag->empty() && !((*tag == "ref" && c.reference) || (*tag == "formal" && c.formal) ||
                               (*tag == "vectors" && c.vectors > 0)))
          continue;
        std::string tags;
        if (c.reference) tags += "ref";
        if (c.formal) tags += std::string(tags.empty() ? "" : ",") + "formal";
        if (c.vectors > 0) tags += std::string(tags.empty() ? "" : ",") + fmt::format("vectors={}", c.vectors);
        fmt::print("{} {} {} {}\n", b->name(), c.name, tags.empty() ? "-" : tags, params_text(b->params(), p));
      }
    }
  });
}

}  // namespace cimgen
