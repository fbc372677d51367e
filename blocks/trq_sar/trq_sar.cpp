// trq_sar: SAR ADC controller with Twin-Range Quantization (SPEC.md
// section 3). One comparison per clock; a new conversion is accepted in the
// cycle of the previous one's last comparison, so back-to-back conversions
// keep the comparator busy every cycle (READY=comb). With TRQ that makes
// ready_o combinational from cmp_i (whether this comparison is the last
// depends on its answer), the TRQ build's critical path in the ASIC flow;
// READY=reg drives ready_o from busy_q alone, which removes the
// input-to-output path at one idle comparator cycle per conversion.
//
// Illegal run-time settings (bexp outside 1..N-1, s1 >= bexp, s2 < s1,
// s2 > N-1, or s2 > bexp with msb_first) fall back to a uniform N-bit
// conversion: flag_o = 0, N comparisons.
#include "adc.hpp"
#include "crossbar.hpp"
#include "block.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <optional>

namespace cimgen {
namespace {

using namespace vlog;

class TrqSar final : public Block {
 public:
  std::string name() const override { return "trq_sar"; }
  std::string description() const override {
    return "SAR ADC controller, uniform and twin-range (TRQ) search, one comparison per clock";
  }
  std::vector<ParamSpec> params() const override {
    return {
        spec::N(8, "ADC resolution", 2),
        ParamSpec::integer("TRQ", 1, 0, 1, "1: TRQ and uniform at run time; 0: uniform-only build"),
        spec::RST(),
        ParamSpec::choice("READY", {"comb", "reg"}, 0,
                          "comb: ready_o rises in the last comparison's cycle, conversions back to back (with TRQ "
                          "ready_o depends on cmp_i); reg: ready_o = !busy from a flip-flop, one idle cycle "
                          "between conversions"),
    };
  }
  std::vector<Derived> values(const Params& p) const override {
    const int N = p.get("N");
    return {
        {"MAX_CMP", p.get("TRQ") ? N + 1 : N, "most comparisons of one conversion"},
        {"FORMAL_DEPTH", (p.get("TRQ") ? N + 1 : N) + 4, "proof depth: a whole conversion plus reset and result"},
        {"FORMAL_COVER_DEPTH", 2 * (p.get("TRQ") ? N + 1 : N) + 4, "cover depth: two whole conversions plus reset"},
    };
  }
  std::vector<Campaign> campaigns() const override {
    return {
        {"ref_n8_trq", 1, 30, 120},
        {"ref_n8_uniform", 1, 30, 120},
        {"formal_n4_trq", 1, 30, 120},
        {"formal_n3_uniform", 1, 30, 120},
    };
  }

  std::vector<Config> sweep() const override {
    std::vector<Config> c = {
        {"ref_n8_trq", {"N=8", "TRQ=1"}, true, true},
        {"ref_n8_uniform", {"N=8", "TRQ=0"}, true, false},
        {"ref_n8_trq_rready", {"N=8", "TRQ=1", "READY=reg"}, true, false},
    };
    for (int N : {2, 3, 5, 8, 10, 12})
      c.push_back({fmt::format("n{}", N), {fmt::format("N={}", N), "TRQ=1", N % 2 ? "RST=sync" : "RST=async"}, false,
                   false});
    c.push_back({"n4_uniform_sync", {"N=4", "TRQ=0", "RST=sync"}, false, false});
    c.push_back({"formal_n4_trq", {"N=4", "TRQ=1"}, false, true});
    c.push_back({"formal_n3_uniform", {"N=3", "TRQ=0", "RST=sync"}, false, true});
    c.push_back({"formal_n4_trq_rready", {"N=4", "TRQ=1", "READY=reg"}, false, true});
    c.push_back({"n5_uniform_rready_sync", {"N=5", "TRQ=0", "RST=sync", "READY=reg"}, false, false});
    return c;
  }

