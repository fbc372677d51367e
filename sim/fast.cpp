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
  out.assign(size_t(cols_) * size_t(T_), 0);
  for (int col = 0; col < cols_; ++col)
    for (int t = 0; t < T_; ++t) {
      int64_t s = 0;
      for (int d = 0; d < L_.PD; ++d)
        for (int p = 0; p < L_.PR; ++p) {
          const uint64_t* xa = &xplanes_[(size_t(t) * L_.PD + d) * words_];
          const uint64_t* wa = &wplanes_[(size_t(col) * L_.PR + p) * words_];
          int64_t n = 0;
          for (int w = 0; w < words_; ++w) n += __builtin_popcountll(xa[w] & wa[w]);
          s += n << (d + p);
        }
      out[size_t(col) * T_ + t] = s;
    }
}

void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out) {
  const Layer& L = xb.layer();
  const int T = num_slices(L.PI, L.in_signed, L.PD), R = xb.rows();
  const int J = num_weight_cols(L.PW, L.PR, L.enc), S = num_col_sets(L.enc);
  std::vector<double> sl(size_t(T) * size_t(R));
  for (int t = 0; t < T; ++t)
    for (int r = 0; r < R; ++r) sl[size_t(t) * R + r] = double(slice_value(x[size_t(r)], t, L.PI, L.in_signed, L.PD));
  out.assign(size_t(xb.columns()) * size_t(T), 0.0);
  const double scale = std::ldexp(1.0, -k);
  for (int c = 0; c < xb.neurons(); ++c)
    for (int set = 0; set < S; ++set)
      for (int j = 0; j < J; ++j) {
        const int col = xb.column(c, set, j);
        const double* g = xb.column_cells(col);
        for (int t = 0; t < T; ++t) {
          const double* s = &sl[size_t(t) * R];
          double a0 = 0, a1 = 0, a2 = 0, a3 = 0;  // four chains: vectorisable without -ffast-math
          int r = 0;
          for (; r + 4 <= R; r += 4) {
            a0 += s[r] * g[r];
            a1 += s[r + 1] * g[r + 1];
            a2 += s[r + 2] * g[r + 2];
            a3 += s[r + 3] * g[r + 3];
          }
          for (; r < R; ++r) a0 += s[r] * g[r];
          out[size_t(col) * T + t] = ((a0 + a1) + (a2 + a3) + xb.noise(xb.conversion_key(vector, t, j, set, c))) * scale;
        }
      }
}

}  // namespace cim
