// TRQ calibration: search ADC settings (and the gain shift k) on a captured
// workload, minimising comparisons at a SINAD floor or maximising SINAD at a
// comparison budget; one setting per layer or a table per significance.
#pragma once

#include "workload.hpp"

#include <functional>
#include <string>
#include <vector>

namespace cim {

// Every legal setting for N: uniform, then TRQ in both search orders.
std::vector<TrqSetting> all_settings(int N);

struct Goal {
  bool budget_mode = false;  // false: min comparisons s.t. SINAD >= floor
  double floor_db = 45;
  double budget = 8;         // comparisons per conversion
};

struct Choice {
  AdcConfig adc;
  Metrics m;
  bool feasible = false;
};

// Better of two evaluated choices under the goal.
bool better(const Goal& g, const Choice& a, const Choice& b);

// What a search evaluates: the metrics of one ADC configuration.
using Evaluator = std::function<Metrics(const AdcConfig&)>;

// Best single setting at gain shift k.
Choice best_single(const Evaluator& eval, int N, int k, const Goal& g);
// Per-significance table for significances 0..max_sig, improved greedily
// from `start` (lowest significance first), one entry at a time.
Choice best_table(const Evaluator& eval, const Choice& start, int max_sig, const Goal& g);

// Convenience forms on a captured workload.
Choice best_single(const Captured& cap, int N, const Goal& g);
Choice best_table(const Captured& cap, const Choice& start, const Goal& g);

// ADC input samples without the layer: each tagged with its output, its
// significance b_t + j*PR and its sign in the shift-and-add. The reference
// for the error is the unquantized sum of the samples (the analog result),
// so the SINAD measures what the ADC settings cost.
struct SampleSet {
  int k = 0;  // gain shift the samples were taken with (v is in ADC LSBs)
  struct S {
    long output;
    int significance;
    int sign;
    double v;
  };
  std::vector<S> samples;  // grouped by output
  int max_significance() const;
};
// CSV lines "output,significance,sign,v"; throws std::runtime_error naming
// the file and line.
SampleSet read_samples(const std::string& path, int k);
std::string samples_csv(const Captured& cap);
Metrics evaluate_samples(const SampleSet& s, const AdcConfig& adc);

}  // namespace cim
