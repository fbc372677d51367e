#include "calibrate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
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

Evaluator worse_of(Evaluator a, Evaluator b) {
  return [a = std::move(a), b = std::move(b)](const AdcConfig& adc) {
    const Metrics x = a(adc), y = b(adc);
    Metrics m = x;
    m.err.sinad_db = std::min(x.err.sinad_db, y.err.sinad_db);
    m.err.max_abs = std::max(x.err.max_abs, y.err.max_abs);
    m.err.rms = std::max(x.err.rms, y.err.rms);
    m.err.n = x.err.n + y.err.n;
    m.avg_cmp = std::max(x.avg_cmp, y.avg_cmp);
    return m;
  };
}

std::pair<Captured, Captured> split_halves(const Captured& cap) {
  std::pair<Captured, Captured> h;
  for (Captured* p : {&h.first, &h.second}) {
    *p = cap;
    p->convs.clear();
    p->xsum.clear();
    p->exact.clear();
  }
  const size_t C = size_t(cap.C), per = size_t(cap.per_output) * C;
  for (size_t v = 0; v < cap.xsum.size(); ++v) {
    Captured& d = v % 2 ? h.second : h.first;
    d.xsum.push_back(cap.xsum[v]);
    d.exact.insert(d.exact.end(), cap.exact.begin() + long(v * C), cap.exact.begin() + long((v + 1) * C));
    d.convs.insert(d.convs.end(), cap.convs.begin() + long(v * per), cap.convs.begin() + long((v + 1) * per));
  }
  return h;
}

namespace {
// best_table on the halves of a capture, fast: a candidate entry converts again only the conversions
// of its own significance, the others' contributions are kept per output. Judged as worse_of judges.
class TableSearch {
 public:
  TableSearch(const std::vector<const Captured*>& parts, const AdcConfig& adc) : adc_(adc) {
    for (const Captured* c : parts) parts_.push_back(Part(*c, adc_));
  }
  // Metrics of the current table with entry sig set to s (as worse_of combines the parts).
  Metrics try_entry(int sig, const TrqSetting& s) {
    Metrics m;
    bool first = true;
    for (Part& p : parts_) {
      const Metrics x = p.try_entry(adc_, sig, s);
      if (first) m = x, first = false;
      else {
        m.err.sinad_db = std::min(m.err.sinad_db, x.err.sinad_db);
        m.err.max_abs = std::max(m.err.max_abs, x.err.max_abs);
        m.err.rms = std::max(m.err.rms, x.err.rms);
        m.err.n += x.err.n;
        m.avg_cmp = std::max(m.avg_cmp, x.avg_cmp);
      }
    }
    return m;
  }
  void set_entry(int sig, const TrqSetting& s) {
    adc_.table[size_t(sig)] = s;
    for (Part& p : parts_) p.set_entry(adc_, sig);
  }
  const AdcConfig& adc() const { return adc_; }

 private:
  struct Part {
    const Captured* cap;
    ShiftAddGen g;
    ShiftAddCfg eff;
    std::vector<int64_t> contrib, acc, delta;  // per conversion; per output
    std::vector<int> ncmp;
    std::vector<std::vector<size_t>> by_sig;  // conversions of each significance
    long cmp = 0;

