// TRQ calibration on a captured workload.
#include "calibrate.hpp"

#include <catch2/catch.hpp>

using namespace cim;

namespace {
Captured small_capture(int k) {
  Layer L;
  L.enc = WEnc::Offset;
  const Workload w = random_workload(L, 64, 4, 16, Distributions{}, 9);
  return capture(w, NonIdeal{}, k);
}
}  // namespace

TEST_CASE("every legal setting is listed once, uniform first", "[calibrate]") {
  const auto s = all_settings(8);
  REQUIRE(!s.front().trq);
  for (size_t i = 1; i < s.size(); ++i) REQUIRE(trq_check(8, s[i]).empty());
  CHECK(all_settings(2).size() == 1 + 2 + 2);  // uniform; bexp=1, s1=0, s2=0,1 in both orders
}

TEST_CASE("calibration meets the floor with no more comparisons than uniform", "[calibrate]") {
  const Captured cap = small_capture(0);
  Goal g;
  g.floor_db = 45;
  const Choice single = best_single(cap, 8, g);
  REQUIRE(single.feasible);
  CHECK(single.m.err.sinad_db >= 45);
  CHECK(single.m.avg_cmp <= 8);
  const Choice table = best_table(cap, single, g);
  REQUIRE(table.feasible);
  CHECK(table.m.err.sinad_db >= 45);
  CHECK(table.m.avg_cmp <= single.m.avg_cmp);
  // The chosen settings reproduce their figures.
  const Metrics again = evaluate(cap, table.adc);
  CHECK(again.avg_cmp == table.m.avg_cmp);
  CHECK(again.err.sinad_db == table.m.err.sinad_db);
}

TEST_CASE("budget mode stays within the budget", "[calibrate]") {
  const Captured cap = small_capture(1);
  Goal g;
  g.budget_mode = true;
  g.budget = 4.5;
  const Choice c = best_single(cap, 8, g);
  REQUIRE(c.feasible);
  CHECK(c.m.avg_cmp <= 4.5);
  const Choice t = best_table(cap, c, g);
  CHECK(t.m.avg_cmp <= 4.5);
  CHECK(t.m.err.sinad_db >= c.m.err.sinad_db);
}

#include <cstdio>
#include <fstream>

TEST_CASE("samples: a captured workload round-trips through CSV and calibrates", "[calibrate]") {
  const Captured cap = small_capture(0);
  const std::string path = "test_samples.csv";
  std::ofstream(path) << samples_csv(cap);
  const SampleSet s = read_samples(path, 0);
  std::remove(path.c_str());
  REQUIRE(s.samples.size() == cap.convs.size());
  AdcConfig u;
  // Ideal integer samples, uniform 8-bit at k = 0: no error against the analog sum.
  const Metrics m = evaluate_samples(s, u);
  CHECK(std::isinf(m.err.sinad_db));
  CHECK(m.avg_cmp == 8);
  // Coarse settings cost SINAD, and the search finds a cheaper exact one.
  AdcConfig coarse;
  coarse.setting = TrqSetting{true, SearchOrder::Threshold, 2, 1, 4};
  CHECK(evaluate_samples(s, coarse).err.sinad_db < 60);
  Goal g;
  const Choice c = best_single([&s](const AdcConfig& a) { return evaluate_samples(s, a); }, 8, 0, g);
  CHECK(c.feasible);
  CHECK(c.m.avg_cmp < 8);
}

TEST_CASE("malformed sample files are refused with the line", "[calibrate]") {
  const std::string path = "test_bad_samples.csv";
  std::ofstream(path) << "0,1,1,3.5\n0,2,x,1\n";
  CHECK_THROWS_WITH(read_samples(path, 0), Catch::Contains("test_bad_samples.csv:2"));
  std::ofstream(path) << "0,1,2,3.5\n";
  CHECK_THROWS_WITH(read_samples(path, 0), Catch::Contains("sign 1 or -1"));
  std::remove(path.c_str());
  CHECK_THROWS_WITH(read_samples("/nonexistent.csv", 0), Catch::Contains("cannot read"));
}

