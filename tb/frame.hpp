// The one command line of every Verilator testbench:
//   V<block> [--seeds S] [--vectors V] [--trace FILE.fst] [the block's own options] [--help]
// A testbench declares its defaults and its own options, then runs its seeds:
//   tb::Frame f("trq_sar against the ADC model", 3, 4000);
//   f.option("--samples", samples, "FILE", "...");
//   if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
//   for (int s = 1; s <= f.seeds; ++s) ...
// A bad argument gets one line on stderr naming it, and exit code 2. (Not CLI11: its header costs 6 s of
// compile time in each of the regression's 84 testbench builds and in every mutation campaign's.)
// --trace writes an FST waveform of the first harness the testbench opens (seed 1), when the testbench was
// verilated with --trace-fst (make trace); open it with `gtkwave FILE.fst`.
#pragma once

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace tb {

// The waveform file the next Harness opens (then cleared: one trace per run).
inline std::string& trace_path() {
  static std::string path;
  return path;
}

class Frame {
 public:
  Frame(const std::string& what, int default_seeds, long default_vectors)
      : seeds(default_seeds), vectors(default_vectors), what_(what) {
    option("--seeds", seeds, "seeds to run", 0, 1000000);
    option("--vectors", vectors, "random vectors (or jobs) per seed", 0, 100000000);
    option("--trace", trace, "FILE.fst", "write an FST waveform of the first seed to this file");
  }

  // A block's own options: an integer in lo..hi, a string (its value named meta in --help), a flag.
  void option(const std::string& name, int& target, const std::string& help, long lo, long hi) {
    opts_.push_back({name, "N", help, nullptr, &target, nullptr, nullptr, lo, hi});
  }
  void option(const std::string& name, long& target, const std::string& help, long lo, long hi) {
    opts_.push_back({name, "N", help, nullptr, nullptr, &target, nullptr, lo, hi});
  }
  void option(const std::string& name, std::string& target, const std::string& meta, const std::string& help) {
    opts_.push_back({name, meta, help, &target, nullptr, nullptr, nullptr, 0, 0});
  }
  void flag(const std::string& name, bool& target, const std::string& help) {
    opts_.push_back({name, "", help, nullptr, nullptr, nullptr, &target, 0, 0});
  }

  // Parses argv. Returns -1 to go on, or the exit code: 0 after --help, 2 after a bad argument.
  int parse(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      if (a == "-h" || a == "--help") {
        std::printf("%s\nusage: %s [options]\n", what_.c_str(), argv[0]);
        for (const auto& o : opts_)
          std::printf("  %-24s %s\n", (o.name + (o.meta.empty() ? "" : " " + o.meta)).c_str(), o.help.c_str());
        return 0;
      }
      const Opt* o = find(a);
      if (!o) return bad(argv[0], a + ": unknown option (--help lists them)");
      if (o->flag) {
        *o->flag = true;
        continue;
      }
      if (i + 1 >= argc) return bad(argv[0], a + " needs a value");
      const std::string v = argv[++i];
      if (o->text) {
        *o->text = v;
        continue;
      }
      errno = 0;
      char* end = nullptr;
      const long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || errno != 0 || n < o->lo || n > o->hi)
        return bad(argv[0], a + " " + v + ": not an integer in " + std::to_string(o->lo) + ".." + std::to_string(o->hi));
      if (o->i) *o->i = int(n);
      if (o->l) *o->l = n;
    }
    if (!trace.empty()) {
#if !VM_TRACE_FST
      return bad(argv[0], "--trace " + trace + ": this testbench was built without --trace-fst (make trace)");
#else
      if (!std::ofstream(trace)) return bad(argv[0], "--trace " + trace + ": cannot write the file");
#endif
    }
    trace_path() = trace;
    return -1;
  }

  int seeds;
  long vectors;
  std::string trace;

 private:
  struct Opt {
    std::string name, meta, help;
    std::string* text;
    int* i;
    long* l;
    bool* flag;
    long lo, hi;
  };
  const Opt* find(const std::string& name) const {
    for (const auto& o : opts_)
      if (o.name == name) return &o;
    return nullptr;
  }
  static int bad(const char* prog, const std::string& why) {
    std::fprintf(stderr, "%s: %s\n", prog, why.c_str());
    return 2;
  }
  std::string what_;
  std::vector<Opt> opts_;
};

}  // namespace tb
