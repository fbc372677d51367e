// A layer larger than one array (sim/tiled.hpp): the mapping, exactness and
// the digital sum of the arrays' partial results.
#include "tiled.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace cim;

namespace {
int64_t draw(std::mt19937_64& rng, int64_t lo, int64_t hi) { return lo + int64_t(rng() % uint64_t(hi - lo + 1)); }
}  // namespace

TEST_CASE("tiled layers: array counts, exact products with ideal settings", "[tiled]") {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    Layer L;
    L.PI = int(draw(rng, 1, 8));
    L.PW = int(draw(rng, 2, 8));
    L.PD = int(draw(rng, 1, 4));
    L.PR = int(draw(rng, 1, 4));
    L.in_signed = rng() & 1;
    L.enc = static_cast<WEnc>(rng() % 3);
    ArrayShape a;
    a.R = int(draw(rng, 1, 20));
    const int cpn = num_weight_cols(L.PW, L.PR, L.enc) * num_col_sets(L.enc);
    a.COLS = cpn * int(draw(rng, 1, 4)) + int(draw(rng, 0, cpn - 1));
    a.NADC = 1;
    const int K = int(draw(rng, 1, 60)), M = int(draw(rng, 1, 12));
    auto W = std::vector<std::vector<int64_t>>(size_t(K), std::vector<int64_t>(size_t(M)));
    for (auto& row : W)
      for (auto& w : row) w = draw(rng, w_min(L.PW, L.enc), w_max(L.PW, L.enc));
    const TiledLayer t(L, W, a, NonIdeal{});
    const int npa = a.COLS / cpn;
    INFO("trial " << trial << " K=" << K << " M=" << M << " R=" << a.R << " COLS=" << a.COLS);
    CHECK(t.neurons_per_array() == npa);
    CHECK(t.row_tiles() == (K + a.R - 1) / a.R);
    CHECK(t.col_tiles() == (M + npa - 1) / npa);
    AdcConfig adc;
    adc.N = nreq(L.PD, L.PR, a.R);
    auto x = std::vector<int64_t>(size_t(K));
    for (auto& v : x) v = draw(rng, x_min(L.PI, L.in_signed), x_max(L.PI, L.in_signed));
    const auto r = t.run(x, adc, 0);
    for (int m = 0; m < M; ++m) {
      int64_t want = 0;
      for (int k = 0; k < K; ++k) want += W[size_t(k)][size_t(m)] * x[size_t(k)];
      CHECK(r.exact[size_t(m)] == want);
      CHECK(r.y[size_t(m)] == want);
    }
    CHECK(r.conversions == long(t.row_tiles()) * M * num_slices(L.PI, L.in_signed, L.PD) * cpn);
  }
}

TEST_CASE("tiled layers: each output is the sum of its arrays' outputs; arrays differ in their devices", "[tiled]") {
  Layer L;
  L.enc = WEnc::Offset;
  std::mt19937_64 rng(3);
  std::vector<std::vector<int64_t>> W(100, std::vector<int64_t>(10));
  for (auto& row : W)
    for (auto& w : row) w = draw(rng, -128, 127);
  std::vector<int64_t> x(100);
  for (auto& v : x) v = draw(rng, 0, 255);
  NonIdeal ni;
  ni.d2d_sigma = 0.1;
  ni.read_noise = 0.5;
  const TiledLayer t(L, W, ArrayShape{32, 80, 2, 2}, ni);  // 8 columns per neuron: 10 neurons per array
  REQUIRE(t.arrays() == 4 * 1);
  AdcConfig adc;
  adc.setting = TrqSetting{true, SearchOrder::Threshold, 4, 0, 5};
  const auto r = t.run(x, adc, 9);
  std::vector<int64_t> sum(10, 0);
  long comparisons = 0;
  for (int i = 0; i < t.row_tiles(); ++i) {
    const std::vector<int64_t> xi(x.begin() + i * 32, x.begin() + std::min(100, i * 32 + 32));
    const LayerRun p = run_layer(t.array(i, 0), xi, adc, 9);
    for (int c = 0; c < 10; ++c) sum[size_t(c)] += p.y[size_t(c)];
    comparisons += p.comparisons;
  }
  CHECK(r.y == sum);
  CHECK(r.comparisons == comparisons);
  CHECK(t.array(0, 0).cell(0, 0) != t.array(1, 0).cell(0, 0));  // per-array device draws
  CHECK(r.cycles > 0);
}

TEST_CASE("tiled layers: a neuron wider than an array is refused", "[tiled]") {
  Layer L;
  L.enc = WEnc::Differential;  // PW=8, PR=1: 2 * 7 columns per neuron
  CHECK_THROWS_AS(TiledLayer(L, {{1}}, ArrayShape{8, 8, 1, 0}, NonIdeal{}), std::invalid_argument);
  CHECK(tiled_check(L, ArrayShape{8, 8, 1, 0}) == "a neuron needs 14 columns, an array has COLS=8");
}

TEST_CASE("tiled layers: run_batch gives run()'s results on any number of threads", "[tiled]") {
  Layer L;
  L.PR = 2;
  L.enc = WEnc::Differential;
  std::mt19937_64 rng(11);
  std::vector<std::vector<int64_t>> W(150, std::vector<int64_t>(20));
  for (auto& row : W)
    for (auto& w : row) w = draw(rng, w_min(L.PW, L.enc), w_max(L.PW, L.enc));
  NonIdeal ni;
  ni.d2d_sigma = 0.15;
  ni.read_noise = 0.4;
  ni.p_stuck_hrs = 0.01;
  ni.seed = 5;
  const TiledLayer t(L, W, ArrayShape{64, 64, 4, 2}, ni);
  std::vector<std::vector<int64_t>> X(13, std::vector<int64_t>(150));
  for (auto& x : X)
    for (auto& v : x) v = rng() % 3 ? 0 : draw(rng, 0, 255);
  AdcConfig adc;
  adc.N = 5;
  adc.k = 3;
  adc.setting = TrqSetting{true, SearchOrder::Threshold, 3, 0, 4};
  for (int threads : {1, 3, 0}) {
    const auto runs = t.run_batch(X, adc, 100, threads);
    REQUIRE(runs.size() == X.size());
    for (size_t v = 0; v < X.size(); ++v) {
      INFO("threads " << threads << " vector " << v);
      const auto one = t.run(X[v], adc, 100 + v);
      CHECK(runs[v].y == one.y);
      CHECK(runs[v].exact == one.exact);
      CHECK(runs[v].comparisons == one.comparisons);
      CHECK(runs[v].conversions == one.conversions);
      CHECK(runs[v].cycles == one.cycles);
    }
  }
  CHECK_THROWS_AS(t.run_batch({std::vector<int64_t>(149)}, adc, 0, 2), std::invalid_argument);
}
