// cim_tile: the digital side of one ReRAM crossbar array running a layer
// (issue 5). It takes input vectors on a stream, drives them slice by slice
// through the row DACs, samples the bit lines, converts the active columns on
// NADC shared SAR ADCs (trq_sar instances, one comparison per clock, columns
// multiplexed per ADC), shift-and-adds the conversions into one signed dot
// product per neuron (SPEC.md section 2) and offers the results on a stream.
//
// Dataflow per input vector (one slice t after the other, LSB first):
//   SETTLE cycles   row DACs and word lines driven with slice t
//   1 SAMPLE cycle  sh_o: the bit lines are sampled and held
//   CONV            each ADC converts its active columns back to back
// A vector takes T * (SETTLE + 1 + most comparisons of one ADC) cycles plus
// two cycles to close it, plus (T - 1) * START_REG: with START_REG = 1 the
// next slice starts one cycle later, from a register (conv_done_q), so the
// ADCs' last comparison does not reach the row drive's load enable. Each
// conversion is accumulated into its physical column (sgn(t) * rec << b_t);
// when the vector closes, the column sums are
// copied to the output bank and combined per neuron
// (sum over sets and j of (-1)^set * col << j*PR, minus the offset
// correction) while the next vector already runs. Inputs are double
// buffered: the next vector is taken while the current one is converted.
#include "block.hpp"
#include "cim.hpp"
#include "crossbar.hpp"
#include "fast.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <random>

namespace cimgen {

const Block& trq_sar_block();

namespace {

using namespace vlog;

// The low w bits of a ew-bit expression (Verilog cannot part-select an
// expression, so it goes through a named wire).
// The dropped bits are collected in `dropped` and marked unused once.
Expr low_bits(Module& m, std::vector<Expr>& dropped, const std::string& name, const Expr& e, int ew, int w) {
  if (w > ew) throw std::logic_error("low_bits: widening");
  const Expr full = m.wire(name, ew);
  m.assign(full, e);
  if (w == ew) return full;
  dropped.push_back(full.slice(ew - 1, w));
  return full.slice(w - 1, 0);
}

// A slice's geometry, in kSliceW-bit numbers (the design's slice registers and the formal properties use
// the same): the bits of x below the sign bit (signed) or PI; the width of the slice at b_t, min(PD,
// lim - b_t), or 1 for the sign slice; and its DAC bit mask's (PD + 1)-bit form, (1 << width) - 1.
constexpr int kSliceW = 5;
Expr slice_lim(const Expr& pi, const Expr& sgn) {
  return mux(sgn, zext(pi, 4, kSliceW) - lit(kSliceW, 1), zext(pi, 4, kSliceW));
}
Expr slice_width(const Expr& bt, const Expr& sign, const Expr& lim, int PD) {
  const Expr pd = lit(kSliceW, uint64_t(PD));
  return mux(sign, lit(kSliceW, 1), mux(bt + pd > lim, lim - bt, pd));
}
Expr slice_mask_full(const Expr& width, int PD) { return (lit(PD + 1, 1) << width) - lit(PD + 1, 1); }

// out = in[sel] as a combinational case (sel past the end gives in[0]).
void select(Module& m, const Expr& out, const Expr& sel, int selw, const std::vector<Expr>& in) {
  if (in.size() == 1) {
    m.always_comb([&](Body& b) { b.assign(out, in[0]); });
    return;
  }
  m.always_comb([&](Body& b) {
    std::vector<std::pair<std::vector<Expr>, Body::Fill>> items;
    for (size_t i = 1; i < in.size(); ++i)
      items.push_back({{lit(selw, uint64_t(i))}, [&, i](Body& c) { c.assign(out, in[i]); }});
    b.case_(sel, items, [&](Body& c) { c.assign(out, in[0]); });
  });
}

// Generation-time shape of a tile.
struct Shape {
  int R, COLS, PD, PR, PI, PW, N, NADC, TRQ, SETTLE, KMAX, TBL, SREG;
  cim::WEnc enc;
  int SETS, G, pwmin;
  int piw, pww, kw, rw, nw, cw, gw, bw, xw, aw, yw, jw;
  int J(int pw) const { return cim::num_weight_cols(pw, PR, enc); }
  int neurons(int pw) const { return COLS / (J(pw) * SETS); }
};

Shape shape_of(const Params& p) {
  Shape s;
  s.R = p.get("R");
  s.COLS = p.get("COLS");
  s.PD = p.get("PD");
  s.PR = p.get("PR");
  s.PI = p.get("PI");
  s.PW = p.get("PW");
  s.N = p.get("N");
  s.NADC = p.get("NADC");
  s.TRQ = p.get("TRQ");
  s.SETTLE = p.get("SETTLE");
  s.KMAX = p.get("KMAX");
  s.TBL = p.get("TRQ_TABLE");
  s.SREG = p.get("START_REG");
  s.enc = spec::weight_encoding(p);
  s.SETS = cim::num_col_sets(s.enc);
  s.G = s.COLS / s.NADC;
  s.pwmin = s.enc == cim::WEnc::Differential ? 2 : 1;
  s.piw = bits_for(uint64_t(s.PI));
  s.pww = bits_for(uint64_t(s.PW));
  s.kw = bits_for(uint64_t(s.KMAX));
  s.rw = bits_for(uint64_t(s.R));
  s.nw = bits_for(uint64_t(s.neurons(s.pwmin)));
  s.cw = bits_for(uint64_t(s.COLS));
  s.gw = bits_for(uint64_t(s.G - 1));
  s.bw = bits_for(uint64_t(s.PI - 1));
  s.jw = bits_for(uint64_t(s.J(s.PW)));
  // Input sum: R values of PI bits, signed.
  s.xw = signed_bits_for(-(int64_t(s.R) << (s.PI - 1)), int64_t(s.R) * ((int64_t(1) << s.PI) - 1));
  // Column sum: |sum_t +-rec << b_t| < 2^(N+KMAX) * 2^PI.
  s.aw = s.N + s.KMAX + s.PI + 1;
  // Output: SETS * sum_j col << j*PR plus the offset correction.
  const int64_t colmax = int64_t(1) << (s.N + s.KMAX + s.PI);
  int64_t ymax = 0;
  for (int pw = s.pwmin; pw <= s.PW; ++pw) {
    int64_t sj = 0;
    for (int j = 0; j < s.J(pw); ++j) sj += int64_t(1) << (j * s.PR);
    ymax = std::max(ymax, s.SETS * colmax * sj + (int64_t(1) << (pw - 1)) * int64_t(s.R) * (int64_t(1) << s.PI));
  }
  s.yw = signed_bits_for(-ymax, ymax);
  return s;
}

// The signals of a tile its formal properties observe.
// The compute sequencer's state codes; a state a configuration lacks (SETTLE with SETTLE = 0, FIN with
// START_REG) is not declared and its code stays unused.
enum StateCode { kIdle, kSettle, kSample, kConv, kFin, kClose, kStates };
const char* const kStateNames[kStates] = {"StIdle", "StSettle", "StSample", "StConv", "StFin", "StClose"};

struct TileView {
  std::vector<Expr> states;  // by StateCode: the state's localparam, or its code where undeclared
  Expr clk, rst_n, st, out_valid, out_ready, out_data, out_last, cmp_en, wl, dac, in_take, in_ready;
  Expr full0, full1, cbank, fbank, fcnt, f_rows, ob_full, lanes_done, start_close;
  Expr done;  // START_REG: conv_done_q
  std::vector<Expr> iss, cnt, start, ready;
  Expr o_n, o_neur, o_j, o_jj, o_set, o_acc, o_term, o_lane, o_g, o_step;
  Expr cfg_wait;
  // Registered copies of settings and what they copy: equal once cfg_wait <= 1 (stage 1) or
  // cfg_wait = 0 (stage 2).
  std::vector<std::pair<Expr, Expr>> stage1, stage2;
  struct Bank {
    Expr full, neur, j, rows, pi, k, sgn, fmask, fwidth;
    std::vector<Expr> lcnt;
  };
  Bank bank[2];
  // Column sums: per ADC its two memories, their read registers, the column of its next result and
  // its result strobe; the half that accumulates, and the slice (b_t, first) of this cycle's results.
  struct Lane {
    Expr mem[2], rd[2], res, valid;
  };
  std::vector<Lane> lanes;
  Expr hsel, first, first_d, bt_d, v_close;
  // Slice stepping: b_t, the next slice's (registered and combinational), the last-slice flags.
  Expr bt, nbt_q, next_bt, last_q, last_slice;
};
void emit_formal(Module& m, const Shape& s, const TileView& t);

// Most comparisons of one conversion: N, or N + 1 for a TRQ threshold-order search in R2.
int most_cmps(const Shape& s) { return s.N + s.TRQ; }
// k-induction sees a whole conversion, the settle cycles before it and the sample cycle.
int formal_depth(const Shape& s) { return most_cmps(s) + s.SETTLE + s.SREG + 4; }
// Reset, the register settle wait, two vectors in (the second while the first converts), the first
// one's slices (at most PI / PD + 1 of them), its close and its columns combined and sent.
int formal_cover_depth(const Shape& s) {
  const int slices = (s.PI + s.PD - 1) / s.PD + 1;
  return 4 + s.R + slices * (s.SETTLE + 1 + s.SREG + most_cmps(s) * s.G) + 2 + s.COLS + 4;
}

class CimTile final : public Block {
 public:
  std::string name() const override { return "cim_tile"; }
  std::string description() const override {
    return "one crossbar array's digital side: input slicing, DAC/S&H/ADC sequencing, shared TRQ SAR ADCs, "
           "shift-and-add, streams";
  }
  std::vector<ParamSpec> params() const override {
    return {
        spec::R(64, "crossbar rows", 1024),
        spec::COLS(64, "physical crossbar columns"),
        spec::PD(1, "DAC bits: input bits per slice"),
        spec::PR(1, "bits stored per ReRAM cell"),
        spec::PI(8, "largest run-time input precision"),
        spec::PW(8, "largest run-time weight precision"),
        spec::W_ENC(0, "weight encoding"),
        spec::N(8, "ADC resolution", 2),
        spec::NADC(2, "ADCs per array; each converts COLS/NADC columns"),
        ParamSpec::integer("TRQ", 1, 0, 1, "1: TRQ ADCs (run-time settings); 0: uniform-only ADCs"),
        ParamSpec::integer("SETTLE", 2, 0, 15, "bit-line settle cycles after the DACs are driven"),
        ParamSpec::integer("START_REG", 0, 0, 1,
                           "1: a slice starts one cycle after the last comparison of the one before, from a register "
                           "(one cycle more between slices; the comparator is off the row drive's load path)"),
        spec::KMAX(0, "largest run-time ADC gain shift k"),
        ParamSpec::integer("TRQ_TABLE", 0, 0, 16,
                           "TRQ settings per significance b_t + j*PR (0: one setting per layer; needs TRQ=1)"),
        spec::RST(),
    };
  }
  std::vector<Rule> rules() const override {
    return {
        spec::differential_needs_pw2(),
        {"TRQ_TABLE > 0 needs TRQ=1", {"TRQ_TABLE", "TRQ"},
         [](const Params& p) { return p.get("TRQ_TABLE") == 0 || p.get("TRQ") == 1; }},
        {"NADC divides COLS", {"NADC", "COLS"}, [](const Params& p) { return p.get("COLS") % p.get("NADC") == 0; }},
        {"COLS holds one neuron: COLS >= ceil(PWs/PR) * SETS (PWs = PW-1 and SETS = 2 for differential weights)",
         {"COLS", "PW", "PR", "w_enc"},
         [](const Params& p) {
           const Shape s = shape_of(p);
           return s.COLS >= s.J(s.PW) * s.SETS;
         },
         [](const Params& p) {
           const Shape s = shape_of(p);
           return fmt::format("a neuron needs {} columns", s.J(s.PW) * s.SETS);
         }},
    };
  }
  std::vector<Derived> values(const Params& p) const override {
    const Shape s = shape_of(p);  // Y_W <= 46 over the whole parameter space (the model's int64 holds it)
    cim::ShiftAddGen g;
    g.N = s.N;
    g.PD = s.PD;
    g.PR = s.PR;
    g.PImax = s.PI;
    g.PWmax = s.PW;
    g.R = s.R;
    g.Kmax = s.KMAX;
    g.enc = s.enc;
    return {
        {"SETS", s.SETS, "column sets (2 for differential weights)"},
        {"G", s.G, "columns per ADC"},
        {"T_MAX", cim::max_slices(g), "most input slices of a vector"},
        {"NEURONS_MAX", s.neurons(s.pwmin), "most neurons (at the smallest PW)"},
        {"Y_W", s.yw, "output width (two's complement)"},
        {"COLACC_W", s.aw, "column accumulator width"},
        {"X_W", s.piw > 0 ? s.PI : 1, "input element width (in_data_i)"},
        {"COLSEL_W", s.gw, "per-ADC column select width"},
        {"CFG_ADDR_W", 5, "configuration register address width"},
        {"REG_PREC", 0, "register: [3:0] PI, [4] in_signed, [11:8] PW"},
        {"REG_ADC", 1, "register: [3:0] k, [4] trq_en, [5] msb_first, [6] use the TRQ table"},
        {"REG_TRQ", 2, "register: [3:0] bexp, [7:4] s1, [11:8] s2"},
        {"REG_ROWS", 3, "register: active rows (1..R)"},
        {"REG_NEURONS", 4, "register: active neurons (1..COLS/(J*SETS))"},
        {"REG_TABLE", 8,
         "registers 8..8+TRQ_TABLE-1: TRQ setting of significance i (the last one also above): [3:0] bexp, "
         "[7:4] s1, [11:8] s2, [12] trq_en, [13] msb_first"},
        {"PREC_PI_LSB", 0, "REG_PREC field PI (4 bits)"},
        {"PREC_SIGNED_LSB", 4, "REG_PREC field in_signed (1 bit)"},
        {"PREC_PW_LSB", 8, "REG_PREC field PW (4 bits)"},
        {"ADC_K_LSB", 0, "REG_ADC field k (4 bits)"},
        {"ADC_TRQ_EN_LSB", 4, "REG_ADC field trq_en (1 bit)"},
        {"ADC_MSB_FIRST_LSB", 5, "REG_ADC field msb_first (1 bit)"},
        {"ADC_TABLE_EN_LSB", 6, "REG_ADC field: use the TRQ table (1 bit)"},
        {"TRQ_BEXP_LSB", 0, "REG_TRQ and table field bexp (4 bits)"},
        {"TRQ_S1_LSB", 4, "REG_TRQ and table field s1 (4 bits)"},
        {"TRQ_S2_LSB", 8, "REG_TRQ and table field s2 (4 bits)"},
        {"TABLE_TRQ_EN_LSB", 12, "table field trq_en (1 bit)"},
        {"TABLE_MSB_FIRST_LSB", 13, "table field msb_first (1 bit)"},
        {"FORMAL_DEPTH", formal_depth(s), "proof depth: BMC and k-induction (a conversion and its neighbours)"},
        {"FORMAL_COVER_DEPTH", formal_cover_depth(s), "cover depth: two vectors in, the first one out"},
    };
  }
  std::vector<Campaign> campaigns() const override {
    return {
        {"formal_t2x4_diff_trq", 4, 30, 20},
        {"t8x8_diff", 4, 30, 20},
    };
  }

