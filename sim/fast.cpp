#include "fast.hpp"

#include <algorithm>
#include <cmath>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace cim {

namespace {

// The inner loops of the fast paths, compiled for three instruction sets (AVX-512 with VPOPCNTDQ, AVX2, the
// x86-64 baseline) and chosen once, when the library loads, for the CPU it runs on: the shipped build is
// fast without -march=native, and runs anywhere. CMake builds this file with -O3 (the loops vectorise) and
// -ffp-contract=off (no fused multiply-add, so the non-ideal sums stay bit-identical to Crossbar::v).
//   popcount_set / popcount_add: acc[col] = / += popcount(wt[col] & xw) << sh, the ideal path (through
//                 popcount_words below);
//   add_rows:     a column block's sums of listed rows, the non-ideal path.
#define CIM_POPCOUNT_SET \
  for (int col = 0; col < cols; ++col) acc[col] = int64_t(__builtin_popcountll(wt[col] & xw)) << sh;
#define CIM_POPCOUNT_ADD \
  for (int col = 0; col < cols; ++col) acc[col] += int64_t(__builtin_popcountll(wt[col] & xw)) << sh;
// add_rows: out[0 .. kCellBlock) = sum over i < n of sv[i] * gb[rows[i]][..] (sv == nullptr: every sv[i] is
// 1), the non-ideal path, in NV accumulators of vector type V that stay in registers while the listed rows
// add into them in order (the order of Crossbar::v, so the sums are bit-identical to it).
typedef double v2d __attribute__((vector_size(16), aligned(8)));
typedef double v4d __attribute__((vector_size(32), aligned(8)));
typedef double v8d __attribute__((vector_size(64), aligned(8)));
#define CIM_ADD_ROWS(V, NV)                                                                        \
  constexpr int kW = Crossbar::kCellBlock, kL = int(sizeof(V) / sizeof(double));                  \
  for (int h = 0; h < kW; h += NV * kL) {                                                          \
    V a[NV] = {};                                                                                  \
    if (sv == nullptr) {                                                                           \
      for (int i = 0; i < n; ++i) {                                                                \
        const V* g = reinterpret_cast<const V*>(gb + size_t(rows[i]) * kW + size_t(h));            \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV; ++v) a[v] += g[v];                        \
      }                                                                                            \
    } else {                                                                                       \
      for (int i = 0; i < n; ++i) {                                                                \
        const V* g = reinterpret_cast<const V*>(gb + size_t(rows[i]) * kW + size_t(h));            \
        const V s = V{} + sv[i];                                                                   \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV; ++v) a[v] += s * g[v];                    \
      }                                                                                            \
    }                                                                                              \
    _Pragma("GCC unroll 16") for (int v = 0; v < NV; ++v) *reinterpret_cast<V*>(out + h + v * kL) = a[v]; \
  }
#define CIM_KERNELS(suffix, attr, V, NV)                                                                             \
  attr void popcount_set_##suffix(const uint64_t* wt, uint64_t xw, int64_t* acc, int cols, int sh) {          \
    CIM_POPCOUNT_SET                                                                                          \
  }                                                                                                           \
  attr void popcount_add_##suffix(const uint64_t* wt, uint64_t xw, int64_t* acc, int cols, int sh) {          \
    CIM_POPCOUNT_ADD                                                                                          \
  }                                                                                                           \
  /* unused on AVX2, where popcount_words_mula runs */                                                       \
  [[maybe_unused]] attr void popcount_words_##suffix(const uint64_t* wt, const uint64_t* xw, const int* ws, int nw, \
                                                     int64_t* acc, int cols, int sh, bool first) {            \
    for (int i = 0; i < nw; ++i)                                                                              \
      (first && i == 0 ? popcount_set_##suffix : popcount_add_##suffix)(wt + size_t(ws[i]) * size_t(cols), xw[i], \
                                                                        acc, cols, sh);                       \
  }                                                                                                           \
  attr void add_rows_##suffix(const double* gb, const int* rows, const double* sv, int n, double* out) {      \
    CIM_ADD_ROWS(V, NV)                                                                                      \
  }

// Eight accumulators where the registers allow (16 vector registers below AVX-512).
CIM_KERNELS(base, , v2d, 8)
#if defined(__x86_64__) && defined(__GNUC__)
CIM_KERNELS(avx2, __attribute__((target("avx2,popcnt"))), v4d, 8)
CIM_KERNELS(avx512, __attribute__((target("avx512f,avx512vl,avx512bw,avx512dq,avx512vpopcntdq"))), v8d, 4)
#endif