  // Conversions of analog values around every code (read noise, comparator offset, above full scale)
  // with random settings: uniform, legal TRQ ones and illegal ones (converted uniformly). The responder
  // plays the comparator: cmp_i = (v >= dac_o), from floor(v) of the conversion last accepted.
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override {
    const int N = p.get("N");
    const bool trq = p.get("TRQ") == 1;
    std::mt19937_64 rng(seed);
    const auto uni = [&rng](int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(rng); };
    vtb::Bench b;
    b.seed = seed;
    b.doc = "Conversions of noisy analog values with random uniform, TRQ and illegal settings.";
    vtb::Stream start{"start", true, "start_i", "ready_o", {}, "", {}, {}};
    if (trq) start.fields = {{"trq_en_i", 1}, {"msb_first_i", 1}, {"bexp_i", 4}, {"s1_i", 4}, {"s2_i", 4}};
    vtb::Stream result{"result", false, "valid_o", "", {{"flag_o", 1}, {"code_o", N}, {"q_o", N}, {"ncmp_o", 4}}, "",
                       {}, {}};
    b.streams = {start, result};
    const int TW = N + 3;  // floor(v) in [-1, 2^N + 3]
    b.tables = {{"thr", TW, true, {}, {}}};
    b.responder_ports = {"cmp_i"};
    b.quiet_in_reset = {"cmp_en_o"};
    b.responder = "  // The comparator: v >= dac_o for the conversion accepted last (thr = floor(v)).\n"
                  "  assign cmp_i = cmp_en_o ? $signed({3'b000, dac_o}) <= thr_mem[start_idx - 1] : tb_noise;\n";
    const uint32_t full = (1u << N) - 1;
    int i = 0;
    const auto conversion = [&](const cim::TrqSetting& st) {
      const double v = std::max(0.0, double(uni(0, full + 3)) + 0.7 * cim::keyed_normal(seed, 3, uint64_t(i++), 0) + 0.25);
      const cim::Conversion c = cim::convert(N, cim::hw_setting(N, st), [v](uint32_t d) { return v >= double(d); });
      if (trq)
        b.streams[0].beats.push_back({{uint64_t(st.trq)}, {uint64_t(st.order == cim::SearchOrder::MsbFirst)},
                                      {uint64_t(st.bexp)}, {uint64_t(st.s1)}, {uint64_t(st.s2)}});
      else
        b.streams[0].beats.push_back({});
      b.streams[1].beats.push_back({{uint64_t(c.flag)}, {c.code}, {c.q}, {uint64_t(c.ncmp)}});
      b.tables[0].rows.push_back(vtb::bits(std::clamp<int64_t>(int64_t(std::floor(v)), -1, full + 3), TW));
    };
    // First every legal TRQ setting and a sample of the illegal ones (converted uniformly), one conversion each.
    if (trq) {
      for (int order = 0; order < 2; ++order)
        for (int bexp = 0; bexp < 16; ++bexp)
          for (int s1 = 0; s1 < 16; ++s1)
            for (int s2 = 0; s2 < 16; ++s2) {
              const cim::TrqSetting st{true, cim::SearchOrder(order), bexp, s1, s2};
              if (cim::trq_check(N, st).empty() || (bexp * 7 + s1 * 3 + s2) % 31 == 0) conversion(st);
            }
      b.end_segment(false);
    }
    for (int seg = 0; seg < 8; ++seg) {
      for (int n = 0; n < 24; ++n) {
        cim::TrqSetting st;
        if (trq && uni(0, 3) != 0) {
          st = {true, uni(0, 1) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold, int(uni(1, N - 1)), 0, 0};
          st.s1 = int(uni(0, st.bexp - 1));
          st.s2 = int(uni(st.s1, N - 1));
          if (uni(0, 5) == 0) st = {bool(uni(0, 1)), cim::SearchOrder(uni(0, 1)), int(uni(0, 15)), int(uni(0, 15)),
                                    int(uni(0, 15))};  // often illegal: converted uniformly
        }
        conversion(st);
      }
      b.end_segment(seg % 3 == 0);
    }
    return b;
  }

