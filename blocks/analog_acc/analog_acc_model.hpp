// The three accumulation strategies of seed 002 (issue 8), run on an ideal
// crossbar with unsigned inputs and weights, each with its own sequencing:
//   A  every bit-line sum S[t][j] (input slice t, weight column j) is
//      converted (eq. 2 bits) and shift-and-added digitally;
//   B  the slice results are buffered in analog form; a buffer bit line sums
//      the S[t][j] of one significance d = t + j (PD = PR, so slices and
//      columns align) and is converted (eq. 3 bits), then shift-and-added;
//   C  the NNS+A accumulates in the analog domain, LSB first: each input
//      cycle adds the slice's weighted column sum S_t = sum_j S[t][j] 2^(j PR)
//      to the held sum scaled by 2^-PD, U_t = S_t + 2^-PD U_(t-1), so
//      U = x.w / 2^((T-1) PD). The circuit holds V = U / alpha with the
//      paper's normalisation alpha = 2^-PD + sum_j 2^(j PR) (its ground truth
//      V_t = (2^-PD V_(t-1) + S_t) / alpha, with the held sum fed back in the
//      slice sums' units; fed back normalised, each earlier slice would lose
//      another factor alpha and V would not be a dot product). The sum,
//      normalised to the full scale 2^F (F = bits of the largest dot
//      product), is converted once, keeping the PO most significant bits
//      (eq. 4); the result is code << (F - PO).
// Noise is the paper's lumped Gaussian model (eq. 13): each analog value a
// strategy converts gets N(0, sigma) with sigma = max|value| / 10^(SINAD/20),
// the maximum over the layer's ideal values of that kind. Conversions are
// uniform SAR (one comparison per bit).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace cim::strategy {

struct Setup {
  int PI = 8, PW = 8, PO = 8, PD = 1, PR = 1, R = 128;
  double sinad_db = std::numeric_limits<double>::infinity();  // eq. 13; infinity: no noise
};

// Empty if strategy s ('A', 'B', 'C') can run the setup, else why not (B needs PD = PR).
std::string check(char s, const Setup& u);

int slices(const Setup& u);      // T = ceil(PI / PD), eq. 8
int columns(const Setup& u);     // J = ceil(PW / PR)
int adc_bits(char s, const Setup& u);  // eqs. 2-4
int full_scale_bits(const Setup& u);   // F: bits of (2^PI - 1)(2^PW - 1) R

// One dot product through one strategy.
struct Output {
  int64_t exact = 0;       // x . w
  double out = 0;          // the strategy's digital result, in dot-product units
  int conversions = 0;
  int comparisons = 0;
  int input_cycles = 0;
  double held = 0;         // C: U = x.w / 2^((T-1) PD), the NNS+A's final sum in slice-sum units
                           // (the circuit holds U / alpha, alpha = 2^-PD + sum_j 2^(j PR))
};

// The analog values strategy s converts for x . w, noise-free, in conversion order (A: S[t][j] for t, j;
// B: the buffer bit lines d = 0 .. T+J-2; C: the normalised sum x.w / 2^F, in ADC full-scale units).
std::vector<double> analog_values(char s, const Setup& u, const std::vector<uint32_t>& x,
                                  const std::vector<uint32_t>& w);

// Runs x . w through strategy s; sigma is the noise on each converted value (0: none), in the units of
// analog_values.
Output run(char s, const Setup& u, const std::vector<uint32_t>& x, const std::vector<uint32_t>& w, double sigma,
           std::mt19937_64& rng);
// The same with noisy(v) the value a conversion sees for the ideal value v (called once per conversion, in
// the order of analog_values), so a testbench can play the same noisy analog side to the RTL.
Output run(char s, const Setup& u, const std::vector<uint32_t>& x, const std::vector<uint32_t>& w,
           const std::function<double(double)>& noisy);

// eq. 13: sigma = max_abs / 10^(SINAD / 20) (0 for an infinite SINAD).
double sigma_for(double max_abs, double sinad_db);

// A random layer (`outputs` weight columns of R rows, inputs uniform) through strategy s, with sigma from
// eq. 13 over the layer's values: conversions, comparisons and input cycles per output as the sequencing
// ran them, and the SINAD of the results against the exact products (seed 002's definition).
struct Measured {
  double conversions = 0, comparisons = 0, input_cycles = 0;
  double sinad_db = 0;  // infinity when every result is exact
  int outputs = 0;
};
Measured measure(char s, const Setup& u, int outputs, int vectors, uint64_t seed);

}  // namespace cim::strategy
