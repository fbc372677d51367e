// analog_acc: the digital control of a crossbar array whose partial sums are
// accumulated in the analog domain before conversion (seed 002, issue 8):
//   STRATEGY=C  the NNS+A accumulates every slice's weighted column sum into a
//               held sum per neuron, LSB first (the held sum scaled by 2^-PD
//               each cycle); after the last slice one SAR conversion per
//               neuron keeps the PO most significant bits of the full scale
//               (eqs. 4, 7): the output is that PO-bit code;
//   STRATEGY=B  each slice's bit-line values are written into row t of an
//               analog buffer array; after the last slice the buffer's T+J-1
//               bit lines per neuron (one per significance d = t + j, PD = PR)
//               are converted with eq. 3's bits and shift-and-added:
//               out = sum_d code_d << d*PD (eq. 6 conversions).
// The analog side (DACs, crossbar, NNS+A or buffer array, the ADC's DAC and
// comparator) is outside; blocks/analog_acc/analog_acc_model.hpp models it and the testbench plays
// it. Dataflow per input vector (its R elements in the input buffer):
//   per slice t = 0 .. T-1:  SETTLE cycles rows driven, 1 cycle sh_o (the
//                            analog side accumulates / buffers slice t)
//   per neuron, per line:    N comparisons, one per cycle (uniform SAR)
// so T * (SETTLE + 1) + NEURONS * L * N cycles and one idle cycle; the next
// vector's elements are taken meanwhile.
#include "block.hpp"
#include "cim.hpp"
#include "stream_in.hpp"
#include "analog_acc_model.hpp"
#include "crossbar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <random>

namespace cimgen {
namespace {

using namespace vlog;

struct Shape {
  int R, NEU, PI, PW, PD, PR, PO, SETTLE;
  char strat;
  int T, J, L, N;        // slices, weight columns, lines converted per neuron, ADC bits
  int64_t out_max;       // largest output
  int ow, tw, nw, lw, bw, sw;
};

cim::strategy::Setup setup_of(const Shape& s) {
  cim::strategy::Setup u;
  u.PI = s.PI, u.PW = s.PW, u.PD = s.PD, u.PR = s.PR, u.PO = s.PO, u.R = s.R;
  return u;
}

Shape shape_of(const Params& p) {
  Shape s;
  s.R = p.get("R");
  s.NEU = p.get("NEURONS");
  s.PI = p.get("PI");
  s.PW = p.get("PW");
  s.PD = p.get("PD");
  s.PR = p.get("PR");
  s.PO = p.get("PO");
  s.SETTLE = p.get("SETTLE");
  s.strat = p.get("STRATEGY") == 0 ? 'B' : 'C';
  const auto u = setup_of(s);
  s.T = cim::strategy::slices(u);
  s.J = cim::strategy::columns(u);
  s.L = s.strat == 'B' ? s.T + s.J - 1 : 1;
  s.N = cim::strategy::adc_bits(s.strat, u);
  s.out_max = 0;
  for (int d = 0; d < s.L; ++d) s.out_max += ((int64_t(1) << s.N) - 1) << (s.strat == 'B' ? d * s.PD : 0);
  s.ow = bits_for(uint64_t(s.out_max));
  s.tw = bits_for(uint64_t(s.T - 1));
  s.nw = bits_for(uint64_t(s.NEU - 1));
  s.lw = bits_for(uint64_t(s.L - 1));
  s.bw = bits_for(uint64_t(s.N - 1));
  s.sw = bits_for(uint64_t(s.SETTLE));
  return s;
}

uint64_t mask64(int bits) { return bits >= 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1; }

int64_t cycles_per_vector(const Shape& s) { return int64_t(s.T) * (s.SETTLE + 1) + int64_t(s.NEU) * s.L * s.N + 1; }

class AnalogAcc final : public Block {
 public:
  std::string name() const override { return "analog_acc"; }
  std::string description() const override {
    return "analog accumulation control (seed 002): strategy C (NNS+A, one PO-bit conversion) or B (analog buffer, "
           "T+J-1 conversions, shift-and-add)";
  }

