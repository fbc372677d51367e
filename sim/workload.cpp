#include "workload.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace cim {

std::string distributions_check(const Distributions& d) {
  if (!(d.w_sigma > 0 && d.w_sigma <= 1e6)) return "w_sigma=" + std::to_string(d.w_sigma) + " is out of range (0, 1e6]";
  if (!(d.x_zero >= 0 && d.x_zero <= 1)) return "x_zero=" + std::to_string(d.x_zero) + " is out of range 0..1";
  if (!(d.x_mean <= 1e6)) return "x_mean=" + std::to_string(d.x_mean) + " is out of range ..1e6";
  return "";
}

Workload random_workload(const Layer& L, int R, int C, int vectors, const Distributions& d, uint64_t seed) {
  Workload w;
  w.L = L;
  std::mt19937_64 rng(seed);
  const int64_t wlo = w_min(L.PW, L.enc), whi = w_max(L.PW, L.enc);
  const int64_t xlo = x_min(L.PI, L.in_signed), xhi = x_max(L.PI, L.in_signed);
  std::normal_distribution<double> gauss(0.0, d.w_sigma);
  w.W.assign(size_t(R), std::vector<int64_t>(size_t(C)));
  for (auto& row : w.W)
    for (auto& v : row)
      v = d.w_gauss ? std::clamp<int64_t>(std::llround(gauss(rng)), wlo, whi)
                    : std::uniform_int_distribution<int64_t>(wlo, whi)(rng);
  w.X.assign(size_t(vectors), std::vector<int64_t>(size_t(R)));
  for (auto& vec : w.X)
    for (auto& v : vec) {
      if (std::uniform_real_distribution<double>(0, 1)(rng) < d.x_zero) {
        v = std::clamp<int64_t>(0, xlo, xhi);
      } else if (d.x_mean > 0) {
        v = std::clamp<int64_t>(std::llround(std::exponential_distribution<double>(1.0 / d.x_mean)(rng)), xlo, xhi);
      } else {
        v = std::uniform_int_distribution<int64_t>(xlo, xhi)(rng);
      }
    }
  return w;
}

