// Verilator testbench: a generated shift_add configuration against the
// behavioural model (sim/cim.hpp).
//
// The configuration comes from the generated C header (shift_add.h). Every
// dot product's beats are shuffled, sent with random gaps while the output
// is randomly back-pressured; run-time precision changes between dot
// products; resets land in the middle of dot products. The first check
// everywhere: with N >= Nreq and k = 0, ideal conversions give the exact
// integer dot product.
#include "Vshift_add.h"
#include "cim.hpp"
#include "shift_add.h"
#include "harness.hpp"
#include "verilated.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kAccW = SHIFT_ADD_ACC_W;

cim::ShiftAddGen generation() {
  cim::ShiftAddGen g;
  g.N = SHIFT_ADD_N;
  g.PD = SHIFT_ADD_PD;
  g.PR = SHIFT_ADD_PR;
  g.PImax = SHIFT_ADD_PI;
  g.PWmax = SHIFT_ADD_PW;
  g.R = SHIFT_ADD_R;
  g.Kmax = SHIFT_ADD_KMAX;
  g.enc = static_cast<cim::WEnc>(SHIFT_ADD_W_ENC);
  return g;
}

int64_t sign_extend(uint64_t v, int width) {
  const uint64_t m = uint64_t(1) << (width - 1);
  v &= (width == 64) ? ~uint64_t(0) : ((uint64_t(1) << width) - 1);
  return static_cast<int64_t>((v ^ m) - m);
}

struct Vector {
  cim::ShiftAddCfg cfg;       // raw values driven on cfg_*_i
  std::vector<cim::Beat> beats;
  int64_t xsum = 0;
  int64_t expect = 0;         // the model's shift-and-add result
  bool exact = false;         // expect is also the exact integer dot product
};

struct Stats {
  long vectors = 0, exact_checks = 0, compared = 0, resets = 0, cycles = 0;
};

class Bench {
 public:
  Bench(uint64_t seed, bool verbose) : h_(seed), rng_(h_.rng()), top_(&h_.top()), seed_(seed), verbose_(verbose) {}

  bool run(const std::vector<Vector>& vectors, Stats& st) {
    if (!reset(3)) return fail_reset();
    size_t next = 0;
    size_t beat = 0;
    const Vector* cur = nullptr;
    long guard = 0;
    while (next < vectors.size() || cur || !expected_.empty()) {
      if (++guard > 200 * long(vectors.size() + 10) + 100000) {
        std::printf("FAIL seed %llu: timeout (deadlock?) with %zu results outstanding\n",
                    (unsigned long long)seed_, expected_.size());
        return false;
      }
      if (!cur && next < vectors.size()) {
        cur = &vectors[next++];
        beat = 0;
        drive_cfg(cur->cfg);
      }
      // Mid-work reset: drop the dot product in flight and every result
      // not yet taken, then start the current vector again.
      if (cur && beat > 0 && chance(0.002)) {
        ++st.resets;
        if (!reset(1 + int(rng_() % 3))) return fail_reset();
        expected_.clear();
        beat = 0;
      }
      const bool send = cur && !chance(gap_);
      top_->in_valid_i = send;
      if (send) drive_beat(*cur, beat);
      else scramble_beat();
      top_->out_ready_i = !chance(backpressure_);
      top_->clk_i = 0;
      top_->eval();
      // The stream contract (README): only a last beat waits, while a result is pending and not taken.
      const bool ready_want = !(top_->in_last_i && top_->out_valid_o && !top_->out_ready_i);
      if (bool(top_->in_ready_o) != ready_want) {
        std::printf("FAIL seed %llu: in_ready_o = %d, the stream contract says %d (in_last_i %d, out_valid_o %d, "
                    "out_ready_i %d)\n",
                    (unsigned long long)seed_, int(top_->in_ready_o), int(ready_want), int(top_->in_last_i),
                    int(top_->out_valid_o), int(top_->out_ready_i));
        return false;
      }
      const bool in_fire = top_->in_valid_i && top_->in_ready_o;
      const bool out_fire = top_->out_valid_o && top_->out_ready_i;
      if (out_fire) {
        if (expected_.empty()) {
          std::printf("FAIL seed %llu: output with no dot product outstanding\n", (unsigned long long)seed_);
          return false;
        }
        const int64_t got = sign_extend(top_->out_data_o, kAccW);
        const Vector& want_v = *expected_.front();
        const int64_t want = want_v.expect;
        expected_.pop_front();
        ++st.compared;
        if (verbose_ && st.compared <= 8)
          std::printf("  dot product %ld: RTL out_data_o = %lld, model = %lld%s\n", st.compared, (long long)got,
                      (long long)want, want_v.exact ? " = exact x.w" : "");
        if (got != want) {
          std::printf("FAIL seed %llu: out_data_o = %lld, model = %lld (result #%ld)\n", (unsigned long long)seed_,
                      (long long)got, (long long)want, st.compared);
          return false;
        }
      }
      if (in_fire) {
        if (beat + 1 == cur->beats.size()) {
          expected_.push_back(cur);
          cur = nullptr;
          ++st.vectors;
        } else {
          ++beat;
        }
      }
      tick();
      ++st.cycles;
    }
    return true;
  }

