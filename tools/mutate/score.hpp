// Scoring of mutation campaigns (make mutate): which mutants run, how each
// campaign's results join its mutant list, survivors explained as equivalent,
// kill rates and the report tables (docs/mutation.md and docs/mutation.tsv).
// tools/mutate.sh runs the mutants; everything it counts is here.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cimgen::mutate {

// One mutant of a campaign: a row of docs/mutation.tsv.
struct Row {
  std::string block, cfg;
  int id = 0, line = 0;
  std::string kind, what;
  // sim | timeout | formal (killed); proved | equiv (equivalent); explained; survived | undecided
  std::string result;
  std::string why;  // the explanation of an explained survivor
};

// A line of the mutant list (cimgen-mutate schema --list): id, line, kind, description.
struct Listed {
  int id = 0, line = 0;
  std::string kind, what;
};
std::vector<Listed> read_list(std::istream& in);  // skips the header line

// The ids a campaign runs: every sample-th mutant (1, 1 + sample, ...).
std::vector<int> sampled(const std::vector<Listed>& list, int sample);

// The signal a mutant changes (the name before ':' in its description, without an index), which
// Yosys' equiv_make may not match by name; empty for a mutated `if` condition.
std::string mutated_signal(const std::string& what);

// A campaign's rows: its mutant list joined with "ID RESULT" lines, in the order of the list.
std::vector<Row> join(const std::string& block, const std::string& cfg, const std::vector<Listed>& list,
                      std::istream& results);

// Rows of docs/mutation.tsv or a campaign.tsv (with or without the header and the why column).
std::vector<Row> read_rows(std::istream& in);
// Writes rows as a campaign.tsv (no header, no why) or, with `final`, as docs/mutation.tsv.
std::string write_rows(const std::vector<Row>& rows, bool final);

// Explained survivors (tools/mutate_explained.tsv): the key block, block/configuration, block:line or
// block/configuration:line, the mutant's description, why. A survived or undecided row with a matching
// explanation becomes "explained"; the most specific key wins.
struct Explanation {
  std::string key, what, why;
};
std::vector<Explanation> read_explained(std::istream& in);
void explain(std::vector<Row>& rows, const std::vector<Explanation>& explanations);

// Counts of one campaign, block or report.
struct Score {
  int run = 0, sim = 0, timeout = 0, formal = 0, proved = 0, equiv = 0, explained = 0, survived = 0;
  void add(const std::string& result);  // throws std::runtime_error on an unknown result
  int killed() const { return sim + timeout + formal; }
  int equivalent() const { return proved + equiv; }
  // killed / (run - equivalent - explained), 100 when nothing is left to kill
  double kill_rate() const;
};
Score score(const std::vector<Row>& rows);

// The line make mutate prints when a campaign ends.
std::string summary_line(const std::string& block, const std::string& cfg, int mutants, const Score& s, long seconds);

// docs/mutation.md: per configuration, per block, the survivors and the explained survivors.
std::string report(const std::vector<Row>& rows, const std::string& commit);

}  // namespace cimgen::mutate
