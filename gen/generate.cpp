#include "block.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace cimgen {

const char* const kVersion = "0.1.0";

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string c_header(const Block& b, const Params& p, const std::vector<Derived>& derived) {
  const auto specs = b.params();
  const std::string prefix = upper(b.name()) + "_";
  std::string out = fmt::format(
      "/* cimgen {}: generated file, do not edit.\n * block: {}\n * parameters: {}\n */\n"
      "#ifndef CIMGEN_{}H\n#define CIMGEN_{}H\n\n",
      kVersion, b.name(), params_text(specs, p), prefix, prefix);
  for (const auto& s : specs) {
    const int64_t v = p[s.name];
    out += fmt::format("#define {}{} {}", prefix, upper(s.name), v);
    out += s.type == ParamSpec::Type::Enum ? fmt::format(" /* {} */\n", s.value_text(v)) : "\n";
    if (s.type == ParamSpec::Type::Enum)
      for (size_t i = 0; i < s.choices.size(); ++i)
        out += fmt::format("#define {}{}_{} {}\n", prefix, upper(s.name), upper(s.choices[i]), i);
  }
  out += "\n";
  for (const auto& d : derived)
    out += fmt::format("#define {}{} ({}LL) /* {} */\n", prefix, upper(d.name), d.value, d.doc);
  out += fmt::format("\n#endif /* CIMGEN_{}H */\n", prefix);
  return out;
}

std::string manifest(const Block& b, const Params& p, const std::vector<Derived>& derived,
                     const std::vector<vlog::Module>& modules) {
  nlohmann::ordered_json j;
  j["generator"] = "cimgen";
  j["version"] = kVersion;
  j["block"] = b.name();
  j["top"] = modules.front().name();
  auto files = nlohmann::ordered_json::array();
  for (const auto& m : modules) files.push_back(m.name() + ".v");
  j["files"] = files;
  auto params = nlohmann::ordered_json::object();
  for (const auto& s : b.params()) {
    if (s.type == ParamSpec::Type::Enum) params[s.name] = s.value_text(p[s.name]);
    else params[s.name] = p[s.name];
  }
  j["parameters"] = params;
  auto der = nlohmann::ordered_json::object();
  for (const auto& d : derived) der[d.name] = {{"value", d.value}, {"doc", d.doc}};
  j["derived"] = der;
  auto ports = nlohmann::ordered_json::array();
  for (const auto& port : modules.front().ports())
    ports.push_back({{"name", port.name},
                     {"direction", port.dir == vlog::Dir::Input ? "input" : "output"},
                     {"width", port.width},
                     {"doc", port.doc}});
  j["ports"] = ports;
  return j.dump(2) + "\n";
}

// A SymbiYosys job file with the proofs `make formal` runs (tools/formal.sh):
// BMC and k-induction to FORMAL_DEPTH, covers to FORMAL_COVER_DEPTH, smtbmc
// with z3; tools/formal.sh runs its [script]. Empty for a block without
// properties.
std::string sby(const Block& b, const Params& p, const std::string& ptext, const std::vector<Derived>& derived,
                const std::vector<vlog::Module>& modules) {
  int64_t depth = 0, cover = 0;
  for (const auto& d : derived) {
    if (d.name == "FORMAL_DEPTH") depth = d.value;
    if (d.name == "FORMAL_COVER_DEPTH") cover = d.value;
  }
  if (depth <= 0) return "";
  if (cover <= 0) cover = depth;
  std::string files;
  for (const auto& m : modules) files += " " + m.name() + ".v";
  std::string out = fmt::format(
      "# cimgen {}: generated file, do not edit.\n# block: {}\n# parameters: {}\n"
      "# The proofs of `make formal` for SymbiYosys: sby -f {}.sby [bmc|prove|cover]\n\n"
      "[tasks]\nbmc\nprove\ncover\n\n"
      "[options]\nbmc: mode bmc\nbmc: depth {}\nprove: mode prove\nprove: depth {}\ncover: mode cover\ncover: depth {}\n\n"
      "[engines]\nsmtbmc z3\n\n"
      "[script]\nread -formal{}\nprep -top {}\n",
      kVersion, b.name(), ptext, b.name(), depth, depth, cover, files, b.name());
  if (const auto cuts = b.formal_cutpoints(p); !cuts.empty()) {
    out += "cutpoint";
    for (const auto& c : cuts) out += " " + b.name() + "/" + c;
    out += fmt::format("\nhierarchy -top {}\n", b.name());
  }
  out += "\n[files]\n";
  for (const auto& m : modules) out += m.name() + ".v\n";
  return out;
}

}  // namespace

std::vector<OutFile> generate(const Block& b, const Params& p) {
  const auto derived = b.derive(p);
  auto modules = b.emit(p);
  if (modules.empty() || modules.front().name() != b.name())
    throw std::logic_error("cimgen: block " + b.name() + " must emit its top module first");
  const std::string ptext = params_text(b.params(), p);
  std::vector<OutFile> files;
  for (auto& m : modules) {
    m.header({fmt::format("cimgen {}: generated file, do not edit.", kVersion), "block: " + b.name(),
              "module: " + m.name(), "parameters: " + ptext,
              fmt::format("regenerate: cimgen gen {} {} -o DIR", b.name(), ptext)});
    files.push_back({m.name() + ".v", m.emit()});
  }
  files.push_back({b.name() + ".json", manifest(b, p, derived, modules)});
  files.push_back({b.name() + ".h", c_header(b, p, derived)});
  if (std::string job = sby(b, p, ptext, derived, modules); !job.empty()) files.push_back({b.name() + ".sby", job});
  return files;
}

void write_files(const std::string& dir, const std::vector<OutFile>& files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw UserError(fmt::format("output directory {} cannot be created: {}", dir, ec ? ec.message() : "not a directory"));
  std::vector<std::string> temps;
  auto cleanup = [&] {
    for (const auto& t : temps) fs::remove(t, ec);
  };
  for (const auto& f : files) {
    const std::string final_path = (fs::path(dir) / f.name).string();
    const std::string tmp = final_path + ".tmp-cimgen";
    std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
    if (os) temps.push_back(tmp);
    if (os) os << f.text;
    if (os) os.close();
    if (!os) {
      const std::string why = std::strerror(errno);
      cleanup();
      throw UserError(fmt::format("cannot write {}: {}", final_path, why));
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    fs::rename(temps[i], (fs::path(dir) / files[i].name), ec);
    if (ec) {
      cleanup();
      throw UserError(fmt::format("cannot write {}: {}", (fs::path(dir) / files[i].name).string(), ec.message()));
    }
  }
}

void write_file(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp-cimgen";
  std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
  os << text;
  os.close();
  if (!os || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    throw UserError(fmt::format("cannot write {}: {}", path, why));
  }
}

}  // namespace cimgen
