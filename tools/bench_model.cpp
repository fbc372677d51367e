// Speed of the crossbar model in cell-reads per second (one cell-read = one
// row x column x slice term) on a 128 x 128 layer (128 rows, 128 neurons),
// 8-bit inputs and weights, 1-bit cells and DACs: the naive loop, the ideal
// popcount path and the non-ideal paths. Printed as figures and ratios.
#include "crossbar.hpp"
#include "fast.hpp"
#include "workload.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

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
}  // namespace

int main() {
  Layer L;
  L.PI = 8, L.PW = 8, L.PD = 1, L.PR = 1, L.enc = WEnc::Unsigned;
  Distributions d;
  d.w_gauss = false;
  const Workload w = random_workload(L, 128, 128, 64, d, 1);
  const int T = num_slices(L.PI, false, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc);
  const double reads = 128.0 * 128 * J * T;
  volatile int64_t sink = 0;

  // Naive: a plain loop over rows, slices and cell bits.
  const double naive = rate(reads, [&](long i) {
    const auto& x = w.X[size_t(i % 64)];
    int64_t acc = 0;
    for (int c = 0; c < 128; ++c)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t)
          for (int r = 0; r < 128; ++r)
            acc += int64_t(slice_value(x[size_t(r)], t, 8, false, 1)) * cell_value(uint32_t(w.W[size_t(r)][size_t(c)]), j, 1);
    sink = sink + acc;
  });
  const PackedLayer pk(L, w.W);
  std::vector<int64_t> sums;
  const double ideal = rate(reads, [&](long i) {
    pk.sums(w.X[size_t(i % 64)], sums);
    sink = sink + sums[0];
  });
  NonIdeal ni;
  ni.d2d_sigma = 0.1;
  ni.read_noise = std::getenv("NO_NOISE") ? 0.0 : 0.5;
  ni.r_wire = 1.0;
  const Crossbar xb(L, w.W, ni);
  const double per_conv = rate(reads, [&](long i) {
    const auto& x = w.X[size_t(i % 64)];
    double acc = 0;
    for (int c = 0; c < 128; ++c)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t) acc += xb.v(x, t, j, 0, c, 0, xb.conversion_key(uint64_t(i), t, j, 0, c));
    sink = sink + int64_t(acc);
  });
  std::vector<double> v;
  const double nonideal = rate(reads, [&](long i) {
    all_v(xb, w.X[size_t(i % 64)], 0, uint64_t(i), v);
    sink = sink + int64_t(v[0]);
  });
  std::printf("model speed, 128 rows x 128 neurons, PI=PW=8, PD=PR=1 (%.0f cell-reads per vector):\n", reads);
  std::printf("  naive loop over bits          %10.3g cell-reads/s   1.0x\n", naive);
  std::printf("  ideal, bit-plane popcount     %10.3g cell-reads/s  %6.1fx   (target 1e11)\n", ideal, ideal / naive);
  std::printf("  non-ideal, per conversion     %10.3g cell-reads/s  %6.1fx\n", per_conv, per_conv / naive);
  std::printf("  non-ideal, whole layer        %10.3g cell-reads/s  %6.1fx   (target 1e10)\n", nonideal, nonideal / naive);
  return sink == 42 ? 1 : 0;
}
