// Co-simulation of the generated cim_tile with the behavioural crossbar
// model: the testbench plays the analog macro. At every sample strobe it
// checks the row DAC codes against the vector's slice (SPEC.md section 1);
// at every comparison it answers from the model's analog value v of the
// selected column and slice (crossbar.hpp, read noise keyed per conversion,
// comparator offset). Every output must equal the model's layer output
// (run_layer), and with ideal settings and N >= Nreq the exact product.
// Layers change at random (precision, signedness, k, TRQ setting, active
// rows and neurons, non-idealities), with input gaps, output back-pressure
// and resets in the middle of vectors. Register fields get out-of-range values
// that clamp to the layer's, writes that would not change a register are
// sometimes left out, and some layers after a reset run on the reset values
// with no register written. Cycles per vector are checked against
// T * (SETTLE + 1 + the comparisons of the busiest ADC) + (T - 1) * START_REG
// + 2, and a vector
// waiting in the tile samples SETTLE + 3 cycles after the previous one's last
// comparison (when the output bank is free by then).
//   Vcim_tile [--seeds S] [--vectors V]     random layers (the regression); every mode takes
//                                            --trace FILE.fst (tb/frame.hpp)
//   Vcim_tile --bench V                      speed: V vectors of a full-size
//     uniform layer, then V of a TRQ layer (threshold, bexp = N/2, s1 = 0,
//     s2 = N/2 + 1), no gaps or back-pressure; prints cycles/s, vectors/s and
//     the RTL's conversions and comparisons per vector beside the model's.
//   Vcim_tile --layer FILE                    one real layer (examples/fashion_mnist/export_slice.py):
//     its weights, input vectors and register settings from FILE, ideal devices, no gaps; every output
//     must equal the model's and FILE's (the Python binding's), and every vector's cycles the analytic
//     figure.
//   Vcim_tile --demo                          three layers (8-bit uniform
//     ideal; signed 4-bit with TRQ threshold bexp = N-2, s1 = 0, s2 = N-1;
//     2-bit with read noise and comparator offset), two vectors each, every
//     output beside the model's and the exact product.
#include "Vcim_tile.h"
#include "adc.hpp"
#include "cim.hpp"
#include "cim_tile.h"
#include "crossbar.hpp"
#include "fast.hpp"
#include "bits.hpp"
#include "harness.hpp"
#include "tile_reset.hpp"
#include "verilated.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace {

constexpr int R = CIM_TILE_R, COLS = CIM_TILE_COLS, PD = CIM_TILE_PD, PR = CIM_TILE_PR, PI = CIM_TILE_PI,
              PW = CIM_TILE_PW, N = CIM_TILE_N, NADC = CIM_TILE_NADC, SETTLE = CIM_TILE_SETTLE,
              KMAX = CIM_TILE_KMAX, START_REG = CIM_TILE_START_REG, G = static_cast<int>(CIM_TILE_G), SETS = static_cast<int>(CIM_TILE_SETS),
              YW = static_cast<int>(CIM_TILE_Y_W), CSW = static_cast<int>(CIM_TILE_COLSEL_W);
constexpr bool kTrq = CIM_TILE_TRQ == 1;
constexpr int kTbl = CIM_TILE_TRQ_TABLE;
const cim::WEnc kEnc = static_cast<cim::WEnc>(CIM_TILE_W_ENC);
constexpr int kPwMin = CIM_TILE_W_ENC == 2 ? 2 : 1;

int64_t sext(uint64_t v, int w) {
  const uint64_t s = uint64_t(1) << (w - 1);
  return int64_t((v & mask(w)) ^ s) - int64_t(s);
}

int J_of(int pw) { return cim::num_weight_cols(pw, PR, kEnc); }
int neurons_of(int pw) { return COLS / (J_of(pw) * SETS); }

struct LayerCfg {
  int pi, pw, k, rows, neurons;
  bool in_signed;
  cim::TrqSetting trq;  // as written to the registers
  std::vector<cim::TrqSetting> table;  // when not empty: per significance, as written to the table
  cim::NonIdeal ni;
  std::shared_ptr<cim::Crossbar> xb;
  bool ideal;
};

struct Vec {
  std::shared_ptr<LayerCfg> L;
  std::vector<int64_t> x;
  std::vector<double> vs;  // every conversion's analog value, slice t of column col at cim::conversion_slot
  int cols = 0;             // physical columns
  uint64_t id;
  cim::LayerRun run;
  // per slice: SETTLE + 1 + busiest ADC's comparisons (+ START_REG before the next slice)
  std::vector<int64_t> expected_cycles;
  long expect_total = 0;
  long taken_at = 0;  // cycle whose edge took the last element
};

// A layer read by --layer: sizes, settings, weights (rows x neurons), vectors and expected outputs.
struct FileLayer {
  int pi = 0, pw = 0, rows = 0, neurons = 0;
  cim::TrqSetting trq;
  std::vector<cim::TrqSetting> table;
  std::vector<std::vector<int64_t>> W, X, Y;
};
FileLayer g_file;