  std::vector<Config> sweep() const override {
    // A tile vector is a whole layer's worth of conversions: fewer of them per seed.
    std::vector<Config> c = {
        {"ref_64x64", {"R=64", "COLS=64", "N=8", "NADC=2", "TRQ=1", "SETTLE=2", "TRQ_TABLE=16"}, true, false},
        // The array of the Fashion-MNIST network (examples/fashion_mnist): its layer slice runs on it (ctest
        // network_rtl_slice).
        {"net_64x64_diff_pr2",
         {"R=64", "COLS=64", "N=8", "NADC=8", "TRQ=1", "SETTLE=2", "TRQ_TABLE=16", "w_enc=differential", "PR=2"}, false,
         false},
        {"t8x8_diff", {"R=8", "COLS=8", "N=6", "NADC=2", "w_enc=differential", "PW=4", "PI=4", "KMAX=2"}, false,
         false},
        {"t12x6_offset_pd2_pr2",
         {"R=12", "COLS=6", "N=7", "NADC=3", "w_enc=offset", "PD=2", "PR=2", "PI=5", "PW=5", "SETTLE=0", "RST=sync",
          "START_REG=1"},
         false, false},
        {"t16x16_uniform", {"R=16", "COLS=16", "N=5", "NADC=4", "TRQ=0", "KMAX=3", "SETTLE=1"}, false, false},
        {"t5x3_n1adc", {"R=5", "COLS=3", "N=4", "NADC=1", "PI=3", "PW=3", "PR=3", "SETTLE=3", "TRQ_TABLE=2",
                        "START_REG=1"}, false,
         false},
        {"t1x1_pi1_pd4_pr4", {"R=1", "COLS=1", "PI=1", "PW=1", "N=2", "NADC=1", "PD=4", "PR=4"}, false, false},
        {"t3x4_g1_pd4", {"R=3", "COLS=4", "NADC=4", "PI=5", "PD=4", "PW=3", "SETTLE=1"}, false, false},
        {"t9x12_table", {"R=9", "COLS=12", "N=5", "NADC=3", "PI=6", "PW=6", "PR=2", "TRQ_TABLE=16", "KMAX=1"}, false,
         false},
        // Small enough for the proofs of make formal (k-induction with every input free).
        {"formal_t2x2_uniform", {"R=2", "COLS=2", "N=2", "NADC=1", "PI=2", "PW=2", "TRQ=0", "SETTLE=1"}, false, true},
        {"formal_t2x4_diff_trq",
         {"R=2", "COLS=4", "N=3", "NADC=2", "PI=2", "PW=2", "w_enc=differential", "KMAX=1", "SETTLE=0", "RST=sync",
          "START_REG=1"},
         false, true},
    };
    for (auto& x : c) x.vectors = 100;
    return c;
  }

  std::vector<Module> emit(const Params& p) const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
};

// The tile under construction. Each hardware unit is one method that declares its signals and logic, in
// the order they appear in cim_tile.v; what a later unit reads is a member.
class TileRtl {
 public:
  explicit TileRtl(const Params& p);
  std::vector<Module> build();

 private:
  // A setting of the vector being converted: bank cbank_q's copy.
  Expr cb(const Expr& e0, const Expr& e1) const { return mux(cbank, e1, e0); }
  // Lane a's first column in a slice is a*G: its weight column (a*G) mod J for the run-time J.
  Expr jstart(int a, const Expr& J) const;
  void ports();
  void config();
  void input_buffer();
  void sequencer_state();
  void table();
  void adc_lanes();
  void column_sums();
  void combine();
  void slice_control();
  void sequencer();
  void row_drive();
  void vector_control();
  void bank_registers();
  void rows();
  void slice_registers();
  void lane_registers();
  void combine_registers();
  TileView view() const;

  // TRQ settings packed as {msb_first, trq_en, s2, s1, bexp} (14 bits), as the table registers hold them.
  static constexpr int SW = 14;
  // Width of a slice's bit count (bits of x it drives).
  static constexpr int W = kSliceW;
  const Params& p;
  const Shape s;
  // The table entry of a conversion follows its significance b_t + j*PR when the table has more than one
  // entry; the lanes track the weight column j for it when a neuron has more than one.
  const bool tsig, tj, trq, diff, offset;
  const ResetStyle rst_style;
  const int lcw;  // per-ADC active column count width
  Module m{"cim_tile"};
  std::vector<Expr> dropped;  // high bits of wide intermediates (low_bits), marked unused at the end
  std::vector<Module> subs;   // the ADC lane module
  // ports
  Expr clk, rst_n, cfg_we, cfg_addr, cfg_wdata, in_valid, in_ready, in_data, out_valid, out_ready, out_data, out_last;
  Expr wl_en, dac_row, sh, adc_col, adc_dac, adc_cmp_en, adc_cmp, adc_k;
  // configuration registers, their clamped values and the two register stages after them
  Expr r_pi, r_signed, r_pw, r_k, r_set, r_tbl_en, r_rows, r_neur;
  Expr c_pi, c_pw, c_k, c_rows, c_neur, c_j;
  Expr p1_neur, p1_j, p1_rows, cfg_wait;
  std::vector<Expr> c_lcnt, p2_lcnt;
  // input double buffer
  struct Bank {
    Expr full, pi, sgn, pw, k, set, tbl_en, rows, neur, j, xsum, on;
    Expr fmask, fwidth;  // the first slice's DAC bit mask and width
    std::vector<Expr> lcnt;
  };
  Bank bk[2];
  Expr fbank, fcnt, in_take, f_first, f_rows, f_xsum, in_val;
  std::vector<Expr> v_tbl;  // each table entry of the bank being converted
  // compute sequencer and slice stepping
  Expr cbank;
  std::optional<Fsm> fsm;
  std::vector<Expr> state_of;
  Expr st, IDLE, SETTLE, SAMPLE, CONV, CLOSE;
  int scw = 1;
  Expr scnt, bt, sgn_sl, bt_d, sgn_d, first, first_d;
  Expr v_pi, v_sgn, v_k, v_j;
  Expr is_last_slice, next_bt, next_sign, last_q, nbt_q, nsign_q, dac_q, wl_q;
  // ADC lanes
  std::vector<Expr> l_ready, l_cmp_en, l_valid, l_code, l_q, l_dac, l_cnt, l_iss, l_col, l_res, l_start, l_j;
  Expr lanes_done;
  // column sums
  Expr hsel, ob_full, o_g, o_lane, o_step, v_close, o_g_next;
  int olw = 1;
  std::vector<Expr> l_comb;
  std::vector<TileView::Lane> lane_view;
  // combine
  Expr o_neur, o_j, o_pw, o_xsum, o_jj, o_set, o_n, o_acc, o_valid, o_data, o_last, o_term, o_col_last, o_y;
  // slice and vector control
  Expr start_idle, start_close, done_q, ld_next, ld, d_bank, d_bt, d_sign, d_j;
  struct Geom {
    Expr width, mask;
  };
  Geom g_cfg;
  Expr p1_fmask, p1_fwidth, d_mask, d_width, sh_q, shb_q, shw_q;
};

TileRtl::TileRtl(const Params& p_)
    : p(p_),
      s(shape_of(p_)),
      tsig(s.TBL > 1),
      tj(tsig && s.J(s.PW) > 1),
      trq(s.TRQ == 1),
      diff(s.enc == cim::WEnc::Differential),
      offset(s.enc == cim::WEnc::Offset),
      rst_style(spec::reset_style(p_)),
      lcw(bits_for(uint64_t(s.G))) {}

Expr TileRtl::jstart(int a, const Expr& J) const {
  Expr r = lit(s.jw, 0);
  for (int jj = 1; jj <= s.J(s.PW); ++jj) r = mux(J == lit(s.jw, uint64_t(jj)), lit(s.jw, uint64_t((a * s.G) % jj)), r);
  return r;
}

std::vector<Module> TileRtl::build() {
  ports();
  config();
  input_buffer();
  sequencer_state();
  table();
  adc_lanes();
  column_sums();
  combine();
  slice_control();
  sequencer();
  row_drive();
  vector_control();
  bank_registers();
  rows();
  slice_registers();
  lane_registers();
  combine_registers();
  emit_formal(m, s, view());
  if (!dropped.empty()) {
    std::vector<Expr> parts{lit(1, 0)};
    parts.insert(parts.end(), dropped.begin(), dropped.end());
    const Expr u = m.wire("dropped_bits_unused", 1, "high bits of wide intermediate results, never needed");
    m.assign(u, reduce_and(cat(parts)));
  }
  std::vector<Module> all{m};
  for (auto& sm : subs) all.push_back(sm);
  return all;
}

void TileRtl::ports() {
  clk = m.input("clk_i", 1, "clock");
  rst_n = m.input("rst_ni", 1, "reset, active low");
  m.comment("Configuration registers (see the register map in the README and cim_tile.h)");
  cfg_we = m.input("cfg_we_i", 1, "write cfg_wdata_i to register cfg_addr_i");
  cfg_addr = m.input("cfg_addr_i", 5);
  cfg_wdata = m.input("cfg_wdata_i", 16);
  in_valid = m.input("in_valid_i", 1, "input stream: one element x[r] per beat, rows 0.. in order");
  in_ready = m.output("in_ready_o", 1);
  in_data = m.input("in_data_i", s.PI, "x[r] in the low PI bits (two's complement if in_signed)");
  out_valid = m.output("out_valid_o", 1, "output stream: one neuron's dot product per beat");
  out_ready = m.input("out_ready_i", 1);
  out_data = m.output("out_data_o", s.yw, "y[c], two's complement");
  out_last = m.output("out_last_o", 1, "last neuron of the vector");
  m.comment("Analog macro");
  wl_en = m.output("wl_en_o", s.R, "word line enables: row r at bit r (active rows, while driven)");
  dac_row = m.output("dac_row_o", s.R * s.PD, "row DAC codes: slice t of x[r] at bits [r*PD +: PD]");
  sh = m.output("sh_o", 1, "bit-line sample strobe: sample and hold at this edge");
  adc_col = m.output("adc_col_o", s.NADC * s.gw,
                     "ADC a's column within its group at bits [a*COLSEL_W +: COLSEL_W] (column a*G + it)");
  adc_dac = m.output("adc_dac_o", s.NADC * s.N, "ADC a's DAC code of this cycle's comparison at bits [a*N +: N]");
  adc_cmp_en = m.output("adc_cmp_en_o", s.NADC, "bit a: ADC a compares this cycle");
  adc_cmp = m.input("adc_cmp_i", s.NADC, "bit a: ADC a's comparator answer, v >= its DAC code, in the same cycle");
  if (s.KMAX > 0)
    adc_k = m.output("adc_k_o", s.kw,
                     "gain shift k of this cycle's comparisons, for every ADC: v = bit-line sum / 2^k "
                     "(the converting vector's REG_ADC k, clamped to KMAX)");
}

void TileRtl::config() {
  m.comment("Configuration registers (as written) and their clamped values");
  r_pi = m.reg("cfg_pi_q", 4);
  r_signed = m.reg("cfg_signed_q", 1);
  r_pw = m.reg("cfg_pw_q", 4);
  r_k = m.reg("cfg_k_q", 4);
  if (trq) r_set = m.reg("cfg_set_q", SW, "the layer's TRQ setting");
  if (s.TBL > 0) r_tbl_en = m.reg("cfg_tbl_en_q", 1, "use the per-significance table (its entries: g_tbl)");
  r_rows = m.reg("cfg_rows_q", 16);
  r_neur = m.reg("cfg_neurons_q", 16);
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(r_pi, lit(4, uint64_t(s.PI)));
        b.nb(r_signed, lit(1, 0));
        b.nb(r_pw, lit(4, uint64_t(s.PW)));
        b.nb(r_k, zeros(4));
        if (trq) b.nb(r_set, zeros(SW));
        if (s.TBL > 0) b.nb(r_tbl_en, lit(1, 0));
        b.nb(r_rows, lit(16, uint64_t(s.R)));
        b.nb(r_neur, lit(16, uint64_t(s.neurons(s.PW))));
      },
      [&](Body& b) {
        b.if_(cfg_we, [&](Body& w) {
          w.case_(cfg_addr,
                  {{{lit(5, 0)},
                    [&](Body& c) {
                      c.nb(r_pi, cfg_wdata.slice(3, 0));
                      c.nb(r_signed, cfg_wdata[4]);
                      c.nb(r_pw, cfg_wdata.slice(11, 8));
                    }},
                   {{lit(5, 1)},
                    [&](Body& c) {
                      c.nb(r_k, cfg_wdata.slice(3, 0));
                      if (trq) c.nb(r_set.slice(13, 12), cat({cfg_wdata[5], cfg_wdata[4]}));
                      if (s.TBL > 0) c.nb(r_tbl_en, cfg_wdata[6]);
                    }},
                   {{lit(5, 2)},
                    [&](Body& c) {
                      if (trq) c.nb(r_set.slice(11, 0), cfg_wdata.slice(11, 0));
                    }},
                   {{lit(5, 3)}, [&](Body& c) { c.nb(r_rows, cfg_wdata); }},
                   {{lit(5, 4)}, [&](Body& c) { c.nb(r_neur, cfg_wdata); }}},
                  [](Body&) {});
        });
      });
  // Clamped settings: PI 1..PI, PW pwmin..PW, k 0..KMAX, rows 1..R, neurons
  // 1..(neurons that fit at this PW).
  c_pi = m.wire("c_pi", 4);
  c_pw = m.wire("c_pw", 4);
  c_k = m.wire("c_k", 4);
  c_rows = m.wire("c_rows", s.rw);
  c_neur = m.wire("c_neurons", s.nw);
  c_j = m.wire("c_j", s.jw);
  const Expr c_nmax = m.wire("c_nmax", s.nw, "neurons that fit at c_pw");
  m.assign(c_pi, clamp(r_pi, 4, 1, s.PI));
  m.assign(c_pw, clamp(r_pw, 4, s.pwmin, s.PW));
  m.assign(c_k, clamp(r_k, 4, 0, s.KMAX));
  m.assign(c_rows, low_bits(m, dropped, "c_rows16", clamp(r_rows, 16, 1, s.R), 16, s.rw));
  {
    Expr j = lit(s.jw, uint64_t(s.J(s.PW))), nmax = lit(s.nw, uint64_t(s.neurons(s.PW)));
    for (int pw = s.PW - 1; pw >= s.pwmin; --pw) {
      j = mux(c_pw == lit(4, uint64_t(pw)), lit(s.jw, uint64_t(s.J(pw))), j);
      nmax = mux(c_pw == lit(4, uint64_t(pw)), lit(s.nw, uint64_t(s.neurons(pw))), nmax);
    }
    m.assign(c_j, j);
    m.assign(c_nmax, nmax);
    if (s.PW == s.pwmin && !offset) dropped.push_back(c_pw);  // a single precision: nothing depends on PW
  }
  m.assign(c_neur, mux(r_neur == zeros(16), lit(s.nw, 1),
                       mux(r_neur > zext(c_nmax, s.nw, 16), c_nmax, r_neur.slice(s.nw - 1, 0))));

