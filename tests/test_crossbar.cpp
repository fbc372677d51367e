// The crossbar model and a layer run through it (SPEC.md sections 1, 3, 4).
#include "crossbar.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <random>

using namespace cim;

namespace {
struct RandomLayer {
  Layer L;
  std::vector<std::vector<int64_t>> W;
  std::vector<int64_t> x;
};

RandomLayer random_layer(std::mt19937_64& rng, int R, int C) {
  RandomLayer l;
  l.L.PI = 1 + int(rng() % 8);
  l.L.PW = 1 + int(rng() % 8);
  l.L.PD = 1 + int(rng() % 4);
  l.L.PR = 1 + int(rng() % 4);
  l.L.in_signed = rng() & 1;
  l.L.enc = static_cast<WEnc>(rng() % 3);
  if (l.L.enc == WEnc::Differential && l.L.PW < 2) l.L.PW = 2;
  l.W.assign(size_t(R), std::vector<int64_t>(size_t(C)));
  for (auto& row : l.W)
    for (auto& w : row) w = w_min(l.L.PW, l.L.enc) + int64_t(rng() % uint64_t(w_max(l.L.PW, l.L.enc) - w_min(l.L.PW, l.L.enc) + 1));
  l.x.resize(size_t(R));
  for (auto& v : l.x) v = x_min(l.L.PI, l.L.in_signed) + int64_t(rng() % uint64_t(x_max(l.L.PI, l.L.in_signed) - x_min(l.L.PI, l.L.in_signed) + 1));
  return l;
}
}  // namespace

TEST_CASE("ideal crossbar: v is the integer bit-line sum and the layer output is exact", "[crossbar]") {
  std::mt19937_64 rng(3);
  for (int iter = 0; iter < 300; ++iter) {
    const int R = 1 + int(rng() % 40), C = 1 + int(rng() % 4);
    const RandomLayer l = random_layer(rng, R, C);
    const Crossbar xb(l.L, l.W, NonIdeal{});
    AdcConfig adc;
    adc.N = nreq(l.L.PD, l.L.PR, R);
    if (adc.N > 12) continue;
    const LayerRun run = run_layer(xb, l.x, adc, uint64_t(iter));
    INFO("iter " << iter);
    REQUIRE(run.y == run.exact);
    for (int c = 0; c < C; ++c)
      for (int t = 0; t < num_slices(l.L.PI, l.L.in_signed, l.L.PD); ++t)
        REQUIRE(xb.v(l.x, t, 0, 0, c, 0, 0) == double(xb.ideal_sum(l.x, t, 0, 0, c)));
  }
}

TEST_CASE("ideal crossbar with every precision, signedness and encoding", "[crossbar]") {
  std::mt19937_64 rng(5);
  for (int PI = 1; PI <= 8; ++PI)
    for (int PW = 1; PW <= 8; ++PW)
      for (int sg = 0; sg < 2; ++sg)
        for (WEnc enc : {WEnc::Unsigned, WEnc::Offset, WEnc::Differential}) {
          if (enc == WEnc::Differential && PW < 2) continue;
          RandomLayer l = random_layer(rng, 16, 2);
          l.L.PI = PI, l.L.PW = PW, l.L.in_signed = sg, l.L.enc = enc, l.L.PD = 1 + (PI % 4), l.L.PR = 1 + (PW % 4);
          for (auto& row : l.W)
            for (auto& w : row) w = w_min(PW, enc) + int64_t(rng() % uint64_t(w_max(PW, enc) - w_min(PW, enc) + 1));
          for (auto& v : l.x) v = x_min(PI, sg) + int64_t(rng() % uint64_t(x_max(PI, sg) - x_min(PI, sg) + 1));
          const Crossbar xb(l.L, l.W, NonIdeal{});
          AdcConfig adc;
          adc.N = nreq(l.L.PD, l.L.PR, 16);
          const LayerRun run = run_layer(xb, l.x, adc, 0);
          INFO("PI=" << PI << " PW=" << PW << " signed=" << sg << " enc=" << wenc_name(enc));
          REQUIRE(run.y == run.exact);
        }
}