// Reads --layer's file; an empty string if fine, else why not.
std::string read_layer_file(const char* path, FileLayer& f) {
  std::FILE* in = std::fopen(path, "r");
  if (!in) return std::string("cannot read ") + path;
  std::string why;
  const auto num = [&](long long& v) {
    if (why.empty() && std::fscanf(in, "%lld", &v) != 1) why = std::string(path) + ": malformed or short";
    return why.empty();
  };
  long long magic = 0, a = 0, b = 0, c = 0, d = 0, e = 0, n = 0;
  const auto setting = [&](cim::TrqSetting& s) {
    num(a), num(b), num(c), num(d), num(e);
    s.trq = a != 0;
    s.order = b ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
    s.bexp = int(c), s.s1 = int(d), s.s2 = int(e);
  };
  char head[32] = {0};
  if (std::fscanf(in, "%31s", head) != 1 || std::string(head) != "cim_tile_layer") why = std::string(path) + ": not a layer file";
  num(magic);
  num(a), num(b), num(c), num(d);
  f.pi = int(a), f.pw = int(b), f.rows = int(c), f.neurons = int(d);
  setting(f.trq);
  num(n);
  for (long long i = 0; i < n && why.empty(); ++i) {
    cim::TrqSetting s;
    setting(s);
    f.table.push_back(s);
  }
  const auto matrix = [&](std::vector<std::vector<int64_t>>& m, long long lines, int cols) {
    for (long long i = 0; i < lines && why.empty(); ++i) {
      m.emplace_back();
      for (int j = 0; j < cols && why.empty(); ++j) {
        long long v = 0;
        num(v);
        m.back().push_back(v);
      }
    }
  };
  matrix(f.W, f.rows, f.neurons);
  num(n);
  matrix(f.X, n, f.rows);
  matrix(f.Y, n, f.neurons);
  std::fclose(in);
  if (why.empty() && (f.pi < 1 || f.pi > PI || f.pw < kPwMin || f.pw > PW || f.rows < 1 || f.rows > R ||
                      f.neurons < 1 || f.neurons > neurons_of(f.pw) || int(f.table.size()) > kTbl || f.X.empty()))
    why = std::string(path) + ": the layer does not fit this tile (PI, PW, rows, neurons or table size)";
  return why;
}

class Bench {
 public:
  // mode 0: random layers; 1: full-size uniform layer; 2: full-size TRQ layer; 3: demo layers; 4: --layer.
  Bench(uint64_t seed, int mode) : h_(seed), rng_(seed * 7919 + 17), mode_(mode) {}

  int run(int vectors) {
    auto& t = h_.top();
    if (!reset()) return fail("out_valid_o or adc_cmp_en_o high in reset");
    long guard = 0;
    while (checked_ < vectors) {
      if (++guard > long(vectors) * 200000 + 1000000) return fail("timeout: no progress");
      // Between layers, and now and then in the middle of one: a new layer.
      if (to_send_.empty() && (layer_ == nullptr || layer_left_ == 0) && !(mode_ == 4 && layers_ > 0)) {
        // Now and then a reset between layers, and the next layer on the reset values. The first of these in a
        // run and half of the others are the shortest reset there is (a pulse between two edges when
        // asynchronous), the next vector's first element offered from the first cycle after it: the derived
        // settings' pipeline (p1/p2, no reset) still holds the last layer's values then, and the tile must wait
        // for it to settle on the reset values before it takes the element.
        if (mode_ == 0 && layer_ != nullptr && h_.chance(0.15)) {
          const bool eager = !short_reset_done_ || h_.chance(0.5);
          short_reset_done_ = short_reset_done_ || eager;
          if (!reset(eager ? 0 : -1)) return fail("out_valid_o or adc_cmp_en_o high in reset");
          ++resets_;
          defaults_next_ = true;
          eager_ = eager;
        }
        new_layer();
      }
      // The next layer's register writes while the last vector's elements are still going in: after its
      // first element, or in the same cycle as it (the tile takes it, with the settings in force before the
      // write). A vector takes its settings at its first element, so the writes never come before it.
      bool first_beat_with_write = false;
      if (mode_ == 0 && layer_left_ == 0 && !to_send_.empty() && cfg_writes_.empty() && h_.chance(0.3)) {
        const bool started = to_send_.size() < sending_.x.size();
        if (started || t.in_ready_o) {
          first_beat_with_write = !started;
          new_layer();
        }
      }
      if (to_send_.empty() && layer_left_ > 0 && cfg_writes_.empty()) {
        queue_vector();
        --layer_left_;
      }
      // Inputs for this cycle.
      t.cfg_we_i = 0;
      if (!cfg_writes_.empty()) {
        t.cfg_we_i = 1;
        t.cfg_addr_i = cfg_writes_.front().first;
        t.cfg_wdata_i = cfg_writes_.front().second;
      }
      const bool can_send = !to_send_.empty();  // a vector of the next layer is queued once its writes are done
      t.in_valid_i = can_send && (first_beat_with_write || eager_ || !h_.chance(gap_));
      if (t.in_valid_i) t.in_data_i = static_cast<uint32_t>(to_send_.front()) & uint32_t(mask(PI));
      t.out_ready_i = !h_.chance(backpressure_);
      not_ready_since_beat_ += !t.out_ready_i;
      t.adc_cmp_i = 0;
      // Every output the testbench reads comes from registers (the comparator answer, like every other
      // input, only matters at the edge), so no eval is needed before the clock: tick() settles them.
      if (!analog()) return 1;
      // Handshakes seen at this edge.
      const bool took_cfg = t.cfg_we_i;
      const bool took_in = t.in_valid_i && t.in_ready_o;
      first_beat_writes_ += first_beat_with_write && took_in && took_cfg;
      const bool took_out = t.out_valid_o && t.out_ready_i;
      if (took_out && !output()) return 1;
      h_.tick();
      ++cycle_;
      if (took_cfg) cfg_writes_.pop_front();
      if (took_in) {
        eager_resets_ += eager_;
        eager_ = false;
        to_send_.pop_front();
        if (to_send_.empty()) {
          sending_.taken_at = cycle_;
          pending_.push_back(sending_);
        }
      }
      if (mode_ == 0 && h_.chance(reset_rate_)) {
        if (!reset()) return fail("out_valid_o or adc_cmp_en_o high in reset");
        ++resets_;
      }
    }
    if (mode_ == 4) {
      if (file_mismatch_) return fail("the model's outputs differ from the layer file's (the Python binding's)");
      std::printf("cim_tile --layer: %ld vectors of %d rows x %d neurons, PI=%d PW=%d, %s: %ld outputs equal to the "
                  "model's and the file's, %ld conversions, %.2f comparisons/conversion, cycles/vector measured %.1f = "
                  "analytical %.1f (every vector checked)\n",
                  checked_, g_file.rows, g_file.neurons, g_file.pi, g_file.pw,
                  !g_file.table.empty() ? "TRQ table" : g_file.trq.trq ? "TRQ" : "uniform", outputs_, conversions_,
                  conversions_ ? double(comparisons_) / double(conversions_) : 0.0,
                  vec_cycles_ ? double(measured_) / vec_cycles_ : 0.0, vec_cycles_ ? double(analytical_) / vec_cycles_ : 0.0);
    }
    if (mode_ != 0) return 0;
    std::printf(
        "cim_tile tb: R=%d COLS=%d PD=%d PR=%d PI=%d PW=%d N=%d NADC=%d SETTLE=%d START_REG=%d: %ld vectors, %ld outputs (%ld also "
        "equal to the exact product), %ld conversions, %ld comparisons, %ld layers, %ld resets, %ld back to back, %ld first elements with a write, %ld right after a short reset, cycles/vector measured %.1f = analytical %.1f\n",
        R, COLS, PD, PR, PI, PW, N, NADC, SETTLE, START_REG, checked_, outputs_, exact_, conversions_, comparisons_, layers_, resets_, back_to_back_, first_beat_writes_,
        eager_resets_,
        vec_cycles_ ? double(measured_) / vec_cycles_ : 0.0, vec_cycles_ ? double(analytical_) / vec_cycles_ : 0.0);
    return 0;
  }