  std::vector<ParamSpec> params() const override {
    return {
        ParamSpec::choice("STRATEGY", {"B", "C"}, 1, "B: analog buffering then digital shift-and-add; C: fully analog"),
        spec::R(64, "crossbar rows"),
        ParamSpec::integer("NEURONS", 8, 1, 64, "neurons (outputs) per vector, converted one after the other"),
        spec::PI(8, "input bits (unsigned)"),
        spec::PW(8, "weight bits (unsigned)"),
        spec::PD(1, "DAC bits: input bits per slice"),
        spec::PR(1, "bits stored per cell (B: must equal PD)"),
        ParamSpec::integer("PO", 8, 1, 16, "C: output bits kept, the ADC's resolution (eq. 4)"),
        ParamSpec::integer("SETTLE", 1, 0, 15, "cycles the rows are driven before sh_o"),
        spec::RST(),
    };
  }

  std::vector<Rule> rules() const override {
    return {
        {"STRATEGY=B needs PR = PD", {"STRATEGY", "PD", "PR"},
         [](const Params& p) { return p.get("STRATEGY") != 0 || p.get("PD") == p.get("PR"); },
         [](const Params& p) { return cim::strategy::check('B', setup_of(shape_of(p))); }},
        {"STRATEGY=B: the ADC of eq. 3 has at most 16 bits", {"STRATEGY", "PI", "PW", "PD", "PR", "R"},
         [](const Params& p) { return shape_of(p).N <= 16; },  // C converts PO <= 16 bits
         [](const Params& p) {
           const Shape s = shape_of(p);
           auto v = setup_of(s);
           while (v.R > 1 && cim::strategy::adc_bits(s.strat, v) > 16) --v.R;
           return fmt::format("it needs {} bits; legal R for these precisions is 1..{}", s.N, v.R);
         }},
    };
  }

  std::vector<Derived> values(const Params& p) const override {
    const Shape s = shape_of(p);
    return {
        {"T", s.T, "input slices per vector (eq. 8)"},
        {"J", s.J, "weight columns per neuron"},
        {"LINES", s.L, "conversions per neuron (eq. 6 for B, eq. 7 for C)"},
        {"ADC_BITS", s.N, "ADC resolution (eq. 3 for B, eq. 4 for C)"},
        {"OUT_W", s.ow, "width of out_data_o"},
        {"FULL_SCALE_BITS", cim::strategy::full_scale_bits(setup_of(s)), "C: bits of the largest dot product (F)"},
        {"CYCLES_PER_VECTOR", cycles_per_vector(s), "cycles per vector once its elements are in, no back-pressure"},
        {"FORMAL_DEPTH", s.T * (s.SETTLE + 1) + s.N + 4, "proof depth: the slices, a conversion and reset"},
        {"FORMAL_COVER_DEPTH", s.R + 3 + cycles_per_vector(s), "cover depth: a vector in and all its neurons out"},
    };
  }

  std::vector<Campaign> campaigns() const override {
    return {
        {"formal_c", 1, 30, 60},
        {"formal_b", 1, 30, 60},
        {"b_pd2", 1, 30, 60},
    };
  }

  std::vector<Config> sweep() const override;
  std::vector<Module> emit(const Params& p) const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
};

// The RTL, one method per hardware unit; build() calls them in the order of the module's text.
class AccRtl {
 public:
  explicit AccRtl(const Params& p)
      : s(shape_of(p)), B(s.strat == 'B'), lines(B && s.L > 1), rst_style(spec::reset_style(p)), rst_doc(spec::reset_doc(p)) {}
  std::vector<Module> build();

 private:
  void ports();
  void engine_state();
  void slices();
  void conversions();
  void engine();
  void registers();
  void properties();

