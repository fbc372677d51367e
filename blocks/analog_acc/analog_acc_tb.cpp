// Co-simulation of the generated analog_acc with the accumulation-strategy
// model (blocks/analog_acc/analog_acc_model.hpp): the testbench plays the analog side. At every
// sh_o it checks the driven rows against slice slice_o of the vector (PD bits
// per row, LSB slice first); it answers each comparison of a conversion with
// value >= adc_dac_o, where the value is the one the model converts for that
// neuron and line (B: buffer bit line d, C: the normalised held sum times
// 2^PO), with the paper's lumped Gaussian noise (eq. 13) drawn once per
// conversion at the layer's SINAD. Every output beat must carry what the
// model's run of the same noisy values gives (B: sum_d code_d << d*PD; C: the
// PO-bit code); noise-free, the model must also give the exact product (B) or
// its PO most significant bits of the full scale (C). The block is checked
// cycle by cycle against a reference of the README's timing: each slice held
// SETTLE cycles and strobed in the next, the conversions right after the last
// slice, N comparisons per line, L lines per neuron, the neuron's last
// comparison waiting for the output register, one idle cycle, in_ready_o low
// only while a whole vector waits; that reference is held to the generator's
// CYCLES_PER_VECTOR. Traffic has input gaps and output back-pressure; resets
// land in the middle of work (pulses between clock edges with RST=async).
//   Vanalog_acc [--seeds S] [--vectors V]
#include "Vanalog_acc.h"
#include "analog_acc.h"
#include "bits.hpp"
#include "harness.hpp"
#include "analog_acc_model.hpp"
#include "verilated.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int R = ANALOG_ACC_R, NEU = ANALOG_ACC_NEURONS, PI = ANALOG_ACC_PI, PW = ANALOG_ACC_PW;
constexpr int PD = ANALOG_ACC_PD, PR = ANALOG_ACC_PR, PO = ANALOG_ACC_PO, SETTLE = ANALOG_ACC_SETTLE;
constexpr int T = int(ANALOG_ACC_T), L = int(ANALOG_ACC_LINES), N = int(ANALOG_ACC_ADC_BITS);
constexpr int F = int(ANALOG_ACC_FULL_SCALE_BITS), OW = int(ANALOG_ACC_OUT_W);
constexpr long CPV = long(ANALOG_ACC_CYCLES_PER_VECTOR);
constexpr bool kB = ANALOG_ACC_STRATEGY == ANALOG_ACC_STRATEGY_B;
constexpr char kStrat = kB ? 'B' : 'C';
constexpr bool kAsync = ANALOG_ACC_RST == ANALOG_ACC_RST_ASYNC;

cim::strategy::Setup setup() {
  cim::strategy::Setup u;
  u.PI = PI, u.PW = PW, u.PD = PD, u.PR = PR, u.PO = PO, u.R = R;
  return u;
}

// adc_line_o, which only strategy B has (C converts one line per neuron).
template <class Top>
int line_of(const Top& t) {
  if constexpr (kB) {
    return int(t.adc_line_o);
  } else {
    return 0;
  }
}

// A vector under way: what the comparator sees per neuron and line, and what the model makes of it.
struct Job {
  std::vector<uint32_t> x;
  std::vector<std::vector<double>> v;  // [n][d]: the noisy value of the conversion, in ADC LSBs
  std::vector<uint64_t> out;           // [n]: the model's output, as out_data_o carries it
};

enum class Eng { Idle, Drive, Conv };

struct Stats {
  long vectors = 0, compared = 0, exact = 0, noisy_off = 0, conversions = 0, comparisons = 0, stalls = 0,
       resets = 0, cycles = 0, timed = 0;
};

class Tb : public TbBase<Vanalog_acc> {
 public:
  Tb(uint64_t seed, Stats& st) : TbBase(seed), st_(st), u_(setup()) {}

