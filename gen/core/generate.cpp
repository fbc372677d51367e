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
  auto rules = nlohmann::ordered_json::array();
  for (const auto& r : b.rules()) rules.push_back(r.text);
  j["rules"] = rules;
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
  // Every clocked register and memory per module: "async"/"sync" reset, or "none" (datapath without reset).
  auto regs = nlohmann::ordered_json::object();
  for (const auto& m : modules) {
    auto mr = nlohmann::ordered_json::object();
    for (const auto& [name, reset] : m.registers()) mr[name] = reset;
    regs[m.name()] = mr;
  }
  j["registers"] = regs;
  return j.dump(2) + "\n";
}

// The header of a generated file whose comments start with '#' (.sby, .sdc).
std::string hash_header(const Block& b, const std::string& ptext) {
  return fmt::format("# cimgen {}: generated file, do not edit.\n# block: {}\n# parameters: {}\n", kVersion, b.name(),
                     ptext);
}

// A SymbiYosys job file with the proofs `make formal` runs (tools/formal.sh):
// BMC and k-induction to FORMAL_DEPTH, covers to FORMAL_COVER_DEPTH, smtbmc
// with z3; tools/formal.sh runs its [script]. Empty for a block without
// properties. As a template (FuseSoC's sbyConfigTemplate, <block>.sby.j2), its [files] section is
// Edalize's {{files}}: the sources' paths from the build directory.
std::string sby(const Block& b, const Params& p, const std::string& ptext, const std::vector<Derived>& derived,
                const std::vector<vlog::Module>& modules, bool template_) {
  int64_t depth = 0, cover = 0;
  for (const auto& d : derived) {
    if (d.name == "FORMAL_DEPTH") depth = d.value;
    if (d.name == "FORMAL_COVER_DEPTH") cover = d.value;
  }
  if (depth <= 0) return "";
  if (cover <= 0) cover = depth;
  std::string files;
  for (const auto& m : modules) files += " " + m.name() + ".v";
  std::string out = hash_header(b, ptext) + fmt::format(
      "# The proofs of `make formal` for SymbiYosys: sby -f {}.sby [bmc|prove|cover]\n\n"
      "[tasks]\nbmc\nprove\ncover\n\n"
      "[options]\nbmc: mode bmc\nbmc: depth {}\nprove: mode prove\nprove: depth {}\ncover: mode cover\ncover: depth {}\n\n"
      "[engines]\nsmtbmc z3\n\n"
      "[script]\nread -formal{}\nprep -top {}\n",
      b.name(), depth, depth, cover, files, b.name());
  if (const auto cuts = b.formal_cutpoints(p); !cuts.empty()) {
    out += "cutpoint";
    for (const auto& c : cuts) out += " " + b.name() + "/" + c;
    out += fmt::format("\nhierarchy -top {}\n", b.name());
  }
  out += "\n[files]\n";
  if (template_) return out + "{{files}}\n";
  for (const auto& m : modules) out += m.name() + ".v\n";
  return out;
}

// A YAML double-quoted scalar (a JSON string is one).
std::string yaml_string(const std::string& s) { return nlohmann::json(s).dump(); }

