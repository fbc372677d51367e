#include "analog_acc_model.hpp"

#include "cim.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cim::strategy {

namespace {

void check_setup(char s, const Setup& u) {
  if (u.PI < 1 || u.PI > 8 || u.PW < 1 || u.PW > 8 || u.PD < 1 || u.PD > 4 || u.PR < 1 || u.PR > 4 || u.R < 1 ||
      u.R > 4096 || u.PO < 1 || u.PO > 16)
    throw std::invalid_argument("strategy: precision or rows out of range");
  if (const std::string why = check(s, u); !why.empty()) throw std::invalid_argument("strategy: " + why);
}

// S[t][j]: the bit-line sum of input slice t and weight column j.
std::vector<std::vector<int64_t>> bitline_sums(const Setup& u, const std::vector<uint32_t>& x,
                                               const std::vector<uint32_t>& w) {
  if (x.size() != w.size() || x.size() > size_t(u.R)) throw std::invalid_argument("strategy: x and w rows differ");
  const int T = slices(u), J = columns(u);
  std::vector<std::vector<int64_t>> S(size_t(T), std::vector<int64_t>(size_t(J), 0));
  for (size_t r = 0; r < x.size(); ++r) {
    if (x[r] >> u.PI || w[r] >> u.PW) throw std::invalid_argument("strategy: input or weight out of range");
    for (int t = 0; t < T; ++t)
      for (int j = 0; j < J; ++j)
        S[size_t(t)][size_t(j)] +=
            int64_t((x[r] >> (t * u.PD)) & ((1u << u.PD) - 1)) * int64_t((w[r] >> (j * u.PR)) & ((1u << u.PR) - 1));
  }
  return S;
}

// One uniform SAR conversion of v (ADC LSB units) with n bits (up to 24 here, past adc.hpp's 12): MSB
// first, one comparison v >= trial per bit.
struct Sar {
  uint32_t code = 0;
  int ncmp = 0;
};
Sar sar(int n, double v) {
  Sar c;
  for (int b = n - 1; b >= 0; --b, ++c.ncmp)
    if (v >= double(c.code | (1u << b))) c.code |= 1u << b;
  return c;
}

}  // namespace

std::string check(char s, const Setup& u) {
  if (s != 'A' && s != 'B' && s != 'C') return "strategy must be A, B or C";
  if (s == 'B' && u.PD != u.PR)
    return "strategy B buffers the slice results by significance t*PD + j*PR, which aligns only with PD = PR";
  return "";
}

int slices(const Setup& u) { return ceil_div(u.PI, u.PD); }
int columns(const Setup& u) { return ceil_div(u.PW, u.PR); }

int adc_bits(char s, const Setup& u) {
  const Report rep = report(u.PI, u.PW, u.PO, u.PD, u.PR, u.R);
  for (const auto& row : rep.rows)
    if (row.strategy == s) return row.adc_bits;
  throw std::invalid_argument("strategy must be A, B or C");
}

int full_scale_bits(const Setup& u) {
  const uint64_t max = ((uint64_t(1) << u.PI) - 1) * ((uint64_t(1) << u.PW) - 1) * uint64_t(u.R);
  return ceil_log2(max + 1);
}

std::vector<double> analog_values(char s, const Setup& u, const std::vector<uint32_t>& x,
                                  const std::vector<uint32_t>& w) {
  check_setup(s, u);
  const auto S = bitline_sums(u, x, w);
  const int T = slices(u), J = columns(u);
  std::vector<double> v;
  if (s == 'A') {
    for (int t = 0; t < T; ++t)
      for (int j = 0; j < J; ++j) v.push_back(double(S[size_t(t)][size_t(j)]));
  } else if (s == 'B') {
    for (int d = 0; d < T + J - 1; ++d) {
      int64_t b = 0;
      for (int t = std::max(0, d - J + 1); t <= std::min(d, T - 1); ++t) b += S[size_t(t)][size_t(d - t)];
      v.push_back(double(b));
    }
  } else {
    int64_t dot = 0;
    for (size_t r = 0; r < x.size(); ++r) dot += int64_t(x[r]) * int64_t(w[r]);
    v.push_back(std::ldexp(double(dot), -full_scale_bits(u)));
  }
  return v;
}

Output run(char s, const Setup& u, const std::vector<uint32_t>& x, const std::vector<uint32_t>& w, double sigma,
           std::mt19937_64& rng) {
  std::normal_distribution<double> noise(0.0, sigma > 0 ? sigma : 1.0);
  return run(s, u, x, w, [&](double v) { return sigma > 0 ? v + noise(rng) : v; });
}

