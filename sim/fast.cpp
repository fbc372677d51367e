#include "fast.hpp"

#include <algorithm>
#include <cmath>

namespace cim {

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
  for (int r = 0; r < R_; ++r) {
    const uint64_t pattern = uint64_t(x[size_t(r)]) & pmask, bit = uint64_t(1) << (r % 64);
    uint64_t* base = &xplanes_[size_t(r / 64)];
    for (int t = 0; t < T_; ++t) {
      const uint32_t s = uint32_t(pattern >> shift[t]) & mask[t];
      for (int d = 0; d < L_.PD; ++d)
        if ((s >> d) & 1) base[(size_t(t) * L_.PD + d) * words_] |= bit;
    }
  }
  // Column-inner loops over the transposed weight planes: each step is an
  // AND and a popcount of contiguous words, which vectorises (vpopcntq where
  // the machine has it).
  tmp_.assign(size_t(T_) * size_t(cols_), 0);
  for (int p = 0; p < L_.PR; ++p)
    for (int w = 0; w < words_; ++w) {
      const uint64_t* wt = &wplanesT_[(size_t(p) * words_ + size_t(w)) * size_t(cols_)];
      for (int t = 0; t < T_; ++t)
        for (int d = 0; d < L_.PD; ++d) {
          const uint64_t xw = xplanes_[(size_t(t) * L_.PD + d) * words_ + size_t(w)];
          if (xw == 0) continue;
          int64_t* acc = &tmp_[size_t(t) * size_t(cols_)];
          const int sh = d + p;
          for (int col = 0; col < cols_; ++col) acc[col] += int64_t(__builtin_popcountll(wt[col] & xw)) << sh;
        }
    }
  out.resize(size_t(cols_) * size_t(T_));
  for (int t = 0; t < T_; ++t)
    for (int col = 0; col < cols_; ++col) out[size_t(col) * T_ + t] = tmp_[size_t(t) * size_t(cols_) + size_t(col)];
}

void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out) {
  // Row-outer accumulation: each row of per-cell effective values is read
  // once and added, times its slice value, into every slice's accumulator
  // (an axpy over contiguous columns that vectorises without reassociation).
  // Rows are added in the same order as Crossbar::v, so the results are
  // bit-identical to it; slice values of 0 add exactly nothing and are skipped.
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), R = xb.rows(), cols = xb.columns();
  const int J = num_weight_cols(L.PW, L.PR, L.enc), S = num_col_sets(L.enc);
  std::vector<double> acc(static_cast<size_t>(cols) * static_cast<size_t>(T), 0.0);
  for (int r = 0; r < R; ++r) {
    const double* g = xb.row_cells(r);
    for (int t = 0; t < T; ++t) {
      const double sv = double(slice_value(x[size_t(r)], t, L.PI, L.in_signed, L.PD));
      if (sv == 0) continue;
      double* a = &acc[size_t(t) * size_t(cols)];
      if (sv == 1) {
        for (int col = 0; col < cols; ++col) a[col] += g[col];
      } else {
        for (int col = 0; col < cols; ++col) a[col] += sv * g[col];
      }
    }
  }
  // Read noise of every conversion, drawn in one batch.
  std::vector<uint64_t> keys(size_t(cols) * size_t(T));
  for (int c = 0; c < xb.neurons(); ++c)
    for (int set = 0; set < S; ++set)
      for (int j = 0; j < J; ++j)
        for (int t = 0; t < T; ++t)
          keys[size_t(xb.column(c, set, j)) * T + t] = xb.conversion_key(vector, t, j, set, c);
  out.resize(keys.size());
  xb.noises(keys.data(), keys.size(), out.data());
  const double scale = std::ldexp(1.0, -k);
  for (int col = 0; col < cols; ++col)
    for (int t = 0; t < T; ++t) {
      double& o = out[size_t(col) * T + t];
      o = (acc[size_t(t) * size_t(cols) + size_t(col)] + o) * scale;
    }
}

}  // namespace cim
