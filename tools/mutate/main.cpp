// cimgen-mutate: the mutant schema of a generated module, and the scoring of
// mutation campaigns (tools/mutate.sh runs the mutants; see mutate.hpp and
// score.hpp).
//   cimgen-mutate schema FILE.v [--module M] -o SCHEMA.v --list MUTANTS.tsv
//   cimgen-mutate pick --list MUTANTS.tsv --sample N [--rerun PREVIOUS.tsv --kept KEPT.txt]
//   cimgen-mutate signal --list MUTANTS.tsv --id ID [--rtl FILE.v]
//   cimgen-mutate campaign --block B --cfg C --list MUTANTS.tsv --results RESULTS.txt -o CAMPAIGN.tsv
//   cimgen-mutate report --campaigns LIST --work DIR --explained EXPLAINED.tsv --commit C -o DIR
#include "mutate.hpp"
#include "score.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace {

namespace fs = std::filesystem;
using namespace cimgen::mutate;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read {}", path));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes every file or none: temporaries first, renamed once all are written.
void write_all(const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, body] : files) {
    std::ofstream out(path + ".tmp", std::ios::binary);
    out << body;
    if (!out.flush()) {
      for (const auto& f : files) fs::remove(f.first + ".tmp");
      throw std::runtime_error(fmt::format("cannot write {}", path));
    }
  }
  for (const auto& f : files) fs::rename(f.first + ".tmp", f.first);
}