 private:
  int fail(const std::string& why) {
    std::printf("FAIL cycle %ld: %s\n", cycle_, why.c_str());
    return 1;
  }

  // False if an output or a comparison shows while in reset. Held for `cycles` clock edges (random from 0..3
  // when negative; at least one when synchronous): an asynchronous reset also as a pulse between two edges.
  bool reset(int cycles = -1) {
    auto& t = h_.top();
    if (cycles < 0) cycles = int(rng_() % 4);
    const bool ok = h_.reset(
        cycles + (CIM_TILE_RST == CIM_TILE_RST_ASYNC ? 0 : 1),
        [&] {
          t.cfg_we_i = 0;
          t.in_valid_i = 0;
          t.out_ready_i = 0;
          t.adc_cmp_i = 0;
        },
        [&] { return !t.out_valid_o && !t.adc_cmp_en_o; });
    cfg_writes_.clear();
    eager_ = false;
    // The registers' reset values (README): PI, unsigned, PW, k = 0, uniform, all rows, as many neurons as fit.
    regs_ = {{uint32_t(CIM_TILE_REG_PREC), uint32_t(PI << CIM_TILE_PREC_PI_LSB | PW << CIM_TILE_PREC_PW_LSB)},
             {uint32_t(CIM_TILE_REG_ADC), 0u},
             {uint32_t(CIM_TILE_REG_TRQ), 0u},
             {uint32_t(CIM_TILE_REG_ROWS), uint32_t(R)},
             {uint32_t(CIM_TILE_REG_NEURONS), uint32_t(neurons_of(PW))}};
    defaults_next_ = mode_ == 0 && h_.chance(0.3);
    to_send_.clear();
    pending_.clear();
    outq_.clear();
    conv_ = nullptr;
    closed_id_ = closed_prev_id_ = 0;
    beat_at_.clear();
    drive_run_ = 0;
    layer_ = nullptr;
    layer_left_ = 0;
    return ok;
  }

