// cimgen stack: the schedule of network layers on a stacked crossbar (seed
// 004, block stack_ctl) in each mode, from the model (blocks/stack_ctl/stack_ctl_model.hpp): when
// each layer is written and read, the cycles in which one half is read while
// the other is written, and deep-net's speed-up over a single array that
// stops to be reprogrammed.
#include "block.hpp"
#include "commands.hpp"
#include "stack_ctl_model.hpp"

#include <fmt/format.h>

#include <memory>

namespace cimgen {

void add_stack_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("stack", "Print the write/read schedule of a stacked crossbar in each mode");
  auto assignments = std::make_shared<std::vector<std::string>>();
  cmd->add_option("assignments", *assignments, "NAME=VALUE: R, TPROG, SETTLE (as block stack_ctl)");
  auto vectors_text = std::make_shared<std::string>("10,10,10,10");
  cmd->add_option("--vectors", *vectors_text, "vectors of each network layer, comma-separated, each 1..1000000 (default 10,10,10,10)");
  cmd->callback([assignments, vectors_text] {
    const auto vectors = std::make_shared<std::vector<int>>(parse_count_list("--vectors", *vectors_text, 1, 1000000));
    // Block stack_ctl's own declarations of the timing parameters, so ranges and defaults agree.
    std::vector<ParamSpec> specs;
    for (const ParamSpec& ps : find_block("stack_ctl")->params())
      if (ps.name == "R" || ps.name == "TPROG" || ps.name == "SETTLE") specs.push_back(ps);
    const Params p = bind_params(specs, *assignments, "stack");
    const cim::stack::Timing t{int(p.get("R")), int(p.get("TPROG")), int(p.get("SETTLE"))};
    using cim::stack::Mode;
    fmt::print("cimgen stack: {}, {} layers of {} vectors\n", params_text(specs, p), vectors->size(),
               fmt::join(*vectors, " "));
    fmt::print("a row takes {} cycles to write, a layer {} ({} in expansion mode, 2R rows); a vector {} to read\n",
               cim::stack::row_cycles(t), t.R * cim::stack::row_cycles(t), 2 * t.R * cim::stack::row_cycles(t),
               cim::stack::vector_cycles(t));
    const auto single = cim::stack::schedule(Mode::Single, t, *vectors);
    const auto deep = cim::stack::schedule(Mode::DeepNet, t, *vectors);
    const auto expansion = cim::stack::schedule(Mode::Expansion, t, *vectors);
    const auto line = [](const char* name, const cim::stack::Schedule& s, const char* what) {
      fmt::print("{:<9}  {:>8} cycles, {:>7} of them writing while reading  ({})\n", name, s.total, s.overlap, what);
    };
    line("single", single, "one array of R rows, stopped to be reprogrammed");
    line("deepnet", deep, "one half read while the other is written");
    line("expansion", expansion, "both halves as one array of 2R rows per column");
    fmt::print("deep-net speed-up over a single array: {:.2f} ({:.0f}% less time)\n",
               double(single.total) / double(deep.total), 100.0 * double(single.total - deep.total) / double(single.total));
    const auto span = [](int64_t a, int64_t b) { return fmt::format("{}-{}", a, b); };
    fmt::print("{:>5}  {:>13} {:>13}  {:>13} {:>13}\n", "layer", "single write", "single read", "deepnet write",
               "deepnet read");
    for (size_t k = 0; k < vectors->size(); ++k)
      fmt::print("{:>5}  {:>13} {:>13}  {:>13} {:>13}\n", k, span(single.write_start[k], single.write_end[k]),
                 span(single.read_start[k], single.read_end[k]), span(deep.write_start[k], deep.write_end[k]),
                 span(deep.read_start[k], deep.read_end[k]));
  });
}

}  // namespace cimgen