  std::mt19937_64& rng() { return rng_; }
  void set_traffic(double gap, double backpressure) {
    gap_ = gap;
    backpressure_ = backpressure;
  }

 private:
  bool chance(double p) { return h_.chance(p); }

  void tick() { h_.tick(); }
  // False if out_valid_o shows while in reset.
  bool reset(int cycles) {
    return h_.reset(
        cycles,
        [this] {
          top_->in_valid_i = 0;
          top_->out_ready_i = 0;
        },
        [this] { return !top_->out_valid_o; });
  }

  bool fail_reset() {
    std::printf("FAIL seed %llu: out_valid_o high in reset\n", (unsigned long long)seed_);
    return false;
  }

  void drive_cfg(const cim::ShiftAddCfg& c) {
    top_->cfg_pi_i = static_cast<uint8_t>(c.PI);
    top_->cfg_pw_i = static_cast<uint8_t>(c.PW);
    top_->cfg_in_signed_i = c.in_signed;
#if SHIFT_ADD_KMAX > 0
    top_->cfg_k_i = static_cast<uint8_t>(c.k);
#endif
  }

  void drive_beat(const Vector& v, size_t i) {
    const cim::Beat& b = v.beats[i];
    top_->in_code_i = b.code;
#if SHIFT_ADD_N > 1
    top_->in_sexp_i = static_cast<uint8_t>(b.sexp);
#endif
    top_->in_slice_i = static_cast<uint8_t>(b.t);
    top_->in_col_i = static_cast<uint8_t>(b.j);
#if SHIFT_ADD_W_ENC == 2
    top_->in_set_i = static_cast<uint8_t>(b.set);
#endif
    top_->in_last_i = (i + 1 == v.beats.size());
#if SHIFT_ADD_W_ENC == 1
    top_->in_xsum_i = static_cast<uint32_t>(v.xsum) & ((uint64_t(1) << SHIFT_ADD_XSUM_W) - 1);
#endif
  }

  // Payload of an idle cycle is garbage: the unit must ignore it.
  void scramble_beat() {
    top_->in_code_i = static_cast<uint32_t>(rng_()) & ((1u << SHIFT_ADD_N) - 1);
    top_->in_last_i = rng_() & 1;
    top_->in_slice_i = static_cast<uint8_t>(rng_() & ((1u << SHIFT_ADD_SLICE_W) - 1));
  }

  Harness<Vshift_add> h_;
  std::mt19937_64& rng_;
  Vshift_add* top_;
  uint64_t seed_;
  bool verbose_;
  double gap_ = 0.2, backpressure_ = 0.3;
  std::deque<const Vector*> expected_;
};

int64_t uniform(std::mt19937_64& rng, int64_t lo, int64_t hi) {
  return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
}

