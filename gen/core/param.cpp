#include "param.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

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
ParamSpec N(int def, std::string doc, int min) { return ParamSpec::integer("N", def, min, 12, std::move(doc)); }
ParamSpec R(int def, std::string doc, int max) { return ParamSpec::integer("R", def, 1, max, std::move(doc)); }
ParamSpec COLS(int def, std::string doc) { return ParamSpec::integer("COLS", def, 1, 512, std::move(doc)); }
ParamSpec NADC(int def, std::string doc) { return ParamSpec::integer("NADC", def, 1, 512, std::move(doc)); }
ParamSpec KMAX(int def, std::string doc) { return ParamSpec::integer("KMAX", def, 0, 15, std::move(doc)); }
ParamSpec W_ENC(int def, std::string doc) {
  return ParamSpec::choice("w_enc", {"unsigned", "offset", "differential"}, def, std::move(doc));
}
ParamSpec RST() { return ParamSpec::choice("RST", {"async", "sync"}, 0, "reset style of rst_ni (active low)"); }
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
  std::map<std::string, std::string> given;
  for (const auto& a : assignments) {
    const auto eq = a.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UserError(fmt::format("malformed parameter assignment '{}': expected NAME=VALUE", a));
    const std::string name = a.substr(0, eq);
    const std::string value = a.substr(eq + 1);
    if (const auto [it, fresh] = given.emplace(name, a); !fresh)
      throw UserError(fmt::format("parameter {} is given twice ({} and {})", name, it->second, a));
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

namespace {

// The text of a config file, or a UserError: a directory, an unreadable file, a
// binary one (a NUL byte, a control character or invalid UTF-8). A UTF-8
// byte-order mark is dropped.
std::string config_text(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw UserError(fmt::format("config file {} is a directory", path));
  std::ifstream is(path, std::ios::binary);
  if (!is) throw UserError(fmt::format("config file {}: cannot read: {}", path, std::strerror(errno ? errno : ENOENT)));
  std::string text((std::istreambuf_iterator<char>(is)), std::istreambuf_iterator<char>());
  if (is.bad()) throw UserError(fmt::format("config file {}: cannot read: {}", path, std::strerror(errno ? errno : EIO)));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  int line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line;
    int extra = 0;
    if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) extra = 2;
    else if (c >= 0xF0 && c <= 0xF4) extra = 3;
    bool ok = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || extra > 0;
    for (int k = 1; ok && k <= extra; ++k)
      ok = i + size_t(k) < text.size() && (static_cast<unsigned char>(text[i + size_t(k)]) & 0xC0) == 0x80;
    if (!ok)
      throw UserError(fmt::format("config file {} is not a text file (byte 0x{:02X} on line {}): expected NAME = VALUE lines",
                                  path, c, line));
    i += size_t(extra);
  }
  return text;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

std::vector<std::string> read_config_assignments(const std::string& path, const std::string& block,
                                                 const std::vector<std::string>& blocks) {
  const std::string text = config_text(path);
  // CLI11's parser drops a line without '=' and merges a key given twice into one item of several values:
  // both are refused here first, naming the line.
  {
    std::istringstream lines(text);
    std::string raw, section;
    std::map<std::string, int> seen;  // section/key -> line
    for (int n = 1; std::getline(lines, raw); ++n) {
      const std::string l = trim(raw);
      if (l.empty() || l[0] == '#' || l[0] == ';') continue;
      if (l[0] == '[') {
        section = l;
        continue;
      }
      const auto eq = l.find('=');
      if (eq == std::string::npos)
        throw UserError(fmt::format("config file {} line {}: '{}' has no value: expected NAME = VALUE", path, n, l));
      const std::string key = trim(l.substr(0, eq));
      if (const auto [it, fresh] = seen.emplace(section + "/" + key, n); !fresh)
        throw UserError(fmt::format("config file {} line {}: {} is set twice (lines {} and {})", path, n, key,
                                    it->second, n));
    }
  }
  std::vector<CLI::ConfigItem> items;
  try {
    std::istringstream in(text);
    items = CLI::ConfigTOML().from_config(in);
  } catch (const CLI::Error& e) {
    throw UserError(fmt::format("config file {}: {}", path, e.what()));
  }
  std::vector<std::string> out;
  for (const auto& item : items) {
    // A [section] names a block: its lines apply only when that block is generated.
    if (item.parents.size() > 1 ||
        (item.parents.size() == 1 && std::find(blocks.begin(), blocks.end(), item.parents[0]) == blocks.end()))
      throw UserError(fmt::format("config file {}: section [{}] names no block (blocks: {})", path,
                                  fmt::join(item.parents, "."), fmt::join(blocks, ", ")));
    if (item.name == "++" || item.name == "--") continue;  // section markers
    if (item.parents.size() == 1 && item.parents[0] != block) continue;
    if (item.inputs.size() != 1)
      throw UserError(fmt::format("config file {}: {} = {} is not one value (a comment starts with #)", path,
                                  item.name, fmt::join(item.inputs, " ")));
    std::string value = item.inputs[0];
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    out.push_back(item.name + "=" + value);
  }
  return out;
}

std::vector<std::string> override_assignments(const std::vector<std::string>& file,
                                              const std::vector<std::string>& command_line) {
  const auto name_of = [](const std::string& a) { return a.substr(0, a.find('=')); };
  std::vector<std::string> out;
  for (const auto& f : file)
    if (std::none_of(command_line.begin(), command_line.end(), [&](const auto& c) { return name_of(c) == name_of(f); }))
      out.push_back(f);
  out.insert(out.end(), command_line.begin(), command_line.end());
  return out;
}

uint64_t parse_count(const std::string& option, const std::string& text, uint64_t min, uint64_t max) {
  uint64_t v = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || v < min || v > max)
    throw UserError(fmt::format("{} {}: expected a whole number in {}..{}", option, text, min, max));
  return v;
}

std::vector<int> parse_count_list(const std::string& option, const std::string& text, int min, int max) {
  std::vector<int> out;
  size_t from = 0;
  for (int i = 1;; ++i) {
    const size_t comma = text.find(',', from);
    const std::string item = text.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    if (item.empty())
      throw UserError(fmt::format("{} {}: element {} is empty: expected V,V,... with each V in {}..{}", option, text, i,
                                  min, max));
    try {
      out.push_back(int(parse_count(option, item, uint64_t(min), uint64_t(max))));
    } catch (const UserError&) {
      throw UserError(fmt::format("{} {}: element {} is {}: expected V,V,... with each V in {}..{}", option, text, i,
                                  item, min, max));
    }
    if (comma == std::string::npos) return out;
    from = comma + 1;
  }
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
