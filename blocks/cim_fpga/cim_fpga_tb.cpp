// Verilator testbench of the FPGA core (cim_fpga: cim_tile + xbar_emu + UART)
// driven through its UART pins only, by a simulated host that speaks the
// documented byte protocol: it pings, writes the tile's and the emulator's
// registers, loads a random layer's cell levels (the model's column layout),
// sends input vectors (at most two outstanding) and reads every output
// neuron back. With the emulator's noise off the crossbar is the model's
// ideal one, so every output must equal the model's run_layer for the
// layer's ADC settings (precision, signedness, k, TRQ setting or table,
// active rows and neurons, all random), and the exact product where the
// settings are lossless. Host bytes come with random gaps, one-cycle
// glitches on the idle line and bits up to (CPB-1)/2 cycles long or short;
// resets come in the middle of work (the weights survive them: sometimes the
// host does not reload them, and sometimes it runs a full-size layer on the
// registers' reset values, writing none).
// Further rounds: host errors (unknown command, bad stop bit: status bits,
// err_o, act_o); an overrun (vectors sent without waiting until a byte is
// lost: status bit 0 and err_o); the emulator's noise at its largest or smallest through
// EMU_CFG (the outputs must then differ from the ideal ones, the same seed
// must give the same outputs again, and they match the model once it is
// off). A final ping checks that no status bit was set.
//   Vcim_fpga [--seeds S] [--vectors V]   V input vectors per seed
#include "Vcim_fpga.h"
#include "adc.hpp"
#include "cim.hpp"
#include "cim_fpga.h"
#include "crossbar.hpp"
#include "fpga_proto.hpp"
#include "harness.hpp"
#include "tile_reset.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int R = CIM_FPGA_R, COLS = CIM_FPGA_COLS, PD = CIM_FPGA_PD, PR = CIM_FPGA_PR, PI = CIM_FPGA_PI,
              PW = CIM_FPGA_PW, N = CIM_FPGA_N, KMAX = CIM_FPGA_KMAX, CPB = int(CIM_FPGA_CLKS_PER_BIT),
              YB = int(CIM_FPGA_Y_BYTES), SETS = int(CIM_FPGA_TILE_SETS);
constexpr bool kTrq = CIM_FPGA_TRQ == 1;
constexpr int kTbl = CIM_FPGA_TRQ_TABLE;
const cim::WEnc kEnc = static_cast<cim::WEnc>(CIM_FPGA_W_ENC);
constexpr int kPwMin = CIM_FPGA_W_ENC == 2 ? 2 : 1;

int J_of(int pw) { return cim::num_weight_cols(pw, PR, kEnc); }

struct Layer {
  int pi, pw, k, rows, neurons;
  bool in_signed;
  cim::TrqSetting trq;
  std::vector<cim::TrqSetting> table;
  std::unique_ptr<cim::Crossbar> xb;
};

class Host {
 public:
  explicit Host(uint64_t seed) : h_(seed) {}

