// stack_ctl: the controller of a two-layer stacked crossbar (seed 004,
// CrossStack; issue 8). Two halves of R rows share C column lines; a half's
// cells are read when its read-enable re_o[h] is high and written (isolated
// from the columns) while prog_en_o[h] is high.
//   MODE=expansion  both halves are written, then read together: network
//                   layers of 2R rows (vector elements 0..R-1 drive half 0);
//   MODE=deepnet    layer k lives in half k % 2: while one half is read for
//                   layer k, the other is programmed with layer k+1, and
//                   they swap (read/write pipelining);
//   MODE=single     the baseline: half 0 only, which must stop being read to
//                   be reprogrammed.
// Two engines share the halves through one loaded flag per half:
//   write: a weight row per w beat, then TPROG cycles of write pulse
//          (prog_en_o, prog_row_o and prog_data_o held); a half is loaded
//          after its last row, and written only while not loaded;
//   read:  a vector per in beat (in_last_i marks a layer's last), driven
//          SETTLE cycles on row_o with re_o, then sampled (sh_o) from col_i
//          into the output register; the half is unloaded after the last.
// blocks/stack_ctl/stack_ctl_model.hpp models the schedule; the testbench plays the stack.
#include "block.hpp"
#include "stack_ctl_model.hpp"

#include <fmt/format.h>

#include <optional>
#include <random>

namespace cimgen {
namespace {

using namespace vlog;

struct Shape {
  cim::stack::Mode mode;
  int R, C, PI, PR, SETTLE, TPROG;
  int rows;  // rows of a network layer
  int sw;    // bits of a column sum
  int rw, cw, setw;
  bool deep() const { return mode == cim::stack::Mode::DeepNet; }
  bool expansion() const { return mode == cim::stack::Mode::Expansion; }
  bool single() const { return mode == cim::stack::Mode::Single; }
};

Shape shape_of(const Params& p) {
  Shape s;
  const int m = int(p.get("MODE"));
  s.mode = m == 0 ? cim::stack::Mode::Expansion : m == 1 ? cim::stack::Mode::DeepNet : cim::stack::Mode::Single;
  s.R = p.get("R");
  s.C = p.get("C");
  s.PI = p.get("PI");
  s.PR = p.get("PR");
  s.SETTLE = p.get("SETTLE");
  s.TPROG = p.get("TPROG");
  s.rows = cim::stack::rows_per_layer(s.mode, s.R);
  s.sw = bits_for(uint64_t(s.rows) * ((uint64_t(1) << s.PI) - 1) * ((uint64_t(1) << s.PR) - 1));
  s.rw = bits_for(uint64_t(s.R - 1));
  s.cw = bits_for(uint64_t(s.TPROG - 1));
  s.setw = bits_for(uint64_t(s.SETTLE));
  return s;
}

cim::stack::Timing timing_of(const Shape& s) { return {s.R, s.TPROG, s.SETTLE}; }

class StackCtl final : public Block {
 public:
  std::string name() const override { return "stack_ctl"; }
  std::string description() const override {
    return "stacked-crossbar controller (seed 004): expansion (2R rows per column) or deep-net mode (one half read "
           "while the other is programmed)";
  }

  std::vector<ParamSpec> params() const override {
    return {
        ParamSpec::choice("MODE", {"expansion", "deepnet", "single"}, 1,
                          "expansion: both halves read as one; deepnet: read one half while writing the other; "
                          "single: one half, stopped to be reprogrammed (the baseline)"),
        ParamSpec::integer("R", 10, 1, 64, "rows per half"),
        ParamSpec::integer("C", 10, 1, 32, "shared column lines"),
        spec::PI(7, "input (row DAC) bits"),
        ParamSpec::integer("PR", 1, 1, 4, "bits stored per cell"),
        ParamSpec::integer("SETTLE", 0, 0, 15, "cycles the rows are driven before the sample"),
        ParamSpec::integer("TPROG", 3, 1, 1023, "cycles of one row's write pulse (the programming time)"),
        spec::RST(),
    };
  }