// The FuseSoC core description (CAPI=2) of the generated files: the RTL fileset in filelist order, the SDC,
// the proofs' template; targets default (the RTL, for a core that depends on this one), lint (Verilator
// -Wall), sim (Icarus) and, for a block with properties, formal (SymbiYosys: bmc, prove, cover).
std::string core(const Block& b, const std::string& ptext, const std::vector<vlog::Module>& modules,
                 const std::string& vlnv, bool formal, const std::vector<OutFile>& testbench) {
  const std::string top = b.name();
  std::string out = fmt::format(
      "CAPI=2:\n# cimgen {}: generated file, do not edit.\n# block: {}\n# parameters: {}\n"
      "# regenerate: cimgen gen {} {} --core-name {} -o DIR\n\n"
      "name: {}\ndescription: {}\n\nfilesets:\n  rtl:\n    file_type: verilogSource\n    files:\n",
      kVersion, top, ptext, top, ptext, vlnv, yaml_string(vlnv), yaml_string(b.description() + " (" + ptext + ")"));
  for (auto m = modules.rbegin(); m != modules.rend(); ++m) out += fmt::format("      - {}.v\n", m->name());
  out += fmt::format("  constraints:\n    files:\n      - {}.sdc: {{file_type: SDC}}\n", top);
  if (formal) out += fmt::format("  proofs:\n    files:\n      - {}.sby.j2: {{file_type: sbyConfigTemplate}}\n", top);
  if (!testbench.empty()) {
    // The vectors are read by $readmemh from the simulator's working directory: copied there.
    out += "  testbench:\n    file_type: verilogSource\n    files:\n";
    for (const auto& f : testbench)
      out += f.name.size() > 4 && f.name.compare(f.name.size() - 4, 4, ".hex") == 0
                 ? fmt::format("      - {0}: {{file_type: user, copyto: {0}}}\n", f.name)
                 : fmt::format("      - {}\n", f.name);
  }
  out += fmt::format(
      "\ntargets:\n"
      "  default:\n    filesets: [rtl]\n    toplevel: {0}\n"
      "  lint:\n    description: Verilator lint, every warning on\n    default_tool: verilator\n"
      "    filesets: [rtl]\n    toplevel: {0}\n    tools:\n      verilator:\n        mode: lint-only\n"
      "        verilator_options: [-Wall]\n"
      "  sim:\n    description: {1}\n    default_tool: icarus\n    filesets: [{2}]\n"
      "    toplevel: {3}\n    tools:\n      icarus:\n        iverilog_options: [-g2005]\n",
      top,
      !testbench.empty() ? "the self-checking testbench against the model's vectors (Icarus Verilog, Verilog-2005)"
                         : "Icarus Verilog, Verilog-2005 (elaborates the RTL; gen --testbench V adds a testbench)",
      !testbench.empty() ? "rtl, testbench" : "rtl", !testbench.empty() ? top + "_tb" : top);
  if (formal)
    out += fmt::format(
        "  formal:\n    description: the generated properties (BMC, k-induction, covers) with SymbiYosys\n"
        "    default_tool: symbiyosys\n    filesets: [rtl, proofs]\n    toplevel: {}\n",
        top);
  return out;
}

// The ordered filelist of the block's Verilog: submodules first, the top last, names relative to the list
// (Verilator, VCS, Xcelium and Questa: -F DIR/<block>.f; Icarus: iverilog -c <block>.f from DIR).
std::string filelist(const Block& b, const std::string& ptext, const std::vector<vlog::Module>& modules) {
  std::string out = fmt::format(
      "// cimgen {}: generated file, do not edit.\n// block: {}\n// parameters: {}\n"
      "// The Verilog of {}, the top last: verilator -F {}.f (paths relative to this file), iverilog -c {}.f\n",
      kVersion, b.name(), ptext, b.name(), b.name(), b.name());
  for (auto m = modules.rbegin(); m != modules.rend(); ++m) out += m->name() + ".v\n";
  return out;
}

