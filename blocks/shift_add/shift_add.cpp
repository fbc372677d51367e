// shift_add: accumulates a stream of conversion results into one dot product
// per neuron (SPEC.md section 2).
//
// Each input beat carries one conversion (code, step exponent) tagged with
// its input slice t, weight column j and, for differential weights, its
// column set. The beat's contribution sgn(t) * (-1)^set * rec << (b_t + j*PR)
// is added to the accumulator; the beat marked last closes the dot product,
// the encoding correction is applied and the result is offered on the output
// stream while the next dot product already accumulates.
#include "block.hpp"
#include "cim.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <random>

namespace cimgen {
namespace {

using namespace vlog;

cim::ShiftAddGen gen_of(const Params& p) {
  cim::ShiftAddGen g;
  g.N = p.get("N");
  g.PD = p.get("PD");
  g.PR = p.get("PR");
  g.PImax = p.get("PI");
  g.PWmax = p.get("PW");
  g.R = p.get("R");
  g.Kmax = p.get("KMAX");
  g.enc = spec::weight_encoding(p);
  return g;
}

// Widths of the unit, derived once from the generation parameters.
struct Widths {
  cim::ShiftAddGen g;
  int T, J, S;         // max slices, weight columns, column sets
  int piw, pww, kw;    // run-time configuration inputs
  int tw, jw, sw;      // tags and step exponent
  int xw;              // xsum input (offset encoding)
  int smw;             // small arithmetic (shift amounts, compares)
  int shmax;           // largest in-range shift
  int mw;              // 2*code + step
  int accw;            // accumulator, contribution and output
  cim::AccRange range;
};

Widths widths_of(const Params& p) {
  Widths w;
  w.g = gen_of(p);
  const auto& g = w.g;
  w.T = cim::max_slices(g);
  w.J = cim::max_weight_cols(g);
  w.S = cim::num_col_sets(g.enc);
  w.piw = bits_for(uint64_t(g.PImax));
  w.pww = bits_for(uint64_t(g.PWmax));
  w.kw = bits_for(uint64_t(g.Kmax));
  w.tw = bits_for(uint64_t(w.T - 1));
  w.jw = bits_for(uint64_t(w.J - 1));
  w.sw = bits_for(uint64_t(g.N - 1));
  w.xw = cim::xsum_width(g);
  const int64_t tmax = (int64_t(1) << w.tw) - 1, jmax = (int64_t(1) << w.jw) - 1;
  w.smw = bits_for(uint64_t(g.Kmax + tmax * g.PD + g.PImax + g.PD + jmax * g.PR + g.PWmax));
  w.shmax = g.Kmax + g.PImax - 1 + (w.J - 1) * g.PR;
  w.mw = bits_for(uint64_t(2 * ((int64_t(1) << g.N) - 1) + (int64_t(1) << (g.N - 1))));
  w.range = cim::acc_range(g);
  w.accw = w.range.width;
  // Every in-range contribution, and 2*code + step, fit the accumulator; the
  // arithmetic below is done modulo 2^accw, exact because every reachable
  // value fits (proved by the formal shadow).
  if (w.mw > w.accw || (g.enc == cim::WEnc::Offset && w.xw > w.accw))
    throw std::logic_error(fmt::format("shift_add: width derivation mw={} xw={} accw={}", w.mw, w.xw, w.accw));
  return w;
}

class ShiftAdd final : public Block {
 public:
  std::string name() const override { return "shift_add"; }
  std::string description() const override {
    return "shift-and-add: accumulates tagged ADC conversions into one signed dot product per neuron";
  }

  std::vector<ParamSpec> params() const override {
    return {
        spec::N(8, "ADC resolution: width of the conversion code"),
        spec::PD(1, "DAC bits: input bits per slice"),
        spec::PR(1, "bits stored per ReRAM cell"),
        spec::PI(8, "largest run-time input precision"),
        spec::PW(8, "largest run-time weight precision"),
        spec::R(128, "crossbar rows (sizes the input-sum port of offset weights)"),
        spec::KMAX(0, "largest run-time ADC gain shift k"),
        spec::W_ENC(0, "weight encoding"),
        spec::RST(),
    };
  }