std::vector<Listed> list_of(const std::string& path) {
  std::istringstream in(slurp(path));
  return read_list(in);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cimgen-mutate: mutant schemata of generated Verilog, and the scores of mutation campaigns"};
  app.require_subcommand(1);

  std::string input, module, output, list;
  auto* schema = app.add_subcommand("schema", "every mutant of a generated Verilog module in one mutant schema");
  schema->add_option("input", input, "generated Verilog file")->required()->check(CLI::ExistingFile);
  schema->add_option("--module", module, "module to mutate (default: the file's stem)");
  schema->add_option("-o,--output", output, "mutant schema to write")->required();
  schema->add_option("--list", list, "mutant list to write: id, line, kind, description (tab-separated)")->required();

  int sample = 1, id = 0;
  std::string rerun, kept;
  auto* pick = app.add_subcommand("pick", "print the ids a campaign runs: every sample-th mutant, or a rerun's survivors");
  pick->add_option("--list", list, "mutant list")->required()->check(CLI::ExistingFile);
  pick->add_option("--sample", sample, "run every n-th mutant")->check(CLI::PositiveNumber);
  pick->add_option("--rerun", rerun, "the campaign's previous results: rerun only its survivors")
      ->check(CLI::ExistingFile);
  pick->add_option("--kept", kept, "with --rerun: where the previous kills go (\"ID RESULT\" lines)");

  auto* signal = app.add_subcommand("signal", "print the signal a mutant changes (empty for an if condition)");
  signal->add_option("--list", list, "mutant list")->required()->check(CLI::ExistingFile);
  signal->add_option("--id", id, "mutant id")->required();
  std::string rtl;
  signal->add_option("--rtl", rtl, "the mutated Verilog: print the signal's names in the flattened design (one per "
                                   "iteration of the generate loop that declares it)")
      ->check(CLI::ExistingFile);

  std::string block, cfg, results;
  long seconds = 0;
  auto* campaign = app.add_subcommand("campaign", "join a campaign's results with its mutants, print its summary");
  campaign->add_option("--block", block)->required();
  campaign->add_option("--cfg", cfg)->required();
  campaign->add_option("--list", list, "mutant list")->required()->check(CLI::ExistingFile);
  campaign->add_option("--results", results, "\"ID RESULT\" lines")->required()->check(CLI::ExistingFile);
  campaign->add_option("-o,--output", output, "campaign.tsv to write")->required();
  campaign->add_option("--seconds", seconds, "the campaign's run time, for the summary");

  std::string campaigns, work, explained, commit = "an unknown commit";
  auto* rep = app.add_subcommand("report", "gather every campaign's results into mutation.md and mutation.tsv");
  rep->add_option("--campaigns", campaigns, "the campaign list (cimgen list --campaigns)")
      ->required()
      ->check(CLI::ExistingFile);
  rep->add_option("--work", work, "where the campaigns worked: WORK/BLOCK/CFG/campaign.tsv")->required();
  rep->add_option("--explained", explained, "explained survivors (tools/mutate_explained.tsv)")
      ->required()
      ->check(CLI::ExistingFile);
  rep->add_option("--commit", commit, "the commit the report names");
  rep->add_option("-o,--output", output, "directory for mutation.md and mutation.tsv")->required();

  CLI11_PARSE(app, argc, argv);
  try {
    if (*schema) {
      if (module.empty()) module = fs::path(input).stem().string();
      const Schema s = make_schema(slurp(input), module);
      std::string tsv = "id\tline\tkind\tdescription\n";
      for (const auto& m : s.mutants) tsv += fmt::format("{}\t{}\t{}\t{}\n", m.id, m.line, m.kind, m.what);
      write_all({{output, s.verilog}, {list, tsv}});
      std::printf("%s: %zu mutants of module %s\n", output.c_str(), s.mutants.size(), module.c_str());
    } else if (*pick) {
      const auto mutants = list_of(list);
      const auto ids = sampled(mutants, sample);
      if (rerun.empty()) {
        for (int i : ids) std::printf("%d\n", i);
        return 0;
      }
      // Only the last run's survivors run again; its kills stand, so its mutants must be these.
      std::istringstream in(slurp(rerun));
      const auto prev = read_rows(in);
      std::map<int, const Listed*> by_id;
      for (const auto& l : mutants) by_id[l.id] = &l;
      bool same = prev.size() == ids.size();
      for (size_t i = 0; same && i < prev.size(); ++i) {
        const Listed& l = *by_id.at(ids[i]);
        same = prev[i].id == l.id && prev[i].line == l.line && prev[i].kind == l.kind && prev[i].what == l.what;
      }
      if (!same) throw std::runtime_error("--rerun: the mutants changed since the last run: run the campaign in full");
      std::string keep;
      for (const auto& r : prev) {
        if (r.result == "survived" || r.result == "undecided")
          std::printf("%d\n", r.id);
        else
          keep += fmt::format("{} {}\n", r.id, r.result);
      }
      if (!kept.empty()) write_all({{kept, keep}});
    } else if (*signal) {
      for (const auto& l : list_of(list))
        if (l.id == id) {
          const std::string sig = mutated_signal(l.what);
          if (rtl.empty() || sig.empty()) {
            std::printf("%s\n", sig.c_str());
          } else {
            for (const auto& n : flat_names(slurp(rtl), sig)) std::printf("%s\n", n.c_str());
          }
          return 0;
        }
      throw std::runtime_error(fmt::format("--id {}: no such mutant in {}", id, list));
    } else if (*campaign) {
      const auto mutants = list_of(list);
      std::istringstream in(slurp(results));
      const auto rows = join(block, cfg, mutants, in);
      write_all({{output, write_rows(rows, false)}});
      std::printf("%s\n", summary_line(block, cfg, int(mutants.size()), score(rows), seconds).c_str());
    } else if (*rep) {
      std::vector<Row> rows;
      std::istringstream list_in(slurp(campaigns));
      for (std::string line; std::getline(list_in, line);) {
        std::istringstream f(line);
        if (!(f >> block >> cfg)) continue;
        const fs::path tsv = fs::path(work) / block / cfg / "campaign.tsv";
        if (!fs::exists(tsv)) continue;
        std::istringstream in(slurp(tsv.string()));
        for (auto& r : read_rows(in)) rows.push_back(std::move(r));
      }
      std::istringstream ex(slurp(explained));
      explain(rows, read_explained(ex));
      fs::create_directories(output);
      write_all({{(fs::path(output) / "mutation.md").string(), report(rows, commit)},
                 {(fs::path(output) / "mutation.tsv").string(), write_rows(rows, true)}});
      std::printf("report: %s/mutation.md\n", output.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cimgen-mutate: %s\n", e.what());
    return 1;
  }
  return 0;
}
