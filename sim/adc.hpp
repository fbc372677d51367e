// SAR ADC conversion, uniform and Twin-Range (TRQ), SPEC.md section 3.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace cim {

enum class SearchOrder { Threshold = 0, MsbFirst = 1 };

// Run-time settings of one conversion. trq = false: uniform N-bit search.
struct TrqSetting {
  bool trq = false;
  SearchOrder order = SearchOrder::Threshold;
  int bexp = 1;  // boundary B = 2^bexp
  int s1 = 0;    // step exponent in R1 = [0, B)
  int s2 = 0;    // step exponent in R2 = [B, 2^N)
};

// Empty if the setting is legal for N, else why not (one line).
std::string trq_check(int N, const TrqSetting& s);
// What the trq_sar RTL converts with: the setting if legal, else uniform.
TrqSetting hw_setting(int N, const TrqSetting& s);

struct Conversion {
  bool flag = false;    // value in R2
  uint32_t code = 0;
  uint32_t idx = 0;     // code >> (flag ? s2 : s1)
  uint32_t q = 0;       // mid-point reconstruction in ADC units
  int sexp = 0;         // step = 2^sexp
  int ncmp = 0;         // comparisons used
};

// The comparator: cmp(d) = (v >= d) for DAC code d, answered once per
// comparison (a testbench replays the same answers to the RTL).
using Comparator = std::function<bool(uint32_t d)>;

// Runs the SAR search of SPEC.md section 3 against a comparator. The setting
// must be legal (trq_check); throws std::invalid_argument otherwise.
Conversion convert(int N, const TrqSetting& s, const Comparator& cmp);
// Convenience: an ideal comparator on the real value v.
Conversion convert_value(int N, const TrqSetting& s, double v);

// SPEC.md's comparison counts: uniform N; threshold 1 + bexp - s1 (R1) or
// 1 + N - s2 (R2); msb_first N - s1 (R1) or N - s2 (R2).
int spec_comparisons(int N, const TrqSetting& s, bool flag);

std::string trq_text(const TrqSetting& s);  // "uniform" or "trq bexp=4 s1=0 s2=5 threshold"

}  // namespace cim
