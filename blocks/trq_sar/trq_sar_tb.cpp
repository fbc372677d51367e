// Verilator testbench: a generated trq_sar against the ADC model (sim/adc.hpp).
//
// The testbench plays the comparator: each cycle with cmp_en_o it answers
// cmp_i = (v + offset >= dac_o) for the conversion's analog value v. The
// model runs the same conversion with the same comparator and records the
// DAC codes it asks for; the RTL must ask for the same codes in the same
// cycles, one per clock, and report the model's flag, code, q and number of
// comparisons. With start_i held high the comparator must never idle.
#include "Vtrq_sar.h"
#include "adc.hpp"
#include "calibrate.hpp"
#include "crossbar.hpp"
#include "trq_sar.h"
#include "harness.hpp"
#include "verilated.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int N = TRQ_SAR_N;
constexpr bool kTrq = TRQ_SAR_TRQ == 1;
constexpr bool kReadyReg = TRQ_SAR_READY == TRQ_SAR_READY_REG;  // one idle cycle between conversions

struct Job {
  cim::TrqSetting s;   // as driven on the ports (may be illegal)
  double v;            // analog value in ADC LSBs, offset included
  cim::Conversion want;
  std::vector<uint32_t> dacs;  // DAC codes the model asked for, in order
};

Job make_job(const cim::TrqSetting& s, double v) {
  Job j{s, v, {}, {}};
  j.want = cim::convert(N, cim::hw_setting(N, s), [&j, v](uint32_t d) {
    j.dacs.push_back(d);
    return v >= double(d);
  });
  return j;
}

struct Stats {
  long conversions = 0, cycles = 0, resets = 0, cmp_cycles = 0, back_to_back = 0;
  double cmp_sum = 0;
};

class Bench {
 public:
  explicit Bench(uint64_t seed) : h_(seed), rng_(h_.rng()), top_(&h_.top()), seed_(seed) {}

  // gap: probability of a cycle without start between conversions.
  bool run(const std::vector<Job>& jobs, double gap, double reset_p, Stats& st) {
    if (!reset(2)) return fail("valid_o or cmp_en_o high in reset");
    size_t next = 0;
    std::deque<const Job*> inflight;  // accepted, not yet reported (at most 2)
    size_t step = 0;                   // comparisons done for inflight.front()
    long guard = 0;
    bool prev_cmp = false, prev_start = false, prev_idle_start = false;
    while (next < jobs.size() || !inflight.empty()) {
      if (++guard > 40 * long(jobs.size()) + 1000) return fail("timeout: the controller hangs");
      if (!inflight.empty() && step > 0 && chance(reset_p)) {
        ++st.resets;
        if (!reset(1 + int(rng_() % 2))) return fail("valid_o or cmp_en_o high in reset");
        inflight.clear();
        step = 0;
        prev_cmp = prev_start = prev_idle_start = false;
        continue;
      }
      const bool want_start = next < jobs.size() && !chance(gap);
      top_->start_i = want_start;
      if (want_start) drive(jobs[next].s);
      else scramble();
      top_->clk_i = 0;
      top_->eval();
      // The comparator answers for the conversion being compared.
      if (top_->cmp_en_o) {
        if (inflight.empty()) return fail("cmp_en_o with no conversion accepted");
        const Job& j = *inflight.front();
        if (step >= j.dacs.size()) return fail("more comparisons than the model");
        if (top_->dac_o != j.dacs[step])
          return fail("comparison " + std::to_string(step) + ": dac_o = " + std::to_string(top_->dac_o) +
                      ", model asks " + std::to_string(j.dacs[step]) + " (" + cim::trq_text(j.s) + ", v = " +
                      std::to_string(j.v) + ")");
        top_->cmp_i = j.v >= double(top_->dac_o);
        ++step;
        ++st.cmp_cycles;
      } else {
        top_->cmp_i = rng_() & 1;  // ignored when no comparison is made
      }
      top_->eval();
      // Back-to-back: READY=comb never idles the comparator while start is held; READY=reg idles it for
      // exactly the one cycle in which ready_o (= !cmp_en_o) accepts the next request.
      if (prev_idle_start && !top_->cmp_en_o) return fail("a request held while idle was not accepted");
      if (kReadyReg && top_->ready_o == top_->cmp_en_o) return fail("READY=reg: ready_o is not !cmp_en_o");
      if (prev_cmp && prev_start && !top_->cmp_en_o && !kReadyReg)
        return fail("idle comparator cycle between back-to-back conversions");
      if (prev_cmp && prev_start && (kReadyReg ? !top_->cmp_en_o : top_->cmp_en_o)) ++st.back_to_back;
      const bool accept = top_->start_i && top_->ready_o;
      const bool cur_cmp = top_->cmp_en_o;
      tick();
      ++st.cycles;
      // Results: valid_o pulses the cycle after the last comparison.
      if (top_->valid_o) {
        if (inflight.empty()) return fail("valid_o with no conversion outstanding");
        const Job& j = *inflight.front();
        if (step != j.dacs.size()) return fail("valid_o after " + std::to_string(step) + " comparisons, model needs " +
                                               std::to_string(j.dacs.size()));
        if (top_->flag_o != j.want.flag || top_->code_o != j.want.code || top_->q_o != j.want.q ||
            top_->ncmp_o != uint32_t(j.want.ncmp))
          return fail("result flag/code/q/ncmp = " + std::to_string(top_->flag_o) + "/" + std::to_string(top_->code_o) +
                      "/" + std::to_string(top_->q_o) + "/" + std::to_string(top_->ncmp_o) + ", model " +
                      std::to_string(j.want.flag) + "/" + std::to_string(j.want.code) + "/" + std::to_string(j.want.q) +
                      "/" + std::to_string(j.want.ncmp) + " (" + cim::trq_text(j.s) + ", v = " + std::to_string(j.v) + ")");
        if (j.want.ncmp != cim::spec_comparisons(N, cim::hw_setting(N, j.s), j.want.flag))
          return fail("model comparison count differs from SPEC.md");
        st.cmp_sum += j.want.ncmp;
        ++st.conversions;
        inflight.pop_front();
        step = 0;
      }
      if (accept) {
        inflight.push_back(&jobs[next++]);
        if (inflight.size() > 2) return fail("accepted a request while two are outstanding");
      }
      prev_idle_start = !cur_cmp && want_start;
      prev_cmp = cur_cmp;
      prev_start = want_start;
    }
    return true;
  }