  int run(int vectors) {
    reset();
    if (!ping() || !errors()) return 1;
    long sent = 0, checked = 0;
    bool loaded = false;
    while (checked < vectors) {
      if (!loaded && at_reset_values_ && h_.chance(0.5)) {
        default_layer();  // right after a reset, before any register write
        loaded = true;
      }
      if (!loaded || h_.chance(0.15)) {
        new_layer(!loaded || h_.chance(0.7));  // sometimes only the registers: the weights stay
        loaded = true;
      }
      if (h_.chance(0.1) && !errors()) return 1;
      // Noise and overrun rounds: now and then, and at least once each a third and two thirds of the way.
      if ((h_.chance(0.03) || (noise_rounds_ == 0 && checked >= vectors / 3)) && !noise()) return 1;
      if (can_overrun() && (h_.chance(0.02) || (overruns_ == 0 && checked >= 2 * vectors / 3))) {
        if (!overrun()) return 1;
        loaded = false;  // after the reset that ends it, a new layer
        continue;
      }
      const int n = 1 + int(h_.rng()() % 6);
      std::deque<std::vector<int64_t>> outstanding;
      for (int v = 0; v < n && checked < vectors;) {
        // At most two vectors outstanding: send while fewer, else read the oldest's results.
        if (outstanding.size() < 2 && v + int(outstanding.size()) < n) {
          outstanding.push_back(send_vector());
          ++sent;
          continue;
        }
        // A reset in the middle of work (the results in flight are lost): now and then, and at least once half
        // way; the first one and half of the others just after a ping.
        if (h_.chance(0.02) || (resets_ == 0 && checked >= vectors / 2)) {
          if ((pings_at_reset_ == 0 || h_.chance(0.5)) &&
              !ping_behind_reply(outstanding.size() * size_t(L_->neurons) * YB))
            return 1;
          reset();
          outstanding.clear();
          if (h_.chance(0.5))
            default_layer();
          else
            new_layer(h_.chance(0.5));
          ++resets_;
          continue;
        }
        if (!check(outstanding.front())) return 1;
        outstanding.pop_front();
        ++v;
        ++checked;
      }
      while (!outstanding.empty()) {
        if (!check(outstanding.front())) return 1;
        outstanding.pop_front();
        ++checked;
      }
    }
    if (!ping()) return 1;
    std::printf("cim_fpga tb: R=%d COLS=%d PD=%d PR=%d N=%d, %d clocks per UART bit: %ld vectors, %ld outputs "
                "(%ld also equal to the exact product), %ld layers (%ld on reset values), %ld resets (%ld behind a "
                "ping), %ld host error rounds, %ld overruns, %ld noise rounds, %ld host bytes, %ld board bytes, %ld "
                "cycles\n",
                R, COLS, PD, PR, N, CPB, checked, outputs_, exact_, layers_, default_layers_, resets_, pings_at_reset_,
                errors_, overruns_, noise_rounds_, tx_bytes_, rx_bytes_, cycle_);
    return 0;
  }

 private:
  int pick(int lo, int hi) { return lo + int(h_.rng()() % uint64_t(hi - lo + 1)); }
  bool fail(const std::string& why) {
    std::printf("FAIL cycle %ld: %s\n", cycle_, why.c_str());
    return false;
  }

  // One clock: the host's UART line to the board, the board's line sampled.
  void tick() {
    auto& t = h_.top();
    t.uart_rx_i = line_;
    h_.tick();
    ++cycle_;
    receive_bit(t.uart_tx_o);
    if (++guard_ > 400000000L) {
      std::printf("FAIL: timeout\n");
      std::exit(1);
    }
  }

  // The host's receiver: start bit edge, then samples at the middle of each bit.
  void receive_bit(bool level) {
    if (rx_phase_ < 0) {
      if (!level) {
        rx_phase_ = 0;
        rx_count_ = CPB / 2;
      }
      return;
    }
    if (--rx_count_ > 0) return;
    rx_count_ = CPB;
    if (rx_phase_ == 0) {
      if (level) rx_phase_ = -1;  // glitch
      else rx_phase_ = 1, rx_byte_ = 0;
    } else if (rx_phase_ <= 8) {
      rx_byte_ |= uint32_t(level) << (rx_phase_ - 1);
      ++rx_phase_;
    } else {
      if (!level) bad_stop_ = true;
      rx_.push_back(uint8_t(rx_byte_));
      ++rx_bytes_;
      rx_phase_ = -1;
    }
  }

