// cimgen trq-calibrate: searches TRQ settings and the gain shift k for a
// layer workload and writes the choice as JSON for the testbenches and the
// tile configuration.
#include "block.hpp"
#include "calibrate.hpp"
#include "commands.hpp"
#include "layer_opts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>

namespace cimgen {

namespace {
struct CalArgs {
  LayerOpts o;
  double floor_db = 45;
  double budget = -1;
  int k_max = 0;
  bool table = false;
  std::string out;
  std::string samples;
};

std::string db(double v) { return std::isfinite(v) ? fmt::format("{:.2f}", v) : "inf"; }
}  // namespace

void add_calibrate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("trq-calibrate",
                                 "Search TRQ settings and k: fewest comparisons at a SINAD floor, or best SINAD at a budget");
  auto a = std::make_shared<CalArgs>();
  add_layer_options(cmd, a->o);
  auto* floor = cmd->add_option("--floor", a->floor_db, "SINAD floor in dB (default 45, seed 002)")
                    ->check(CLI::Range(0.0, 200.0));
  cmd->add_option("--budget", a->budget, "comparisons per conversion: maximise SINAD within it instead (not with --floor)")
      ->check(CLI::Range(1.0, 13.0))
      ->excludes(floor);
  cmd->add_option("--k-max", a->k_max, "also try gain shifts k = 0..K (default 0)")->check(CLI::Range(0, 15));
  cmd->add_flag("--per-significance", a->table, "a table of settings per significance b_t + j*PR instead of one setting");
  cmd->add_option("-o,--out", a->out, "write the chosen settings as JSON to this file");
  cmd->add_option("--samples", a->samples,
                  "calibrate on ADC input samples (CSV output,significance,sign,v, as cimgen model --dump-samples "
                  "writes) taken with gain shift k, instead of a layer workload");
  cmd->callback([a] {
    LayerSetup s = make_layer(a->o, "trq-calibrate");
    cim::Goal goal;
    goal.budget_mode = a->budget > 0;
    goal.floor_db = a->floor_db;
    goal.budget = a->budget;
    const int N = s.adc.N;
    cim::Choice best;
    bool have = false;
    cim::SampleSet samples;
    if (!a->samples.empty()) {
      if (a->k_max > 0) throw UserError("trq-calibrate: --k-max needs a layer workload; samples carry their own k");
      try {
        samples = cim::read_samples(a->samples, s.adc.k);
      } catch (const std::runtime_error& e) {
        throw UserError(std::string("trq-calibrate: ") + e.what());
      }
      fmt::print("samples: {} from {} outputs, taken with k={}; error against their unquantized sum\n",
                 samples.samples.size(), samples.samples.back().output + 1, s.adc.k);
    }
    const int k_first = a->samples.empty() ? 0 : s.adc.k, k_last = a->samples.empty() ? a->k_max : s.adc.k;
    for (int k = k_first; k <= k_last; ++k) {
      cim::Captured cap;
      cim::Evaluator eval;
      int max_sig = 0;
      if (a->samples.empty()) {
        cap = cim::capture(s.workload, a->o.ni, k);
        eval = [&cap](const cim::AdcConfig& c) { return cim::evaluate(cap, c); };
        for (const auto& cv : cap.convs) max_sig = std::max(max_sig, cv.significance);
      } else {
        eval = [&samples](const cim::AdcConfig& c) { return cim::evaluate_samples(samples, c); };
        max_sig = samples.max_significance();
      }
      cim::AdcConfig u;
      u.N = N;
      u.k = k;
      const cim::Metrics mu = eval(u);
      // A layer workload calibrates on two halves of its vectors (cim::calibrate); samples carry no vectors.
      cim::Choice c = a->samples.empty() ? cim::calibrate(cap, N, goal, false) : cim::best_single(eval, N, k, goal);
      fmt::print("k={}: uniform {}-bit SINAD {} dB; best single setting {}: SINAD {} dB, {:.3f} comparisons/conversion\n",
                 k, N, db(mu.err.sinad_db), cim::trq_text(c.adc.setting), db(c.m.err.sinad_db), c.m.avg_cmp);
      if (a->table) {
        c = a->samples.empty() ? cim::calibrate(cap, N, goal, true) : cim::best_table(eval, c, max_sig, goal);
        fmt::print("k={}: per-significance table: SINAD {} dB, {:.3f} comparisons/conversion\n", k,
                   db(c.m.err.sinad_db), c.m.avg_cmp);
      }
      if (!have || cim::better(goal, c, best)) best = c, have = true;
    }
    fmt::print("chosen: k={} {}: SINAD {} dB, {:.3f} comparisons/conversion ({:.1f}% fewer than uniform {}-bit){}\n",
               best.adc.k, best.adc.table.empty() ? cim::trq_text(best.adc.setting) : "table", db(best.m.err.sinad_db),
               best.m.avg_cmp, 100.0 * (1.0 - best.m.avg_cmp / N), N,
               best.feasible ? "" : goal.budget_mode ? " -- no setting meets the budget" : " -- no setting reaches the floor");
    if (!best.adc.table.empty())
      for (size_t i = 0; i < best.adc.table.size(); ++i)
        fmt::print("  significance {:2}: {}\n", i, cim::trq_text(best.adc.table[i]));
    if (!a->out.empty()) {
      write_file(a->out, adc_to_json(best.adc));
      fmt::print("settings: {}\n", a->out);
    }
  });
}

}  // namespace cimgen