namespace {
// Sum of v over every conversion of a fixed all-ones layer.
double total_v(const NonIdeal& ni, bool all_ones = true) {
  Layer L;
  L.PI = 4, L.PW = 4, L.PD = 1, L.PR = 2;
  std::vector<std::vector<int64_t>> W(32, std::vector<int64_t>(2, all_ones ? 5 : 0));
  std::vector<int64_t> x(32, 9);
  const Crossbar xb(L, W, ni);
  double s = 0;
  for (int c = 0; c < 2; ++c)
    for (int t = 0; t < 4; ++t)
      for (int j = 0; j < 2; ++j) s += xb.v(x, t, j, 0, c, 0, xb.conversion_key(0, t, j, 0, c));
  return s;
}
}  // namespace

TEST_CASE("each non-ideality changes v in its documented direction, and only when enabled", "[crossbar]") {
  const double ideal = total_v(NonIdeal{});
  NonIdeal ni;
  CHECK(total_v(ni) == ideal);
  ni = NonIdeal{};
  ni.d2d_sigma = 0.2;
  CHECK(total_v(ni) != ideal);  // log-normal: both directions
  ni = NonIdeal{};
  ni.read_noise = 1.5;
  CHECK(total_v(ni) != ideal);
  ni = NonIdeal{};
  ni.p_stuck_lrs = 0.3;
  CHECK(total_v(ni) > ideal);  // stuck at LRS raises the bit-line value
  ni = NonIdeal{};
  ni.p_stuck_hrs = 0.3;
  CHECK(total_v(ni) < ideal);  // stuck at HRS lowers it
  ni = NonIdeal{};
  ni.r_wire = 2.5;
  CHECK(total_v(ni) < ideal);  // IR drop attenuates
  CHECK(total_v(ni) > 0.5 * ideal);
  // The comparator offset leaves v alone and moves the codes up.
  ni = NonIdeal{};
  ni.cmp_offset = 0.75;
  CHECK(total_v(ni) == ideal);
  CHECK(convert(8, TrqSetting{}, [](uint32_t d) { return 10.5 + 0.75 >= double(d); }).code == 11);
}

TEST_CASE("the same seed gives the same v, another seed another", "[crossbar]") {
  NonIdeal a;
  a.d2d_sigma = 0.1;
  a.read_noise = 0.5;
  a.p_stuck_lrs = 0.05;
  NonIdeal b = a;
  CHECK(total_v(a) == total_v(b));
  b.seed = 2;
  CHECK(total_v(a) != total_v(b));
}

TEST_CASE("bad non-ideality values and matrices are refused", "[crossbar]") {
  NonIdeal ni;
  ni.d2d_sigma = -0.1;
  CHECK(nonideal_check(ni).rfind("sigma=", 0) == 0);
  ni = NonIdeal{};
  ni.p_stuck_lrs = 0.7;
  ni.p_stuck_hrs = 0.7;
  CHECK(!nonideal_check(ni).empty());
  Layer L;
  CHECK_THROWS(Crossbar(L, {{1, 2}, {3}}, NonIdeal{}));
  CHECK_THROWS(Crossbar(L, {}, NonIdeal{}));
}

TEST_CASE("error statistics follow seed 002's SINAD", "[crossbar]") {
  const ErrorStats e = error_stats({10, -10, 10, -9}, {10, -10, 10, -10});
  CHECK(e.max_abs == 1);
  CHECK(e.rms == Approx(0.5));
  CHECK(e.sinad_db == Approx(10 * std::log10((100.0 + 0.25) / 0.25)));
}

#include "fast.hpp"

