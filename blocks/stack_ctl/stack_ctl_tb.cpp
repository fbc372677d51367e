// Co-simulation of the generated stack_ctl with the stacked-crossbar model
// (blocks/stack_ctl/stack_ctl_model.hpp): the testbench plays the stack. It holds the two halves'
// cells, programs a row only at the end of a write pulse held TPROG cycles
// with the row and cells unchanged, fails on a half written while it is read
// (and, in deep-net mode, on both halves read at once; in expansion mode, on
// one read without the other), and answers each sample with the exact column
// sums of the rows driven over the halves whose read-enable is high. Every
// output beat must carry the model's column sums of the vector with its
// network layer's weights, so a layer programmed into the wrong half or
// rows, or read from the wrong one, shows. The controller is checked cycle
// by cycle against a reference of the README's timing (both engines, the
// loaded flags, every port). Some batches run with ideal traffic from a
// reset: the cycle each layer's writing and reading starts, and the last
// output, must match the model's schedule, and the run is set against the
// schedule of a single array that stops to be reprogrammed (the speed-up).
// Other batches have stream gaps, output back-pressure and resets in the
// middle of work (pulses between clock edges with RST=async).
//   Vstack_ctl [--seeds S] [--vectors V]
#include "Vstack_ctl.h"
#include "bits.hpp"
#include "harness.hpp"
#include "stack_ctl_model.hpp"
#include "stack_ctl.h"
#include "verilated.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int R = STACK_CTL_R, C = STACK_CTL_C, PI = STACK_CTL_PI, PR = STACK_CTL_PR;
constexpr int SETTLE = STACK_CTL_SETTLE, TPROG = STACK_CTL_TPROG;
constexpr int ROWS = int(STACK_CTL_ROWS), SW = int(STACK_CTL_SUM_W);
constexpr bool kAsync = STACK_CTL_RST == STACK_CTL_RST_ASYNC;
constexpr cim::stack::Mode kMode = STACK_CTL_MODE == STACK_CTL_MODE_EXPANSION ? cim::stack::Mode::Expansion
                                   : STACK_CTL_MODE == STACK_CTL_MODE_DEEPNET ? cim::stack::Mode::DeepNet
                                                                               : cim::stack::Mode::Single;
constexpr bool kDeep = kMode == cim::stack::Mode::DeepNet, kExp = kMode == cim::stack::Mode::Expansion;
const char* const kModeName = kDeep ? "deepnet" : kExp ? "expansion" : "single";

using Vec = std::vector<uint32_t>;

struct Layer {
  std::vector<Vec> w;   // [row][column]: ROWS rows of C cells
  std::vector<Vec> xs;  // its vectors, ROWS elements each
  size_t out_done = 0;  // vectors whose output beat has been taken
};

struct Expect {
  std::vector<int64_t> sums;
  bool last;
};

struct Stats {
  long layers = 0, vectors = 0, compared = 0, rows = 0, overlap = 0, resets = 0, cycles = 0, timed = 0;
  long timed_cycles = 0, single_cycles = 0, deep_cycles = 0;
};

class Tb : public TbBase<Vstack_ctl> {
 public:
  Tb(uint64_t seed, Stats& st) : TbBase(seed), st_(st) {}

  bool run(int vectors) {
    if (!reset(3)) return false;
    int left = vectors;
    while (left > 0) {
      const bool timed = chance(0.3);
      if (timed && !reset(1)) return false;  // from a known start
      int n = 0;
      for (int k = 1 + int(rng()() % 4); k > 0 && n < left; --k) n += new_layer(std::min(left - n, 1 + int(rng()() % 12)));
      gap_ = timed ? 0 : std::vector<double>{0.0, 0.2, 0.7}[rng()() % 3];
      bp_ = timed ? 0 : std::vector<double>{0.0, 0.3, 0.9}[rng()() % 3];
      if (!drain(timed)) return false;
      left -= n;
    }
    return true;
  }

