// cimgen report: SPEC.md section 5 (seed 002, equations 2-8) for a precision
// and array size: A/D resolution, conversions and input cycles per
// accumulation strategy, and Nreq.
#include "block.hpp"
#include "cim.hpp"
#include "commands.hpp"

#include <fmt/format.h>

#include <memory>

namespace cimgen {

void add_report_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("report", "Print A/D resolution, conversions and cycles per accumulation strategy");
  auto assignments = std::make_shared<std::vector<std::string>>();
  cmd->add_option("assignments", *assignments, "NAME=VALUE: PI, PW, PO, PD, PR, R");
  cmd->callback([assignments] {
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
  });
}

}  // namespace cimgen