TEST_CASE("fast paths agree with the reference model", "[crossbar]") {
  std::mt19937_64 rng(17);
  for (int iter = 0; iter < 100; ++iter) {
    // Every fourth layer is wide: the non-ideal path adds blocks of Crossbar::kCellBlock columns, the last
    // one partly padding.
    const int R = 1 + int(rng() % 200), C = iter % 4 == 0 ? 16 + int(rng() % 48) : 1 + int(rng() % 3);
    const RandomLayer l = random_layer(rng, R, C);
    const PackedLayer pk(l.L, l.W);
    std::vector<int64_t> sums;
    pk.sums(l.x, sums);
    NonIdeal ni;
    ni.d2d_sigma = iter % 2 ? 0.1 : 0.0;
    ni.read_noise = iter % 3 ? 0.5 : 0.0;
    ni.r_wire = iter % 5 ? 1.0 : 0.0;
    const Crossbar ideal(l.L, l.W, NonIdeal{}), xb(l.L, l.W, ni);
    std::vector<double> v;
    all_v(xb, l.x, 1, 7, v);
    const int T = pk.slices(), J = num_weight_cols(l.L.PW, l.L.PR, l.L.enc);
    for (int c = 0; c < C; ++c)
      for (int set = 0; set < num_col_sets(l.L.enc); ++set)
        for (int j = 0; j < J; ++j)
          for (int t = 0; t < T; ++t) {
            const int col = ideal.column(c, set, j);
            const size_t slot = conversion_slot(t, col, ideal.columns());
            REQUIRE(sums[slot] == ideal.ideal_sum(l.x, t, j, set, c));
            REQUIRE(v[slot] ==
                    xb.v(l.x, t, j, set, c, 1, xb.conversion_key(7, t, j, set, c)));  // bit-identical
          }
    // A layer run from these values is the reference run.
    AdcConfig adc;
    adc.N = 6;
    adc.k = 1;
    if (iter % 2) adc.setting = TrqSetting{true, SearchOrder::Threshold, 3, 0, 4};
    const LayerRun a = run_layer(xb, l.x, adc, 7), b = run_layer(xb, l.x, adc, v);
    REQUIRE(a.y == b.y);
    REQUIRE(a.comparisons == b.comparisons);
  }
}

TEST_CASE("ideal fast path sums past 31 words of rows", "[crossbar]") {
  // The AVX2 popcount sums byte counts of at most 31 words before widening them: 2100 rows are 33 words.
  // Every cell and input at its maximum sets every bit; then random values.
  std::mt19937_64 rng(23);
  for (int iter = 0; iter < 4; ++iter) {
    RandomLayer l = random_layer(rng, 2100, 5);
    if (iter < 2) {
      l.L.enc = WEnc::Unsigned;
      for (auto& row : l.W)
        for (auto& w : row) w = w_max(l.L.PW, l.L.enc);
      for (auto& v : l.x) v = x_max(l.L.PI, l.L.in_signed);
    }
    const PackedLayer pk(l.L, l.W);
    std::vector<int64_t> sums;
    pk.sums(l.x, sums);
    const Crossbar ideal(l.L, l.W, NonIdeal{});
    for (int c = 0; c < 5; ++c)
      for (int set = 0; set < num_col_sets(l.L.enc); ++set)
        for (int j = 0; j < num_weight_cols(l.L.PW, l.L.PR, l.L.enc); ++j)
          for (int t = 0; t < pk.slices(); ++t)
            REQUIRE(sums[conversion_slot(t, ideal.column(c, set, j), ideal.columns())] ==
                    ideal.ideal_sum(l.x, t, j, set, c));
  }
}

TEST_CASE("keyed normal draws in a batch are the single draws bit for bit", "[crossbar]") {
  // keyed_normals runs on vectors of 4 or 8 keys, the rest one by one; about 5% of the draws are tails.
  std::mt19937_64 rng(5);
  for (const size_t n : {size_t(0), size_t(1), size_t(3), size_t(7), size_t(9), size_t(4099)}) {
    std::vector<uint64_t> keys(n);
    for (auto& k : keys) k = rng();
    std::vector<double> batch(n);
    keyed_normals(11, 3, keys.data(), n, batch.data());
    int tails = 0;
    for (size_t i = 0; i < n; ++i) {
      const double z = keyed_normal(11, 3, keys[i], 0);
      tails += std::fabs(z) > 1.97;
      REQUIRE(std::memcmp(&batch[i], &z, sizeof z) == 0);
    }
    if (n == 4099) CHECK(tails > 100);
  }
}

TEST_CASE("keyed normal draws are standard normal", "[crossbar]") {
  double m = 0, v = 0, tail = 0;
  const int n = 200000;
  for (int i = 0; i < n; ++i) {
    const double z = keyed_normal(42, 3, uint64_t(i), 0);
    m += z;
    v += z * z;
    if (std::fabs(z) > 1.96) ++tail;
  }
  m /= n;
  v = v / n - m * m;
  CHECK(std::fabs(m) < 0.01);
  CHECK(v == Approx(1.0).epsilon(0.02));
  CHECK(tail / n == Approx(0.05).epsilon(0.05));
  CHECK(keyed_normal(42, 3, 5, 0) == keyed_normal(42, 3, 5, 0));
  CHECK(keyed_normal(42, 3, 5, 0) != keyed_normal(43, 3, 5, 0));
}
