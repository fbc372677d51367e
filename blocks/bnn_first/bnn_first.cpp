// bnn_first: the digital side of a BNN first layer on a ReRAM crossbar
// (seed 003, issue 8). Binary weights (+1 / -1) sit in complementary cell
// pairs, so a bit line sums XNOR(x_r bit j, w_r) over the rows: the
// popcount of plane j. The block takes input vectors of R K-bit elements on
// a stream, drives the T most significant bit planes LSB first onto the
// rows, samples each plane's popcounts (one per neuron, from the macro's
// bit-line converters), and accumulates them as successive charge sharing
// does, acc <- (acc + a_j) / 2, keeping every fractional bit: the register
// holds A = 2^T * acc and steps A <- (A + a_j * 2^T) / 2, exact because A
// is a multiple of 2^(T-i) after i planes. After the T-th plane
//   A = sum_r w_r * (x_r >> (K-T)) + (2^T - 1) * (rows with w_r = -1),
// the batch-norm/sign threshold gives each neuron's output bit A >= theta,
// and the vector's bits and A values go out on a stream (blocks/bnn_first/bnn_first_model.hpp).
//
// Dataflow per vector (planes j = K-T .. K-1):
//   SETTLE cycles   rows driven with plane j
//   1 SAMPLE cycle  sh_o: the popcounts pc_i are read at this edge
//   1 CLOSE cycle   A >= theta into the output register (waits while it is full)
// A vector takes T * (SETTLE + 1) + 1 cycles once its elements are in; the
// next vector's elements are taken while one runs (double buffered).
#include "block.hpp"
#include "bnn_first_model.hpp"
#include "stream_in.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <random>

namespace cimgen {
namespace {

using namespace vlog;

constexpr int kRegT = 0;    // planes kept, T
constexpr int kRegThr = 1;  // theta of neuron n at kRegThr + n

struct Shape {
  int R, NEU, K, SETTLE;
  int64_t amax;        // largest A: R * (2^K - 1)
  int pcw, aw, thw;    // popcount, accumulator (A), threshold widths
  int tw, sw, cw, adw; // T and plane index, settle counter, element counter, register address
};

Shape shape_of(const Params& p) {
  Shape s;
  s.R = p.get("R");
  s.NEU = p.get("NEURONS");
  s.K = p.get("K");
  s.SETTLE = p.get("SETTLE");
  s.amax = cim::bnn::a_max({s.K, s.K}, s.R);
  s.pcw = bits_for(uint64_t(s.R));
  s.aw = bits_for(uint64_t(s.amax));
  s.thw = bits_for(uint64_t(s.amax + 1));
  s.tw = bits_for(uint64_t(s.K));
  s.sw = bits_for(uint64_t(s.SETTLE));
  s.cw = bits_for(uint64_t(s.R));
  s.adw = bits_for(uint64_t(kRegThr + s.NEU - 1));
  return s;
}

// Formal depths: a vector's elements, the vector, the close and reset.
int formal_depth(const Shape& s) { return s.R + s.K * (s.SETTLE + 1) + 4; }

// The signals the properties read.
struct Sig {
  Expr clk, rst_n, cfg_we, cfg_addr, in_valid, in_ready, row, row_en, sh, out_valid, out_ready, out_sign, out_acc;
  Expr t_q, cnt_q, full, st_q, tr_q, j_q, s_q, start, out_free, sample, last;
  std::vector<Expr> th_q, acc_q, pc_e, oacc_q;
};
void emit_formal(Module& m, const Shape& s, const Sig& g);

class BnnFirst final : public Block {
 public:
  std::string name() const override { return "bnn_first"; }
  std::string description() const override {
    return "BNN first layer (seed 003): bit planes LSB first, XNOR popcounts, exact charge-sharing accumulation, "
           "threshold";
  }

  std::vector<ParamSpec> params() const override {
    return {
        ParamSpec::integer("R", 64, 1, 4096, "crossbar rows: inputs per neuron (R * (2^K - 1) + 1 <= 65535)"),
        ParamSpec::integer("NEURONS", 16, 1, 64, "neurons: bit-line popcounts read in parallel"),
        ParamSpec::integer("K", 8, 1, 8, "input bits (unsigned), split into K bit planes"),
        ParamSpec::integer("SETTLE", 1, 0, 15, "cycles the rows are driven before the popcounts are sampled"),
        spec::RST(),
    };
  }