// popcount_words: acc[col] = (or +=, first false) sum over i < nw of popcount(wt[ws[i]][col] & xw[i]) << sh,
// wt row-major with cols columns. On AVX2 (popcount_words_mula) the popcount is a 4-bit table lookup per
// byte (vpshufb, W. Mula's method) on four columns at a time (GCC keeps __builtin_popcountll scalar without
// VPOPCNTDQ), and the weight words come split into their low and high nibbles once per layer (Kernels::
// nibbles): word w's low nibbles at wt[2w][col], high at wt[2w + 1][col], so that a step is an AND and a
// lookup per nibble. With up to 4 words the words' input masks stay in registers; a column's byte counts
// are summed before one vpsadbw (flushed every 31 words, as a byte holds at most 8 per word).
constexpr uint64_t kNibbles = 0x0f0f0f0f0f0f0f0fULL;
#if defined(__x86_64__) && defined(__GNUC__)
#define CIM_MULA_SETUP                                                                                 \
  const __m256i lut = _mm256_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, \
                                       2, 2, 3, 2, 3, 3, 4);                                         \
  const __m256i zero = _mm256_setzero_si256();                                                       \
  const __m128i shift = _mm_cvtsi32_si128(sh)
#define CIM_MULA_LOOKUP(lo_word, hi_word, xl, xh)                                                      \
  _mm256_add_epi8(_mm256_shuffle_epi8(lut, _mm256_and_si256(lo_word, xl)),                              \
                  _mm256_shuffle_epi8(lut, _mm256_and_si256(hi_word, xh)))
#define CIM_MULA_STORE(sums)                                                                           \
  {                                                                                                    \
    __m256i s_ = sums;                                                                                 \
    if (sh) s_ = _mm256_sll_epi64(s_, shift);                                                          \
    __m256i* a_ = reinterpret_cast<__m256i*>(acc + col);                                               \
    _mm256_storeu_si256(a_, first ? s_ : _mm256_add_epi64(s_, _mm256_loadu_si256(a_)));                 \
  }
#define CIM_MULA_TAIL                                                                                  \
  for (; col < cols; ++col) {                                                                          \
    int64_t s = 0;                                                                                     \
    for (int i = 0; i < nw; ++i) {                                                                     \
      const uint64_t* w = wt + size_t(2 * ws[i]) * size_t(cols) + size_t(col);                          \
      s += __builtin_popcountll(w[0] & xw[i] & kNibbles) + __builtin_popcountll(w[cols] & (xw[i] >> 4) & kNibbles); \
    }                                                                                                  \
    acc[col] = (first ? 0 : acc[col]) + (s << sh);                                                     \
  }
template <int NW>
__attribute__((target("avx2,popcnt"))) void mula_fixed(const uint64_t* wt, const uint64_t* xw, const int* ws,
                                                       int64_t* acc, int cols, int sh, bool first) {
  CIM_MULA_SETUP;
  constexpr int nw = NW;
  __m256i xl[NW], xh[NW];
  const uint64_t* row[NW];
  for (int i = 0; i < NW; ++i) {
    xl[i] = _mm256_set1_epi64x(int64_t(xw[i] & kNibbles));
    xh[i] = _mm256_set1_epi64x(int64_t((xw[i] >> 4) & kNibbles));
    row[i] = wt + size_t(2 * ws[i]) * size_t(cols);
  }
  int col = 0;
  for (; col + 4 <= cols; col += 4) {
    __m256i bytes = zero;
    for (int i = 0; i < NW; ++i) {
      const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row[i] + col));
      const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row[i] + cols + col));
      bytes = _mm256_add_epi8(bytes, CIM_MULA_LOOKUP(lo, hi, xl[i], xh[i]));
    }
    CIM_MULA_STORE(_mm256_sad_epu8(bytes, zero))
  }
  CIM_MULA_TAIL
}
__attribute__((target("avx2,popcnt"))) void mula_any(const uint64_t* wt, const uint64_t* xw, const int* ws, int nw,
                                                     int64_t* acc, int cols, int sh, bool first) {
  CIM_MULA_SETUP;
  int col = 0;
  for (; col + 4 <= cols; col += 4) {
    __m256i sums = zero, bytes = zero;
    for (int i = 0; i < nw; ++i) {
      const uint64_t* w = wt + size_t(2 * ws[i]) * size_t(cols) + size_t(col);
      const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w));
      const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + cols));
      bytes = _mm256_add_epi8(bytes, CIM_MULA_LOOKUP(lo, hi, _mm256_set1_epi64x(int64_t(xw[i] & kNibbles)),
                                                     _mm256_set1_epi64x(int64_t((xw[i] >> 4) & kNibbles))));
      if (i % 31 == 30) {
        sums = _mm256_add_epi64(sums, _mm256_sad_epu8(bytes, zero));
        bytes = zero;
      }
    }
    CIM_MULA_STORE(_mm256_add_epi64(sums, _mm256_sad_epu8(bytes, zero)))
  }
  CIM_MULA_TAIL
}
__attribute__((target("avx2,popcnt"))) void popcount_words_mula(const uint64_t* wt, const uint64_t* xw, const int* ws,
                                                                int nw, int64_t* acc, int cols, int sh, bool first) {
  switch (nw) {
    case 1: return mula_fixed<1>(wt, xw, ws, acc, cols, sh, first);
    case 2: return mula_fixed<2>(wt, xw, ws, acc, cols, sh, first);
    case 3: return mula_fixed<3>(wt, xw, ws, acc, cols, sh, first);
    case 4: return mula_fixed<4>(wt, xw, ws, acc, cols, sh, first);
    default: return mula_any(wt, xw, ws, nw, acc, cols, sh, first);
  }
}
#endif