TEST_CASE("calibrate: judged on both halves; the fast table search is best_table's", "[calibrate]") {
  const Captured cap = small_capture(0);
  const auto halves = split_halves(cap);
  REQUIRE(halves.first.xsum.size() == 8);
  REQUIRE(halves.second.xsum.size() == 8);
  REQUIRE(halves.first.convs.size() + halves.second.convs.size() == cap.convs.size());
  CHECK(halves.second.exact[0] == cap.exact[size_t(cap.C)]);  // vector 1 leads the second half
  const Evaluator both = worse_of([&](const AdcConfig& a) { return evaluate(halves.first, a); },
                                  [&](const AdcConfig& a) { return evaluate(halves.second, a); });
  for (const bool budget : {false, true}) {
    Goal g;
    g.budget_mode = budget;
    g.floor_db = 40;
    g.budget = 5;
    const Choice single = calibrate(cap, 8, g, false);
    const Choice table = calibrate(cap, 8, g, true);
    INFO("budget mode " << budget);
    CHECK(single.adc.table.empty());
    // What calibrate reports is the whole capture's figures; it chose on the halves.
    CHECK(evaluate(cap, single.adc).avg_cmp == single.m.avg_cmp);
    CHECK(evaluate(cap, table.adc).err.rms == table.m.err.rms);
    // A table is never worse than the single setting, judged on the halves.
    const auto judged = [&](const Choice& c) {
      Choice j = c;
      j.m = both(c.adc);
      j.feasible = budget ? j.m.avg_cmp <= g.budget + 1e-12 : j.m.err.sinad_db >= g.floor_db;
      return j;
    };
    CHECK_FALSE(better(g, judged(single), judged(table)));
    if (budget) {
      // The fast search picks what best_table picks on the same evaluator.
      int max_sig = 0;
      for (const auto& cv : cap.convs) max_sig = std::max(max_sig, cv.significance);
      const Choice slow = best_table(both, judged(single), max_sig, g);
      REQUIRE(slow.adc.table.size() == table.adc.table.size());
      for (size_t i = 0; i < slow.adc.table.size(); ++i) CHECK(trq_text(slow.adc.table[i]) == trq_text(table.adc.table[i]));
    } else if (!table.adc.table.empty()) {
      CHECK(both(table.adc).err.sinad_db >= g.floor_db + kTableMarginDb);
    }
  }
}

TEST_CASE("calibrate: a table holds the floor on held-out vectors (the study's 64-row workload)", "[calibrate]") {
  // This workload overfitted before: a table fitted on seed 1 fell to 21.4 dB on other seeds, below the
  // best single setting's 45.0 dB.
  Layer L;
  L.enc = WEnc::Offset;
  Distributions d;
  const Workload layer = random_workload(L, 64, 8, 1, d, 1);
  auto cap_of = [&](int seed) {
    Workload w = layer;
    w.X = random_workload(L, 64, 8, 100, d, uint64_t(seed) * 7919).X;
    return capture(w, NonIdeal{}, 0);
  };
  Goal g;
  g.floor_db = 45;
  const Captured train = cap_of(1);
  const Choice single = calibrate(train, 8, g, false), table = calibrate(train, 8, g, true);
  CHECK(table.m.avg_cmp <= single.m.avg_cmp);
  for (int seed = 2; seed <= 4; ++seed) {
    const Captured held = cap_of(seed);
    const Metrics ms = evaluate(held, single.adc), mt = evaluate(held, table.adc);
    INFO("seed " << seed << ": single " << ms.err.sinad_db << " dB, table " << mt.err.sinad_db << " dB");
    CHECK(mt.err.sinad_db >= std::min(g.floor_db, ms.err.sinad_db));
  }
}
