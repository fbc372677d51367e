#include "stream_in.hpp"

#include <fmt/format.h>

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

std::vector<Expr> slices(Module& m, const Expr& x, int ew, int count, int pd, const std::string& name) {
  const int T = (ew + pd - 1) / pd;
  std::vector<Expr> out;
  for (int t = 0; t < T; ++t) out.push_back(m.wire(fmt::format("{}{}", name, t), count * pd, fmt::format("{} {} of every row's element", name, t)));
  if (count * ew == 1 && pd == 1) {
    m.assign(out[0], x);
    return out;
  }
  m.comment(fmt::format("Row r's element is {0}[r*{1} +: {1}]; its slice t goes on {2}<t>[r*{3} +: {3}]", x.text(), ew, name, pd));
  const Expr r = m.generate_for("g_row", "r", count);
  const auto at = [&](int per_row, int i) { return i == 0 ? num(per_row) * r : num(per_row) * r + num(i); };
  for (int t = 0; t < T; ++t)
    for (int b = 0; b < pd; ++b) {
      const int bit = t * pd + b;
      const Expr lhs = count * pd == 1 ? out[size_t(t)] : out[size_t(t)][at(pd, b)];
      m.assign(lhs, bit < ew ? (count * ew == 1 ? x : x[at(ew, bit)]) : lit(1, 0));
    }
  m.end_generate();
  return out;
}

}  // namespace cimgen