  // The values derived from the neurons and PW registers go through two register stages (p1, p2); the
  // input stream waits two cycles after a register write, so a vector always takes settled values.
  p1_neur = m.reg("p1_neurons_q", s.nw, "c_neurons, registered");
  p1_j = m.reg("p1_j_q", s.jw, "c_j, registered");
  p1_rows = m.reg("p1_rows_q", s.rw, "c_rows, registered");
  cfg_wait = m.reg("cfg_wait_q", 2, "cycles until the derived settings have settled");
  // Active columns, and per ADC its share (clamp(ncols - a*G, 0, G)), kept with each vector.
  const Expr c_ncols = m.wire("c_ncols", s.cw, "active columns");
  {
    const int W = s.nw + s.jw + 1;
    m.assign(c_ncols, low_bits(m, dropped, "c_ncols_full",
                               zext(p1_neur, s.nw, W) * zext(p1_j, s.jw, W) * lit(W, uint64_t(s.SETS)), W, s.cw));
  }
  for (int a = 0; a < s.NADC; ++a) {
    const int base = a * s.G, W = s.cw + 1;
    const Expr nc = zext(c_ncols, s.cw, W);
    c_lcnt.push_back(m.wire(fmt::format("c_ncols{}", a), lcw, fmt::format("active columns of ADC {}", a)));
    m.assign(c_lcnt.back(), mux(nc <= lit(W, uint64_t(base)), zeros(lcw),
                                mux(nc >= lit(W, uint64_t(base + s.G)), lit(lcw, uint64_t(s.G)),
                                    low_bits(m, dropped, fmt::format("c_nrest{}", a), nc - lit(W, uint64_t(base)),
                                             W, lcw))));
  }
  for (int a = 0; a < s.NADC; ++a)
    p2_lcnt.push_back(m.reg(fmt::format("p2_ncols{}_q", a), lcw, fmt::format("active columns of ADC {}, registered", a)));
  m.always_ff_noreset(clk, [&](Body& b) {
    b.nb(p1_neur, c_neur);
    b.nb(p1_j, c_j);
    b.nb(p1_rows, c_rows);
    for (int a = 0; a < s.NADC; ++a) b.nb(p2_lcnt[size_t(a)], c_lcnt[size_t(a)]);
  });
  m.always_ff(clk, rst_n, rst_style, [&](Body& b) { b.nb(cfg_wait, lit(2, 2)); },
              [&](Body& b) {
                b.if_(cfg_we, [&](Body& t) { t.nb(cfg_wait, lit(2, 2)); }, [&](Body& e) {
                  e.if_(cfg_wait != zeros(2), [&](Body& t) { t.nb(cfg_wait, cfg_wait - lit(2, 1)); });
                });
              });
}

void TileRtl::input_buffer() {

  m.blank();
  m.comment("Input double buffer: bank f fills while bank c is converted; each bank keeps its vector's settings");
  for (int b = 0; b < 2; ++b) {
    const std::string pfx = fmt::format("b{}_", b);
    bk[b].full = m.reg(pfx + "full_q", 1, "holds a complete vector");
    bk[b].on = m.reg(pfx + "on_q", s.R, "rows of the vector (its word lines)");
    bk[b].fmask = m.reg(pfx + "fmask_q", s.PD, "DAC bit mask of the vector's first slice");
    bk[b].fwidth = m.reg(pfx + "fwidth_q", 5, "its width");
    for (int a = 0; a < s.NADC; ++a)
      bk[b].lcnt.push_back(m.reg(fmt::format("{}ncols{}_q", pfx, a), lcw, fmt::format("active columns of ADC {}", a)));
    bk[b].pi = m.reg(pfx + "pi_q", 4);
    bk[b].sgn = m.reg(pfx + "signed_q", 1);
    if (offset) bk[b].pw = m.reg(pfx + "pw_q", 4);
    bk[b].k = m.reg(pfx + "k_q", 4);
    if (trq) bk[b].set = m.reg(pfx + "set_q", SW);
    if (s.TBL > 0) bk[b].tbl_en = m.reg(pfx + "tbl_en_q", 1);
    bk[b].rows = m.reg(pfx + "rows_q", s.rw);
    bk[b].neur = m.reg(pfx + "neurons_q", s.nw);
    bk[b].j = m.reg(pfx + "j_q", s.jw);
    if (offset) bk[b].xsum = m.reg(pfx + "xsum_q", s.xw, "sum of the vector's inputs");
  }
  fbank = m.reg("fbank_q", 1, "bank being filled");
  fcnt = m.reg("fcnt_q", s.rw, "elements of the vector taken so far");
  in_take = m.wire("in_take", 1, "an input element is taken at this edge");
  f_first = m.wire("f_first", 1, "this element is its vector's first: settings are sampled");
  f_rows = m.wire("f_rows", s.rw, "active rows of the vector being filled");
  Expr f_pi, f_sgn;
  if (offset) {
    f_pi = m.wire("f_pi", 4);
    f_sgn = m.wire("f_signed", 1);
    f_xsum = m.wire("f_xsum", s.xw);
    in_val = m.wire("in_val", s.xw, "the element's value under the vector's PI and in_signed");
  }
  m.assign(in_ready, !mux(fbank, bk[1].full, bk[0].full) && cfg_wait == zeros(2));
  m.assign(in_take, in_valid && in_ready);
  m.assign(f_first, fcnt == zeros(s.rw));
  m.assign(f_rows, mux(f_first, p1_rows, mux(fbank, bk[1].rows, bk[0].rows)));
  if (offset) {
    m.assign(f_pi, mux(f_first, c_pi, mux(fbank, bk[1].pi, bk[0].pi)));
    m.assign(f_sgn, mux(f_first, r_signed, mux(fbank, bk[1].sgn, bk[0].sgn)));
    m.assign(f_xsum, mux(f_first, zeros(s.xw), mux(fbank, bk[1].xsum, bk[0].xsum)));
    // Value: the low PI bits, sign-extended from bit PI-1 when signed.
    const int VW = s.PI + 1;
    const Expr sh_amt = lit(4, uint64_t(s.PI)) - f_pi;
    const Expr low = m.wire("in_low", s.PI, "in_data_i with the bits above PI cleared");
    m.assign(low, (in_data << sh_amt) >> sh_amt);
    const Expr neg = m.wire("in_neg", 1, "signed and bit PI-1 set");
    m.assign(neg, f_sgn && (low >> (f_pi - lit(4, 1))) != zeros(s.PI));
    // value = low - (neg ? 2^PI : 0), in VW bits then sign-extended
    const Expr twopi = m.wire("in_twopi", VW, "2^PI");
    m.assign(twopi, lit(VW, 1) << f_pi);
    const Expr val = m.wire("in_val_n", VW, "the value in PI+1 bits");
    m.assign(val, mux(neg, zext(low, s.PI, VW) - twopi, zext(low, s.PI, VW)));
    m.assign(in_val, sext(val, VW, s.xw));
  }
}

void TileRtl::sequencer_state() {
  cbank = m.reg("cbank_q", 1, "bank being converted");
  std::vector<Fsm::State> sts{{kStateNames[kIdle], kIdle, "no vector to convert"}};
  if (s.SETTLE > 0) sts.push_back({kStateNames[kSettle], kSettle, "row drive on, SETTLE cycles before the sample"});
  sts.push_back({kStateNames[kSample], kSample, "sample and hold the column outputs"});
  sts.push_back({kStateNames[kConv], kConv, "the ADC lanes convert the slice's columns"});
  if (!s.SREG) sts.push_back({kStateNames[kFin], kFin, "the last slice's last results arrive"});
  sts.push_back({kStateNames[kClose], kClose, "the vector closes when the output buffer is free"});
  fsm.emplace(m, "state", 3, sts, "compute sequencer");
  for (int k = 0; k < kStates; ++k) state_of.push_back(fsm->has(kStateNames[k]) ? (*fsm)(kStateNames[k]) : lit(3, k));
  st = fsm->q();
  IDLE = state_of[kIdle];
  SETTLE = state_of[kSettle];
  SAMPLE = state_of[kSample];
  CONV = state_of[kConv];
  CLOSE = state_of[kClose];
  scw = bits_for(uint64_t(std::max(1, s.SETTLE)));
  scnt = m.reg("settle_q", scw, "settle cycles left");
  bt = m.reg("bt_q", s.bw, "b_t: first input bit of the slice");
  sgn_sl = m.reg("sign_slice_q", 1, "the slice is the sign bit of signed inputs");
  bt_d = m.reg("bt_d_q", s.bw, "b_t of the previous cycle (results arrive one cycle late)");
  sgn_d = m.reg("sign_slice_d_q", 1);
  first = m.reg("first_slice_q", 1, "the slice is the vector's first (its results start the column sums)");
  first_d = m.reg("first_slice_d_q", 1);
  // Settings of the vector being converted.
  v_pi = m.wire("v_pi", 4);
  v_sgn = m.wire("v_signed", 1);
  v_k = m.wire("v_k", 4);
  m.assign(v_pi, cb(bk[0].pi, bk[1].pi));
  m.assign(v_sgn, cb(bk[0].sgn, bk[1].sgn));
  m.assign(v_k, cb(bk[0].k, bk[1].k));
  if (s.KMAX > 0) m.assign(adc_k, s.kw == 4 ? v_k : v_k.slice(s.kw - 1, 0));
  v_j = tj ? m.wire("v_j", s.jw, "weight columns per neuron") : Expr();
  if (tj) m.assign(v_j, cb(bk[0].j, bk[1].j));
  // Slice stepping (SPEC.md section 1).
  // Combinational from the slice's registers, then registered: a slice starts no sooner than two cycles
  // after the one before (SETTLE + 1 + at least one comparison), so the registers hold the next slice's
  // values by then.
  is_last_slice = m.wire("last_slice", 1);
  next_bt = m.wire("next_bt", s.bw);
  next_sign = m.wire("next_sign", 1);
  last_q = m.reg("last_slice_q", 1, "the slice is the vector's last");
  nbt_q = m.reg("next_bt_q", s.bw, "b_t of the next slice");
  nsign_q = m.reg("next_sign_q", 1, "the next slice is the sign slice");
  {
    const Expr b5 = zext(bt, s.bw, W), pi5 = zext(v_pi, 4, W), pd5 = lit(W, uint64_t(s.PD));
    m.assign(is_last_slice, sgn_sl || (!v_sgn && b5 + pd5 >= pi5));
    m.assign(next_sign, v_sgn && b5 + pd5 >= pi5 - lit(W, 1));
    m.assign(next_bt, mux(next_sign, low_bits(m, dropped, "sign_bt", v_pi - lit(4, 1), 4, s.bw),
                          low_bits(m, dropped, "step_bt", b5 + pd5, W, s.bw)));
  }
  m.assign(sh, st == SAMPLE);
  // Row drive: registered, loaded with slice t of x[r] when a slice starts (below).
  dac_q = m.reg("dac_q", s.R * s.PD, "row DAC codes of the slice being driven");
  wl_q = m.reg("wl_q", s.R, "word lines of the active rows while driven");
  m.assign(dac_row, dac_q);
  m.assign(wl_en, wl_q);
}

