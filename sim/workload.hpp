// Layer workloads (random or from CSV files) and their evaluation through the
// crossbar model: the error, comparison and histogram figures of `cimgen
// model`, `cimgen trq-calibrate` and the study.
#pragma once

#include "crossbar.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cim {

struct Distributions {
  // Weights: uniform over the encoding's range, or Gaussian(0, w_sigma)
  // rounded and clipped to it.
  bool w_gauss = true;
  double w_sigma = 30;
  // Inputs: 0 with probability x_zero, otherwise uniform over the input
  // range (x_mean <= 0) or exponential with mean x_mean, rounded and clipped.
  double x_zero = 0.5;
  double x_mean = 40;
};
std::string distributions_check(const Distributions& d);

struct Workload {
  Layer L;
  std::vector<std::vector<int64_t>> W;   // R x C
  std::vector<std::vector<int64_t>> X;   // vectors x R
};

Workload random_workload(const Layer& L, int R, int C, int vectors, const Distributions& d, uint64_t seed);

// CSV: weights are R lines of C integers; inputs are one vector of R
// integers per line. Blank lines and lines starting with # are skipped.
// Throws std::runtime_error with one line naming the file, line and problem.
std::vector<std::vector<int64_t>> read_csv(const std::string& path);
// Checks shapes and ranges against the layer; empty if fine.
std::string workload_check(const Workload& w);

// Every conversion of a workload with its real ADC input, fixed once per
// (workload, non-idealities, k) so that many ADC settings can be compared.
struct Captured {
  Layer L;
  int R = 0, C = 0, k = 0;
  double cmp_offset = 0;
  struct Conv {
    double v;
    int t, j, set, significance;
  };
  std::vector<Conv> convs;        // vectors x neurons x per-dot-product conversions
  std::vector<int64_t> xsum;      // per vector
  std::vector<int64_t> exact;     // per vector x neuron
  int per_output = 0;             // conversions per output
};
Captured capture(const Workload& w, const NonIdeal& ni, int k);

struct Metrics {
  ErrorStats err;
  double avg_cmp = 0;        // comparisons per conversion
  double conv_per_output = 0;
};
// Converts every captured ADC input with the given settings and compares the
// layer outputs with the exact products.
Metrics evaluate(const Captured& cap, const AdcConfig& adc);

// Histogram of ADC inputs: `bins` equal bins over [0, hi).
struct Histogram {
  double lo = 0, hi = 1;
  std::vector<long> counts;
  long below = 0, above = 0;
};
Histogram histogram(const Captured& cap, int bins, double hi);

}  // namespace cim