  std::vector<Rule> rules() const override {
    return {{"thresholds fit the 16-bit register port: R * (2^K - 1) + 1 <= 65535", {"R", "K"},
             [](const Params& p) { return shape_of(p).amax + 1 <= 65535; },
             [](const Params& p) {
               const int K = p.get("K");
               return fmt::format("legal R for K={} is 1..{}", K, 65534 / ((int64_t(1) << K) - 1));
             }}};
  }
  std::vector<Derived> values(const Params& p) const override {
    const Shape s = shape_of(p);
    return {
        {"PC_W", s.pcw, "width of one neuron's popcount in pc_i (values past R read as R)"},
        {"A_W", s.aw, "width of one neuron's A = 2^T * acc in out_acc_o"},
        {"A_MAX", s.amax, "largest A: R * (2^K - 1) (R * (2^T - 1) for T planes)"},
        {"THR_W", s.thw, "width of a threshold register (theta clamped to 0 .. A_MAX + 1)"},
        {"CFG_ADDR_W", s.adw, "width of cfg_addr_i"},
        {"REG_T", kRegT, "register: planes kept T, 1..K (clamped); reset value K"},
        {"REG_THR", kRegThr, "register: theta of neuron n at REG_THR + n, 0..A_MAX+1 (clamped); reset value 0"},
        {"CYCLES_PER_VECTOR", int64_t(s.K) * (s.SETTLE + 1) + 1,
         "cycles per vector at T = K once its elements are in (T * (SETTLE + 1) + 1)"},
        {"FORMAL_DEPTH", formal_depth(s), "proof depth: a vector's elements, its planes, the close and reset"},
    };
  }

  std::vector<Campaign> campaigns() const override {
    return {
        {"formal_r3_n2_k3", 1, 30, 60},
        {"k4_r5_s0", 1, 30, 60},
    };
  }

  std::vector<Config> sweep() const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
  std::vector<Module> emit(const Params& p) const override;
};

// The RTL, one method per hardware unit; build() calls them in the order of the module's text.
class BnnRtl {
 public:
  explicit BnnRtl(const Params& p)
      : s(shape_of(p)), rst_style(spec::reset_style(p)), rst_doc(spec::reset_doc(p)) {}
  std::vector<Module> build();

 private:
  void ports();
  void config_registers();
  void input_buffer();
  void engine_state();
  void plane_select();
  void engine();
  void planes_in_turn();
  void neurons();
  void properties();