Output run(char s, const Setup& u, const std::vector<uint32_t>& x, const std::vector<uint32_t>& w,
           const std::function<double(double)>& noisy) {
  const std::vector<double> ideal = analog_values(s, u, x, w);
  Output o;
  for (size_t r = 0; r < x.size(); ++r) o.exact += int64_t(x[r]) * int64_t(w[r]);
  const int T = slices(u), J = columns(u), bits = adc_bits(s, u);
  o.input_cycles = T;
  if (s == 'A') {
    // After each slice, its J bit lines are converted and shift-and-added.
    for (int t = 0; t < T; ++t)
      for (int j = 0; j < J; ++j) {
        const Sar c = sar(bits, noisy(ideal[size_t(t * J + j)]));
        o.out += std::ldexp(double(c.code), t * u.PD + j * u.PR);
        ++o.conversions;
        o.comparisons += c.ncmp;
      }
  } else if (s == 'B') {
    // After the last slice, the buffer's bit lines (one per significance) are converted and shift-and-added.
    for (int d = 0; d < T + J - 1; ++d) {
      const Sar c = sar(bits, noisy(ideal[size_t(d)]));
      o.out += std::ldexp(double(c.code), d * u.PD);
      ++o.conversions;
      o.comparisons += c.ncmp;
    }
  } else {
    // The NNS+A, LSB first: the held sum scaled by 2^-PD each cycle and the slice's weighted column sum
    // added, U_t = 2^-PD U_(t-1) + S_t, so U = x.w / 2^((T-1) PD) (dyadic: exact in doubles). The circuit
    // holds U / alpha with the paper's alpha = 2^-PD + sum_j 2^(j PR), V_t = (2^-PD alpha V_(t-1) + S_t) / alpha,
    // which keeps V within the slice sums' range.
    const auto S = bitline_sums(u, x, w);
    double U = 0;
    for (int t = 0; t < T; ++t) {
      double st = 0;
      for (int j = 0; j < J; ++j) st += std::ldexp(double(S[size_t(t)][size_t(j)]), j * u.PR);
      U = std::ldexp(U, -u.PD) + st;
    }
    o.held = U;
    // One conversion of the PO most significant bits of the full scale 2^F.
    const int F = full_scale_bits(u);
    const Sar c = sar(bits, std::ldexp(noisy(ideal[0]), u.PO));
    o.out = std::ldexp(double(c.code), F - u.PO);
    o.conversions = 1;
    o.comparisons = c.ncmp;
  }
  return o;
}

double sigma_for(double max_abs, double sinad_db) {
  if (std::isinf(sinad_db) && sinad_db > 0) return 0;
  return max_abs / std::pow(10.0, sinad_db / 20.0);
}

Measured measure(char s, const Setup& u, int outputs, int vectors, uint64_t seed) {
  check_setup(s, u);
  std::mt19937_64 rng(seed);
  std::vector<std::vector<uint32_t>> W(size_t(outputs), std::vector<uint32_t>(size_t(u.R)));
  for (auto& col : W)
    for (auto& v : col) v = uint32_t(rng() & ((1u << u.PW) - 1));
  std::vector<std::vector<uint32_t>> X(size_t(vectors), std::vector<uint32_t>(size_t(u.R)));
  for (auto& vec : X)
    for (auto& v : vec) v = uint32_t(rng() & ((1u << u.PI) - 1));
  // eq. 13 over the layer's ideal values of the kind the strategy converts.
  double max_abs = 0;
  for (const auto& vec : X)
    for (const auto& col : W)
      for (const double v : analog_values(s, u, vec, col)) max_abs = std::max(max_abs, std::fabs(v));
  const double sigma = sigma_for(max_abs, u.sinad_db);
  Measured m;
  double p_sig = 0, p_noise = 0;
  for (const auto& vec : X)
    for (const auto& col : W) {
      const Output o = run(s, u, vec, col, sigma, rng);
      m.conversions += o.conversions;
      m.comparisons += o.comparisons;
      m.input_cycles += o.input_cycles;
      p_sig += double(o.exact) * double(o.exact);
      p_noise += (o.out - double(o.exact)) * (o.out - double(o.exact));
      ++m.outputs;
    }
  m.conversions /= m.outputs;
  m.comparisons /= m.outputs;
  m.input_cycles /= m.outputs;
  m.sinad_db = p_noise == 0 ? std::numeric_limits<double>::infinity() : 10 * std::log10((p_sig + p_noise) / p_noise);
  return m;
}

}  // namespace cim::strategy
