// A small SVG figure: the ADC-input histogram with the TRQ boundary, and
// error (SINAD) versus comparisons per conversion for a set of settings.
#pragma once

#include "workload.hpp"

#include <string>
#include <vector>

namespace cimgen {

struct PlotPoint {
  std::string label;
  double avg_cmp;
  double sinad_db;
  bool highlight;
};

std::string plot_svg(const std::string& title, const cim::Histogram& h, double boundary,
                     const std::vector<PlotPoint>& points, double sinad_floor);

}  // namespace cimgen
