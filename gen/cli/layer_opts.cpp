#include "layer_opts.hpp"

#include "block.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace cimgen {

std::vector<ParamSpec> layer_specs() {
  return {
      spec::R(128, "rows (active inputs)"),
      ParamSpec::integer("C", 8, 1, 4096, "neurons (output columns)"),
      spec::PI(8, "input bits"),
      ParamSpec::integer("in_signed", 0, 0, 1, "inputs are two's complement"),
      spec::PW(8, "weight bits"),
      spec::PD(1, "DAC bits"),
      spec::PR(1, "bits per cell"),
      spec::W_ENC(1, "weight encoding"),
      spec::N(8, "ADC resolution"),
      ParamSpec::integer("k", 0, 0, 15, "ADC gain shift: the ADC sees sum / 2^k"),
      ParamSpec::integer("trq", 0, 0, 1, "1: twin-range quantization with bexp/s1/s2"),
      ParamSpec::integer("bexp", 4, 1, 11, "TRQ boundary B = 2^bexp"),
      ParamSpec::integer("s1", 0, 0, 10, "TRQ step exponent in R1"),
      ParamSpec::integer("s2", 5, 0, 11, "TRQ step exponent in R2"),
      ParamSpec::choice("order", {"threshold", "msb_first"}, 0, "TRQ search order"),
      ParamSpec::integer("vectors", 100, 1, 1000000, "random input vectors"),
      ParamSpec::integer("seed", 1, 0, 1000000000, "workload and non-ideality seed"),
  };
}

void add_layer_options(CLI::App* cmd, LayerOpts& o) {
  cmd->add_option("assignments", o.assignments, "NAME=VALUE: " + [] {
    std::string names;
    for (const auto& s : layer_specs()) names += (names.empty() ? "" : ", ") + s.name;
    return names;
  }());
  cmd->footer("\nparameters (NAME=VALUE):\n" + params_help(layer_specs()));
  cmd->add_option("--sigma", o.ni.d2d_sigma, "device-to-device variation: log-normal sigma (0..2)")->check(CLI::Range(0.0, 2.0));
  cmd->add_option("--read-noise", o.ni.read_noise, "read noise rms per conversion, bit-line LSBs")->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--p-lrs", o.ni.p_stuck_lrs, "probability of a cell stuck at LRS")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--p-hrs", o.ni.p_stuck_hrs, "probability of a cell stuck at HRS")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--r-wire", o.ni.r_wire, "wire resistance per cell segment, ohm (IR drop)")->check(CLI::Range(0.0, 1e4));
  cmd->add_option("--cmp-offset", o.ni.cmp_offset, "comparator offset, ADC LSBs")->check(CLI::Range(-1e6, 1e6));
  cmd->add_option("--w-sigma", o.dist.w_sigma, "sigma of Gaussian weights (clipped to the range)")->check(CLI::Range(1e-6, 1e6));
  cmd->add_flag("--w-uniform", o.w_uniform, "uniform weights instead of Gaussian");
  cmd->add_option("--x-zero", o.dist.x_zero, "probability that an input is 0")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--x-mean", o.dist.x_mean, "mean of exponential inputs (<= 0: uniform inputs)");
  cmd->add_option("--weights", o.weights_csv, "CSV file: R lines of C weights");
  cmd->add_option("--inputs", o.inputs_csv, "CSV file: one input vector of R values per line");
  cmd->add_option("--settings", o.table_json, "ADC settings JSON written by cimgen trq-calibrate (overrides N, k, trq, ...)");
}