  void new_layer() {
    auto L = std::make_shared<LayerCfg>();
    ++layers_;
    auto pick = [&](int lo, int hi) { return lo + int(rng_() % uint64_t(hi - lo + 1)); };
    if (mode_ != 0) {
      fixed_layer(*L);
      build_layer(L);
      layer_left_ = mode_ == 3 ? 2 : mode_ == 4 ? int(g_file.X.size()) : 1 << 30;
      return;
    }
    L->ideal = h_.chance(0.4);
    if (defaults_next_) {  // the layer the reset values give: no register is written
      defaults_next_ = false;
      tile_reset_values(*L, PI, PW, R, neurons_of(PW));
      if (!L->ideal) L->ni = random_non_ideal();
      build_layer(L, true);
      layer_left_ = 1 + int(rng_() % 4);
      return;
    }
    L->pi = pick(1, PI);
    L->in_signed = h_.chance(0.5);
    L->pw = pick(kPwMin, PW);
    L->k = L->ideal ? 0 : pick(0, KMAX);
    L->rows = h_.chance(0.5) ? R : pick(1, R);
    L->neurons = h_.chance(0.5) ? neurons_of(L->pw) : pick(1, neurons_of(L->pw));
    if (kTrq && !L->ideal && h_.chance(0.7)) {
      L->trq.trq = true;
      L->trq.order = h_.chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
      L->trq.bexp = pick(0, 15 > N ? N : 15);
      L->trq.s1 = pick(0, N - 1);
      L->trq.s2 = pick(0, N);
      if (h_.chance(0.8)) {  // mostly legal
        L->trq.bexp = pick(1, N - 1);
        L->trq.s1 = pick(0, L->trq.bexp - 1);
        L->trq.s2 = pick(L->trq.s1, L->trq.order == cim::SearchOrder::MsbFirst ? L->trq.bexp : N - 1);
      }
    }
    if (kTbl > 0 && L->trq.trq && h_.chance(0.5)) {
      for (int i = 0; i < kTbl; ++i) {
        cim::TrqSetting e;
        e.trq = h_.chance(0.8);
        e.order = h_.chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
        e.bexp = pick(1, N - 1);
        e.s1 = pick(0, e.bexp - 1);
        e.s2 = pick(e.s1, e.order == cim::SearchOrder::MsbFirst ? e.bexp : N - 1);
        if (h_.chance(0.1)) e.s2 = pick(0, 15);  // sometimes illegal: uniform
        L->table.push_back(e);
      }
    }
    if (!L->ideal) L->ni = random_non_ideal();
    build_layer(L);
    layer_left_ = 1 + int(rng_() % 4);
    gap_ = h_.chance(0.5) ? 0.0 : 0.3;
    backpressure_ = h_.chance(0.5) ? 0.0 : 0.4;
    reset_rate_ = h_.chance(0.2) ? 0.0005 : 0.0;
  }

  cim::NonIdeal random_non_ideal() {
    cim::NonIdeal ni;
    ni.seed = rng_();
    if (h_.chance(0.5)) ni.read_noise = 0.6;
    if (h_.chance(0.5)) ni.cmp_offset = 0.3;
    if (h_.chance(0.3)) ni.d2d_sigma = 0.1;
    if (h_.chance(0.2)) ni.p_stuck_lrs = 0.02;
    return ni;
  }

  // The value written for a register field that must read as v after the tile clamps it to lo..hi: now and
  // then, at the ends of the range, an out-of-range value (up to the field's largest, top; often the first
  // one past the end) that clamps to v.
  uint32_t clamped(int v, int lo, int hi, long top) {
    if (mode_ != 0 || !h_.chance(0.3)) return uint32_t(v);
    if (v == hi && hi < top) return uint32_t(h_.chance(0.5) ? hi + 1 : hi + 1 + long(rng_() % uint64_t(top - hi)));
    if (v == lo && lo > 0) return uint32_t(rng_() % uint64_t(lo));
    return uint32_t(v);
  }

  // Queues a register write; one that would not change the register is sometimes (and in a layer of reset
  // values always) left out, so the tile must hold its registers.
  void write_reg(uint32_t addr, uint32_t data, bool skip_same) {
    const auto it = regs_.find(addr);
    if (it != regs_.end() && it->second == data && (skip_same || h_.chance(0.5))) return;
    regs_[addr] = data;
    cfg_writes_.push_back({addr, data});
  }

  // Bench and demo layers.
  void fixed_layer(LayerCfg& L) {
    L.ideal = true;
    L.pi = PI;
    L.in_signed = false;
    L.pw = PW;
    L.k = 0;
    L.rows = R;
    L.neurons = neurons_of(PW);
    if (mode_ == 2 && kTrq) {
      L.ideal = false;
      L.trq.trq = true;
      L.trq.bexp = N / 2;
      L.trq.s1 = 0;
      L.trq.s2 = std::min(N - 1, N / 2 + 1);
    }
    if (mode_ == 4) {  // the file's layer, as it gives it; the devices ideal
      L.pi = g_file.pi;
      L.pw = g_file.pw;
      L.rows = g_file.rows;
      L.neurons = g_file.neurons;
      L.trq = g_file.trq;
      L.table = g_file.table;
      L.ideal = !L.trq.trq && L.table.empty();
    }
    if (mode_ == 3) {  // demo: layer 1 full precision, 2 signed 4-bit TRQ, 3 2-bit with noise
      const int d = int(layers_ - 1) % 3;
      if (d == 1) {
        L.pi = std::min(PI, 4);
        L.in_signed = true;
        L.pw = std::max(kPwMin, std::min(PW, 4));
        L.neurons = std::min(neurons_of(L.pw), 8);
        if (kTrq) {  // exact below 2^(N-2), one coarse step above: fewer comparisons for small sums
          L.ideal = false;
          L.trq.trq = true;
          L.trq.bexp = N - 2;
          L.trq.s1 = 0;
          L.trq.s2 = N - 1;
        }
      } else if (d == 2) {
        L.pi = std::min(PI, 2);
        L.pw = std::max(kPwMin, std::min(PW, 2));
        L.neurons = std::min(neurons_of(L.pw), 8);
        L.ideal = false;
        L.ni.seed = 7;
        L.ni.read_noise = 0.6;
        L.ni.cmp_offset = 0.3;
      } else {
        L.neurons = std::min(neurons_of(L.pw), 8);
      }
    }
  }