 private:
  void quiet() {
    t_.w_valid_i = 0;
    t_.in_valid_i = 0;
    t_.out_ready_i = 0;
  }

  // Reset of `cycles` clocks (0: a pulse between edges, RST=async only): the controller forgets every layer;
  // the work restarts from the first layer not fully out, from its first vector not out, weights and all.
  bool reset(int cycles) {
    const bool ok = h_.reset(cycles, [&] { quiet(); }, [&] {
      return !t_.out_valid_o && !t_.re_o && !t_.prog_en_o && !t_.sh_o && !any_set(t_.row_o, 0, 2 * R * PI) &&
             !any_set(t_.prog_data_o, 0, C * PR);
    });
    if (!layers_.empty()) {
      Layer& l = layers_.front();
      l.xs.erase(l.xs.begin(), l.xs.begin() + long(l.out_done));
      l.out_done = 0;
    }
    wl_ = wr_ = il_ = iv_ = 0;
    expect_.clear();
    loaded_[0] = loaded_[1] = false;
    wbusy_ = rbusy_ = ovalid_ = false;
    wrow_ = wh_ = rh_ = 0;
    pulse_[0] = pulse_[1] = 0;  // an interrupted pulse programs nothing
    reset_cycle_ = cycle_;
    if (!ok) return fail("outputs not idle during or after reset");
    return true;
  }

  int new_layer(int vectors) {
    Layer l;
    const int ws = int(rng()() % 6), xs = int(rng()() % 6);
    l.w.assign(ROWS, Vec(C));
    for (auto& row : l.w)
      for (auto& c : row) c = ws == 0 ? uint32_t(mask(PR)) : ws == 1 ? 0u : uint32_t(rng()() & mask(PR));
    for (int v = 0; v < vectors; ++v) {
      Vec x(ROWS);
      for (auto& e : x) e = xs == 0 ? uint32_t(mask(PI)) : uint32_t(rng()() & mask(PI));
      l.xs.push_back(x);
    }
    layers_.push_back(l);
    ++st_.layers;
    return vectors;
  }

