// The behavioural model against SPEC.md sections 1, 2 and 5.
#include "cim.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace cim;

TEST_CASE("input slices reconstruct the input", "[sim]") {
  for (int PI = 1; PI <= 8; ++PI)
    for (int PD = 1; PD <= 4; ++PD)
      for (int sg = 0; sg < 2; ++sg)
        for (int64_t x = x_min(PI, sg); x <= x_max(PI, sg); ++x) {
          int64_t y = 0;
          for (int t = 0; t < num_slices(PI, sg, PD); ++t) {
            const int64_t v = int64_t(slice_value(x, t, PI, sg, PD)) << slice_b(t, PI, sg, PD);
            REQUIRE(slice_value(x, t, PI, sg, PD) < (1u << PD));
            y += is_sign_slice(t, PI, sg, PD) ? -v : v;
          }
          REQUIRE(y == x);
        }
}

TEST_CASE("slice counts follow SPEC.md section 1", "[sim]") {
  CHECK(num_slices(8, false, 1) == 8);
  CHECK(num_slices(8, true, 1) == 8);
  CHECK(num_slices(8, true, 2) == 5);  // bits 0-1, 2-3, 4-5, 6, sign
  CHECK(slice_b(3, 8, true, 2) == 6);
  CHECK(slice_b(4, 8, true, 2) == 7);
  CHECK(is_sign_slice(4, 8, true, 2));
  CHECK(num_slices(1, true, 3) == 1);
  CHECK(num_slices(5, false, 4) == 2);
}

TEST_CASE("weight cells reconstruct every encoding", "[sim]") {
  for (int PW = 1; PW <= 8; ++PW)
    for (int PR = 1; PR <= 4; ++PR)
      for (WEnc enc : {WEnc::Unsigned, WEnc::Offset, WEnc::Differential}) {
        if (enc == WEnc::Differential && PW < 2) continue;
        for (int64_t w = w_min(PW, enc); w <= w_max(PW, enc); ++w) {
          int64_t y = 0;
          for (int set = 0; set < num_col_sets(enc); ++set) {
            int64_t u = 0;
            const uint32_t s = stored_value(w, PW, enc, set);
            REQUIRE(s < (1u << stored_width(PW, enc)));
            for (int j = 0; j < num_weight_cols(PW, PR, enc); ++j) u += int64_t(cell_value(s, j, PR)) << (j * PR);
            y += set ? -u : u;
          }
          if (enc == WEnc::Offset) y -= int64_t(1) << (PW - 1);
          REQUIRE(y == w);
        }
      }
}

TEST_CASE("rec is the mid-point of the conversion interval", "[sim]") {
  CHECK(rec(5, 0, 0) == 5);
  CHECK(rec(5, 0, 2) == (5 << 2) + 2);
  CHECK(rec(32, 5, 0) == 32 + 16);
  CHECK(rec(32, 5, 1) == 64 + 32);
  CHECK(rec(0, 1, 0) == 1);
}

TEST_CASE("ideal conversions with N >= Nreq and k = 0 give the exact dot product", "[sim]") {
  std::mt19937_64 rng(7);
  for (int iter = 0; iter < 3000; ++iter) {
    ShiftAddGen g;
    g.PD = 1 + int(rng() % 4);
    g.PR = 1 + int(rng() % 4);
    g.PImax = 1 + int(rng() % 8);
    g.PWmax = 1 + int(rng() % 8);
    g.enc = static_cast<WEnc>(rng() % 3);
    if (g.enc == WEnc::Differential && g.PWmax < 2) g.PWmax = 2;
    g.R = 1 + int(rng() % 64);
    g.N = std::min(12, nreq(g.PD, g.PR, g.R));
    if (g.N < nreq(g.PD, g.PR, g.R)) continue;
    g.Kmax = int(rng() % 4);
    ShiftAddCfg cfg{1 + int(rng() % g.PImax), bool(rng() % 2), 1 + int(rng() % g.PWmax), 0};
    cfg = effective(g, cfg);
    const int rows = 1 + int(rng() % g.R);
    std::vector<int64_t> x(rows), w(rows);
    for (int r = 0; r < rows; ++r) {
      x[r] = x_min(cfg.PI, cfg.in_signed) + int64_t(rng() % uint64_t(x_max(cfg.PI, cfg.in_signed) - x_min(cfg.PI, cfg.in_signed) + 1));
      w[r] = w_min(cfg.PW, g.enc) + int64_t(rng() % uint64_t(w_max(cfg.PW, g.enc) - w_min(cfg.PW, g.enc) + 1));
    }
    const auto beats = ideal_beats(g, cfg, x, w);
    INFO("iter " << iter);
    REQUIRE(shift_add(g, cfg, beats, sum(x)) == dot(x, w));
    const AccRange r = acc_range(g);
    REQUIRE(dot(x, w) >= r.lo);
    REQUIRE(dot(x, w) <= r.hi);
  }
}