  // One 8N1 frame; stop = false sends a 0 stop bit (a framing error), then a frame of idle line.
  void send(uint8_t b, bool stop = true) {
    while (!exact_timing_ && h_.chance(0.1)) {  // gap between bytes, sometimes with a one-cycle glitch (ignored)
      line_ = !h_.chance(0.5);
      tick();
      line_ = true;
      for (int i = 1; i < CPB; ++i) tick();
    }
    const int bits = (int(stop) << 9) | (int(b) << 1);  // start 0, data LSB first, stop
    // A host clock a little off: now and then one bit of a good frame longer or shorter by up to (CPB-1)/2
    // cycles, which moves the later bits' edges by less than half a bit, what a receiver sampling at the
    // middle of each bit tolerates (a longer low stop bit could start a second frame).
    const int skew_bit = stop && !exact_timing_ && CPB >= 4 && h_.chance(0.5) ? pick(0, 9) : -1;
    const int skew = (h_.chance(0.5) ? 1 : -1) * pick(1, std::max(1, (CPB - 1) / 2));
    for (int i = 0; i < 10; ++i) {
      line_ = (bits >> i) & 1;
      for (int c = 0; c < CPB + (i == skew_bit ? skew : 0); ++c) tick();
    }
    line_ = 1;
    if (!stop)
      for (int c = 0; c < 10 * CPB; ++c) tick();
    ++tx_bytes_;
  }
  void send(const fpga_proto::Bytes& bytes) {
    for (const uint8_t b : bytes) send(b);
  }

  // A reply byte comes within a vector's conversion and a few frames of the last one (far below this bound
  // at every configuration); a hung board fails fast instead of at the test's time limit.
  static constexpr long kMaxGap = 2000000;
  bool no_reply() { return fail("no reply byte from the board for " + std::to_string(kMaxGap) + " cycles"); }

  bool receive(size_t n, std::vector<uint8_t>& out) {
    long wait = 0;
    size_t have = rx_.size();
    while (rx_.size() < n) {
      tick();
      if (rx_.size() != have) have = rx_.size(), wait = 0;
      if (++wait > kMaxGap) return no_reply();
    }
    out.assign(rx_.begin(), rx_.begin() + long(n));
    rx_.erase(rx_.begin(), rx_.begin() + long(n));
    if (bad_stop_) return fail("the board sent a byte with a bad stop bit");
    return true;
  }

  void reset() {
    auto& t = h_.top();
    line_ = 1;
    h_.reset(2 + pick(0, 3), [&] { t.uart_rx_i = 1; });
    // A reset can cut a board byte short: drop what is in flight.
    for (int i = 0; i < 12 * CPB; ++i) tick();
    rx_.clear();
    rx_phase_ = -1;
    bad_stop_ = false;
    at_reset_values_ = true;
  }

  // Host errors between vectors: an unknown command byte and a byte with a bad stop bit (dropped) set
  // status bits 2 and 1; err_o shows them until a ping reports and clears them. act_o is high while a
  // command's arguments are awaited (a write to an unused tile register, harmless).
  bool errors() {
    auto& t = h_.top();
    for (int i = 0; i < 2 * CPB; ++i) tick();  // the last byte is parsed
    if (t.err_o || t.act_o)
      return fail("err_o " + std::to_string(int(t.err_o)) + " or act_o " + std::to_string(int(t.act_o)) +
                  " high with no error and no command under way");
    int want = 0;
    if (h_.chance(0.7)) {
      send(uint8_t(pick(CIM_FPGA_CMD_INPUT + 1, 255)));
      want |= 4;
    }
    if (h_.chance(0.7)) {
      send(uint8_t(h_.rng()() & 0xFF), /*stop=*/false);
      want |= 2;
    }
    const fpga_proto::Bytes cfg = fpga_proto::tile_cfg(31, uint32_t(h_.rng()() & 0xFFFF));
    send(cfg[0]);
    for (int i = 0; i < 2 * CPB; ++i) tick();  // the command byte is parsed
    if (!t.act_o) return fail("act_o low while a command's arguments are awaited");
    send(fpga_proto::Bytes(cfg.begin() + 1, cfg.end()));
    for (int i = 0; i < 2 * CPB; ++i) tick();
    if (t.act_o) return fail("act_o high after the command's last argument");
    if (bool(t.err_o) != (want != 0)) return fail("err_o does not show the status bits " + std::to_string(want));
    if (!ping(want)) return false;
    if (t.err_o) return fail("err_o high after a ping cleared the status");
    ++errors_;
    return true;
  }