  std::vector<Module> emit(const Params& p) const override {
    const int N = p.get("N");
    const bool trq = p.get("TRQ") == 1;
    const ResetStyle rst_style = spec::reset_style(p);
    const int IW = 4;  // settings ports
    Module m("trq_sar");
    const Expr clk = m.input("clk_i", 1, "clock");
    const Expr rst_n = m.input("rst_ni", 1, "reset, active low");
    Expr trq_en, msb_first, bexp_i, s1_i, s2_i;
    if (trq) {
      trq_en = m.input("trq_en_i", 1, "0: uniform N-bit search");
      msb_first = m.input("msb_first_i", 1, "search order: 0 threshold, 1 msb_first");
      bexp_i = m.input("bexp_i", IW, "TRQ boundary B = 2^bexp, sampled when a conversion is accepted");
      s1_i = m.input("s1_i", IW, "TRQ step exponent in R1");
      s2_i = m.input("s2_i", IW, "TRQ step exponent in R2");
    }
    const Expr start = m.input("start_i", 1, "conversion request, accepted when start_i && ready_o");
    const Expr ready = m.output("ready_o", 1, "a request is accepted this cycle if start_i");
    const Expr dac = m.output("dac_o", N, "DAC code of this cycle's comparison");
    const Expr cmp_en = m.output("cmp_en_o", 1, "a comparison is made this cycle");
    const Expr cmp = m.input("cmp_i", 1, "comparator answer for dac_o: v >= dac_o");
    const Expr valid = m.output("valid_o", 1, "one-cycle pulse: the results are valid");
    const Expr flag_o = m.output("flag_o", 1, "value in R2 (0 in uniform mode)");
    const Expr code_o = m.output("code_o", N, "conversion code");
    const Expr q_o = m.output("q_o", N, "mid-point reconstruction: code + step/2 for step > 1");
    const Expr ncmp_o = m.output("ncmp_o", 4, "comparisons used");

    m.comment("Control (reset); the datapath registers below are loaded when a conversion is accepted");
    const Expr busy_q = m.reg("busy_q", 1, "a conversion is in progress");
    const Expr valid_q = m.reg("valid_q", 1);
    m.comment("Datapath (no reset; meaningful while busy_q, results while valid_o)");
    const Expr code_q = m.reg("code_q", N, "bits kept so far");
    const Expr code_out_q = m.reg("code_out_q", N);
    const Expr last = m.wire("last", 1, "this cycle's comparison is the conversion's last");
    const Expr kept = m.wire("kept", N, "code after this cycle's trial");
    const Expr accept = m.wire("accept", 1, "a request is accepted at this edge");
    const Sig sig{clk, rst_n, trq_en, msb_first, bexp_i, s1_i, s2_i, start, ready, dac, cmp_en, cmp, valid,
                  flag_o, code_o, q_o, ncmp_o};
    const Core core{busy_q, code_q, code_out_q, last, kept, accept};
    if (trq)
      emit_trq(m, N, IW, sig, core);
    else
      emit_uniform(m, N, sig, core);
    const bool ready_reg = p.get("READY") == 1;
    m.assign(ready, ready_reg ? !busy_q : (!busy_q || last));
    m.assign(accept, start && ready);
    m.assign(cmp_en, busy_q);
    m.assign(valid, valid_q);
    m.assign(code_o, code_out_q);
    m.blank();
    m.always_ff(
        clk, rst_n, rst_style,
        [&](Body& b) {
          b.nb(busy_q, lit(1, 0));
          b.nb(valid_q, lit(1, 0));
        },
        [&](Body& b) {
          b.nb(valid_q, last);
          b.nb(busy_q, accept || (busy_q && !last));
        });
    emit_formal(m, N, trq, ready_reg, sig);
    return {m};
  }

 private:
  struct Sig {
    Expr clk, rst_n, trq_en, msb_first, bexp, s1, s2, start, ready, dac, cmp_en, cmp, valid, flag, code, q, ncmp;
  };