TEST_CASE("the derived range holds every stream of in-contract beats", "[sim]") {
  std::mt19937_64 rng(11);
  for (int iter = 0; iter < 500; ++iter) {
    ShiftAddGen g;
    g.N = 1 + int(rng() % 12);
    g.PD = 1 + int(rng() % 4);
    g.PR = 1 + int(rng() % 4);
    g.PImax = 1 + int(rng() % 8);
    g.PWmax = 2 + int(rng() % 7);
    g.enc = static_cast<WEnc>(rng() % 3);
    g.R = 1 + int(rng() % 256);
    g.Kmax = int(rng() % 16);
    const AccRange r = acc_range(g);
    const int xw = xsum_width(g);
    for (int trial = 0; trial < 20; ++trial) {
      ShiftAddCfg cfg{int(rng() % 10), bool(rng() % 2), int(rng() % 10), int(rng() % 17)};
      std::vector<Beat> beats;
      const bool extreme = trial % 2;
      for (int t = 0; t < max_slices(g); ++t)
        for (int j = 0; j < max_weight_cols(g); ++j)
          for (int set = 0; set < num_col_sets(g.enc); ++set)
            beats.push_back({extreme ? (1u << g.N) - 1 : uint32_t(rng() % (1u << g.N)), extreme ? 15 : int(rng() % 16), t, j, set});
      const int64_t xsum = (trial % 4 < 2) ? -(int64_t(1) << (xw - 1)) : (int64_t(1) << (xw - 1)) - 1;
      int64_t acc = 0;
      const ShiftAddCfg eff = effective(g, cfg);
      for (const auto& b : beats) {
        acc += contribution(g, eff, b);
        REQUIRE(acc >= r.lo);
        REQUIRE(acc <= r.hi);
      }
      const int64_t out = shift_add(g, cfg, beats, xsum);
      REQUIRE(out >= r.lo);
      REQUIRE(out <= r.hi);
    }
  }
}

TEST_CASE("report reproduces seed 002's example (SPEC.md section 5)", "[sim]") {
  const Report rep = report(8, 8, 8, 1, 1, 128);
  REQUIRE(rep.rows.size() == 3);
  CHECK(rep.rows[0].adc_bits == 8);
  CHECK(rep.rows[0].conversions == 64);
  CHECK(rep.rows[1].adc_bits == 11);
  CHECK(rep.rows[1].conversions == 15);
  CHECK(rep.rows[2].adc_bits == 8);
  CHECK(rep.rows[2].conversions == 1);
  for (const auto& r : rep.rows) CHECK(r.cycles == 8);
  CHECK(rep.nreq == 8);
  // PR, PD > 1: eq. 2's first case, and Nreq agrees with it at 2^n rows.
  const Report r2 = report(8, 8, 8, 2, 2, 128);
  CHECK(r2.rows[0].adc_bits == 11);
  CHECK(r2.nreq == 11);
  CHECK(r2.rows[0].conversions == 16);
}

TEST_CASE("Nreq follows SPEC.md section 1", "[sim]") {
  CHECK(nreq(1, 1, 128) == 8);
  CHECK(nreq(1, 1, 1) == 1);
  CHECK(nreq(2, 2, 4) == 6);  // 3*3*4 = 36
  CHECK(nreq(4, 4, 4096) == 20);
}