  // A ping sent as a reply byte of the outstanding vectors (`expected` bytes in all) starts, just before a
  // reset: its reply then often waits (ping_q) behind the output word being sent, and the reset must drop it
  // (a reply after the reset would be read as the next reply's bytes).
  bool ping_behind_reply(size_t expected) {
    if (rx_.size() + size_t(rx_phase_ >= 0) >= expected) return true;  // no reply byte still to come
    while (rx_phase_ >= 0) tick();
    for (long wait = 0; rx_phase_ < 0; ++wait) {  // the next reply byte's start bit
      if (wait > kMaxGap) return no_reply();
      tick();
    }
    exact_timing_ = true;
    send(fpga_proto::ping());
    exact_timing_ = false;
    // The board takes the command a few cycles after the stop bit's middle (its receiver's synchronizer and
    // counter); the reply byte being sent ends about a bit time after the ping's, so ping_q then waits a byte.
    for (int i = 0; i < CPB + 4; ++i) tick();
    ++pings_at_reset_;
    return true;
  }

  // A ping whose reply must show status `want` (it clears the status).
  bool ping(int want = 0) {
    send(fpga_proto::ping());
    std::vector<uint8_t> r;
    if (!receive(2, r)) return false;
    if (r[0] != CIM_FPGA_PING_MAGIC) return fail("ping reply " + std::to_string(r[0]));
    if (r[1] != want) return fail("status " + std::to_string(r[1]) + ", want " + std::to_string(want));
    return true;
  }

  // A random layer: registers always, weights when `weights` (else the previous cells stay, so the
  // layer keeps the previous crossbar and only its ADC settings change). rows > 0: that many rows, the
  // smallest PW and every neuron.
  void new_layer(bool weights, int rows = 0) {
    ++layers_;
    if (!weights && L_ && L_->xb) {
      settings(*L_);
      registers(*L_);
      return;
    }
    auto L = std::make_unique<Layer>();
    L->pi = pick(1, PI);
    L->in_signed = h_.chance(0.5);
    L->pw = rows > 0 ? kPwMin : pick(kPwMin, PW);
    L->rows = rows > 0 ? rows : h_.chance(0.5) ? R : pick(1, R);
    L->neurons = h_.chance(0.5) || rows > 0 ? max_neurons(L->pw) : pick(1, max_neurons(L->pw));
    settings(*L);
    load(std::move(L));
    registers(*L_);
  }

  // After a reset (at_reset_values_): a full-size layer on the registers' reset values (README: PI, unsigned, PW, k = 0,
  // uniform, all rows and neurons; the emulator's k and noise 0). Only the weights are sent.
  void default_layer() {
    ++layers_;
    ++default_layers_;
    auto L = std::make_unique<Layer>();
    tile_reset_values(*L, PI, PW, R, max_neurons(PW));
    load(std::move(L));
  }

  static int max_neurons(int pw) { return COLS / (J_of(pw) * SETS); }

  // Random weights for the layer's precision, rows and neurons, sent to the emulator; L becomes the layer.
  void load(std::unique_ptr<Layer> L) {
    cim::Layer lay;
    lay.PI = L->pi;
    lay.in_signed = L->in_signed;
    lay.PD = PD;
    lay.PW = L->pw;
    lay.PR = PR;
    lay.enc = kEnc;
    std::vector<std::vector<int64_t>> W(static_cast<size_t>(L->rows), std::vector<int64_t>(static_cast<size_t>(L->neurons)));
    const int64_t lo = cim::w_min(L->pw, kEnc), hi = cim::w_max(L->pw, kEnc);
    for (auto& row : W)
      for (auto& w : row) w = lo + int64_t(h_.rng()() % uint64_t(hi - lo + 1));
    L->xb = std::make_unique<cim::Crossbar>(lay, W, cim::NonIdeal{});
    send(fpga_proto::weights(*L->xb));  // rows and columns past the layer's are 0
    L_ = std::move(L);
  }

