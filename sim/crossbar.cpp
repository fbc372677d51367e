#include "crossbar.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace cim {

namespace {
FastIsa pick_fast_isa() {
  FastIsa best = FastIsa::Baseline;
#if defined(__x86_64__) && defined(__GNUC__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt")) best = FastIsa::Avx2;
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vpopcntdq"))
    best = FastIsa::Avx512;
#endif
  const char* want = std::getenv("CIM_FAST_ISA");
  if (want == nullptr || *want == 0) return best;
  const std::string w = want;
  const FastIsa asked = w == "baseline" ? FastIsa::Baseline : w == "avx2" ? FastIsa::Avx2 : FastIsa::Avx512;
  if (w != "baseline" && w != "avx2" && w != "avx512")
    std::fprintf(stderr, "cimsim: CIM_FAST_ISA=%s is not one of baseline, avx2, avx512; ignored\n", want);
  return asked < best ? asked : best;
}
}  // namespace

FastIsa fast_isa() {
  static const FastIsa isa = pick_fast_isa();
  return isa;
}

std::string nonideal_check(const NonIdeal& ni) {
  auto bad = [](const char* name, double v, const char* range) {
    return std::string(name) + "=" + std::to_string(v) + " is out of range " + range;
  };
  if (!(ni.d2d_sigma >= 0 && ni.d2d_sigma <= 2)) return bad("sigma", ni.d2d_sigma, "0..2");
  if (!(ni.read_noise >= 0 && ni.read_noise <= 1e6)) return bad("read_noise", ni.read_noise, "0..1e6");
  if (!(ni.p_stuck_lrs >= 0 && ni.p_stuck_lrs <= 1)) return bad("p_stuck_lrs", ni.p_stuck_lrs, "0..1");
  if (!(ni.p_stuck_hrs >= 0 && ni.p_stuck_hrs <= 1)) return bad("p_stuck_hrs", ni.p_stuck_hrs, "0..1");
  if (!(ni.p_stuck_lrs + ni.p_stuck_hrs <= 1)) return "p_stuck_lrs + p_stuck_hrs must not exceed 1";
  if (!(ni.r_wire >= 0 && ni.r_wire <= 1e4)) return bad("r_wire", ni.r_wire, "0..1e4");
  if (!std::isfinite(ni.cmp_offset) || std::fabs(ni.cmp_offset) > 1e6) return bad("cmp_offset", ni.cmp_offset, "-1e6..1e6");
  return "";
}

// splitmix64's finaliser, in place, on a uint64_t or a vector of them (keyed_normals' vector loops).
#define CIM_MIX(z)                             \
  z += 0x9e3779b97f4a7c15ULL;                  \
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL; \
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL; \
  z ^= z >> 31
constexpr uint64_t kKeyA = 0xd6e8feb86659fd93ULL, kKeyB = 0xa0761d6478bd642fULL, kKeyC = 0xe7037ed1a0b428dbULL;

uint64_t key_hash(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  // Two rounds: the seed, then the key words spread by odd constants.
  uint64_t z = seed ^ (a * kKeyA);
  CIM_MIX(z);
  z ^= (b * kKeyB) ^ (c * kKeyC);
  CIM_MIX(z);
  return z;
}

double keyed_uniform(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  return double(key_hash(seed, a, b, c) >> 11) * (1.0 / 9007199254740992.0);
}