  // skip: leave out every write that would not change a register.
  void build_layer(const std::shared_ptr<LayerCfg>& Lp, bool skip = false) {
    auto* L = Lp.get();
    cim::Layer lay;
    lay.PI = L->pi;
    lay.in_signed = L->in_signed;
    lay.PD = PD;
    lay.PW = L->pw;
    lay.PR = PR;
    lay.enc = kEnc;
    std::vector<std::vector<int64_t>> W(size_t(L->rows), std::vector<int64_t>(size_t(L->neurons)));
    int64_t wlo = 0, whi = (int64_t(1) << L->pw) - 1;
    if (kEnc == cim::WEnc::Offset) wlo = -(int64_t(1) << (L->pw - 1)), whi = (int64_t(1) << (L->pw - 1)) - 1;
    if (kEnc == cim::WEnc::Differential) wlo = -((int64_t(1) << (L->pw - 1)) - 1), whi = -wlo;
    for (auto& row : W)
      for (auto& w : row) w = wlo + int64_t(rng_() % uint64_t(whi - wlo + 1));
    if (mode_ == 4) W = g_file.W;
    L->xb = std::make_shared<cim::Crossbar>(lay, W, L->ni);
    // Register writes: every field, some with out-of-range values the tile clamps to the layer's (already in
    // range, as the model has them). Writes that would not change a register are sometimes left out.
    // Written through cim_tile.h's register map, so the header is tested too.
    const auto cl = [&](int v, int lo, int hi, long top) { return skip ? uint32_t(v) : clamped(v, lo, hi, top); };
    const auto sh = [](uint64_t v, long long lsb) { return uint32_t(v << lsb); };
    const auto msb = [](const cim::TrqSetting& e) { return uint64_t(e.order == cim::SearchOrder::MsbFirst); };
    write_reg(uint32_t(CIM_TILE_REG_PREC),
              sh(cl(L->pi, 1, PI, 15), CIM_TILE_PREC_PI_LSB) | sh(L->in_signed, CIM_TILE_PREC_SIGNED_LSB) |
                  sh(cl(L->pw, kPwMin, PW, 15), CIM_TILE_PREC_PW_LSB),
              skip);
    write_reg(uint32_t(CIM_TILE_REG_ADC),
              sh(cl(L->k, 0, KMAX, 15), CIM_TILE_ADC_K_LSB) | sh(L->trq.trq, CIM_TILE_ADC_TRQ_EN_LSB) |
                  sh(msb(L->trq), CIM_TILE_ADC_MSB_FIRST_LSB) | sh(!L->table.empty(), CIM_TILE_ADC_TABLE_EN_LSB),
              skip);
    for (size_t i = 0; i < L->table.size(); ++i) {
      const auto& e = L->table[i];
      write_reg(uint32_t(CIM_TILE_REG_TABLE + i),
                sh(e.bexp, CIM_TILE_TRQ_BEXP_LSB) | sh(e.s1, CIM_TILE_TRQ_S1_LSB) | sh(e.s2, CIM_TILE_TRQ_S2_LSB) |
                    sh(e.trq, CIM_TILE_TABLE_TRQ_EN_LSB) | sh(msb(e), CIM_TILE_TABLE_MSB_FIRST_LSB),
                skip);
    }
    if (L->trq.trq || !skip)  // the setting does not matter in a uniform layer
      write_reg(uint32_t(CIM_TILE_REG_TRQ),
                sh(L->trq.bexp, CIM_TILE_TRQ_BEXP_LSB) | sh(L->trq.s1, CIM_TILE_TRQ_S1_LSB) |
                    sh(L->trq.s2, CIM_TILE_TRQ_S2_LSB),
                skip);
    write_reg(uint32_t(CIM_TILE_REG_ROWS), cl(L->rows, 1, R, 65535), skip);
    write_reg(uint32_t(CIM_TILE_REG_NEURONS), cl(L->neurons, 1, neurons_of(L->pw), 65535), skip);
    layer_ = Lp;
  }

  void queue_vector() {
    const auto t0 = std::chrono::steady_clock::now();
    queue_vector_model();
    model_s_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }

