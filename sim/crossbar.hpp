// Behavioural model of the analog crossbar (SPEC.md section 4) and of one
// layer run through it: DAC slices, bit-line values with non-idealities, SAR
// conversions (adc.hpp) and the shift-and-add of section 2 (cim.hpp).
#pragma once

#include "adc.hpp"
#include "cim.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

namespace cim {

// Each non-ideality is off (ideal) at its default value.
struct NonIdeal {
  double d2d_sigma = 0;    // device-to-device: conductance * exp(N(0, sigma)), fixed per cell
  double read_noise = 0;   // cycle-to-cycle: Gaussian rms in bit-line LSBs, drawn once per conversion
  double p_stuck_lrs = 0;  // probability that a cell is stuck at LRS (Gon)
  double p_stuck_hrs = 0;  // probability that a cell is stuck at HRS (Goff)
  double r_wire = 0;       // wire resistance per cell segment (ohm): first-order IR drop
  double cmp_offset = 0;   // comparator offset in ADC LSBs: cmp(d) = (v + offset >= d)
  uint64_t seed = 1;       // layer seed: every draw is keyed by (seed, cell or conversion)
};
// Empty if every value is legal, else one line naming the value and its range.
std::string nonideal_check(const NonIdeal& ni);

constexpr double kGon = 1.0 / 100e3;  // LRS: 100 kOhm
constexpr double kGoff = 1.0 / 1e6;   // HRS: 1 MOhm

// Storage aligned to a cache line (64 bytes), for the fast paths' vector loads: std::vector's own storage is
// 16-byte aligned, and a 32-byte load that straddles two lines measured 1.5 times slower in their loops.
template <class T>
struct CacheAligned {
  using value_type = T;
  CacheAligned() = default;
  template <class U>
  CacheAligned(const CacheAligned<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(64))); }
  void deallocate(T* p, size_t) { ::operator delete(p, std::align_val_t(64)); }
  template <class U>
  bool operator==(const CacheAligned<U>&) const { return true; }
  template <class U>
  bool operator!=(const CacheAligned<U>&) const { return false; }
};
template <class T>
using AlignedVector = std::vector<T, CacheAligned<T>>;

// The instruction set the model's inner loops (fast.cpp, keyed_normals) run on: the best this CPU has, chosen
// once when the library loads; the environment variable CIM_FAST_ISA=baseline|avx2|avx512 asks for a lower
// one (the tests run every version the machine can; a level the CPU lacks, or a name not listed, is not taken).
enum class FastIsa { Baseline, Avx2, Avx512 };  // Avx512: F, VL, BW, DQ and VPOPCNTDQ
FastIsa fast_isa();

// Deterministic keyed draws (splitmix64 of the key): the model and a
// testbench replaying a conversion see the same numbers.
uint64_t key_hash(uint64_t seed, uint64_t a, uint64_t b, uint64_t c);
double keyed_uniform(uint64_t seed, uint64_t a, uint64_t b, uint64_t c);  // [0, 1)
double keyed_normal(uint64_t seed, uint64_t a, uint64_t b, uint64_t c);   // N(0, 1)
// keyed_normal(seed, a, b[i], 0) for n keys at once.
void keyed_normals(uint64_t seed, uint64_t a, const uint64_t* b, size_t n, double* out);