LayerSetup make_layer(const LayerOpts& o, const std::string& command) {
  LayerSetup s;
  s.p = bind_params(layer_specs(), o.assignments, command);
  const Params& p = s.p;
  cim::Layer L;
  L.PI = p.get("PI"), L.PW = p.get("PW"), L.PD = p.get("PD"), L.PR = p.get("PR");
  L.in_signed = p.get("in_signed") == 1;
  L.enc = spec::weight_encoding(p);
  require(!(L.enc == cim::WEnc::Differential && L.PW < 2), command, "w_enc=differential needs PW >= 2 (legal range 2..8)");
  cim::Distributions d = o.dist;
  d.w_gauss = !o.w_uniform;
  std::string why = distributions_check(d);
  if (why.empty()) why = cim::nonideal_check(o.ni);
  if (!why.empty()) throw UserError(command + ": " + why);
  if (!o.table_json.empty()) {
    s.adc = adc_from_json_file(o.table_json);
  } else {
    s.adc.N = p.get("N");
    s.adc.k = p.get("k");
    s.adc.setting = cim::TrqSetting{p.get("trq") == 1, static_cast<cim::SearchOrder>(p.get("order")), p.get("bexp"),
                                    p.get("s1"), p.get("s2")};
  }
  why = cim::adc_check(s.adc);
  if (!why.empty()) throw UserError(command + ": " + why);
  try {
    if (o.weights_csv.empty() != o.inputs_csv.empty())
      throw UserError(command + ": --weights and --inputs go together");
    if (!o.weights_csv.empty()) {
      s.workload.L = L;
      s.workload.W = cim::read_csv(o.weights_csv);
      s.workload.X = cim::read_csv(o.inputs_csv);
    } else {
      s.workload = cim::random_workload(L, p.get("R"), p.get("C"), p.get("vectors"), d, uint64_t(p.get("seed")));
    }
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const UserError*>(&e)) throw;
    throw UserError(command + ": " + e.what());
  }
  why = cim::workload_check(s.workload);
  if (!why.empty()) throw UserError(command + ": " + why);
  return s;
}

namespace {
nlohmann::ordered_json setting_json(const cim::TrqSetting& t) {
  nlohmann::ordered_json j;
  j["trq"] = t.trq;
  if (t.trq) {
    j["order"] = t.order == cim::SearchOrder::Threshold ? "threshold" : "msb_first";
    j["bexp"] = t.bexp;
    j["s1"] = t.s1;
    j["s2"] = t.s2;
  }
  return j;
}

cim::TrqSetting setting_from(const nlohmann::json& j) {
  cim::TrqSetting t;
  t.trq = j.at("trq").get<bool>();
  if (t.trq) {
    const std::string order = j.value("order", "threshold");
    if (order != "threshold" && order != "msb_first") throw std::runtime_error("order must be threshold or msb_first");
    t.order = order == "threshold" ? cim::SearchOrder::Threshold : cim::SearchOrder::MsbFirst;
    t.bexp = j.at("bexp").get<int>();
    t.s1 = j.at("s1").get<int>();
    t.s2 = j.at("s2").get<int>();
  }
  return t;
}
}  // namespace

std::string adc_to_json(const cim::AdcConfig& a) {
  nlohmann::ordered_json j;
  j["N"] = a.N;
  j["k"] = a.k;
  if (a.table.empty()) {
    j["setting"] = setting_json(a.setting);
  } else {
    auto t = nlohmann::ordered_json::array();
    for (const auto& s : a.table) t.push_back(setting_json(s));
    j["table"] = t;
    j["table_index"] = "significance b_t + j*PR; entries past the end use the last one";
  }
  return j.dump(2) + "\n";
}

cim::AdcConfig adc_from_json_file(const std::string& path) {
  std::ifstream is(path);
  if (!is) throw UserError("cannot read " + path);
  try {
    const nlohmann::json j = nlohmann::json::parse(is);
    cim::AdcConfig a;
    a.N = j.at("N").get<int>();
    a.k = j.at("k").get<int>();
    if (j.contains("table")) {
      for (const auto& e : j.at("table")) a.table.push_back(setting_from(e));
      if (a.table.empty()) throw std::runtime_error("empty table");
    } else {
      a.setting = setting_from(j.at("setting"));
    }
    return a;
  } catch (const std::exception& e) {
    throw UserError(fmt::format("{}: malformed ADC settings: {}", path, e.what()));
  }
}

}  // namespace cimgen