  std::vector<Rule> rules() const override {
    return {spec::differential_needs_pw2()};
  }
  std::vector<Derived> values(const Params& p) const override {
    const Widths w = widths_of(p);
    return {
        {"T", w.T, "largest number of input slices (signed inputs add a sign slice)"},
        {"J", w.J, "largest number of weight columns per column set"},
        {"SETS", w.S, "column sets (2 for differential weights)"},
        {"NREQ", cim::nreq(w.g.PD, w.g.PR, w.g.R), "ADC bits that convert every bit-line sum exactly"},
        {"SLICE_W", w.tw, "width of in_slice_i"},
        {"COL_W", w.jw, "width of in_col_i"},
        {"SEXP_W", w.g.N > 1 ? w.sw : 0, "width of in_sexp_i (0: no port, step is 1)"},
        {"XSUM_W", w.g.enc == cim::WEnc::Offset ? w.xw : 0, "width of in_xsum_i (0: no port)"},
        {"CFG_PI_W", w.piw, "width of cfg_pi_i"},
        {"CFG_PW_W", w.pww, "width of cfg_pw_i"},
        {"CFG_K_W", w.g.Kmax > 0 ? w.kw : 0, "width of cfg_k_i (0: no port, k is 0)"},
        {"ACC_W", w.accw, "accumulator and out_data_o width (two's complement)"},
        {"ACC_MIN", w.range.lo, "smallest reachable accumulator or output value"},
        {"ACC_MAX", w.range.hi, "largest reachable accumulator or output value"},
        {"FORMAL_DEPTH", w.T * w.J * w.S + 3, "proof depth: one whole dot product plus reset and output"},
    };
  }

  std::vector<Campaign> campaigns() const override {
    return {
        {"ref_pd2_pr2_offset", 1, 30, 120},
        {"formal_diff", 1, 30, 120},
    };
  }

  std::vector<Config> sweep() const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;