  // Properties: with the comparator tied to an anyconst analog value (one
  // fractional bit) and constant settings, every conversion makes exactly
  // SPEC.md's number of comparisons, reports SPEC.md's flag, code and q, and
  // ends within N+1 comparisons of its acceptance (nothing accepted is lost).
  void emit_formal(Module& m, int N, bool trq, bool ready_reg, const Sig& s) const {
    m.formal();
    const int VW = N + 2;
    const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
    m.initial_assume(!s.rst_n);
    const Expr v2 = m.formal_any("f_v2", VW, true);  // 2 * v, v in [0, 2^(N+1))
    Expr f_trq, f_msb, f_bexp, f_s1, f_s2;
    if (trq) {
      f_trq = m.formal_any("f_trq", 1, true);
      f_msb = m.formal_any("f_msb", 1, true);
      f_bexp = m.formal_any("f_bexp", 4, true);
      f_s1 = m.formal_any("f_s1", 4, true);
      f_s2 = m.formal_any("f_s2", 4, true);
    }
    // SPEC.md section 3 for v and the setting, written independently of the RTL.
    const Expr fv = m.wire("f_fv", N, "min(floor(v), 2^N - 1)");
    m.assign(fv, mux(v2[N + 1], ones(N), v2.slice(N, 1)));
    const Expr spec_flag = m.wire("f_flag", 1, "");
    const Expr spec_code = m.wire("f_code", N, "");
    const Expr spec_ncmp = m.wire("f_ncmp", 4, "");
    const Expr spec_q = m.wire("f_q", N, "");
    const Expr n4 = lit(4, uint64_t(N));
    Expr f_thr = lit(1, 0);  // a legal threshold-order setting
    if (trq) {
      const Expr legal = m.wire("f_legal", 1, "");
      f_thr = legal && !f_msb;
      m.assign(legal, f_trq && f_bexp >= lit(4, 1) && f_bexp < n4 && f_s1 < f_bexp && f_s2 >= f_s1 && f_s2 < n4 &&
                          (!f_msb || f_s2 <= f_bexp));
      m.assign(spec_flag, legal && (fv >= (lit(N, 1) << f_bexp)));
      const Expr lo = mux(spec_flag, f_s2, f_s1);
      const Expr r1 = (fv & ((lit(N, 1) << f_bexp) - lit(N, 1))) >> f_s1 << f_s1;
      m.assign(spec_code, mux(!legal, fv, mux(spec_flag, (fv >> f_s2) << f_s2, r1)));
      m.assign(spec_ncmp, mux(!legal, n4,
                              mux(f_msb, n4 - lo, mux(spec_flag, lit(4, 1) + n4 - f_s2, lit(4, 1) + f_bexp - f_s1))));
      m.assign(spec_q, mux(!legal || lo == zeros(4), spec_code, spec_code + (lit(N, 1) << (lo - lit(4, 1)))));
    } else {
      m.assign(spec_flag, lit(1, 0));
      m.assign(spec_code, fv);
      m.assign(spec_ncmp, n4);
      m.assign(spec_q, fv);
    }
    // The documented DAC sequence: the first comparison is at B (threshold
    // order) or 2^(N-1); each later one keeps the previous trial bit iff the
    // comparator said so and tries a lower bit, except that a threshold
    // compare answered 1 restarts at 2^(N-1).
    const Expr f_first = m.formal_reg("f_first", 1, lit(1, 0));
    const Expr f_pfirst = m.formal_reg("f_pfirst", 1, lit(1, 0));
    const Expr f_pdac = m.formal_reg("f_pdac", N, zeros(N));
    const Expr f_pcmp = m.formal_reg("f_pcmp", 1, lit(1, 0));
    const Expr lsb = m.wire("f_lsb", N, "lowest set bit of dac_o");
    const Expr plsb = m.wire("f_plsb", N, "lowest set bit of the previous dac_o");
    const Expr pkept = m.wire("f_pkept", N, "previous dac_o with its trial bit resolved");
    m.assign(lsb, s.dac & (~s.dac + lit(N, 1)));
    m.assign(plsb, f_pdac & (~f_pdac + lit(N, 1)));
    m.assign(pkept, mux(f_pcmp, f_pdac, f_pdac ^ plsb));
    const Expr top = lit(N, uint64_t(1) << (N - 1));
    const Expr cnt = m.formal_reg("f_cnt", 5, zeros(5));
    const Expr done_cnt = m.formal_reg("f_done_cnt", 5, zeros(5));
    const Expr accept = s.start && s.ready;
    m.always_at(s.clk, [&](Body& b) {
      b.nb(past_valid, lit(1, 1));
      b.nb(f_pdac, s.dac);
      b.nb(f_pcmp, s.cmp);
      b.nb(f_pfirst, f_first);
      b.assume(s.cmp == (v2 >= cat({zeros(1), s.dac, zeros(1)})));
      if (trq) {
        b.assume(s.trq_en == f_trq);
        b.assume(s.msb_first == f_msb);
        b.assume(s.bexp == f_bexp);
        b.assume(s.s1 == f_s1);
        b.assume(s.s2 == f_s2);
      }
      b.if_(!s.rst_n,
            [&](Body& r) {
              r.nb(cnt, zeros(5));
              r.nb(done_cnt, zeros(5));
              r.nb(f_first, lit(1, 0));
            },
            [&](Body& r) {
              r.nb(f_first, accept);
              r.nb(cnt, mux(accept, zeros(5), mux(s.cmp_en, cnt + lit(5, 1), cnt)));
              r.if_(s.cmp_en, [&](Body& c) { c.nb(done_cnt, cnt + lit(5, 1)); });
            });
      b.if_(past_valid && s.rst_n && past(s.rst_n), [&](Body& t) {
        t.comment("a conversion never takes more comparisons than SPEC.md's count");
        t.assert_(!s.cmp_en || cnt < zext(spec_ncmp, 4, 5));
        t.comment("results: SPEC.md's count, flag, code and q");
        t.if_(s.valid, [&](Body& v) {
          v.assert_(done_cnt == zext(spec_ncmp, 4, 5));
          v.assert_(s.ncmp == spec_ncmp);
          v.assert_(s.flag == spec_flag);
          v.assert_(s.code == spec_code);
          v.assert_(s.q == spec_q);
        });
        t.comment("a busy controller compares every cycle until its result, so nothing accepted is lost");
        t.if_(past(s.cmp_en) && !s.cmp_en, [&](Body& v) { v.assert_(s.valid); });
        if (ready_reg) {
          t.comment("READY=reg: ready_o is the registered idle state");
          t.assert_(s.ready == !s.cmp_en);
        }
        t.comment("dac_o follows the documented sequence");
        t.if_(
            s.cmp_en && f_first,
            [&](Body& v) {
              if (trq)
                v.assert_(s.dac == mux(f_thr, lit(N, 1) << f_bexp, top));
              else
                v.assert_(s.dac == top);
            },
            [&](Body& v) {
              v.if_(s.cmp_en && past(s.cmp_en), [&](Body& w) {
                w.if_(
                    f_thr && f_pfirst && f_pcmp, [&](Body& x) { x.assert_(s.dac == top); },
                    [&](Body& x) {
                      x.assert_((s.dac ^ lsb) == pkept);
                      x.assert_(lsb < plsb);
                    });
              });
            });
        std::string reachable = "reachable: a result while the next conversion is accepted";
        if (trq) reachable += ready_reg ? " and a result in R2" : ", a result in R2 and";
        t.comment(reachable);
        if (trq && !ready_reg) t.comment("one-comparison conversions back to back");
        t.cover(s.valid && s.start && s.ready);
        if (trq) {
          t.cover(s.valid && s.flag);
          if (!ready_reg) t.cover(s.valid && past(s.valid));
        }
      });
      b.if_(past_valid && !past(s.rst_n), [&](Body& t) {
        t.assert_(!s.cmp_en);
        t.assert_(!s.valid);
      });
    });
    m.end_formal();
  }