  // The emulator's noise at its largest (m = 8, or 9..15 in its 4-bit field: it clamps to 8) or, in half of
  // the first rounds and a quarter of the others, its smallest (m = 1: -1 or 0 LSB per comparison), with a
  // random seed, on the current weights with k = 0 and uniform conversion (a saturating TRQ or gain setting can
  // make every output the same either way): within 4 vectors (8 at m = 1; measured: 78 rounds at m = 1 needed
  // at most 3) some output must differ from the ideal model's. Then the noise goes off again and the outputs
  // must match (the caller's vectors check that).
  bool noise() {
    L_->k = 0;
    L_->trq = cim::TrqSetting{};
    L_->table.clear();
    registers(*L_);
    send(fpga_proto::emu_cfg(CIM_FPGA_EMU_REG_SEED, uint32_t(h_.rng()() & 0xFFFF)));
    const int m = h_.chance(noise_rounds_ == 0 ? 0.5 : 0.25) ? 1 : h_.chance(0.5) ? 8 : pick(9, 15);
    send(fpga_proto::emu_cfg(CIM_FPGA_EMU_REG_NOISE, uint32_t(m)));
    bool differs = false;
    for (int i = 0; i < (m == 1 ? 8 : 4) && !differs; ++i) {
      const auto x = send_vector();
      std::vector<int64_t> y;
      if (!read_outputs(y)) return false;
      differs = y != model(x).y;
    }
    if (!differs) return fail("emulator noise on (m = " + std::to_string(m) + "): the outputs all equal the ideal model's");
    // The same seed gives the same noise: with exact host timing (no gaps, glitches or skewed bits), the seed
    // written again before the same vector must give the same outputs.
    const uint32_t seed = uint32_t(h_.rng()() & 0xFFFF);
    const auto x = random_input();
    std::vector<int64_t> y[2];
    exact_timing_ = true;
    for (auto& yr : y) {
      send(fpga_proto::emu_cfg(CIM_FPGA_EMU_REG_SEED, seed));
      send(fpga_proto::input(x, L_->pi));
      if (!read_outputs(yr)) return false;
    }
    exact_timing_ = false;
    if (y[0] != y[1]) return fail("emulator noise: the same seed and vector, sent with the same timing, gave different outputs");
    send(fpga_proto::emu_cfg(CIM_FPGA_EMU_REG_NOISE, 0));
    ++noise_rounds_;
    return true;
  }

  // An overrun: a one-row layer with every neuron, where a vector takes 4 bytes in and more out, and vectors
  // sent without waiting for their results, until an input byte is lost (err_o). When the board has sent
  // what it had, a ping must report status bit 0 alone. The results are not checked; the caller loads a new
  // layer. (Configurations with 4 or fewer output bytes per vector cannot be overrun this way.)
  static bool can_overrun() { return max_neurons(kPwMin) * YB > 4; }
  bool overrun() {
    auto& t = h_.top();
    new_layer(true, 1);
    int sent = 0;
    for (; sent < 64 && !t.err_o; ++sent) send_vector();
    if (!t.err_o) return fail("64 one-row vectors sent without reading their results: no input byte lost (err_o low)");
    for (long quiet = 0; quiet < 40L * 10 * CPB; ++quiet) {
      const size_t have = rx_.size();
      tick();
      if (rx_.size() != have || rx_phase_ >= 0) quiet = 0;
    }
    rx_.clear();
    if (!ping(1)) return false;
    ++overruns_;
    return true;
  }

  void settings(Layer& L) {
    L.k = pick(0, KMAX);
    L.trq = cim::TrqSetting{};
    L.table.clear();
    if (kTrq && h_.chance(0.6)) {
      L.trq.trq = true;
      L.trq.order = h_.chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
      L.trq.bexp = pick(1, N - 1);
      L.trq.s1 = pick(0, L.trq.bexp - 1);
      L.trq.s2 = pick(L.trq.s1, L.trq.order == cim::SearchOrder::MsbFirst ? L.trq.bexp : N - 1);
      if (kTbl > 0 && h_.chance(0.5))
        for (int i = 0; i < kTbl; ++i) {
          cim::TrqSetting e;
          e.trq = h_.chance(0.8);
          e.order = h_.chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
          e.bexp = pick(1, N - 1);
          e.s1 = pick(0, e.bexp - 1);
          e.s2 = pick(e.s1, e.order == cim::SearchOrder::MsbFirst ? e.bexp : N - 1);
          L.table.push_back(e);
        }
    }
  }