  const Shape s;  // generate() has checked the combination through derive()
  const bool B;
  const bool lines;  // B with more than one line; B with one line (T = J = 1) converts its result directly
  const ResetStyle rst_style;
  const std::string rst_doc;
  Module m{"analog_acc"};
  std::optional<Fsm> fsm;
  StreamIn ib;
  Expr clk, rst_n, in_valid, in_ready, in_data, out_valid, out_ready, out_data, out_last;
  Expr wl_en, dac_row, sh, slice, adc_neuron, adc_line, adc_dac, adc_cmp_en, adc_cmp;
  Expr IDLE, DRIVE, CONV, st_q, start;
  Expr x_q, t_q, s_q, sample, last_t;
  Expr n_q, d_q, b_q, code_q, sum_q, out_valid_q, out_data_q, out_last_q, trial, last_b, last_d, last_neu, cmp_en,
      code_f, result;
};

std::vector<Module> AccRtl::build() {
  ports();
  engine_state();
  slices();
  conversions();
  engine();
  registers();
  properties();
  return {m};
}

void AccRtl::ports() {
  clk = m.input("clk_i", 1, "clock");
  rst_n = m.input("rst_ni", 1, rst_doc);
  in_valid = m.input("in_valid_i", 1, "input stream: one element x[r] per beat, rows 0.. in order");
  in_ready = m.output("in_ready_o", 1);
  in_data = m.input("in_data_i", s.PI, "x[r], unsigned");
  out_valid = m.output("out_valid_o", 1, "output stream: one neuron per beat");
  out_ready = m.input("out_ready_i", 1);
  out_data = m.output("out_data_o", s.ow, B ? "sum_d code_d << d*PD" : "the PO most significant bits of x.w");
  out_last = m.output("out_last_o", 1, "last neuron of the vector");
  m.comment("Analog side: rows, the per-slice strobe, the ADC");
  wl_en = m.output("wl_en_o", 1, "the rows are driven");
  dac_row = m.output("dac_row_o", s.R * s.PD, "slice t of x[r], PD bits per row (0 while not driven)");
  sh = m.output("sh_o", 1, B ? "write the bit lines into buffer row slice_o at this edge"
                             : "accumulate slice slice_o into the held sums at this edge (0 starts them)");
  slice = m.output("slice_o", s.tw, "the slice driven");
  adc_neuron = m.output("adc_neuron_o", s.nw, "neuron under conversion");
  adc_line = B ? m.output("adc_line_o", s.lw, "buffer bit line d under conversion") : Expr();
  adc_dac = m.output("adc_dac_o", s.N, "DAC code of this cycle's comparison");
  adc_cmp_en = m.output("adc_cmp_en_o", 1, "a comparison is made this cycle");
  adc_cmp = m.input("adc_cmp_i", 1, "comparator answer (value >= DAC)");
  m.blank();
}

// The engine's states, and the input buffer that starts it.
void AccRtl::engine_state() {
  // An illegal code holds (Illegal::Stay), as this engine always did: the proofs show none is reached.
  fsm.emplace(m, "st", 2,
              std::vector<Fsm::State>{{"StIdle", 0, "waiting for a vector"},
                                      {"StDrive", 1, "slices driven, SETTLE cycles each, then sampled"},
                                      {"StConv", 2, "the conversions of every neuron"}},
              "engine", Fsm::Illegal::Stay);
  IDLE = (*fsm)("StIdle"), DRIVE = (*fsm)("StDrive"), CONV = (*fsm)("StConv");
  st_q = fsm->q();
  start = m.wire("start", 1, "the buffered vector starts");
  ib = stream_in(m, clk, rst_n, rst_style, in_valid, in_ready, in_data, s.PI, s.R, start);
  m.assign(start, ib.full && st_q == IDLE);
}

// Slices: the vector's slice t on the rows, and the strobe after SETTLE cycles.
void AccRtl::slices() {
  m.comment("Slices: t = 0 .. T-1, LSB first, held SETTLE cycles, then sh_o");
  x_q = m.reg("x_q", s.R * s.PI, "the vector being driven");
  t_q = m.reg("t_q", s.tw, "slice");
  s_q = m.reg("s_q", s.sw, "cycles slice t has been driven");
  sample = m.wire("sample", 1);
  m.assign(sample, st_q == DRIVE && s_q == lit(s.sw, uint64_t(s.SETTLE)));
  last_t = m.wire("last_t", 1);
  m.assign(last_t, t_q == lit(s.tw, uint64_t(s.T - 1)));
  const std::vector<Expr> each = cimgen::slices(m, x_q, s.PI, s.R, s.PD, "slice");
  const Expr drive = s.T == 1 ? m.wire("drive", s.R * s.PD, "slice t") : m.reg("drive", s.R * s.PD, "slice t");
  if (s.T == 1) {
    m.assign(drive, each[0]);
  } else {
    m.always_comb([&](Body& b) {
      std::vector<std::pair<std::vector<Expr>, Body::Fill>> items;
      for (int t = 1; t < s.T; ++t)
        items.push_back({{lit(s.tw, uint64_t(t))}, [&, t](Body& c) { c.assign(drive, each[t]); }});
      b.case_(t_q, items, [&](Body& c) { c.assign(drive, each[0]); });
    });
  }
  m.assign(wl_en, st_q == DRIVE);
  m.assign(dac_row, mux(st_q == DRIVE, drive, zeros(s.R * s.PD)));
  m.assign(sh, sample);
  m.assign(slice, t_q);
}

// Conversions: the SAR trials of each neuron's lines, B's shift-and-add, the output register's handshake.
void AccRtl::conversions() {
  m.comment("Conversions: per neuron n, per line d, N comparisons MSB first");
  n_q = m.reg("n_q", s.nw, "neuron");
  d_q = B ? m.reg("d_q", s.lw, "buffer bit line") : Expr();
  b_q = m.reg("b_q", s.bw, "bit under trial");
  code_q = m.reg("code_q", s.N, "bits decided so far");
  sum_q = lines ? m.reg("sum_q", s.ow, "the neuron's lines so far, shifted") : Expr();
  out_valid_q = m.reg("out_valid_q", 1);
  out_data_q = m.reg("out_data_q", s.ow);
  out_last_q = m.reg("out_last_q", 1);
  const Expr out_free = m.wire("out_free", 1, "the output register can take a neuron this cycle");
  m.assign(out_free, !out_valid_q || out_ready);
  trial = m.wire("trial", s.N, "code with bit b set");
  m.assign(trial, code_q | (lit(s.N, 1) << b_q));
  last_b = m.wire("last_b", 1);
  m.assign(last_b, b_q == zeros(s.bw));
  last_d = m.wire("last_d", 1, "the neuron's last line");
  m.assign(last_d, B ? d_q == lit(s.lw, uint64_t(s.L - 1)) : lit(1, 1));
  last_neu = m.wire("last_neu", 1, "the last neuron");
  m.assign(last_neu, n_q == lit(s.nw, uint64_t(s.NEU - 1)));
  // The neuron's last comparison waits for the output register.
  cmp_en = m.wire("cmp_en", 1);
  m.assign(cmp_en, st_q == CONV && !(last_b && last_d && !out_free));
  code_f = m.wire("code_f", s.N, "the conversion's code after this comparison");
  m.assign(code_f, mux(adc_cmp, trial, code_q));
  result = m.wire("result", s.ow, "the neuron's output when its last comparison is made");
  if (lines) {
    const Expr shifted = m.wire("shifted", s.ow, "code_f << d*PD");
    const Expr dpd = m.wire("dpd", bits_for(uint64_t((s.L - 1) * s.PD)), "d * PD");
    const int dw = bits_for(uint64_t((s.L - 1) * s.PD));
    m.assign(dpd, s.PD == 1 ? zext(d_q, s.lw, dw) : zext(d_q, s.lw, dw) * lit(dw, uint64_t(s.PD)));
    m.assign(shifted, zext(code_f, s.N, s.ow) << dpd);
    m.assign(result, sum_q + shifted);
  } else {  // C, or B with one line (T = J = 1): the code is the result
    m.assign(result, zext(code_f, s.N, s.ow));
  }
  m.assign(adc_neuron, n_q);
  if (B) m.assign(adc_line, d_q);
  m.assign(adc_dac, mux(cmp_en, trial, zeros(s.N)));
  m.assign(adc_cmp_en, cmp_en);
  m.assign(out_valid, out_valid_q);
  m.assign(out_data, out_data_q);
  m.assign(out_last, out_last_q);
}

// The engine: idle, drive the slices, convert every neuron.
void AccRtl::engine() {
  fsm->go("StIdle", "StDrive", start)
      .go("StDrive", "StConv", sample && last_t)
      .go("StConv", "StIdle", cmp_en && last_b && last_d && last_neu);
  fsm->emit(clk, rst_n, rst_style);
}

// The output valid (reset) and the slice and conversion registers (no reset: start loads them).
void AccRtl::registers() {
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(out_valid_q, lit(1, 0)); },
      [&](Body& b) {
        b.if_(out_valid_q && out_ready, [&](Body& t) { t.nb(out_valid_q, lit(1, 0)); });
        b.if_(cmp_en && last_b && last_d, [&](Body& t) { t.nb(out_valid_q, lit(1, 1)); });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(start, [&](Body& t) {
      t.nb(x_q, ib.data);
      t.nb(t_q, zeros(s.tw));
      t.nb(s_q, zeros(s.sw));
    });
    b.if_(st_q == DRIVE, [&](Body& t) {
      t.if_(sample,
            [&](Body& sm) {
              sm.nb(s_q, zeros(s.sw));
              sm.if_(!last_t, [&](Body& l) { l.nb(t_q, t_q + lit(s.tw, 1)); });
            },
            [&](Body& e) {
              if (s.SETTLE > 0) e.nb(s_q, s_q + lit(s.sw, 1));
            });
    });
    // Entering the conversions, and after each one: the next from bit N-1 with no bit decided.
    b.if_(sample && last_t, [&](Body& t) {
      t.nb(n_q, zeros(s.nw));
      if (B) t.nb(d_q, zeros(s.lw));
      if (lines) t.nb(sum_q, zeros(s.ow));
      t.nb(b_q, lit(s.bw, uint64_t(s.N - 1)));
      t.nb(code_q, zeros(s.N));
    });
    b.if_(cmp_en, [&](Body& t) {
      t.if_(
          last_b,
          [&](Body& l) {
            l.nb(b_q, lit(s.bw, uint64_t(s.N - 1)));
            l.nb(code_q, zeros(s.N));
            if (B) {
              l.if_(last_d,
                    [&](Body& ld) {
                      ld.nb(d_q, zeros(s.lw));
                      if (lines) ld.nb(sum_q, zeros(s.ow));
                    },
                    [&](Body& ld) {
                      ld.nb(d_q, d_q + lit(s.lw, 1));
                      if (lines) ld.nb(sum_q, result);
                    });
            }
            l.if_(last_d, [&](Body& ld) {
              ld.nb(out_data_q, result);
              ld.nb(out_last_q, last_neu);
              if (s.NEU > 1) ld.nb(n_q, n_q + lit(s.nw, 1));
            });
          },
          [&](Body& l) {
            l.nb(b_q, b_q - lit(s.bw, 1));
            l.nb(code_q, code_f);
          });
    });
  });
}

