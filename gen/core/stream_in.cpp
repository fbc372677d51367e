#include "stream_in.hpp"

namespace cimgen {

using namespace vlog;

StreamIn stream_in(Module& m, const Expr& clk, const Expr& rst_n, ResetStyle style, const Expr& in_valid,
                   const Expr& in_ready, const Expr& in_data, int ew, int count, const Expr& release) {
  m.comment("Input buffer: the elements shifted in, element 0 ends lowest");
  const int cw = bits_for(uint64_t(count));
  StreamIn s;
  s.data = m.reg("ib_q", count * ew, "elements taken so far");
  s.cnt = m.reg("cnt_q", cw, "elements in ib_q");
  s.full = m.wire("full", 1, "ib_q holds a whole vector");
  m.assign(s.full, s.cnt == lit(cw, uint64_t(count)));
  m.assign(in_ready, !s.full);
  s.take = m.wire("take", 1, "an element is taken");
  m.assign(s.take, in_valid && !s.full);
  m.always_ff(
      clk, rst_n, style, [&](Body& b) { b.nb(s.cnt, zeros(cw)); },
      [&](Body& b) {
        b.if_(release, [&](Body& t) { t.nb(s.cnt, zeros(cw)); },
              [&](Body& e) { e.if_(s.take, [&](Body& t) { t.nb(s.cnt, s.cnt + lit(cw, 1)); }); });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(s.take, [&](Body& t) {
      t.nb(s.data, count == 1 ? in_data : cat({in_data, s.data.slice(count * ew - 1, ew)}));
    });
  });
  m.blank();
  return s;
}

}  // namespace cimgen
