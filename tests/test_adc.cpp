// SAR conversion against SPEC.md section 3.
#include "adc.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cim;

namespace {
// The SPEC result for value v: flag by the boundary, code the searched bits
// of min(floor(v), 2^N - 1).
void spec_result(int N, const TrqSetting& s, double v, bool& flag, uint32_t& code) {
  const uint32_t full = (1u << N) - 1;
  const uint32_t fv = v >= full ? full : static_cast<uint32_t>(std::floor(v));
  if (!s.trq) {
    flag = false;
    code = fv;
    return;
  }
  flag = v >= double(1u << s.bexp);
  const int lo = flag ? s.s2 : s.s1;
  code = flag ? (fv >> lo) << lo : ((fv & ((1u << s.bexp) - 1)) >> lo) << lo;
}
}  // namespace

TEST_CASE("uniform conversion is min(floor(v), 2^N - 1) in N comparisons", "[adc]") {
  for (int N = 1; N <= 12; ++N)
    for (double v : {0.0, 0.5, 1.0, 2.99, 17.5, 1000.0, 5000.0}) {
      const Conversion c = convert_value(N, TrqSetting{}, v);
      const uint32_t want = std::min<uint32_t>((1u << N) - 1, static_cast<uint32_t>(v));
      REQUIRE(c.code == want);
      REQUIRE(c.q == want);
      REQUIRE(c.ncmp == N);
      REQUIRE(!c.flag);
    }
}

TEST_CASE("TRQ: every legal setting, every code and fractions, both orders (N = 2..12)", "[adc]") {
  long settings = 0;
  for (int N = 2; N <= 12; ++N)
    for (int bexp = 1; bexp <= N - 1; ++bexp)
      for (int s1 = 0; s1 < bexp; ++s1)
        for (int s2 = s1; s2 <= N - 1; ++s2)
          for (SearchOrder order : {SearchOrder::Threshold, SearchOrder::MsbFirst}) {
            const TrqSetting s{true, order, bexp, s1, s2};
            if (!trq_check(N, s).empty()) {
              REQUIRE(order == SearchOrder::MsbFirst);
              REQUIRE(s2 > bexp);
              continue;
            }
            ++settings;
            const int step = N <= 8 ? 1 : (1 << (N - 8));  // every code for N <= 8
            for (uint32_t d = 0; d < (1u << N) + 2; d += step)
              for (double frac : {0.0, 0.5}) {
                const double v = d + frac;
                const Conversion c = convert_value(N, s, v);
                bool flag;
                uint32_t code;
                spec_result(N, s, v, flag, code);
                INFO("N=" << N << " " << trq_text(s) << " v=" << v);
                REQUIRE(c.flag == flag);
                REQUIRE(c.code == code);
                REQUIRE(c.ncmp == spec_comparisons(N, s, flag));
                REQUIRE(c.sexp == (flag ? s2 : s1));
                REQUIRE(c.idx == code >> c.sexp);
                REQUIRE(c.q == code + (c.sexp ? (1u << (c.sexp - 1)) : 0));
              }
          }
  CHECK(settings > 1000);
}

TEST_CASE("seed 000's example: N=8, bexp=4, s1=0, s2=5", "[adc]") {
  const TrqSetting s{true, SearchOrder::Threshold, 4, 0, 5};
  CHECK(convert_value(8, s, 9.7).ncmp == 5);
  CHECK(convert_value(8, s, 9.7).code == 9);
  CHECK(convert_value(8, s, 100).ncmp == 4);
  CHECK(convert_value(8, s, 100).code == 96);
  CHECK(convert_value(8, s, 100).q == 112);
  CHECK(convert_value(8, s, 300).code == 224);  // saturates in the searched bits
}

TEST_CASE("illegal TRQ settings are refused with a reason", "[adc]") {
  CHECK(trq_check(8, {true, SearchOrder::Threshold, 8, 0, 5}) == "bexp=8 is out of range 1..7");
  CHECK(trq_check(8, {true, SearchOrder::Threshold, 4, 4, 5}) == "s1=4 is out of range 0..3");
  CHECK(trq_check(8, {true, SearchOrder::MsbFirst, 4, 0, 5}).rfind("msb_first needs s2 <= bexp", 0) == 0);
  CHECK_THROWS_AS(convert_value(8, {true, SearchOrder::Threshold, 0, 0, 0}, 3.0), std::invalid_argument);
}