// Properties, with every input free (any stream, comparator answers, back-pressure, resets).
void AccRtl::properties() {
  m.formal();
  const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
  m.initial_assume(!rst_n);
  const Expr f_cmp = m.formal_reg("f_cmp_q", s.bw + 1, zeros(s.bw + 1));
  const Expr f_beats = m.formal_reg("f_beats_q", s.nw + 1, zeros(s.nw + 1));
  const Expr f_mask = m.wire("f_mask", s.N + 1, "bits b and below");
  m.assign(f_mask, (lit(s.N + 1, 2) << b_q) - lit(s.N + 1, 1));
  m.always_at(clk, [&](Body& b) {
    b.nb(past_valid, lit(1, 1));
    b.if_(!rst_n || start, [&](Body& t) { t.nb(f_beats, zeros(s.nw + 1)); });
    b.if_(rst_n && cmp_en && last_b && last_d, [&](Body& t) { t.nb(f_beats, f_beats + lit(s.nw + 1, 1)); });
    b.if_(!rst_n || (sample && last_t), [&](Body& t) { t.nb(f_cmp, zeros(s.bw + 1)); });
    b.if_(rst_n && cmp_en, [&](Body& t) {
      t.nb(f_cmp, mux(last_b, zeros(s.bw + 1), f_cmp + lit(s.bw + 1, 1)));
    });
    b.if_(past_valid, [&](Body& t) {
      t.if_(!past(rst_n), [&](Body& r) {
        r.assert_(st_q == IDLE);
        r.assert_(!out_valid);
        r.assert_(!wl_en && !sh && !adc_cmp_en);
      });
      t.if_(rst_n, [&](Body& r) {
        r.assert_(st_q == IDLE || st_q == DRIVE || st_q == CONV);
        r.assert_(wl_en == (st_q == DRIVE));
        r.if_(!wl_en, [&](Body& d) { d.assert_(dac_row == zeros(s.R * s.PD)); });
        r.if_(st_q == DRIVE, [&](Body& d) {
          d.assert_(t_q <= lit(s.tw, uint64_t(s.T - 1)));
          d.assert_(s_q <= lit(s.sw, uint64_t(s.SETTLE)));
        });
        r.if_(st_q == CONV, [&](Body& d) {
          d.assert_(n_q <= lit(s.nw, uint64_t(s.NEU - 1)));
          if (B) d.assert_(d_q <= lit(s.lw, uint64_t(s.L - 1)));
          d.assert_(b_q <= lit(s.bw, uint64_t(s.N - 1)));
          d.comment("SAR: the bits at and below the trial bit are undecided; N comparisons per conversion");
          d.assert_((code_q & f_mask.slice(s.N - 1, 0)) == zeros(s.N));
          d.assert_(zext(b_q, s.bw, s.bw + 1) + f_cmp == lit(s.bw + 1, uint64_t(s.N - 1)));
          d.assert_(zext(n_q, s.nw, s.nw + 1) == f_beats);
        });
        r.if_(!adc_cmp_en, [&](Body& d) { d.assert_(adc_dac == zeros(s.N)); });
        r.if_(adc_cmp_en, [&](Body& d) { d.assert_(adc_dac == trial); });
        r.if_(out_valid && out_last, [&](Body& d) { d.assert_(st_q != CONV || f_beats == zeros(s.nw + 1)); });
      });
      t.if_(past(rst_n) && rst_n, [&](Body& r) {
        r.comment("a slice is held while it settles, and the next one follows its sample");
        r.if_(past(st_q == DRIVE && !sample) && st_q == DRIVE, [&](Body& d) {
          d.assert_(dac_row == past(dac_row));
          d.assert_(t_q == past(t_q));
          d.assert_(s_q == past(s_q) + lit(s.sw, 1));
        });
        r.if_(past(sample && !last_t), [&](Body& d) {
          d.assert_(st_q == DRIVE);
          d.assert_(t_q == past(t_q) + lit(s.tw, 1));
          d.assert_(s_q == zeros(s.sw));
        });
        r.if_(past(start), [&](Body& d) {
          d.assert_(t_q == zeros(s.tw));
          d.assert_(st_q == DRIVE);
        });
        r.comment("output handshake");
        r.if_(past(out_valid && !out_ready), [&](Body& d) {
          d.assert_(out_valid);
          d.assert_(out_data == past(out_data));
          d.assert_(out_last == past(out_last));
        });
      });
      t.cover(out_valid && out_ready && out_last);
    });
  });
  m.end_formal();
}

