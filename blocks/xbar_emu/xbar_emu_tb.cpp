// Verilator testbench of the crossbar emulator (xbar_emu) against the
// behavioural crossbar model: it loads a random layer's cell levels
// (Crossbar::cell of an ideal crossbar, in the model's column layout) through
// the load port, then plays cim_tile's side of the analog interface: each
// slice drives the rows for SETTLE + 1 cycles (SETTLE >= MIN_SETTLE, the emulator's
// documented minimum) with the model's slice codes, then every ADC lane
// converts a prefix of its columns, one or more comparisons per column with
// random DAC codes. Every answer must equal the model's ideal comparator
// (Crossbar::v >= dac) on the layer's columns, and the integer rule
// (sum + noise >= dac << k) everywhere, with the noise replayed from the
// documented LFSR when it is on. Unused rows carry random DAC codes with the
// word line off; unused columns carry random cells. Loads go in random order
// with gaps and stray writes (past the last column of a group, or to a lane
// past the last ADC); k and the noise register get out-of-range values
// (clamped); resets come in the middle of
// slices (the weights survive them, the registers do not).
//   Vxbar_emu [--seeds S] [--vectors V]   V slices per seed
#include "Vxbar_emu.h"
#include "cim.hpp"
#include "crossbar.hpp"
#include "bits.hpp"
#include "harness.hpp"
#include "xbar_emu.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace {

constexpr int R = XBAR_EMU_R, COLS = XBAR_EMU_COLS, PD = XBAR_EMU_PD, PR = XBAR_EMU_PR, N = XBAR_EMU_N,
              NADC = XBAR_EMU_NADC, KMAX = XBAR_EMU_KMAX, G = int(XBAR_EMU_G), CSW = int(XBAR_EMU_COLSEL_W),
              CHUNK_ROWS = int(XBAR_EMU_W_CHUNK_ROWS), CHUNKS = int(XBAR_EMU_W_CHUNKS),
              G_LSB = int(XBAR_EMU_W_G_LSB), LANE_LSB = int(XBAR_EMU_W_LANE_LSB),
              LANES = 1 << (int(XBAR_EMU_W_ADDR_W) - LANE_LSB),  // values of the address's lane field
              MIN_SETTLE = int(XBAR_EMU_MIN_SETTLE), NOISE_MAX = int(XBAR_EMU_NOISE_MAX);

uint16_t lane_seed(uint16_t seed, int a) {
  return uint16_t((seed ^ ((uint64_t(a + 1) * uint64_t(XBAR_EMU_LANE_SEED_MUL)) & 0xFFFF)) | 1);
}

class Bench {
 public:
  explicit Bench(uint64_t seed)
      : h_(seed), lfsr_(size_t(NADC)), noise_(size_t(NADC), 0), cells_(size_t(R) * COLS) {}

  int run(int slices) {
    reset();
    load_layer();
    for (int s = 0; s < slices; ++s) {
      if (h_.chance(0.05)) load_layer();
      if (h_.chance(0.2)) configure();
      if (!slice()) return 1;
    }
    std::printf("xbar_emu tb: R=%d COLS=%d PD=%d PR=%d N=%d NADC=%d KMAX=%d: %d slices, %ld comparisons (%ld on "
                "the model's columns, %ld with noise), %ld layers, %ld resets\n",
                R, COLS, PD, PR, N, NADC, KMAX, slices, compares_, model_compares_, noisy_, layers_, resets_);
    return 0;
  }

 private:
  int pick(int lo, int hi) { return lo + int(h_.rng()() % uint64_t(hi - lo + 1)); }

  bool fail(const std::string& why) {
    std::printf("FAIL cycle %ld: %s\n", cycle_, why.c_str());
    return false;
  }

  void quiet() {
    auto& t = h_.top();
    t.cfg_we_i = 0;
    t.w_we_i = 0;
    drive_off();
  }

  void drive_off() {
    auto& t = h_.top();
    set_bits(t.adc_cmp_en_i, 0, NADC, 0);
    set_bits(t.wl_en_i, 0, R, 0);
    for (int r = 0; r < R; ++r) set_bits(t.dac_row_i, r * PD, PD, h_.rng()() & mask(PD));  // ignored
  }