  bool step() {
    // Streams of this cycle.
    const bool wsend = wl_ < layers_.size() && !chance(gap_);
    t_.w_valid_i = wsend;
    const Vec& wrow = wsend ? layers_[wl_].w[size_t(wr_)] : zero_row_;
    for (int c = 0; c < C; ++c) set_bits(t_.w_data_i, c * PR, PR, wsend ? wrow[size_t(c)] : rng()());
    const bool isend = il_ < layers_.size() && iv_ < layers_[il_].xs.size() && !chance(gap_);
    t_.in_valid_i = isend;
    t_.in_last_i = isend ? iv_ + 1 == layers_[il_].xs.size() : bool(rng()() & 1);
    for (int r = 0; r < ROWS; ++r)
      set_bits(t_.in_data_i, r * PI, PI, isend ? layers_[il_].xs[iv_][size_t(r)] : rng()());
    t_.out_ready_i = !chance(bp_);
    for (int c = 0; c < C; ++c) set_bits(t_.col_i, c * SW, SW, rng()());  // read only at a sample
    t_.clk_i = 0;
    t_.eval();

    // The controller against the timing reference.
    const bool wfree = !loaded_[kDeep ? wh_ : 0], rloaded = loaded_[kDeep ? rh_ : 0];
    const bool out_free = !ovalid_ || t_.out_ready_i;
    const bool sample = rbusy_ && held_ == SETTLE && out_free;
    const unsigned want_re = !rbusy_ ? 0u : kExp ? 3u : kDeep ? 1u << rh_ : 1u;
    const unsigned want_prog = !wbusy_ ? 0u : kExp || kDeep ? 1u << wh_ : 1u;
    if (bool(t_.w_ready_o) != (!wbusy_ && wfree)) return fail(fmt("w_ready_o = %d", t_.w_ready_o));
    if (bool(t_.in_ready_o) != (!rbusy_ && rloaded)) return fail(fmt("in_ready_o = %d", t_.in_ready_o));
    if (t_.re_o != want_re) return fail(fmt("re_o = %d, expected %u", t_.re_o, want_re));
    if (t_.prog_en_o != want_prog) return fail(fmt("prog_en_o = %d, expected %u", t_.prog_en_o, want_prog));
    if (bool(t_.sh_o) != sample) return fail(fmt("sh_o = %d, expected %d", t_.sh_o, sample));
    if (bool(t_.out_valid_o) != ovalid_) return fail(fmt("out_valid_o = %d, expected %d", t_.out_valid_o, ovalid_));
    if (wbusy_) {
      if (int(t_.prog_row_o) != wrow_) return fail(fmt("prog_row_o = %d, expected %d", int(t_.prog_row_o), wrow_));
      for (int c = 0; c < C; ++c)
        if (get_bits(t_.prog_data_o, c * PR, PR) != wdata_[size_t(c)]) return fail(fmt("prog_data_o column %d", c));
    } else if (any_set(t_.prog_data_o, 0, C * PR)) {
      return fail("prog_data_o not 0 without a pulse");
    }
    // The stack's rules and its physics.
    for (int h = 0; h < 2; ++h)
      if ((t_.re_o >> h & 1) && (t_.prog_en_o >> h & 1)) return fail(fmt("half %d written while it is read", h));
    if (kDeep && t_.re_o == 3) return fail("deep-net: both halves read at once");
    if (kExp && (t_.re_o == 1 || t_.re_o == 2)) return fail("expansion: one half read without the other");
    if (t_.re_o && t_.prog_en_o) ++st_.overlap;
    for (int h = 0; h < 2; ++h)
      for (int r = 0; r < R; ++r) {
        const uint64_t want = (t_.re_o >> h & 1) ? x_[size_t(kExp ? h * R + r : r)] : 0;
        if (get_bits(t_.row_o, (h * R + r) * PI, PI) != want)
          return fail(fmt("row_o half %d row %d = %llu, expected %llu", h, r,
                          (unsigned long long)get_bits(t_.row_o, (h * R + r) * PI, PI), (unsigned long long)want));
      }
    if (t_.sh_o) {
      for (int c = 0; c < C; ++c) {
        int64_t sum = 0;
        for (int h = 0; h < 2; ++h)
          if (t_.re_o >> h & 1)
            for (int r = 0; r < R; ++r)
              sum += int64_t(get_bits(t_.row_o, (h * R + r) * PI, PI)) * int64_t(cells_[h][size_t(r)][size_t(c)]);
        set_bits(t_.col_i, c * SW, SW, uint64_t(sum));
      }
      t_.eval();
    }
    if (!program()) return false;

    // Timed runs end when the last vector's output is first valid.
    if (timing_ && ovalid_ && expect_.size() == 1 && layers_.size() == 1 &&
        layers_.front().out_done + 1 == layers_.front().xs.size() && !seen_last_) {
      seen_last_ = true;
      end_ = cycle_ - reset_cycle_;
    }

    // The output beat.
    const bool out_fire = t_.out_valid_o && t_.out_ready_i;
    if (out_fire) {
      if (expect_.empty()) return fail("output beat with no vector outstanding");
      const Expect& e = expect_.front();
      for (int c = 0; c < C; ++c)
        if (int64_t(get_bits(t_.out_data_o, c * SW, SW)) != e.sums[size_t(c)])
          return fail(fmt("vector %ld column %d: %llu, model %lld", st_.compared, c,
                          (unsigned long long)get_bits(t_.out_data_o, c * SW, SW), (long long)e.sums[size_t(c)]));
      if (bool(t_.out_last_o) != e.last) return fail(fmt("out_last_o = %d, expected %d", t_.out_last_o, e.last));
      expect_.pop_front();
      ++st_.compared;
      if (++layers_.front().out_done == layers_.front().xs.size()) {
        layers_.pop_front();
        --wl_, --il_;
      }
    }

    // The clock edge: the reference moves as the README says the controller does.
    const bool wtake = t_.w_valid_i && t_.w_ready_o, rtake = t_.in_valid_i && t_.in_ready_o;
    if (out_fire) ovalid_ = false;
    if (wtake) {
      if (wr_ == 0 && timing_) write_start_.push_back(cycle_ - reset_cycle_);
      wbusy_ = true;
      wcnt_ = 0;
      wdata_ = wrow;
      if (++wr_ == ROWS) ++wl_, wr_ = 0;
      ++st_.rows;
    } else if (wbusy_ && wcnt_ == TPROG - 1) {
      wbusy_ = false;
      if (wrow_ == R - 1) {
        wrow_ = 0;
        if (kDeep) loaded_[wh_] = true;
        if (kExp && wh_) loaded_[0] = true;
        if (!kDeep && !kExp) loaded_[0] = true;
        if (kDeep || kExp) wh_ ^= 1;
      } else {
        ++wrow_;
      }
    } else if (wbusy_) {
      ++wcnt_;
    }
    if (rtake) {
      if (iv_ == 0 && timing_) read_start_.push_back(cycle_ - reset_cycle_);
      rbusy_ = true;
      held_ = 0;
      x_ = layers_[il_].xs[iv_];
      const bool last = ++iv_ == layers_[il_].xs.size();
      expect_.push_back({cim::stack::column_sums(x_, layers_[il_].w), last});
      last_ = last;
      if (last) ++il_, iv_ = 0;
      ++st_.vectors;
    } else if (sample) {
      rbusy_ = false;
      ovalid_ = true;
      if (last_) {
        loaded_[kDeep ? rh_ : 0] = false;
        if (kDeep) rh_ ^= 1;
      }
    } else if (rbusy_ && held_ < SETTLE) {
      ++held_;
    }
    tick();
    return true;
  }