struct Kernels {
  void (*popcount_words)(const uint64_t*, const uint64_t*, const int*, int, int64_t*, int, int, bool);
  void (*add_rows)(const double*, const int*, const double*, int, double*);
  const char* isa;
  bool nibbles;  // popcount_words takes the weight words split into nibbles
};

Kernels pick_kernels() {
#if defined(__x86_64__) && defined(__GNUC__)
  if (fast_isa() == FastIsa::Avx512)
    return {popcount_words_avx512, add_rows_avx512, "AVX-512 (VPOPCNTDQ)", false};
  if (fast_isa() == FastIsa::Avx2) return {popcount_words_mula, add_rows_avx2, "AVX2", true};
#endif
  return {popcount_words_base, add_rows_base, "baseline", false};
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

// Slice t of an input is (x >> shift[t]) & mask[t]: slice_value, inlined.
struct SliceFields {
  uint32_t shift[16], mask[16];
  SliceFields(const Layer& L, int T) {
    for (int t = 0; t < T; ++t) {
      const bool sign = is_sign_slice(t, L.PI, L.in_signed, L.PD);
      shift[t] = uint32_t(sign ? L.PI - 1 : t * L.PD);
      const int hi = sign ? L.PI : std::min(t * L.PD + L.PD, L.in_signed ? L.PI - 1 : L.PI);
      mask[t] = (1u << (hi - int(shift[t]))) - 1;
    }
  }
  uint32_t of(int64_t x, int t) const { return uint32_t(uint64_t(x) >> shift[t]) & mask[t]; }
};

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
  if (kKernels.nibbles) {  // [p][word][low, high nibbles][col]
    AlignedVector<uint64_t> split(2 * wplanesT_.size());
    for (size_t pw = 0; pw < size_t(L.PR) * size_t(words_); ++pw)
      for (size_t col = 0; col < size_t(cols_); ++col) {
        const uint64_t w = wplanesT_[pw * size_t(cols_) + col];
        split[(2 * pw) * size_t(cols_) + col] = w & kNibbles;
        split[(2 * pw + 1) * size_t(cols_) + col] = (w >> 4) & kNibbles;
      }
    wplanesT_.swap(split);
  }
  xplanes_.assign(size_t(T_) * size_t(L.PD) * size_t(words_), 0);
  ws_.resize(size_t(words_));
  xw_.resize(size_t(words_));
}