// The block's timing constraints (SDC, for OpenSTA and commercial tools): the clock on clk_i, every other
// input arriving and every output needed io_delay of the period after/before the edge, and an asynchronous
// reset (RST=async) as a false path. The period is a Tcl variable so that a flow can sweep it (to find Fmax,
// rewrite the `set period` line).
std::string sdc(const Block& b, const Params& p, const std::string& ptext, const vlog::Module& top,
                double period, double io_delay) {
  bool async_reset = false;
  for (const auto& s : b.params())
    if (s.name == "RST" && s.type == ParamSpec::Type::Enum) async_reset = s.value_text(p[s.name]) == "async";
  std::string ins, outs;
  bool has_clock = false;
  for (const auto& port : top.ports()) {
    if (port.name == "clk_i") {
      has_clock = true;
      continue;
    }
    std::string& list = port.dir == vlog::Dir::Input ? ins : outs;
    list += (list.empty() ? "" : " ") + port.name + (port.width > 1 ? "[*]" : "");
  }
  if (!has_clock) throw std::logic_error("cimgen: block " + b.name() + " has no clk_i for its SDC");
  std::string out = hash_header(b, ptext) + fmt::format(
      "# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,\n"
      "# io_delay after / before the clock edge (the neighbours are registered).{}\n"
      "# regenerate: cimgen gen {} {} --period {:.3f} --io-delay {} -o DIR\n\n"
      "set period {:.3f}\nset io_delay [expr {} * $period]\n\n"
      "create_clock -name clk_i -period $period [get_ports clk_i]\n",
      async_reset ? "\n# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block."
                  : "",
      b.name(), ptext, period, io_delay, period, io_delay);
  if (!ins.empty()) out += fmt::format("set_input_delay $io_delay -clock clk_i [get_ports {{{}}}]\n", ins);
  if (!outs.empty()) out += fmt::format("set_output_delay $io_delay -clock clk_i [get_ports {{{}}}]\n", outs);
  if (async_reset) out += "set_false_path -from [get_ports rst_ni]\n";
  return out;
}

}  // namespace

std::string vlnv_problem(const std::string& vlnv) {
  std::vector<std::string> parts{""};
  for (const char c : vlnv) {
    if (c == ':') {
      parts.emplace_back();
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-') {
      parts.back() += c;
    } else {
      return fmt::format("'{}' is not allowed in a VLNV (letters, digits, _ . - and the three colons)", c);
    }
  }
  if (parts.size() != 4) return "a VLNV has four parts, vendor:library:name:version";
  if (parts[2].empty() || parts[3].empty()) return "a VLNV needs its name and version (vendor:library:name:version)";
  return "";
}

std::string default_core_name(const Block& b) { return fmt::format("cimgen:blocks:{}:{}", b.name(), kVersion); }

std::vector<const Block*> blocks_with_testbench() {
  std::vector<const Block*> with;
  for (const Block* b : registry())
    if (b->testbench(configure(*b, {}), 1)) with.push_back(b);
  return with;
}

std::vector<OutFile> generate(const Block& b, const Params& p, const Timing& timing, const std::string& core_name,
                              std::optional<uint64_t> tb_seed) {
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
  files.push_back({b.name() + ".f", filelist(b, ptext, modules)});
  files.push_back({b.name() + ".json", manifest(b, p, derived, modules)});
  files.push_back({b.name() + ".h", c_header(b, p, derived)});
  const double period = timing.period_ns > 0 ? timing.period_ns : b.clock_period_ns(p);
  files.push_back({b.name() + ".sdc", sdc(b, p, ptext, modules.front(), period, timing.io_delay)});
  const std::string job = sby(b, p, ptext, derived, modules, false);
  if (!job.empty()) {
    files.push_back({b.name() + ".sby", job});
    files.push_back({b.name() + ".sby.j2", sby(b, p, ptext, derived, modules, true)});
  }
  std::vector<OutFile> tb_files;
  if (tb_seed) {
    const auto bench = b.testbench(p, *tb_seed);
    if (!bench) {
      std::string with;
      for (const Block* x : blocks_with_testbench()) with += (with.empty() ? "" : ", ") + x->name();
      throw UserError(
          fmt::format("gen: --testbench V: {} has no Verilog testbench yet (blocks with one: {})", b.name(), with));
    }
    std::vector<std::pair<std::string, int>> ins, outs;
    for (const auto& port : modules.front().ports())
      (port.dir == vlog::Dir::Input ? ins : outs).emplace_back(port.name, port.width);
    tb_files = vtb::emit_testbench(b.name(), ptext, ins, outs, *bench);
  }
  files.push_back({b.name() + ".core", core(b, ptext, modules, core_name.empty() ? default_core_name(b) : core_name,
                                            !job.empty(), tb_files)});
  for (auto& f : tb_files) files.push_back(std::move(f));
  return files;
}

