// Options shared by the model-side subcommands (model, trq-calibrate): the
// layer, its workload, the ADC settings and the non-idealities.
#pragma once

#include "param.hpp"
#include "workload.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace cimgen {

struct LayerOpts {
  std::vector<std::string> assignments;  // NAME=VALUE integers and enums
  cim::NonIdeal ni;
  cim::Distributions dist;
  bool w_uniform = false;
  std::string weights_csv, inputs_csv, table_json;
};

// NAME=VALUE parameters: layer shape and precision, ADC, workload size.
std::vector<ParamSpec> layer_specs();
void add_layer_options(CLI::App* cmd, LayerOpts& o);

struct LayerSetup {
  Params p;
  cim::Workload workload;
  cim::AdcConfig adc;
};
// Builds the workload (random, or from the CSV files) and ADC settings;
// throws UserError with one line on any bad value or file.
LayerSetup make_layer(const LayerOpts& o, const std::string& command);

// TRQ settings as JSON: {"N":8,"k":0,"setting":{...}} or with "table":[...].
std::string adc_to_json(const cim::AdcConfig& a);
cim::AdcConfig adc_from_json_file(const std::string& path);

}  // namespace cimgen
