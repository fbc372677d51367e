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
