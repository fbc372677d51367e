// Random legal configurations of a block, drawn from its parameter specs and
// kept only where they satisfy its rules: the space the property-style sweep
// (tests/random_sweep.sh) and the unit tests put through the generator and the
// tools, edges of every range first.
#include "block.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace cimgen {

namespace {

// splitmix64: the same draws on every platform (std::uniform_int_distribution is not).
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return double(next() >> 11) * 0x1.0p-53; }
  int64_t below(int64_t n) { return int64_t(next() % uint64_t(n)); }
};

// One value of s: an edge of the range 30% of the time; otherwise uniform, or
// log-uniform where the range is wide (sizes, clock rates), so that small and
// large values are both drawn.
int64_t draw(const ParamSpec& s, Rng& rng) {
  const int64_t span = s.max - s.min + 1;
  const double u = rng.unit();
  if (u < 0.15) return s.min;
  if (u < 0.30) return s.max;
  if (s.type == ParamSpec::Type::Enum || span <= 32) return s.min + rng.below(span);
  const double x = std::exp(rng.unit() * std::log(double(span) + 1.0)) - 1.0;
  return std::min(s.max, s.min + int64_t(x));
}

std::string assignment(const ParamSpec& s, int64_t v) { return s.name + "=" + s.value_text(v); }

// How far up its range a value sits (0 at the minimum, 1 at the maximum, on
// the log scale the draws use): summed over a configuration, a cheap measure of
// its size, to keep the edges' other parameters small.
double spread(const std::vector<ParamSpec>& specs, const Params& p) {
  double sum = 0;
  for (const auto& s : specs)
    if (s.max > s.min) sum += std::log(double(p[s.name] - s.min) + 1.0) / std::log(double(s.max - s.min) + 1.0);
  return sum;
}

size_t rtl_bytes(const Block& b, const Params& p) {
  size_t n = 0;
  for (const auto& f : generate(b, p))
    if (f.name.size() > 2 && f.name.compare(f.name.size() - 2, 2, ".v") == 0) n += f.text.size();
  return n;
}

struct Draw {
  std::vector<std::string> assignments;
  Params p;
};

// A configuration with `fixed` (if any) set to `value` and the other
// parameters drawn at random, or at their defaults with `from_defaults`.
Draw draw_config(const std::vector<ParamSpec>& specs, const ParamSpec* fixed, int64_t value, Rng& rng,
                 bool from_defaults) {
  Draw d;
  for (const auto& s : specs) {
    int64_t v = from_defaults ? s.def : draw(s, rng);
    if (fixed && s.name == fixed->name) v = value;
    d.p.set(s.name, v);
    d.assignments.push_back(assignment(s, v));
  }
  return d;
}

constexpr int kAttempts = 20000;

}  // namespace

std::vector<Config> random_configs(const Block& b, int count, uint64_t seed, size_t max_bytes) {
  const auto specs = b.params();
  Rng rng{seed * 0x2545F4914F6CDD1Dull};
  for (char c : b.name()) rng.s = rng.s * 131 + uint64_t(c);  // a stream per block, the same on every platform
  std::vector<Config> out;
  std::set<std::vector<std::string>> seen;
  const auto add = [&](std::string name, const Draw& d) {
    if (!seen.insert(d.assignments).second) return false;
    Config c{std::move(name), d.assignments};
    c.big = max_bytes > 0 && rtl_bytes(b, d.p) > max_bytes;
    out.push_back(c);
    return true;
  };
  // Each edge: with the other parameters at their defaults if that is legal, else the legal draw whose
  // other parameters sit lowest in their ranges (the smallest hardware, roughly).
  for (const auto& s : specs) {
    std::vector<int64_t> values;
    for (int64_t v = s.min; v <= s.max; v += s.type == ParamSpec::Type::Enum ? 1 : std::max<int64_t>(1, s.max - s.min))
      values.push_back(v);
    for (int64_t v : values) {
      Draw best = draw_config(specs, &s, v, rng, true);
      if (!rule_violation(b, best.p).empty()) {
        double best_spread = -1;
        for (int i = 0; i < kAttempts && !(best_spread >= 0 && i >= kAttempts / 10); ++i) {
          Draw d = draw_config(specs, &s, v, rng, false);
          if (!rule_violation(b, d.p).empty()) continue;
          if (const double sp = spread(specs, d.p); best_spread < 0 || sp < best_spread) best_spread = sp, best = d;
        }
        if (best_spread < 0)
          throw std::logic_error(fmt::format("cimgen: {} {}={} is in its range but no legal configuration has it",
                                             b.name(), s.name, s.value_text(v)));
      }
      add(fmt::format("edge_{}_{}", s.name, s.value_text(v)), best);
    }
  }
  // Random draws: legal, new, and no larger than max_bytes of RTL (0: any size). A small space (trq_sar's)
  // may run out of new configurations before `count`.
  int legal = 0;
  for (int i = 0, attempt = 0; i < count && attempt < kAttempts; ++attempt) {
    Draw d = draw_config(specs, nullptr, 0, rng, false);
    if (!rule_violation(b, d.p).empty()) continue;
    ++legal;
    if (seen.count(d.assignments) || (max_bytes > 0 && rtl_bytes(b, d.p) > max_bytes)) continue;
    add(fmt::format("rand{:02}", i++), d);
  }
  if (count > 0 && legal == 0) throw std::logic_error("cimgen: no legal random configuration of " + b.name());
  return out;
}

}  // namespace cimgen
