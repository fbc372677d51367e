// The BNN first-layer model (blocks/bnn_first/bnn_first_model.hpp) against its arithmetic identity
// and against charge sharing computed in floating point.
#include "bnn_first_model.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <stdexcept>

using namespace cim::bnn;

TEST_CASE("bnn: the exact accumulation equals the identity, exhaustively for small layers", "[sim][bnn]") {
  for (int K = 1; K <= 4; ++K)
    for (int T = 1; T <= K; ++T)
      for (int rows = 1; rows <= 3; ++rows) {
        const uint32_t nx = 1u << K;
        uint32_t combos = 1;
        for (int r = 0; r < rows; ++r) combos *= nx * 2;
        for (uint32_t code = 0; code < combos; ++code) {
          std::vector<uint32_t> x;
          std::vector<int> w;
          uint32_t c = code;
          for (int r = 0; r < rows; ++r) {
            x.push_back(c % nx);
            c /= nx;
            w.push_back(c % 2 ? 1 : -1);
            c /= 2;
          }
          const Config cfg{K, T};
          const auto acc = accumulate(cfg, x, w);
          REQUIRE(acc.A == identity(cfg, x, w));
          REQUIRE(acc.A >= 0);
          REQUIRE(acc.A <= a_max(cfg, rows));
          REQUIRE(int(acc.steps.size()) == T);
        }
      }
}

TEST_CASE("bnn: every step is the charge-sharing voltage times 2^T", "[sim][bnn]") {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 2000; ++trial) {
    const Config cfg{8, 1 + int(rng() % 8)};
    const int rows = 27;  // a 3x3x3 receptive field, as in the paper
    std::vector<uint32_t> x(rows);
    std::vector<int> w(rows);
    for (int r = 0; r < rows; ++r) {
      x[size_t(r)] = uint32_t(rng() % 256);
      w[size_t(r)] = rng() % 2 ? 1 : -1;
    }
    const auto acc = accumulate(cfg, x, w);
    double v = 0;  // C_accu starts grounded; each plane shares C_acti = a_j with it (equal capacitors)
    for (int i = 0; i < cfg.T; ++i) {
      const int a = popcount(x, w, cfg.K - cfg.T + i);
      REQUIRE(acc.a[size_t(i)] == a);
      REQUIRE(a >= 0);
      REQUIRE(a <= rows);
      v = (v + a) / 2;
      REQUIRE(double(acc.steps[size_t(i)]) == v * double(1 << cfg.T));
    }
    REQUIRE(acc.A == identity(cfg, x, w));
  }
}

TEST_CASE("bnn: truncation keeps the T most significant planes", "[sim][bnn]") {
  // One row, w = +1: A is the input's top T bits.
  for (uint32_t x = 0; x < 256; ++x)
    for (int T = 1; T <= 8; ++T) CHECK(accumulate({8, T}, {x}, {1}).A == int64_t(x >> (8 - T)));
  // w = -1: the complement of the top T bits.
  CHECK(accumulate({8, 4}, {0xA5}, {-1}).A == 0x5);
  CHECK(neuron(7, 7));
  CHECK_FALSE(neuron(6, 7));
}

TEST_CASE("bnn: bad inputs are rejected", "[sim][bnn]") {
  CHECK_THROWS_AS(accumulate({0, 0}, {1}, {1}), std::invalid_argument);
  CHECK_THROWS_AS(accumulate({4, 5}, {1}, {1}), std::invalid_argument);
  CHECK_THROWS_AS(accumulate({4, 4}, {16}, {1}), std::invalid_argument);
  CHECK_THROWS_AS(accumulate({4, 4}, {1}, {0}), std::invalid_argument);
  CHECK_THROWS_AS(accumulate({4, 4}, {1, 2}, {1}), std::invalid_argument);
}

TEST_CASE("bnn: charge sharing over reported popcounts", "[sim][bnn]") {
  // A = sum_i a_i 2^i for T planes, whatever the counts (a noisy macro's too).
  CHECK(charge_share(3, {1, 0, 2}) == std::vector<int64_t>{4, 2, 9});
  CHECK(charge_share(1, {5}).back() == 5);
  std::mt19937_64 rng(9);
  for (int trial = 0; trial < 500; ++trial) {
    const int T = 1 + int(rng() % 8);
    std::vector<int> a(static_cast<size_t>(T), 0);
    int64_t want = 0;
    for (int i = 0; i < T; ++i) {
      a[size_t(i)] = int(rng() % 300);
      want += int64_t(a[size_t(i)]) << i;
    }
    CHECK(charge_share(T, a).back() == want);
  }
  CHECK_THROWS_AS(charge_share(2, {1}), std::invalid_argument);
  CHECK_THROWS_AS(charge_share(1, {-1}), std::invalid_argument);
  CHECK_THROWS_AS(charge_share(9, std::vector<int>(9, 0)), std::invalid_argument);
}
