// Co-simulation of the generated bnn_first with the BNN model (blocks/bnn_first/bnn_first_model.hpp):
// the testbench plays the crossbar of complementary cell pairs. At every
// sample strobe it checks the driven rows against the plane the model
// expects (bit K-T+i of every element, LSB plane first) and answers each
// neuron's XNOR popcount of those rows. Every output beat must carry the
// model's A = 2^T * acc of the charge-sharing accumulation and its threshold
// compare; with exact popcounts A must also equal the identity
// sum_r w_r (x_r >> (K-T)) + (2^T - 1) * n_neg. Noisy layers report
// popcounts off by a few counts, and values past R, which the block reads as
// R (the model clamps the same way). The engine is checked cycle by cycle
// against a reference of the README's timing: the drive on only while
// planes run, each plane held SETTLE cycles and sampled in the next, the
// next plane right after, one close cycle, the output valid the cycle after,
// the buffered vector starting at once, in_ready_o low only while a whole
// vector waits. Layers change (T, thresholds, weights, noise) with
// out-of-range register values and writes to unmapped addresses; traffic has
// input gaps and output back-pressure; resets land in the middle of work
// (from one cycle, and pulses between clock edges with RST=async), and some
// layers after a reset run on the reset values with no register written.
//   Vbnn_first [--seeds S] [--vectors V]
#include "Vbnn_first.h"
#include "bits.hpp"
#include "bnn_first_model.hpp"
#include "bnn_first.h"
#include "harness.hpp"
#include "verilated.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int R = BNN_FIRST_R, NEU = BNN_FIRST_NEURONS, K = BNN_FIRST_K, SETTLE = BNN_FIRST_SETTLE;
constexpr int PCW = int(BNN_FIRST_PC_W), AW = int(BNN_FIRST_A_W), ADW = int(BNN_FIRST_CFG_ADDR_W);
constexpr int REG_T = int(BNN_FIRST_REG_T), REG_THR = int(BNN_FIRST_REG_THR);
constexpr int64_t A_MAX = BNN_FIRST_A_MAX;
constexpr bool kAsync = BNN_FIRST_RST == BNN_FIRST_RST_ASYNC;
constexpr int kUnmapped = (1 << ADW) - REG_THR - NEU;  // register addresses past the thresholds

struct Layer {
  int T = K;                           // effective planes kept
  std::vector<int64_t> theta;          // effective thresholds
  std::vector<std::vector<int>> w;     // [n][r]: +1 / -1
  int noise = 0;                       // popcounts reported off by up to this many counts (0: exact)
};

struct Expect {
  std::vector<int64_t> A;
  std::vector<bool> sign;
};

enum class Eng { Idle, Drive, Close };

struct Stats {
  long vectors = 0, compared = 0, identity = 0, clamped = 0, resets = 0, reset_layers = 0, cycles = 0;
};

class Tb : public TbBase<Vbnn_first> {
 public:
  Tb(uint64_t seed, Stats& st) : TbBase(seed), st_(st) {}

  bool run(int vectors) {
    if (!reset(3)) return false;
    layer_ = Layer{};
    layer_.theta.assign(NEU, 0);
    new_weights();
    int left = vectors;
    while (left > 0) {
      // A new layer, or (after a reset, sometimes) the reset values.
      if (!(just_reset_ && chance(0.3))) {
            if (!new_layer()) return false;
      } else {
        ++st_.reset_layers;
      }
      just_reset_ = false;
      const int n = std::min(left, 1 + int(rng()() % 24));
      gap_ = std::vector<double>{0.0, 0.2, 0.7}[rng()() % 3];
      bp_ = std::vector<double>{0.0, 0.3, 0.8}[rng()() % 3];
      for (int i = 0; i < n; ++i) to_send_.push_back(random_vector());
      if (!drain()) return false;
      left -= n;
    }
    return true;
  }

 private:
  void quiet() {
    t_.cfg_we_i = 0;
    t_.in_valid_i = 0;
    t_.out_ready_i = 0;
  }