  std::vector<Derived> values(const Params& p) const override {
    const Shape s = shape_of(p);
    const auto t = timing_of(s);
    const int64_t W = s.rows * cim::stack::row_cycles(t), V = cim::stack::vector_cycles(t);
    return {
        {"ROWS", s.rows, "rows (vector elements, weight beats) of a network layer"},
        {"SUM_W", s.sw, "bits of a column sum"},
        {"ROW_CYCLES", cim::stack::row_cycles(t), "cycles per weight row: its beat and TPROG cycles of write pulse"},
        {"LAYER_WRITE_CYCLES", W, "cycles to program a network layer"},
        {"VECTOR_CYCLES", V, "cycles per vector: its beat, SETTLE cycles of drive, the sample"},
        {"FORMAL_DEPTH", s.TPROG + s.SETTLE + 4, "proof depth: a write pulse, a read and reset"},
        {"FORMAL_COVER_DEPTH", 2 * W + 2 * V + 4, "cover depth: two layers written and read"},
    };
  }

  std::vector<Campaign> campaigns() const override {
    return {
        {"formal_deep", 1, 30, 60},
        {"formal_exp", 1, 30, 60},
        {"formal_single", 1, 30, 60},
        {"exp_r3_c2_pr2", 1, 30, 60},
    };
  }

  std::vector<Config> sweep() const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
  std::vector<Module> emit(const Params& p) const override;
};

// The RTL, one method per hardware unit; build() calls them in the order of the module's text.
class StackRtl {
 public:
  explicit StackRtl(const Params& p)
      : s(shape_of(p)), rst_style(spec::reset_style(p)), rst_doc(spec::reset_doc(p)), hw(s.R * s.PI) {}
  std::vector<Module> build();

 private:
  void ports();
  void write_engine();
  void read_engine();
  void control_registers();
  void data_registers();
  void properties();