  bool run(int vectors) {
    if (!reset(3)) return false;
    int left = vectors;
    while (left > 0) {
      // A layer: weights, a batch of vectors, a SINAD.
      if (w_.empty() || chance(0.7)) new_weights();
      const int n = std::min(left, 1 + int(rng()() % 12));
      for (int i = 0; i < n; ++i) to_send_.push_back(random_vector());
      sigma_ = layer_sigma(std::vector<double>{std::numeric_limits<double>::infinity(), 60, 40, 20}[rng()() % 4]);
      gap_ = std::vector<double>{0.0, 0.2, 0.7}[rng()() % 3];
      bp_ = std::vector<double>{0.0, 0.3, 0.9}[rng()() % 3];
      if (!drain()) return false;
      left -= n;
    }
    return true;
  }

 private:
  void quiet() {
    t_.in_valid_i = 0;
    t_.out_ready_i = 0;
    t_.adc_cmp_i = 0;
  }

  // Reset of `cycles` clocks (0: a pulse between edges, RST=async only): everything in flight is dropped.
  bool reset(int cycles) {
    const bool ok = h_.reset(cycles, [&] { quiet(); }, [&] {
      return !t_.out_valid_o && !t_.wl_en_o && !t_.sh_o && !t_.adc_cmp_en_o && !t_.adc_dac_o &&
             !any_set(t_.dac_row_o, 0, R * PD);
    });
    elems_ = 0;
    buffered_.clear();
    eng_ = Eng::Idle;
    ovalid_ = false;
    if (!ok) return fail("outputs not idle during or after reset");
    if (!t_.in_ready_o) return fail("in_ready_o low after reset");
    return true;
  }

  void new_weights() {
    w_.assign(NEU, std::vector<uint32_t>(R));
    const int style = int(rng()() % 6);
    for (auto& wn : w_)
      for (auto& v : wn) v = style == 0 ? uint32_t(mask(PW)) : style == 1 ? 0u : uint32_t(rng()() & mask(PW));
  }

  std::vector<uint32_t> random_vector() {
    std::vector<uint32_t> x(R);
    const int style = int(rng()() % 8);
    for (auto& v : x) v = style == 0 ? 0u : style == 1 ? uint32_t(mask(PI)) : uint32_t(rng()() & mask(PI));
    return x;
  }

  // eq. 13 over the values this layer's vectors (those still to send) convert.
  double layer_sigma(double sinad_db) {
    double max_abs = 0;
    for (const auto& x : to_send_)
      for (const auto& wn : w_)
        for (const double v : cim::strategy::analog_values(kStrat, u_, x, wn)) max_abs = std::max(max_abs, std::fabs(v));
    return cim::strategy::sigma_for(max_abs, sinad_db);
  }

  // The model's run of x through every neuron, recording each conversion's noisy value.
  bool start_job(const std::vector<uint32_t>& x) {
    job_ = Job{x, {}, {}};
    std::normal_distribution<double> noise(0.0, sigma_ > 0 ? sigma_ : 1.0);
    for (int n = 0; n < NEU; ++n) {
      std::vector<double> seen;
      const auto o = cim::strategy::run(kStrat, u_, x, w_[size_t(n)], [&](double v) {
        seen.push_back(sigma_ > 0 ? v + noise(rng()) : v);
        return seen.back();
      });
      if (o.conversions != L || o.comparisons != L * N || o.input_cycles != T || int(seen.size()) != L)
        return fail(fmt("model ran %d conversions, %d comparisons, %d input cycles; the block makes %d, %d, %d",
                        o.conversions, o.comparisons, o.input_cycles, L, L * N, T));
      for (double& v : seen) v = kB ? v : std::ldexp(v, PO);  // C: the ADC compares 2^PO times the held sum
      const double out = kB ? o.out : std::ldexp(o.out, PO - F);
      // Noise-free, the model itself: B exact, C the PO most significant bits of the full scale.
      if (sigma_ == 0) {
        const double want = kB ? double(o.exact) : std::floor(std::ldexp(double(o.exact), PO - F));
        if (out != want)
          return fail(fmt("model: neuron %d gives %.0f noise-free, the exact product %lld makes it %.0f", n, out,
                          (long long)o.exact, want));
        ++st_.exact;
      } else if (out != (kB ? double(o.exact) : std::floor(std::ldexp(double(o.exact), PO - F)))) {
        ++st_.noisy_off;
      }
      job_.v.push_back(seen);
      job_.out.push_back(uint64_t(out));
    }
    ++st_.vectors;
    return true;
  }

