// cimgen study: uniform conversion against TRQ on reference workloads.
// Settings are calibrated on one seed's vectors and measured on the other
// seeds' vectors (held out), so the table does not flatter TRQ.
#include "block.hpp"
#include "calibrate.hpp"
#include "commands.hpp"
#include "layer_opts.hpp"
#include "plot.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <fstream>
#include <memory>

namespace cimgen {

namespace {
struct StudyWorkload {
  std::string name;
  int R;
  double x_zero, x_mean;
};

std::string db(double v) { return std::isfinite(v) ? fmt::format("{:.1f}", v) : "exact"; }

struct Row {
  std::string label;
  double sinad_min = std::numeric_limits<double>::infinity(), cmp = 0;
};
}  // namespace

void add_study_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("study", "Uniform versus TRQ on reference workloads (SINAD and comparisons)");
  auto seeds = std::make_shared<int>(4);
  auto vectors = std::make_shared<int>(100);
  auto floor_db = std::make_shared<double>(45);
  auto plot = std::make_shared<std::string>();
  auto quick = std::make_shared<bool>(false);
  cmd->add_option("--seeds", *seeds, "seeds: the first calibrates, the others measure (default 4)")->check(CLI::Range(2, 50));
  cmd->add_option("--vectors", *vectors, "input vectors per seed (default 100)")->check(CLI::Range(1, 100000));
  cmd->add_option("--floor", *floor_db, "SINAD floor in dB (default 45)")->check(CLI::Range(0.0, 200.0));
  cmd->add_option("--plot", *plot, "SVG of the reference workload");
  cmd->add_flag("--reference-only", *quick, "only the reference workload");
  cmd->callback([=] {
    std::vector<StudyWorkload> loads = {{"reference: 128 rows, 50% zeros, exp mean 40", 128, 0.5, 40}};
    if (!*quick) {
      loads.push_back({"sparser: 128 rows, 80% zeros, exp mean 20", 128, 0.8, 20});
      loads.push_back({"denser: 128 rows, 10% zeros, exp mean 80", 128, 0.1, 80});
      loads.push_back({"64 rows, 50% zeros, exp mean 40", 64, 0.5, 40});
      loads.push_back({"256 rows, 50% zeros, exp mean 40", 256, 0.5, 40});
    }
    cim::Layer L;  // PI = PW = 8, PD = PR = 1, unsigned inputs
    L.enc = cim::WEnc::Offset;
    cim::Goal goal;
    goal.floor_db = *floor_db;
    fmt::print("TRQ study: 8 neurons, PI=PW=8, PD=PR=1, offset weights ~ N(0, 30) clipped to 8 bits, N=8 ADC.\n");
    fmt::print("One layer per workload; settings calibrated on the input vectors of seed 1 ({} per seed) and measured on\n"
               "those of seeds 2..{} (worst SINAD, mean comparisons).\n",
               *vectors, *seeds);
    for (const auto& wl : loads) {
      cim::Distributions d;
      d.x_zero = wl.x_zero;
      d.x_mean = wl.x_mean;
      // One layer (weights of seed 1); each seed draws its own input vectors.
      const cim::Workload layer = cim::random_workload(L, wl.R, 8, 1, d, 1);
      auto cap_of = [&](int seed, int k) {
        cim::Workload w = layer;
        w.X = cim::random_workload(L, wl.R, 8, *vectors, d, uint64_t(seed) * 7919).X;
        return cim::capture(w, cim::NonIdeal{}, k);
      };
      std::vector<Row> rows;
      std::vector<cim::AdcConfig> configs;
      for (int n = 4; n <= 8; ++n) {
        cim::AdcConfig u;
        u.N = n;
        u.k = 8 - n;
        configs.push_back(u);
        rows.push_back({fmt::format("uniform N={} k={}", n, 8 - n)});
      }
      const cim::Captured train = cap_of(1, 0);
      const cim::Choice single = cim::calibrate(train, 8, goal, false);
      const cim::Choice table = cim::calibrate(train, 8, goal, true);
      configs.push_back(single.adc);
      rows.push_back({"best single TRQ: " + cim::trq_text(single.adc.setting)});
      configs.push_back(table.adc);
      rows.push_back({"best per-significance table"});
      std::vector<PlotPoint> pts;
      for (size_t i = 0; i < configs.size(); ++i) {
        double cmp = 0;
        for (int seed = 2; seed <= *seeds; ++seed) {
          const cim::Metrics m = cim::evaluate(cap_of(seed, configs[i].k), configs[i]);
          rows[i].sinad_min = std::min(rows[i].sinad_min, m.err.sinad_db);
          cmp += m.avg_cmp;
        }
        rows[i].cmp = cmp / (*seeds - 1);
        const std::string short_label = i < 5 ? fmt::format("N={}", configs[i].N) : i == 5 ? "single TRQ" : "table";
        pts.push_back({short_label, rows[i].cmp, rows[i].sinad_min, i >= 5});
      }
      fmt::print("\n### {}\n\n| setting | SINAD (dB, worst seed) | comparisons/conversion | vs 8-bit uniform | >= {:.0f} dB |\n"
                 "|---|---|---|---|---|\n",
                 wl.name, *floor_db);
      for (const auto& r : rows)
        fmt::print("| {} | {} | {:.3f} | {:+.1f}% | {} |\n", r.label, db(r.sinad_min), r.cmp, 100.0 * (r.cmp / 8.0 - 1.0),
                   r.sinad_min >= *floor_db ? "yes" : "no");
      if (!plot->empty() && &wl == &loads.front()) {
        const cim::Captured cap = cap_of(2, 0);
        const double boundary = double(1u << single.adc.setting.bexp);
        write_file(*plot, plot_svg("TRQ study, reference workload (held-out seeds)", cim::histogram(cap, 32, 64.0),
                                         single.adc.setting.trq ? boundary : -1, pts, *floor_db));
      }
    }
  });
}

}  // namespace cimgen
