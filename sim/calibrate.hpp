// TRQ calibration: search ADC settings (and the gain shift k) on a captured
// workload, minimising comparisons at a SINAD floor or maximising SINAD at a
// comparison budget; one setting per layer or a table per significance.
#pragma once

#include "workload.hpp"

#include <functional>
#include <string>
#include <utility>
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

// An evaluator that judges by the worse of two: the lower SINAD, the larger errors and the more
// comparisons per conversion.
Evaluator worse_of(Evaluator a, Evaluator b);
// The vectors of a captured workload in two halves, alternately (vectors 0, 2, 4 ... and 1, 3, 5 ...).
std::pair<Captured, Captured> split_halves(const Captured& cap);

// Calibration that generalises: the vectors are split in two halves (split_halves) and every candidate
// is judged by its worse half (worse_of), so a setting or a table entry is taken only if it meets the
// goal on both. A table (floor mode) must reach the floor plus kTableMarginDb so judged, starting from
// the best single setting, and is returned only if it then needs fewer comparisons than that setting:
// a table's extra freedom fits the calibration vectors to the floor exactly, and the margin keeps
// unseen vectors above it. The metrics returned are those of the whole capture (feasible: on the
// halves). With one vector there are no halves: best_single and best_table on it. The study (cmd_study.cpp) and the network experiment show it on held-out data.
inline constexpr double kTableMarginDb = 1.0;
Choice calibrate(const Captured& cap, int N, const Goal& g, bool per_significance);

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