  // One clock cycle of traffic, analog side and checks; false on a mismatch.
  bool step() {
    const bool send = !to_send_.empty() && !chance(gap_);
    t_.in_valid_i = send;
    t_.in_data_i = send ? to_send_.front()[size_t(elems_)] : uint32_t(rng()() & mask(PI));
    t_.out_ready_i = !chance(bp_);
    t_.adc_cmp_i = rng()() & 1;  // ignored unless a comparison is made
    t_.clk_i = 0;
    t_.eval();

    // The block against the timing reference.
    const bool drive = eng_ == Eng::Drive, sample = drive && held_ == SETTLE;
    const bool out_free = !ovalid_ || t_.out_ready_i;
    const bool last_cmp = b_ == 0 && d_ == L - 1;
    const bool cmp = eng_ == Eng::Conv && !(last_cmp && !out_free);
    if (bool(t_.in_ready_o) != buffered_.empty())
      return fail(fmt("in_ready_o = %d with %zu whole vectors waiting", t_.in_ready_o, buffered_.size()));
    if (bool(t_.wl_en_o) != drive) return fail(fmt("wl_en_o = %d, the block %s driving", t_.wl_en_o, drive ? "is" : "is not"));
    if (bool(t_.sh_o) != sample) return fail(fmt("sh_o = %d, expected %d (slice held %d cycles)", t_.sh_o, sample, held_));
    if (bool(t_.out_valid_o) != ovalid_) return fail(fmt("out_valid_o = %d, expected %d", t_.out_valid_o, ovalid_));
    if (drive) {
      if (int(t_.slice_o) != slice_) return fail(fmt("slice_o = %d, expected %d", int(t_.slice_o), slice_));
      for (int r = 0; r < R; ++r) {
        const uint64_t want = (uint64_t(job_.x[size_t(r)]) >> (slice_ * PD)) & mask(PD);
        if (get_bits(t_.dac_row_o, r * PD, PD) != want)
          return fail(fmt("row %d = %llu in slice %d, x[%d] = %u", r, (unsigned long long)get_bits(t_.dac_row_o, r * PD, PD),
                          slice_, r, job_.x[size_t(r)]));
      }
    } else if (any_set(t_.dac_row_o, 0, R * PD)) {
      return fail("rows driven outside a slice");
    }
    if (bool(t_.adc_cmp_en_o) != cmp)
      return fail(fmt("adc_cmp_en_o = %d, expected %d (neuron %d line %d bit %d)", t_.adc_cmp_en_o, cmp, n_, d_, b_));
    const uint64_t trial = code_ | (uint64_t(1) << b_);
    if (uint64_t(t_.adc_dac_o) != (cmp ? trial : 0))
      return fail(fmt("adc_dac_o = %llu, expected %llu", (unsigned long long)t_.adc_dac_o,
                      (unsigned long long)(cmp ? trial : 0)));
    bool answer = false;
    if (cmp) {
      if (int(t_.adc_neuron_o) != n_) return fail(fmt("adc_neuron_o = %d, expected %d", int(t_.adc_neuron_o), n_));
      if (kB && line_of(t_) != d_) return fail(fmt("adc_line_o = %d, expected %d", line_of(t_), d_));
      answer = job_.v[size_t(n_)][size_t(d_)] >= double(trial);
      t_.adc_cmp_i = answer;
      t_.eval();
      ++st_.comparisons;
    } else if (eng_ == Eng::Conv) {
      ++st_.stalls;
    }

    // The output beat.
    const bool out_fire = t_.out_valid_o && t_.out_ready_i;
    if (out_fire) {
      const uint64_t got = get_bits(t_.out_data_o, 0, OW);
      if (got != odata_ || bool(t_.out_last_o) != olast_)
        return fail(fmt("vector %ld neuron %d: out %llu last %d, model %llu last %d", st_.compared / NEU, oneuron_,
                        (unsigned long long)got, int(t_.out_last_o), (unsigned long long)odata_, int(olast_)));
      ++st_.compared;
    }
    const bool take = t_.in_valid_i && t_.in_ready_o;

    // The clock edge: the reference moves as the README says the block does.
    if (out_fire) ovalid_ = false;
    if (eng_ == Eng::Idle && !buffered_.empty()) {
      eng_ = Eng::Drive;
      slice_ = held_ = 0;
      busy_ = 1;
      if (!start_job(buffered_.front())) return false;
      buffered_.pop_front();
    } else if (drive) {
      ++busy_;
      if (!sample) {
        ++held_;
      } else if (slice_ < T - 1) {
        held_ = 0;
        ++slice_;
      } else {
        eng_ = Eng::Conv;
        n_ = d_ = 0;
        b_ = N - 1;
        code_ = 0;
      }
    } else if (cmp) {
      ++busy_;
      if (answer) code_ = trial;
      if (b_ > 0) {
        --b_;
      } else {
        ++st_.conversions;
        b_ = N - 1;
        code_ = 0;
        if (++d_ == L) {
          ovalid_ = true;
          odata_ = job_.out[size_t(n_)];
          olast_ = n_ == NEU - 1;
          oneuron_ = n_;
          d_ = 0;
          if (++n_ == NEU) {
            eng_ = Eng::Idle;
            // Slices, comparisons and the idle cycle: the generator's figure.
            if (busy_ != CPV)
              return fail(fmt("a vector took %ld cycles past its stalls, CYCLES_PER_VECTOR is %ld", busy_, CPV));
            ++st_.timed;
          }
        }
      }
    }
    if (take && ++elems_ == R) {
      buffered_.push_back(to_send_.front());
      to_send_.pop_front();
      elems_ = 0;
    }
    tick();
    return true;
  }