  std::vector<Module> emit(const Params& p) const override {
    const Widths w = widths_of(p);
    const auto& g = w.g;
    const bool has_k = g.Kmax > 0, has_sexp = g.N > 1;
    const bool offset = g.enc == cim::WEnc::Offset, diff = g.enc == cim::WEnc::Differential;
    const ResetStyle rst_style = spec::reset_style(p);

    Module m("shift_add");
    const Expr clk = m.input("clk_i", 1, "clock");
    const Expr rst_n = m.input("rst_ni", 1, spec::reset_doc(p));
    const Expr cfg_pi = m.input("cfg_pi_i", w.piw, fmt::format("input bits PI, 1..{} (clamped)", g.PImax));
    const Expr cfg_signed = m.input("cfg_in_signed_i", 1, "inputs are two's complement");
    const Expr cfg_pw = m.input("cfg_pw_i", w.pww, fmt::format("weight bits PW, {}..{} (clamped)", diff ? 2 : 1, g.PWmax));
    const Expr cfg_k = has_k ? m.input("cfg_k_i", w.kw, fmt::format("ADC gain shift k, 0..{} (clamped)", g.Kmax)) : Expr();
    const Expr in_valid = m.input("in_valid_i", 1, "conversion result valid");
    const Expr in_ready = m.output("in_ready_o", 1, "conversion result accepted when valid and ready");
    const Expr in_code = m.input("in_code_i", g.N, "ADC code");
    const Expr in_sexp = has_sexp ? m.input("in_sexp_i", w.sw, fmt::format("step = 2^sexp, 0..{} (clamped)", g.N - 1)) : Expr();
    const Expr in_slice = m.input("in_slice_i", w.tw, fmt::format("input slice t, 0..{}", w.T - 1));
    const Expr in_col = m.input("in_col_i", w.jw, fmt::format("weight column j, 0..{}", w.J - 1));
    const Expr in_set = diff ? m.input("in_set_i", 1, "column set: 0 positive, 1 negative weights") : Expr();
    const Expr in_last = m.input("in_last_i", 1, "last conversion of the dot product");
    const Expr in_xsum = offset ? m.input("in_xsum_i", w.xw, "sum of the inputs (two's complement), read with the last beat") : Expr();
    const Expr out_valid = m.output("out_valid_o", 1, "dot product valid");
    const Expr out_ready = m.input("out_ready_i", 1, "dot product accepted when valid and ready");
    const Expr out_data = m.output("out_data_o", w.accw, "dot product (two's complement)");

    m.comment(fmt::format("Accumulator width {} holds every reachable value, {}..{}", w.accw, w.range.lo, w.range.hi));
    m.blank();

    // Run-time settings, clamped to the generated ranges.
    m.comment("Run-time settings, clamped to their generated ranges");
    const Expr pi_e = m.wire("pi_e", w.smw, "effective PI");
    const Expr pw_e = m.wire("pw_e", w.smw, "effective PW");
    const Expr k_e = m.wire("k_e", w.smw, "effective k");
    m.assign(pi_e, zext(clamp(cfg_pi, w.piw, 1, g.PImax), w.piw, w.smw));
    m.assign(pw_e, zext(clamp(cfg_pw, w.pww, diff ? 2 : 1, g.PWmax), w.pww, w.smw));
    m.assign(k_e, has_k ? zext(clamp(cfg_k, w.kw, 0, g.Kmax), w.kw, w.smw) : zeros(w.smw));
    m.blank();

    m.comment("Significance of the beat: b_t + j*PR, sign slice, tags inside the layer");
    const Expr t_pd = m.wire("t_pd", w.smw, "t * PD");
    const Expr j_pr = m.wire("j_pr", w.smw, "j * PR");
    const Expr sign_slice = m.wire("sign_slice", 1, "last slice of a signed input: subtracted");
    const Expr in_range = m.wire("in_range", 1, "t and j address the current layer; other beats add 0");
    const Expr b_t = m.wire("b_t", w.smw, "first input bit of the slice");
    const Expr shamt = m.wire("shamt", w.smw, "k + b_t + j*PR");
    const Expr one = lit(w.smw, 1);
    const auto times = [&](const Expr& e, int ew, int factor) {
      const Expr x = zext(e, ew, w.smw);
      return factor == 1 ? x : x * lit(w.smw, uint64_t(factor));
    };
    m.assign(t_pd, times(in_slice, w.tw, g.PD));
    m.assign(j_pr, times(in_col, w.jw, g.PR));
    m.assign(sign_slice, cfg_signed && (t_pd >= pi_e - one));
    const Expr pws = diff ? pw_e - one : pw_e;
    m.assign(in_range, (t_pd < mux(cfg_signed, pi_e - one + lit(w.smw, uint64_t(g.PD)), pi_e)) && (j_pr < pws));
    m.assign(b_t, mux(sign_slice, pi_e - one, t_pd));
    m.assign(shamt, k_e + b_t + j_pr);
    m.blank();

    m.comment("rec << shamt = ((2*code + half-step term) << (k + b_t + j*PR)) >> 1; exact since twice is even when shamt = 0");
    const Expr sexp_e = has_sexp ? m.wire("sexp_e", w.sw, "effective step exponent") : Expr();
    const Expr half = m.wire("half", w.mw, "step if step << k > 1, else 0");
    const Expr twice = m.wire("twice", w.mw, "2 * code + half");
    const Expr mag = m.wire("mag", w.accw, "rec << (b_t + j*PR)");
    const Expr neg = m.wire("neg", 1, "the beat is subtracted");
    const Expr contrib = m.wire("contrib", w.accw, "signed contribution of the beat");
    if (has_sexp) {
      m.assign(sexp_e, clamp(in_sexp, w.sw, 0, g.N - 1));
      const Expr nonzero = (sexp_e != zeros(w.sw)) || (k_e != zeros(w.smw));
      m.assign(half, mux(nonzero, lit(w.mw, 1) << sexp_e, zeros(w.mw)));
    } else {
      m.assign(half, mux(k_e != zeros(w.smw), lit(w.mw, 1), zeros(w.mw)));
    }
    // 2 * code in mw bits (N + 2 bits, or N + 1 when N = 1: no step port, the half-step is 0 or 1)
    m.assign(twice, (w.mw > g.N + 1 ? cat({zeros(w.mw - g.N - 1), in_code, zeros(1)}) : cat({in_code, zeros(1)})) + half);
    m.assign(mag, mux(shamt == zeros(w.smw), zext(twice.slice(w.mw - 1, 1), w.mw - 1, w.accw),
                      zext(twice, w.mw, w.accw) << (shamt - one)));
    m.assign(neg, diff ? (sign_slice ^ in_set) : sign_slice);
    m.assign(contrib, mux(in_range, mux(neg, -mag, mag), zeros(w.accw)));
    m.blank();

    m.comment("Accumulator and output stage");
    const Expr acc_q = m.reg("acc_q", w.accw, "partial dot product");
    const Expr out_valid_q = m.reg("out_valid_q", 1);
    const Expr out_data_q = m.reg("out_data_q", w.accw);
    const Expr sum = m.wire("sum", w.accw, "accumulator plus this beat");
    const Expr result = m.wire("result", w.accw, "dot product closed by the last beat");
    const Expr accept = m.wire("accept", 1, "a beat is taken this cycle");
    m.assign(sum, acc_q + contrib);
    if (offset) {
      const Expr corr = m.wire("corr", w.accw, "offset correction 2^(PW-1) * xsum");
      m.assign(corr, sext(in_xsum, w.xw, w.accw) << (pw_e - one));
      m.assign(result, sum - corr);
    } else {
      m.assign(result, sum);
    }
    // A last beat waits while the output register holds an unaccepted result;
    // other beats only touch the accumulator and always go through.
    m.assign(in_ready, !(in_last && out_valid_q && !out_ready));
    m.assign(accept, in_valid && in_ready);
    m.assign(out_valid, out_valid_q);
    m.assign(out_data, out_data_q);
    m.blank();
    m.always_ff(clk, rst_n, rst_style,
                [&](Body& b) {
                  b.nb(acc_q, zeros(w.accw));
                  b.nb(out_valid_q, lit(1, 0));
                  b.nb(out_data_q, zeros(w.accw));
                },
                [&](Body& b) {
                  b.if_(out_valid_q && out_ready, [&](Body& t) { t.nb(out_valid_q, lit(1, 0)); });
                  b.if_(accept, [&](Body& t) {
                    t.if_(
                        in_last,
                        [&](Body& l) {
                          l.nb(acc_q, zeros(w.accw));
                          l.nb(out_valid_q, lit(1, 1));
                          l.nb(out_data_q, result);
                        },
                        [&](Body& l) { l.nb(acc_q, sum); });
                  });
                });

    emit_formal(m, w, {clk, rst_n, cfg_pi, cfg_signed, cfg_pw, cfg_k, in_slice, in_col, in_set, in_last, in_xsum,
                          in_code, in_sexp, accept, in_range, twice, shamt, neg, acc_q, out_valid, out_ready, out_data,
                          pi_e, pw_e, k_e});
    return {m};
  }

