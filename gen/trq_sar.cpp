// trq_sar: SAR ADC controller with Twin-Range Quantization (SPEC.md
// section 3). One comparison per clock; a new conversion is accepted in the
// cycle of the previous one's last comparison, so back-to-back conversions
// keep the comparator busy every cycle.
//
// Illegal run-time settings (bexp outside 1..N-1, s1 >= bexp, s2 < s1,
// s2 > N-1, or s2 > bexp with msb_first) fall back to a uniform N-bit
// conversion: flag_o = 0, N comparisons.
#include "adc.hpp"
#include "block.hpp"

#include <fmt/format.h>

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
        ParamSpec::integer("N", 8, 2, 12, "ADC resolution"),
        ParamSpec::integer("TRQ", 1, 0, 1, "1: TRQ and uniform at run time; 0: uniform-only build"),
        ParamSpec::choice("RST", {"async", "sync"}, 0, "reset style of rst_ni (active low)"),
    };
  }
  std::vector<Derived> derive(const Params& p) const override {
    const int N = p.get("N");
    return {
        {"MAX_CMP", p.get("TRQ") ? N + 1 : N, "most comparisons of one conversion"},
        {"FORMAL_DEPTH", (p.get("TRQ") ? N + 1 : N) + 4, "proof depth: a whole conversion plus reset and result"},
    };
  }
  std::vector<Config> sweep() const override {
    std::vector<Config> c = {
        {"ref_n8_trq", {"N=8", "TRQ=1"}, true, true},
        {"ref_n8_uniform", {"N=8", "TRQ=0"}, true, false},
    };
    for (int N : {2, 3, 5, 8, 10, 12})
      c.push_back({fmt::format("n{}", N), {fmt::format("N={}", N), "TRQ=1", N % 2 ? "RST=sync" : "RST=async"}, false,
                   false});
    c.push_back({"n4_uniform_sync", {"N=4", "TRQ=0", "RST=sync"}, false, false});
    c.push_back({"formal_n4_trq", {"N=4", "TRQ=1"}, false, true});
    c.push_back({"formal_n3_uniform", {"N=3", "TRQ=0", "RST=sync"}, false, true});
    return c;
  }

  std::vector<Module> emit(const Params& p) const override {
    const int N = p.get("N");
    const bool trq = p.get("TRQ") == 1;
    const ResetStyle rst_style = p.get("RST") == 0 ? ResetStyle::AsyncLow : ResetStyle::SyncLow;
    const int IW = 4;  // bit indices and settings
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

    const Expr one = lit(IW, 1);
    const Expr nm1 = lit(IW, uint64_t(N - 1));
    // Phases of a conversion.
    const Expr TH = lit(2, 0), MSB = lit(2, 1), LOW = lit(2, 2);

    m.comment("Conversion state");
    const Expr busy_q = m.reg("busy_q", 1, "a conversion is in progress");
    const Expr phase_q = trq ? m.reg("phase_q", 2, "0 threshold compare, 1 msb_first upper bits, 2 trials down to lo") : Expr();
    const Expr bit_q = m.reg("bit_q", IW, "bit under trial");
    const Expr code_q = m.reg("code_q", N, "bits kept so far");
    const Expr ncmp_q = m.reg("ncmp_q", 4, "comparisons made so far");
    const Expr flag_q = trq ? m.reg("flag_q", 1, "value in R2") : Expr();
    const Expr bexp_q = trq ? m.reg("bexp_q", IW) : Expr();
    const Expr s1_q = trq ? m.reg("s1_q", IW) : Expr();
    const Expr s2_q = trq ? m.reg("s2_q", IW) : Expr();
    m.comment("Results");
    const Expr valid_q = m.reg("valid_q", 1);
    const Expr flag_out_q = m.reg("flag_out_q", 1);
    const Expr code_out_q = m.reg("code_out_q", N);
    const Expr q_out_q = m.reg("q_out_q", N);
    const Expr ncmp_out_q = m.reg("ncmp_out_q", 4);
    m.blank();

    m.comment("This cycle's comparison and its outcome");
    const Expr trial = m.wire("trial", N, "code_q with the bit under trial set");
    const Expr kept = m.wire("kept", N, "code after this trial");
    const Expr last = m.wire("last", 1, "this cycle's comparison is the conversion's last");
    const Expr flag_n = m.wire("flag_n", 1, "flag after this comparison");
    const Expr lo = trq ? m.wire("lo", IW, "lowest bit of the current trial phase") : Expr();
    const Expr sexp = m.wire("sexp", IW, "step exponent of the result");
    const Expr half = m.wire("half", N, "step / 2 for step > 1");
    const Expr accept = m.wire("accept", 1, "a request is accepted at this edge");
    m.assign(trial, code_q | (lit(N, 1) << bit_q));
    m.assign(kept, mux(cmp, trial, code_q));
    if (trq) {
      const Expr upper = m.wire("upper", 1, "msb_first: a bit at or above bexp is kept");
      m.assign(upper, (kept >> bexp_q) != zeros(N));
      m.assign(flag_n, mux(phase_q == TH, cmp, mux(phase_q == MSB, upper, flag_q)));
      m.assign(lo, mux(flag_n, s2_q, s1_q));
      // TH never ends a conversion (each range has at least one trial); the
      // msb_first phase ends it when the second phase is empty (lo == bexp).
      m.assign(last, busy_q && ((phase_q == LOW && bit_q == lo) || (phase_q == MSB && bit_q == bexp_q && lo == bexp_q)));
      m.assign(dac, mux(phase_q == TH, lit(N, 1) << bexp_q, trial));
      m.assign(sexp, mux(flag_n, s2_q, s1_q));
    } else {
      m.assign(flag_n, lit(1, 0));
      m.assign(last, busy_q && bit_q == zeros(IW));
      m.assign(dac, trial);
      m.assign(sexp, zeros(IW));
    }
    m.assign(half, mux(sexp == zeros(IW), zeros(N), lit(N, 1) << (sexp - one)));
    m.assign(ready, !busy_q || last);
    m.assign(accept, start && ready);
    m.assign(cmp_en, busy_q);
    m.assign(valid, valid_q);
    m.assign(flag_o, flag_out_q);
    m.assign(code_o, code_out_q);
    m.assign(q_o, q_out_q);
    m.assign(ncmp_o, ncmp_out_q);
    m.blank();

    Expr legal;
    if (trq) {
      m.comment("Run-time settings: illegal ones fall back to a uniform conversion");
      legal = m.wire("legal", 1, "trq_en_i with a legal setting");
      m.assign(legal, trq_en && bexp_i >= one && bexp_i <= nm1 && s1_i < bexp_i && s2_i >= s1_i && s2_i <= nm1 &&
                          (!msb_first || s2_i <= bexp_i));
    }

    m.always_ff(
        clk, rst_n, rst_style,
        [&](Body& b) {
          b.nb(busy_q, lit(1, 0));
          if (trq) {
            b.nb(phase_q, LOW);
            b.nb(flag_q, lit(1, 0));
            b.nb(bexp_q, zeros(IW));
            b.nb(s1_q, zeros(IW));
            b.nb(s2_q, zeros(IW));
          }
          b.nb(bit_q, zeros(IW));
          b.nb(code_q, zeros(N));
          b.nb(ncmp_q, zeros(4));
          b.nb(valid_q, lit(1, 0));
          b.nb(flag_out_q, lit(1, 0));
          b.nb(code_out_q, zeros(N));
          b.nb(q_out_q, zeros(N));
          b.nb(ncmp_out_q, zeros(4));
        },
        [&](Body& b) {
          b.nb(valid_q, last);
          b.if_(last, [&](Body& t) {
            t.nb(flag_out_q, flag_n);
            t.nb(code_out_q, kept);
            t.nb(q_out_q, kept + half);
            t.nb(ncmp_out_q, ncmp_q + lit(4, 1));
          });
          b.if_(
              accept,
              [&](Body& t) {
                t.nb(busy_q, lit(1, 1));
                t.nb(code_q, zeros(N));
                t.nb(ncmp_q, zeros(4));
                t.nb(bit_q, nm1);
                if (trq) {
                  t.nb(flag_q, lit(1, 0));
                  t.nb(bexp_q, bexp_i);
                  t.if_(
                      legal,
                      [&](Body& l) {
                        l.nb(phase_q, mux(msb_first, MSB, TH));
                        l.nb(s1_q, s1_i);
                        l.nb(s2_q, s2_i);
                      },
                      [&](Body& l) {
                        l.nb(phase_q, LOW);
                        l.nb(s1_q, zeros(IW));
                        l.nb(s2_q, zeros(IW));
                      });
                }
              },
              [&](Body& t) {
                t.if_(last, [&](Body& l) { l.nb(busy_q, lit(1, 0)); });
                t.if_(busy_q && !last, [&](Body& c) {
                  c.nb(ncmp_q, ncmp_q + lit(4, 1));
                  if (!trq) {
                    c.nb(code_q, kept);
                    c.nb(bit_q, bit_q - one);
                    return;
                  }
                  c.nb(flag_q, flag_n);
                  c.case_(phase_q,
                          {{{TH},
                            [&](Body& s) {
                              s.nb(phase_q, LOW);
                              s.nb(bit_q, mux(cmp, nm1, bexp_q - one));
                            }},
                           {{MSB},
                            [&](Body& s) {
                              s.nb(code_q, kept);
                              s.if_(bit_q == bexp_q, [&](Body& e) { e.nb(phase_q, LOW); });
                              s.nb(bit_q, bit_q - one);
                            }}},
                          [&](Body& s) {
                            s.nb(code_q, kept);
                            s.nb(bit_q, bit_q - one);
                          });
                });
              });
        });
    emit_formal(m, N, trq, {clk, rst_n, trq_en, msb_first, bexp_i, s1_i, s2_i, start, ready, dac, cmp_en, cmp, valid,
                            flag_o, code_o, q_o, ncmp_o});
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
  void emit_formal(Module& m, int N, bool trq, const Sig& s) const {
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
    if (trq) {
      const Expr legal = m.wire("f_legal", 1, "");
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
    const Expr cnt = m.formal_reg("f_cnt", 5, zeros(5));
    const Expr done_cnt = m.formal_reg("f_done_cnt", 5, zeros(5));
    const Expr accept = s.start && s.ready;
    m.always_at(s.clk, [&](Body& b) {
      b.nb(past_valid, lit(1, 1));
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
            },
            [&](Body& r) {
              r.nb(cnt, mux(accept, zeros(5), mux(s.cmp_en, cnt + lit(5, 1), cnt)));
              r.if_(s.cmp_en, [&](Body& c) { c.nb(done_cnt, cnt + lit(5, 1)); });
            });
      b.if_(past_valid && s.rst_n && past(s.rst_n), [&](Body& t) {
        t.comment("a conversion never takes more comparisons than SPEC.md's count");
        t.assert_(!s.cmp_en || cnt < zext_to(spec_ncmp, 4, 5));
        t.comment("results: SPEC.md's count, flag, code and q");
        t.if_(s.valid, [&](Body& v) {
          v.assert_(done_cnt == zext_to(spec_ncmp, 4, 5));
          v.assert_(s.ncmp == spec_ncmp);
          v.assert_(s.flag == spec_flag);
          v.assert_(s.code == spec_code);
          v.assert_(s.q == spec_q);
        });
        t.comment("a busy controller compares every cycle until its result, so nothing accepted is lost");
        t.if_(past(s.cmp_en) && !s.cmp_en, [&](Body& v) { v.assert_(s.valid); });
        t.cover(s.valid && past(s.valid));
      });
      b.if_(past_valid && !past(s.rst_n), [&](Body& t) {
        t.assert_(!s.cmp_en);
        t.assert_(!s.valid);
      });
    });
    m.end_formal();
  }

  static Expr zext_to(const Expr& e, int from, int to) { return cat({zeros(to - from), e}); }
};

}  // namespace

const Block& trq_sar_block() {
  static const TrqSar b;
  return b;
}

}  // namespace cimgen
