#include "adc.hpp"

#include <cmath>
#include <stdexcept>

namespace cim {

std::string trq_check(int N, const TrqSetting& s) {
  if (N < 1 || N > 12) return "N=" + std::to_string(N) + " is out of range 1..12";
  if (!s.trq) return "";
  if (N < 2) return "TRQ needs N >= 2 (got N=" + std::to_string(N) + ")";
  if (s.bexp < 1 || s.bexp > N - 1)
    return "bexp=" + std::to_string(s.bexp) + " is out of range 1.." + std::to_string(N - 1);
  if (s.s1 < 0 || s.s1 >= s.bexp)
    return "s1=" + std::to_string(s.s1) + " is out of range 0.." + std::to_string(s.bexp - 1);
  if (s.s2 < s.s1 || s.s2 > N - 1)
    return "s2=" + std::to_string(s.s2) + " is out of range " + std::to_string(s.s1) + ".." + std::to_string(N - 1);
  if (s.order == SearchOrder::MsbFirst && s.s2 > s.bexp)
    return "msb_first needs s2 <= bexp (got s2=" + std::to_string(s.s2) + ", bexp=" + std::to_string(s.bexp) + ")";
  return "";
}

TrqSetting hw_setting(int N, const TrqSetting& s) { return trq_check(N, s).empty() ? s : TrqSetting{}; }

namespace {
// Trials of bits hi..lo on top of code; returns the comparisons used.
int trials(uint32_t& code, int hi, int lo, const Comparator& cmp) {
  int n = 0;
  for (int b = hi; b >= lo; --b) {
    const uint32_t d = code | (1u << b);
    if (cmp(d)) code = d;
    ++n;
  }
  return n;
}
}  // namespace

Conversion convert(int N, const TrqSetting& s, const Comparator& cmp) {
  const std::string why = trq_check(N, s);
  if (!why.empty()) throw std::invalid_argument(why);
  Conversion c;
  if (!s.trq) {
    c.ncmp = trials(c.code, N - 1, 0, cmp);
    c.q = c.idx = c.code;
    return c;
  }
  if (s.order == SearchOrder::Threshold) {
    c.flag = cmp(1u << s.bexp);
    c.ncmp = 1 + (c.flag ? trials(c.code, N - 1, s.s2, cmp) : trials(c.code, s.bexp - 1, s.s1, cmp));
  } else {
    c.ncmp = trials(c.code, N - 1, s.bexp, cmp);
    c.flag = c.code != 0;
    c.ncmp += c.flag ? trials(c.code, s.bexp - 1, s.s2, cmp) : trials(c.code, s.bexp - 1, s.s1, cmp);
  }
  c.sexp = c.flag ? s.s2 : s.s1;
  c.idx = c.code >> c.sexp;
  c.q = c.code + (c.sexp > 0 ? (1u << (c.sexp - 1)) : 0);
  return c;
}

Conversion convert_value(int N, const TrqSetting& s, double v) {
  return convert(N, s, [v](uint32_t d) { return v >= double(d); });
}

int spec_comparisons(int N, const TrqSetting& s, bool flag) {
  if (!s.trq) return N;
  if (s.order == SearchOrder::Threshold) return flag ? 1 + N - s.s2 : 1 + s.bexp - s.s1;
  return flag ? N - s.s2 : N - s.s1;
}

std::string trq_text(const TrqSetting& s) {
  if (!s.trq) return "uniform";
  return "trq bexp=" + std::to_string(s.bexp) + " s1=" + std::to_string(s.s1) + " s2=" + std::to_string(s.s2) +
         (s.order == SearchOrder::Threshold ? " threshold" : " msb_first");
}

}  // namespace cim