void TileRtl::table() {
  if (s.TBL == 0) return;
  m.comment("TRQ table: entry e is written at address 8 + e; each bank keeps a copy for its vector");
  const Expr e = m.generate_for("g_tbl", "e", s.TBL);
  const Expr addr = m.localparam_bits("ADDR", 5, e + num(8), "the entry's register address");
  const Expr cfg_tbl = m.reg("cfg_tbl_q", SW, "as written");
  Expr tbl[2];
  for (int i = 0; i < 2; ++i) tbl[i] = m.reg(fmt::format("b{}_tbl_q", i), SW, fmt::format("bank {}'s copy", i));
  const Expr v = m.wire("v_tbl", SW, "the copy of the bank being converted");
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(cfg_tbl, zeros(SW)); },
      [&](Body& b) {
        b.if_(cfg_we, [&](Body& w) { w.if_(cfg_addr == addr, [&](Body& c) { c.nb(cfg_tbl, cfg_wdata.slice(13, 0)); }); });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    // sampled with a vector's first element, as its other settings
    b.if_(in_take, [&](Body& t) {
      for (int i = 0; i < 2; ++i)
        t.if_(fbank == lit(1, uint64_t(i)), [&](Body& f) { f.if_(f_first, [&](Body& g) { g.nb(tbl[i], cfg_tbl); }); });
    });
  });
  m.assign(v, cb(tbl[0], tbl[1]));
  m.end_generate();
  for (int i = 0; i < s.TBL; ++i) v_tbl.push_back(scoped("g_tbl", i, v));
}

void TileRtl::adc_lanes() {
  m.blank();
  m.comment("ADC lanes: each converts the active columns of its group back to back");
  std::vector<Expr> col_sel_parts, dac_parts, cmp_en_parts;
  Params tp = p;      // N, TRQ and RST as the tile's
  tp.set("READY", 0);  // comb: the lanes convert back to back, as the cycle count of SPEC.md assumes
  subs = trq_sar_block().emit(configure(trq_sar_block(), tp));
  subs[0].rename("cim_tile_trq_sar");
  subs[0].drop_formal();  // the lanes' environment is the tile's (its own properties below)
  Expr v_set, v_tbl_en;
  if (trq) {
    v_set = m.wire("v_set", SW);
    m.assign(v_set, cb(bk[0].set, bk[1].set));
  }
  if (s.TBL > 0) {
    v_tbl_en = m.wire("v_tbl_en", 1);
    m.assign(v_tbl_en, cb(bk[0].tbl_en, bk[1].tbl_en));
  }
  const int sgw = std::max({bits_for(uint64_t(s.PI - 1 + (s.J(s.PW) - 1) * s.PR)), s.bw, s.jw});  // significance
  const int tiw = bits_for(uint64_t(std::max(1, s.TBL) - 1));
  for (int a = 0; a < s.NADC; ++a) {
    const std::string pfx = fmt::format("a{}_", a);
    l_ready.push_back(m.wire(pfx + "ready", 1));
    l_cmp_en.push_back(m.wire(pfx + "cmp_en", 1));
    l_valid.push_back(m.wire(pfx + "valid", 1));
    l_code.push_back(m.wire(pfx + (s.KMAX > 0 ? "code" : "code_unused"), s.N));
    l_q.push_back(m.wire(pfx + "q", s.N));
    l_dac.push_back(m.wire(pfx + "dac", s.N));
    l_start.push_back(m.wire(pfx + "start", 1));
    l_cnt.push_back(m.wire(pfx + "ncols", lcw, "active columns of this ADC"));
    l_iss.push_back(m.reg(pfx + "issued_q", lcw, "conversions started in this slice"));
    l_col.push_back(m.reg(pfx + "col_q", s.gw, "column under conversion"));
    l_res.push_back(m.reg(pfx + "res_q", s.gw, "column of the next result"));
    m.assign(l_cnt[a], cb(bk[0].lcnt[size_t(a)], bk[1].lcnt[size_t(a)]));
    m.assign(l_start[a], (st == SAMPLE || st == CONV) && l_iss[a] < l_cnt[a]);
    Instance inst{"cim_tile_trq_sar", pfx + "adc", {}, {}};
    inst.conns = {{"clk_i", clk}, {"rst_ni", rst_n}};
    if (trq) {
      // The setting of the column this lane starts next: the layer's, or the table's entry for its
      // significance b_t + j*PR (entries past the end: the last one).
      Expr set = v_set;
      if (s.TBL == 1) {
        set = m.wire(pfx + "set", SW, "the setting in use");
        m.assign(set, mux(v_tbl_en, v_tbl[0], v_set));
      } else if (tsig) {
        Expr sig_e = zext(bt, s.bw, sgw);
        if (tj) {
          l_j.push_back(m.reg(pfx + "j_q", s.jw, "weight column j of the next column to start"));
          sig_e = sig_e + zext(l_j[size_t(a)], s.jw, sgw) * lit(sgw, uint64_t(s.PR));
        }
        const Expr sig = m.wire(pfx + "sig", sgw, "significance of that column");
        m.assign(sig, sig_e);
        const Expr idx = m.wire(pfx + "tidx", tiw, "its table entry");
        m.assign(idx, low_bits(m, dropped, pfx + "tidx_full",
                               mux(zext(sig, sgw, std::max(sgw, tiw) + 1) >
                                       lit(std::max(sgw, tiw) + 1, uint64_t(s.TBL - 1)),
                                   lit(std::max(sgw, tiw) + 1, uint64_t(s.TBL - 1)),
                                   zext(sig, sgw, std::max(sgw, tiw) + 1)),
                               std::max(sgw, tiw) + 1, tiw));
        const Expr entry = m.reg(pfx + "entry", SW, "table entry idx");
        select(m, entry, idx, tiw, v_tbl);
        set = m.wire(pfx + "set", SW, "the setting in use");
        m.assign(set, mux(v_tbl_en, entry, v_set));
      }
      inst.conns.push_back({"trq_en_i", set[12]});
      inst.conns.push_back({"msb_first_i", set[13]});
      inst.conns.push_back({"bexp_i", set.slice(3, 0)});
      inst.conns.push_back({"s1_i", set.slice(7, 4)});
      inst.conns.push_back({"s2_i", set.slice(11, 8)});
    }
    const Expr flag_unused = m.wire(pfx + "flag_unused", 1, "q_o carries the reconstruction");
    const Expr ncmp_unused = m.wire(pfx + "ncmp_unused", 4);
    for (auto& c : std::vector<std::pair<std::string, Expr>>{{"start_i", l_start[a]},
                                                             {"ready_o", l_ready[a]},
                                                             {"dac_o", l_dac[a]},
                                                             {"cmp_en_o", l_cmp_en[a]},
                                                             {"cmp_i", bit_of(adc_cmp, a, s.NADC)},
                                                             {"valid_o", l_valid[a]},
                                                             {"flag_o", flag_unused},
                                                             {"code_o", l_code[a]},
                                                             {"q_o", l_q[a]},
                                                             {"ncmp_o", ncmp_unused}})
      inst.conns.push_back(c);
    m.instance(inst);
    col_sel_parts.insert(col_sel_parts.begin(), l_col[a]);
    dac_parts.insert(dac_parts.begin(), l_dac[a]);
    cmp_en_parts.insert(cmp_en_parts.begin(), l_cmp_en[a]);
  }
  m.assign(adc_col, cat(col_sel_parts));
  m.assign(adc_dac, cat(dac_parts));
  m.assign(adc_cmp_en, cat(cmp_en_parts));
  lanes_done = m.wire("lanes_done", 1, "every ADC has made its slice's last comparison by this edge");
  {
    Expr d = lit(1, 1);
    for (int a = 0; a < s.NADC; ++a)
      d = d && (l_iss[a] == l_cnt[a]) && (!l_cmp_en[a] || l_ready[a]);
    m.assign(lanes_done, d);
  }
}

void TileRtl::column_sums() {
  // Each ADC's column sums live in two memories (block RAM on an FPGA): one accumulates the vector
  // under conversion (half hsel_q), the other holds the closed vector being combined; they swap when
  // a vector closes. Both are read a cycle ahead: the accumulating half at the column of the lane's
  // next result, the other at the combine's next column.
  m.blank();
  m.comment("Column sums: sgn(t) * rec << b_t per conversion, rec = (q << k) + (step = 1 and k > 0 ? 2^(k-1) : 0)");
  const int RW = s.N + s.KMAX + 1;
  hsel = m.reg("hsel_q", 1, "the column-sum half the vector under conversion accumulates into");
  ob_full = m.reg("ob_full_q", 1, "the other half holds a vector not yet fully sent");
  o_g = m.reg("o_g_q", s.gw, "next column to combine: column o_g of ADC o_lane");
  olw = bits_for(uint64_t(s.NADC - 1));
  o_lane = m.reg("o_lane_q", olw);
  o_step = m.wire("o_step", 1, "a column is combined this cycle");
  v_close = m.wire("v_close", 1, "the vector closes at this edge: the halves swap");
  o_g_next = m.wire("o_g_next", s.gw, "the combine's column in the next cycle");
  m.assign(o_g_next, mux(v_close, zeros(s.gw),
                         mux(o_step, mux(o_g == lit(s.gw, uint64_t(s.G - 1)), zeros(s.gw),
                                         s.G > 1 ? o_g + lit(s.gw, 1) : zeros(s.gw)),
                             o_g)));
  if (s.G == 1) dropped.push_back(o_g_next);
  lane_view.resize(size_t(s.NADC));
  for (int a = 0; a < s.NADC; ++a) {
    const std::string pfx = fmt::format("a{}_", a);
    const Expr rec = m.wire(pfx + "rec", RW);
    const Expr half = (s.KMAX > 0) ? mux(l_q[a] == l_code[a] && v_k != zeros(4), (lit(RW, 1) << v_k) >> lit(1, 1),
                                         zeros(RW))
                                   : zeros(RW);
    m.assign(rec, (zext(l_q[a], s.N, RW) << v_k) + half);
    // base + sgn(t) * mag in one adder (one carry chain on an FPGA): base - mag = base + ~mag + 1, with the
    // + 1 entering as a carry from the bit below: ({base, 1} + {mag ^ sign, sign}) >> 1.
    const Expr mag = m.wire(pfx + "mag", s.aw, "magnitude of this cycle's result's contribution, rec << b_t");
    m.assign(mag, zext(rec, RW, s.aw) << bt_d);
    const Expr addend = m.wire(pfx + "addend", s.aw + 1, "{sign ? ~mag : mag, sign}");
    m.assign(addend, cat({mag ^ repl(s.aw, sgn_d), sgn_d}));
    const Expr acc_next = m.wire(pfx + "res_next", s.gw, "column of the lane's result in the next cycle");
    m.assign(acc_next, mux(st == SAMPLE, zeros(s.gw),
                           mux(l_valid[a], s.G > 1 ? l_res[a] + lit(s.gw, 1) : zeros(s.gw), l_res[a])));
    if (s.G == 1) dropped.push_back(acc_next);
    std::vector<Expr> rd;
    for (int h = 0; h < 2; ++h) {
      const std::string hp = fmt::format("{}h{}_", pfx, h);
      const Expr mem = m.memory(hp + "mem", s.aw, s.G, fmt::format("column sums of ADC {}, half {}", a, h));
      const Expr q = m.reg(hp + "rd_q", s.aw);
      const Expr acc = m.wire(hp + "acc", 1, "this half accumulates");
      m.assign(acc, hsel == lit(1, uint64_t(h)) && !v_close);
      const Expr raddr = m.wire(hp + "raddr", s.gw);
      m.assign(raddr, mux(acc, acc_next, o_g_next));
      if (s.G == 1) dropped.push_back(raddr);
      const Expr we = m.wire(hp + "we", 1);
      m.assign(we, l_valid[a] && hsel == lit(1, uint64_t(h)));
      const Expr wsum = m.wire(hp + "wsum", s.aw + 1, "{the result's column sum (the first slice starts it), -}");
      m.assign(wsum, cat({mux(first_d, zeros(s.aw), q), lit(1, 1)}) + addend);
      const Expr wdata = m.wire(hp + "wdata", s.aw);
      m.assign(wdata, wsum.slice(s.aw, 1));
      dropped.push_back(wsum[0]);
      m.always_ff_noreset(clk, [&](Body& b) {
        b.if_(we, [&](Body& t) { t.nb(word(mem, l_res[a], s.G), wdata); });
        b.nb(q, word(mem, raddr, s.G));
      });
      rd.push_back(q);
      lane_view[size_t(a)].mem[h] = mem;
      lane_view[size_t(a)].rd[h] = q;
    }
    const Expr comb = m.wire(pfx + "comb", s.aw, "this ADC's column o_g of the closed vector");
    m.assign(comb, mux(hsel, rd[0], rd[1]));
    l_comb.push_back(comb);
  }

}