std::vector<std::vector<int64_t>> read_csv(const std::string& path) {
  std::ifstream is(path);
  if (!is) throw std::runtime_error("cannot read " + path);
  std::vector<std::vector<int64_t>> rows;
  std::string line;
  int lineno = 0;
  while (std::getline(is, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    std::vector<int64_t> row;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) {
      const auto b = cell.find_first_not_of(" \t"), e = cell.find_last_not_of(" \t");
      const std::string v = b == std::string::npos ? "" : cell.substr(b, e - b + 1);
      size_t used = 0;
      int64_t x = 0;
      try {
        x = std::stoll(v, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (v.empty() || used != v.size())
        throw std::runtime_error(path + ":" + std::to_string(lineno) + ": '" + v + "' is not an integer");
      row.push_back(x);
    }
    if (!rows.empty() && row.size() != rows[0].size())
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": " + std::to_string(row.size()) +
                               " values, expected " + std::to_string(rows[0].size()) + " as on the first line");
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw std::runtime_error(path + ": no data");
  return rows;
}

std::string workload_check(const Workload& w) {
  const Layer& L = w.L;
  if (w.W.empty() || w.W[0].empty()) return "weights: empty matrix";
  const size_t R = w.W.size();
  for (size_t r = 0; r < R; ++r)
    for (auto v : w.W[r])
      if (v < w_min(L.PW, L.enc) || v > w_max(L.PW, L.enc))
        return "weights: row " + std::to_string(r + 1) + ": " + std::to_string(v) + " is out of range " +
               std::to_string(w_min(L.PW, L.enc)) + ".." + std::to_string(w_max(L.PW, L.enc)) + " for PW=" +
               std::to_string(L.PW) + " " + wenc_name(L.enc);
  for (size_t i = 0; i < w.X.size(); ++i) {
    if (w.X[i].size() != R)
      return "inputs: vector " + std::to_string(i + 1) + " has " + std::to_string(w.X[i].size()) +
             " values, the weights have " + std::to_string(R) + " rows";
    for (auto v : w.X[i])
      if (v < x_min(L.PI, L.in_signed) || v > x_max(L.PI, L.in_signed))
        return "inputs: vector " + std::to_string(i + 1) + ": " + std::to_string(v) + " is out of range " +
               std::to_string(x_min(L.PI, L.in_signed)) + ".." + std::to_string(x_max(L.PI, L.in_signed));
  }
  if (w.X.empty()) return "inputs: no vectors";
  return "";
}

Captured capture(const Workload& w, const NonIdeal& ni, int k) {
  const std::string why = workload_check(w);
  if (!why.empty()) throw std::invalid_argument(why);
  Captured cap;
  cap.L = w.L;
  cap.R = int(w.W.size());
  cap.C = int(w.W[0].size());
  cap.k = k;
  cap.cmp_offset = ni.cmp_offset;
  const Crossbar xb(w.L, w.W, ni);
  const Layer& L = w.L;
  const int T = num_slices(L.PI, L.in_signed, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc), S = num_col_sets(L.enc);
  cap.per_output = T * J * S;
  cap.convs.reserve(w.X.size() * size_t(cap.C) * size_t(cap.per_output));
  for (size_t vi = 0; vi < w.X.size(); ++vi) {
    const auto& x = w.X[vi];
    cap.xsum.push_back(sum(x));
    for (int c = 0; c < cap.C; ++c) {
      cap.exact.push_back(xb.exact(x, c));
      for (int t = 0; t < T; ++t)
        for (int set = 0; set < S; ++set)
          for (int j = 0; j < J; ++j)
            cap.convs.push_back({xb.v(x, t, j, set, c, k, xb.conversion_key(vi, t, j, set, c)), t, j, set,
                                 slice_b(t, L.PI, L.in_signed, L.PD) + j * L.PR});
    }
  }
  return cap;
}

Metrics evaluate(const Captured& cap, const AdcConfig& adc) {
  const std::string why = adc_check(adc);
  if (!why.empty()) throw std::invalid_argument(why);
  if (adc.k != cap.k) throw std::invalid_argument("evaluate: k differs from the captured k");
  const Layer& L = cap.L;
  ShiftAddGen g;
  g.N = adc.N, g.PD = L.PD, g.PR = L.PR, g.PImax = L.PI, g.PWmax = L.PW, g.R = cap.R, g.Kmax = adc.k, g.enc = L.enc;
  const ShiftAddCfg eff = effective(g, ShiftAddCfg{L.PI, L.in_signed, L.PW, adc.k});
  std::vector<int64_t> y;
  y.reserve(cap.exact.size());
  long comparisons = 0;
  const double off = cap.cmp_offset;
  size_t i = 0;
  for (size_t out = 0; out < cap.exact.size(); ++out) {
    int64_t acc = 0;
    for (int n = 0; n < cap.per_output; ++n, ++i) {
      const auto& cv = cap.convs[i];
      const double v = cv.v + off;
      const Conversion c = convert(adc.N, adc.at(cv.significance), [v](uint32_t d) { return v >= double(d); });
      comparisons += c.ncmp;
      acc += contribution(g, eff, Beat{c.code, c.sexp, cv.t, cv.j, cv.set});
    }
    y.push_back(acc - correction(g, eff, cap.xsum[out / size_t(cap.C)]));
  }
  Metrics m;
  m.err = error_stats(y, cap.exact);
  m.avg_cmp = cap.convs.empty() ? 0 : double(comparisons) / double(cap.convs.size());
  m.conv_per_output = cap.per_output;
  return m;
}

Histogram histogram(const Captured& cap, int bins, double hi) {
  Histogram h;
  h.hi = hi;
  h.counts.assign(size_t(bins), 0);
  for (const auto& c : cap.convs) {
    if (c.v < 0) ++h.below;
    else if (c.v >= hi) ++h.above;
    else ++h.counts[size_t(c.v / hi * bins)];
  }
  return h;
}

}  // namespace cim