  // The stack's write side: a row is programmed when its pulse has been held TPROG cycles.
  bool program() {
    for (int h = 0; h < 2; ++h) {
      const bool on = t_.prog_en_o >> h & 1;
      if (!on) {
        if (pulse_[h] > 0 && pulse_[h] < TPROG)
          return fail(fmt("half %d row %d: write pulse of %d cycles, TPROG is %d", h, prow_[h], pulse_[h], TPROG));
        pulse_[h] = 0;
        continue;
      }
      Vec data(C);
      for (int c = 0; c < C; ++c) data[size_t(c)] = uint32_t(get_bits(t_.prog_data_o, c * PR, PR));
      if (pulse_[h] > 0 && (int(t_.prog_row_o) != prow_[h] || data != pdata_[h])) {
        if (pulse_[h] < TPROG) return fail(fmt("half %d: row or cells changed during a write pulse", h));
        pulse_[h] = 0;  // a new row right after the last
      }
      if (pulse_[h] == 0) prow_[h] = int(t_.prog_row_o), pdata_[h] = data;
      if (++pulse_[h] == TPROG) cells_[h][size_t(prow_[h])] = pdata_[h];  // programmed at this edge
      if (pulse_[h] > TPROG) return fail(fmt("half %d: write pulse longer than TPROG", h));
    }
    return true;
  }

