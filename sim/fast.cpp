#include "fast.hpp"

#include <cmath>

namespace cim {

PackedLayer::PackedLayer(const Layer& L, const std::vector<std::vector<int64_t>>& W)
    : L_(L), R_(int(W.size())), C_(int(W[0].size())), J_(num_weight_cols(L.PW, L.PR, L.enc)),
      S_(num_col_sets(L.enc)), T_(num_slices(L.PI, L.in_signed, L.PD)), cols_(C_ * S_ * J_),
      words_((R_ + 63) / 64) {
  wplanes_.assign(size_t(cols_) * size_t(L.PR) * size_t(words_), 0);
  for (int c = 0; c < C_; ++c)
    for (int set = 0; set < S_; ++set)
      for (int r = 0; r < R_; ++r) {
        const uint32_t u = stored_value(W[size_t(r)][size_t(c)], L.PW, L.enc, set);
        for (int j = 0; j < J_; ++j) {
          const uint32_t cell = cell_value(u, j, L.PR);
          const int col = (c * S_ + set) * J_ + j;
          for (int p = 0; p < L.PR; ++p)
            if ((cell >> p) & 1)
              wplanes_[(size_t(col) * L.PR + p) * words_ + size_t(r / 64)] |= uint64_t(1) << (r % 64);
        }
      }
  xplanes_.assign(size_t(T_) * size_t(L.PD) * size_t(words_), 0);
}

void PackedLayer::sums(const std::vector<int64_t>& x, std::vector<int64_t>& out) const {
  std::fill(xplanes_.begin(), xplanes_.end(), 0);
  for (int r = 0; r < R_; ++r)
    for (int t = 0; t < T_; ++t) {
      const uint32_t s = slice_value(x[size_t(r)], t, L_.PI, L_.in_signed, L_.PD);
      for (int d = 0; d < L_.PD; ++d)
        if ((s >> d) & 1) xplanes_[(size_t(t) * L_.PD + d) * words_ + size_t(r / 64)] |= uint64_t(1) << (r % 64);
    }
  out.resize(size_t(cols_) * size_t(T_));
  int64_t* o = out.data();
  for (int col = 0; col < cols_; ++col, o += T_) {
    for (int t = 0; t < T_; ++t) o[t] = 0;
    for (int p = 0; p < L_.PR; ++p) {
      const uint64_t* wa = &wplanes_[(size_t(col) * L_.PR + p) * words_];
      const uint64_t* xa = xplanes_.data();
      if (words_ == 2) {  // 65..128 rows: the common array size, unrolled
        const uint64_t w0 = wa[0], w1 = wa[1];
        for (int t = 0; t < T_; ++t)
          for (int d = 0; d < L_.PD; ++d, xa += 2)
            o[t] += int64_t(__builtin_popcountll(xa[0] & w0) + __builtin_popcountll(xa[1] & w1)) << (d + p);
        continue;
      }
      for (int t = 0; t < T_; ++t)
        for (int d = 0; d < L_.PD; ++d, xa += words_) {
          int64_t n = 0;
          for (int w = 0; w < words_; ++w) n += __builtin_popcountll(xa[w] & wa[w]);
          o[t] += n << (d + p);
        }
    }
  }
}

void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out) {
  // Row-outer accumulation over contiguous rows of cell values: an axpy per
  // (slice, row) that vectorises without reassociation, adding rows in the
  // same order as Crossbar::v, so the results are bit-identical to it. Rows
  // whose slice value is 0 add exactly nothing and are skipped.
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), R = xb.rows(), cols = xb.columns();
  const int J = num_weight_cols(L.PW, L.PR, L.enc), S = num_col_sets(L.enc);
  std::vector<double> acc(static_cast<size_t>(cols));
  out.assign(size_t(cols) * size_t(T), 0.0);
  const double scale = std::ldexp(1.0, -k);
  for (int t = 0; t < T; ++t) {
    std::fill(acc.begin(), acc.end(), 0.0);
    double* a = acc.data();
    for (int r = 0; r < R; ++r) {
      const double sv = double(slice_value(x[size_t(r)], t, L.PI, L.in_signed, L.PD));
      if (sv == 0) continue;
      const double* g = xb.row_cells(r);
      for (int col = 0; col < cols; ++col) a[col] += sv * g[col];
    }
    for (int c = 0; c < xb.neurons(); ++c)
      for (int set = 0; set < S; ++set)
        for (int j = 0; j < J; ++j) {
          const int col = xb.column(c, set, j);
          out[size_t(col) * T + t] = (acc[size_t(col)] + xb.noise(xb.conversion_key(vector, t, j, set, c))) * scale;
        }
  }
}

}  // namespace cim