  const Shape s;
  const ResetStyle rst_style;
  const std::string rst_doc;
  const int hw;  // row_o bits of one half
  Module m{"stack_ctl"};
  Expr clk, rst_n, w_valid, w_ready, w_data, in_valid, in_ready, in_data, in_last, out_valid, out_ready, out_data,
      out_last, re, row, sh, col, prog_en, prog_row, prog_data, loaded0, loaded1, wbusy, wrow, wh, wcnt, wdata,
      wfree, wtake, wdone, wlast_row, wlayer, rbusy, rh, s_q, x_q, last_q, out_valid_q, out_data_q, out_last_q,
      out_free, rloaded, rtake, sample, rlayer;
};

std::vector<Module> StackRtl::build() {
  ports();
  write_engine();
  read_engine();
  control_registers();
  data_registers();
  properties();
  return {m};
}

void StackRtl::ports() {
  clk = m.input("clk_i", 1, "clock");
  rst_n = m.input("rst_ni", 1, rst_doc);
  w_valid = m.input("w_valid_i", 1, "weight stream: one row per beat, a layer's ROWS rows in order");
  w_ready = m.output("w_ready_o", 1);
  w_data = m.input("w_data_i", s.C * s.PR, "the row's cells, column c at bits c*PR");
  in_valid = m.input("in_valid_i", 1, "input stream: one vector per beat");
  in_ready = m.output("in_ready_o", 1);
  in_data = m.input("in_data_i", s.rows * s.PI, "element r (row r) at bits r*PI");
  in_last = m.input("in_last_i", 1, "the layer's last vector");
  out_valid = m.output("out_valid_o", 1, "output stream: one vector's column sums per beat");
  out_ready = m.input("out_ready_i", 1);
  out_data = m.output("out_data_o", s.C * s.sw, "column c's sum at bits c*SUM_W");
  out_last = m.output("out_last_o", 1, "the layer's last vector");
  m.comment("The stack: two halves of R rows on C shared columns");
  re = m.output("re_o", 2, "read-enable of each half: its cells drive the columns");
  row = m.output("row_o", 2 * hw, "row inputs, half h at bits h*R*PI (0 while not read)");
  sh = m.output("sh_o", 1, "col_i is sampled at this edge");
  col = m.input("col_i", s.C * s.sw, "the shared columns' sums");
  prog_en = m.output("prog_en_o", 2, "write pulse into half h (its cells isolated from the columns)");
  prog_row = m.output("prog_row_o", s.rw, "row written");
  prog_data = m.output("prog_data_o", s.C * s.PR, "cells written (0 while no pulse)");
  m.blank();
}

// The loaded flags, and the write engine: a row per beat, then TPROG cycles of pulse.
void StackRtl::write_engine() {
  // Loaded flags: one per half used (deep-net) or one for the layer (expansion, single).
  loaded0 = m.reg("loaded0_q", 1, s.deep() ? "half 0 holds a layer to read" : "the stack holds a layer to read");
  loaded1 = s.deep() ? m.reg("loaded1_q", 1, "half 1 holds a layer to read") : Expr();

  m.comment("Write engine: a row per beat, then TPROG cycles of pulse");
  wbusy = m.reg("wbusy_q", 1, "a row's write pulse is on");
  wrow = m.reg("wrow_q", s.rw, "row of the half being written");
  wh = s.single() ? Expr() : m.reg("wh_q", 1, "half being written");
  wcnt = m.reg("wcnt_q", s.cw, "cycles of the pulse so far");
  wdata = m.reg("wdata_q", s.C * s.PR, "the row's cells");
  wfree = m.wire("wfree", 1, "the half to write holds no layer");
  m.assign(wfree, s.deep() ? !mux(wh, loaded1, loaded0) : !loaded0);
  m.assign(w_ready, !wbusy && wfree);
  wtake = m.wire("wtake", 1, "a weight row is taken");
  m.assign(wtake, w_valid && w_ready);
  wdone = m.wire("wdone", 1, "the row's pulse ends at this edge");
  m.assign(wdone, wbusy && wcnt == lit(s.cw, uint64_t(s.TPROG - 1)));
  wlast_row = m.wire("wlast_row", 1, "the half's last row");
  m.assign(wlast_row, wrow == lit(s.rw, uint64_t(s.R - 1)));
  wlayer = m.wire("wlayer", 1, "the layer's last row is written at this edge");
  m.assign(wlayer, s.expansion() ? wdone && wlast_row && wh : wdone && wlast_row);
  if (s.single()) {
    m.assign(prog_en, cat({lit(1, 0), wbusy}));
  } else {
    m.assign(prog_en, cat({wbusy && wh, wbusy && !wh}));
  }
  m.assign(prog_row, wrow);
  m.assign(prog_data, mux(wbusy, wdata, zeros(s.C * s.PR)));
}

// The read engine: a vector per beat, SETTLE cycles of drive, then the sample.
void StackRtl::read_engine() {
  m.comment("Read engine: a vector per beat, SETTLE cycles of drive, then the sample");
  rbusy = m.reg("rbusy_q", 1, "a vector is driven");
  rh = s.deep() ? m.reg("rh_q", 1, "half being read") : Expr();
  s_q = m.reg("s_q", s.setw, "cycles the vector has been driven");
  x_q = m.reg("x_q", s.rows * s.PI, "the vector");
  last_q = m.reg("last_q", 1, "the layer's last vector");
  out_valid_q = m.reg("out_valid_q", 1);
  out_data_q = m.reg("out_data_q", s.C * s.sw);
  out_last_q = m.reg("out_last_q", 1);
  out_free = m.wire("out_free", 1, "the output register can take a vector this cycle");
  m.assign(out_free, !out_valid_q || out_ready);
  rloaded = m.wire("rloaded", 1, "the half to read holds a layer");
  m.assign(rloaded, s.deep() ? mux(rh, loaded1, loaded0) : loaded0);
  m.assign(in_ready, !rbusy && rloaded);
  rtake = m.wire("rtake", 1, "a vector is taken");
  m.assign(rtake, in_valid && in_ready);
  sample = m.wire("sample", 1, "the columns are sampled at this edge (waits for the output register)");
  m.assign(sample, rbusy && s_q == lit(s.setw, uint64_t(s.SETTLE)) && out_free);
  rlayer = m.wire("rlayer", 1, "the layer's last vector is sampled at this edge");
  m.assign(rlayer, sample && last_q);
  if (s.deep()) {
    m.assign(re, cat({rbusy && rh, rbusy && !rh}));
    m.assign(row, mux(rbusy, mux(rh, cat({x_q, zeros(hw)}), cat({zeros(hw), x_q})), zeros(2 * hw)));
  } else if (s.expansion()) {
    m.assign(re, cat({rbusy, rbusy}));
    m.assign(row, mux(rbusy, x_q, zeros(2 * hw)));
  } else {
    m.assign(re, cat({lit(1, 0), rbusy}));
    m.assign(row, cat({zeros(hw), mux(rbusy, x_q, zeros(hw))}));
  }
  m.assign(sh, sample);
  m.assign(out_valid, out_valid_q);
  m.assign(out_data, out_data_q);
  m.assign(out_last, out_last_q);
}

// The engines' control registers (reset): busy flags, row and half counters, loaded flags.
void StackRtl::control_registers() {
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(loaded0, lit(1, 0));
        if (s.deep()) b.nb(loaded1, lit(1, 0));
        b.nb(wbusy, lit(1, 0));
        b.nb(wrow, zeros(s.rw));
        if (!s.single()) b.nb(wh, lit(1, 0));
        b.nb(rbusy, lit(1, 0));
        if (s.deep()) b.nb(rh, lit(1, 0));
        b.nb(out_valid_q, lit(1, 0));
      },
      [&](Body& b) {
        b.comment("write engine");
        b.if_(wtake, [&](Body& t) { t.nb(wbusy, lit(1, 1)); });
        b.if_(wdone, [&](Body& t) {
          t.nb(wbusy, lit(1, 0));
          t.if_(wlast_row, [&](Body& l) {
            l.nb(wrow, zeros(s.rw));
            if (!s.single()) l.nb(wh, !wh);
          }, [&](Body& l) { l.nb(wrow, wrow + lit(s.rw, 1)); });
        });
        b.comment("read engine");
        b.if_(out_valid_q && out_ready, [&](Body& t) { t.nb(out_valid_q, lit(1, 0)); });
        b.if_(rtake, [&](Body& t) { t.nb(rbusy, lit(1, 1)); });
        b.if_(sample, [&](Body& t) {
          t.nb(rbusy, lit(1, 0));
          t.nb(out_valid_q, lit(1, 1));
          if (s.deep()) t.if_(last_q, [&](Body& l) { l.nb(rh, !rh); });
        });
        b.comment("loaded: set by the write engine, cleared by the read engine (never the same half at once)");
        if (s.deep()) {
          b.if_(wlayer && !wh, [&](Body& t) { t.nb(loaded0, lit(1, 1)); });
          b.if_(wlayer && wh, [&](Body& t) { t.nb(loaded1, lit(1, 1)); });
          b.if_(rlayer && !rh, [&](Body& t) { t.nb(loaded0, lit(1, 0)); });
          b.if_(rlayer && rh, [&](Body& t) { t.nb(loaded1, lit(1, 0)); });
        } else {
          b.if_(wlayer, [&](Body& t) { t.nb(loaded0, lit(1, 1)); });
          b.if_(rlayer, [&](Body& t) { t.nb(loaded0, lit(1, 0)); });
        }
      });
}