  std::mt19937_64& rng() { return rng_; }

 private:
  bool chance(double p) { return h_.chance(p); }
  bool fail(const std::string& why) {
    std::printf("FAIL seed %llu: %s\n", (unsigned long long)seed_, why.c_str());
    return false;
  }
  void tick() { h_.tick(); }
  // False if a result or a comparison shows while in reset.
  bool reset(int cycles) {
    return h_.reset(
        cycles, [this] { top_->start_i = 0; }, [this] { return !top_->valid_o && !top_->cmp_en_o; });
  }
  void drive(const cim::TrqSetting& s) {
#if TRQ_SAR_TRQ
    top_->trq_en_i = s.trq;
    top_->msb_first_i = s.order == cim::SearchOrder::MsbFirst;
    top_->bexp_i = uint8_t(s.bexp & 15);
    top_->s1_i = uint8_t(s.s1 & 15);
    top_->s2_i = uint8_t(s.s2 & 15);
#else
    (void)s;
#endif
  }
  void scramble() {
#if TRQ_SAR_TRQ
    top_->bexp_i = uint8_t(rng_() & 15);
    top_->trq_en_i = rng_() & 1;
#endif
  }

  Harness<Vtrq_sar> h_;
  std::mt19937_64& rng_;
  Vtrq_sar* top_;
  uint64_t seed_;
};

}  // namespace

// Benchmark mode: converts every sample of a `cimgen model --dump-samples`
// file with the settings of a `cimgen trq-calibrate` JSON file, in the RTL
// and in the model, and prints both averages of comparisons per conversion.
int run_samples(const std::string& samples_path, const std::string& settings_path) {
  nlohmann::json j;
  std::ifstream(settings_path) >> j;
  cim::AdcConfig adc;
  adc.N = j.at("N").get<int>();
  adc.k = j.at("k").get<int>();
  auto setting_of = [](const nlohmann::json& e) {
    cim::TrqSetting t;
    t.trq = e.at("trq").get<bool>();
    if (t.trq) {
      t.order = e.value("order", "threshold") == "threshold" ? cim::SearchOrder::Threshold : cim::SearchOrder::MsbFirst;
      t.bexp = e.at("bexp").get<int>(), t.s1 = e.at("s1").get<int>(), t.s2 = e.at("s2").get<int>();
    }
    return t;
  };
  if (j.contains("table"))
    for (const auto& e : j.at("table")) adc.table.push_back(setting_of(e));
  else
    adc.setting = setting_of(j.at("setting"));
  if (adc.N != N) {
    std::printf("FAIL: settings are for N=%d, this build is N=%d\n", adc.N, N);
    return 1;
  }
  const cim::SampleSet set = cim::read_samples(samples_path, adc.k);
  std::vector<Job> jobs;
  for (const auto& smp : set.samples) jobs.push_back(make_job(adc.at(smp.significance), smp.v));
  Bench bench(1);
  Stats st;
  if (!bench.run(jobs, 0.0, 0.0, st)) return 1;
  const double rtl = double(st.cmp_cycles) / double(st.conversions);
  const double model = cim::evaluate_samples(set, adc).avg_cmp;
  std::printf("trq_sar RTL: %ld conversions, %.4f comparisons/conversion (%ld cycles); model: %.4f: %s\n",
              st.conversions, rtl, st.cycles, model, std::fabs(rtl - model) < 1e-9 ? "MATCH" : "MISMATCH");
  return std::fabs(rtl - model) < 1e-9 ? 0 : 1;
}