namespace {
// P. J. Acklam's rational approximation of the inverse normal CDF (relative
// error below 1.2e-9): no transcendental call in the central 95%.
constexpr double kA[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                         1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
constexpr double kB[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                         6.680131188771972e+01,  -1.328068155288572e+01};
constexpr double kC[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                         -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
constexpr double kD[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                         3.754408661907416e+00};
constexpr double kLo = 0.02425, kHi = 1 - 0.02425;

double unit_of(uint64_t h) { return (double(h >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

// The central formula of q = p - 0.5, r = q * q, for a double or a vector of them.
#define CIM_CENTRAL_OF(q, r)                                                                    \
  ((((((kA[0] * r + kA[1]) * r + kA[2]) * r + kA[3]) * r + kA[4]) * r + kA[5]) * q /            \
   (((((kB[0] * r + kB[1]) * r + kB[2]) * r + kB[3]) * r + kB[4]) * r + 1))

double central(double p) {
  const double q = p - 0.5, r = q * q;
  return CIM_CENTRAL_OF(q, r);
}

// The tail formula of q = sqrt(-2 log(min(p, 1 - p))), before the sign (keyed_normals runs it on vectors).
#define CIM_TAIL_OF(q)                                                                   \
  ((((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5]) /          \
   ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1))

double tail(double p) {
  const double q = std::sqrt(-2 * std::log(p < kLo ? p : 1 - p));
  const double x = CIM_TAIL_OF(q);
  return p < kLo ? x : -x;
}
}  // namespace

double keyed_normal(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  // The inverse normal CDF of one keyed uniform: one hash, no rejection.
  const double p = unit_of(key_hash(seed, a, b, c));
  return (p < kLo || p > kHi) ? tail(p) : central(p);
}

namespace {
// keyed_normals' first pass, the central formula over every element: compiled for AVX-512, AVX2 and the
// x86-64 baseline and chosen for the CPU when the library loads (as fast.cpp's loops; CMake builds this file
// with -O3 and -ffp-contract=off, so every version gives keyed_normal's values bit for bit).
// Elements whose uniform falls in a tail are left NaN for the second pass; ps[i] is every element's uniform
// p. The loop runs on vectors of L lanes (GCC vector extensions; U, I, F: L uint64_t, int64_t, double): the
// hash's multiplies and the conversion to double have no AVX2 instruction, so the vectoriser would leave a
// plain loop scalar. The conversion of the hash's top 53 bits is exact, from its two 32-bit halves placed
// in the mantissas of 2^84 and 2^52, as double(h >> 11) is.
#define CIM_CENTRAL_PASS(U, I, F, L)                                                              \
  uint64_t z0 = seed ^ (a * kKeyA);                                                              \
  CIM_MIX(z0);                                                                                   \
  const I nan_bits = I{} + int64_t(0x7ff8000000000000LL);                                        \
  size_t i = 0;                                                                                  \
  for (; i + L <= n; i += L) {                                                                   \
    U z;                                                                                         \
    std::memcpy(&z, b + i, sizeof z);                                                            \
    z = (z * kKeyB) ^ z0;                                                                        \
    CIM_MIX(z);                                                                                  \
    const U h = z >> 11;                                                                         \
    const F hi = (F)((h >> 32) | 0x4530000000000000ULL) - 0x1p84;                                \
    const F lo = (F)((h & 0xffffffffULL) | 0x4330000000000000ULL) - 0x1p52;                      \
    const F p = ((hi + lo) + 0.5) * (1.0 / 9007199254740992.0);                                  \
    const F q = p - 0.5, r = q * q;                                                              \
    const F x = CIM_CENTRAL_OF(q, r);                                                            \
    const I tail = (p < kLo) | (p > kHi);                                                        \
    const I bits = ((I)x & ~tail) | (nan_bits & tail);                                           \
    std::memcpy(out + i, &bits, sizeof bits);                                                    \
    std::memcpy(ps + i, &p, sizeof p);                                                           \
  }                                                                                              \
  for (; i < n; ++i) {                                                                           \
    const double p = unit_of(key_hash(seed, a, b[i], 0));                                        \
    out[i] = (p < kLo || p > kHi) ? std::numeric_limits<double>::quiet_NaN() : central(p);      \
    ps[i] = p;                                                                                   \
  }
typedef uint64_t u64x4 __attribute__((vector_size(32)));
typedef int64_t i64x4 __attribute__((vector_size(32)));
typedef double f64x4 __attribute__((vector_size(32)));
typedef uint64_t u64x8 __attribute__((vector_size(64)));
typedef int64_t i64x8 __attribute__((vector_size(64)));
typedef double f64x8 __attribute__((vector_size(64)));
#define CIM_CENTRAL(suffix, attr, U, I, F, L)                                                                  \
  attr void central_pass_##suffix(uint64_t seed, uint64_t a, const uint64_t* b, size_t n, double* out,  \
                                  double* ps) {                                                          \
    CIM_CENTRAL_PASS(U, I, F, L)                                                                         \
  }
CIM_CENTRAL(base, , u64x4, i64x4, f64x4, 4)
#if defined(__x86_64__) && defined(__GNUC__)
CIM_CENTRAL(avx2, __attribute__((target("avx2"))), u64x4, i64x4, f64x4, 4)
CIM_CENTRAL(avx512, __attribute__((target("avx512f,avx512vl,avx512dq"))), u64x8, i64x8, f64x8, 8)
#endif
// keyed_normals' tail pass after the logs: t[k] = CIM_TAIL_OF(sqrt(t[k])), vectorised (the file is built
// with -fno-math-errno, so std::sqrt is one instruction, correctly rounded like the scalar one).
#define CIM_TAIL(suffix, attr)                                                 \
  attr void tail_pass_##suffix(double* t, size_t m) {                         \
    for (size_t k = 0; k < m; ++k) {                                           \
      const double q = std::sqrt(t[k]);                                        \
      t[k] = CIM_TAIL_OF(q);                                                   \
    }                                                                          \
  }
CIM_TAIL(base, )
#if defined(__x86_64__) && defined(__GNUC__)
CIM_TAIL(avx2, __attribute__((target("avx2"))))
CIM_TAIL(avx512, __attribute__((target("avx512f,avx512vl,avx512dq"))))
#endif
using CentralPass = void (*)(uint64_t, uint64_t, const uint64_t*, size_t, double*, double*);
using TailPass = void (*)(double*, size_t);
// A loop's version for the instruction set fast_isa() names.
#if defined(__x86_64__) && defined(__GNUC__)
template <class F>
F for_isa(F base, F avx2, F avx512) {
  return fast_isa() == FastIsa::Avx512 ? avx512 : fast_isa() == FastIsa::Avx2 ? avx2 : base;
}
#define CIM_FOR_ISA(name) for_isa(name##_base, name##_avx2, name##_avx512)
#else
#define CIM_FOR_ISA(name) name##_base
#endif
const CentralPass kCentralPass = CIM_FOR_ISA(central_pass);
const TailPass kTailPass = CIM_FOR_ISA(tail_pass);
}  // namespace

void keyed_normals(uint64_t seed, uint64_t a, const uint64_t* b, size_t n, double* out) {
  // Same values as keyed_normal(seed, a, b[i], 0), in two passes: the
  // central formula over every element (vectorised), then the tails (about
  // 5% of the elements, the ones the first pass left NaN) from the uniforms
  // the first pass kept: their logs one by one, the rest of the formula on
  // vectors.
  thread_local std::vector<double> ps, t;
  thread_local std::vector<size_t> at;
  ps.resize(n);
  kCentralPass(seed, a, b, n, out, ps.data());
  at.clear();
  t.clear();
  for (size_t i = 0; i < n; ++i)
    if (std::isnan(out[i])) {
      at.push_back(i);
      t.push_back(-2 * std::log(ps[i] < kLo ? ps[i] : 1 - ps[i]));
    }
  kTailPass(t.data(), t.size());
  for (size_t k = 0; k < at.size(); ++k) out[at[k]] = ps[at[k]] < kLo ? t[k] : -t[k];
}

namespace {
enum Draw : uint64_t { kD2D = 1, kStuck = 2, kRead = 3 };
}

Crossbar::Crossbar(const Layer& L, const std::vector<std::vector<int64_t>>& W, const NonIdeal& ni)
    : L_(L), ni_(ni), R_(int(W.size())), C_(W.empty() ? 0 : int(W[0].size())),
      J_(num_weight_cols(L.PW, L.PR, L.enc)), sets_(num_col_sets(L.enc)), W_(W) {
  const std::string why = nonideal_check(ni);
  if (!why.empty()) throw std::invalid_argument(why);
  if (R_ < 1 || C_ < 1) throw std::invalid_argument("weight matrix must have at least one row and one column");
  const int levels = (1 << L.PR) - 1;
  const double dg = (kGon - kGoff) / levels;
  const double goff = kGoff / dg;
  g_.assign(size_t(columns()) * R_, 0.0);
  for (int c = 0; c < C_; ++c)
    for (int set = 0; set < sets_; ++set) {
      for (int r = 0; r < R_; ++r) {
        if (int(W[r].size()) != C_) throw std::invalid_argument("weight matrix rows differ in length");
        const uint32_t u = stored_value(W[r][c], L.PW, L.enc, set);
        for (int j = 0; j < J_; ++j) {
          const int col = column(c, set, j);
          // Conductances in level units: G = (goff + level) * dg, so that
          // the ideal cell value is exactly the stored level.
          double level = double(cell_value(u, j, L.PR));
          const double us = keyed_uniform(ni.seed, kStuck, uint64_t(col), uint64_t(r));
          if (us < ni.p_stuck_lrs) level = levels;
          else if (us < ni.p_stuck_lrs + ni.p_stuck_hrs) level = 0;
          double w = level;
          if (ni.d2d_sigma > 0)
            w = (goff + level) * std::exp(ni.d2d_sigma * keyed_normal(ni.seed, kD2D, uint64_t(col), uint64_t(r))) - goff;
          // The all-HRS reference column removes the Goff baseline; IR drop
          // attenuates the cell's signal by 1 / (1 + r_wire * G * distance),
          // distance = segments to the row driver and to the sense end.
          if (ni.r_wire > 0) w /= 1.0 + ni.r_wire * (w + goff) * dg * double((col + 1) + (R_ - r));
          g_[size_t(col) * R_ + r] = w;
        }
      }
    }
  gblk_.assign(size_t(cell_blocks()) * size_t(R_) * kCellBlock, 0.0);
  for (int col = 0; col < columns(); ++col)
    for (int r = 0; r < R_; ++r)
      gblk_[(size_t(col / kCellBlock) * size_t(R_) + size_t(r)) * kCellBlock + size_t(col % kCellBlock)] =
          g_[size_t(col) * R_ + r];
}

int64_t Crossbar::ideal_sum(const std::vector<int64_t>& x, int t, int j, int set, int c) const {
  std::vector<int64_t> wcol(static_cast<size_t>(R_));
  for (int r = 0; r < R_; ++r) wcol[size_t(r)] = W_[size_t(r)][size_t(c)];
  return bitline_sum(L_, x, wcol, t, j, set);
}

int64_t Crossbar::exact(const std::vector<int64_t>& x, int c) const {
  int64_t y = 0;
  for (int r = 0; r < R_; ++r) y += x[r] * W_[r][c];
  return y;
}

uint64_t Crossbar::conversion_key(uint64_t vector, int t, int j, int set, int c) const {
  return ((vector * uint64_t(C_) + uint64_t(c)) * 64 + uint64_t(t)) * 64 + uint64_t(set * J_ + j);
}

void Crossbar::conversion_keys(uint64_t vector, uint64_t* keys) const {
  // conversion_key(vector, t, j, set, c) is conversion_key(vector, t, 0, 0, c) + set * J + j, and column(c,
  // set, j) is column(c, 0, 0) + set * J + j.
  const int T = num_slices(L_.PI, L_.in_signed, L_.PD), cols = columns(), per_neuron = sets_ * J_;
  for (int t = 0; t < T; ++t)
    for (int c = 0; c < C_; ++c) {
      const uint64_t k0 = conversion_key(vector, t, 0, 0, c);
      uint64_t* dst = keys + conversion_slot(t, column(c, 0, 0), cols);
      for (int sj = 0; sj < per_neuron; ++sj) dst[sj] = k0 + uint64_t(sj);
    }
}

double Crossbar::v(const std::vector<int64_t>& x, int t, int j, int set, int c, int k, uint64_t conv) const {
  if (int(x.size()) != R_) throw std::invalid_argument("input vector length differs from the rows");
  const double* g = &g_[size_t(column(c, set, j)) * R_];
  double s = 0;
  for (int r = 0; r < R_; ++r) s += double(slice_value(x[r], t, L_.PI, L_.in_signed, L_.PD)) * g[r];
  return std::ldexp(s + noise(conv), -k);
}

double Crossbar::noise(uint64_t conv) const {
  return ni_.read_noise > 0 ? ni_.read_noise * keyed_normal(ni_.seed, kRead, conv, 0) : 0.0;
}

void Crossbar::noises(const uint64_t* convs, size_t n, double* out) const {
  if (ni_.read_noise <= 0) {
    std::fill(out, out + n, 0.0);
    return;
  }
  keyed_normals(ni_.seed, kRead, convs, n, out);
  for (size_t i = 0; i < n; ++i) out[i] *= ni_.read_noise;
}

const TrqSetting& AdcConfig::at(int significance) const {
  if (table.empty()) return setting;
  return table[size_t(std::min<int>(significance, int(table.size()) - 1))];
}

std::string adc_check(const AdcConfig& a) {
  if (a.N < 1 || a.N > 12) return "N=" + std::to_string(a.N) + " is out of range 1..12";
  if (a.k < 0 || a.k > 15) return "k=" + std::to_string(a.k) + " is out of range 0..15";
  if (a.table.empty()) return trq_check(a.N, a.setting);
  for (size_t i = 0; i < a.table.size(); ++i) {
    const std::string why = trq_check(a.N, a.table[i]);
    if (!why.empty()) return "table entry " + std::to_string(i) + ": " + why;
  }
  return "";
}

namespace {

// One layer run, with the ADC inputs from v_of(t, j, set, c).
template <class VOf>
LayerRun run_layer_with(const Crossbar& xb, const std::vector<int64_t>& x, const AdcConfig& adc, bool keep_samples,
                        VOf v_of) {
  const Layer& L = xb.layer();
  const std::string why = adc_check(adc);
  if (!why.empty()) throw std::invalid_argument(why);
  ShiftAddGen g;
  g.N = adc.N;
  g.PD = L.PD;
  g.PR = L.PR;
  g.PImax = L.PI;
  g.PWmax = L.PW;
  g.R = xb.rows();
  g.Kmax = adc.k;
  g.enc = L.enc;
  const ShiftAddCfg cfg{L.PI, L.in_signed, L.PW, adc.k};
  const int T = num_slices(L.PI, L.in_signed, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc);
  LayerRun run;
  const double off = xb.nonideal().cmp_offset;
  const int64_t xsum = sum(x);
  for (int c = 0; c < xb.neurons(); ++c) {
    std::vector<Beat> beats;
    for (int t = 0; t < T; ++t)
      for (int set = 0; set < num_col_sets(L.enc); ++set)
        for (int j = 0; j < J; ++j) {
          const double v = v_of(t, j, set, c);
          const int sig = slice_b(t, L.PI, L.in_signed, L.PD) + j * L.PR;
          const Conversion conv = convert(adc.N, adc.at(sig), [v, off](uint32_t d) { return v + off >= double(d); });
          beats.push_back(Beat{conv.code, conv.sexp, t, j, set});
          ++run.conversions;
          run.comparisons += conv.ncmp;
          if (keep_samples) run.samples.push_back({v, sig});
        }
    run.y.push_back(shift_add(g, cfg, beats, xsum));
    run.exact.push_back(xb.exact(x, c));
  }
  return run;
}

}  // namespace

LayerRun run_layer(const Crossbar& xb, const std::vector<int64_t>& x, const AdcConfig& adc, uint64_t vector,
                   bool keep_samples) {
  return run_layer_with(xb, x, adc, keep_samples, [&](int t, int j, int set, int c) {
    return xb.v(x, t, j, set, c, adc.k, xb.conversion_key(vector, t, j, set, c));
  });
}

LayerRun run_layer(const Crossbar& xb, const std::vector<int64_t>& x, const AdcConfig& adc,
                   const std::vector<double>& vs, bool keep_samples) {
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), J = num_weight_cols(L.PW, L.PR, L.enc);
  const int S = num_col_sets(L.enc);
  if (vs.size() != size_t(xb.neurons()) * size_t(S * J * T))
    throw std::invalid_argument("run_layer: vs does not hold one value per conversion");
  return run_layer_with(xb, x, adc, keep_samples,
                        [&](int t, int j, int set, int c) { return vs[conversion_slot(t, (c * S + set) * J + j, xb.columns())]; });
}

ErrorStats error_stats(const std::vector<int64_t>& hw, const std::vector<int64_t>& exact) {
  return error_stats_real(std::vector<double>(hw.begin(), hw.end()), std::vector<double>(exact.begin(), exact.end()));
}

ErrorStats error_stats_real(const std::vector<double>& hw, const std::vector<double>& exact) {
  ErrorStats e;
  double psig = 0, pnoise = 0;
  for (size_t i = 0; i < hw.size(); ++i) {
    const double d = hw[i] - exact[i];
    e.max_abs = std::max(e.max_abs, std::fabs(d));
    pnoise += d * d;
    psig += exact[i] * exact[i];
  }
  e.n = long(hw.size());
  if (e.n == 0) return e;
  psig /= double(e.n);
  pnoise /= double(e.n);
  e.rms = std::sqrt(pnoise);
  e.sinad_db = pnoise > 0 ? 10.0 * std::log10((psig + pnoise) / pnoise) : std::numeric_limits<double>::infinity();
  return e;
}

}  // namespace cim