  // Signals shared by both datapaths.
  struct Core {
    Expr busy_q, code_q, code_out_q, last, kept, accept;
  };

  // Uniform-only build: the classic SAR with a one-hot trial mask, trials
  // N-1 .. 0, q = code, ncmp = N.
  static void emit_uniform(Module& m, int N, const Sig& s, const Core& c) {
    const Expr mask_q = m.reg("mask_q", N, "one-hot: the bit under trial");
    m.assign(c.last, c.busy_q && mask_q[0]);
    m.assign(c.kept, c.code_q | (mask_q & repl(N, s.cmp)));
    m.assign(s.dac, c.code_q | mask_q);
    m.assign(s.flag, lit(1, 0));
    m.assign(s.q, c.code_out_q);
    m.assign(s.ncmp, lit(4, uint64_t(N)));
    m.always_ff_noreset(s.clk, [&](Body& b) {
      b.if_(
          c.accept,
          [&](Body& t) {
            t.nb(mask_q, lit(N, uint64_t(1) << (N - 1)));
            t.nb(c.code_q, zeros(N));
          },
          [&](Body& t) {
            t.nb(mask_q, mask_q >> lit(1, 1));
            t.nb(c.code_q, c.kept);
          });
      b.if_(c.last, [&](Body& t) { t.nb(c.code_out_q, c.kept); });
    });
  }