void TileRtl::combine() {
  m.blank();
  m.comment("Combine: the closed vector's column sums per neuron while the next vector runs");
  o_neur = m.reg("o_neurons_q", s.nw);
  o_j = m.reg("o_j_q", s.jw);
  o_pw = offset ? m.reg("o_pw_q", 4) : Expr();
  o_xsum = offset ? m.reg("o_xsum_q", s.xw) : Expr();
  o_jj = m.reg("o_jj_q", s.jw, "weight column j of the next column");
  o_set = diff ? m.reg("o_set_q", 1, "its column set") : Expr();
  o_n = m.reg("o_n_q", s.nw, "neuron being combined");
  o_acc = m.reg("o_acc_q", s.yw);
  o_valid = m.reg("o_valid_q", 1);
  o_data = m.reg("o_data_q", s.yw);
  o_last = m.reg("o_last_q", 1);
  m.assign(out_valid, o_valid);
  m.assign(out_data, o_data);
  m.assign(out_last, o_last);
  const Expr o_rd = m.reg("o_rd", s.aw, "the closed vector's column o_g of ADC o_lane");
  select(m, o_rd, o_lane, olw, l_comb);
  if (s.NADC == 1) dropped.push_back(o_lane);
  o_term = m.wire("o_term", s.yw, "(-1)^set * column << j*PR");
  {
    const Expr shl = sext(o_rd, s.aw, s.yw) << (zext(o_jj, s.jw, 6) * lit(6, uint64_t(s.PR)));
    m.assign(o_term, diff ? mux(o_set, zeros(s.yw) - shl, shl) : shl);
  }
  o_col_last = m.wire("o_col_last", 1, "it is the neuron's last column");
  o_y = m.wire("o_y", s.yw, "the neuron's result when o_col_last");
  m.assign(o_step, ob_full && o_n != o_neur && (!o_valid || out_ready));
  m.assign(o_col_last, o_jj == o_j - lit(s.jw, 1) && (diff ? o_set == lit(1, 1) : lit(1, 1)));
  {
    const Expr tot = o_acc + o_term;
    if (offset)
      m.assign(o_y, tot - (sext(o_xsum, s.xw, s.yw) << (o_pw - lit(4, 1))));
    else
      m.assign(o_y, tot);
  }

}

void TileRtl::slice_control() {
  m.assign(v_close, st == CLOSE && !ob_full);
  const Expr other_full = m.wire("other_full", 1, "the other bank holds the next vector");
  m.assign(other_full, mux(cbank, bk[0].full, bk[1].full));
  start_idle = m.wire("start_idle", 1, "a vector starts from IDLE at this edge");
  start_close = m.wire("start_close", 1, "the next vector starts as this one closes");
  m.assign(start_idle, st == IDLE && cb(bk[0].full, bk[1].full));
  m.assign(start_close, v_close && other_full);
  // The slice the drive registers load at this edge: the first of a vector (from IDLE, or as the
  // previous vector closes, from the other bank) or the next of this vector.
  // With START_REG, CONV lasts one cycle more: conv_done_q marks the cycle after the slice's last
  // comparison, and the next slice (or the close, after the last slice) starts from it.
  done_q = s.SREG ? m.reg("conv_done_q", 1, "the slice's last comparison was at the last edge") : Expr();
  ld_next = m.wire("ld_next", 1, "the next slice of this vector starts");
  m.assign(ld_next, st == CONV && (s.SREG ? done_q : lanes_done) && !last_q);
  ld = m.wire("drive_ld", 1, "a slice starts: load the row drive");
  m.assign(ld, start_idle || start_close || ld_next);
  d_bank = m.wire("d_bank", 1);
  d_bt = m.wire("d_bt", s.bw);
  d_sign = m.wire("d_sign", 1);
  const Expr d_pi = m.wire("d_pi", 4), d_sgn = m.wire("d_signed", 1);
  d_j = tj ? m.wire("d_j", s.jw, "weight columns per neuron (for the table)") : Expr();
  m.assign(d_bank, mux(start_close, !cbank, cbank));
  m.assign(d_bt, mux(ld_next, nbt_q, zeros(s.bw)));
  m.assign(d_pi, mux(d_bank, bk[1].pi, bk[0].pi));
  m.assign(d_sgn, mux(d_bank, bk[1].sgn, bk[0].sgn));
  if (tj) m.assign(d_j, mux(d_bank, bk[1].j, bk[0].j));
  // a vector's first slice is the sign bit only for signed PI = 1
  m.assign(d_sign, mux(ld_next, nsign_q, d_sgn && d_pi == lit(4, 1)));
  // The slice's width (bits of x it drives) and DAC bit mask, for each slice that can start: the next of
  // this vector, or the first of either bank's. Each comes from registers; the late start signals only
  // choose among them.
  const auto geom = [&](const std::string& name, const Expr& b, const Expr& sign, const Expr& pi, const Expr& sgn) {
    Geom g;
    const Expr lim = m.wire(name + "_lim", W, "bits of x below the sign bit (signed) or PI");
    m.assign(lim, slice_lim(pi, sgn));
    g.width = m.wire(name + "_width", W, "bits in the slice");
    m.assign(g.width, slice_width(zext(b, s.bw, W), sign, lim, s.PD));
    g.mask = m.wire(name + "_mask", s.PD, "bits of the slice");
    m.assign(g.mask, low_bits(m, dropped, name + "_mask_full", slice_mask_full(g.width, s.PD), s.PD + 1, s.PD));
    return g;
  };
  // With SETTLE >= 1 a slice starts at least three cycles after the one before: the next slice's mask
  // and width come from its registered b_t and sign (two register stages); with SETTLE = 0, from the
  // combinational ones (one stage).
  const bool two_stage = s.SETTLE >= 1;
  const Geom g_next = two_stage ? geom("n", nbt_q, nsign_q, v_pi, v_sgn) : geom("n", next_bt, next_sign, v_pi, v_sgn);
  g_cfg = geom("c", zeros(s.bw), r_signed && c_pi == lit(4, 1), c_pi, r_signed);
  p1_fmask = m.reg("p1_fmask_q", s.PD, "the first slice's mask under the registers, registered");
  p1_fwidth = m.reg("p1_fwidth_q", W, "its width");
  m.always_ff_noreset(clk, [&](Body& b) {
    b.nb(p1_fmask, g_cfg.mask);
    b.nb(p1_fwidth, g_cfg.width);
  });
  const Expr nmask_q = m.reg("next_mask_q", s.PD, "the next slice's DAC bit mask");
  const Expr nwidth_q = m.reg("next_width_q", W, "its width");
  m.always_ff_noreset(clk, [&](Body& b) {
    b.nb(last_q, is_last_slice);
    b.nb(nbt_q, next_bt);
    b.nb(nsign_q, next_sign);
    b.nb(nmask_q, g_next.mask);
    b.nb(nwidth_q, g_next.width);
  });
  d_mask = m.wire("d_mask", s.PD, "bits of the slice that starts");
  d_width = m.wire("d_width", W, "its width");
  m.assign(d_mask, mux(ld_next, nmask_q, mux(d_bank, bk[1].fmask, bk[0].fmask)));
  m.assign(d_width, mux(ld_next, nwidth_q, mux(d_bank, bk[1].fwidth, bk[0].fwidth)));
  if (s.PD > s.PI) dropped.push_back(d_mask.slice(s.PD - 1, s.PI));  // x has no such bits
  sh_q = m.reg("shift_q", 1, "the banks shift: a slice started at the last edge");
  shb_q = m.reg("shift_bank_q", 1);
  shw_q = m.reg("shift_width_q", W);
  if (s.PD == 1 || s.PI == 1) dropped.push_back(shw_q);  // the banks shift by one bit, or not at all
}

void TileRtl::sequencer() {
  const char* const first_st = kStateNames[s.SETTLE > 0 ? kSettle : kSample];
  const Expr conv_done = s.SREG ? done_q : lanes_done;
  fsm->go(kStateNames[kIdle], first_st, start_idle);
  if (s.SETTLE > 0) fsm->go(kStateNames[kSettle], kStateNames[kSample], scnt == zeros(scw));
  fsm->go(kStateNames[kSample], kStateNames[kConv]);
  // START_REG: the cycle after the last comparison is FIN's already
  fsm->go(kStateNames[kConv], kStateNames[s.SREG ? kClose : kFin], conv_done && last_q);
  fsm->go(kStateNames[kConv], first_st, conv_done);
  if (!s.SREG) fsm->go(kStateNames[kFin], kStateNames[kClose]);
  fsm->go(kStateNames[kClose], first_st, start_close);
  fsm->go(kStateNames[kClose], kStateNames[kIdle], v_close);
  fsm->emit(clk, rst_n, rst_style);
}

void TileRtl::row_drive() {
  m.comment("A slice starts: the row drive loads (g_row) and the banks shift at the next edge");
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(sh_q, lit(1, 0));
        if (s.SREG) b.nb(done_q, lit(1, 0));
      },
      [&](Body& b) {
        b.nb(sh_q, ld);
        if (s.SREG) b.nb(done_q, st == CONV && lanes_done && !done_q);
      });
}

void TileRtl::vector_control() {
  m.comment("Vector bookkeeping: the banks fill and free, the column-sum halves swap, the output buffer empties");
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        for (int i = 0; i < 2; ++i) b.nb(bk[i].full, lit(1, 0));
        b.nb(fbank, lit(1, 0));
        b.nb(fcnt, zeros(s.rw));
        b.nb(cbank, lit(1, 0));
        b.nb(ob_full, lit(1, 0));
        b.nb(hsel, lit(1, 0));
      },
      [&](Body& b) {
        // input fill
        b.if_(in_take, [&](Body& t) {
          t.if_(
              fcnt == f_rows - lit(s.rw, 1),
              [&](Body& e) {
                e.nb(fcnt, zeros(s.rw));
                e.nb(fbank, !fbank);
                e.if_(fbank, [&](Body& x) { x.nb(bk[1].full, lit(1, 1)); }, [&](Body& x) { x.nb(bk[0].full, lit(1, 1)); });
              },
              [&](Body& e) { e.nb(fcnt, fcnt + lit(s.rw, 1)); });
        });
        // a vector closes: its bank is free, the output buffer holds its results
        b.if_(v_close, [&](Body& g) {
          g.nb(cbank, !cbank);
          g.if_(cbank, [&](Body& x) { x.nb(bk[1].full, lit(1, 0)); }, [&](Body& x) { x.nb(bk[0].full, lit(1, 0)); });
          g.nb(ob_full, lit(1, 1));
          g.nb(hsel, !hsel);
        });
        // its last result is sent
        b.if_(o_valid && out_ready, [&](Body& t) { t.if_(o_last, [&](Body& e) { e.nb(ob_full, lit(1, 0)); }); });
      });
}

void TileRtl::bank_registers() {
  m.comment("Input banks (no reset: loaded before use)");
  m.always_ff_noreset(clk, [&](Body& b) {
    // A vector's settings, sampled with its first element.
    b.if_(in_take, [&](Body& t) {
      for (int i = 0; i < 2; ++i) {
        t.if_(fbank == lit(1, uint64_t(i)), [&](Body& f) {
          f.if_(f_first, [&](Body& g) {
            g.nb(bk[i].pi, c_pi);
            g.nb(bk[i].sgn, r_signed);
            if (offset) g.nb(bk[i].pw, c_pw);
            g.nb(bk[i].k, c_k);
            if (trq) g.nb(bk[i].set, r_set);
            if (s.TBL > 0) g.nb(bk[i].tbl_en, r_tbl_en);
            g.nb(bk[i].rows, p1_rows);
            g.nb(bk[i].neur, p1_neur);
            g.nb(bk[i].j, p1_j);
            for (int a = 0; a < s.NADC; ++a) g.nb(bk[i].lcnt[size_t(a)], p2_lcnt[size_t(a)]);
            g.nb(bk[i].fmask, p1_fmask);
            g.nb(bk[i].fwidth, p1_fwidth);
          });
          if (offset) f.nb(bk[i].xsum, f_xsum + in_val);
        });
      }
    });
    // The element being taken, or, the cycle after a slice starts (its drive is loaded), every row
    // shifted down by that slice's width (a bank never fills while its vector converts).
    b.nb(shb_q, d_bank);
    b.nb(shw_q, d_width);
  });
}