// The data registers (no reset: a take loads them).
void StackRtl::data_registers() {
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(wtake, [&](Body& t) {
      t.nb(wdata, w_data);
      t.nb(wcnt, zeros(s.cw));
    });
    if (s.TPROG > 1) b.if_(wbusy && !wdone, [&](Body& t) { t.nb(wcnt, wcnt + lit(s.cw, 1)); });
    b.if_(rtake, [&](Body& t) {
      t.nb(x_q, in_data);
      t.nb(last_q, in_last);
      t.nb(s_q, zeros(s.setw));
    });
    if (s.SETTLE > 0)
      b.if_(rbusy && s_q != lit(s.setw, uint64_t(s.SETTLE)), [&](Body& t) { t.nb(s_q, s_q + lit(s.setw, 1)); });
    b.if_(sample, [&](Body& t) {
      t.nb(out_data_q, col);
      t.nb(out_last_q, last_q);
    });
  });
}

// Properties, with every input free (any streams, column sums, back-pressure, resets).
void StackRtl::properties() {
  // Properties, with every input free (any streams, column sums, back-pressure, resets).
  m.formal();
  const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
  m.initial_assume(!rst_n);
  const Expr wh_e = s.single() ? lit(1, 0) : wh;
  m.always_at(clk, [&](Body& b) {
    b.nb(past_valid, lit(1, 1));
    b.if_(past_valid, [&](Body& t) {
      t.if_(!past(rst_n), [&](Body& r) {
        r.assert_(!wbusy && !rbusy && !out_valid && !loaded0);
        if (s.deep()) r.assert_(!loaded1);
        r.assert_(wrow == zeros(s.rw));
      });
      t.if_(rst_n, [&](Body& r) {
        r.comment("isolation: a half is never written while it is read");
        r.assert_((prog_en & re) == lit(2, 0));
        if (s.deep()) r.assert_(re != lit(2, 3));
        if (s.expansion()) r.assert_(re[0] == re[1]);
        if (s.single()) r.assert_(!re[1] && !prog_en[1]);
        r.comment("a half is written only while it holds no layer, read only while it holds one");
        r.if_(wbusy, [&](Body& d) { d.assert_(wfree); });
        r.if_(rbusy, [&](Body& d) { d.assert_(rloaded); });
        if (s.deep()) {
          r.comment("deep-net: layers are read in the order written, so the read half holds the older one and the");
          r.comment("write half is the other one unless both or neither hold a layer");
          const Expr other = mux(rh, loaded0, loaded1);
          r.if_(!rloaded, [&](Body& d) { d.assert_(!other && wh == rh); });
          r.if_(rloaded && !other, [&](Body& d) { d.assert_(wh != rh); });
          r.if_(rloaded && other, [&](Body& d) { d.assert_(wh == rh); });
        }
        r.if_(wrow != zeros(s.rw), [&](Body& d) { d.assert_(wfree); });
        if (s.expansion()) r.if_(loaded0, [&](Body& d) { d.assert_(!wh); });
        r.assert_(wrow <= lit(s.rw, uint64_t(s.R - 1)));
        r.if_(wbusy, [&](Body& d) { d.assert_(wcnt <= lit(s.cw, uint64_t(s.TPROG - 1))); });
        r.if_(rbusy, [&](Body& d) { d.assert_(s_q <= lit(s.setw, uint64_t(s.SETTLE))); });
        r.if_(!wbusy, [&](Body& d) { d.assert_(prog_en == lit(2, 0) && prog_data == zeros(s.C * s.PR)); });
        r.if_(!rbusy, [&](Body& d) { d.assert_(re == lit(2, 0) && row == zeros(2 * hw)); });
        for (int h = 0; h < 2; ++h)
          r.if_(!re[h], [&](Body& d) { d.assert_(row.slice((h + 1) * hw - 1, h * hw) == zeros(hw)); });
      });
      t.if_(past(rst_n) && rst_n, [&](Body& r) {
        r.comment("a write pulse: TPROG cycles with the row, the cells and the half held");
        r.if_(past(wtake), [&](Body& d) {
          d.assert_(wbusy && wcnt == zeros(s.cw) && prog_data == past(w_data));
          d.assert_(prog_row == past(wrow));
          d.assert_(prog_en == mux(past(wh_e), lit(2, 2), lit(2, 1)));
        });
        r.if_(past(wbusy && !wdone), [&](Body& d) {
          d.assert_(wbusy && prog_en == past(prog_en) && prog_row == past(prog_row) && prog_data == past(prog_data));
          d.assert_(wcnt == past(wcnt) + lit(s.cw, 1));
        });
        r.if_(past(wdone), [&](Body& d) { d.assert_(!wbusy); });
        r.comment("a vector: driven SETTLE cycles and held until sampled, the half it reads fixed");
        r.if_(past(rtake), [&](Body& d) { d.assert_(rbusy && s_q == zeros(s.setw) && last_q == past(in_last)); });
        r.if_(past(rbusy && !sample), [&](Body& d) {
          d.assert_(rbusy && row == past(row) && re == past(re));
        });
        r.if_(past(sample), [&](Body& d) {
          d.assert_(!rbusy && out_valid && out_data == past(col) && out_last == past(last_q));
          if (s.deep()) d.assert_(rh == mux(past(last_q), !past(rh), past(rh)));
        });
        r.comment("output handshake");
        r.if_(past(out_valid && !out_ready), [&](Body& d) {
          d.assert_(out_valid && out_data == past(out_data) && out_last == past(out_last));
        });
      });
      t.cover(out_valid && out_ready && out_last);
      if (s.deep()) t.cover(rst_n && re != lit(2, 0) && prog_en != lit(2, 0));  // a half read while the other is written
    });
  });
  m.end_formal();
}

