// Clocking shared by the Verilator testbenches: a Verilated top with clk_i
// and rst_ni, its context, and the random source that drives it.
#pragma once

#include "frame.hpp"
#include "verilated.h"
#if VM_TRACE_FST
#include "verilated_fst_c.h"
#endif

#include <memory>
#include <cstdio>
#if VM_COVERAGE
#include <unistd.h>
#endif
#include <cstdlib>
#include <random>
#include <string>

template <class Top>
class Harness {
 public:
  explicit Harness(uint64_t seed) : rng_(seed) {
    ctx_ = std::make_unique<VerilatedContext>();
    ctx_->randReset(2);  // random initial state
    ctx_->randSeed(static_cast<int>(seed & 0x7fffffff));
    // A mutant schema (tools/mutate.sh) runs the mutant its +mutant=ID names;
    // CIMGEN_MUTANT passes it through.
    const char* mutant = std::getenv("CIMGEN_MUTANT");
    const std::string arg = std::string("+mutant=") + (mutant ? mutant : "0");
    const char* args[] = {"tb", arg.c_str()};
    ctx_->commandArgs(2, args);
#if VM_TRACE_FST
    const bool trace = !tb::trace_path().empty();  // --trace: the first harness opened writes the waveform
    if (trace) ctx_->traceEverOn(true);
#endif
    top_ = std::make_unique<Top>(ctx_.get(), "top");
#if VM_TRACE_FST
    if (trace) {
      fst_ = std::make_unique<VerilatedFstC>();
      top_->trace(fst_.get(), 99);
      fst_->open(tb::trace_path().c_str());
      tb::trace_path().clear();
    }
#endif
  }
  ~Harness() {
    top_->final();
#if VM_COVERAGE
    // make coverage (tools/coverage.sh): each harness's counts go to a file of their own in
    // CIMGEN_COVERAGE_DIR; verilator_coverage merges them.
    static int harnesses = 0;
    const char* dir = std::getenv("CIMGEN_COVERAGE_DIR");
    const std::string path = std::string(dir && *dir ? dir : ".") + "/cov_" + std::to_string(getpid()) + "_" +
                             std::to_string(harnesses++) + ".dat";
    ctx_->coveragep()->write(path.c_str());
#endif
#if VM_TRACE_FST
    if (fst_) fst_->close();
#endif
  }

  // One clock cycle: rising edge, then falling edge. With --trace, three samples per cycle: the inputs the
  // testbench has set (clock low), the rising edge, the falling edge.
  void tick() {
#if VM_TRACE_FST
    if (fst_) {
      top_->eval();
      fst_->dump(ctx_->time());
      ctx_->timeInc(1);
    }
#endif
    top_->clk_i = 1;
    top_->eval();
    dump();
    ctx_->timeInc(1);
    top_->clk_i = 0;
    top_->eval();
    dump();
    ctx_->timeInc(1);
  }
  void dump() {
#if VM_TRACE_FST
    if (fst_) fst_->dump(ctx_->time());
#endif
  }

  // rst_ni low for `cycles` clocks with the inputs quiet() sets (0: a pulse
  // between two clock edges, which only an asynchronous reset sees). False if
  // idle() (the outputs a reset must clear) fails after any clock of the reset
  // or at its release.
  template <class Quiet, class Idle>
  bool reset(int cycles, Quiet quiet, Idle idle) {
    top_->rst_ni = 1;  // so that the fall below is an edge, whatever the initial state
    top_->eval();
    top_->rst_ni = 0;
    quiet();
    top_->clk_i = 0;
    top_->eval();
    bool ok = true;
    for (int i = 0; i < cycles; ++i) {
      tick();
      ok = ok && idle();
    }
    top_->rst_ni = 1;
    top_->eval();
    return ok && idle();
  }
  template <class Quiet>
  void reset(int cycles, Quiet quiet) {
    reset(cycles, quiet, [] { return true; });
  }

  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  std::mt19937_64& rng() { return rng_; }
  Top& top() { return *top_; }

 private:
  std::mt19937_64 rng_;
  std::unique_ptr<VerilatedContext> ctx_;
  std::unique_ptr<Top> top_;
#if VM_TRACE_FST
  std::unique_ptr<VerilatedFstC> fst_;
#endif
};

// A testbench with only the frame's options (tb::Frame): run(seed, V) for S seeds (seed s is s * 1000003);
// 2 on a bad argument, 1 on the first failing seed.
template <class Run>
int run_seeds(int argc, char** argv, const std::string& what, int seeds, int vectors, Run run) {
  tb::Frame f(what, seeds, vectors);
  if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
  for (int s = 1; s <= f.seeds; ++s)
    if (run(uint64_t(s) * 1000003, int(f.vectors))) return 1;
  return 0;
}

// The frame of a co-simulation testbench: the harness and its top, the seed,
// the cycles run, the random source, one-line failure messages.
template <class Top>
class TbBase {
 public:
  explicit TbBase(uint64_t seed) : h_(seed), t_(h_.top()), seed_(seed) {}
  long cycles() const { return cycle_; }

 protected:
  std::mt19937_64& rng() { return h_.rng(); }
  bool chance(double p) { return h_.chance(p); }
  // Prints the failure with the seed and cycle; returns false.
  bool fail(const std::string& what) {
    std::printf("FAIL seed %llu cycle %ld: %s\n", (unsigned long long)seed_, cycle_, what.c_str());
    return false;
  }
  void tick() {
    h_.tick();
    ++cycle_;
  }
  template <class... A>
  static std::string fmt(const char* f, A... a) {
    char buf[1024];
    std::snprintf(buf, sizeof buf, f, a...);
    return buf;
  }

  Harness<Top> h_;
  Top& t_;
  uint64_t seed_;
  long cycle_ = 0;
};

// run_seeds over testbenches Tb(seed, stats) whose run(vectors) is false on a
// failure; their cycles add up in stats.cycles.
template <class Tb, class Stats>
int run_tbs(int argc, char** argv, const std::string& what, int seeds, int vectors, Stats& st) {
  return run_seeds(argc, argv, what, seeds, vectors, [&](uint64_t seed, int v) {
    Tb b(seed, st);
    const bool ok = b.run(v);
    st.cycles += b.cycles();
    return !ok;
  });
}