void TileRtl::rows() {
  m.comment("Rows: a row's element in each bank, whether the bank's vector has the row, and the row's drive");
  const Expr r = m.generate_for("g_row", "r", s.R);
  const Expr row = m.localparam_bits("ROW", s.rw, r, "the row's element is its vector's element ROW");
  Expr x[2];
  for (int i = 0; i < 2; ++i) x[i] = m.reg(fmt::format("b{}_x_q", i), s.PI, fmt::format("the row's element in bank {}", i));
  const auto row_bit = [&](const Expr& v, int per_row, int i) {  // bit i of the row's per_row bits of v
    const int w = s.R * per_row;
    if (w == 1) return v;
    if (per_row == 1) return v[r];
    return v[i == 0 ? num(per_row) * r : num(per_row) * r + num(i)];
  };
  m.always_ff_noreset(clk, [&](Body& b) {
    // The element being taken, or, the cycle after a slice starts (its drive is loaded), the element
    // shifted down by that slice's width (a bank never fills while its vector converts).
    for (int i = 0; i < 2; ++i)
      b.if_(sh_q && shb_q == lit(1, uint64_t(i)), [&](Body& t) {
        if (s.PI == 1) {
          t.nb(x[i], lit(1, 0));
        } else if (s.PD == 1) {
          t.nb(x[i], cat({lit(1, 0), x[i].slice(s.PI - 1, 1)}));
        } else {
          t.nb(x[i], x[i] >> shw_q);
        }
      }, [&](Body& t) {
        t.if_(in_take && fbank == lit(1, uint64_t(i)) && fcnt == row, [&](Body& g) { g.nb(x[i], in_data); });
      });
    // The rows a vector has: those its elements were written to (rows 0 .. rows-1).
    for (int i = 0; i < 2; ++i)
      b.if_(in_take && fbank == lit(1, uint64_t(i)), [&](Body& t) {
        const Expr on = row_bit(bk[i].on, 1, 0);
        t.nb(on, fcnt == row || (on && !f_first));
      });
  });
  // The row drive: slice t of the row's element (when the vector has the row) as a slice starts, off
  // from the sample on. The bank shifts each element down by the slice's width as the slice starts, so
  // slice t is always in the low bits.
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(row_bit(wl_q, 1, 0), lit(1, 0));
        for (int i = 0; i < s.PD; ++i) b.nb(row_bit(dac_q, s.PD, i), lit(1, 0));
      },
      [&](Body& b) {
        b.if_(
            ld,
            [&](Body& t) {
              const Expr on = mux(d_bank, row_bit(bk[1].on, 1, 0), row_bit(bk[0].on, 1, 0));
              t.nb(row_bit(wl_q, 1, 0), on);
              for (int i = 0; i < s.PD; ++i) {
                if (i >= s.PI) {
                  t.nb(row_bit(dac_q, s.PD, i), lit(1, 0));
                  continue;
                }
                t.nb(row_bit(dac_q, s.PD, i),
                     on && bit_of(d_mask, i, s.PD) && mux(d_bank, bit_of(x[1], i, s.PI), bit_of(x[0], i, s.PI)));
              }
            },
            [&](Body& t) {
              t.if_(st == SAMPLE, [&](Body& c) {
                c.nb(row_bit(wl_q, 1, 0), lit(1, 0));
                for (int i = 0; i < s.PD; ++i) c.nb(row_bit(dac_q, s.PD, i), lit(1, 0));
              });
            });
      });
  m.end_generate();
}

void TileRtl::slice_registers() {
  m.comment("Slice stepping: a slice starts (the same edge loads the row drive) with the chosen bank's b_t and sign");
  m.always_ff_noreset(clk, [&](Body& b) {
    b.nb(bt_d, bt);
    b.nb(sgn_d, sgn_sl);
    b.nb(first_d, first);
    b.if_(ld, [&](Body& g) {
      g.nb(bt, d_bt);
      g.nb(sgn_sl, d_sign);
      g.nb(first, !ld_next);
      g.nb(scnt, lit(scw, uint64_t(std::max(0, s.SETTLE - 1))));
    });
    b.if_(st == SETTLE, [&](Body& g) { g.nb(scnt, scnt - lit(scw, 1)); });
  });
}

void TileRtl::lane_registers() {
  for (int a = 0; a < s.NADC; ++a) {
    m.comment(fmt::format("ADC lane {}: the columns it has started, the one it converts, the one its next result is for", a));
    m.always_ff_noreset(clk, [&](Body& b) {
      b.if_(ld, [&](Body& g) {
        g.nb(l_iss[a], zeros(lcw));
        if (!l_j.empty()) g.nb(l_j[size_t(a)], jstart(a, d_j));
      });
      b.if_(l_start[a] && l_ready[a], [&](Body& g) {
        g.nb(l_col[a], lcw == s.gw ? l_iss[a] : l_iss[a].slice(s.gw - 1, 0));
        g.nb(l_iss[a], l_iss[a] + lit(lcw, 1));
        if (!l_j.empty())
          g.nb(l_j[size_t(a)], mux(l_j[size_t(a)] == v_j - lit(s.jw, 1), zeros(s.jw), l_j[size_t(a)] + lit(s.jw, 1)));
      });
      b.if_(st == SAMPLE, [&](Body& g) { g.nb(l_res[a], zeros(s.gw)); },
            [&](Body& g) { g.if_(l_valid[a], [&](Body& h) { h.nb(l_res[a], l_res[a] + lit(s.gw, 1)); }); });
    });
  }
}

void TileRtl::combine_registers() {
  m.comment("Combine: a closed vector's neurons, one column per cycle, onto the output stream");
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(o_valid, lit(1, 0)); },
      [&](Body& b) {
        b.if_(o_valid && out_ready, [&](Body& t) { t.nb(o_valid, lit(1, 0)); });
        b.if_(o_step && o_col_last, [&](Body& t) { t.nb(o_valid, lit(1, 1)); });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(v_close, [&](Body& t) {
      if (offset) {
        t.nb(o_pw, cb(bk[0].pw, bk[1].pw));
        t.nb(o_xsum, cb(bk[0].xsum, bk[1].xsum));
      }
      t.nb(o_neur, cb(bk[0].neur, bk[1].neur));
      t.nb(o_j, cb(bk[0].j, bk[1].j));
      t.nb(o_g, zeros(s.gw));
      t.nb(o_lane, zeros(olw));
      t.nb(o_jj, zeros(s.jw));
      if (diff) t.nb(o_set, lit(1, 0));
      t.nb(o_n, zeros(s.nw));
      t.nb(o_acc, zeros(s.yw));
    });
    b.if_(o_step, [&](Body& t) {
      t.nb(o_g, o_g_next);
      if (s.NADC > 1)
        t.if_(o_g == lit(s.gw, uint64_t(s.G - 1)), [&](Body& x) { x.nb(o_lane, o_lane + lit(olw, 1)); });
      t.if_(
          o_col_last,
          [&](Body& e) {
            e.nb(o_acc, zeros(s.yw));
            e.nb(o_jj, zeros(s.jw));
            if (diff) e.nb(o_set, lit(1, 0));
            e.nb(o_data, o_y);
            e.nb(o_last, o_n == o_neur - lit(s.nw, 1));
            e.nb(o_n, o_n + lit(s.nw, 1));
          },
          [&](Body& e) {
            e.nb(o_acc, o_acc + o_term);
            if (diff)
              e.if_(o_jj == o_j - lit(s.jw, 1), [&](Body& x) {
                x.nb(o_jj, zeros(s.jw));
                x.nb(o_set, lit(1, 1));
              }, [&](Body& x) { x.nb(o_jj, o_jj + lit(s.jw, 1)); });
            else
              e.nb(o_jj, o_jj + lit(s.jw, 1));
          });
    });
  });
}

TileView TileRtl::view() const {
  TileView v;
  v.clk = clk;
  v.rst_n = rst_n;
  v.st = st;
  v.states = state_of;
  v.out_valid = out_valid;
  v.out_ready = out_ready;
  v.out_data = out_data;
  v.out_last = out_last;
  v.cmp_en = adc_cmp_en;
  v.wl = wl_q;
  v.dac = dac_q;
  v.in_take = in_take;
  v.in_ready = in_ready;
  v.full0 = bk[0].full;
  v.full1 = bk[1].full;
  v.cbank = cbank;
  v.fbank = fbank;
  v.fcnt = fcnt;
  v.f_rows = f_rows;
  v.ob_full = ob_full;
  v.lanes_done = lanes_done;
  v.done = done_q;
  v.start_close = start_close;
  v.iss = l_iss;
  v.cnt = l_cnt;
  v.start = l_start;
  v.ready = l_ready;
  v.o_n = o_n;
  v.o_neur = o_neur;
  v.o_j = o_j;
  v.o_jj = o_jj;
  v.o_set = o_set;
  v.o_acc = o_acc;
  v.o_term = o_term;
  v.o_lane = o_lane;
  v.o_g = o_g;
  v.o_step = o_step;
  v.cfg_wait = cfg_wait;
  v.stage1 = {{p1_neur, c_neur}, {p1_j, c_j}, {p1_rows, c_rows}, {p1_fmask, g_cfg.mask}, {p1_fwidth, g_cfg.width}};
  for (int a = 0; a < s.NADC; ++a) v.stage2.push_back({p2_lcnt[size_t(a)], c_lcnt[size_t(a)]});
  for (int i = 0; i < 2; ++i)
    v.bank[i] = {bk[i].full, bk[i].neur, bk[i].j, bk[i].rows, bk[i].pi, bk[i].k, bk[i].sgn, bk[i].fmask, bk[i].fwidth,
                 bk[i].lcnt};
  v.lanes = lane_view;
  for (int a = 0; a < s.NADC; ++a) {
    v.lanes[size_t(a)].res = l_res[a];
    v.lanes[size_t(a)].valid = l_valid[a];
  }
  v.hsel = hsel;
  v.first = first;
  v.bt = bt;
  v.nbt_q = nbt_q;
  v.next_bt = next_bt;
  v.last_q = last_q;
  v.last_slice = is_last_slice;
  v.first_d = first_d;
  v.bt_d = bt_d;
  v.v_close = v_close;
  return v;
}

std::vector<Module> CimTile::emit(const Params& p) const { return TileRtl(p).build(); }

