// The one command line of every Verilator testbench (CLI11):
//   V<block> [--seeds S] [--vectors V] [--trace FILE.fst] [the block's own options]
// A testbench declares its defaults and its own options, then runs its seeds:
//   tb::Frame f("trq_sar against the ADC model", 3, 4000);
//   f.app.add_option("--samples", samples, "...");
//   if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
//   for (int s = 1; s <= f.seeds; ++s) ...
// --trace writes an FST waveform of the first harness the testbench opens (seed 1), when the testbench was
// verilated with --trace-fst (the regression's builds are); open it with `gtkwave FILE.fst`.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <string>

namespace tb {

// The waveform file the next Harness opens (then cleared: one trace per run).
inline std::string& trace_path() {
  static std::string path;
  return path;
}

class Frame {
 public:
  Frame(const std::string& what, int default_seeds, long default_vectors)
      : app(what), seeds(default_seeds), vectors(default_vectors) {
    app.add_option("--seeds", seeds, "seeds to run")->check(CLI::Range(0, 1000000));
    app.add_option("--vectors", vectors, "random vectors (or jobs) per seed")->check(CLI::Range(0L, 100000000L));
    app.add_option("--trace", trace, "write an FST waveform of the first seed to this file");
    app.allow_extras(false);
  }

  // Parses argv. Returns -1 to go on, or the exit code: 0 after --help, 2 after a bad argument (one line on
  // stderr naming it).
  int parse(int argc, char** argv) {
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      std::printf("%s", app.help().c_str());
      return 0;
    } catch (const CLI::ParseError& e) {
      std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
      return 2;
    }
#if !VM_TRACE_FST
    if (!trace.empty()) {
      std::fprintf(stderr, "%s: --trace %s: this testbench was built without --trace-fst\n", argv[0], trace.c_str());
      return 2;
    }
#else
    if (!trace.empty() && !std::ofstream(trace)) {
      std::fprintf(stderr, "%s: --trace %s: cannot write the file\n", argv[0], trace.c_str());
      return 2;
    }
#endif
    trace_path() = trace;
    return -1;
  }

  CLI::App app;
  int seeds;
  long vectors;
  std::string trace;
};

}  // namespace tb