  void queue_vector_model() {
    Vec v;
    v.L = layer_;
    v.id = next_id_++;
    const auto& L = *layer_;
    for (int r = 0; r < L.rows; ++r) {
      int64_t x;
      if (mode_ == 4)
        x = g_file.X[file_vec_][size_t(r)];
      else if (L.in_signed)
        x = -(int64_t(1) << (L.pi - 1)) + int64_t(rng_() % (uint64_t(1) << L.pi));
      else
        x = int64_t(rng_() % (uint64_t(1) << L.pi));
      v.x.push_back(x);
      // Bits above PI are ignored by the tile: send noise there.
      to_send_.push_back((uint64_t(x) & mask(L.pi)) | (h_.chance(0.2) ? (rng_() << L.pi) : 0));
    }
    cim::AdcConfig adc;
    adc.N = N;
    adc.k = L.k;
    adc.setting = kTrq ? cim::hw_setting(N, L.trq) : cim::TrqSetting{};
    for (const auto& e : L.table) adc.table.push_back(cim::hw_setting(N, e));
    // The model's analog values once per vector (bit-identical to Crossbar::v, tested), then the layer run
    // from them.
    cim::all_v(*L.xb, v.x, L.k, v.id, v.vs);
    v.run = cim::run_layer(*L.xb, v.x, adc, v.vs);
    if (mode_ == 4 && v.run.y != g_file.Y[file_vec_++]) file_mismatch_ = true;
    // Analytical cycles: per slice, the busiest ADC's comparisons; with START_REG one more cycle between
    // slices.
    const int T = cim::num_slices(L.pi, L.in_signed, PD), J = J_of(L.pw);
    v.cols = L.xb->columns();
    const int ncols = L.neurons * J * SETS;
    const double off = L.ni.cmp_offset;
    for (int t = 0; t < T; ++t) {
      int64_t busiest = 0;
      for (int a = 0; a < NADC; ++a) {
        int64_t n = 0;
        for (int g = 0; g < G; ++g) {
          const int col = a * G + g;
          if (col >= ncols) break;
          const int sig = cim::slice_b(t, L.pi, L.in_signed, PD) + (col % J) * PR;
          const double val = v.vs[cim::conversion_slot(t, col, v.cols)];
          n += cim::convert(N, adc.at(sig), [val, off](uint32_t d) { return val + off >= double(d); }).ncmp;
        }
        busiest = std::max(busiest, n);
      }
      const int64_t cycles = SETTLE + 1 + busiest + (t + 1 < T ? START_REG : 0);
      v.expected_cycles.push_back(cycles);
      v.expect_total += cycles;
    }
    if (std::getenv("CIM_TB_DEBUG")) {
      std::printf("vector %llu: pi=%d signed=%d pw=%d k=%d rows=%d neurons=%d trq=%d order=%d bexp=%d s1=%d s2=%d "
                  "ideal=%d x =", (unsigned long long)v.id, L.pi, L.in_signed, L.pw, L.k, L.rows, L.neurons,
                  L.trq.trq, int(L.trq.order), L.trq.bexp, L.trq.s1, L.trq.s2, L.ideal);
      for (auto e : v.x) std::printf(" %lld", (long long)e);
      std::printf(" y =");
      for (auto e : v.run.y) std::printf(" %lld", (long long)e);
      std::printf("\n");
    }
    sending_ = v;
  }

  // Plays the analog macro for this cycle; false on a check failure.
  bool analog() {
    auto& t = h_.top();
    // The row drive: word lines rise SETTLE cycles before a sample and fall after it; DAC codes only with
    // word lines.
    const bool drive = any_set(t.wl_en_o, 0, R);
    if (!drive && any_set(t.dac_row_o, 0, R * PD)) return fail("row DAC codes with every word line off") == 0;
    if (t.sh_o && drive_run_ != SETTLE)
      return fail("sample strobe after " + std::to_string(drive_run_) + " cycles of row drive, want SETTLE = " +
                  std::to_string(SETTLE)) == 0;
    drive_run_ = drive && !t.sh_o ? drive_run_ + 1 : 0;
    if (drive_run_ > SETTLE) return fail("row drive on for more than SETTLE cycles without a sample") == 0;
    if (t.sh_o) {
      if (conv_ == nullptr || slice_ + 1 >= int(conv_->expected_cycles.size())) {
        if (conv_ != nullptr && !close_vector()) return false;
        if (pending_.empty()) return fail("sample strobe with no vector in the tile") == 0;
        conv_ = std::make_unique<Vec>(pending_.front());
        pending_.pop_front();
        slice_ = 0;
        // Back to back: a vector complete in the tile before the previous one's last comparison, with the
        // output bank free by then (the vector before that sent), samples SETTLE + 3 cycles after it (2 to
        // close, then its first slice's settle and sample).
        if (closed_id_ != 0 && conv_->taken_at < last_cmp_) {
          const auto it = beat_at_.find(closed_prev_id_);
          const bool ob_free = closed_prev_id_ == 0 || (it != beat_at_.end() && it->second <= last_cmp_);
          if (ob_free && cycle_ - last_cmp_ != SETTLE + 3)
            return fail("vector " + std::to_string(conv_->id) + " back to back: first sample " +
                        std::to_string(cycle_ - last_cmp_) + " cycles after the last comparison, want " +
                        std::to_string(SETTLE + 3)) == 0;
          back_to_back_ += ob_free;
        }
        first_sh_ = cycle_;
        comparisons_vec_ = 0;
      } else {
        ++slice_;
      }
      const auto& L = *conv_->L;
      for (int r = 0; r < R; ++r) {
        const bool on = get_bits(t.wl_en_o, r, 1);
        const uint64_t code = get_bits(t.dac_row_o, r * PD, PD);
        const bool want_on = r < L.rows;
        const uint64_t want = want_on ? cim::slice_value(conv_->x[size_t(r)], slice_, L.pi, L.in_signed, PD) : 0;
        if (on != want_on || code != want)
          return fail("row " + std::to_string(r) + " slice " + std::to_string(slice_) + ": DAC " +
                      std::to_string(code) + " wl " + std::to_string(on) + ", model " + std::to_string(want) +
                      " wl " + std::to_string(want_on)) == 0;
      }
    }
    if (conv_ == nullptr) {
      if (t.adc_cmp_en_o) return fail("comparison before any sample strobe") == 0;
      return true;
    }
    const auto& L = *conv_->L;
    const int J = J_of(L.pw);
#if CIM_TILE_KMAX > 0
    if (t.adc_cmp_en_o && int(t.adc_k_o) != L.k)
      return fail("adc_k_o " + std::to_string(t.adc_k_o) + " during a comparison of a vector with k " +
                  std::to_string(L.k)) == 0;
#endif
    for (int a = 0; a < NADC; ++a) {
      if (!get_bits(t.adc_cmp_en_o, a, 1)) continue;
      const int col = a * G + int(get_bits(t.adc_col_o, a * CSW, CSW));
      const int c = col / (J * SETS);
      if (c >= L.neurons) return fail("ADC " + std::to_string(a) + " converts inactive column " + std::to_string(col)) == 0;
      const double val = conv_->vs[cim::conversion_slot(slice_, col, conv_->cols)];
      const uint64_t dac = get_bits(t.adc_dac_o, a * N, N);
      set_bit(t.adc_cmp_i, a, val + L.ni.cmp_offset >= double(dac));
      ++comparisons_vec_;
      last_cmp_ = cycle_;
    }
    return true;
  }