  // Runs until every layer queued is out. Timed runs (ideal traffic from a reset) are checked against the
  // model's schedule; others meet resets in the middle of the work.
  bool drain(bool timed) {
    timing_ = timed;
    write_start_.clear(), read_start_.clear();
    seen_last_ = false;
    std::vector<int> vectors;
    for (const auto& l : layers_) vectors.push_back(int(l.xs.size()));
    long guard = 0;
    while (!layers_.empty() || ovalid_) {
      if (++guard > 200000 + 40L * (ROWS * (TPROG + 1) + 40L * (SETTLE + 2)) * long(layers_.size() + 2))
        return fail("timeout (deadlock?)");
      if (!timed && chance(0.02 / (ROWS * (TPROG + 1) + 6 * (SETTLE + 2))) && !layers_.empty()) {
        ++st_.resets;
        if (!reset(kAsync && chance(0.3) ? 0 : 1 + int(rng()() % 3))) return false;
        continue;
      }
      if (!step()) return false;
    }
    timing_ = false;
    if (!timed) return true;
    const cim::stack::Timing tm{R, TPROG, SETTLE};
    const auto model = cim::stack::schedule(kMode, tm, vectors);
    if (write_start_ != model.write_start || read_start_ != model.read_start || end_ != model.total) {
      std::string got, want;
      for (size_t k = 0; k < vectors.size(); ++k) {
        got += fmt(" w%lld r%lld", (long long)(k < write_start_.size() ? write_start_[k] : -1),
                   (long long)(k < read_start_.size() ? read_start_[k] : -1));
        want += fmt(" w%lld r%lld", (long long)model.write_start[k], (long long)model.read_start[k]);
      }
      return fail(fmt("schedule:%s end %ld; model:%s end %lld", got.c_str(), end_, want.c_str(), (long long)model.total));
    }
    ++st_.timed;
    st_.timed_cycles += end_;
    st_.single_cycles += cim::stack::schedule(cim::stack::Mode::Single, tm, vectors).total;
    st_.deep_cycles += cim::stack::schedule(cim::stack::Mode::DeepNet, tm, vectors).total;
    return true;
  }

  Stats& st_;
  std::deque<Layer> layers_;  // layers not fully out, the oldest first
  size_t wl_ = 0, il_ = 0, iv_ = 0;  // next weight row: layer wl_ row wr_; next vector: layer il_ vector iv_
  int wr_ = 0;
  std::deque<Expect> expect_;
  const Vec zero_row_ = Vec(C, 0);
  // The stack.
  std::vector<Vec> cells_[2] = {std::vector<Vec>(R, Vec(C, 0)), std::vector<Vec>(R, Vec(C, 0))};  // [half][row][column]
  int pulse_[2] = {}, prow_[2] = {};
  Vec pdata_[2];
  // The reference.
  bool loaded_[2] = {}, wbusy_ = false, rbusy_ = false, ovalid_ = false, last_ = false;
  int wrow_ = 0, wh_ = 0, rh_ = 0, wcnt_ = 0, held_ = 0;
  Vec wdata_ = Vec(C, 0), x_ = Vec(ROWS, 0);
  // Timed runs.
  bool timing_ = false, seen_last_ = false;
  long reset_cycle_ = 0, end_ = 0;
  std::vector<int64_t> write_start_, read_start_;
  double gap_ = 0, bp_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  Stats st;
  const int rc = run_tbs<Tb>(argc, argv, "stack_ctl against the stacked-crossbar model", 4, 200, st);
  std::printf("stack_ctl tb (MODE=%s R=%d C=%d PI=%d PR=%d SETTLE=%d TPROG=%d): %ld layers, %ld rows written, %ld "
              "vectors, %ld outputs compared, %ld cycles reading one half while writing the other, %ld resets in "
              "flight, %ld cycles; %ld ideal runs on the model's schedule: %ld cycles, a single array would take "
              "%ld, deep-net %ld (speed-up %.2f): %s\n",
              kModeName, R, C, PI, PR, SETTLE, TPROG, st.layers, st.rows, st.vectors, st.compared, st.overlap,
              st.resets, st.cycles, st.timed, st.timed_cycles, st.single_cycles, st.deep_cycles,
              st.deep_cycles ? double(st.single_cycles) / double(st.deep_cycles) : 0.0, rc ? "FAIL" : "PASS");
  return rc;
}