 private:
  struct Sig {
    Expr clk, rst_n, cfg_pi, cfg_signed, cfg_pw, cfg_k, in_slice, in_col, in_set, in_last, in_xsum, in_code, in_sexp,
        accept, in_range, twice, shamt, neg, acc_q, out_valid, out_ready, out_data, pi_e, pw_e, k_e;
  };

  // Properties: reset values, output handshake stability, and no overflow.
  // The no-overflow proof keeps a wider shadow of the accumulator and the set
  // of tags seen in the current dot product (each tag at most once: the
  // stream contract); it shows the shadow stays within the sum of the seen
  // tags' largest contributions, so the derived width never wraps.
  void emit_formal(Module& m, const Widths& w, const Sig& s) const {
    const auto& g = w.g;
    const bool diff = g.enc == cim::WEnc::Differential;
    const int ntags = w.T * w.J * w.S;
    const int fw = w.accw + w.mw + w.shmax + bits_for(uint64_t(ntags)) + 2;
    m.formal();
    const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
    m.initial_assume(!s.rst_n);
    // Run-time configuration: any value, constant while the unit runs.
    const Expr f_pi = m.formal_any("f_cfg_pi", w.piw, true);
    const Expr f_pw = m.formal_any("f_cfg_pw", w.pww, true);
    const Expr f_sg = m.formal_any("f_cfg_signed", 1, true);
    const Expr f_k = g.Kmax > 0 ? m.formal_any("f_cfg_k", w.kw, true) : Expr();
    const Expr seen = m.formal_reg("f_seen_q", ntags, zeros(ntags));
    const Expr shadow = m.formal_reg("f_shadow_q", fw, zeros(fw));
    const Expr f_result = m.formal_reg("f_result_q", fw, zeros(fw));
    const Expr tag = m.wire("f_tag", bits_for(uint64_t(ntags)), "");
    const Expr f_hi = m.wire("f_hi", fw, "");
    const Expr f_lo = m.wire("f_lo", fw, "");
    const int tagw = bits_for(uint64_t(ntags));
    // Tag index (t*J + j)*S + set, meaningful for in-range beats.
    Expr tag_e = zext(s.in_slice, w.tw, tagw) * lit(tagw, uint64_t(w.J * w.S)) +
                 zext(s.in_col, w.jw, tagw) * lit(tagw, uint64_t(w.S));
    if (diff) tag_e = tag_e + zext(s.in_set, 1, tagw);
    m.assign(tag, tag_e);
    // Largest contribution of each tag under the current configuration,
    // summed over the tags already seen: f_hi over added, f_lo over
    // subtracted tags.
    const int64_t twice_max = 2 * ((int64_t(1) << g.N) - 1) + (int64_t(1) << (g.N - 1));
    const int tmw = bits_for(uint64_t(twice_max));
    Expr hi_sum = zeros(fw), lo_sum = zeros(fw);
    for (int t = 0; t < w.T; ++t)
      for (int j = 0; j < w.J; ++j)
        for (int set = 0; set < w.S; ++set) {
          const int idx = (t * w.J + j) * w.S + set;
          const Expr tpd = lit(w.smw, uint64_t(t * g.PD));
          const Expr one = lit(w.smw, 1);
          const Expr sign = s.cfg_signed && (tpd >= s.pi_e - one);
          const Expr range_ok = tpd < mux(s.cfg_signed, s.pi_e - one + lit(w.smw, uint64_t(g.PD)), s.pi_e);
          const Expr col_ok = lit(w.smw, uint64_t(j * g.PR)) < (diff ? s.pw_e - one : s.pw_e);
          const Expr sh = s.k_e + mux(sign, s.pi_e - one, tpd) + lit(w.smw, uint64_t(j * g.PR));
          const Expr term = (zext(lit(tmw, uint64_t(twice_max)), tmw, fw) << sh) >> lit(fw, 1);
          const Expr term_w = m.wire(fmt::format("f_term{}", idx), fw, "");
          const Expr neg_w = m.wire(fmt::format("f_neg{}", idx), 1, "");
          m.assign(term_w, mux(seen[idx] && range_ok && col_ok, term, zeros(fw)));
          m.assign(neg_w, diff ? (set ? !sign : sign) : sign);
          hi_sum = hi_sum + mux(neg_w, zeros(fw), term_w);
          lo_sum = lo_sum + mux(neg_w, term_w, zeros(fw));
        }
    m.assign(f_hi, hi_sum);
    m.assign(f_lo, lo_sum);
    // The beat's contribution and the correction, computed wide.
    const Expr f_mag = (zext(s.twice, w.mw, fw) << s.shamt) >> lit(fw, 1);
    const Expr f_contrib = m.wire("f_contrib", fw, "");
    m.assign(f_contrib, mux(s.in_range, mux(s.neg, zeros(fw) - f_mag, f_mag), zeros(fw)));
    const Expr f_corr = m.wire("f_corr", fw, "");
    m.assign(f_corr, g.enc == cim::WEnc::Offset ? sext(s.in_xsum, w.xw, fw) << (s.pw_e - lit(w.smw, 1)) : zeros(fw));
    m.always_at(s.clk, [&](Body& b) {
      b.nb(past_valid, lit(1, 1));
      b.assume(s.cfg_pi == f_pi);
      b.assume(s.cfg_pw == f_pw);
      b.assume(s.cfg_signed == f_sg);
      if (g.Kmax > 0) b.assume(s.cfg_k == f_k);
      // Stream contract: each in-range tag at most once per dot product.
      b.if_(s.accept && s.in_range, [&](Body& t) { t.assume(!(seen[tag])); });
      // Shadow bookkeeping.
      b.if_(!s.rst_n,
            [&](Body& t) {
              t.nb(seen, zeros(ntags));
              t.nb(shadow, zeros(fw));
            },
            [&](Body& t) {
              t.if_(s.accept, [&](Body& a) {
                a.if_(
                    s.in_last,
                    [&](Body& l) {
                      l.nb(seen, zeros(ntags));
                      l.nb(shadow, zeros(fw));
                      l.nb(f_result, shadow + f_contrib - f_corr);
                    },
                    [&](Body& l) {
                      l.nb(seen, mux(s.in_range, seen | (lit(ntags, 1) << tag), seen));
                      l.nb(shadow, shadow + f_contrib);
                    });
              });
            });
      const Expr acc_min = slit(fw, w.range.lo), acc_max = slit(fw, w.range.hi);
      b.if_(past_valid, [&](Body& t) {
        t.comment("reset: empty accumulator, no output");
        t.if_(!past(s.rst_n), [&](Body& r) {
          r.assert_(!s.out_valid);
          r.assert_(s.acc_q == zeros(w.accw));
        });
        t.comment("output handshake: valid held and data stable until ready");
        t.if_(past(s.rst_n) && s.rst_n && past(s.out_valid && !s.out_ready), [&](Body& r) {
          r.assert_(s.out_valid);
          r.assert_(s.out_data == past(s.out_data));
        });
        t.comment("no overflow: the accumulator is its exact shadow, within the derived range");
        t.if_(s.rst_n && past(s.rst_n), [&](Body& r) {
          r.assert_(sext(s.acc_q, w.accw, fw) == shadow);
          r.assert_(as_signed(shadow) <= as_signed(f_hi));
          r.assert_(as_signed(shadow) >= as_signed(zeros(fw) - f_lo));
          r.assert_(as_signed(f_hi) <= as_signed(acc_max));
          r.assert_(as_signed(zeros(fw) - f_lo) >= as_signed(acc_min));
          r.if_(s.out_valid, [&](Body& o) {
            o.assert_(sext(s.out_data, w.accw, fw) == f_result);
            o.assert_(as_signed(f_result) >= as_signed(acc_min));
            o.assert_(as_signed(f_result) <= as_signed(acc_max));
          });
        });
        t.cover(s.out_valid && s.out_ready);
      });
    });
    m.end_formal();
  }
};

// Dot products in segments of one to six, each with its own run-time settings (now and then out of range,
// which the unit clamps): ideal conversions of random inputs and weights (the exact product when N >= Nreq and
// k = 0), and any codes and steps for every tag of the layer plus tags outside it; beats shuffled.
std::optional<vtb::Bench> ShiftAdd::testbench(const Params& p, uint64_t seed) const {
  const Widths w = widths_of(p);
  const auto& g = w.g;
  std::mt19937_64 rng(seed);
  const auto uni = [&rng](int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(rng); };
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Dot products of random layers (ideal and arbitrary conversions, out-of-range settings and tags).";
  vtb::Stream in{"in", true, "in_valid_i", "in_ready_o", {}, "", {}, {}};
  in.fields = {{"cfg_pi_i", w.piw, true}, {"cfg_in_signed_i", 1, true}, {"cfg_pw_i", w.pww, true}};
  if (g.Kmax > 0) in.fields.push_back({"cfg_k_i", w.kw, true});
  in.fields.push_back({"in_code_i", g.N});
  if (g.N > 1) in.fields.push_back({"in_sexp_i", w.sw});
  in.fields.push_back({"in_slice_i", w.tw});
  in.fields.push_back({"in_col_i", w.jw});
  if (g.enc == cim::WEnc::Differential) in.fields.push_back({"in_set_i", 1});
  in.fields.push_back({"in_last_i", 1});
  if (g.enc == cim::WEnc::Offset) in.fields.push_back({"in_xsum_i", w.xw});
  vtb::Stream out{"out", false, "out_valid_o", "out_ready_i", {{"out_data_o", w.accw}}, "", {}, {}};
  b.streams = {in, out};
  for (int seg = 0; seg < 8; ++seg) {
    for (int64_t n = uni(1, 6); n > 0; --n) {
      cim::ShiftAddCfg cfg{int(uni(1, g.PImax)), uni(0, 1) == 1, int(uni(g.enc == cim::WEnc::Differential ? 2 : 1, g.PWmax)),
                           int(uni(0, g.Kmax))};
      if (uni(0, 7) == 0) {  // out of range: clamped
        cfg.PI = int(uni(0, (1 << w.piw) - 1));
        cfg.PW = int(uni(0, (1 << w.pww) - 1));
        if (g.Kmax > 0) cfg.k = int(uni(0, (1 << w.kw) - 1));
      }
      const cim::ShiftAddCfg eff = cim::effective(g, cfg);
      std::vector<cim::Beat> beats;
      int64_t xsum = 0;
      if (uni(0, 1) == 0) {
        const int64_t rows = uni(1, g.R);
        std::vector<int64_t> x(static_cast<size_t>(rows)), wc(static_cast<size_t>(rows));
        for (auto& v : x) v = uni(cim::x_min(eff.PI, eff.in_signed), cim::x_max(eff.PI, eff.in_signed));
        for (auto& v : wc) v = uni(cim::w_min(eff.PW, g.enc), cim::w_max(eff.PW, g.enc));
        beats = cim::ideal_beats(g, eff, x, wc);
        xsum = cim::sum(x);
      } else {
        const int T = cim::num_slices(eff.PI, eff.in_signed, g.PD), J = cim::num_weight_cols(eff.PW, g.PR, g.enc);
        for (int t = 0; t < T; ++t)
          for (int set = 0; set < cim::num_col_sets(g.enc); ++set)
            for (int j = 0; j < J; ++j)
              beats.push_back({uint32_t(uni(0, (1 << g.N) - 1)), g.N > 1 ? int(uni(0, (1 << w.sw) - 1)) : 0, t, j, set});
        for (int64_t extra = uni(0, 2); extra > 0; --extra) {
          const cim::Beat x{uint32_t(uni(0, (1 << g.N) - 1)), 0, int(uni(0, (1 << w.tw) - 1)),
                            int(uni(0, (1 << w.jw) - 1)), 0};
          if (!cim::beat_in_range(g, eff, x)) beats.push_back(x);
        }
        xsum = uni(-(int64_t(1) << (w.xw - 1)), (int64_t(1) << (w.xw - 1)) - 1);
      }
      std::shuffle(beats.begin(), beats.end(), rng);
      const int64_t result = cim::shift_add(g, cfg, beats, xsum);
      for (size_t i = 0; i < beats.size(); ++i) {
        const cim::Beat& x = beats[i];
        vtb::Beat v = {{uint64_t(cfg.PI)}, {uint64_t(cfg.in_signed)}, {uint64_t(cfg.PW)}};
        if (g.Kmax > 0) v.push_back({uint64_t(cfg.k)});
        v.push_back({x.code});
        if (g.N > 1) v.push_back({uint64_t(x.sexp)});
        v.push_back({uint64_t(x.t)});
        v.push_back({uint64_t(x.j)});
        if (g.enc == cim::WEnc::Differential) v.push_back({uint64_t(x.set)});
        v.push_back({uint64_t(i + 1 == beats.size())});
        if (g.enc == cim::WEnc::Offset) v.push_back(vtb::bits(xsum, w.xw));
        b.streams[0].beats.push_back(v);
      }
      b.streams[1].beats.push_back({vtb::bits(result, w.accw)});
    }
    b.end_segment(seg % 3 == 1);
  }
  return b;
}

std::vector<Config> ShiftAdd::sweep() const {
  // Spans PD, PR, PW, PI 1..8, every encoding and reset style; signedness is
  // a run-time setting and every configuration is simulated with both.
  std::vector<Config> c = {
      {"ref_default", {}, true, false},
      {"ref_pd2_pr2_offset", {"N=10", "PD=2", "PR=2", "PI=8", "PW=8", "R=64", "KMAX=3", "w_enc=offset"}, true, false},
      {"ref_diff_trq", {"N=8", "PD=1", "PR=2", "PI=8", "PW=8", "R=128", "KMAX=4", "w_enc=differential"}, true, false},
      {"formal_offset", {"N=3", "PD=1", "PR=1", "PI=3", "PW=2", "R=2", "KMAX=1", "w_enc=offset"}, false, true},
      {"formal_diff", {"N=2", "PD=2", "PR=1", "PI=3", "PW=3", "R=2", "KMAX=1", "w_enc=differential", "RST=sync"}, false, true},
  };
  const char* encs[] = {"unsigned", "offset", "differential"};
  int i = 0;
  for (int PI : {1, 2, 3, 4, 5, 6, 7, 8})
    for (int e = 0; e < 3; ++e) {
      if (e == 2 && PI < 2) continue;
      const int PW = std::max(e == 2 ? 2 : 1, 1 + (PI * 3 + e * 2) % 8);
      const int PD = 1 + (PI + e) % 4;
      const int PR = 1 + (PI * 2 + e) % 4;
      const int R = 1 << ((PI + 2 * e) % 6);
      const int nreq = cim::nreq(PD, PR, R);
      const int N = std::min(12, nreq + (i % 3 == 0 ? 0 : 1));  // N >= Nreq: exact results
      const int KMAX = i % 4;
      c.push_back({fmt::format("s{:02}", i),
                   {fmt::format("N={}", N), fmt::format("PD={}", PD), fmt::format("PR={}", PR), fmt::format("PI={}", PI),
                    fmt::format("PW={}", PW), fmt::format("R={}", R), fmt::format("KMAX={}", KMAX),
                    fmt::format("w_enc={}", encs[e]), i % 5 == 4 ? "RST=sync" : "RST=async"},
                   false,
                   false});
      ++i;
    }
  return c;
}

}  // namespace

const Block& shift_add_block() {
  static const ShiftAdd b;
  return b;
}

}  // namespace cimgen
