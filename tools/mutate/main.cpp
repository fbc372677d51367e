// cimgen-mutate: writes the mutant schema of one generated module and the list
// of its mutants (tools/mutate.sh runs them; see mutate.hpp).
#include "mutate.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/os.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

int main(int argc, char** argv) {
  CLI::App app{"cimgen-mutate: every mutant of a generated Verilog module in one mutant schema"};
  std::string input, module, output, list;
  app.add_option("input", input, "generated Verilog file")->required()->check(CLI::ExistingFile);
  app.add_option("--module", module, "module to mutate (default: the file's stem)");
  app.add_option("-o,--output", output, "mutant schema to write")->required();
  app.add_option("--list", list, "mutant list to write: id, line, kind, description (tab-separated)")->required();
  CLI11_PARSE(app, argc, argv);
  if (module.empty()) module = std::filesystem::path(input).stem().string();

  std::ifstream in(input);
  std::stringstream text;
  text << in.rdbuf();
  cimgen::mutate::Schema schema;
  try {
    schema = cimgen::mutate::make_schema(text.str(), module);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cimgen-mutate: %s: %s\n", input.c_str(), e.what());
    return 1;
  }
  std::string tsv = "id\tline\tkind\tdescription\n";
  for (const auto& m : schema.mutants) tsv += fmt::format("{}\t{}\t{}\t{}\n", m.id, m.line, m.kind, m.what);
  // Both files or neither: write to temporaries, then rename.
  for (const auto& [path, body] : {std::pair{output, schema.verilog}, std::pair{list, tsv}}) {
    std::ofstream out(path + ".tmp", std::ios::binary);
    out << body;
    if (!out.flush()) {
      std::fprintf(stderr, "cimgen-mutate: cannot write %s\n", path.c_str());
      std::filesystem::remove(path + ".tmp");
      return 1;
    }
  }
  std::filesystem::rename(output + ".tmp", output);
  std::filesystem::rename(list + ".tmp", list);
  std::printf("%s: %zu mutants of module %s\n", output.c_str(), schema.mutants.size(), module.c_str());
  return 0;
}