  // One clock edge, with the LFSR replica advanced the way the RTL does; a comparison's noise comes
  // from the LFSR and noise register of the cycle before.
  void tick() {
    auto& t = h_.top();
    const bool seed_we = t.cfg_we_i && t.cfg_addr_i == XBAR_EMU_REG_SEED;
    for (int a = 0; a < NADC; ++a) {
      uint16_t& l = lfsr_[size_t(a)];
      noise_[size_t(a)] = m_ > 0 ? int64_t(int8_t(l & 0xFF)) >> (8 - m_) : 0;
      if (seed_we)
        l = lane_seed(uint16_t(t.cfg_wdata_i), a);
      else
        l = uint16_t((l >> 1) ^ ((l & 1) ? XBAR_EMU_LFSR_POLY : 0));
    }
    if (t.cfg_we_i && t.cfg_addr_i == XBAR_EMU_REG_K) k_ = std::min<int>(t.cfg_wdata_i & 15, KMAX);
    if (t.cfg_we_i && t.cfg_addr_i == XBAR_EMU_REG_NOISE) m_ = std::min<int>(t.cfg_wdata_i & 15, NOISE_MAX);
    if (std::getenv("XBAR_EMU_TB_DEBUG"))
      std::printf("cycle %ld: wl0 %d en %d col %d cmp %d dac %x\n", cycle_, int(get_bit(t.wl_en_i, 0)),
                  int(t.adc_cmp_en_i), int(t.adc_col_i & 0xff), int(t.adc_cmp_o), unsigned(t.adc_dac_i));
    h_.tick();
    ++cycle_;
  }

  void reset() {
    h_.reset(1 + pick(0, 2), [&] { quiet(); });
    for (int a = 0; a < NADC; ++a) lfsr_[size_t(a)] = lane_seed(1, a);
    std::fill(noise_.begin(), noise_.end(), 0);
    k_ = 0;
    m_ = 0;
  }

  // A random ideal layer mapped in the model's layout; cells of the other rows and columns random.
  void load_layer() {
    ++layers_;
    auto& rng = h_.rng();
    cim::Layer L;
    L.PD = PD;
    L.PR = PR;
    L.PI = pick(1, 8);
    L.in_signed = h_.chance(0.5);
    L.enc = static_cast<cim::WEnc>(pick(0, 2));
    L.PW = pick(L.enc == cim::WEnc::Differential ? 2 : 1, 8);
    while (L.PW > 1 && cim::num_weight_cols(L.PW, PR, L.enc) * cim::num_col_sets(L.enc) > COLS) --L.PW;
    if (cim::num_weight_cols(L.PW, PR, L.enc) * cim::num_col_sets(L.enc) > COLS || L.PW < 2)
      L.enc = cim::WEnc::Unsigned;
    const int per = cim::num_weight_cols(L.PW, PR, L.enc) * cim::num_col_sets(L.enc);
    const int rows = h_.chance(0.5) ? R : pick(1, R), neurons = pick(1, COLS / per);
    std::vector<std::vector<int64_t>> W(static_cast<size_t>(rows), std::vector<int64_t>(static_cast<size_t>(neurons)));
    for (auto& row : W)
      for (auto& w : row) w = cim::w_min(L.PW, L.enc) + int64_t(rng() % uint64_t(cim::w_max(L.PW, L.enc) - cim::w_min(L.PW, L.enc) + 1));
    xb_ = std::make_unique<cim::Crossbar>(L, W, cim::NonIdeal{});
    for (int col = 0; col < COLS; ++col)
      for (int r = 0; r < R; ++r)
        cells_[size_t(col) * R + r] = (r < rows && col < xb_->columns()) ? uint32_t(xb_->cell(r, col))
                                                                         : uint32_t(rng() & mask(PR));
    // Every word once, in random order, with gaps and stray writes past the groups' ends.
    std::vector<std::pair<int, int>> words;
    for (int col = 0; col < COLS; ++col)
      for (int h = 0; h < CHUNKS; ++h) words.push_back({col, h});
    std::shuffle(words.begin(), words.end(), rng);
    auto& t = h_.top();
    for (const auto& [col, h] : words) {
      while (h_.chance(0.2)) {
        t.w_we_i = 0;
        tick();
      }
      const int a = col / G, g = col % G;
      uint32_t word = 0;
      for (int i = 0; i < CHUNK_ROWS; ++i) {
        const int r = h * CHUNK_ROWS + i;
        word |= (r < R ? cells_[size_t(col) * R + r] : uint32_t(rng() & mask(PR))) << (i * PR);
      }
      if (CHUNK_ROWS * PR < 16) word |= uint32_t(rng() << (CHUNK_ROWS * PR)) & 0xFFFF;  // unused bits
      t.w_we_i = 1;
      t.w_addr_i = uint32_t((uint64_t(a) << LANE_LSB) | (uint64_t(g) << G_LSB) | uint64_t(h));
      t.w_data_i = word & 0xFFFF;
      tick();
      if (G < (1 << CSW) && h_.chance(0.1)) {  // past the group's last column: ignored
        t.w_addr_i = uint32_t((uint64_t(a) << LANE_LSB) | (uint64_t(pick(G, (1 << CSW) - 1)) << G_LSB) | uint64_t(h));
        t.w_data_i = uint32_t(rng() & 0xFFFF);
        tick();
      }
      if (LANES > NADC && h_.chance(0.1)) {  // a lane past the last ADC: ignored
        t.w_addr_i = uint32_t((uint64_t(pick(NADC, LANES - 1)) << LANE_LSB) |
                              (uint64_t(pick(0, (1 << CSW) - 1)) << G_LSB) | uint64_t(h));
        t.w_data_i = uint32_t(rng() & 0xFFFF);
        tick();
      }
    }
    t.w_we_i = 0;
    x_.clear();
    for (int r = 0; r < rows; ++r) x_.push_back(cim::x_min(L.PI, L.in_signed) + int64_t(rng() % uint64_t(cim::x_max(L.PI, L.in_signed) - cim::x_min(L.PI, L.in_signed) + 1)));
    t_ = 0;
  }