void PackedLayer::sums(const std::vector<int64_t>& x, std::vector<int64_t>& out) const {
  std::fill(xplanes_.begin(), xplanes_.end(), 0);
  const SliceFields f(L_, T_);
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
      for (int t = 0; t < T_; ++t) xplanes_[size_t(t) * words_ + size_t(w)] = planes[f.shift[t]];
    }
  } else {
    for (int r = 0; r < R_; ++r) {
      const uint64_t pattern = uint64_t(x[size_t(r)]) & pmask, bit = uint64_t(1) << (r % 64);
      uint64_t* base = &xplanes_[size_t(r / 64)];
      for (int t = 0; t < T_; ++t)
        for (uint32_t s = uint32_t(pattern >> f.shift[t]) & f.mask[t]; s != 0; s &= s - 1)  // the set bits d
          base[(size_t(t) * L_.PD + size_t(__builtin_ctz(s))) * words_] |= bit;
    }
  }
  // Slice by slice, column-inner loops over the transposed weight planes: each step is an AND and a
  // popcount of contiguous words, vectorised (vpopcntq where the CPU has it, else a table lookup per 4 bits).
  // A slice's accumulators (one row of out) stay in the first-level cache while every plane, DAC bit and
  // word of rows adds into them; the first one assigns, so nothing is zeroed first.
  out.resize(size_t(T_) * size_t(cols_));
  int* ws = ws_.data();
  uint64_t* xw = xw_.data();
  for (int t = 0; t < T_; ++t) {
    int64_t* acc = &out[conversion_slot(t, 0, cols_)];
    bool first = true;
    for (int p = 0; p < L_.PR; ++p)
      for (int d = 0; d < L_.PD; ++d) {
        int nw = 0;  // the words of rows where this DAC bit of slice t is set somewhere
        for (int w = 0; w < words_; ++w) {
          ws[nw] = w;
          xw[nw] = xplanes_[(size_t(t) * L_.PD + d) * words_ + size_t(w)];
          nw += xw[nw] != 0;
        }
        if (nw == 0) continue;
        const size_t plane = size_t(p) * size_t(words_) * size_t(cols_) * (kKernels.nibbles ? 2 : 1);
        kKernels.popcount_words(&wplanesT_[plane], xw, ws, nw, acc, cols_, d + p, first);
        first = false;
      }
    if (first) std::fill(acc, acc + cols_, 0);  // slice t is 0 on every row
  }
}

void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out) {
  // Block by block of columns (Crossbar::block_cells), slice by slice: the rows whose slice value is not 0
  // add, in order, into accumulators held in registers (add_rows). A block's cells are read from the
  // first-level cache by every slice after the first, and each sum is written once. Rows add in the order of
  // Crossbar::v, so the results are bit-identical to it; slice values of 0 add exactly nothing and are
  // skipped. (Row-outer loops adding each row into every slice's accumulators in memory, and blocks of 4
  // columns x every slice in registers over the row-major cells, measured 1.5 to 2 times slower.)
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), R = xb.rows(), cols = xb.columns();
  constexpr int kW = Crossbar::kCellBlock;
  // Per slice: the rows with a nonzero slice value and the values (none kept where they are all 1).
  const SliceFields f(L, T);
  thread_local std::vector<int> rows;
  thread_local std::vector<int> n;
  thread_local std::vector<char> ones;
  thread_local std::vector<double> svs;
  thread_local AlignedVector<double> acc;
  rows.resize(size_t(T) * size_t(R));
  svs.resize(rows.size());
  n.assign(size_t(T), 0);
  ones.assign(size_t(T), 1);
  for (int r = 0; r < R; ++r)
    for (int t = 0; t < T; ++t) {  // without a branch: a row whose slice value is 0 is written, not counted
      const uint32_t sv = f.of(x[size_t(r)], t);
      const size_t i = size_t(t) * size_t(R) + size_t(n[size_t(t)]);
      rows[i] = r;
      svs[i] = double(sv);
      n[size_t(t)] += sv != 0;
      ones[size_t(t)] &= sv <= 1;
    }
  acc.resize(size_t(T) * size_t(cols));
  double blk[kW];
  for (int b = 0; b < xb.cell_blocks(); ++b) {
    const int c0 = b * kW, w = std::min(kW, cols - c0);
    for (int t = 0; t < T; ++t) {
      const size_t i = size_t(t) * size_t(R);
      double* dst = &acc[conversion_slot(t, c0, cols)];
      kKernels.add_rows(xb.block_cells(b), &rows[i], ones[size_t(t)] ? nullptr : &svs[i], n[size_t(t)], w == kW ? dst : blk);
      if (w < kW) std::copy(blk, blk + w, dst);
    }
  }
  // Read noise of every conversion, drawn in one batch.
  thread_local std::vector<uint64_t> keys;
  keys.resize(acc.size());
  out.resize(acc.size());
  if (xb.nonideal().read_noise > 0) xb.conversion_keys(vector, keys.data());
  xb.noises(keys.data(), keys.size(), out.data());
  const double scale = std::ldexp(1.0, -k);
  for (size_t i = 0; i < out.size(); ++i) out[i] = (acc[i] + out[i]) * scale;  // acc is laid out as the slots
}

}  // namespace cim