  // Reset of `cycles` clocks (0: a pulse between edges, RST=async only): everything in flight is dropped and
  // the registers hold their reset values (T = K, every theta 0).
  bool reset(int cycles) {
    const bool ok = h_.reset(cycles, [&] { quiet(); },
                             [&] { return !t_.out_valid_o && !t_.row_en_o && !t_.sh_o && !any_set(t_.row_o, 0, R); });
    elems_ = 0;
    buffered_.clear();
    expect_.clear();
    closing_.clear();
    eng_ = Eng::Idle;
    ovalid_ = false;
    layer_.T = K;
    layer_.theta.assign(NEU, 0);
    regs_.clear();
    just_reset_ = true;
    if (!ok) return fail("outputs not idle during or after reset");
    if (!t_.in_ready_o) return fail("in_ready_o low after reset");
    return true;
  }

  void write_reg(int addr, uint64_t value) {
    quiet();
    t_.cfg_we_i = 1;
    t_.cfg_addr_i = uint32_t(addr);
    t_.cfg_wdata_i = uint16_t(value);
    tick();
    t_.cfg_we_i = 0;
    regs_[addr] = value;
  }
  // Leaves out, sometimes, a write that would not change the register.
  void maybe_write(int addr, uint64_t value) {
    const auto it = regs_.find(addr);
    if (it != regs_.end() && it->second == value && chance(0.5)) return;
    write_reg(addr, value);
  }

  void new_weights() {
    layer_.w.assign(NEU, std::vector<int>(R));
    const int style = int(rng()() % 6);
    for (auto& wn : layer_.w)
      for (int& v : wn) v = style == 0 ? 1 : style == 1 ? -1 : (rng()() & 1 ? 1 : -1);
  }

  // Out of range sometimes, often the first value past it.
  uint64_t raw_value(int64_t lo, int64_t hi, int64_t want) {
    if (!chance(0.25)) return uint64_t(want);
    const int pick = int(rng()() % 4);
    if (pick == 0 && lo > 0) return uint64_t(lo - 1);
    if (pick == 1 && hi < 65535) return uint64_t(hi + 1);
    if (pick == 2) return 65535;
    return uint64_t(hi + 1 + int64_t(rng()() % uint64_t(65535 - std::min<int64_t>(hi, 65534))));
  }

  bool new_layer() {
    if (chance(0.7)) new_weights();
    layer_.noise = chance(0.25) ? 1 + int(rng()() % 3) : 0;
    const int T = 1 + int(rng()() % K);
    uint64_t raw = raw_value(1, K, T);
    layer_.T = int(std::clamp<int64_t>(int64_t(raw), 1, K));
    // Thresholds: mostly inside the reachable range of this T, so both outputs occur.
    std::vector<std::pair<int, uint64_t>> writes;
    writes.push_back({REG_T, raw});
    const int64_t amax_t = cim::bnn::a_max({K, layer_.T}, R);
    for (int n = 0; n < NEU; ++n) {
      const int64_t want = chance(0.1) ? (chance(0.5) ? 0 : A_MAX + 1) : int64_t(rng()() % uint64_t(amax_t + 2));
      const uint64_t v = raw_value(0, A_MAX + 1, want);
      layer_.theta[size_t(n)] = std::min<int64_t>(int64_t(v), A_MAX + 1);
      writes.push_back({REG_THR + n, v});
    }
    std::shuffle(writes.begin(), writes.end(), rng());
    for (const auto& [addr, v] : writes) {
      maybe_write(addr, v);
      // A write to an address no register has changes nothing.
      if (kUnmapped > 0 && chance(0.2))
        write_reg(REG_THR + NEU + int(rng()() % uint64_t(std::max(kUnmapped, 1))), rng()() & 0xffff);
    }
    return true;
  }

  std::vector<uint32_t> random_vector() {
    std::vector<uint32_t> x(R);
    const int style = int(rng()() % 8);
    for (auto& v : x)
      v = style == 0 ? 0u : style == 1 ? uint32_t(mask(K)) : uint32_t(rng()() & mask(K));
    return x;
  }