// Finishes a vector: shuffled beat order, model result.
void finish(const cim::ShiftAddGen& g, Vector& v, std::mt19937_64& rng) {
  std::shuffle(v.beats.begin(), v.beats.end(), rng);
  v.expect = cim::shift_add(g, v.cfg, v.beats, v.xsum);
}

// Ideal analog values and ideal uniform ADC. Checks the exact dot product
// when the ADC resolves every bit-line sum (N >= Nreq) and k = 0.
bool ideal_vector(const cim::ShiftAddGen& g, const cim::ShiftAddCfg& cfg, const std::vector<int64_t>& x,
                  const std::vector<int64_t>& w, std::mt19937_64& rng, Vector& v, Stats& st) {
  v.cfg = cfg;
  v.beats = cim::ideal_beats(g, cfg, x, w);
  v.xsum = cim::sum(x);
  finish(g, v, rng);
  const cim::ShiftAddCfg eff = cim::effective(g, cfg);
  if (eff.k == 0 && g.N >= cim::nreq(g.PD, g.PR, int(x.size()))) {
    ++st.exact_checks;
    v.exact = true;
    if (v.expect != cim::dot(x, w)) {
      std::printf("FAIL: model shift-and-add %lld != exact dot product %lld\n", (long long)v.expect,
                  (long long)cim::dot(x, w));
      return false;
    }
  }
  return true;
}

cim::ShiftAddCfg random_cfg(const cim::ShiftAddGen& g, std::mt19937_64& rng, bool allow_out_of_range) {
  cim::ShiftAddCfg c;
  c.PI = int(uniform(rng, 1, g.PImax));
  c.PW = int(uniform(rng, g.enc == cim::WEnc::Differential ? 2 : 1, g.PWmax));
  c.in_signed = rng() & 1;
  c.k = int(uniform(rng, 0, g.Kmax));
  if (allow_out_of_range && uniform(rng, 0, 9) == 0) {
    // Values outside the generated ranges are clamped by the unit.
    c.PI = int(uniform(rng, 0, (1 << SHIFT_ADD_CFG_PI_W) - 1));
    c.PW = int(uniform(rng, 0, (1 << SHIFT_ADD_CFG_PW_W) - 1));
#if SHIFT_ADD_KMAX > 0
    c.k = int(uniform(rng, 0, (1 << SHIFT_ADD_CFG_K_W) - 1));
#endif
  }
  return c;
}

std::vector<int64_t> random_inputs(const cim::ShiftAddCfg& eff, int rows, std::mt19937_64& rng) {
  std::vector<int64_t> x(rows);
  const int mode = int(uniform(rng, 0, 3));
  for (auto& v : x) {
    const int64_t lo = cim::x_min(eff.PI, eff.in_signed), hi = cim::x_max(eff.PI, eff.in_signed);
    v = mode == 0 ? hi : mode == 1 ? lo : uniform(rng, lo, hi);  // extremes and random
  }
  return x;
}

std::vector<int64_t> random_weights(const cim::ShiftAddGen& g, const cim::ShiftAddCfg& eff, int rows,
                                    std::mt19937_64& rng) {
  std::vector<int64_t> w(rows);
  const int mode = int(uniform(rng, 0, 3));
  for (auto& v : w) {
    const int64_t lo = cim::w_min(eff.PW, g.enc), hi = cim::w_max(eff.PW, g.enc);
    v = mode == 0 ? hi : mode == 1 ? lo : uniform(rng, lo, hi);
  }
  return w;
}

