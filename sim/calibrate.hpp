// TRQ calibration: search ADC settings (and the gain shift k) on a captured
// workload, minimising comparisons at a SINAD floor or maximising SINAD at a
// comparison budget; one setting per layer or a table per significance.
#pragma once

#include "workload.hpp"

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

// Best single setting for the captured workload at its k.
Choice best_single(const Captured& cap, int N, const Goal& g);
// Per-significance table, improved greedily from `start` (lowest
// significance first), one entry at a time.
Choice best_table(const Captured& cap, const Choice& start, const Goal& g);

}  // namespace cim
