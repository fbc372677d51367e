#include "fast.hpp"

#include <algorithm>
#include <cmath>

namespace cim {

namespace {

// The inner loops of the fast paths, compiled for three instruction sets (AVX-512 with VPOPCNTDQ, AVX2, the
// x86-64 baseline) and chosen once, when the library loads, for the CPU it runs on: the shipped build is
// fast without -march=native, and runs anywhere. CMake builds this file with -O3 (the loops vectorise) and
// -ffp-contract=off (no fused multiply-add, so the non-ideal sums stay bit-identical to Crossbar::v).
//   popcount_set / popcount_add: acc[col] = / += popcount(wt[col] & xw) << sh, the ideal path;
//   add_row:      acc[col] += sv * g[col] (sv = 1: acc[col] += g[col]), the non-ideal path.
#define CIM_POPCOUNT_SET \
  for (int col = 0; col < cols; ++col) acc[col] = int64_t(__builtin_popcountll(wt[col] & xw)) << sh;
#define CIM_POPCOUNT_ADD \
  for (int col = 0; col < cols; ++col) acc[col] += int64_t(__builtin_popcountll(wt[col] & xw)) << sh;
#define CIM_ADD_ROW                                                  \
  if (sv == 1.0) {                                                   \
    for (int col = 0; col < cols; ++col) acc[col] += g[col];         \
  } else {                                                           \
    for (int col = 0; col < cols; ++col) acc[col] += sv * g[col];    \
  }
#define CIM_KERNELS(suffix, attr)                                                                             \
  attr void popcount_set_##suffix(const uint64_t* wt, uint64_t xw, int64_t* acc, int cols, int sh) {          \
    CIM_POPCOUNT_SET                                                                                          \
  }                                                                                                           \
  attr void popcount_add_##suffix(const uint64_t* wt, uint64_t xw, int64_t* acc, int cols, int sh) {          \
    CIM_POPCOUNT_ADD                                                                                          \
  }                                                                                                           \
  attr void add_row_##suffix(const double* g, double sv, double* acc, int cols) { CIM_ADD_ROW }

CIM_KERNELS(base, )
#if defined(__x86_64__) && defined(__GNUC__)
CIM_KERNELS(avx2, __attribute__((target("avx2,popcnt"))))
CIM_KERNELS(avx512, __attribute__((target("avx512f,avx512vl,avx512bw,avx512dq,avx512vpopcntdq"))))
#endif

struct Kernels {
  void (*popcount_set)(const uint64_t*, uint64_t, int64_t*, int, int);
  void (*popcount_add)(const uint64_t*, uint64_t, int64_t*, int, int);
  void (*add_row)(const double*, double, double*, int);
  const char* isa;
};

Kernels pick_kernels() {
#if defined(__x86_64__) && defined(__GNUC__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
      __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512vpopcntdq"))
    return {popcount_set_avx512, popcount_add_avx512, add_row_avx512, "AVX-512 (VPOPCNTDQ)"};
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
    return {popcount_set_avx2, popcount_add_avx2, add_row_avx2, "AVX2"};
#endif
  return {popcount_set_base, popcount_add_base, add_row_base, "baseline"};
}

const Kernels kKernels = pick_kernels();

// The 8 x 8 bit matrix whose row i is byte i of m, transposed: bit j of byte i moves to bit i of byte j
// (three swaps of off-diagonal blocks, Hacker's Delight 7-3).
uint64_t transpose_bits_8x8(uint64_t m) {
  m = (m & 0xAA55AA55AA55AA55ULL) | ((m & 0x00AA00AA00AA00AAULL) << 7) | ((m >> 7) & 0x00AA00AA00AA00AAULL);
  m = (m & 0xCCCC3333CCCC3333ULL) | ((m & 0x0000CCCC0000CCCCULL) << 14) | ((m >> 14) & 0x0000CCCC0000CCCCULL);
  m = (m & 0xF0F0F0F00F0F0F0FULL) | ((m & 0x00000000F0F0F0F0ULL) << 28) | ((m >> 28) & 0x00000000F0F0F0F0ULL);
  return m;
}

}  // namespace

const char* fast_path_isa() { return kKernels.isa; }

PackedLayer::PackedLayer(const Layer& L, const std::vector<std::vector<int64_t>>& W)
    : L_(L), R_(int(W.size())), C_(int(W[0].size())), J_(num_weight_cols(L.PW, L.PR, L.enc)),
      S_(num_col_sets(L.enc)), T_(num_slices(L.PI, L.in_signed, L.PD)), cols_(C_ * S_ * J_),
      words_((R_ + 63) / 64) {
  wplanesT_.assign(size_t(cols_) * size_t(L.PR) * size_t(words_), 0);
  for (int c = 0; c < C_; ++c)
    for (int set = 0; set < S_; ++set)
      for (int r = 0; r < R_; ++r) {
        const uint32_t u = stored_value(W[size_t(r)][size_t(c)], L.PW, L.enc, set);
        for (int j = 0; j < J_; ++j) {
          const uint32_t cell = cell_value(u, j, L.PR);
          const int col = (c * S_ + set) * J_ + j;
          for (int p = 0; p < L.PR; ++p)
            if ((cell >> p) & 1)
              wplanesT_[(size_t(p) * words_ + size_t(r / 64)) * size_t(cols_) + size_t(col)] |= uint64_t(1) << (r % 64);
        }
      }
  xplanes_.assign(size_t(T_) * size_t(L.PD) * size_t(words_), 0);
}