// One layer per segment: its register writes (every field, now and then an out-of-range value the tile
// clamps), then one to three vectors; random precisions, signedness, k, TRQ settings and tables, active
// rows and neurons, non-ideal devices. The responder plays the analog macro: it counts sample strobes and
// answers every ADC lane's comparison from floor(v + offset) of its column in the model's values of the
// vector and slice sampled last (read noise keyed per conversion).
std::optional<vtb::Bench> CimTile::testbench(const Params& p, uint64_t seed) const {
  const Shape s = shape_of(p);
  std::mt19937_64 rng(seed);
  const auto uni = [&rng](int64_t lo, int64_t hi) { return int(std::uniform_int_distribution<int64_t>(lo, hi)(rng)); };
  const auto chance = [&rng](double q) { return std::uniform_real_distribution<double>()(rng) < q; };
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Layers of random settings and devices: register writes, then vectors; the analog macro answers.";
  b.streams = {{"cfg", true, "cfg_we_i", "", {{"cfg_addr_i", 5}, {"cfg_wdata_i", 16}}, "", {}, {}},
               {"in", true, "in_valid_i", "in_ready_o", {{"in_data_i", s.PI}}, "cfg", {}, {}},
               {"out", false, "out_valid_o", "out_ready_i", {{"out_data_o", s.yw}, {"out_last_o", 1}}, "", {}, {}}};
  const int TW = s.N + 3;  // floor(v + offset) in [-1, 2^N + 1]
  b.tables = {{"thr", s.COLS * TW, false, {}, {}}};
  b.responder_ports = {"adc_cmp_i"};
  b.quiet_in_reset = {"adc_cmp_en_o", "sh_o", "wl_en_o"};
  b.responder = vtb::strobe_counter(
                    "Sample strobes since reset; comparisons answer from the row of the sample taken last.",
                    "smp", "sh_o") +
                fmt::format(
      "  wire [{0}:0] thr_row = thr_mem[thr_base + smp + sh_o - 1];\n"
      "  genvar lane;\n"
      "  generate\n"
      "    for (lane = 0; lane < {1}; lane = lane + 1) begin : g_lane\n"
      "      wire [{2}:0] col = lane * {3}{4};\n"
      "      wire signed [{5}:0] thr = thr_row[col * {6} +: {6}];\n"
      "      assign adc_cmp_i[lane] = adc_cmp_en_o[lane] ? $signed({{3'b000, adc_dac_o[lane * {7} +: {7}]}}) <= thr"
      " : tb_noise;\n"
      "    end\n"
      "  endgenerate\n",
      s.COLS * TW - 1, s.NADC, 31, s.G, s.G > 1 ? fmt::format(" + adc_col_o[lane * {0} +: {0}]", s.gw) : "", TW - 1,
      TW, s.N);
  const auto pick_trq = [&](bool legal) {
    cim::TrqSetting e{true, chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold, uni(1, s.N - 1), 0, 0};
    e.s1 = uni(0, e.bexp - 1);
    e.s2 = uni(e.s1, e.order == cim::SearchOrder::MsbFirst ? e.bexp : s.N - 1);
    if (!legal) e.s2 = uni(0, 15);
    return e;
  };
  const auto sh = [](int64_t v, int lsb) { return uint64_t(v) << lsb; };
  const auto msb = [](const cim::TrqSetting& e) { return int64_t(e.order == cim::SearchOrder::MsbFirst); };
  uint64_t vec_id = 1;
  for (int seg = 0; seg < 6; ++seg) {
    const bool ideal = chance(0.4);
    cim::Layer lay;
    lay.PI = uni(1, s.PI);
    lay.in_signed = chance(0.5);
    lay.PD = s.PD;
    lay.PW = uni(s.pwmin, s.PW);
    lay.PR = s.PR;
    lay.enc = s.enc;
    const int k = ideal ? 0 : uni(0, s.KMAX);
    const int rows = chance(0.5) ? s.R : uni(1, s.R);
    const int neurons = chance(0.5) ? s.neurons(lay.PW) : uni(1, s.neurons(lay.PW));
    cim::TrqSetting trq;
    std::vector<cim::TrqSetting> table;
    if (s.TRQ && !ideal && chance(0.7)) trq = pick_trq(chance(0.9));
    if (s.TBL > 0 && trq.trq && chance(0.5))
      for (int i = 0; i < s.TBL; ++i) {
        table.push_back(pick_trq(chance(0.9)));
        table.back().trq = chance(0.8);
      }
    cim::NonIdeal ni;
    ni.seed = rng();
    if (!ideal) {
      if (chance(0.5)) ni.read_noise = 0.6;
      if (chance(0.5)) ni.cmp_offset = 0.3;
      if (chance(0.3)) ni.d2d_sigma = 0.1;
      if (chance(0.2)) ni.p_stuck_lrs = 0.02;
    }
    const int64_t wlo = cim::w_min(lay.PW, s.enc), whi = cim::w_max(lay.PW, s.enc);
    std::vector<std::vector<int64_t>> W(static_cast<size_t>(rows), std::vector<int64_t>(static_cast<size_t>(neurons)));
    for (auto& r : W)
      for (auto& w : r) w = uni(wlo, whi);
    const cim::Crossbar xb(lay, W, ni);
    // Register writes: a value at the top of its range is now and then written one past it (clamped).
    const auto over = [&](int v, int hi, int top) { return v == hi && hi < top && chance(0.3) ? v + 1 : v; };
    auto& cfg = b.streams[0].beats;
    const auto write = [&cfg](int addr, uint64_t data) { cfg.push_back({{uint64_t(addr)}, {data}}); };
    write(0, sh(over(lay.PI, s.PI, 15), 0) | sh(lay.in_signed, 4) | sh(over(lay.PW, s.PW, 15), 8));
    write(1, sh(over(k, s.KMAX, 15), 0) | sh(trq.trq, 4) | sh(msb(trq), 5) | sh(!table.empty(), 6));
    write(2, sh(trq.bexp, 0) | sh(trq.s1, 4) | sh(trq.s2, 8));
    for (size_t i = 0; i < table.size(); ++i)
      write(8 + int(i), sh(table[i].bexp, 0) | sh(table[i].s1, 4) | sh(table[i].s2, 8) | sh(table[i].trq, 12) |
                            sh(msb(table[i]), 13));
    write(3, uint64_t(over(rows, s.R, 65535)));
    write(4, uint64_t(over(neurons, s.neurons(lay.PW), 65535)));
    cim::AdcConfig adc;
    adc.N = s.N;
    adc.k = k;
    adc.setting = s.TRQ ? cim::hw_setting(s.N, trq) : cim::TrqSetting{};
    for (const auto& e : table) adc.table.push_back(cim::hw_setting(s.N, e));
    const int T = cim::num_slices(lay.PI, lay.in_signed, s.PD);
    for (int n = uni(1, 3); n > 0; --n, ++vec_id) {
      std::vector<int64_t> x(static_cast<size_t>(rows));
      for (auto& e : x) {
        e = uni(cim::x_min(lay.PI, lay.in_signed), cim::x_max(lay.PI, lay.in_signed));
        // Bits above PI are ignored by the tile: noise there now and then.
        const uint64_t noise = chance(0.2) ? uint64_t(uni(0, (1 << s.PI) - 1)) >> lay.PI << lay.PI : 0;
        b.streams[1].beats.push_back({{(uint64_t(e) & ((uint64_t(1) << lay.PI) - 1)) | noise}});
      }
      std::vector<double> vs;
      cim::all_v(xb, x, k, vec_id, vs);
      const cim::LayerRun run = cim::run_layer(xb, x, adc, vs);
      for (size_t c = 0; c < run.y.size(); ++c)
        b.streams[2].beats.push_back({vtb::bits(run.y[c], s.yw), {uint64_t(c + 1 == run.y.size())}});
      for (int t = 0; t < T; ++t) {
        std::vector<uint64_t> row;
        for (int col = 0; col < s.COLS; ++col)
          row.push_back(vtb::bits(col < xb.columns()
                                      ? std::clamp<int64_t>(int64_t(std::floor(vs[cim::conversion_slot(t, col, xb.columns())] +
                                                                               ni.cmp_offset)),
                                                            -1, (int64_t(1) << s.N) + 1)
                                      : -1,
                                  TW)[0]);
        b.tables[0].rows.push_back(vtb::pack(row, TW));
      }
    }
    b.end_segment(seg % 2 == 1);
  }
  return b;
}

// Properties (make formal), with every input free: register writes at any time, any input stream,
// any comparator answers, any back-pressure, resets anywhere.
// - the compute FSM stays in its legal states (START_REG: no FIN; conv_done_q only in the CONV cycle
//   after the slice's last comparison); SETTLE lasts SETTLE cycles and the row drive is held through
//   it; the drive is off outside SETTLE and SAMPLE;
// - ADCs compare only in CONV, convert back to back (no idle lane with columns left), start their
//   i-th column i*N cycles after the sample (uniform; i..i*(N+1) with TRQ) and end CONV after
//   N * (the busiest ADC's columns) cycles (uniform; at most (N+1) times that with TRQ): the cycle
//   count of the README;
// - the registered settings have settled when the input stream opens; every bank's layout fits;
// - a vector under conversion is never refilled; every vector taken is in a bank, being combined or
//   sent (nothing lost or duplicated);
// - the output stream holds valid and data until ready; a vector's beats are its neurons, the last
//   one flagged; the combine walks the columns in order;
// - slices start at b_t = 0 and b_t increases; each column sum stays below 2^(N+KMAX) << b_t before
//   slice t and below 2^(N+KMAX) << (b_t+1) after it: no overflow of COLACC_W bits;
// - the neuron accumulator cannot overflow Y_W bits (|column sum| < 2^(COLACC_W-1));
// - reset clears the FSM, the outputs, the drive and the ADC enables.
// The properties, one method per part of the tile; emit() writes them in this order.
class TileFormal {
 public:
  TileFormal(Module& m, const Shape& s, const TileView& t)
      : m(m), s(s), t(t), IDLE(t.states[kIdle]), SETTLE(t.states[kSettle]), SAMPLE(t.states[kSample]),
        CONV(t.states[kConv]), FIN(t.states[kFin]), CLOSE(t.states[kClose]), nc(most_cmps(s)),
        lcw(bits_for(uint64_t(s.G))), tw(bits_for(uint64_t(nc * s.G + 1))),
        sw(bits_for(uint64_t(std::max(1, s.SETTLE)))), W(s.yw + 2), AW(s.aw + 2) {}
  void emit();

 private:
  void shadows();                     // the shadow registers and the bounds' wires
  void shadow_updates(Body& b);       // their next values
  void sequencer_and_lanes(Body& c);  // compute FSM, settle, drive, ADC lanes' timing
  void settings_and_banks(Body& c);   // registered settings, each bank's settings
  void slices_and_sums(Body& c);      // slice order, column sums within bounds
  void vectors_and_output(Body& c);   // nothing lost, output stream, combine
  void reachable(Body& c);            // covers
  void after_reset(Body& x);
  // A vector's layout: J weight columns per neuron for one of the PW settings, 1.. neurons that fit
  // at that J, and per ADC its share of the columns.
  void legal_layout(Body& x, const Expr& neur, const Expr& j, const std::vector<Expr>* lcnt);
  // i * (most or fewest comparisons), in tw bits.
  Expr times(const Expr& i, int k) const { return zext(i, lcw, tw) * lit(tw, uint64_t(k)); }
  // Neuron accumulator bound: |o_acc| <= 2^(COLACC_W-1) * (sum over the columns combined so far of
  // 2^(j*PR)). S(x) = sum_{j<x} 2^(j*PR) for the run-time x.
  Expr S(const Expr& x) const;
  // |w| < 2^(N+KMAX) << (bt_d + extra)
  Expr below(const Expr& w, int shift_extra) const;

  Module& m;
  const Shape& s;
  const TileView& t;
  const Expr IDLE, SETTLE, SAMPLE, CONV, FIN, CLOSE;
  const int nc, lcw, tw, sw, W, AW;
  int nlay = 0;
  Expr pv, conv_q, f_t, settle_q, vin, vout, lim, acc_w, sum_y, sum_w, col_at, col_want, cb_full, junk;
  std::vector<Expr> nres;
};

void emit_formal(Module& m, const Shape& s, const TileView& t) { TileFormal(m, s, t).emit(); }

void TileFormal::emit() {
  m.formal();
  shadows();
  m.always_at(t.clk, [&](Body& b) {
    shadow_updates(b);
    b.if_(pv && t.rst_n && past(t.rst_n), [&](Body& c) {
      sequencer_and_lanes(c);
      settings_and_banks(c);
      slices_and_sums(c);
      vectors_and_output(c);
      reachable(c);
    });
    b.if_(pv && !past(t.rst_n), [&](Body& x) { after_reset(x); });
  });
  m.end_formal();
}

void TileFormal::shadows() {
  pv = m.formal_reg("f_past_valid", 1, lit(1, 0));
  m.initial_assume(!t.rst_n);
  conv_q = m.formal_reg("f_conv_q", tw, zeros(tw));
  f_t = m.wire("f_t", tw, "cycles since the slice's sample cycle");
  m.assign(f_t, mux(t.st == SAMPLE, zeros(tw), conv_q));
  settle_q = m.formal_reg("f_settle_q", sw, zeros(sw));
  vin = m.formal_reg("f_vin_q", 3, zeros(3));
  vout = m.formal_reg("f_vout_q", 3, zeros(3));
  lim = m.wire("f_acc_lim", W, "bound of |o_acc|");
  {
    const Expr cols = s.enc == cim::WEnc::Differential ? S(t.o_jj) + mux(t.o_set, S(t.o_j), zeros(W)) : S(t.o_jj);
    m.assign(lim, cols << lit(6, uint64_t(s.aw - 1)));
  }
  acc_w = m.wire("f_acc_w", W);
  sum_y = m.wire("f_sum_y", s.yw);
  sum_w = m.wire("f_sum_w", W);
  m.assign(acc_w, sext(t.o_acc, s.yw, W));
  m.assign(sum_y, t.o_acc + t.o_term);
  m.assign(sum_w, acc_w + sext(t.o_term, s.yw, W));
  col_at = m.wire("f_col", s.cw + 2, "the combine's column: lane * G + g");
  col_want = m.wire("f_col_want", s.cw + 2, "the column of neuron o_n, set, j");
  {
    const int X = s.cw + 2;
    m.assign(col_at, zext(t.o_lane, bits_for(uint64_t(s.NADC - 1)), X) * lit(X, uint64_t(s.G)) + zext(t.o_g, s.gw, X));
    const Expr per = zext(t.o_j, s.jw, X) * lit(X, uint64_t(s.SETS));
    Expr want = zext(t.o_n, s.nw, X) * per + zext(t.o_jj, s.jw, X);
    if (s.enc == cim::WEnc::Differential) want = want + mux(t.o_set, zext(t.o_j, s.jw, X), zeros(X));
    m.assign(col_want, want);
  }
  cb_full = mux(t.cbank, t.full1, t.full0);
  // Column sums: a result of slice t adds +-rec << b_t with |rec| < 2^(N+KMAX), and the slices' b_t
  // are distinct and increasing, so before slice t a column's sum is below 2^(N+KMAX) << b_t and
  // after it below 2^(N+KMAX) << (b_t + 1) <= 2^(COLACC_W-1). f_junk: the accumulating half still
  // holds an older vector's sums (from a close, or reset, to the first slice's sample).
  junk = m.formal_reg("f_junk", 1, lit(1, 1));
  for (int a = 0; a < s.NADC; ++a) nres.push_back(m.formal_reg(fmt::format("f_nres{}", a), lcw, zeros(lcw)));
}

Expr TileFormal::S(const Expr& x) const {
  Expr r = zeros(W);
  for (int jj = 1; jj <= s.J(s.PW); ++jj) {
    uint64_t v = 0;
    for (int j = 0; j < jj; ++j) v += uint64_t(1) << (j * s.PR);
    r = mux(x == lit(s.jw, uint64_t(jj)), lit(W, v), r);
  }
  return r;
}

Expr TileFormal::below(const Expr& w, int shift_extra) const {
  const Expr l = (lit(AW, uint64_t(1) << (s.N + s.KMAX + shift_extra)) << t.bt_d) - lit(AW, 1);
  return sext(w, s.aw, AW) + l <= (l << lit(1, 1));
}

void TileFormal::legal_layout(Body& x, const Expr& neur, const Expr& j, const std::vector<Expr>* lcnt) {
  Expr jok = lit(1, 0), fits = lit(1, 0);
  for (int pw = s.pwmin; pw <= s.PW; ++pw) {
    jok = jok || j == lit(s.jw, uint64_t(s.J(pw)));
    fits = fits || (j == lit(s.jw, uint64_t(s.J(pw))) && neur <= lit(s.nw, uint64_t(s.neurons(pw))));
  }
  x.assert_(jok);
  x.assert_(neur != zeros(s.nw));
  x.assert_(fits);
  if (!lcnt) return;
  const int X = s.cw + 2;
  const Expr ncols = m.wire(fmt::format("f_ncols{}", nlay++), X, "the layout's active columns");
  m.assign(ncols, zext(neur, s.nw, X) * zext(j, s.jw, X) * lit(X, uint64_t(s.SETS)));
  for (int a = 0; a < s.NADC; ++a) {
    const Expr base = lit(X, uint64_t(a * s.G));
    const Expr want = mux(ncols <= base, zeros(X), mux(ncols >= base + lit(X, uint64_t(s.G)), lit(X, uint64_t(s.G)),
                                                       ncols - base));
    x.assert_(zext((*lcnt)[size_t(a)], lcw, X) == want);
  }
}

