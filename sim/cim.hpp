// Behavioural model of the digital side of a ReRAM CIM layer: SPEC.md
// sections 1 (precision, slicing, encodings), 2 (shift-and-add) and 5
// (analytical report). Bit-exact reference for the generated RTL; no
// Verilator dependency.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cim {

enum class WEnc { Unsigned = 0, Offset = 1, Differential = 2 };
const char* wenc_name(WEnc enc);

// ------------------------------------------------------- section 1: slicing
// Number of input slices T for PI-bit inputs streamed PD bits per cycle.
int num_slices(int PI, bool in_signed, int PD);
// True for the last slice of a signed input, which holds only the sign bit.
bool is_sign_slice(int t, int PI, bool in_signed, int PD);
// First input bit b_t of slice t.
int slice_b(int t, int PI, bool in_signed, int PD);
// Value driven by the DACs for slice t of input x (0 .. 2^PD - 1).
uint32_t slice_value(int64_t x, int t, int PI, bool in_signed, int PD);

int64_t x_min(int PI, bool in_signed);
int64_t x_max(int PI, bool in_signed);

// Weights: stored width PWs, cells per weight J, column sets (2 for
// differential), legal weight range, stored value of set `set`, cell j.
int stored_width(int PW, WEnc enc);
int num_weight_cols(int PW, int PR, WEnc enc);
int num_col_sets(WEnc enc);
int64_t w_min(int PW, WEnc enc);
int64_t w_max(int PW, WEnc enc);
uint32_t stored_value(int64_t w, int PW, WEnc enc, int set);
uint32_t cell_value(uint32_t u, int j, int PR);

// ADC bits that represent every bit-line sum exactly.
int nreq(int PD, int PR, int R);

// Ideal bit-line sum s[t][j] of one neuron (one column set).
struct Layer {
  int PI = 8;
  bool in_signed = false;
  int PD = 1;
  int PW = 8;
  int PR = 1;
  WEnc enc = WEnc::Unsigned;
};
int64_t bitline_sum(const Layer& L, const std::vector<int64_t>& x, const std::vector<int64_t>& wcol, int t, int j,
                    int set);
int64_t dot(const std::vector<int64_t>& x, const std::vector<int64_t>& wcol);
int64_t sum(const std::vector<int64_t>& x);

// Ideal uniform N-bit conversion of a bit-line sum after the gain shift k:
// min(floor(s / 2^k), 2^N - 1).
uint32_t adc_ideal(int64_t s, int k, int N);

// ------------------------------------------------ section 2: shift-and-add
// rec = (code << k) + ((step << k) >> 1), step = 2^sexp, in bit-line LSBs.
int64_t rec(uint32_t code, int sexp, int k);

// Generation-time parameters of the shift-and-add unit.
struct ShiftAddGen {
  int N = 8;
  int PD = 1;
  int PR = 1;
  int PImax = 8;
  int PWmax = 8;
  int R = 128;
  int Kmax = 0;
  WEnc enc = WEnc::Unsigned;
};

// Per-layer run-time settings as written to the unit's configuration inputs.
struct ShiftAddCfg {
  int PI = 8;
  bool in_signed = false;
  int PW = 8;
  int k = 0;
};

// One conversion result: code, step exponent (step = 2^sexp), input slice t,
// weight column j, column set (0: +, 1: - of a differential pair).
struct Beat {
  uint32_t code = 0;
  int sexp = 0;
  int t = 0;
  int j = 0;
  int set = 0;
};

// The unit's documented handling of out-of-range run-time values: PI, PW
// and k are clamped to their generated ranges (PW >= 2 for differential).
ShiftAddCfg effective(const ShiftAddGen& g, ShiftAddCfg raw);
int sexp_max(const ShiftAddGen& g);
int max_slices(const ShiftAddGen& g);     // largest T over run-time settings
int max_weight_cols(const ShiftAddGen& g);  // largest J
// Whether a beat's tags address a slice/column of the current layer; beats
// that do not are accepted and contribute nothing.
bool beat_in_range(const ShiftAddGen& g, const ShiftAddCfg& eff, const Beat& b);
// Signed contribution of one beat: sgn(t) * (-1)^set * rec << (b_t + j*PR).
int64_t contribution(const ShiftAddGen& g, const ShiftAddCfg& eff, Beat b);
// Encoding correction subtracted at the end (offset: 2^(PW-1) * xsum).
int64_t correction(const ShiftAddGen& g, const ShiftAddCfg& eff, int64_t xsum);
// The output of one dot product: what the RTL must produce.
int64_t shift_add(const ShiftAddGen& g, const ShiftAddCfg& cfg, const std::vector<Beat>& beats, int64_t xsum);

// Width of the xsum input (offset encoding): holds any sum of R inputs.
int xsum_width(const ShiftAddGen& g);
// Range of every reachable accumulator and output value, and the smallest
// two's complement width that holds it.
struct AccRange {
  int64_t lo = 0, hi = 0;
  int width = 1;
};
AccRange acc_range(const ShiftAddGen& g);

// Conversions of one neuron's dot product with ideal analog values and the
// ideal uniform N-bit ADC, in stream order (t outer, set, j inner).
std::vector<Beat> ideal_beats(const ShiftAddGen& g, const ShiftAddCfg& cfg, const std::vector<int64_t>& x,
                              const std::vector<int64_t>& wcol);

// ------------------------------------------- section 5: analytical report
struct StrategyRow {
  char strategy;    // 'A', 'B', 'C'
  int adc_bits;
  int conversions;
  int cycles;
  const char* what;
};
struct Report {
  std::vector<StrategyRow> rows;
  int nreq = 0;
  int n = 0;  // log2 of the rows (rounded up)
};
Report report(int PI, int PW, int PO, int PD, int PR, int R);

// Smallest n with 2^n >= v.
int ceil_log2(uint64_t v);
int ceil_div(int a, int b);

}  // namespace cim
