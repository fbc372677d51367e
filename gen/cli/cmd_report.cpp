// cimgen report: SPEC.md section 5 (seed 002, equations 2-8) for a precision
// and array size: A/D resolution, conversions and input cycles per
// accumulation strategy, and Nreq.
#include "block.hpp"
#include "cim.hpp"
#include "commands.hpp"
#include "analog_acc_model.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <memory>

namespace cimgen {

void add_report_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("report", "Print A/D resolution, conversions and cycles per accumulation strategy");
  auto assignments = std::make_shared<std::vector<std::string>>();
  cmd->add_option("assignments", *assignments, "NAME=VALUE: PI, PW, PO, PD, PR, R");
  auto sinad = std::make_shared<double>(std::numeric_limits<double>::infinity());
  auto outputs = std::make_shared<int>(8), vectors = std::make_shared<int>(16);
  auto seed_text = std::make_shared<std::string>("1");
  cmd->add_option("--sinad", *sinad, "lumped analog noise of eq. 13 in dB (default: none)")->check(CLI::Range(0.0, 200.0));
  cmd->add_option("--outputs", *outputs, "weight columns of the measured random layer")->check(CLI::Range(1, 256));
  cmd->add_option("--vectors", *vectors, "input vectors of the measured random layer")->check(CLI::Range(1, 4096));
  cmd->add_option("--seed", *seed_text, "seed of the measured layer and its noise, 0..2^64-1");
  cmd->callback([assignments, sinad, outputs, vectors, seed_text] {
    const auto seed = std::make_shared<uint64_t>(parse_count("--seed", *seed_text, 0, UINT64_MAX));
    const std::vector<ParamSpec> specs = {
        spec::PI(8, "input bits"),
        spec::PW(8, "weight bits"),
        ParamSpec::integer("PO", 8, 1, 16, "output bits"),
        spec::PD(1, "DAC bits"),
        spec::PR(1, "bits per cell"),
        spec::R(128, "rows of the array"),
    };
    const Params p = bind_params(specs, *assignments, "report");
    const auto rep = cim::report(p.get("PI"), p.get("PW"), p.get("PO"), p.get("PD"), p.get("PR"), p.get("R"));
    fmt::print("cimgen report: {} (rows <= 2^{})\n", params_text(specs, p), rep.n);
    for (const auto& r : rep.rows)
      fmt::print("{}: {} bits / {} conversion{} / {} cycles  ({})\n", r.strategy, r.adc_bits, r.conversions,
                 r.conversions == 1 ? "" : "s", r.cycles, r.what);
    fmt::print("Nreq: {} bits (ADC bits that convert every bit-line sum exactly)\n", rep.nreq);
    // The behavioural model's sequencing of each strategy on a random layer (blocks/analog_acc/analog_acc_model.hpp).
    cim::strategy::Setup u;
    u.PI = p.get("PI"), u.PW = p.get("PW"), u.PO = p.get("PO"), u.PD = p.get("PD"), u.PR = p.get("PR"), u.R = p.get("R");
    u.sinad_db = *sinad;
    fmt::print("measured: {} outputs x {} vectors of a random layer, seed {}, lumped noise {}\n", *outputs, *vectors,
               *seed, std::isinf(*sinad) ? std::string("none") : fmt::format("{} dB (eq. 13)", *sinad));
    for (const char s : {'A', 'B', 'C'}) {
      if (const std::string why = cim::strategy::check(s, u); !why.empty()) {
        fmt::print("{}: n/a ({})\n", s, why);
        continue;
      }
      const auto m = cim::strategy::measure(s, u, *outputs, *vectors, *seed);
      fmt::print("{}: {:g} conversion{} / {:g} comparisons / {:g} cycles per output, SINAD {}\n", s, m.conversions,
                 m.conversions == 1 ? "" : "s", m.comparisons, m.input_cycles,
                 std::isinf(m.sinad_db) ? std::string("inf (exact)") : fmt::format("{:.1f} dB", m.sinad_db));
    }
  });
}

}  // namespace cimgen