  // The vector under conversion has had all its slices: check its cycles and comparisons.
  bool close_vector() {
    const long measured = last_cmp_ - first_sh_ + 1 + SETTLE;
    if (measured != conv_->expect_total)
      return fail("vector " + std::to_string(conv_->id) + ": " + std::to_string(measured) + " cycles, analytical " +
                  std::to_string(conv_->expect_total)) == 0;
    if (comparisons_vec_ != conv_->run.comparisons)
      return fail("vector " + std::to_string(conv_->id) + ": " + std::to_string(comparisons_vec_) +
                  " comparisons, model " + std::to_string(conv_->run.comparisons)) == 0;
    closed_prev_id_ = closed_id_;
    closed_id_ = conv_->id;
    beat_at_.erase(beat_at_.begin(), beat_at_.lower_bound(closed_prev_id_));  // older vectors are not asked about
    measured_ += measured;
    analytical_ += conv_->expect_total;
    if (mode_ == 3) demo_vec_[conv_->id] = std::make_unique<DemoVec>(DemoVec{*conv_, measured});
    ++vec_cycles_;
    conversions_ += conv_->run.conversions;
    comparisons_ += comparisons_vec_;
    for (size_t c = 0; c < conv_->run.y.size(); ++c)
      outq_.push_back({conv_->run.y[c], conv_->run.exact[c], c + 1 == conv_->run.y.size(), conv_->id, int(c),
                       exact_expected(*conv_), J_of(conv_->L->pw) * SETS});
    conv_ = nullptr;
    return true;
  }

  bool exact_expected(const Vec& v) const {
    const auto& L = *v.L;
    return L.ideal && L.k == 0 && !L.trq.trq && N >= cim::nreq(PD, PR, L.rows);
  }

  bool output() {
    auto& t = h_.top();
    // The last vector's conversions may have ended without a later strobe.
    if (outq_.empty() && conv_ != nullptr && !close_vector()) return false;
    if (outq_.empty()) return fail("output with none expected") == 0;
    const Out o = outq_.front();
    outq_.pop_front();
    // The combine takes one column per cycle: with out_ready_i high since the vector's previous beat, the
    // next comes a neuron's columns later.
    if (o.c > 0 && not_ready_since_beat_ == 0 && cycle_ - prev_beat_ != o.cols)
      return fail("vector " + std::to_string(o.id) + " neuron " + std::to_string(o.c) + ": " +
                  std::to_string(cycle_ - prev_beat_) + " cycles after the previous beat with out_ready_i high, want " +
                  std::to_string(o.cols) + " (one per column)") == 0;
    prev_beat_ = cycle_;
    not_ready_since_beat_ = 0;
    const int64_t y = sext(get_bits(t.out_data_o, 0, YW), YW);
    if (y != o.y || bool(t.out_last_o) != o.last)
      return fail("vector " + std::to_string(o.id) + " neuron " + std::to_string(o.c) + ": y = " + std::to_string(y) +
                  " last " + std::to_string(t.out_last_o) + ", model " + std::to_string(o.y) + " last " +
                  std::to_string(o.last)) == 0;
    if (o.exact_check && y != o.exact)
      return fail("ideal layer: y = " + std::to_string(y) + ", exact " + std::to_string(o.exact)) == 0;
    if (mode_ == 3) {
      if (o.c == 0) {
        const auto& L = *demo_vec_[o.id]->v.L;
        std::printf("vector %llu: PI=%d%s PW=%d k=%d %s%s, %d rows x %d neurons: %ld cycles (analytical %ld), "
                    "%ld conversions, %ld comparisons\n",
                    (unsigned long long)o.id, L.pi, L.in_signed ? " signed" : "", L.pw, L.k,
                    L.trq.trq ? "TRQ threshold" : "uniform",
                    L.ni.read_noise > 0 ? ", read noise + offset" : ", ideal analog", L.rows,
                    L.neurons, demo_vec_[o.id]->measured, demo_vec_[o.id]->v.expect_total,
                    demo_vec_[o.id]->v.run.conversions, demo_vec_[o.id]->v.run.comparisons);
        std::printf("  neuron:     RTL    model    exact\n");
      }
      std::printf("  %6d %8lld %8lld %8lld\n", o.c, (long long)y, (long long)o.y, (long long)o.exact);
    }
    ++outputs_;
    if (o.exact_check) ++exact_;
    if (o.last) ++checked_, beat_at_[o.id] = cycle_;
    return true;
  }

