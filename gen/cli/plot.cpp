#include "plot.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace cimgen {

namespace {
std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else if (c == '&') o += "&amp;";
    else o += c;
  }
  return o;
}
}  // namespace

std::string plot_svg(const std::string& title, const cim::Histogram& h, double boundary,
                     const std::vector<PlotPoint>& points, double sinad_floor) {
  const int W = 1000, H = 420, pw = 420, ph = 300, top = 60;
  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" "
      "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "<text x=\"{}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{}</text>\n",
      W, H, W / 2, esc(title));
  // Left panel: histogram (log-scaled counts so that sparse tails show).
  const int x0 = 60, y0 = top + ph;
  long cmax = 1;
  for (long c : h.counts) cmax = std::max(cmax, c);
  const double lmax = std::log10(double(cmax) + 1);
  const double bw = double(pw) / double(h.counts.size());
  for (size_t i = 0; i < h.counts.size(); ++i) {
    const double hh = ph * std::log10(double(h.counts[i]) + 1) / lmax;
    s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#4a7ab5\"/>\n",
                     x0 + i * bw, y0 - hh, std::max(bw - 0.5, 0.5), hh);
  }
  s += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n", x0, y0, x0 + pw, y0);
  s += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n", x0, top, x0, y0);
  for (int i = 0; i <= 4; ++i)
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{:.0f}</text>\n", x0 + pw * i / 4.0, y0 + 16,
                     h.lo + (h.hi - h.lo) * i / 4.0);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">ADC input v (LSB); counts on a log scale</text>\n",
                   x0 + pw / 2, y0 + 36);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">histogram of ADC inputs ({} below 0, {} at or "
                   "above {:.0f})</text>\n",
                   x0 + pw / 2, top - 8, h.below, h.above, h.hi);
  if (boundary > h.lo && boundary < h.hi) {
    const double bx = x0 + pw * (boundary - h.lo) / (h.hi - h.lo);
    s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#d62728\" "
                     "stroke-width=\"2\" stroke-dasharray=\"6,3\"/>\n",
                     bx, top, y0);
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" fill=\"#d62728\">R1 | R2  (B = {:.0f})</text>\n", bx + 4, top + 14,
                     boundary);
  }
  // Right panel: SINAD versus comparisons per conversion.
  const int x1 = 560;
  double cmin = 1e9, cmax2 = 0, smin = 1e9, smax = -1e9;
  for (const auto& p : points) {
    if (!std::isfinite(p.sinad_db)) continue;
    cmin = std::min(cmin, p.avg_cmp), cmax2 = std::max(cmax2, p.avg_cmp);
    smin = std::min(smin, p.sinad_db), smax = std::max(smax, p.sinad_db);
  }
  if (cmin > cmax2) cmin = 0, cmax2 = 1;
  smin = std::min(smin, sinad_floor - 5), smax = std::max(smax, sinad_floor + 5);
  cmin = std::floor(cmin - 0.5), cmax2 = std::ceil(cmax2 + 0.5);
  smin = std::floor(smin / 5) * 5, smax = std::ceil((smax + 10) / 5) * 5;
  auto px = [&](double c) { return x1 + pw * (c - cmin) / (cmax2 - cmin); };
  auto py = [&](double d) { return y0 - ph * (d - smin) / (smax - smin); };
  s += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n", x1, y0, x1 + pw, y0);
  s += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n", x1, top, x1, y0);
  for (int i = 0; i <= 4; ++i) {
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{:.1f}</text>\n", px(cmin + (cmax2 - cmin) * i / 4),
                     y0 + 16, cmin + (cmax2 - cmin) * i / 4);
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{:.0f}</text>\n", x1 - 4,
                     py(smin + (smax - smin) * i / 4) + 4, smin + (smax - smin) * i / 4);
  }
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">comparisons per conversion</text>\n", x1 + pw / 2,
                   y0 + 36);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">output SINAD (dB) versus comparisons</text>\n",
                   x1 + pw / 2, top - 8);
  s += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#2ca02c\" stroke-dasharray=\"4,3\"/>\n",
                   x1, py(sinad_floor), x1 + pw, py(sinad_floor));
  s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" fill=\"#2ca02c\">{:.0f} dB</text>\n", x1 + pw - 40, py(sinad_floor) - 4,
                   sinad_floor);
  int nth = 0;
  for (const auto& p : points) {
    const double d = std::isfinite(p.sinad_db) ? p.sinad_db : smax;
    const double dy = (nth++ % 2) ? -8 : 14;  // alternate above/below so neighbours do not overlap
    s += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"/>\n", px(p.avg_cmp), py(d),
                     p.highlight ? 6 : 4, p.highlight ? "#d62728" : "#4a7ab5");
    const bool right = px(p.avg_cmp) > x1 + pw * 0.6;  // labels toward the inside of the panel
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"{}\">{}</text>\n",
                     px(p.avg_cmp) + (right ? -7 : 7), py(d) + dy, right ? "end" : "start",
                     esc(p.label + (std::isfinite(p.sinad_db) ? "" : " (exact)")));
  }
  s += "</svg>\n";
  return s;
}

}  // namespace cimgen