std::vector<Module> AnalogAcc::emit(const Params& p) const { return AccRtl(p).build(); }

// One layer per segment: the analog array's weights (all ones, all zeros or random), one to four vectors and a
// SINAD (none, 60, 40 or 20 dB: the paper's lumped noise, eq. 13, drawn once per conversion). The responder
// plays the analog side: it counts sample strobes (T per vector) and answers each comparison with
// value >= adc_dac_o for the neuron and line converted, from floor(value) of the model's noisy values.
std::optional<vtb::Bench> AnalogAcc::testbench(const Params& p, uint64_t seed) const {
  const Shape s = shape_of(p);
  const bool B = s.strat == 'B';
  const auto u = setup_of(s);
  const int F = cim::strategy::full_scale_bits(u);
  std::mt19937_64 rng(seed);
  const auto uni = [&rng](uint64_t hi) { return std::uniform_int_distribution<uint64_t>(0, hi)(rng); };
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Layers of random weights, vectors and SINAD; the analog side answers from the model's noisy values.";
  b.streams = {{"in", true, "in_valid_i", "in_ready_o", {{"in_data_i", s.PI}}, "", {}, {}},
               {"out", false, "out_valid_o", "out_ready_i", {{"out_data_o", s.ow}, {"out_last_o", 1}}, "", {}, {}}};
  const int TW = s.N + 3;  // floor(value) in [-1, 2^N + 1]
  b.tables = {{"thr", s.NEU * s.L * TW, false, {}, {}}};
  b.responder_ports = {"adc_cmp_i"};
  b.quiet_in_reset = {"wl_en_o", "sh_o", "adc_cmp_en_o", "adc_dac_o", "dac_row_o"};
  b.responder = vtb::strobe_counter(
                    "Sample strobes since reset: T per vector, the conversions after a vector's last.",
                    "smp", "sh_o") +
                fmt::format(
      "  wire [{0}:0] thr_row = thr_mem[thr_base + (smp - 1) / {1}];\n"
      "  wire [31:0] conv = adc_neuron_o * {2}{3};\n"
      "  wire signed [{4}:0] thr = thr_row[conv * {5} +: {5}];\n"
      "  assign adc_cmp_i = adc_cmp_en_o ? $signed({{3'b000, adc_dac_o}}) <= thr : tb_noise;\n",
      s.NEU * s.L * TW - 1, s.T, s.L, B ? " + adc_line_o" : "", TW - 1, TW);
  uint64_t vec = 0;
  for (int seg = 0; seg < 6; ++seg) {
    const int style = int(uni(5));
    std::vector<std::vector<uint32_t>> w(size_t(s.NEU), std::vector<uint32_t>(size_t(s.R)));
    for (auto& wn : w)
      for (auto& v : wn) v = style == 0 ? uint32_t(mask64(s.PW)) : style == 1 ? 0u : uint32_t(uni(mask64(s.PW)));
    std::vector<std::vector<uint32_t>> xs(size_t(1 + uni(3)), std::vector<uint32_t>(size_t(s.R)));
    for (auto& x : xs) {
      const int xstyle = int(uni(7));
      for (auto& v : x) v = xstyle == 0 ? 0u : xstyle == 1 ? uint32_t(mask64(s.PI)) : uint32_t(uni(mask64(s.PI)));
    }
    double max_abs = 0;
    for (const auto& x : xs)
      for (const auto& wn : w)
        for (const double v : cim::strategy::analog_values(s.strat, u, x, wn)) max_abs = std::max(max_abs, std::fabs(v));
    const double sinads[] = {std::numeric_limits<double>::infinity(), 60, 40, 20};
    const double sigma = cim::strategy::sigma_for(max_abs, sinads[uni(3)]);
    for (const auto& x : xs) {
      for (const uint32_t e : x) b.streams[0].beats.push_back({{e}});
      std::vector<uint64_t> row;  // neuron n's line d at n * L + d
      for (int n = 0; n < s.NEU; ++n) {
        uint64_t d = 0;
        const auto o = cim::strategy::run(s.strat, u, x, w[size_t(n)], [&](double v) {
          const double seen = sigma > 0 ? v + sigma * cim::keyed_normal(seed, 5, vec, uint64_t(n * s.L) + d) : v;
          const double val = B ? seen : std::ldexp(seen, s.PO);  // C: the ADC compares 2^PO times the held sum
          row.push_back(vtb::bits(std::clamp<int64_t>(int64_t(std::floor(val)), -1, (int64_t(1) << s.N) + 1), TW)[0]);
          ++d;
          return seen;
        });
        const double out = B ? o.out : std::ldexp(o.out, s.PO - F);
        b.streams[1].beats.push_back({{uint64_t(out)}, {uint64_t(n == s.NEU - 1)}});
      }
      b.tables[0].rows.push_back(vtb::pack(row, TW));
      ++vec;
    }
    b.end_segment(seg % 2 == 0);
  }
  return b;
}

