#include "cim.hpp"

#include <algorithm>
#include <stdexcept>

namespace cim {

const char* wenc_name(WEnc enc) {
  switch (enc) {
    case WEnc::Unsigned: return "unsigned";
    case WEnc::Offset: return "offset";
    case WEnc::Differential: return "differential";
  }
  return "?";
}

int ceil_div(int a, int b) { return (a + b - 1) / b; }

int ceil_log2(uint64_t v) {
  int n = 0;
  while (n < 64 && (uint64_t(1) << n) < v) ++n;
  return n;
}

// ------------------------------------------------------------------ slicing
int num_slices(int PI, bool in_signed, int PD) {
  return in_signed ? ceil_div(PI - 1, PD) + 1 : ceil_div(PI, PD);
}

bool is_sign_slice(int t, int PI, bool in_signed, int PD) { return in_signed && t == num_slices(PI, true, PD) - 1; }

int slice_b(int t, int PI, bool in_signed, int PD) { return is_sign_slice(t, PI, in_signed, PD) ? PI - 1 : t * PD; }

uint32_t slice_value(int64_t x, int t, int PI, bool in_signed, int PD) {
  const uint64_t pattern = static_cast<uint64_t>(x) & ((uint64_t(1) << PI) - 1);
  if (is_sign_slice(t, PI, in_signed, PD)) return static_cast<uint32_t>((pattern >> (PI - 1)) & 1);
  const int lo = t * PD;
  const int hi = std::min(lo + PD, in_signed ? PI - 1 : PI);
  return static_cast<uint32_t>((pattern >> lo) & ((uint64_t(1) << (hi - lo)) - 1));
}

int64_t x_min(int PI, bool in_signed) { return in_signed ? -(int64_t(1) << (PI - 1)) : 0; }
int64_t x_max(int PI, bool in_signed) { return in_signed ? (int64_t(1) << (PI - 1)) - 1 : (int64_t(1) << PI) - 1; }

// ------------------------------------------------------------------ weights
int stored_width(int PW, WEnc enc) { return enc == WEnc::Differential ? PW - 1 : PW; }
int num_weight_cols(int PW, int PR, WEnc enc) { return ceil_div(stored_width(PW, enc), PR); }
int num_col_sets(WEnc enc) { return enc == WEnc::Differential ? 2 : 1; }

int64_t w_min(int PW, WEnc enc) {
  switch (enc) {
    case WEnc::Unsigned: return 0;
    case WEnc::Offset: return -(int64_t(1) << (PW - 1));
    case WEnc::Differential: return -((int64_t(1) << (PW - 1)) - 1);
  }
  return 0;
}

int64_t w_max(int PW, WEnc enc) {
  return enc == WEnc::Unsigned ? (int64_t(1) << PW) - 1 : (int64_t(1) << (PW - 1)) - 1;
}

uint32_t stored_value(int64_t w, int PW, WEnc enc, int set) {
  if (w < w_min(PW, enc) || w > w_max(PW, enc)) throw std::out_of_range("cim: weight out of range");
  switch (enc) {
    case WEnc::Unsigned: return static_cast<uint32_t>(w);
    case WEnc::Offset: return static_cast<uint32_t>(w + (int64_t(1) << (PW - 1)));
    case WEnc::Differential: return static_cast<uint32_t>(set == 0 ? std::max<int64_t>(w, 0) : std::max<int64_t>(-w, 0));
  }
  return 0;
}

uint32_t cell_value(uint32_t u, int j, int PR) { return (u >> (j * PR)) & ((1u << PR) - 1); }

int nreq(int PD, int PR, int R) {
  const uint64_t max_sum = uint64_t((1u << PD) - 1) * uint64_t((1u << PR) - 1) * uint64_t(R);
  return ceil_log2(max_sum + 1);
}

int64_t bitline_sum(const Layer& L, const std::vector<int64_t>& x, const std::vector<int64_t>& wcol, int t, int j,
                    int set) {
  int64_t s = 0;
  for (size_t r = 0; r < x.size(); ++r) {
    const uint32_t u = stored_value(wcol[r], L.PW, L.enc, set);
    s += int64_t(slice_value(x[r], t, L.PI, L.in_signed, L.PD)) * cell_value(u, j, L.PR);
  }
  return s;
}

int64_t dot(const std::vector<int64_t>& x, const std::vector<int64_t>& wcol) {
  int64_t y = 0;
  for (size_t r = 0; r < x.size(); ++r) y += x[r] * wcol[r];
  return y;
}

int64_t sum(const std::vector<int64_t>& x) {
  int64_t s = 0;
  for (auto v : x) s += v;
  return s;
}

uint32_t adc_ideal(int64_t s, int k, int N) {
  const int64_t v = s >> k;
  const int64_t full = (int64_t(1) << N) - 1;
  return static_cast<uint32_t>(std::clamp<int64_t>(v, 0, full));
}

// ------------------------------------------------------------ shift-and-add
int64_t rec(uint32_t code, int sexp, int k) {
  const int64_t step = int64_t(1) << sexp;
  return (int64_t(code) << k) + ((step << k) >> 1);
}

ShiftAddCfg effective(const ShiftAddGen& g, ShiftAddCfg raw) {
  const int pw_min = g.enc == WEnc::Differential ? 2 : 1;
  raw.PI = std::clamp(raw.PI, 1, g.PImax);
  raw.PW = std::clamp(raw.PW, pw_min, g.PWmax);
  raw.k = std::clamp(raw.k, 0, g.Kmax);
  return raw;
}

int sexp_max(const ShiftAddGen& g) { return g.N - 1; }

int max_slices(const ShiftAddGen& g) {
  return std::max(num_slices(g.PImax, false, g.PD), num_slices(g.PImax, true, g.PD));
}

int max_weight_cols(const ShiftAddGen& g) { return num_weight_cols(g.PWmax, g.PR, g.enc); }

bool beat_in_range(const ShiftAddGen& g, const ShiftAddCfg& eff, const Beat& b) {
  const int t_limit = eff.in_signed ? eff.PI - 1 + g.PD : eff.PI;  // t valid iff t*PD < t_limit
  if (b.t * g.PD >= t_limit) return false;
  if (b.j * g.PR >= stored_width(eff.PW, g.enc)) return false;
  return b.set < num_col_sets(g.enc);
}

int64_t contribution(const ShiftAddGen& g, const ShiftAddCfg& eff, Beat b) {
  if (!beat_in_range(g, eff, b)) return 0;
  b.sexp = std::clamp(b.sexp, 0, sexp_max(g));
  const bool sign = eff.in_signed && b.t * g.PD >= eff.PI - 1;
  const int shift = (sign ? eff.PI - 1 : b.t * g.PD) + b.j * g.PR;
  const int64_t mag = rec(b.code, b.sexp, eff.k) << shift;
  return (sign != (b.set == 1)) ? -mag : mag;
}

int64_t correction(const ShiftAddGen& g, const ShiftAddCfg& eff, int64_t xsum) {
  return g.enc == WEnc::Offset ? xsum * (int64_t(1) << (eff.PW - 1)) : 0;
}

int64_t shift_add(const ShiftAddGen& g, const ShiftAddCfg& cfg, const std::vector<Beat>& beats, int64_t xsum) {
  const ShiftAddCfg eff = effective(g, cfg);
  int64_t acc = 0;
  for (const auto& b : beats) acc += contribution(g, eff, b);
  return acc - correction(g, eff, xsum);
}

int xsum_width(const ShiftAddGen& g) {
  // Signed inputs reach -R*2^(PI-1); unsigned ones R*(2^PI - 1).
  const int64_t lo = -int64_t(g.R) * (int64_t(1) << (g.PImax - 1));
  const int64_t hi = int64_t(g.R) * ((int64_t(1) << g.PImax) - 1);
  int w = 1;
  while (!(lo >= -(int64_t(1) << (w - 1)) && hi <= (int64_t(1) << (w - 1)) - 1)) ++w;
  return w;
}

AccRange acc_range(const ShiftAddGen& g) {
  // Every code and step exponent the input port can carry, the largest gain
  // shift, every run-time precision, each tag at most once per dot product.
  const int xw = xsum_width(g);
  const int64_t xlo = -(int64_t(1) << (xw - 1)), xhi = (int64_t(1) << (xw - 1)) - 1;
  AccRange r;
  const int pw_min = g.enc == WEnc::Differential ? 2 : 1;
  for (int PI = 1; PI <= g.PImax; ++PI)
    for (int sg = 0; sg < 2; ++sg)
      for (int PW = pw_min; PW <= g.PWmax; ++PW) {
        const ShiftAddCfg eff{PI, sg == 1, PW, g.Kmax};
        int64_t pos = 0, neg = 0;
        for (int t = 0; t < max_slices(g); ++t)
          for (int j = 0; j < max_weight_cols(g); ++j)
            for (int set = 0; set < num_col_sets(g.enc); ++set) {
              const int64_t c = contribution(g, eff, Beat{(1u << g.N) - 1, sexp_max(g), t, j, set});
              if (c > 0) pos += c;
              else neg += c;
            }
        int64_t lo = neg, hi = pos;
        if (g.enc == WEnc::Offset) {
          lo = std::min(lo, neg - correction(g, eff, xhi));
          hi = std::max(hi, pos - correction(g, eff, xlo));
        }
        r.lo = std::min(r.lo, lo);
        r.hi = std::max(r.hi, hi);
      }
  r.width = 1;
  while (!(r.lo >= -(int64_t(1) << (r.width - 1)) && r.hi <= (int64_t(1) << (r.width - 1)) - 1)) ++r.width;
  return r;
}

std::vector<Beat> ideal_beats(const ShiftAddGen& g, const ShiftAddCfg& cfg, const std::vector<int64_t>& x,
                              const std::vector<int64_t>& wcol) {
  const ShiftAddCfg eff = effective(g, cfg);
  const Layer L{eff.PI, eff.in_signed, g.PD, eff.PW, g.PR, g.enc};
  std::vector<Beat> beats;
  for (int t = 0; t < num_slices(eff.PI, eff.in_signed, g.PD); ++t)
    for (int set = 0; set < num_col_sets(g.enc); ++set)
      for (int j = 0; j < num_weight_cols(eff.PW, g.PR, g.enc); ++j)
        beats.push_back(Beat{adc_ideal(bitline_sum(L, x, wcol, t, j, set), eff.k, g.N), 0, t, j, set});
  return beats;
}

// ------------------------------------------------------------------- report
Report report(int PI, int PW, int PO, int PD, int PR, int R) {
  Report rep;
  rep.n = ceil_log2(static_cast<uint64_t>(R));
  rep.nreq = nreq(PD, PR, R);
  const int cycles = ceil_div(PI, PD);                                  // eq. 8
  const int cols = ceil_div(PW, PR);
  const int pa = (PR > 1 && PD > 1) ? PR + PD + rep.n : PR + PD - 1 + rep.n;  // eq. 2
  const int pb = pa + ceil_log2(static_cast<uint64_t>(cycles));         // eq. 3
  rep.rows.push_back({'A', pa, cycles * cols, cycles, "digital shift-and-add after every conversion"});  // eq. 5
  rep.rows.push_back({'B', pb, cycles + cols - 1, cycles, "analog buffering, then digital shift-and-add"});  // eq. 6
  rep.rows.push_back({'C', PO, 1, cycles, "fully analog accumulation, one conversion"});  // eqs. 4, 7
  return rep;
}

}  // namespace cim
