#include "calibrate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

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
Choice judge(const Evaluator& eval, const AdcConfig& adc, const Goal& g) {
  Choice c;
  c.adc = adc;
  c.m = eval(adc);
  c.feasible = g.budget_mode ? c.m.avg_cmp <= g.budget + 1e-12 : sinad(c.m) >= g.floor_db;
  return c;
}

int max_significance(const Captured& cap) {
  int m = 0;
  for (const auto& cv : cap.convs) m = std::max(m, cv.significance);
  return m;
}
}  // namespace

Choice best_single(const Evaluator& eval, int N, int k, const Goal& g) {
  Choice best;
  bool have = false;
  for (const TrqSetting& s : all_settings(N)) {
    AdcConfig a;
    a.N = N;
    a.k = k;
    a.setting = s;
    const Choice c = judge(eval, a, g);
    if (!have || better(g, c, best)) best = c, have = true;
  }
  return best;
}

Choice best_table(const Evaluator& eval, const Choice& start, int max_sig, const Goal& g) {
  Choice best = start;
  if (best.adc.table.empty()) best.adc.table.assign(size_t(max_sig + 1), start.adc.setting);
  const auto settings = all_settings(best.adc.N);
  for (int pass = 0; pass < 2; ++pass)
    for (int sig = 0; sig <= max_sig; ++sig) {
      Choice round = best;
      for (const TrqSetting& s : settings) {
        AdcConfig a = best.adc;
        a.table[size_t(sig)] = s;
        const Choice c = judge(eval, a, g);
        if (better(g, c, round)) round = c;
      }
      best = round;
    }
  return best;
}

Choice best_single(const Captured& cap, int N, const Goal& g) {
  return best_single([&cap](const AdcConfig& a) { return evaluate(cap, a); }, N, cap.k, g);
}

Choice best_table(const Captured& cap, const Choice& start, const Goal& g) {
  return best_table([&cap](const AdcConfig& a) { return evaluate(cap, a); }, start, max_significance(cap), g);
}

int SampleSet::max_significance() const {
  int m = 0;
  for (const auto& s : samples) m = std::max(m, s.significance);
  return m;
}

SampleSet read_samples(const std::string& path, int k) {
  std::ifstream is(path);
  if (!is) throw std::runtime_error("cannot read " + path);
  SampleSet set;
  set.k = k;
  std::string line;
  int lineno = 0;
  while (std::getline(is, line)) {
    ++lineno;
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    std::istringstream ss(line);
    SampleSet::S smp{};
    char c1 = 0, c2 = 0, c3 = 0;
    if (!(ss >> smp.output >> c1 >> smp.significance >> c2 >> smp.sign >> c3 >> smp.v) || c1 != ',' || c2 != ',' ||
        c3 != ',' || !(ss >> std::ws).eof())
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": expected output,significance,sign,v");
    // v is an ADC input in LSBs: a bit-line sum (at most 15 * 15 * 4096) plus noise; far past that its
    // weighted square would overflow the SINAD's sums.
    if (smp.significance < 0 || smp.significance > 40 || (smp.sign != 1 && smp.sign != -1) || !std::isfinite(smp.v) ||
        std::fabs(smp.v) > 4294967296.0)
      throw std::runtime_error(path + ":" + std::to_string(lineno) +
                               ": significance must be 0..40, sign 1 or -1, v a finite number within +-2^32");
    if (!set.samples.empty() && smp.output < set.samples.back().output)
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": samples must be grouped by increasing output");
    set.samples.push_back(smp);
  }
  if (set.samples.empty()) throw std::runtime_error(path + ": no samples");
  return set;
}

std::string samples_csv(const Captured& cap) {
  std::string out = "# output,significance,sign,v  (v: ADC input in ADC LSBs after the gain shift k=" +
                    std::to_string(cap.k) + ")\n";
  const Layer& L = cap.L;
  char buf[96];
  for (size_t i = 0; i < cap.convs.size(); ++i) {
    const auto& c = cap.convs[i];
    const bool neg = is_sign_slice(c.t, L.PI, L.in_signed, L.PD) != (c.set == 1);
    std::snprintf(buf, sizeof buf, "%zu,%d,%d,%.17g\n", i / size_t(cap.per_output), c.significance, neg ? -1 : 1, c.v);
    out += buf;
  }
  return out;
}

Metrics evaluate_samples(const SampleSet& s, const AdcConfig& adc) {
  const std::string why = adc_check(adc);
  if (!why.empty()) throw std::invalid_argument(why);
  std::vector<double> hw, ref;
  long comparisons = 0;
  for (size_t i = 0; i < s.samples.size(); ++i) {
    const auto& x = s.samples[i];
    if (i == 0 || x.output != s.samples[i - 1].output) hw.push_back(0), ref.push_back(0);
    const double v = x.v;
    const Conversion c = convert(adc.N, adc.at(x.significance), [v](uint32_t d) { return v >= double(d); });
    comparisons += c.ncmp;
    const double scale = std::ldexp(1.0, x.significance);
    hw.back() += x.sign * double(rec(c.code, c.sexp, adc.k)) * scale;
    ref.back() += x.sign * std::ldexp(v, adc.k) * scale;
  }
  Metrics m;
  m.err = error_stats_real(hw, ref);
  m.avg_cmp = double(comparisons) / double(s.samples.size());
  m.conv_per_output = double(s.samples.size()) / double(hw.size());
  return m;
}

}  // namespace cim
