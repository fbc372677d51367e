#include "tiled.hpp"

#include "fast.hpp"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <string>
#include <thread>

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

template <class One>
TiledLayer::Run TiledLayer::run_with(const std::vector<int64_t>& x, One one) const {
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
      const LayerRun r = one(i, j, xi);
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

TiledLayer::Run TiledLayer::run(const std::vector<int64_t>& x, const AdcConfig& adc, uint64_t vector) const {
  return run_with(x, [&](int i, int j, const std::vector<int64_t>& xi) { return run_layer(array(i, j), xi, adc, vector); });
}

Captured TiledLayer::capture(const std::vector<std::vector<int64_t>>& X, int k, uint64_t first_vector,
                             int col_tiles) const {
  const int ct = col_tiles > 0 ? std::min(col_tiles, ct_) : ct_;
  Captured cap;
  cap.L = L_;
  cap.R = a_.R;
  cap.C = std::min(M_, ct * npa_);
  cap.k = k;
  cap.cmp_offset = array(0, 0).nonideal().cmp_offset;
  const int T = num_slices(L_.PI, L_.in_signed, L_.PD), J = num_weight_cols(L_.PW, L_.PR, L_.enc);
  const int S = num_col_sets(L_.enc);
  cap.per_output = T * J * S;
  cap.convs.reserve(X.size() * size_t(rt_) * size_t(M_) * size_t(cap.per_output));
  std::vector<double> vs;
  for (size_t v = 0; v < X.size(); ++v) {
    if (int(X[v].size()) != K_)
      throw std::invalid_argument("input vector has " + std::to_string(X[v].size()) + " values, the layer " +
                                  std::to_string(K_) + " inputs");
    for (int i = 0; i < rt_; ++i) {
      const int r0 = i * a_.R, r1 = std::min(K_, r0 + a_.R);
      const std::vector<int64_t> xi(X[v].begin() + r0, X[v].begin() + r1);
      cap.xsum.push_back(sum(xi));
      for (int j = 0; j < ct; ++j) {
        const Crossbar& xb = array(i, j);
        all_v(xb, xi, k, first_vector + v, vs);
        for (int c = 0; c < xb.neurons(); ++c) {
          cap.exact.push_back(xb.exact(xi, c));
          for (int t = 0; t < T; ++t)
            for (int set = 0; set < S; ++set)
              for (int jj = 0; jj < J; ++jj)
                cap.convs.push_back({vs[conversion_slot(t, (c * S + set) * J + jj, xb.columns())], t, jj, set,
                                     slice_b(t, L_.PI, L_.in_signed, L_.PD) + jj * L_.PR});
        }
      }
    }
  }
  return cap;
}

std::vector<TiledLayer::Run> TiledLayer::run_batch(const std::vector<std::vector<int64_t>>& X, const AdcConfig& adc,
                                                   uint64_t first_vector, int threads) const {
  if (const std::string why = adc_check(adc); !why.empty()) throw std::invalid_argument(why);
  std::vector<Run> out(X.size());
  const auto work = [&](size_t begin, size_t step) {
    std::vector<double> vs;
    for (size_t v = begin; v < X.size(); v += step)
      out[v] = run_with(X[v], [&](int i, int j, const std::vector<int64_t>& xi) {
        all_v(array(i, j), xi, adc.k, first_vector + v, vs);
        return run_layer(array(i, j), xi, adc, vs);
      });
  };
  size_t n = threads > 0 ? size_t(threads) : std::max(1u, std::thread::hardware_concurrency());
  n = std::min(n, std::max<size_t>(1, X.size()));
  std::vector<std::exception_ptr> errors(n);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t)
    pool.emplace_back([&, t] {
      try {
        work(t, n);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  try {
    work(0, n);
  } catch (...) {
    errors[0] = std::current_exception();
  }
  for (auto& th : pool) th.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  return out;
}

}  // namespace cim
