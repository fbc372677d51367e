// cimgen model: runs a layer through the behavioural crossbar and ADC model
// and prints its error against the exact integer product, comparisons per
// conversion, conversions per output and a histogram of ADC inputs.
#include "block.hpp"
#include "calibrate.hpp"
#include "commands.hpp"
#include "layer_opts.hpp"
#include "plot.hpp"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <memory>

namespace cimgen {

namespace {
std::string adc_label(const cim::AdcConfig& a) {
  if (!a.table.empty()) return fmt::format("N={} k={} per-significance table ({} entries)", a.N, a.k, a.table.size());
  return fmt::format("N={} k={} {}", a.N, a.k, cim::trq_text(a.setting));
}

void print_histogram(const cim::Histogram& h, double boundary) {
  long cmax = 1;
  for (long c : h.counts) cmax = std::max(cmax, c);
  fmt::print("ADC input histogram (LSB; {} below 0, {} at or above {:.0f}):\n", h.below, h.above, h.hi);
  const double bw = (h.hi - h.lo) / double(h.counts.size());
  for (size_t i = 0; i < h.counts.size(); ++i) {
    const double lo = h.lo + bw * i;
    const bool b = boundary >= lo && boundary < lo + bw;
    fmt::print("  [{:7.1f}, {:7.1f}) {:>9} {}{}\n", lo, lo + bw, h.counts[i],
               std::string(size_t(std::lround(40.0 * double(h.counts[i]) / double(cmax))), '#'),
               b ? "  <- R1/R2 boundary" : "");
  }
}

}  // namespace

void add_model_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("model", "Run a layer through the crossbar and ADC model and print its error");
  auto o = std::make_shared<LayerOpts>();
  auto plot = std::make_shared<std::string>();
  add_layer_options(cmd, *o);
  cmd->add_option("--plot", *plot, "write the histogram and error-versus-comparisons points as an SVG file");
  auto dump = std::make_shared<std::string>();
  cmd->add_option("--dump-samples", *dump, "write every ADC input, tagged for trq-calibrate --samples, as CSV");
  cmd->callback([o, plot, dump] {
    const LayerSetup s = make_layer(*o, "model");
    const auto& W = s.workload;
    const cim::Captured cap = cim::capture(W, o->ni, s.adc.k);
    const cim::Metrics m = cim::evaluate(cap, s.adc);
    fmt::print("cimgen model: {} rows x {} neurons, PI={} in_signed={} PW={} PD={} PR={} w_enc={}, {} vectors\n",
               W.W.size(), W.W[0].size(), W.L.PI, int(W.L.in_signed), W.L.PW, W.L.PD, W.L.PR, cim::wenc_name(W.L.enc),
               W.X.size());
    fmt::print("ADC: {}\n", adc_label(s.adc));
    fmt::print("outputs: {}, conversions per output: {:.0f}\n", m.err.n, m.conv_per_output);
    fmt::print("error against the exact product: max abs {:.0f}, RMS {:.3f}, SINAD {} dB\n", m.err.max_abs, m.err.rms,
               std::isfinite(m.err.sinad_db) ? fmt::format("{:.2f}", m.err.sinad_db) : std::string("inf (exact)"));
    fmt::print("comparisons per conversion: {:.3f} (uniform {}-bit: {})\n", m.avg_cmp, s.adc.N, s.adc.N);
    const double boundary = s.adc.table.empty() && s.adc.setting.trq ? double(1u << s.adc.setting.bexp) : -1;
    // Histogram over [0, 2^n): the smallest power of two above every input
    // (and above the boundary), at most the ADC's full scale.
    double vmax = boundary;
    for (const auto& c : cap.convs) vmax = std::max(vmax, c.v);
    int n = 1;
    while (n < s.adc.N && double(1u << n) <= vmax) ++n;
    const cim::Histogram h = cim::histogram(cap, 16, double(1u << n));
    print_histogram(h, boundary);
    if (!dump->empty()) {
      write_file(*dump, cim::samples_csv(cap));
      fmt::print("samples: {}\n", *dump);
    }
    if (!plot->empty()) {
      // Error versus comparisons: this setting, and uniform conversions of
      // 4..N bits with the gain shift that keeps the same full scale.
      std::vector<PlotPoint> pts;
      for (int n = std::max(1, s.adc.N - 4); n <= s.adc.N; ++n) {
        const int k = s.adc.k + (s.adc.N - n);
        if (k > 15) continue;
        cim::AdcConfig u;
        u.N = n;
        u.k = k;
        const cim::Metrics mu = cim::evaluate(k == s.adc.k ? cap : cim::capture(W, o->ni, k), u);
        pts.push_back({fmt::format("uniform N={}", n), mu.avg_cmp, mu.err.sinad_db, false});
      }
      pts.push_back({adc_label(s.adc), m.avg_cmp, m.err.sinad_db, true});
      write_file(*plot, plot_svg("cimgen model: " + adc_label(s.adc), h, boundary, pts, 45.0));
      fmt::print("plot: {}\n", *plot);
    }
  });
}

}  // namespace cimgen