  // TRQ build: a binary trial position (its one-hot decode is the DAC's trial
  // bit), the stop positions s1/s2 compared against it, a first-cycle flag for
  // the threshold compare and an upper-phase flag for msb_first.
  //  threshold: accept -> pos = bexp (the compare at B); cmp = 1 restarts at
  //             N-1 with flag 1, cmp = 0 continues at bexp-1 with flag 0.
  //  msb_first: pos from N-1; flag collects the bits kept at or above bexp.
  //  Either way the conversion ends after the trial at s2 (flag) or s1.
  // Illegal settings load s1 = s2 = 0, no threshold and no upper phase: a
  // uniform conversion.
  static void emit_trq(Module& m, int N, int IW, const Sig& s, const Core& c) {
    const int PW = std::max(1, clog2(uint64_t(N)));  // bit positions 0..N-1
    const Expr top = lit(PW, uint64_t(N - 1));
    const Expr th_q = m.reg("th_q", 1, "threshold order: this cycle's comparison is the one at B");
    const Expr up_q = m.reg("up_q", 1, "TRQ: the trial position is at or above bexp");
    const Expr flag_q = m.reg("flag_q", 1, "value in R2 so far");
    const Expr pos_q = m.reg("pos_q", PW, "bit under trial");
    const Expr bexp_q = m.reg("bexp_q", PW);
    const Expr s1_q = m.reg("s1_q", PW, "last trial position in R1 (0 when uniform)");
    const Expr s2_q = m.reg("s2_q", PW, "last trial position in R2 (0 when uniform)");
    const Expr cnt_q = m.reg("cnt_q", 4, "comparisons made before this cycle's");
    const Expr flag_out_q = m.reg("flag_out_q", 1);
    const Expr q_out_q = m.reg("q_out_q", N);
    const Expr ncmp_out_q = m.reg("ncmp_out_q", 4);
    m.blank();
    const Expr one_hot = m.wire("one_hot", N, "the bit under trial");
    const Expr flag_d = m.wire("flag_d", 1, "flag after this comparison");
    const Expr restart = m.wire("restart", 1, "threshold compare found R2: restart at N-1");
    const Expr legal = m.wire("legal", 1, "trq_en_i with a legal setting; otherwise uniform");
    const Expr thr = m.wire("thr", 1, "legal threshold-order setting");
    m.assign(one_hot, lit(N, 1) << pos_q);
    m.assign(flag_d, flag_q || (up_q && s.cmp));
    m.assign(c.last, c.busy_q && !th_q && mux(flag_d, pos_q == s2_q, pos_q == s1_q));
    m.assign(restart, th_q && s.cmp);
    m.assign(c.kept, mux(s.cmp, c.code_q | one_hot, c.code_q));
    m.assign(s.dac, c.code_q | one_hot);
    // Written as gates rather than <, <= so that synthesis does not spend a
    // carry chain on each 4-bit comparison. Measured on 2026-12-06 (Yosys 0.23
    // synth_ice40, N=8): with the operators the TRQ build is 67 LUT4 instead of
    // 57, READY=reg 69 instead of 60 and 153 MHz instead of 169 on an HX8K.
    m.assign(legal, s.trq_en && s.bexp != zeros(IW) && less_const(s.bexp, N) && less(s.s1, s.bexp) &&
                        !less(s.s2, s.s1) && less_const(s.s2, N) && (!s.msb_first || !less(s.bexp, s.s2)));
    m.assign(thr, legal && !s.msb_first);
    m.assign(s.flag, flag_out_q);
    m.assign(s.q, q_out_q);
    m.assign(s.ncmp, ncmp_out_q);
    const auto low = [&](const Expr& e) { return PW == IW ? e : e.slice(PW - 1, 0); };
    m.always_ff_noreset(s.clk, [&](Body& b) {
      b.if_(
          c.accept,
          [&](Body& t) {
            t.nb(th_q, thr);
            t.nb(up_q, legal);
            t.nb(flag_q, lit(1, 0));
            t.nb(pos_q, mux(thr, low(s.bexp), top));
            t.nb(bexp_q, low(s.bexp));
            t.nb(s1_q, mux(legal, low(s.s1), zeros(PW)));
            t.nb(s2_q, mux(legal, low(s.s2), zeros(PW)));
            t.nb(cnt_q, zeros(4));
            t.nb(c.code_q, zeros(N));
          },
          [&](Body& t) {
            // Not gated by busy_q: idle updates are harmless and cost no enable logic.
            t.nb(th_q, lit(1, 0));
            t.if_(pos_q == bexp_q, [&](Body& v) { v.nb(up_q, lit(1, 0)); });
            t.nb(flag_q, flag_d);
            t.nb(pos_q, mux(restart, top, pos_q - lit(PW, 1)));
            t.nb(cnt_q, cnt_q + lit(4, 1));
            t.nb(c.code_q, mux(restart, zeros(N), c.kept));
          });
      b.if_(c.last, [&](Body& t) {
        t.nb(flag_out_q, flag_d);
        t.nb(c.code_out_q, c.kept);
        // q = code + step/2 = code with the bit below the last trial set
        // (that bit of code is 0). One mux per bit with a constant lets
        // synthesis use the flip-flop's set input instead of a LUT.
        for (int i = 0; i < N; ++i)
          t.nb(q_out_q[i], i + 1 < N ? mux(one_hot[i + 1], lit(1, 1), c.kept[i]) : c.kept[i]);
        t.nb(ncmp_out_q, cnt_q + lit(4, 1));
      });
    });
  }

  // a < b for unsigned vectors of equal width, as gates (MSB first).
  static Expr less(const Expr& a, const Expr& b, int width = 4) {
    Expr r = !a[0] && b[0];
    for (int i = 1; i < width; ++i) r = (!a[i] && b[i]) || ((a[i] == b[i]) && r);
    return r;
  }

  // a < k for a constant 0 < k < 2^width, as gates.
  static Expr less_const(const Expr& a, int k, int width = 4) {
    // r: a[i:0] < k[i:0], absent while that is constantly false.
    std::optional<Expr> r;
    for (int i = 0; i < width; ++i) {
      if ((k >> i) & 1)
        r = r ? (!a[i] || *r) : !a[i];
      else if (r)
        r = !a[i] && *r;
    }
    return *r;
  }

};

}  // namespace

const Block& trq_sar_block() {
  static const TrqSar b;
  return b;
}

}  // namespace cimgen