  struct DemoVec {
    Vec v;
    long measured;
  };
  std::map<uint64_t, std::unique_ptr<DemoVec>> demo_vec_;

 public:
  long cycles() const { return cycle_; }
  long conversions() const { return conversions_; }
  long comparisons() const { return comparisons_; }
  long vectors() const { return vec_cycles_; }
  double model_seconds() const { return model_s_; }

 private:
  struct Out {
    int64_t y, exact;
    bool last;
    uint64_t id;
    int c;
    bool exact_check;
    int cols;  // physical columns per neuron
  };

  Harness<Vcim_tile> h_;
  std::mt19937_64 rng_;
  std::deque<std::pair<uint32_t, uint32_t>> cfg_writes_;
  std::map<uint32_t, uint32_t> regs_;  // what the tile's registers hold, as far as the testbench knows
  bool defaults_next_ = false;          // the next layer runs on the reset values
  bool short_reset_done_ = false;  // a reset between layers has been a short one
  bool eager_ = false;  // a short reset just happened: offer the next element in every cycle until taken
  long eager_resets_ = 0;  // vectors whose first element was offered from the first cycle after a short reset
  std::deque<uint64_t> to_send_;
  long first_beat_writes_ = 0;  // vectors whose first element came with a register write
  size_t file_vec_ = 0;       // --layer: the next vector of the file
  bool file_mismatch_ = false;  // --layer: a model output differed from the file's
  Vec sending_;
  std::deque<Vec> pending_;  // fully sent, not yet sampled
  std::unique_ptr<Vec> conv_;
  std::deque<Out> outq_;
  std::shared_ptr<LayerCfg> layer_;
  int layer_left_ = 0, slice_ = 0;
  uint64_t next_id_ = 1;
  std::map<uint64_t, long> beat_at_;  // cycle of each recent vector's last output beat
  uint64_t closed_id_ = 0, closed_prev_id_ = 0;  // the last two vectors converted since the reset
  long back_to_back_ = 0, prev_beat_ = 0, not_ready_since_beat_ = 0;
  int drive_run_ = 0;  // cycles the row drive has been on since the last sample
  long cycle_ = 0, first_sh_ = 0, last_cmp_ = 0, comparisons_vec_ = 0;
  long checked_ = 0, outputs_ = 0, exact_ = 0, conversions_ = 0, comparisons_ = 0, layers_ = 0, resets_ = 0;
  long measured_ = 0, analytical_ = 0, vec_cycles_ = 0;
  double gap_ = 0, backpressure_ = 0, reset_rate_ = 0, model_s_ = 0;
  int mode_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  tb::Frame f("cim_tile co-simulated with the crossbar model", 3, 200);
  int bench = 0;
  bool demo = false;
  std::string layer;
  f.option("--bench", bench, "speed: N vectors of a full-size uniform layer, then of a TRQ layer", 1, 100000000);
  f.flag("--demo", demo, "three demonstration layers, every output printed beside the model's");
  f.option("--layer", layer, "FILE", "one real layer's weights, vectors and settings (export_slice.py)");
  if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
  if (!layer.empty()) {
    if (const std::string why = read_layer_file(layer.c_str(), g_file); !why.empty()) {
      std::printf("FAIL %s\n", why.c_str());
      return 2;
    }
    Bench b(1, 4);
    return b.run(int(g_file.X.size()));
  }
  if (demo) {
    Bench b(1, 3);
    return b.run(6);
  }
  if (bench > 0) {
    for (int mode : {1, 2}) {
      if (mode == 2 && !kTrq) break;
      Bench b(1, mode);  // a trace holds the uniform bench (the first harness opened)
      const auto t0 = std::chrono::steady_clock::now();
      if (b.run(bench)) return 1;
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::printf("%-8s %dx%d tile, N=%d, %d ADCs: %ld vectors, %ld cycles in %.2f s: %.2f M cycles/s, %.0f vectors/s; "
                  "per vector %.1f conversions, %.1f comparisons (RTL = model, checked per vector); model %.0f%% of the time\n",
                  mode == 1 ? "uniform" : "TRQ", R, COLS, N, NADC, b.vectors(), b.cycles(), s, b.cycles() / s / 1e6,
                  b.vectors() / s, double(b.conversions()) / b.vectors(), double(b.comparisons()) / b.vectors(),
                  100 * b.model_seconds() / s);
    }
    return 0;
  }
  for (int s = 1; s <= f.seeds; ++s) {
    Bench b(uint64_t(s) * 1000003, 0);
    if (b.run(int(f.vectors))) return 1;
  }
  return 0;
}