  // Runs until every vector queued is out; resets now and then in the middle of the work.
  bool drain() {
    long guard = 0;
    while (!to_send_.empty() || !buffered_.empty() || eng_ != Eng::Idle || ovalid_ || elems_ > 0) {
      if (++guard > 100000 + 50L * (R + CPV) * long(to_send_.size() + 4)) return fail("timeout (deadlock?)");
      // About one vector in 20 meets a reset.
      if (chance(0.05 / (R / (1 - gap_) + CPV)) && (eng_ != Eng::Idle || elems_ > 0)) {
        ++st_.resets;
        if (!reset(kAsync && chance(0.3) ? 0 : 1 + int(rng()() % 3))) return false;
        continue;
      }
      if (!step()) return false;
    }
    return true;
  }

  Stats& st_;
  const cim::strategy::Setup u_;
  std::vector<std::vector<uint32_t>> w_;                  // [n][r]: the analog array's weights
  double sigma_ = 0;                                      // eq. 13 noise of this layer's conversions
  std::deque<std::vector<uint32_t>> to_send_, buffered_;  // vectors to send; whole vectors not started
  int elems_ = 0;                                         // elements of to_send_.front() taken
  Job job_;
  Eng eng_ = Eng::Idle;
  int slice_ = 0, held_ = 0, n_ = 0, d_ = 0, b_ = 0;
  uint64_t code_ = 0;
  long busy_ = 0;  // cycles of the vector under way from the idle cycle that starts it, stalls left out
  bool ovalid_ = false, olast_ = false;
  uint64_t odata_ = 0;
  int oneuron_ = 0;
  double gap_ = 0, bp_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  Stats st;
  const int rc = run_tbs<Tb>(argc, argv, "analog_acc against the analog-accumulation model", 4, 200, st);
  std::printf("analog_acc tb (STRATEGY=%c R=%d NEURONS=%d PI=%d PW=%d PD=%d PR=%d PO=%d SETTLE=%d: T=%d, %d "
              "conversion(s) of %d bits per neuron, %ld cycles per vector): %ld vectors, %ld outputs compared, %ld "
              "noise-free outputs checked exact, %ld noisy outputs off the exact, %ld conversions, %ld comparisons, "
              "%ld stall cycles, %ld vectors timed, %ld resets in flight, %ld cycles: %s\n",
              kStrat, R, NEU, PI, PW, PD, PR, PO, SETTLE, T, L, N, CPV, st.vectors, st.compared, st.exact,
              st.noisy_off, st.conversions, st.comparisons, st.stalls, st.timed, st.resets, st.cycles,
              rc ? "FAIL" : "PASS");
  return rc;
}