std::vector<Module> StackCtl::emit(const Params& p) const { return StackRtl(p).build(); }

// Segments of one to three network layers: each layer's weight rows (all ones, all zeros or random) and one
// to five vectors, both streams sent at once (the controller orders them). The responder plays the stack:
// a half's row is programmed when its write pulse has been held TPROG cycles (an interrupted pulse programs
// nothing), and at every sample col_i carries the exact column sums of the rows driven over the halves read.
std::optional<vtb::Bench> StackCtl::testbench(const Params& p, uint64_t seed) const {
  const Shape s = shape_of(p);
  std::mt19937_64 rng(seed);
  const auto uni = [&rng](uint64_t hi) { return std::uniform_int_distribution<uint64_t>(0, hi)(rng); };
  const uint64_t wmax = (uint64_t(1) << s.PR) - 1, xmax = (uint64_t(1) << s.PI) - 1;
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Network layers of random weights and vectors; the stack is played behaviourally.";
  b.streams = {{"w", true, "w_valid_i", "w_ready_o", {{"w_data_i", s.C * s.PR}}, "", {}, {}},
               {"in", true, "in_valid_i", "in_ready_o", {{"in_data_i", s.rows * s.PI}, {"in_last_i", 1}}, "", {}, {}},
               {"out", false, "out_valid_o", "out_ready_i", {{"out_data_o", s.C * s.sw}, {"out_last_o", 1}}, "", {}, {}}};
  b.responder_ports = {"col_i"};
  b.quiet_in_reset = {"re_o", "prog_en_o", "sh_o", "row_o", "prog_data_o"};
  b.responder = fmt::format(
      "  // The stack's cells, half h row r: column c at bits c*PR.\n"
      "  reg [{0}:0] cells0 [0:{1}];\n"
      "  reg [{0}:0] cells1 [0:{1}];\n"
      "  integer pulse0 = 0, pulse1 = 0, h, r, c;\n"
      "  always @(posedge clk_i) begin\n"
      "    pulse0 <= rst_ni && prog_en_o[0] ? pulse0 + 1 : 0;\n"
      "    pulse1 <= rst_ni && prog_en_o[1] ? pulse1 + 1 : 0;\n"
      "    if (rst_ni && prog_en_o[0] && pulse0 == {2}) cells0[prog_row_o] <= prog_data_o;\n"
      "    if (rst_ni && prog_en_o[1] && pulse1 == {2}) cells1[prog_row_o] <= prog_data_o;\n"
      "  end\n"
      "  // The columns: sums of row input times cell over the rows of the halves read, settled by the falling edge.\n"
      "  reg [{3}:0] sum;\n"
      "  reg [{4}:0] col_q;\n"
      "  always @(negedge clk_i) begin\n"
      "    for (c = 0; c < {5}; c = c + 1) begin\n"
      "      sum = 0;\n"
      "      for (r = 0; r < {6}; r = r + 1) begin\n"
      "        if (re_o[0]) sum = sum + row_o[r * {7} +: {7}] * cells0[r][c * {8} +: {8}];\n"
      "        if (re_o[1]) sum = sum + row_o[({6} + r) * {7} +: {7}] * cells1[r][c * {8} +: {8}];\n"
      "      end\n"
      "      col_q[c * {9} +: {9}] = sum;\n"
      "    end\n"
      "  end\n"
      "  assign col_i = sh_o ? col_q : {{{10}{{tb_noise}}}};\n",
      s.C * s.PR - 1, s.R - 1, s.TPROG - 1, s.sw + s.PI + s.PR, s.C * s.sw - 1, s.C, s.R, s.PI, s.PR, s.sw,
      s.C * s.sw);
  for (int seg = 0; seg < 6; ++seg) {
    for (uint64_t layers = 1 + uni(2); layers > 0; --layers) {
      const int ws = int(uni(5)), xs = int(uni(5));
      std::vector<std::vector<uint64_t>> w(size_t(s.rows), std::vector<uint64_t>(size_t(s.C)));
      for (auto& row : w) {
        for (auto& e : row) e = ws == 0 ? wmax : ws == 1 ? 0 : uni(wmax);
        b.streams[0].beats.push_back({vtb::pack(row, s.PR)});
      }
      for (uint64_t n = 1 + uni(4), i = 0; i < n; ++i) {
        std::vector<uint64_t> x(size_t(s.rows));
        for (auto& e : x) e = xs == 0 ? xmax : uni(xmax);
        std::vector<uint64_t> sums(size_t(s.C), 0);
        for (int c = 0; c < s.C; ++c)
          for (int r = 0; r < s.rows; ++r) sums[size_t(c)] += x[size_t(r)] * w[size_t(r)][size_t(c)];
        b.streams[1].beats.push_back({vtb::pack(x, s.PI), {uint64_t(i + 1 == n)}});
        b.streams[2].beats.push_back({vtb::pack(sums, s.sw), {uint64_t(i + 1 == n)}});
      }
    }
    b.end_segment(seg % 2 == 1);
  }
  return b;
}