// Non-ideal conversions: any code and step for every tag of the layer (as a
// TRQ ADC or a noisy bit line produces), plus now and then tags outside the
// layer, which add nothing.
Vector random_beats(const cim::ShiftAddGen& g, std::mt19937_64& rng) {
  Vector v;
  v.cfg = random_cfg(g, rng, true);
  const cim::ShiftAddCfg eff = cim::effective(g, v.cfg);
  const int T = cim::num_slices(eff.PI, eff.in_signed, g.PD), J = cim::num_weight_cols(eff.PW, g.PR, g.enc);
  const bool full = rng() & 1;
  for (int t = 0; t < T; ++t)
    for (int set = 0; set < cim::num_col_sets(g.enc); ++set)
      for (int j = 0; j < J; ++j) {
        cim::Beat b{full ? (1u << g.N) - 1 : uint32_t(uniform(rng, 0, (1 << g.N) - 1)),
                    int(uniform(rng, 0, (1 << SHIFT_ADD_SEXP_W) - 1)), t, j, set};
        if (SHIFT_ADD_N == 1) b.sexp = 0;
        v.beats.push_back(b);
      }
  for (int extra = int(uniform(rng, 0, 2)); extra > 0; --extra) {
    cim::Beat b{uint32_t(uniform(rng, 0, (1 << g.N) - 1)), 0, int(uniform(rng, 0, (1 << SHIFT_ADD_SLICE_W) - 1)),
                int(uniform(rng, 0, (1 << SHIFT_ADD_COL_W) - 1)), 0};
    if (!cim::beat_in_range(g, eff, b)) v.beats.push_back(b);
  }
  const int xw = cim::xsum_width(g);
  v.xsum = uniform(rng, -(int64_t(1) << (xw - 1)), (int64_t(1) << (xw - 1)) - 1);
  finish(g, v, rng);
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  tb::Frame f("shift_add against the shift-and-add model", 3, 400);
  bool verbose = false;
  f.flag("-v", verbose, "print the first results beside the model's");
  if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
  const int seeds = f.seeds;
  const long random_vectors = f.vectors;
  const cim::ShiftAddGen g = generation();
  Stats st;
  bool ok = true;
  for (int s = 1; s <= seeds && ok; ++s) {
    Bench bench(0x5eed0000ULL + uint64_t(s), verbose);
    auto& rng = bench.rng();
    std::vector<Vector> vectors;
    // Exhaustive part, small configurations: every input and weight value of
    // a one-row layer, at every run-time precision and signedness, k = 0.
    const bool small = SHIFT_ADD_PI <= 3 && SHIFT_ADD_PW <= 3;
    if (small && s == 1) {
      for (int PI = 1; PI <= g.PImax; ++PI)
        for (int sg = 0; sg < 2; ++sg)
          for (int PW = (g.enc == cim::WEnc::Differential ? 2 : 1); PW <= g.PWmax; ++PW) {
            const cim::ShiftAddCfg cfg{PI, sg == 1, PW, 0};
            for (int64_t x = cim::x_min(PI, sg); x <= cim::x_max(PI, sg); ++x)
              for (int64_t w = cim::w_min(PW, g.enc); w <= cim::w_max(PW, g.enc); ++w) {
                Vector v;
                if (!ideal_vector(g, cfg, {x}, {w}, rng, v, st)) return 1;
                vectors.push_back(std::move(v));
              }
          }
    }
    for (long i = 0; i < random_vectors; ++i) {
      Vector v;
      if (i % 2 == 0) {
        const cim::ShiftAddCfg cfg = random_cfg(g, rng, false);
        const cim::ShiftAddCfg eff = cim::effective(g, cfg);
        const int rows = int(uniform(rng, 1, g.R));
        if (!ideal_vector(g, cfg, random_inputs(eff, rows, rng), random_weights(g, eff, rows, rng), rng, v, st))
          return 1;
      } else {
        v = random_beats(g, rng);
      }
      vectors.push_back(std::move(v));
    }
    // Traffic patterns per seed: streaming, gaps and back-pressure.
    const double gaps[] = {0.0, 0.3, 0.6}, bps[] = {0.0, 0.5, 0.8};
    bench.set_traffic(gaps[(s - 1) % 3], bps[(s - 1) % 3]);
    ok = bench.run(vectors, st);
  }
  std::printf("shift_add tb: %d seeds, %ld dot products, %ld results compared, %ld exact-product checks, "
              "%ld resets in flight, %ld cycles: %s\n",
              seeds, st.vectors, st.compared, st.exact_checks, st.resets, st.cycles, ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