void TileFormal::shadow_updates(Body& b) {
  b.nb(pv, lit(1, 1));
  b.if_(!t.rst_n,
        [&](Body& r) {
          r.nb(conv_q, zeros(tw));
          r.nb(settle_q, zeros(sw));
          r.nb(vin, zeros(3));
          r.nb(vout, zeros(3));
          r.nb(junk, lit(1, 1));
          for (auto& n : nres) r.nb(n, zeros(lcw));
        },
        [&](Body& r) {
          r.nb(conv_q, mux(t.st == SAMPLE || t.st == CONV,
                           mux(f_t == ones(tw), f_t, f_t + lit(tw, 1)), zeros(tw)));  // saturating
          r.nb(settle_q, mux(t.st == SETTLE, settle_q + lit(sw, 1), zeros(sw)));
          r.nb(vin, vin + zext(t.in_take && t.fcnt == t.f_rows - lit(s.rw, 1), 1, 3));
          r.nb(vout, vout + zext(t.out_valid && t.out_ready && t.out_last, 1, 3));
          r.nb(junk, mux(t.v_close, lit(1, 1), mux(t.st == SAMPLE && t.first, lit(1, 0), junk)));
          for (int a = 0; a < s.NADC; ++a) {
            const Expr& n = nres[size_t(a)];
            r.nb(n, mux(t.st == SAMPLE, zeros(lcw), mux(t.lanes[size_t(a)].valid && n != ones(lcw), n + lit(lcw, 1), n)));
          }
        });
}

void TileFormal::sequencer_and_lanes(Body& c) {
  c.comment("compute FSM: legal states; SETTLE cycles with the drive held; the drive off elsewhere");
  c.assert_(t.st <= CLOSE);
  if (s.SETTLE == 0) c.assert_(t.st != SETTLE);
  if (s.SREG) {
    // START_REG: no FIN; conv_done_q is the one cycle of CONV after the slice's last comparison
    c.assert_(t.st != FIN);
    c.if_(t.done, [&](Body& x) {
      x.assert_(t.st == CONV && past(t.st) == CONV && past(t.lanes_done) && !past(t.done));
      x.assert_(t.lanes_done && t.cmp_en == zeros(s.NADC));
    });
  }
  c.if_(t.st == SETTLE, [&](Body& x) { x.assert_(settle_q < lit(sw, uint64_t(s.SETTLE))); });
  if (s.SETTLE > 0)
    c.if_(t.st == SAMPLE && past(t.st) == SETTLE,
          [&](Body& x) { x.assert_(past(settle_q) == lit(sw, uint64_t(s.SETTLE - 1))); });
  c.if_(past(t.st) == SETTLE, [&](Body& x) {
    x.assert_(t.wl == past(t.wl));
    x.assert_(t.dac == past(t.dac));
  });
  c.if_(t.wl != zeros(s.R) || t.dac != zeros(s.R * s.PD),
        [&](Body& x) { x.assert_(t.st == SETTLE || t.st == SAMPLE); });
  c.comment("ADC lanes: compare only in CONV, back to back, at the README's cycles");
  c.if_(t.cmp_en != zeros(s.NADC), [&](Body& x) { x.assert_(t.st == CONV); });
  // START_REG: the comparisons' timing up to the last one (conv_done_q is the cycle after it)
  const Expr conv = s.SREG ? t.st == CONV && !t.done : t.st == CONV;
  c.if_(t.st == SAMPLE || conv, [&](Body& x) {
    x.assert_(t.cnt[0] != zeros(lcw));
    x.assert_(t.cnt[0] <= lit(lcw, uint64_t(s.G)));
    x.assert_(f_t <= times(t.cnt[0], nc));
    for (int a = 0; a < s.NADC; ++a) {
      x.assert_(t.iss[size_t(a)] <= t.cnt[size_t(a)]);
      if (a > 0) x.assert_(t.cnt[size_t(a)] <= t.cnt[0]);
      x.if_(t.start[size_t(a)] && t.ready[size_t(a)], [&](Body& y) {
        if (s.TRQ == 0) {
          y.assert_(f_t == times(t.iss[size_t(a)], s.N));
        } else {
          y.assert_(f_t >= zext(t.iss[size_t(a)], lcw, tw));
          y.assert_(f_t <= times(t.iss[size_t(a)], nc));
        }
      });
      x.if_(t.st == CONV && !bit_of(t.cmp_en, a, s.NADC),
            [&](Body& y) { y.assert_(t.iss[size_t(a)] == t.cnt[size_t(a)]); });
      // the lane's conversion of its iss-th column ends by cycle iss * N (iss * (N+1) with TRQ)
      x.if_(bit_of(t.cmp_en, a, s.NADC), [&](Body& y) {
        y.assert_(t.iss[size_t(a)] != zeros(lcw));
        y.assert_(f_t <= times(t.iss[size_t(a)], nc));
      });
    }
  });
  c.if_(conv && t.lanes_done, [&](Body& x) {
    if (s.TRQ == 0) {
      x.assert_(f_t == times(t.cnt[0], s.N));
    } else {
      x.assert_(f_t >= zext(t.cnt[0], lcw, tw));
    }
  });
}

void TileFormal::settings_and_banks(Body& c) {
  c.comment("settings: the registered copies have settled when the input stream is let through");
  c.assert_(t.cfg_wait <= lit(2, 2));
  c.if_(t.cfg_wait <= lit(2, 1), [&](Body& x) {
    for (const auto& [q, d] : t.stage1) x.assert_(q == d);
  });
  c.if_(t.cfg_wait == zeros(2), [&](Body& x) {
    for (const auto& [q, d] : t.stage2) x.assert_(q == d);
  });
  c.comment("a bank's settings (from its first element on) fit the tile");
  for (int i = 0; i < 2; ++i) {
    const auto& bk = t.bank[i];
    c.if_(bk.full || (t.fbank == lit(1, uint64_t(i)) && t.fcnt != zeros(s.rw)), [&](Body& x) {
      x.assert_(bk.rows != zeros(s.rw));
      x.assert_(bk.rows <= lit(s.rw, uint64_t(s.R)));
      x.if_(!bk.full, [&](Body& y) { y.assert_(t.fcnt < bk.rows); });
      x.assert_(bk.pi != zeros(4));
      x.assert_(bk.pi <= lit(4, uint64_t(s.PI)));
      x.assert_(bk.k <= lit(4, uint64_t(s.KMAX)));
      legal_layout(x, bk.neur, bk.j, &bk.lcnt);
      // its first slice's width and DAC mask are those of its own precision and signedness (b_t = 0)
      const Expr width =
          slice_width(zeros(kSliceW), bk.sgn && bk.pi == lit(4, 1), slice_lim(bk.pi, bk.sgn), s.PD);
      x.assert_(bk.fwidth == width);
      x.assert_(zext(bk.fmask, s.PD, s.PD + 1) == slice_mask_full(width, s.PD));
    });
  }
  c.if_(t.fcnt != zeros(s.rw), [&](Body& x) {
    x.assert_(!mux(t.fbank, t.full1, t.full0));
  });
}

void TileFormal::slices_and_sums(Body& c) {
  c.comment("column sums: results in column order, each sum within its bound (no overflow of COLACC_W)");
  c.comment("slices: the first at b_t = 0, then b_t increasing; results carry their slice's b_t");
  c.if_(t.st != IDLE && t.first, [&](Body& x) { x.assert_(t.bt == zeros(s.bw)); });
  c.if_(t.st != IDLE && !t.first, [&](Body& x) {
    x.assert_(t.bt != zeros(s.bw));
    x.assert_(t.bt_d <= t.bt);
  });
  c.if_(t.st == CONV, [&](Body& x) {
    x.assert_(t.nbt_q == t.next_bt);
    x.assert_(t.last_q == t.last_slice);
    x.if_(!t.last_q, [&](Body& y) { y.assert_(t.nbt_q > t.bt); });
  });
  for (int a = 0; a < s.NADC; ++a)
    c.if_(t.lanes[size_t(a)].valid, [&](Body& x) {
      x.assert_(t.bt_d <= t.bt);
      x.if_(t.first_d, [&](Body& y) { y.assert_(t.bt_d == zeros(s.bw)); });
    });
  c.if_(t.st == IDLE, [&](Body& x) { x.assert_(junk); });
  c.if_(junk, [&](Body& x) { x.assert_(t.st == IDLE || ((t.st == SETTLE || t.st == SAMPLE) && t.first)); });
  for (int a = 0; a < s.NADC; ++a) {
    const auto& ln = t.lanes[size_t(a)];
    const Expr res = nres[size_t(a)];  // results of this slice so far (ln.res counts them mod 2^gw)
    c.if_(!junk, [&](Body& x) { x.assert_(ln.res == (lcw == s.gw ? res : res.slice(s.gw - 1, 0))); });
    c.if_(t.st == CONV || t.st == FIN, [&](Body& x) {
      // each column issued is a result taken, a conversion in progress or a result this cycle
      const int X = lcw + 1;
      x.assert_(zext(t.iss[size_t(a)], lcw, X) ==
                zext(res, lcw, X) + zext(bit_of(t.cmp_en, a, s.NADC), 1, X) + zext(ln.valid, 1, X));
    });
    c.if_(ln.valid, [&](Body& x) {
      x.assert_(res < t.cnt[size_t(a)]);
      for (int h = 0; h < 2; ++h)
        x.if_(t.hsel == lit(1, uint64_t(h)) && !t.first_d,
              [&](Body& y) { y.assert_(ln.rd[h] == word(ln.mem[h], ln.res, s.G)); });
    });
    for (int h = 0; h < 2; ++h)
      c.if_(!junk && t.hsel == lit(1, uint64_t(h)) && t.st != IDLE, [&](Body& x) {
        for (int col = 0; col < s.G; ++col) {
          const Expr w = word(ln.mem[h], lit(s.gw, uint64_t(col)), s.G);
          const Expr cc = lit(lcw, uint64_t(col));
          x.if_(cc < t.cnt[size_t(a)], [&](Body& y) {
            y.if_(cc < res, [&](Body& z) { z.assert_(below(w, 1)); },
                  [&](Body& z) { z.if_(!t.first_d, [&](Body& u) { u.assert_(below(w, 0)); }); });
          });
        }
      });
  }
}

void TileFormal::vectors_and_output(Body& c) {
  c.comment("vectors: the one under conversion is never refilled; none is lost or duplicated");
  c.if_(t.st != IDLE, [&](Body& x) { x.assert_(cb_full); });
  c.if_(t.in_take && t.st != IDLE, [&](Body& x) { x.assert_(t.fbank != t.cbank); });
  c.assert_(vin - vout == zext(t.full0, 1, 3) + zext(t.full1, 1, 3) + zext(t.ob_full, 1, 3));
  c.comment("output stream: held until ready; one beat per neuron, the last flagged");
  c.if_(past(t.out_valid && !t.out_ready), [&](Body& x) {
    x.assert_(t.out_valid);
    x.assert_(t.out_data == past(t.out_data));
    x.assert_(t.out_last == past(t.out_last));
  });
  c.if_(t.out_valid, [&](Body& x) {
    x.assert_(t.ob_full);
    x.assert_(t.out_last == (t.o_n == t.o_neur));
  });
  c.if_(t.ob_full, [&](Body& x) {
    legal_layout(x, t.o_neur, t.o_j, nullptr);
    x.assert_(t.o_n <= t.o_neur);
    x.assert_(t.o_jj < t.o_j);
    x.assert_(t.o_g <= lit(s.gw, uint64_t(s.G - 1)));
    x.if_(t.o_n != t.o_neur, [&](Body& y) { y.assert_(col_at == col_want); });
    x.comment("the accumulator stays within its bound, and a step cannot overflow Y_W bits");
    x.assert_(acc_w + lim <= lim << lit(1, 1));
    x.if_(t.o_step, [&](Body& y) { y.assert_(sum_w == sext(sum_y, s.yw, W)); });
  });
}

void TileFormal::reachable(Body& c) {
  c.comment("reachable: every state, a vector out, the next vector starting as one closes, input while converting");
  std::vector<Expr> states{IDLE, SAMPLE, CONV};
  if (!s.SREG) states.push_back(FIN);
  states.push_back(CLOSE);
  if (s.SETTLE > 0) states.push_back(SETTLE);
  for (const Expr& x : states) c.cover(t.st == x);
  c.cover(t.out_valid && t.out_ready && t.out_last);
  c.cover(t.start_close);
  c.cover(t.in_take && t.st == CONV);
  if (s.SREG) c.cover(t.done && !t.last_q);
}

void TileFormal::after_reset(Body& x) {
  x.assert_(t.st == IDLE);
  x.assert_(!t.out_valid);
  x.assert_(t.cmp_en == zeros(s.NADC));
  x.assert_(t.wl == zeros(s.R));
  x.assert_(!t.in_ready);
}

}  // namespace

const Block& cim_tile_block() {
  static const CimTile b;
  return b;
}

}  // namespace cimgen