  void configure() {
    auto& t = h_.top();
    auto write = [&](int addr, uint32_t data) {
      t.cfg_we_i = 1;
      t.cfg_addr_i = uint32_t(addr);
      t.cfg_wdata_i = data;
      tick();
      t.cfg_we_i = 0;
    };
    write(XBAR_EMU_REG_K, uint32_t(h_.chance(0.1) ? pick(0, 15) : pick(0, KMAX)));
    write(XBAR_EMU_REG_NOISE, uint32_t(h_.chance(0.6) ? 0 : pick(1, 15)));
    if (h_.chance(0.5)) write(XBAR_EMU_REG_SEED, uint32_t(h_.rng()() & 0xFFFF));
  }

  // One slice: drive, sample, conversions on every lane.
  bool slice() {
    auto& t = h_.top();
    const auto& L = xb_->layer();
    const int T = cim::num_slices(L.PI, L.in_signed, PD);
    if (t_ >= T) {  // next vector
      for (auto& x : x_) x = cim::x_min(L.PI, L.in_signed) + int64_t(h_.rng()() % uint64_t(cim::x_max(L.PI, L.in_signed) - cim::x_min(L.PI, L.in_signed) + 1));
      t_ = 0;
    }
    std::vector<uint32_t> drive(size_t(R), 0);
    for (int r = 0; r < int(x_.size()); ++r) drive[size_t(r)] = cim::slice_value(x_[size_t(r)], t_, L.PI, L.in_signed, PD);
    const int settle = pick(MIN_SETTLE, MIN_SETTLE + 2);
    for (int c = 0; c <= settle; ++c) {
      for (int r = 0; r < R; ++r) {
        const bool on = r < int(x_.size());
        set_bits(t.wl_en_i, r, 1, on);
        set_bits(t.dac_row_i, r * PD, PD, on ? drive[size_t(r)] : (h_.rng()() & mask(PD)));
      }
      tick();
    }
    drive_off();
    // Column sums of this slice (integer rule).
    std::vector<int64_t> sum(size_t(COLS), 0);
    for (int col = 0; col < COLS; ++col)
      for (int r = 0; r < int(x_.size()); ++r) sum[size_t(col)] += int64_t(drive[size_t(r)]) * cells_[size_t(col) * R + r];
    // Every lane converts a prefix of its columns.
    std::vector<int> ncol(static_cast<size_t>(NADC)), col(static_cast<size_t>(NADC), 0), left(static_cast<size_t>(NADC), 0);
    const int prefix = pick(1, G);
    for (int a = 0; a < NADC; ++a) ncol[size_t(a)] = h_.chance(0.7) ? prefix : pick(0, G);
    // As in the tile, ADC 0 always converts (the first neuron's columns): the drive is off for at least
    // a cycle between slices, and its rise starts the next slice's sums.
    ncol[0] = std::max(ncol[0], 1);
    for (;;) {
      bool any = false;
      for (int a = 0; a < NADC; ++a) {
        if (left[size_t(a)] == 0 && col[size_t(a)] < ncol[size_t(a)]) left[size_t(a)] = pick(1, N);
        any = any || left[size_t(a)] > 0;
      }
      if (!any) {
        set_bits(t.adc_cmp_en_i, 0, NADC, 0);  // no comparisons until the next slice's conversions
        break;
      }
      std::vector<uint32_t> dac(size_t(NADC), 0);
      for (int a = 0; a < NADC; ++a) {
        dac[size_t(a)] = uint32_t(h_.rng()() & mask(N));
        set_bits(t.adc_col_i, a * CSW, CSW, left[size_t(a)] > 0 ? uint64_t(col[size_t(a)]) : h_.rng()() & mask(CSW));
        set_bits(t.adc_dac_i, a * N, N, dac[size_t(a)]);
        set_bits(t.adc_cmp_en_i, a, 1, left[size_t(a)] > 0);
      }
      t.eval();
      for (int a = 0; a < NADC; ++a) {
        if (left[size_t(a)] == 0) continue;
        const int pc = a * G + col[size_t(a)];
        const int64_t noise = noise_[size_t(a)];
        const bool want = sum[size_t(pc)] + noise >= (int64_t(dac[size_t(a)]) << k_);
        const bool got = get_bit(t.adc_cmp_o, a);
        if (got != want)
          return fail("ADC " + std::to_string(a) + " column " + std::to_string(pc) + " slice " + std::to_string(t_) +
                      ": cmp " + std::to_string(got) + ", sum " + std::to_string(sum[size_t(pc)]) + " noise " +
                      std::to_string(noise) + " dac " + std::to_string(dac[size_t(a)]) + " k " + std::to_string(k_));
        if (pc < xb_->columns() && noise == 0) {  // the model's ideal comparator on its own columns
          const int J = cim::num_weight_cols(L.PW, PR, L.enc), S = cim::num_col_sets(L.enc);
          const int j = pc % J, set = (pc / J) % S, c = pc / (J * S);
          const double v = xb_->v(x_, t_, j, set, c, k_, 0);
          if ((v >= double(dac[size_t(a)])) != got)
            return fail("column " + std::to_string(pc) + ": cmp " + std::to_string(got) + ", model v " +
                        std::to_string(v) + " dac " + std::to_string(dac[size_t(a)]));
          ++model_compares_;
        }
        if (noise != 0) ++noisy_;
        ++compares_;
        if (--left[size_t(a)] == 0) ++col[size_t(a)];
      }
      tick();
      if (h_.chance(0.0005)) {  // reset in the middle of the conversions: this slice is over
        reset();
        ++resets_;
        return true;
      }
    }
    ++t_;
    while (h_.chance(0.3)) tick();
    return true;
  }

  Harness<Vxbar_emu> h_;
  std::vector<uint16_t> lfsr_;
  std::vector<int64_t> noise_;  // this cycle's noise per lane
  std::vector<uint32_t> cells_;  // column-major cell levels as loaded
  std::unique_ptr<cim::Crossbar> xb_;
  std::vector<int64_t> x_;
  int t_ = 0, k_ = 0, m_ = 0;
  long cycle_ = 0, compares_ = 0, model_compares_ = 0, noisy_ = 0, layers_ = 0, resets_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  return run_seeds(argc, argv, "xbar_emu against the crossbar model", 3, 500,
                   [](uint64_t seed, int vectors) { return Bench(seed).run(vectors); });
}