    Part(const Captured& c, const AdcConfig& adc) : cap(&c) {
      const Layer& L = c.L;
      g.N = adc.N, g.PD = L.PD, g.PR = L.PR, g.PImax = L.PI, g.PWmax = L.PW, g.R = c.R, g.Kmax = adc.k, g.enc = L.enc;
      eff = effective(g, ShiftAddCfg{L.PI, L.in_signed, L.PW, adc.k});
      contrib.resize(c.convs.size());
      ncmp.resize(c.convs.size());
      acc.assign(c.exact.size(), 0);
      for (size_t i = 0; i < c.convs.size(); ++i) {
        const int sig = c.convs[i].significance;
        if (size_t(sig) >= by_sig.size()) by_sig.resize(size_t(sig) + 1);
        by_sig[size_t(sig)].push_back(i);
        one(adc.N, adc.at(sig), i, contrib[i], ncmp[i]);
        acc[out(i)] += contrib[i];
        cmp += ncmp[i];
      }
      for (size_t o = 0; o < acc.size(); ++o) acc[o] -= correction(g, eff, c.xsum[o / size_t(c.C)]);
    }
    size_t out(size_t conv) const { return conv / size_t(cap->per_output); }
    void one(int N, const TrqSetting& s, size_t i, int64_t& con, int& nc) const {
      const auto& cv = cap->convs[i];
      const double v = cv.v + cap->cmp_offset;
      const Conversion c = convert(N, s, [v](uint32_t d) { return v >= double(d); });
      con = contribution(g, eff, Beat{c.code, c.sexp, cv.t, cv.j, cv.set});
      nc = c.ncmp;
    }
    Metrics try_entry(const AdcConfig& adc, int sig, const TrqSetting& s) {
      delta.assign(acc.size(), 0);
      long cmp_new = cmp;
      if (size_t(sig) < by_sig.size())
        for (size_t i : by_sig[size_t(sig)]) {
          int64_t con;
          int nc;
          one(adc.N, s, i, con, nc);
          delta[out(i)] += con - contrib[i];
          cmp_new += nc - ncmp[i];
        }
      Metrics m;
      double psig = 0, pnoise = 0;
      for (size_t o = 0; o < acc.size(); ++o) {
        const double e = double(cap->exact[o]), d = double(acc[o] + delta[o]) - e;
        m.err.max_abs = std::max(m.err.max_abs, std::fabs(d));
        pnoise += d * d;
        psig += e * e;
      }
      m.err.n = long(acc.size());
      if (m.err.n) {
        psig /= double(m.err.n);
        pnoise /= double(m.err.n);
        m.err.rms = std::sqrt(pnoise);
        m.err.sinad_db = pnoise > 0 ? 10.0 * std::log10((psig + pnoise) / pnoise)
                                    : std::numeric_limits<double>::infinity();
      }
      m.avg_cmp = contrib.empty() ? 0 : double(cmp_new) / double(contrib.size());
      m.conv_per_output = cap->per_output;
      return m;
    }
    void set_entry(const AdcConfig& adc, int sig) {
      if (size_t(sig) >= by_sig.size()) return;
      for (size_t i : by_sig[size_t(sig)]) {
        int64_t con;
        int nc;
        one(adc.N, adc.at(sig), i, con, nc);
        acc[out(i)] += con - contrib[i];
        cmp += nc - ncmp[i];
        contrib[i] = con;
        ncmp[i] = nc;
      }
    }
  };
  AdcConfig adc_;
  std::vector<Part> parts_;
};

// best_table's greedy passes through TableSearch.
Choice fast_table(const std::vector<const Captured*>& parts, const Choice& start, int max_sig, const Goal& g) {
  Choice best = start;
  if (best.adc.table.empty()) best.adc.table.assign(size_t(max_sig + 1), start.adc.setting);
  TableSearch ts(parts, best.adc);
  const auto settings = all_settings(best.adc.N);
  const auto judged = [&g](const AdcConfig& a, const Metrics& m) {
    Choice c;
    c.adc = a;
    c.m = m;
    c.feasible = g.budget_mode ? m.avg_cmp <= g.budget + 1e-12 : sinad(m) >= g.floor_db;
    return c;
  };
  for (int pass = 0; pass < 2; ++pass)
    for (int sig = 0; sig <= max_sig; ++sig) {
      Choice round = best;
      for (const TrqSetting& s : settings) {
        AdcConfig a = best.adc;
        a.table[size_t(sig)] = s;
        const Choice c = judged(a, ts.try_entry(sig, s));
        if (better(g, c, round)) round = c;
      }
      best = round;
      ts.set_entry(sig, best.adc.table[size_t(sig)]);
    }
  return best;
}
}  // namespace

Choice calibrate(const Captured& cap, int N, const Goal& g, bool per_significance) {
  std::vector<const Captured*> parts = {&cap};
  Evaluator eval = [&cap](const AdcConfig& a) { return evaluate(cap, a); };
  std::pair<Captured, Captured> halves;
  if (cap.xsum.size() >= 2) {
    halves = split_halves(cap);
    parts = {&halves.first, &halves.second};
    eval = worse_of([&h = halves.first](const AdcConfig& a) { return evaluate(h, a); },
                    [&h = halves.second](const AdcConfig& a) { return evaluate(h, a); });
  }
  // Chosen on the halves; reported on the whole capture (what `cimgen model` measures with the settings).
  const auto whole = [&cap](Choice c) {
    c.m = evaluate(cap, c.adc);
    return c;
  };
  const Choice single = best_single(eval, N, cap.k, g);
  if (!per_significance) return whole(single);
  if (g.budget_mode) return whole(fast_table(parts, single, max_significance(cap), g));
  // A table has more freedom than one setting to fit the calibration vectors to the floor exactly, so
  // its entries must reach the floor with a margin; it is kept only if it then beats the single setting.
  Goal tg = g;
  tg.floor_db = g.floor_db + kTableMarginDb;
  Choice start = single;
  start.feasible = sinad(single.m) >= tg.floor_db;
  Choice table = fast_table(parts, start, max_significance(cap), tg);
  table.feasible = sinad(table.m) >= g.floor_db;
  return whole(better(g, table, single) ? table : single);
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