std::vector<Config> StackCtl::sweep() const {
  return {
      {"ref_deep_10x10", {"MODE=deepnet", "R=10", "C=10", "PI=7", "PR=1", "SETTLE=0", "TPROG=3"}, true, false, 2000},
      {"ref_exp_10x10", {"MODE=expansion", "R=10", "C=10", "PI=7", "PR=1", "SETTLE=0", "TPROG=3", "RST=sync"}, true, false, 2000},
      {"single_10x10", {"MODE=single", "R=10", "C=10", "PI=7", "PR=1", "SETTLE=0", "TPROG=3"}, false, false, 2000},
      {"deep_r64_c32", {"MODE=deepnet", "R=64", "C=32", "PI=8", "PR=4", "SETTLE=2", "TPROG=1"}, false, false, 600},
      {"exp_r3_c2_pr2", {"MODE=expansion", "R=3", "C=2", "PI=2", "PR=2", "SETTLE=1", "TPROG=5"}, false, false, 0},
      {"deep_r1_c1", {"MODE=deepnet", "R=1", "C=1", "PI=1", "PR=1", "SETTLE=0", "TPROG=1", "RST=sync"}, false, false, 0},
      {"formal_deep", {"MODE=deepnet", "R=2", "C=1", "PI=2", "PR=1", "SETTLE=1", "TPROG=2"}, false, true, 0},
      {"formal_exp", {"MODE=expansion", "R=2", "C=1", "PI=1", "PR=1", "SETTLE=0", "TPROG=2", "RST=sync"}, false, true, 0},
      {"formal_single", {"MODE=single", "R=2", "C=2", "PI=1", "PR=2", "SETTLE=1", "TPROG=1"}, false, true, 0},
  };
}

}  // namespace

const Block& stack_ctl_block() {
  static const StackCtl b;
  return b;
}

}  // namespace cimgen