  // One clock cycle of traffic, macro and checks; false on a mismatch.
  bool step() {
    // Inputs of this cycle.
    t_.cfg_we_i = 0;
    const bool send = !to_send_.empty() && !chance(gap_);
    t_.in_valid_i = send;
    t_.in_data_i = send ? to_send_.front()[size_t(elems_)] : uint32_t(rng()() & mask(K));
    t_.out_ready_i = !chance(bp_);
    for (int n = 0; n < NEU; ++n) set_bits(t_.pc_i, n * PCW, PCW, rng()());  // ignored unless sampling
    t_.clk_i = 0;
    t_.eval();

    // The engine against the timing reference.
    const bool drive = eng_ == Eng::Drive, sample = drive && held_ == SETTLE;
    if (bool(t_.row_en_o) != drive) return fail(fmt("row_en_o = %d, the engine %s driving", t_.row_en_o, drive ? "is" : "is not"));
    if (bool(t_.sh_o) != sample) return fail(fmt("sh_o = %d, expected %d (plane held %d cycles)", t_.sh_o, sample, held_));
    if (!drive && any_set(t_.row_o, 0, R)) return fail("rows driven outside a plane");
    if (bool(t_.in_ready_o) != buffered_.empty()) return fail(fmt("in_ready_o = %d with %zu whole vectors waiting", t_.in_ready_o, buffered_.size()));
    if (bool(t_.out_valid_o) != ovalid_) return fail(fmt("out_valid_o = %d, expected %d", t_.out_valid_o, ovalid_));
    if (drive) {
      const int j = K - run_T_ + plane_;
      for (int r = 0; r < R; ++r)
        if (get_bit(t_.row_o, r) != cim::bnn::plane_bit(run_x_[size_t(r)], j))
          return fail(fmt("row %d = %d, plane %d of x[%d] = %u is %u", r, int(get_bit(t_.row_o, r)), j, r,
                          run_x_[size_t(r)], cim::bnn::plane_bit(run_x_[size_t(r)], j)));
    }
    if (sample) {
      const int j = K - run_T_ + plane_;
      for (int n = 0; n < NEU; ++n) {
        int pc = cim::bnn::popcount(run_x_, layer_.w[size_t(n)], j);
        if (layer_.noise) {
          pc += int(rng()() % uint64_t(2 * layer_.noise + 1)) - layer_.noise;
          if (chance(0.05)) pc = R + 1 + int(rng()() % 3);
          pc = std::clamp(pc, 0, int(mask(PCW)));
        }
        set_bits(t_.pc_i, n * PCW, PCW, uint64_t(pc));
        if (pc > R) ++st_.clamped;
        run_a_[size_t(n)].push_back(std::min(pc, R));
      }
    }

    // The output beat.
    const bool out_fire = t_.out_valid_o && t_.out_ready_i;
    if (out_fire) {
      if (expect_.empty()) return fail("output beat with no vector outstanding");
      const Expect& e = expect_.front();
      for (int n = 0; n < NEU; ++n) {
        const int64_t A = int64_t(get_bits(t_.out_acc_o, n * AW, AW));
        const bool sg = get_bit(t_.out_sign_o, n);
        if (A != e.A[size_t(n)] || sg != e.sign[size_t(n)])
          return fail(fmt("vector %ld neuron %d: A = %lld sign %d, model A = %lld sign %d", st_.compared, n,
                          (long long)A, int(sg), (long long)e.A[size_t(n)], int(e.sign[size_t(n)])));
      }
      expect_.pop_front();
      ++st_.compared;
    }
    const bool take = t_.in_valid_i && t_.in_ready_o;
    const bool full = !buffered_.empty(), out_free = !ovalid_ || t_.out_ready_i;

    // The clock edge: the reference moves as the README says the engine does.
    const bool start = full && (eng_ == Eng::Idle || (eng_ == Eng::Close && out_free));
    if (eng_ == Eng::Close && out_free) {
      expect_.push_back(closing_.front());
      closing_.pop_front();
    }
    bool next_ovalid = ovalid_ && !out_fire;
    if (eng_ == Eng::Close && out_free) next_ovalid = true;
    Eng next = eng_;
    if (start) {
      next = Eng::Drive;
      run_x_ = buffered_.front();
      buffered_.pop_front();
      run_T_ = layer_.T;
      plane_ = 0;
      held_ = 0;
      run_a_.assign(NEU, {});
    } else if (eng_ == Eng::Close && out_free) {
      next = Eng::Idle;
    } else if (sample) {
      held_ = 0;
      if (++plane_ == run_T_) {
        next = Eng::Close;
        if (!close_vector()) return false;
      }
    } else if (drive) {
      ++held_;
    }
    if (take) {
      if (++elems_ == R) {
        buffered_.push_back(to_send_.front());
        to_send_.pop_front();
        elems_ = 0;
      }
    }
    eng_ = next;
    ovalid_ = next_ovalid;
    tick();
    return true;
  }

