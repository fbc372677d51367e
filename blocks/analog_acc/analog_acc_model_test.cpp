// The accumulation strategies of seed 002 (blocks/analog_acc/analog_acc_model.hpp): exact results
// without noise, the conversion and cycle counts of equations 5-8, C's
// LSB-first analog accumulation, and the lumped noise of eq. 13.
#include "cim.hpp"
#include "analog_acc_model.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace cim::strategy;

namespace {
std::vector<uint32_t> random_values(std::mt19937_64& rng, int n, int bits) {
  std::vector<uint32_t> v(static_cast<size_t>(n), 0);
  for (auto& e : v) e = uint32_t(rng() & ((1u << bits) - 1));
  return v;
}
}  // namespace

TEST_CASE("strategy: A and B give the exact dot product with the equations' counts", "[sim][strategy]") {
  std::mt19937_64 rng(5);
  for (int trial = 0; trial < 400; ++trial) {
    Setup u;
    u.PI = 1 + int(rng() % 8);
    u.PW = 1 + int(rng() % 8);
    u.PD = 1 + int(rng() % 4);
    u.PR = trial % 2 ? u.PD : 1 + int(rng() % 4);
    u.R = 1 + int(rng() % 300);
    u.PO = 1 + int(rng() % 16);
    const auto x = random_values(rng, u.R, u.PI), w = random_values(rng, u.R, u.PW);
    const auto rep = cim::report(u.PI, u.PW, u.PO, u.PD, u.PR, u.R);
    for (const char s : {'A', 'B'}) {
      if (s == 'B' && u.PD != u.PR) {
        CHECK_THROWS_AS(run(s, u, x, w, 0, rng), std::invalid_argument);
        continue;
      }
      const Output o = run(s, u, x, w, 0, rng);
      INFO(s << " PI=" << u.PI << " PW=" << u.PW << " PD=" << u.PD << " PR=" << u.PR << " R=" << u.R);
      const auto& row = rep.rows[s == 'A' ? 0 : 1];
      CHECK(o.out == double(o.exact));
      CHECK(o.conversions == row.conversions);              // eqs. 5, 6
      CHECK(o.comparisons == row.conversions * row.adc_bits);  // eqs. 2, 3: uniform SAR, one comparison per bit
      CHECK(o.input_cycles == row.cycles);                  // eq. 8
    }
  }
}

TEST_CASE("strategy: C accumulates LSB first with the 2^-PD scaling and converts the PO MSBs once", "[sim][strategy]") {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 400; ++trial) {
    Setup u;
    u.PI = 1 + int(rng() % 8);
    u.PW = 1 + int(rng() % 8);
    u.PD = 1 + int(rng() % 4);
    u.PR = 1 + int(rng() % 4);
    u.R = 1 + int(rng() % 300);
    u.PO = 1 + int(rng() % 16);
    const auto x = random_values(rng, u.R, u.PI), w = random_values(rng, u.R, u.PW);
    const Output o = run('C', u, x, w, 0, rng);
    const int T = slices(u), F = full_scale_bits(u);
    INFO("PI=" << u.PI << " PW=" << u.PW << " PD=" << u.PD << " PR=" << u.PR << " R=" << u.R << " PO=" << u.PO);
    // The held sum is the dot product scaled by 2^-(T-1)PD, exactly.
    CHECK(std::ldexp(o.held, (T - 1) * u.PD) == double(o.exact));
    // The PO most significant bits of the F-bit full scale.
    const int64_t want = F > u.PO ? (o.exact >> (F - u.PO)) << (F - u.PO) : o.exact;
    CHECK(o.out == double(want));
    CHECK(o.conversions == 1);      // eq. 7
    CHECK(o.comparisons == u.PO);   // eq. 4
    CHECK(o.input_cycles == T);     // eq. 8
  }
  // The seed's example: 8-bit everything, 128 rows: F = 8 + 8 + 7 = 23 bits, 8 kept.
  Setup u;
  const std::vector<uint32_t> x(128, 255), w(128, 255);
  CHECK(full_scale_bits(u) == 23);
  CHECK(run('C', u, x, w, 0, rng).out == double((int64_t(255 * 255 * 128) >> 15) << 15));
}

TEST_CASE("strategy: measured counts of the seed's example and the lumped noise of eq. 13", "[sim][strategy]") {
  Setup u;  // PI = PW = PO = 8, PD = PR = 1, 128 rows
  const Measured a = measure('A', u, 4, 8, 1), b = measure('B', u, 4, 8, 1), c = measure('C', u, 4, 8, 1);
  CHECK(a.conversions == 64);
  CHECK(b.conversions == 15);
  CHECK(c.conversions == 1);
  CHECK(a.input_cycles == 8);
  CHECK(b.input_cycles == 8);
  CHECK(c.input_cycles == 8);
  CHECK(a.comparisons == 64 * 8);
  CHECK(b.comparisons == 15 * 11);
  CHECK(c.comparisons == 8);
  CHECK(std::isinf(a.sinad_db));
  CHECK(std::isinf(b.sinad_db));
  CHECK(std::isfinite(c.sinad_db));  // 8 of 23 bits kept
  CHECK(c.sinad_db > 40);
  CHECK(sigma_for(2.0, 20) == Approx(0.2));
  CHECK(sigma_for(2.0, std::numeric_limits<double>::infinity()) == 0);
  // Noise lowers the measured SINAD, more at a lower setting; the same seed repeats it.
  for (const char s : {'A', 'B', 'C'}) {
    Setup n = u;
    n.sinad_db = 50;
    const Measured hi = measure(s, n, 4, 16, 3);
    n.sinad_db = 30;
    const Measured lo = measure(s, n, 4, 16, 3);
    INFO(s);
    CHECK(hi.sinad_db < 100);
    CHECK(lo.sinad_db < hi.sinad_db);
    CHECK(measure(s, n, 4, 16, 3).sinad_db == lo.sinad_db);
  }
  Setup bad = u;
  bad.PR = 2;
  CHECK(check('B', bad).find("PD = PR") != std::string::npos);
  CHECK_THROWS_AS(measure('B', bad, 1, 1, 1), std::invalid_argument);
  CHECK(check('D', u) != "");
}