  const Shape s;  // generate() has checked the combination through derive()
  const ResetStyle rst_style;
  const std::string rst_doc;
  Module m{"bnn_first"};
  Sig g;
  std::optional<Fsm> fsm;
  Expr cfg_wdata, in_data, pc, t_c, th_c, ib_q, IDLE, DRIVE, CLOSE, x_q, out_valid_q, plane, osign_q;
  std::vector<Expr> unused, planes;
  StreamIn ib;
};

std::vector<Module> BnnRtl::build() {
  ports();
  config_registers();
  input_buffer();
  engine_state();
  plane_select();
  engine();
  planes_in_turn();
  neurons();
  properties();
  return {m};
}

void BnnRtl::ports() {
  g.clk = m.input("clk_i", 1, "clock");
  g.rst_n = m.input("rst_ni", 1, rst_doc);
  g.cfg_we = m.input("cfg_we_i", 1, "write cfg_wdata_i to register cfg_addr_i (REG_T, REG_THR + n)");
  g.cfg_addr = m.input("cfg_addr_i", s.adw);
  cfg_wdata = m.input("cfg_wdata_i", 16);
  g.in_valid = m.input("in_valid_i", 1, "input stream: one element x[r] per beat, rows 0.. in order");
  g.in_ready = m.output("in_ready_o", 1);
  in_data = m.input("in_data_i", s.K, "x[r], unsigned");
  g.out_valid = m.output("out_valid_o", 1, "output stream: one beat per vector");
  g.out_ready = m.input("out_ready_i", 1);
  g.out_sign = m.output("out_sign_o", s.NEU, "neuron n's output in bit n: 1 = +1 (A >= theta), 0 = -1");
  g.out_acc = m.output("out_acc_o", s.NEU * s.aw, "neuron n's A = 2^T * acc in bits n*A_W ..");
  m.comment("Analog macro interface");
  g.row_en = m.output("row_en_o", 1, "the rows are driven (settle and sample cycles)");
  g.row = m.output("row_o", s.R, "bit j of x[r] on row r (0 while not driven)");
  g.sh = m.output("sh_o", 1, "sample strobe: pc_i is read at this edge");
  pc = m.input("pc_i", s.NEU * s.pcw, "per neuron: popcount of the driven plane, PC_W bits each");
  m.blank();
}

// Planes kept T and one threshold per neuron, written through cfg_*_i.
void BnnRtl::config_registers() {
  m.comment("Registers: planes kept T and one threshold per neuron (g_neu), clamped as written");
  g.t_q = m.reg("t_q", s.tw, "planes kept, 1..K");
  t_c = m.wire("t_c", 16, "T as written, clamped to 1..K");
  m.assign(t_c, clamp(cfg_wdata, 16, 1, s.K));
  th_c = m.wire("th_c", 16, "theta as written, clamped to 0..A_MAX+1");
  m.assign(th_c, clamp(cfg_wdata, 16, 0, s.amax + 1));
  if (s.tw < 16) unused.push_back(t_c.slice(15, s.tw));
  if (s.thw < 16) unused.push_back(th_c.slice(15, s.thw));
  m.always_ff(
      g.clk, g.rst_n, rst_style,
      [&](Body& b) {
        b.nb(g.t_q, lit(s.tw, uint64_t(s.K)));
      },
      [&](Body& b) {
        b.if_(g.cfg_we && g.cfg_addr == lit(s.adw, kRegT), [&](Body& t) { t.nb(g.t_q, t_c.slice(s.tw - 1, 0)); });
      });
  m.blank();
}

// The input buffer: a vector's R elements, taken while the previous vector is driven.
void BnnRtl::input_buffer() {
  g.start = m.wire("start", 1, "the buffered vector starts (from IDLE, or as the previous one closes)");
  ib = stream_in(m, g.clk, g.rst_n, rst_style, g.in_valid, g.in_ready, in_data, s.K, s.R, g.start);
  ib_q = ib.data;
  g.cnt_q = ib.cnt;
  g.full = ib.full;
}

// The engine's states, the plane counters and the sample strobe.
void BnnRtl::engine_state() {
  m.comment("Engine: IDLE, DRIVE (plane j: SETTLE cycles, then the sample), CLOSE");
  // An illegal code holds (Illegal::Stay), as this engine always did: the proofs show none is reached.
  fsm.emplace(m, "st", 2,
              std::vector<Fsm::State>{{"StIdle", 0, "waiting for a vector"},
                                      {"StDrive", 1, "plane j driven, SETTLE cycles, then sampled"},
                                      {"StClose", 2, "A >= theta into the output register (waits while it is full)"}},
              "engine", Fsm::Illegal::Stay);
  IDLE = (*fsm)("StIdle"), DRIVE = (*fsm)("StDrive"), CLOSE = (*fsm)("StClose");
  g.st_q = fsm->q();
  x_q = m.reg("x_q", s.R * s.K, "the vector being driven");
  g.tr_q = m.reg("tr_q", s.tw, "T of the vector being driven");
  g.j_q = m.reg("j_q", s.tw, "plane driven, K-T .. K-1");
  g.s_q = m.reg("s_q", s.sw, "cycles plane j has been driven, 0..SETTLE");
  out_valid_q = m.reg("out_valid_q", 1);
  g.out_free = m.wire("out_free", 1, "the output register can take a vector this cycle");
  m.assign(g.out_free, !out_valid_q || g.out_ready);
  m.assign(g.start, g.full && (g.st_q == IDLE || (g.st_q == CLOSE && g.out_free)));
  g.sample = m.wire("sample", 1, "the popcounts of plane j are read at this edge");
  m.assign(g.sample, g.st_q == DRIVE && g.s_q == lit(s.sw, uint64_t(s.SETTLE)));
  g.last = m.wire("last", 1, "plane j is the MSB");
  m.assign(g.last, g.j_q == lit(s.tw, uint64_t(s.K - 1)));
  m.assign(g.row_en, g.st_q == DRIVE);
  m.assign(g.sh, g.sample);
}

// Plane j of the vector (bit j of every element) on the rows.
void BnnRtl::plane_select() {
  planes = slices(m, x_q, s.K, s.R, 1, "plane");
  plane = s.K == 1 ? m.wire("plane", s.R, "plane j") : m.reg("plane", s.R, "plane j");
  if (s.K == 1) {
    m.assign(plane, planes[0]);
    unused.push_back(g.j_q);
  } else {
    m.always_comb([&](Body& b) {
      std::vector<std::pair<std::vector<Expr>, Body::Fill>> items;
      for (int j = 1; j < s.K; ++j)
        items.push_back({{lit(s.tw, uint64_t(j))}, [&, j](Body& c) { c.assign(plane, planes[j]); }});
      b.case_(g.j_q, items, [&](Body& c) { c.assign(plane, planes[0]); });
    });
  }
  m.assign(g.row, mux(g.row_en, plane, zeros(s.R)));
}

// The engine: idle, drive the planes, close the vector into the output register.
void BnnRtl::engine() {
  fsm->go("StIdle", "StDrive", g.start)
      .go("StDrive", "StClose", g.sample && g.last)
      .go("StClose", "StDrive", g.start)
      .go("StClose", "StIdle", g.out_free);
  fsm->emit(g.clk, g.rst_n, rst_style);
  m.always_ff(
      g.clk, g.rst_n, rst_style, [&](Body& b) { b.nb(out_valid_q, lit(1, 0)); },
      [&](Body& b) {
        b.if_(out_valid_q && g.out_ready, [&](Body& t) { t.nb(out_valid_q, lit(1, 0)); });
        b.if_(g.st_q == CLOSE && g.out_free, [&](Body& t) { t.nb(out_valid_q, lit(1, 1)); });
      });
  m.blank();
}

// The vector's planes: the plane counter and the settle count.
void BnnRtl::planes_in_turn() {
  m.comment("The vector being driven: its planes in turn, SETTLE cycles each");
  m.always_ff_noreset(g.clk, [&](Body& b) {
    b.if_(g.start,
          [&](Body& t) {
            t.nb(x_q, ib_q);
            t.nb(g.tr_q, g.t_q);
            t.nb(g.j_q, lit(s.tw, uint64_t(s.K)) - g.t_q);
            t.nb(g.s_q, zeros(s.sw));
          },
          [&](Body& e) {
            e.if_(g.sample,
                  [&](Body& t) {
                    t.nb(g.s_q, zeros(s.sw));
                    t.if_(!g.last, [&](Body& l) { l.nb(g.j_q, g.j_q + lit(s.tw, 1)); });
                  },
                  [&](Body& t) {
                    if (s.SETTLE > 0)
                      t.if_(g.st_q == DRIVE, [&](Body& d) { d.nb(g.s_q, g.s_q + lit(s.sw, 1)); });
                  });
          });
  });
  m.blank();
}

// Per neuron: its threshold register, the accumulation of its clamped popcounts, its output.
void BnnRtl::neurons() {
  osign_q = m.reg("osign_q", s.NEU, "neuron n's threshold compare, as the vector closed");
  m.comment("Neurons: theta, A <- (A + min(pc, R) << T) >> 1 per plane (exact: A is a multiple of 2^(T-i)), and");
  m.comment("A and A >= theta as the vector closes");
  const Expr n = m.generate_for("g_neu", "n", s.NEU);
  const Expr addr = m.localparam_bits("ADDR", s.adw, n + num(kRegThr), "the threshold's register address");
  const Expr th = m.reg("th_q", s.thw, "theta");
  const Expr pe = m.wire("pc", s.pcw, "popcount, values past R read as R");
  const Expr acc = m.reg("acc_q", s.aw, "A after the planes so far");
  const Expr sum = m.wire("sum", s.aw + 1, "A + pc << T (even)");
  const Expr oacc = m.reg("oacc_q", s.aw, "A of the closed vector");
  const Expr sign = m.wire("sign", 1, "A >= theta");
  m.always_ff(
      g.clk, g.rst_n, rst_style, [&](Body& b) { b.nb(th, zeros(s.thw)); },
      [&](Body& b) { b.if_(g.cfg_we && g.cfg_addr == addr, [&](Body& t) { t.nb(th, th_c.slice(s.thw - 1, 0)); }); });
  m.assign(pe, clamp(s.NEU == 1 ? pc : pc.part(num(s.pcw) * n, s.pcw), s.pcw, 0, s.R));
  m.assign(sum, zext(acc, s.aw, s.aw + 1) + (zext(pe, s.pcw, s.aw + 1) << g.tr_q));
  m.always_ff_noreset(g.clk, [&](Body& b) {
    b.if_(g.start, [&](Body& t) { t.nb(acc, zeros(s.aw)); },
          [&](Body& e) { e.if_(g.sample, [&](Body& t) { t.nb(acc, sum.slice(s.aw, 1)); }); });
    b.if_(g.st_q == CLOSE && g.out_free, [&](Body& t) { t.nb(oacc, acc); });
  });
  const int w = std::max(s.aw, s.thw);
  m.assign(sign, zext(acc, s.aw, w) >= zext(th, s.thw, w));
  m.end_generate();
  // The compares into one register, outside the loop: with a bit per neuron assigned in the loop, ABC maps
  // ref_r256_n32_k8 to 3204 xc7 LUTs instead of 2980 (+7.5%; iCE40 and ref_r27_n64_k8 within 0.3%).
  std::vector<Expr> signs;
  for (int i = s.NEU - 1; i >= 0; --i) signs.push_back(scoped("g_neu", i, sign));
  m.always_ff_noreset(g.clk, [&](Body& b) {
    b.if_(g.st_q == CLOSE && g.out_free, [&](Body& t) { t.nb(osign_q, s.NEU == 1 ? signs[0] : cat(signs)); });
  });
  for (int i = 0; i < s.NEU; ++i) {
    g.th_q.push_back(scoped("g_neu", i, th));
    g.pc_e.push_back(scoped("g_neu", i, pe));
    g.acc_q.push_back(scoped("g_neu", i, acc));
    g.oacc_q.push_back(scoped("g_neu", i, oacc));
    unused.push_back(scoped("g_neu", i, sum)[0]);
  }
  std::vector<Expr> acc_parts;
  for (int i = s.NEU - 1; i >= 0; --i) acc_parts.push_back(g.oacc_q[size_t(i)]);
  m.assign(g.out_valid, out_valid_q);
  m.assign(g.out_sign, osign_q);
  m.assign(g.out_acc, s.NEU == 1 ? g.oacc_q[0] : cat(acc_parts));
  m.blank();
}

// The bits this configuration leaves unused, and the properties.
void BnnRtl::properties() {
  {
    std::vector<Expr> parts{lit(1, 0)};
    parts.insert(parts.end(), unused.begin(), unused.end());
    const Expr u = m.wire("bits_unused", 1, "bits this configuration does not need");
    m.assign(u, reduce_and(cat(parts)));
  }
  emit_formal(m, s, g);
}

std::vector<Module> BnnFirst::emit(const Params& p) const { return BnnRtl(p).build(); }

// Properties with every input free (register writes at any time, any input
// stream, popcounts and back-pressure): legal states and settings; each
// plane is driven for SETTLE cycles, held, then sampled, planes K-T .. K-1
// in order with the drive off outside; the accumulator equals 2^(T-i) times
// the shadow sum over the planes so far of min(pc, R) * 2^m (so every halving
// is exact and A never overflows A_W bits); the output holds valid and data
// until ready and carries the closed vector's A and its threshold compare;
// reset.
void emit_formal(Module& m, const Shape& s, const Sig& g) {
  const int fw = s.aw + s.K + 2;
  const Expr IDLE = id("StIdle"), DRIVE = id("StDrive"), CLOSE = id("StClose");  // the engine's states
  m.formal();
  const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
  m.initial_assume(!g.rst_n);
  const Expr f_i = m.formal_reg("f_i_q", s.tw, zeros(s.tw));
  std::vector<Expr> f_b, f_out, f_sign;
  for (int n = 0; n < s.NEU; ++n) {
    f_b.push_back(m.formal_reg(fmt::format("f_b{}_q", n), fw, zeros(fw)));
    f_out.push_back(m.formal_reg(fmt::format("f_out{}_q", n), fw, zeros(fw)));
    f_sign.push_back(m.formal_reg(fmt::format("f_sign{}_q", n), 1, lit(1, 0)));
  }
  const Expr f_ovalid = m.formal_reg("f_ovalid_q", 1, lit(1, 0));
  m.always_at(g.clk, [&](Body& b) {
    b.nb(past_valid, lit(1, 1));
    b.if_(!g.rst_n,
          [&](Body& t) {
            t.nb(f_i, zeros(s.tw));
            t.nb(f_ovalid, lit(1, 0));
          },
          [&](Body& t) {
            t.if_(g.start,
                  [&](Body& st) {
                    st.nb(f_i, zeros(s.tw));
                    for (const Expr& x : f_b) st.nb(x, zeros(fw));
                  },
                  [&](Body& e) {
                    e.if_(g.sample, [&](Body& sm) {
                      sm.nb(f_i, f_i + lit(s.tw, 1));
                      for (int n = 0; n < s.NEU; ++n) sm.nb(f_b[n], f_b[n] + (zext(g.pc_e[n], s.pcw, fw) << f_i));
                    });
                  });
            t.if_(g.out_valid && g.out_ready, [&](Body& o) { o.nb(f_ovalid, lit(1, 0)); });
            t.if_(g.st_q == CLOSE && g.out_free, [&](Body& c) {
              c.nb(f_ovalid, lit(1, 1));
              for (int n = 0; n < s.NEU; ++n) {
                c.nb(f_out[n], f_b[n]);
                c.nb(f_sign[n], zext(g.acc_q[n], s.aw, fw) >= zext(g.th_q[n], s.thw, fw));
              }
            });
          });
    b.if_(past_valid, [&](Body& t) {
      t.comment("reset: idle, empty buffer, no output, registers at their reset values");
      t.if_(!past(g.rst_n), [&](Body& r) {
        r.assert_(g.st_q == IDLE);
        r.assert_(g.cnt_q == zeros(s.cw));
        r.assert_(!g.out_valid);
        r.assert_(g.t_q == lit(s.tw, uint64_t(s.K)));
        for (const Expr& th : g.th_q) r.assert_(th == zeros(s.thw));
      });
      t.if_(g.rst_n, [&](Body& r) {
        r.comment("legal states and settings");
        r.assert_(g.st_q == IDLE || g.st_q == DRIVE || g.st_q == CLOSE);
        r.assert_(g.cnt_q <= lit(s.cw, uint64_t(s.R)));
        r.assert_(g.t_q >= lit(s.tw, 1) && g.t_q <= lit(s.tw, uint64_t(s.K)));
        for (const Expr& th : g.th_q) r.assert_(zext(th, s.thw, 17) <= lit(17, uint64_t(s.amax + 1)));
        r.assert_(g.out_valid == f_ovalid);
        r.comment("the drive: rows only in DRIVE; plane j held for SETTLE cycles, then sampled");
        r.assert_(g.row_en == (g.st_q == DRIVE));
        r.if_(!g.row_en, [&](Body& d) { d.assert_(g.row == zeros(s.R)); });
        r.if_(g.st_q != IDLE, [&](Body& d) {
          d.assert_(g.tr_q >= lit(s.tw, 1) && g.tr_q <= lit(s.tw, uint64_t(s.K)));
          d.assert_(g.s_q <= lit(s.sw, uint64_t(s.SETTLE)));
        });
        r.if_(g.st_q == DRIVE, [&](Body& d) {
          d.assert_(f_i < g.tr_q);
          d.assert_(g.j_q == lit(s.tw, uint64_t(s.K)) - g.tr_q + f_i);
        });
        r.if_(g.st_q == CLOSE, [&](Body& d) {
          d.assert_(f_i == g.tr_q);
          d.assert_(g.s_q == zeros(s.sw));
        });
        r.comment("exact accumulation: A = shadow << (T - i), the shadow below R * 2^i");
        r.if_(g.st_q != IDLE, [&](Body& d) {
          for (int n = 0; n < s.NEU; ++n) {
            d.assert_(zext(g.acc_q[n], s.aw, fw) == (f_b[n] << (zext(g.tr_q, s.tw, fw) - zext(f_i, s.tw, fw))));
            d.assert_(f_b[n] <= lit(fw, uint64_t(s.R)) * ((lit(fw, 1) << f_i) - lit(fw, 1)));
          }
        });
        r.comment("the output: the closed vector's A and threshold compare");
        r.if_(g.out_valid, [&](Body& d) {
          for (int n = 0; n < s.NEU; ++n) {
            d.assert_(zext(g.oacc_q[n], s.aw, fw) == f_out[n]);
            d.assert_(bit_of(g.out_sign, n, s.NEU) == f_sign[n]);
          }
        });
      });
      t.if_(past(g.rst_n) && g.rst_n, [&](Body& r) {
        r.comment("the plane's drive: held while settling, the next plane right after a sample");
        r.if_(past(g.st_q == DRIVE && !g.sample) && g.st_q == DRIVE, [&](Body& d) {
          d.assert_(g.row == past(g.row));
          d.assert_(g.s_q == past(g.s_q) + lit(s.sw, 1));
        });
        r.if_(past(g.sample && !g.last), [&](Body& d) {
          d.assert_(g.st_q == DRIVE);
          d.assert_(g.s_q == zeros(s.sw));
          d.assert_(g.j_q == past(g.j_q) + lit(s.tw, 1));
        });
        r.if_(past(g.sample && g.last), [&](Body& d) { d.assert_(g.st_q == CLOSE); });
        r.comment("output handshake: valid held and data stable until ready");
        r.if_(past(g.out_valid && !g.out_ready), [&](Body& d) {
          d.assert_(g.out_valid);
          d.assert_(g.out_sign == past(g.out_sign));
          d.assert_(g.out_acc == past(g.out_acc));
        });
        r.comment("a full buffer is kept until its vector starts");
        r.if_(past(g.full && !g.start), [&](Body& d) { d.assert_(g.full); });
      });
      t.cover(g.out_valid && g.out_ready);
      t.cover(g.start && g.st_q == CLOSE);
      t.cover(g.in_valid && g.in_ready && g.st_q == DRIVE);
    });
  });
  m.end_formal();
}

// One layer per segment: its register writes (T and every threshold, now and then out of range, which the
// block clamps, and writes to unmapped addresses), then one to six vectors; weights all +1, all -1 or random;
// some layers' macro reports noisy popcounts (off by up to 3, now and then past R, read as R). The responder
// plays the macro: at every sample strobe pc_i carries the next row of the model's popcounts.
std::optional<vtb::Bench> BnnFirst::testbench(const Params& p, uint64_t seed) const {
  const Shape s = shape_of(p);
  std::mt19937_64 rng(seed);
  const auto uni = [&rng](int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(rng); };
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Layers of random thresholds, T, weights and popcount noise; the macro answers from the model.";
  b.streams = {{"cfg", true, "cfg_we_i", "", {{"cfg_addr_i", s.adw}, {"cfg_wdata_i", 16}}, "", {}, {}},
               {"in", true, "in_valid_i", "in_ready_o", {{"in_data_i", s.K}}, "cfg", {}, {}},
               {"out", false, "out_valid_o", "out_ready_i", {{"out_sign_o", s.NEU}, {"out_acc_o", s.NEU * s.aw}}, "",
                {}, {}}};
  b.tables = {{"pc", s.NEU * s.pcw, false, {}, {}}};
  b.responder_ports = {"pc_i"};
  b.quiet_in_reset = {"row_en_o", "sh_o", "row_o"};
  b.responder = vtb::strobe_counter(
                    "Sample strobes since reset: the popcounts of the next one are on pc_i while sh_o.",
                    "smp", "sh_o") +
                fmt::format(
      "  assign pc_i = sh_o ? pc_mem[pc_base + smp] : {{{}{{tb_noise}}}};\n",
      s.NEU * s.pcw);
  const int unmapped = (1 << s.adw) - kRegThr - s.NEU;
  auto& cfg = b.streams[0].beats;
  const auto write = [&cfg](int64_t addr, int64_t v) { cfg.push_back({{uint64_t(addr)}, {uint64_t(v)}}); };
  const auto raw = [&](int64_t lo, int64_t hi, int64_t want) {  // out of range now and then
    if (uni(0, 3) != 0) return want;
    const int64_t pick = uni(0, 2);
    return pick == 0 && lo > 0 ? lo - 1 : pick == 1 ? std::min<int64_t>(hi + 1, 65535) : 65535;
  };
  for (int seg = 0; seg < 6; ++seg) {
    const int64_t T = uni(1, s.K), T_raw = raw(1, s.K, T);
    const int Te = int(std::clamp<int64_t>(T_raw, 1, s.K));
    write(kRegT, T_raw);
    std::vector<int64_t> theta(size_t(s.NEU));
    const int64_t amax_t = cim::bnn::a_max({s.K, Te}, s.R);
    for (int n = 0; n < s.NEU; ++n) {
      const int64_t v = raw(0, s.amax + 1, uni(0, amax_t + 1));
      theta[size_t(n)] = std::min<int64_t>(v, s.amax + 1);
      write(kRegThr + n, v);
      if (unmapped > 0 && uni(0, 4) == 0) write(kRegThr + s.NEU + uni(0, unmapped - 1), uni(0, 65535));
    }
    const int style = int(uni(0, 5));
    std::vector<std::vector<int>> w(size_t(s.NEU), std::vector<int>(size_t(s.R)));
    for (auto& wn : w)
      for (int& v : wn) v = style == 0 ? 1 : style == 1 ? -1 : (uni(0, 1) ? 1 : -1);
    const int noise = uni(0, 3) == 0 ? int(uni(1, 3)) : 0;
    for (int64_t nv = uni(1, 6); nv > 0; --nv) {
      const int xstyle = int(uni(0, 7));
      std::vector<uint32_t> x(size_t(s.R));
      for (auto& e : x) {
        e = xstyle == 0 ? 0u : xstyle == 1 ? uint32_t((1u << s.K) - 1) : uint32_t(uni(0, (1 << s.K) - 1));
        b.streams[1].beats.push_back({{e}});
      }
      std::vector<std::vector<int>> a(size_t(s.NEU));
      for (int i = 0; i < Te; ++i) {
        std::vector<uint64_t> row;
        for (int n = 0; n < s.NEU; ++n) {
          int pc = cim::bnn::popcount(x, w[size_t(n)], s.K - Te + i);
          if (noise) {
            pc += int(uni(-noise, noise));
            if (uni(0, 19) == 0) pc = s.R + 1 + int(uni(0, 2));
            pc = std::clamp(pc, 0, int((uint64_t(1) << s.pcw) - 1));
          }
          row.push_back(uint64_t(pc));
          a[size_t(n)].push_back(std::min(pc, s.R));
        }
        b.tables[0].rows.push_back(vtb::pack(row, s.pcw));
      }
      std::vector<uint64_t> sign, acc;
      for (int n = 0; n < s.NEU; ++n) {
        const int64_t A = cim::bnn::charge_share(Te, a[size_t(n)]).back();
        acc.push_back(uint64_t(A));
        sign.push_back(cim::bnn::neuron(A, theta[size_t(n)]));
      }
      b.streams[2].beats.push_back({vtb::pack(sign, 1), vtb::pack(acc, s.aw)});
    }
    b.end_segment(seg % 2 == 0);
  }
  return b;
}

std::vector<Config> BnnFirst::sweep() const {
  return {
      {"ref_r27_n64_k8", {"R=27", "NEURONS=64", "K=8", "SETTLE=1"}, true, false, 300},
      {"ref_r256_n32_k8", {"R=256", "NEURONS=32", "K=8", "SETTLE=2", "RST=sync"}, true, false, 100},
      {"k1_r1", {"R=1", "NEURONS=1", "K=1", "SETTLE=0"}, false, false, 3000},
      {"k4_r5_s0", {"R=5", "NEURONS=3", "K=4", "SETTLE=0", "RST=sync"}, false, false, 2000},
      {"k3_r7_s3", {"R=7", "NEURONS=2", "K=3", "SETTLE=3"}, false, false, 2000},
      {"k7_r257_n1", {"R=257", "NEURONS=1", "K=7", "SETTLE=0"}, false, false, 100},
      {"formal_r3_n2_k3", {"R=3", "NEURONS=2", "K=3", "SETTLE=1"}, false, true, 2000},
      {"formal_r2_n1_k2", {"R=2", "NEURONS=1", "K=2", "SETTLE=0", "RST=sync"}, false, true, 2000},
  };
}

}  // namespace

const Block& bnn_first_block() {
  static const BnnFirst b;
  return b;
}

}  // namespace cimgen
