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
        {"FORMAL_DEPTH", 2 * (N + 1) + 4, "proof depth: two whole conversions plus reset"},
    };
  }
  std::vector<Config> sweep() const override {
    std::vector<Config> c = {
        {"ref_n8_trq", {"N=8", "TRQ=1"}, true, false},
        {"ref_n8_uniform", {"N=8", "TRQ=0"}, true, false},
    };
    for (int N : {2, 3, 5, 8, 10, 12})
      c.push_back({fmt::format("n{}", N), {fmt::format("N={}", N), "TRQ=1", N % 2 ? "RST=sync" : "RST=async"}, false,
                   false});
    c.push_back({"n4_uniform_sync", {"N=4", "TRQ=0", "RST=sync"}, false, false});
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
    return {m};
  }
};

}  // namespace

const Block& trq_sar_block() {
  static const TrqSar b;
  return b;
}

}  // namespace cimgen