std::vector<Config> AnalogAcc::sweep() const {
  return {
      {"ref_c_r128_pd1", {"STRATEGY=C", "R=128", "NEURONS=8", "PI=8", "PW=8", "PD=1", "PR=1", "PO=8"}, true, false, 60},
      {"ref_b_r128_pd1", {"STRATEGY=B", "R=128", "NEURONS=8", "PI=8", "PW=8", "PD=1", "PR=1", "RST=sync"}, true, false, 40},
      {"c_pd4_pr2", {"STRATEGY=C", "R=64", "NEURONS=4", "PI=8", "PW=6", "PD=4", "PR=2", "PO=6", "SETTLE=0"}, false, false, 200},
      {"c_exact", {"STRATEGY=C", "R=3", "NEURONS=3", "PI=3", "PW=2", "PD=2", "PR=1", "PO=16", "SETTLE=2"}, false, false, 400},
      {"b_pd2", {"STRATEGY=B", "R=20", "NEURONS=2", "PI=7", "PW=5", "PD=2", "PR=2", "SETTLE=0"}, false, false, 200},
      {"formal_c", {"STRATEGY=C", "R=2", "NEURONS=2", "PI=3", "PW=2", "PD=1", "PR=1", "PO=3"}, false, true, 400},
      {"formal_b", {"STRATEGY=B", "R=2", "NEURONS=2", "PI=2", "PW=2", "PD=1", "PR=1", "SETTLE=0", "RST=sync"}, false, true, 400},
  };
}

}  // namespace

const Block& analog_acc_block() {
  static const AnalogAcc b;
  return b;
}

}  // namespace cimgen
