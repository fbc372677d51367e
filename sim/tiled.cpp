#include "tiled.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace cim {

std::string tiled_check(const Layer& L, const ArrayShape& a) {
  if (a.R < 1 || a.COLS < 1 || a.NADC < 1 || a.COLS % a.NADC != 0 || a.SETTLE < 0)
    return "array shape: R, COLS, NADC must be positive, NADC must divide COLS, SETTLE >= 0";
  const int cpn = num_weight_cols(L.PW, L.PR, L.enc) * num_col_sets(L.enc);
  if (cpn > a.COLS)
    return "a neuron needs " + std::to_string(cpn) + " columns, an array has COLS=" + std::to_string(a.COLS);
  return "";
}

TiledLayer::TiledLayer(const Layer& L, const std::vector<std::vector<int64_t>>& W, const ArrayShape& a,
                       const NonIdeal& ni)
    : L_(L), a_(a), K_(int(W.size())), M_(W.empty() ? 0 : int(W[0].size())) {
  if (const std::string why = tiled_check(L, a); !why.empty()) throw std::invalid_argument(why);
  if (K_ == 0 || M_ == 0) throw std::invalid_argument("weights: empty matrix");
  npa_ = a.COLS / (num_weight_cols(L.PW, L.PR, L.enc) * num_col_sets(L.enc));
  rt_ = (K_ + a.R - 1) / a.R;
  ct_ = (M_ + npa_ - 1) / npa_;
  for (int i = 0; i < rt_; ++i)
    for (int j = 0; j < ct_; ++j) {
      const int r0 = i * a.R, r1 = std::min(K_, r0 + a.R), c0 = j * npa_, c1 = std::min(M_, c0 + npa_);
      std::vector<std::vector<int64_t>> block(size_t(r1 - r0));
      for (int r = r0; r < r1; ++r) {
        if (int(W[size_t(r)].size()) != M_) throw std::invalid_argument("weights: ragged matrix");
        block[size_t(r - r0)].assign(W[size_t(r)].begin() + c0, W[size_t(r)].begin() + c1);
      }
      NonIdeal n = ni;
      n.seed = key_hash(ni.seed, uint64_t(i), uint64_t(j), 0x7117ED);
      xbs_.emplace_back(L, block, n);
    }
}

TiledLayer::Run TiledLayer::run(const std::vector<int64_t>& x, const AdcConfig& adc, uint64_t vector) const {
  if (int(x.size()) != K_)
    throw std::invalid_argument("input vector has " + std::to_string(x.size()) + " values, the layer " +
                                std::to_string(K_) + " inputs");
  Run out;
  out.y.assign(size_t(M_), 0);
  out.exact.assign(size_t(M_), 0);
  const int T = num_slices(L_.PI, L_.in_signed, L_.PD);
  const int cols_per_adc = a_.COLS / a_.NADC;
  for (int i = 0; i < rt_; ++i) {
    const int r0 = i * a_.R, r1 = std::min(K_, r0 + a_.R);
    const std::vector<int64_t> xi(x.begin() + r0, x.begin() + r1);
    for (int j = 0; j < ct_; ++j) {
      const LayerRun r = run_layer(array(i, j), xi, adc, vector);
      for (size_t c = 0; c < r.y.size(); ++c) {
        out.y[size_t(j * npa_) + c] += r.y[c];
        out.exact[size_t(j * npa_) + c] += r.exact[c];
      }
      out.conversions += r.conversions;
      out.comparisons += r.comparisons;
      // cim_tile's count (README, block cim_tile): per slice SETTLE + 1 cycles and the busiest ADC's
      // comparisons, plus 2 to close. The busiest ADC converts min(G, active columns) columns; with TRQ
      // its comparisons are taken at the array's average per conversion.
      const int active = int(r.y.size()) * (num_weight_cols(L_.PW, L_.PR, L_.enc) * num_col_sets(L_.enc));
      const double busiest = double(std::min(cols_per_adc, active));
      const double avg_cmp = r.conversions ? double(r.comparisons) / double(r.conversions) : 0;
      const long cyc = long(T) * (a_.SETTLE + 1) + long(avg_cmp * busiest * T + 0.5) + 2;
      out.cycles = std::max(out.cycles, cyc);
    }
  }
  return out;
}

}  // namespace cim