// A layer mapped onto one array: R rows, C neurons, each neuron's weight in
// J columns per column set (physical column (c*SETS + set)*J + j).
class Crossbar {
 public:
  // W is R x C (W[r][c]), each weight in the encoding's legal range.
  Crossbar(const Layer& L, const std::vector<std::vector<int64_t>>& W, const NonIdeal& ni);
  int rows() const { return R_; }
  int neurons() const { return C_; }
  const Layer& layer() const { return L_; }
  const NonIdeal& nonideal() const { return ni_; }
  int columns() const { return C_ * sets_ * J_; }
  int column(int c, int set, int j) const { return (c * sets_ + set) * J_ + j; }
  // Effective cell value in level units (ideal: the stored cell value).
  double cell(int r, int col) const { return g_[size_t(col) * R_ + r]; }
  const double* column_cells(int col) const { return &g_[size_t(col) * R_]; }
  // The effective cell values again, in blocks of kCellBlock columns (the last block padded with zeros):
  // block b holds row r's values of columns b*kCellBlock .. at row r*kCellBlock, so that the fast path reads
  // one block's rows contiguously (all_v, fast.hpp).
  static constexpr int kCellBlock = 32;
  int cell_blocks() const { return (columns() + kCellBlock - 1) / kCellBlock; }
  const double* block_cells(int b) const { return &gblk_[size_t(b) * size_t(R_) * kCellBlock]; }
  // Read noise of one conversion in bit-line LSBs (0 when disabled).
  double noise(uint64_t conv) const;
  // noise(convs[i]) for n conversions at once.
  void noises(const uint64_t* convs, size_t n, double* out) const;
  // Exact integer bit-line sum of slice t (ideal cells).
  int64_t ideal_sum(const std::vector<int64_t>& x, int t, int j, int set, int c) const;
  // Real ADC input of one conversion after the gain shift k:
  // (sum_r slice_t(x_r) * cell + read noise) / 2^k. `conv` keys the read
  // noise draw (use conversion_key).
  double v(const std::vector<int64_t>& x, int t, int j, int set, int c, int k, uint64_t conv) const;
  uint64_t conversion_key(uint64_t vector, int t, int j, int set, int c) const;
  // Every conversion's key of one vector, keys[conversion_slot(t, col, columns())].
  void conversion_keys(uint64_t vector, uint64_t* keys) const;
  // Exact integer dot product of neuron c.
  int64_t exact(const std::vector<int64_t>& x, int c) const;

 private:
  Layer L_;
  NonIdeal ni_;
  int R_, C_, J_, sets_;
  std::vector<std::vector<int64_t>> W_;
  std::vector<double> g_;     // column-major effective cell values
  AlignedVector<double> gblk_;  // the same, in blocks of columns (block_cells)
};

// ADC settings of a layer: one TRQ setting, or a table indexed by the
// significance b_t + j*PR of the partial sum (entries past the end use the
// last one).
struct AdcConfig {
  int N = 8;
  int k = 0;
  TrqSetting setting;
  std::vector<TrqSetting> table;
  const TrqSetting& at(int significance) const;
};
std::string adc_check(const AdcConfig& a);

struct Sample {
  double v;          // ADC input
  int significance;  // b_t + j*PR
};

struct LayerRun {
  std::vector<int64_t> y;      // hardware output per neuron
  std::vector<int64_t> exact;  // exact integer dot product per neuron
  long conversions = 0;
  long comparisons = 0;
  std::vector<Sample> samples;  // every ADC input, when asked for
};

// Where the conversion of slice t on column col sits in the fast paths' outputs (all_v, PackedLayer::sums):
// slice-major, the layout their accumulators have, so that they are written out with no reordering.
inline size_t conversion_slot(int t, int col, int columns) { return size_t(t) * size_t(columns) + size_t(col); }

// Runs one input vector through the layer: every conversion of every neuron,
// shift-and-add, encoding correction.
LayerRun run_layer(const Crossbar& xb, const std::vector<int64_t>& x, const AdcConfig& adc, uint64_t vector,
                   bool keep_samples = false);
// The same with the ADC inputs given, as all_v (fast.hpp) computes them: the value of slice t on column
// col = (c * SETS + set) * J + j at vs[conversion_slot(t, col, columns)].
LayerRun run_layer(const Crossbar& xb, const std::vector<int64_t>& x, const AdcConfig& adc,
                   const std::vector<double>& vs, bool keep_samples = false);

// Error statistics of outputs against the exact results (seed 002: SINAD =
// 10 log10((P_sig + P_noise) / P_noise)).
struct ErrorStats {
  double max_abs = 0, rms = 0, sinad_db = 0;
  long n = 0;
};
ErrorStats error_stats(const std::vector<int64_t>& hw, const std::vector<int64_t>& exact);
ErrorStats error_stats_real(const std::vector<double>& hw, const std::vector<double>& ref);

}  // namespace cim