int main(int argc, char** argv) {
  tb::Frame f("trq_sar against the ADC model", 3, 4000);
  std::string samples_path, settings_path;
  f.option("--samples", samples_path, "FILE", "instead, convert every sample of FILE (cimgen model --dump-samples)");
  f.option("--settings", settings_path, "FILE", "with --samples: the ADC settings (cimgen trq-calibrate)");
  if (const int rc = f.parse(argc, argv); rc >= 0) return rc;
  if (samples_path.empty() != settings_path.empty()) {
    std::fprintf(stderr, "%s: --samples and --settings go together\n", argv[0]);
    return 2;
  }
  for (const std::string& path : {samples_path, settings_path})
    if (!path.empty() && !std::ifstream(path)) {
      std::fprintf(stderr, "%s: %s: cannot read the file\n", argv[0], path.c_str());
      return 2;
    }
  const int seeds = f.seeds;
  const long random_jobs = f.vectors;
  if (!samples_path.empty()) return run_samples(samples_path, settings_path);
  // Settings: uniform, every legal TRQ setting, and illegal ones.
  std::vector<cim::TrqSetting> settings = {cim::TrqSetting{}};
  if (kTrq)
    for (int order = 0; order < 2; ++order)
      for (int bexp = 0; bexp < 16; ++bexp)
        for (int s1 = 0; s1 < 16; ++s1)
          for (int s2 = 0; s2 < 16; ++s2) {
            const cim::TrqSetting s{true, cim::SearchOrder(order), bexp, s1, s2};
            const bool legal = cim::trq_check(N, s).empty();
            if (legal || (bexp * 7 + s1 * 3 + s2) % 31 == 0) settings.push_back(s);  // a sample of illegal ones
          }
  const uint32_t full = (1u << N) - 1;
  Stats st;
  bool ok = true;
  for (int seed = 1; seed <= seeds && ok; ++seed) {
    Bench bench(0xad0000ULL + uint64_t(seed));
    auto& rng = bench.rng();
    std::vector<Job> jobs;
    if (seed == 1) {
      // Exhaustive for N <= 8: every setting, every code and the half-way
      // value above it, and values above full scale.
      const uint32_t stride = N <= 8 ? 1 : (1u << (N - 8)) + 1;
      for (const auto& s : settings)
        for (uint32_t d = 0; d <= full + 2; d += (d < full ? stride : 1))
          for (double frac : {0.0, 0.5}) jobs.push_back(make_job(s, d + frac));
    }
    // Random: any setting, values from the crossbar model's read noise and
    // comparator offset around random codes.
    cim::NonIdeal ni;
    ni.read_noise = 0.7;
    ni.seed = uint64_t(seed);
    for (long i = 0; i < random_jobs; ++i) {
      const auto& s = settings[rng() % settings.size()];
      const double offset = 0.25;
      const double v = std::max(0.0, double(rng() % (full + 4)) + ni.read_noise * cim::keyed_normal(ni.seed, 3, uint64_t(i), 0) + offset);
      jobs.push_back(make_job(s, v));
    }
    const double gaps[] = {0.0, 0.3, 0.7};
    ok = bench.run(jobs, gaps[(seed - 1) % 3], seed == 1 ? 0.0005 : 0.002, st);
  }
  std::printf("trq_sar tb: N=%d %s, %d seeds, %ld conversions, %ld comparisons (%.3f per conversion), %ld back-to-back "
              "starts, %ld resets in flight, %ld cycles: %s\n",
              N, kTrq ? "TRQ" : "uniform-only", seeds, st.conversions, st.cmp_cycles,
              st.conversions ? st.cmp_sum / double(st.conversions) : 0.0, st.back_to_back, st.resets, st.cycles,
              ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