  // The model's result of the vector just sampled: charge sharing over the popcounts reported, and with exact
  // popcounts the model's own accumulation and the identity.
  bool close_vector() {
    const cim::bnn::Config c{K, run_T_};
    Expect e;
    for (int n = 0; n < NEU; ++n) {
      const int64_t A = cim::bnn::charge_share(run_T_, run_a_[size_t(n)]).back();
      if (!layer_.noise) {
        const auto& w = layer_.w[size_t(n)];
        const int64_t model = cim::bnn::accumulate(c, run_x_, w).A, id = cim::bnn::identity(c, run_x_, w);
        if (A != model || A != id)
          return fail(fmt("model disagrees with itself: charge sharing %lld, accumulate %lld, identity %lld",
                          (long long)A, (long long)model, (long long)id));
        ++st_.identity;
      }
      e.A.push_back(A);
      e.sign.push_back(cim::bnn::neuron(A, layer_.theta[size_t(n)]));
    }
    closing_.push_back(e);
    ++st_.vectors;
    return true;
  }

  // Runs until every vector queued is out; resets now and then in the middle of the work.
  bool drain() {
    long guard = 0;
    while (!to_send_.empty() || !buffered_.empty() || eng_ != Eng::Idle || ovalid_ || elems_ > 0) {
      if (++guard > 100000 + 20L * R * long(to_send_.size() + 4)) return fail("timeout (deadlock?)");
      // About one vector in 20 meets a reset.
      if (chance(0.05 / ((R + 2) / (1 - gap_) + K * (SETTLE + 1))) && (eng_ != Eng::Idle || elems_ > 0)) {
        ++st_.resets;
        if (!reset(kAsync && chance(0.3) ? 0 : 1 + int(rng()() % 3))) return false;
        // Back to the layer: rewrite it, or go on with the reset values.
        if (chance(0.7)) {
          if (!new_layer()) return false;
          just_reset_ = false;
        } else {
          ++st_.reset_layers;
        }
        continue;
      }
      if (!step()) return false;
    }
    return true;
  }

  Stats& st_;
  Layer layer_;
  std::map<int, uint64_t> regs_;  // register values written since the last reset
  std::deque<std::vector<uint32_t>> to_send_, buffered_;  // vectors to send; whole vectors not started
  int elems_ = 0;  // elements of to_send_.front() taken
  std::deque<Expect> closing_, expect_;
  Eng eng_ = Eng::Idle;
  bool ovalid_ = false, just_reset_ = false;
  std::vector<uint32_t> run_x_;
  int run_T_ = K, plane_ = 0, held_ = 0;
  std::vector<std::vector<int>> run_a_;
  double gap_ = 0, bp_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  Stats st;
  const int rc = run_tbs<Tb>(argc, argv, "bnn_first against the binary first-layer model", 4, 300, st);
  std::printf("bnn_first tb (R=%d NEURONS=%d K=%d SETTLE=%d): %ld vectors, %ld outputs compared, %ld identity "
              "checks, %ld popcounts past R, %ld resets in flight, %ld layers on reset values, %ld cycles: %s\n",
              R, NEU, K, SETTLE, st.vectors, st.compared, st.identity, st.clamped, st.resets, st.reset_layers,
              st.cycles, rc ? "FAIL" : "PASS");
  return rc;
}