namespace {

namespace fs = std::filesystem;

// Writes text to path; "" on success, else the reason (errno's text). A partial file is removed.
std::string write_whole(const std::string& path, const std::string& text) {
  errno = 0;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return std::strerror(errno ? errno : EIO);
  const size_t n = std::fwrite(text.data(), 1, text.size(), f);
  int err = n != text.size() ? (errno ? errno : EIO) : 0;
  if (std::fclose(f) != 0 && !err) err = errno ? errno : EIO;
  if (err) std::remove(path.c_str());
  return err ? std::strerror(err) : "";
}

// True if path is a regular file (not a link) holding exactly text.
bool holds(const std::string& path, const std::string& text) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(path, ec)) || fs::file_size(path, ec) != text.size() || ec) return false;
  std::ifstream in(path, std::ios::binary);
  std::string have(text.size(), '\0');
  return in.read(have.data(), static_cast<std::streamsize>(have.size())) && have == text;
}

// A destination that a file cannot replace: a directory (rename would fail only after other files moved).
std::string blocked(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(path, ec))) return std::strerror(EISDIR);
  return "";
}

}  // namespace

void write_files(const std::string& dir, const std::vector<OutFile>& files) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(dir, ec)) && !fs::exists(dir, ec))
    throw UserError(fmt::format("output directory {} is a symbolic link to nothing ({})", dir,
                                fs::read_symlink(dir, ec).string()));
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw UserError(fmt::format("output directory {} cannot be created: {}", dir,
                                ec ? ec.message() : "a file of that name is in the way"));
  const auto path = [&](size_t i) { return (fs::path(dir) / files[i].name).string(); };
  for (size_t i = 0; i < files.size(); ++i)
    if (const std::string why = blocked(path(i)); !why.empty())
      throw UserError(fmt::format("cannot write {}: {}", path(i), why));
  // A file whose content is already there is left alone (its time stamp too, so a build that
  // regenerates RTL re-verilates only what changed).
  std::vector<bool> same(files.size());
  for (size_t i = 0; i < files.size(); ++i) same[i] = holds(path(i), files[i].text);
  // Every other file under a temporary name first; then each existing file is moved aside, the new one
  // renamed in, and on any failure everything is put back as it was.
  std::vector<std::string> temps(files.size()), backups(files.size()), placed;
  const auto roll_back = [&] {
    for (const auto& p : placed) fs::remove(p, ec);
    for (size_t i = 0; i < files.size(); ++i)
      if (!backups[i].empty()) fs::rename(backups[i], path(i), ec);
    for (const auto& t : temps)
      if (!t.empty()) fs::remove(t, ec);
  };
  for (size_t i = 0; i < files.size(); ++i) {
    if (same[i]) continue;
    const std::string tmp = path(i) + ".tmp-cimgen";
    if (const std::string why = write_whole(tmp, files[i].text); !why.empty()) {
      roll_back();
      throw UserError(fmt::format("cannot write {}: {}", path(i), why));
    }
    temps[i] = tmp;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (same[i]) continue;
    std::error_code rc;
    if (fs::exists(fs::symlink_status(path(i), ec))) {
      backups[i] = path(i) + ".bak-cimgen";
      fs::rename(path(i), backups[i], rc);
      if (rc) backups[i].clear();
    }
    if (!rc) fs::rename(temps[i], path(i), rc);
    if (rc) {
      roll_back();
      throw UserError(fmt::format("cannot write {}: {}", path(i), rc.message()));
    }
    placed.push_back(path(i));
  }
  for (const auto& b : backups)
    if (!b.empty()) fs::remove(b, ec);
}

void write_file(const std::string& path, const std::string& text) {
  const fs::path p(path);
  write_files(p.has_parent_path() ? p.parent_path().string() : ".", {{p.filename().string(), text}});
}

}  // namespace cimgen