  void registers(const Layer& L) {
    at_reset_values_ = false;
    send(fpga_proto::layer_registers(L.pi, L.in_signed, L.pw, L.k, L.trq, L.table, L.rows, L.neurons));
  }

  std::vector<int64_t> random_input() {
    const auto& L = *L_;
    std::vector<int64_t> x;
    for (int r = 0; r < L.rows; ++r)
      x.push_back(cim::x_min(L.pi, L.in_signed) +
                  int64_t(h_.rng()() % uint64_t(cim::x_max(L.pi, L.in_signed) - cim::x_min(L.pi, L.in_signed) + 1)));
    return x;
  }

  std::vector<int64_t> send_vector() {
    const auto x = random_input();
    send(fpga_proto::input(x, L_->pi));
    return x;
  }

  // The model's run of the current layer on x (noise off: the ideal crossbar).
  cim::LayerRun model(const std::vector<int64_t>& x) const {
    const auto& L = *L_;
    cim::AdcConfig adc;
    adc.N = N;
    adc.k = L.k;
    adc.setting = kTrq ? cim::hw_setting(N, L.trq) : cim::TrqSetting{};
    for (const auto& e : L.table) adc.table.push_back(cim::hw_setting(N, e));
    return cim::run_layer(*L.xb, x, adc, 0);
  }

  // One vector's output neurons from the board.
  bool read_outputs(std::vector<int64_t>& y) {
    std::vector<uint8_t> bytes;
    if (!receive(size_t(L_->neurons) * YB, bytes)) return false;
    y.clear();
    for (int c = 0; c < L_->neurons; ++c) y.push_back(fpga_proto::output(bytes, c));
    return true;
  }

  bool check(const std::vector<int64_t>& x) {
    const auto& L = *L_;
    const auto run = model(x);
    std::vector<int64_t> y;
    if (!read_outputs(y)) return false;
    const bool lossless = L.k == 0 && !L.trq.trq && N >= cim::nreq(PD, PR, L.rows);
    for (int c = 0; c < L.neurons; ++c) {
      if (y[size_t(c)] != run.y[size_t(c)])
        return fail("neuron " + std::to_string(c) + ": board " + std::to_string(y[size_t(c)]) + ", model " +
                    std::to_string(run.y[size_t(c)]));
      if (lossless) {
        if (y[size_t(c)] != run.exact[size_t(c)])
          return fail("lossless layer: board " + std::to_string(y[size_t(c)]) + ", exact " +
                      std::to_string(run.exact[size_t(c)]));
        ++exact_;
      }
      ++outputs_;
    }
    return true;
  }

  Harness<Vcim_fpga> h_;
  std::unique_ptr<Layer> L_;
  bool line_ = true, bad_stop_ = false;
  std::deque<uint8_t> rx_;
  int rx_phase_ = -1, rx_count_ = 0;
  uint32_t rx_byte_ = 0;
  bool at_reset_values_ = false;  // no layer register written since the last reset
  bool exact_timing_ = false;     // host bytes back to back at the nominal bit time
  long default_layers_ = 0, overruns_ = 0, noise_rounds_ = 0;
  long pings_at_reset_ = 0;  // pings sent just before a reset, behind a reply
  long errors_ = 0, cycle_ = 0, guard_ = 0, outputs_ = 0, exact_ = 0, layers_ = 0, resets_ = 0, tx_bytes_ = 0, rx_bytes_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  return run_seeds(argc, argv, "cim_fpga driven over its UART by the host protocol", 2, 20,
                   [](uint64_t seed, int vectors) { return Host(seed).run(vectors); });
}
