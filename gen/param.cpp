#include "param.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace cimgen {

ParamSpec ParamSpec::integer(std::string name, int64_t def, int64_t min, int64_t max, std::string doc) {
  ParamSpec p;
  p.name = std::move(name);
  p.type = Type::Int;
  p.def = def;
  p.min = min;
  p.max = max;
  p.doc = std::move(doc);
  return p;
}

ParamSpec ParamSpec::choice(std::string name, std::vector<std::string> choices, int def, std::string doc) {
  ParamSpec p;
  p.name = std::move(name);
  p.type = Type::Enum;
  p.def = def;
  p.min = 0;
  p.max = static_cast<int64_t>(choices.size()) - 1;
  p.choices = std::move(choices);
  p.doc = std::move(doc);
  return p;
}

std::string ParamSpec::range_text() const {
  if (type == Type::Int) return fmt::format("{}..{}", min, max);
  return fmt::format("{}", fmt::join(choices, "|"));
}

std::string ParamSpec::value_text(int64_t v) const {
  if (type == Type::Int) return std::to_string(v);
  return choices.at(static_cast<size_t>(v));
}

int64_t ParamSpec::parse(const std::string& text) const {
  if (type == Type::Enum) {
    for (size_t i = 0; i < choices.size(); ++i)
      if (choices[i] == text) return static_cast<int64_t>(i);
    throw UserError(fmt::format("parameter {}={} is not one of {}", name, text, range_text()));
  }
  int64_t v = 0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(first, last, v);
  if (text.empty() || ec != std::errc() || ptr != last)
    throw UserError(fmt::format("parameter {}={} is not an integer (legal range {})", name, text, range_text()));
  if (v < min || v > max)
    throw UserError(fmt::format("parameter {}={} is out of range {}", name, text, range_text()));
  return v;
}

namespace spec {
ParamSpec PI(int def, std::string doc) { return ParamSpec::integer("PI", def, 1, 8, std::move(doc)); }
ParamSpec PW(int def, std::string doc) { return ParamSpec::integer("PW", def, 1, 8, std::move(doc)); }
ParamSpec PD(int def, std::string doc) { return ParamSpec::integer("PD", def, 1, 4, std::move(doc)); }
ParamSpec PR(int def, std::string doc) { return ParamSpec::integer("PR", def, 1, 4, std::move(doc)); }
ParamSpec N(int def, std::string doc) { return ParamSpec::integer("N", def, 1, 12, std::move(doc)); }
ParamSpec R(int def, std::string doc) { return ParamSpec::integer("R", def, 1, 4096, std::move(doc)); }
}  // namespace spec

int64_t Params::operator[](const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) throw std::logic_error("cimgen: parameter " + name + " not bound");
  return it->second;
}

Params bind_params(const std::vector<ParamSpec>& specs, const std::vector<std::string>& assignments,
            const std::string& block) {
  Params p;
  for (const auto& s : specs) p.set(s.name, s.def);
  for (const auto& a : assignments) {
    const auto eq = a.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UserError(fmt::format("malformed parameter assignment '{}': expected NAME=VALUE", a));
    const std::string name = a.substr(0, eq);
    const std::string value = a.substr(eq + 1);
    const ParamSpec* spec = nullptr;
    for (const auto& s : specs)
      if (s.name == name) spec = &s;
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& s : specs) names.push_back(s.name);
      throw UserError(fmt::format("unknown parameter {} for {} (parameters: {})", name, block,
                                  fmt::join(names, ", ")));
    }
    p.set(name, spec->parse(value));
  }
  return p;
}

std::vector<std::string> read_config_assignments(const std::string& path) {
  std::vector<CLI::ConfigItem> items;
  try {
    CLI::ConfigTOML parser;
    items = parser.from_file(path);
  } catch (const CLI::Error& e) {
    throw UserError(fmt::format("config file {}: {}", path, e.what()));
  }
  std::vector<std::string> out;
  for (const auto& item : items) {
    if (item.name == "++" || item.name == "--") continue;  // section markers
    if (item.inputs.size() != 1)
      throw UserError(fmt::format("config file {}: {} must have exactly one value", path, item.fullname()));
    std::string value = item.inputs[0];
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    out.push_back(item.name + "=" + value);
  }
  return out;
}

std::string params_text(const std::vector<ParamSpec>& specs, const Params& p) {
  std::string out;
  for (const auto& s : specs) out += (out.empty() ? "" : " ") + s.name + "=" + s.value_text(p[s.name]);
  return out;
}

std::string params_help(const std::vector<ParamSpec>& specs) {
  size_t nw = 4, rw = 5;
  for (const auto& s : specs) {
    nw = std::max(nw, s.name.size());
    rw = std::max(rw, s.range_text().size());
  }
  std::string out = fmt::format("  {:<{}}  {:<{}}  {:<12}  {}\n", "NAME", nw, "RANGE", rw, "DEFAULT", "MEANING");
  for (const auto& s : specs)
    out += fmt::format("  {:<{}}  {:<{}}  {:<12}  {}\n", s.name, nw, s.range_text(), rw, s.value_text(s.def), s.doc);
  return out;
}

void require(bool cond, const std::string& block, const std::string& what) {
  if (!cond) throw UserError(block + ": " + what);
}

}  // namespace cimgen
