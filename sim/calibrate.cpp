#include "calibrate.hpp"

#include <cmath>

namespace cim {

std::vector<TrqSetting> all_settings(int N) {
  std::vector<TrqSetting> out = {TrqSetting{}};
  for (SearchOrder order : {SearchOrder::Threshold, SearchOrder::MsbFirst})
    for (int bexp = 1; bexp <= N - 1; ++bexp)
      for (int s1 = 0; s1 < bexp; ++s1)
        for (int s2 = s1; s2 <= N - 1; ++s2) {
          const TrqSetting s{true, order, bexp, s1, s2};
          if (trq_check(N, s).empty()) out.push_back(s);
        }
  return out;
}

namespace {
double sinad(const Metrics& m) { return std::isfinite(m.err.sinad_db) ? m.err.sinad_db : 1e9; }
}  // namespace

bool better(const Goal& g, const Choice& a, const Choice& b) {
  if (a.feasible != b.feasible) return a.feasible;
  if (!a.feasible) {  // neither meets the goal: closer is better
    return g.budget_mode ? a.m.avg_cmp < b.m.avg_cmp : sinad(a.m) > sinad(b.m);
  }
  if (g.budget_mode) {
    if (sinad(a.m) != sinad(b.m)) return sinad(a.m) > sinad(b.m);
    return a.m.avg_cmp < b.m.avg_cmp;
  }
  if (a.m.avg_cmp != b.m.avg_cmp) return a.m.avg_cmp < b.m.avg_cmp;
  return sinad(a.m) > sinad(b.m);
}

namespace {
Choice judge(const Captured& cap, const AdcConfig& adc, const Goal& g) {
  Choice c;
  c.adc = adc;
  c.m = evaluate(cap, adc);
  c.feasible = g.budget_mode ? c.m.avg_cmp <= g.budget + 1e-12 : sinad(c.m) >= g.floor_db;
  return c;
}
}  // namespace

Choice best_single(const Captured& cap, int N, const Goal& g) {
  Choice best;
  bool have = false;
  for (const TrqSetting& s : all_settings(N)) {
    AdcConfig a;
    a.N = N;
    a.k = cap.k;
    a.setting = s;
    const Choice c = judge(cap, a, g);
    if (!have || better(g, c, best)) best = c, have = true;
  }
  return best;
}

Choice best_table(const Captured& cap, const Choice& start, const Goal& g) {
  const Layer& L = cap.L;
  int max_sig = 0;
  for (const auto& cv : cap.convs) max_sig = std::max(max_sig, cv.significance);
  Choice best = start;
  if (best.adc.table.empty()) best.adc.table.assign(size_t(max_sig + 1), start.adc.setting);
  const auto settings = all_settings(best.adc.N);
  (void)L;
  for (int pass = 0; pass < 2; ++pass)
    for (int sig = 0; sig <= max_sig; ++sig) {
      Choice round = best;
      for (const TrqSetting& s : settings) {
        AdcConfig a = best.adc;
        a.table[size_t(sig)] = s;
        const Choice c = judge(cap, a, g);
        if (better(g, c, round)) round = c;
      }
      best = round;
    }
  return best;
}

}  // namespace cim
