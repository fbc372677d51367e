// A generated block: its parameters (declared once, with ranges and docs),
// the rules between them, the derived values, the RTL and the test sweep.
// Blocks are listed in registry.cpp; everything else (CLI, `list`, sweeps,
// Verilator targets, rtl/) comes from that list.
#pragma once

#include "cim.hpp"
#include "param.hpp"
#include "testbench.hpp"
#include "vlog.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cimgen {

struct Derived {
  std::string name;
  int64_t value;
  std::string doc;
};

// A named parameter set: a test configuration or a reference configuration.
struct Config {
  std::string name;
  std::vector<std::string> assignments;
  bool reference = false;  // also committed under rtl/
  bool formal = false;     // also proved by `make formal`
  int vectors = 0;         // random vectors per seed in `make test` (0: the regression's default)
  bool big = false;        // a random configuration past the sweep's size bound (random_configs)
};

// A mutation campaign of `make mutate` on one of the block's sweep configurations: every
// `sample`-th mutant of its RTL runs the configuration's regression test (at most time_limit_s
// seconds each); a survivor's bounded miter against the original gets miter_limit_s seconds.
struct Campaign {
  std::string config;
  int sample = 1;
  int time_limit_s = 30;
  int miter_limit_s = 60;
};

// A rule between parameters that a block enforces: its text (as `help` and the
// manifest list it), the parameters it involves (named with their values when it
// is broken) and its check. Block::derive() refuses a configuration that breaks
// one; a block refuses nothing else, so `help` lists every refusal.
struct Rule {
  std::string text;
  std::vector<std::string> names;
  std::function<bool(const Params&)> holds;
  std::function<std::string(const Params&)> hint = {};  // optional: what would be legal with these values
};

class Block {
 public:
  virtual ~Block() = default;
  virtual std::string name() const = 0;
  virtual std::string description() const = 0;
  virtual std::vector<ParamSpec> params() const = 0;
  // The rules between parameters, beyond each one's range.
  virtual std::vector<Rule> rules() const { return {}; }
  // Checks rules() (UserError "<block>: <rule> (got NAME=VALUE, ...)" for the
  // first broken one) and returns every derived value (widths, counts) in the
  // order the manifest lists them.
  std::vector<Derived> derive(const Params& p) const;
  // The modules, the block's top (named after the block) first.
  virtual std::vector<vlog::Module> emit(const Params& p) const = 0;
  // Configurations the regression builds and simulates.
  virtual std::vector<Config> sweep() const = 0;
  // The mutation campaigns (`make mutate`, `cimgen list --campaigns`); each names a sweep() configuration.
  virtual std::vector<Campaign> campaigns() const { return {}; }
  // Instances of the top the formal proofs replace by unconstrained outputs
  // (Yosys cutpoint), so the properties hold for any behaviour of them.
  virtual std::vector<std::string> formal_cutpoints(const Params&) const { return {}; }
  // The clock period (ns) the block's SDC states unless `gen --period` sets one: 10 ns (100 MHz), or
  // what the block's own parameters say its clock is (cim_fpga: CLK_HZ).
  virtual double clock_period_ns(const Params&) const { return 10.0; }
  // The self-checking Verilog testbench (`gen --testbench V`): the block's handshakes as streams, filled
  // from the model with random stimulus of the given seed; nullopt for a block without one.
  virtual std::optional<vtb::Bench> testbench(const Params&, uint64_t /*seed*/) const { return std::nullopt; }

 protected:
  // The derived values of a configuration that keeps every rule.
  virtual std::vector<Derived> values(const Params& p) const = 0;
};

// Typed values of the shared parameters (param.hpp's spec), for the blocks that declare them.
namespace spec {
vlog::ResetStyle reset_style(const Params& p);  // RST
std::string reset_doc(const Params& p);         // rst_ni's port comment under RST
cim::WEnc weight_encoding(const Params& p);     // w_enc
// The rule of every block with run-time weight precisions and w_enc: a differential weight has a sign
// bit and at least one magnitude bit.
Rule differential_needs_pw2();
}  // namespace spec

// A sub-block's configuration: each of its parameters from `values` where `values` has it, else its
// default, checked against its range and the sub-block's rules like a user's configuration. A parent
// that keeps its own rules configures its sub-blocks legally, so a refusal here is a generator bug
// (logic_error naming the sub-block and the rule).
Params configure(const Block& sub, const Params& values);

// "" if p keeps every rule of b, else "<block>: <rule> (got NAME=VALUE, ...)[: hint]"
// for the first one it breaks.
std::string rule_violation(const Block& b, const Params& p);

// Random legal configurations of b: one at each edge of every parameter's range
// (every choice of an enum; the others at their defaults, or as low in their
// ranges as a legal draw found), then `count` drawn at random with at most
// max_bytes of RTL (0: any size); the same for the same seed on every
// platform. An edge configuration past max_bytes is marked `big`. logic_error
// if an edge has no legal configuration (its range would be a lie).
std::vector<Config> random_configs(const Block& b, int count, uint64_t seed, size_t max_bytes = 0);

const std::vector<const Block*>& registry();
const Block* find_block(const std::string& name);  // nullptr if unknown

// One output file of a generation run.
struct OutFile {
  std::string name;
  std::string text;
};

// The timing constraints of <block>.sdc: the clock period on clk_i (0: the block's
// clock_period_ns()) and the input/output delays as a fraction of it.
struct Timing {
  double period_ns = 0;
  double io_delay = 0.2;
};
inline constexpr double kMaxPeriodNs = 1e6;  // --period's range is (0, 1e6] ns
inline constexpr double kMaxIoDelay = 0.45;  // --io-delay's range is [0, 0.45]

// Everything `cimgen gen` writes for one configuration: <block>.v (and
// submodules), <block>.f (filelist), <block>.json (manifest), <block>.h (C header), <block>.sdc
// (timing constraints), <block>.core (FuseSoC, named core_name or default_core_name(b)) and, for a
// block with proofs, <block>.sby and its FuseSoC template <block>.sby.j2; with tb_seed, the self-checking
// Verilog testbench <block>_tb.v and its vectors <block>_tb_*.hex (UserError for a block without one).
std::vector<OutFile> generate(const Block& b, const Params& p, const Timing& timing = {},
                              const std::string& core_name = "", std::optional<uint64_t> tb_seed = std::nullopt);
// The blocks with a Verilog testbench (gen --testbench V), in registry order.
std::vector<const Block*> blocks_with_testbench();
std::string default_core_name(const Block& b);  // cimgen:blocks:<block>:<version>
// "" when vlnv is a FuseSoC VLNV (vendor:library:name:version, name and version required), else why not.
std::string vlnv_problem(const std::string& vlnv);

// Writes the files into dir atomically: all are written under temporary
// names first and renamed at the end; on any failure none is left behind.
void write_files(const std::string& dir, const std::vector<OutFile>& files);

// Writes one file as write_files does (its directory created if missing); UserError on failure.
void write_file(const std::string& path, const std::string& text);

extern const char* const kVersion;

}  // namespace cimgen