void PackedLayer::sums(const std::vector<int64_t>& x, std::vector<int64_t>& out) const {
  std::fill(xplanes_.begin(), xplanes_.end(), 0);
  // Slice t of an input is (pattern >> shift[t]) & mask[t] (slice_value, inlined).
  uint32_t shift[16], mask[16];
  for (int t = 0; t < T_; ++t) {
    const bool sign = is_sign_slice(t, L_.PI, L_.in_signed, L_.PD);
    shift[t] = uint32_t(sign ? L_.PI - 1 : t * L_.PD);
    const int hi = sign ? L_.PI : std::min(t * L_.PD + L_.PD, L_.in_signed ? L_.PI - 1 : L_.PI);
    mask[t] = (1u << (hi - int(shift[t]))) - 1;
  }
  const uint64_t pmask = (uint64_t(1) << L_.PI) - 1;
  if (L_.PD == 1) {
    // One input bit per slice (bit shift[t]; PI <= 8): eight rows at a time, as the bytes of a word,
    // transposed so that byte b holds bit b of the eight rows; plane b of 64 rows is eight such bytes.
    for (int w = 0; w < words_; ++w) {
      uint64_t planes[8] = {};
      for (int blk = 0; blk < 8 && w * 64 + blk * 8 < R_; ++blk) {
        uint64_t m = 0;
        for (int i = 0; i < 8; ++i) {
          const int r = w * 64 + blk * 8 + i;
          if (r < R_) m |= (uint64_t(x[size_t(r)]) & pmask) << (8 * i);
        }
        m = transpose_bits_8x8(m);
        for (int b = 0; b < 8; ++b) planes[b] |= ((m >> (8 * b)) & 0xff) << (8 * blk);
      }
      for (int t = 0; t < T_; ++t) xplanes_[size_t(t) * words_ + size_t(w)] = planes[shift[t]];
    }
  } else {
    for (int r = 0; r < R_; ++r) {
      const uint64_t pattern = uint64_t(x[size_t(r)]) & pmask, bit = uint64_t(1) << (r % 64);
      uint64_t* base = &xplanes_[size_t(r / 64)];
      for (int t = 0; t < T_; ++t)
        for (uint32_t s = uint32_t(pattern >> shift[t]) & mask[t]; s != 0; s &= s - 1)  // the set bits d
          base[(size_t(t) * L_.PD + size_t(__builtin_ctz(s))) * words_] |= bit;
    }
  }
  // Slice by slice, column-inner loops over the transposed weight planes: each step is an AND and a
  // popcount of contiguous words, vectorised (vpopcntq where the CPU has it). A slice's accumulators (one
  // row of out) stay in the first-level cache while every plane and word adds into them; the first one
  // assigns, so nothing is zeroed first.
  out.resize(size_t(T_) * size_t(cols_));
  for (int t = 0; t < T_; ++t) {
    int64_t* acc = &out[conversion_slot(t, 0, cols_)];
    bool first = true;
    for (int p = 0; p < L_.PR; ++p)
      for (int w = 0; w < words_; ++w) {
        const uint64_t* wt = &wplanesT_[(size_t(p) * words_ + size_t(w)) * size_t(cols_)];
        for (int d = 0; d < L_.PD; ++d) {
          const uint64_t xw = xplanes_[(size_t(t) * L_.PD + d) * words_ + size_t(w)];
          if (xw == 0) continue;
          (first ? kKernels.popcount_set : kKernels.popcount_add)(wt, xw, acc, cols_, d + p);
          first = false;
        }
      }
    if (first) std::fill(acc, acc + cols_, 0);  // slice t is 0 on every row
  }
}

void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out) {
  // Row-outer accumulation: each row of per-cell effective values is read
  // once and added, times its slice value, into every slice's accumulator
  // (an axpy over contiguous columns that vectorises without reassociation).
  // Rows are added in the same order as Crossbar::v, so the results are
  // bit-identical to it; slice values of 0 add exactly nothing and are skipped.
  // (Blocks of 256 columns, to keep the accumulators in the first-level cache, measured slower.)
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), R = xb.rows(), cols = xb.columns();
  const int J = num_weight_cols(L.PW, L.PR, L.enc), S = num_col_sets(L.enc);
  std::vector<double> acc(static_cast<size_t>(cols) * static_cast<size_t>(T), 0.0);
  for (int r = 0; r < R; ++r) {
    const double* g = xb.row_cells(r);
    for (int t = 0; t < T; ++t) {
      const double sv = double(slice_value(x[size_t(r)], t, L.PI, L.in_signed, L.PD));
      if (sv == 0) continue;
      kKernels.add_row(g, sv, &acc[conversion_slot(t, 0, cols)], cols);
    }
  }
  // Read noise of every conversion, drawn in one batch.
  std::vector<uint64_t> keys(size_t(cols) * size_t(T));
  for (int c = 0; c < xb.neurons(); ++c)
    for (int set = 0; set < S; ++set)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t)
          keys[conversion_slot(t, xb.column(c, set, j), cols)] = xb.conversion_key(vector, t, j, set, c);
  out.resize(keys.size());
  xb.noises(keys.data(), keys.size(), out.data());
  const double scale = std::ldexp(1.0, -k);
  for (size_t i = 0; i < out.size(); ++i) out[i] = (acc[i] + out[i]) * scale;  // acc is laid out as the slots
}

}  // namespace cim
