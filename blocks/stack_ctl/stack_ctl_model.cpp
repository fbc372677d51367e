#include "stack_ctl_model.hpp"

#include <algorithm>
#include <stdexcept>

namespace cim::stack {

int rows_per_layer(Mode m, int R) { return m == Mode::Expansion ? 2 * R : R; }

int half_of_layer(Mode m, int layer) { return m == Mode::DeepNet ? layer % 2 : 0; }

std::vector<int64_t> column_sums(const std::vector<uint32_t>& x, const std::vector<std::vector<uint32_t>>& w) {
  if (x.size() != w.size()) throw std::invalid_argument("stack: one input per row");
  std::vector<int64_t> s(w.empty() ? 0 : w[0].size(), 0);
  for (size_t r = 0; r < x.size(); ++r) {
    if (w[r].size() != s.size()) throw std::invalid_argument("stack: rows of different widths");
    for (size_t c = 0; c < s.size(); ++c) s[c] += int64_t(x[r]) * int64_t(w[r][c]);
  }
  return s;
}

int64_t row_cycles(const Timing& t) { return int64_t(t.tprog) + 1; }
int64_t vector_cycles(const Timing& t) { return int64_t(t.settle) + 2; }

Schedule schedule(Mode m, const Timing& t, const std::vector<int>& vectors) {
  if (t.R < 1 || t.tprog < 1 || t.settle < 0) throw std::invalid_argument("stack: R, tprog >= 1, settle >= 0");
  const int64_t W = rows_per_layer(m, t.R) * row_cycles(t);
  const size_t K = vectors.size();
  Schedule s;
  s.write_start.resize(K), s.write_end.resize(K), s.read_start.resize(K), s.read_end.resize(K);
  for (size_t k = 0; k < K; ++k) {
    if (vectors[k] < 1) throw std::invalid_argument("stack: a layer reads at least one vector");
    // The write waits for the previous layer's write and for its half to be free: the read of the layer
    // that held it (k - 2 in deep-net mode, k - 1 otherwise).
    int64_t ws = k ? s.write_end[k - 1] : 0;
    const size_t halves = m == Mode::DeepNet ? 2 : 1;
    if (k >= halves) ws = std::max(ws, s.read_end[k - halves]);
    s.write_start[k] = ws;
    s.write_end[k] = ws + W;
    s.read_start[k] = std::max(s.write_end[k], k ? s.read_end[k - 1] : 0);
    s.read_end[k] = s.read_start[k] + vectors[k] * vector_cycles(t);
  }
  s.total = K ? s.read_end[K - 1] : 0;
  for (size_t k = 1; k < K; ++k)  // write k overlaps read k - 1 (deep-net only)
    s.overlap += std::max<int64_t>(0, std::min(s.write_end[k], s.read_end[k - 1]) -
                                          std::max(s.write_start[k], s.read_start[k - 1]));
  return s;
}

double speedup(const Timing& t, const std::vector<int>& vectors) {
  return double(schedule(Mode::Single, t, vectors).total) / double(schedule(Mode::DeepNet, t, vectors).total);
}

}  // namespace cim::stack
