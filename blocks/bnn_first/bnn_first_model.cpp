#include "bnn_first_model.hpp"

#include <stdexcept>

namespace cim::bnn {

namespace {
void check(const Config& c, const std::vector<uint32_t>& x, const std::vector<int>& w) {
  if (c.K < 1 || c.K > 8) throw std::invalid_argument("bnn: K must be 1..8");
  if (c.T < 1 || c.T > c.K) throw std::invalid_argument("bnn: T must be 1..K");
  if (x.size() != w.size()) throw std::invalid_argument("bnn: x and w differ in length");
  for (const uint32_t v : x)
    if (v >> c.K) throw std::invalid_argument("bnn: input outside 0 .. 2^K - 1");
  for (const int v : w)
    if (v != 1 && v != -1) throw std::invalid_argument("bnn: weight not +1 or -1");
}
}  // namespace

int popcount(const std::vector<uint32_t>& x, const std::vector<int>& w, int j) {
  int n = 0;
  for (size_t r = 0; r < x.size(); ++r) n += int(plane_bit(x[r], j) == uint32_t(w[r] > 0));
  return n;
}

Accumulation accumulate(const Config& c, const std::vector<uint32_t>& x, const std::vector<int>& w) {
  check(c, x, w);
  Accumulation acc;
  for (int i = 0; i < c.T; ++i) acc.a.push_back(popcount(x, w, c.K - c.T + i));
  acc.steps = charge_share(c.T, acc.a);
  acc.A = acc.steps.back();
  return acc;
}

std::vector<int64_t> charge_share(int T, const std::vector<int>& a) {
  if (T < 1 || T > 8 || a.size() != size_t(T)) throw std::invalid_argument("bnn: charge_share needs T popcounts, T = 1..8");
  std::vector<int64_t> steps;
  int64_t A = 0;
  for (const int ai : a) {
    if (ai < 0) throw std::invalid_argument("bnn: negative popcount");
    // A_i = sum over m < i of a_m 2^(T-i+m) is a multiple of 2^(T-i), so A_i + a 2^T is even while i < T:
    // the halving is exact.
    A = (A + (int64_t(ai) << T)) / 2;
    steps.push_back(A);
  }
  return steps;
}

int64_t identity(const Config& c, const std::vector<uint32_t>& x, const std::vector<int>& w) {
  check(c, x, w);
  int64_t s = 0, neg = 0;
  for (size_t r = 0; r < x.size(); ++r) {
    s += int64_t(w[r]) * int64_t(x[r] >> (c.K - c.T));
    neg += w[r] < 0;
  }
  return s + ((int64_t(1) << c.T) - 1) * neg;
}

int64_t a_max(const Config& c, int rows) { return int64_t(rows) * ((int64_t(1) << c.T) - 1); }

}  // namespace cim::bnn
