// The stacked crossbars of seed 004 (blocks/stack_ctl/stack_ctl_model.hpp): column sums, where each
// mode keeps a layer, and the schedule of writes and reads worked by hand.
#include "stack_ctl_model.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <stdexcept>

using namespace cim::stack;

TEST_CASE("stack: column sums and layer placement", "[stack]") {
  const std::vector<std::vector<uint32_t>> w = {{1, 2}, {3, 0}, {0, 5}};
  CHECK(column_sums({2, 1, 3}, w) == std::vector<int64_t>{5, 19});
  CHECK_THROWS_AS(column_sums({1, 2}, w), std::invalid_argument);
  CHECK(rows_per_layer(Mode::Expansion, 10) == 20);
  CHECK(rows_per_layer(Mode::DeepNet, 10) == 10);
  CHECK(rows_per_layer(Mode::Single, 10) == 10);
  for (int k = 0; k < 4; ++k) {
    CHECK(half_of_layer(Mode::DeepNet, k) == k % 2);
    CHECK(half_of_layer(Mode::Single, k) == 0);
  }
}

TEST_CASE("stack: schedules worked by hand", "[stack]") {
  // R = 2, TPROG = 3: a row takes 4 cycles, a layer 8 (16 in expansion); SETTLE = 1: a vector takes 3.
  const Timing t{2, 3, 1};
  CHECK(row_cycles(t) == 4);
  CHECK(vector_cycles(t) == 3);
  const std::vector<int> v = {3, 3};  // reads of 9 cycles
  const Schedule single = schedule(Mode::Single, t, v);
  CHECK(single.write_start == std::vector<int64_t>{0, 17});
  CHECK(single.read_start == std::vector<int64_t>{8, 25});
  CHECK(single.total == 34);
  CHECK(single.overlap == 0);
  const Schedule deep = schedule(Mode::DeepNet, t, v);
  CHECK(deep.write_start == std::vector<int64_t>{0, 8});  // layer 1 into half 1 while half 0 is read
  CHECK(deep.read_start == std::vector<int64_t>{8, 17});
  CHECK(deep.total == 26);
  CHECK(deep.overlap == 8);
  const Schedule exp = schedule(Mode::Expansion, t, v);
  CHECK(exp.read_start == std::vector<int64_t>{16, 41});
  CHECK(exp.total == 50);
  CHECK(speedup(t, v) == Approx(34.0 / 26.0));
  // Deep-net: the third layer waits for half 0, freed when layer 0's read ends.
  const Schedule deep3 = schedule(Mode::DeepNet, t, {5, 1, 1});  // reads of 15, 3, 3 cycles
  CHECK(deep3.write_start == std::vector<int64_t>{0, 8, 23});
  CHECK(deep3.read_start == std::vector<int64_t>{8, 23, 31});
  CHECK(deep3.total == 34);
  CHECK_THROWS_AS(schedule(Mode::DeepNet, t, {0}), std::invalid_argument);
}

TEST_CASE("stack: deep-net hides the shorter of writing and reading", "[stack]") {
  // Many layers: single pays W + V per layer, deep-net about max(W, V).
  std::mt19937_64 rng(7);
  for (int i = 0; i < 50; ++i) {
    const Timing t{1 + int(rng() % 64), 1 + int(rng() % 100), int(rng() % 16)};
    const int vectors = 1 + int(rng() % 200);
    const std::vector<int> layers(40, vectors);
    const double W = double(rows_per_layer(Mode::DeepNet, t.R) * row_cycles(t));
    const double V = double(vectors * vector_cycles(t));
    const Schedule s = schedule(Mode::Single, t, layers), d = schedule(Mode::DeepNet, t, layers);
    CHECK(s.total == int64_t(40 * (W + V)));
    CHECK(d.total == int64_t(W + 39 * std::max(W, V) + V));
    CHECK(d.total <= s.total);
    CHECK(speedup(t, layers) == Approx(s.total / double(d.total)));
  }
}
