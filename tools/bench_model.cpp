// Speed of the crossbar model, as shipped (the cimsim library that cimgen, the testbenches and the Python
// module link), in cell-reads per second per core: one cell-read is one row x column x slice term. The
// layer is 128 rows x 128 neurons, 8-bit inputs and weights, 1-bit cells and DACs (J = 8 columns per
// neuron, T = 8 slices). Two input sets:
//   sparse  half the inputs 0, the rest exponential with mean 40 (ReLU activations; the study's workload):
//           the fast paths skip zero slices, which still count as cell-reads;
//   dense   every input uniform on 1..255.
// The ratio is to this core's limit for the ideal path, one 512-bit AND + popcount per cycle (512 cell-reads
// per cycle at the clock /proc/cpuinfo reports), and for the non-ideal path one 512-bit double add per
// cycle (8 cell-reads per cycle). Targets (dense): ideal >= 3e11, non-ideal >= 2e10 cell-reads/s.
#include "crossbar.hpp"
#include "fast.hpp"
#include "workload.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

using namespace cim;

namespace {
double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

template <class F>
double rate(double reads_per_call, F f) {
  // Repeat until at least 0.3 s have passed.
  long calls = 0;
  const auto t0 = std::chrono::steady_clock::now();
  double s = 0;
  do {
    f(calls);
    ++calls;
    s = seconds_since(t0);
  } while (s < 0.3);
  return reads_per_call * double(calls) / s;
}

// The clock /proc/cpuinfo reports for the first core, in Hz (0 if it does not say).
double clock_hz() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("cpu MHz", 0) == 0) return std::atof(line.substr(line.find(':') + 1).c_str()) * 1e6;
  return 0;
}

struct Rates {
  double naive, ideal, per_conv, nonideal;
};

Rates measure(const Workload& w, const Crossbar& xb, double reads) {
  const Layer& L = w.L;
  const int T = num_slices(L.PI, false, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc);
  const size_t n = w.X.size();
  volatile int64_t sink = 0;
  Rates r{};
  // Naive: a plain loop over rows, slices and cell bits.
  r.naive = rate(reads, [&](long i) {
    const auto& x = w.X[size_t(i) % n];
    int64_t acc = 0;
    for (int c = 0; c < 128; ++c)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t)
          for (int row = 0; row < 128; ++row)
            acc += int64_t(slice_value(x[size_t(row)], t, 8, false, 1)) *
                   cell_value(uint32_t(w.W[size_t(row)][size_t(c)]), j, 1);
    sink = sink + acc;
  });
  const PackedLayer pk(L, w.W);
  std::vector<int64_t> sums;
  r.ideal = rate(reads, [&](long i) {
    pk.sums(w.X[size_t(i) % n], sums);
    sink = sink + sums[0];
  });
  r.per_conv = rate(reads, [&](long i) {
    const auto& x = w.X[size_t(i) % n];
    double acc = 0;
    for (int c = 0; c < 128; ++c)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t) acc += xb.v(x, t, j, 0, c, 0, xb.conversion_key(uint64_t(i), t, j, 0, c));
    sink = sink + int64_t(acc);
  });
  std::vector<double> v;
  r.nonideal = rate(reads, [&](long i) {
    all_v(xb, w.X[size_t(i) % n], 0, uint64_t(i), v);
    sink = sink + int64_t(v[0]);
  });
  return r;
}
}  // namespace

int main() {
  Layer L;
  L.PI = 8, L.PW = 8, L.PD = 1, L.PR = 1, L.enc = WEnc::Unsigned;
  Distributions d;
  d.w_gauss = false;
  const Workload sparse = random_workload(L, 128, 128, 64, d, 1);
  Workload dense = sparse;
  std::mt19937_64 rng(2);
  for (auto& x : dense.X)
    for (auto& e : x) e = int64_t(1 + rng() % 255);
  const int T = num_slices(L.PI, false, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc);
  const double reads = 128.0 * 128 * J * T;
  NonIdeal ni;
  ni.d2d_sigma = 0.1;
  ni.read_noise = std::getenv("NO_NOISE") ? 0.0 : 0.5;
  ni.r_wire = 1.0;
  const Crossbar xb(L, sparse.W, ni);
  const double hz = clock_hz();
  std::printf("model speed (the shipped library, one core, inner loops for %s), 128 rows x 128 neurons, PI=PW=8, "
              "PD=PR=1: %.0f cell-reads per vector\n",
              fast_path_isa(), reads);
  if (hz > 0)
    std::printf("limits at %.2f GHz: ideal 512 cell-reads/cycle = %.3g/s, non-ideal 8 cell-reads/cycle = %.3g/s\n",
                hz / 1e9, 512 * hz, 8 * hz);
  std::printf("%-8s %-30s %12s %8s %10s %8s\n", "inputs", "path", "cell-reads/s", "x naive", "of limit", "target");
  for (const Workload* in : {&sparse, static_cast<const Workload*>(&dense)}) {
    const bool is_dense = in == &dense;
    const Rates r = measure(*in, xb, reads);
    auto row = [&](const char* path, double v, double limit, double target) {
      std::printf("%-8s %-30s %12.3g %8.1f %10s %8s\n", is_dense ? "dense" : "sparse", path, v, v / r.naive,
                  limit > 0 ? (std::to_string(int(100 * v / limit + 0.5)) + "%").c_str() : "-",
                  target > 0 ? (std::string(v >= target ? "met " : "MISSED ") + (target >= 1e11 ? "3e11" : "2e10")).c_str()
                             : "");
    };
    row("naive loop over bits", r.naive, 0, 0);
    row("ideal, bit-plane popcount", r.ideal, 512 * hz, is_dense ? 3e11 : 0);
    row("non-ideal, per conversion", r.per_conv, 0, 0);
    row("non-ideal, whole layer", r.nonideal, 8 * hz, is_dense ? 2e10 : 0);
  }
  return 0;
}
