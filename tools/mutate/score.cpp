#include "score.hpp"

#include <fmt/format.h>

#include <istream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace cimgen::mutate {
namespace {

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> f;
  std::string cur;
  for (char c : line) {
    if (c == '\t') {
      f.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  f.push_back(cur);
  return f;
}

int number(const std::string& s, const std::string& what) {
  try {
    size_t used = 0;
    const int v = std::stoi(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  throw std::runtime_error(fmt::format("{}: '{}' is not a number", what, s));
}

const char* const kHeader = "block\tconfiguration\tid\tline\tkind\tdescription\tresult";

}  // namespace

std::vector<Listed> read_list(std::istream& in) {
  std::vector<Listed> list;
  std::string line;
  std::getline(in, line);  // id line kind description
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto f = fields(line);
    if (f.size() < 4) throw std::runtime_error(fmt::format("mutant list: '{}' has fewer than 4 columns", line));
    list.push_back({number(f[0], "mutant id"), number(f[1], "mutant line"), f[2], f[3]});
  }
  return list;
}

std::vector<int> sampled(const std::vector<Listed>& list, int sample) {
  if (sample < 1) throw std::runtime_error(fmt::format("sample {}: must be at least 1", sample));
  std::vector<int> ids;
  for (const auto& l : list)
    if ((l.id - 1) % sample == 0) ids.push_back(l.id);
  return ids;
}

std::string mutated_signal(const std::string& what) {
  std::string name = what.substr(0, what.find(':'));
  name = name.substr(0, name.find('['));
  return name == "if" ? "" : name;
}

std::vector<Row> join(const std::string& block, const std::string& cfg, const std::vector<Listed>& list,
                      std::istream& results) {
  std::map<int, std::string> result;
  int id = 0;
  for (std::string r; results >> id >> r;) result[id] = r;
  std::vector<Row> rows;
  for (const auto& l : list) {
    const auto it = result.find(l.id);
    if (it != result.end()) rows.push_back({block, cfg, l.id, l.line, l.kind, l.what, it->second, ""});
  }
  return rows;
}

std::vector<Row> read_rows(std::istream& in) {
  std::vector<Row> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.rfind(kHeader, 0) == 0) continue;
    const auto f = fields(line);
    if (f.size() < 7) throw std::runtime_error(fmt::format("mutation results: '{}' has fewer than 7 columns", line));
    rows.push_back({f[0], f[1], number(f[2], "mutant id"), number(f[3], "mutant line"), f[4], f[5], f[6],
                    f.size() > 7 ? f[7] : ""});
  }
  return rows;
}

std::string write_rows(const std::vector<Row>& rows, bool final) {
  std::string out = final ? std::string(kHeader) + "\twhy\n" : "";
  for (const auto& r : rows) {
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}", r.block, r.cfg, r.id, r.line, r.kind, r.what, r.result);
    out += final ? "\t" + r.why + "\n" : "\n";
  }
  return out;
}

std::vector<Explanation> read_explained(std::istream& in) {
  std::vector<Explanation> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = fields(line);
    if (f.size() < 3) continue;
    out.push_back({f[0], f[1], f[2]});
  }
  return out;
}

void explain(std::vector<Row>& rows, const std::vector<Explanation>& explanations) {
  std::map<std::pair<std::string, std::string>, std::string> why;  // a later line overrides an earlier one
  for (const auto& e : explanations) why[{e.key, e.what}] = e.why;
  for (auto& r : rows) {
    if (r.result != "survived" && r.result != "undecided") continue;
    const std::string line = fmt::format(":{}", r.line), bc = r.block + "/" + r.cfg;
    for (const auto& key : {bc + line, bc, r.block + line, r.block}) {
      const auto it = why.find({key, r.what});
      if (it == why.end()) continue;
      r.result = "explained";
      r.why = it->second;
      break;
    }
  }
}

void Score::add(const std::string& result) {
  ++run;
  if (result == "sim") ++sim;
  else if (result == "timeout") ++timeout;
  else if (result == "formal") ++formal;
  else if (result == "proved") ++proved;
  else if (result == "equiv") ++equiv;
  else if (result == "explained") ++explained;
  else if (result == "survived" || result == "undecided") ++survived;
  else throw std::runtime_error(fmt::format("mutation results: unknown result '{}'", result));
}

double Score::kill_rate() const {
  const int live = run - equivalent() - explained;
  return live ? 100.0 * killed() / live : 100.0;
}

Score score(const std::vector<Row>& rows) {
  Score s;
  for (const auto& r : rows) s.add(r.result);
  return s;
}

std::string summary_line(const std::string& block, const std::string& cfg, int mutants, const Score& s, long seconds) {
  return fmt::format("{:<10} {:<22} {:5} mutants, {:5} run, {:5} killed, {:4} equivalent, {:4} survived, "
                     "kill rate {:5.1f}%  {:4}s",
                     block, cfg, mutants, s.run, s.killed(), s.equivalent(), s.survived + s.explained,
                     s.kill_rate(), seconds);
}

std::string report(const std::vector<Row>& rows, const std::string& commit) {
  // Groups in order of first appearance.
  std::vector<std::string> cfg_order, block_order;
  std::map<std::string, Score> by_cfg, by_block;
  for (const auto& r : rows) {
    const std::string k = r.block + "\t" + r.cfg;
    if (!by_cfg.count(k)) cfg_order.push_back(k);
    if (!by_block.count(r.block)) block_order.push_back(r.block);
    by_cfg[k].add(r.result);
    by_block[r.block].add(r.result);
  }
  std::string md = fmt::format(
      "# Mutation testing\n\n"
      "Written by `make mutate` (tools/mutate.sh) on {};\n"
      "see the script's header for the mutant kinds and how each mutant is classified.\n"
      "The kill rate is killed / (run - equivalent - explained); equivalent is proved (Yosys equiv_induct) or\n"
      "bounded (a miter saw no difference).\n\n"
      "| block | configuration | run | killed (sim / timeout / formal) | equivalent (proved / bounded) | explained "
      "| survived | kill rate |\n"
      "|---|---|---:|---:|---:|---:|---:|---:|\n",
      commit);
  for (const auto& k : cfg_order) {
    const Score& s = by_cfg[k];
    const auto tab = k.find('\t');
    md += fmt::format("| {} | {} | {} | {} ({} / {} / {}) | {} ({} / {}) | {} | {} | {:.1f}% |\n", k.substr(0, tab),
                      k.substr(tab + 1), s.run, s.killed(), s.sim, s.timeout, s.formal, s.equivalent(), s.proved,
                      s.equiv, s.explained, s.survived, s.kill_rate());
  }
  md +=
      "\n## Per block\n\n"
      "| block | run | killed | equivalent or explained | survived | kill rate |\n"
      "|---|---:|---:|---:|---:|---:|\n";
  for (const auto& b : block_order) {
    const Score& s = by_block[b];
    md += fmt::format("| {} | {} | {} | {} | {} | {:.1f}% |\n", b, s.run, s.killed(), s.equivalent() + s.explained,
                      s.survived, s.kill_rate());
  }
  md +=
      "\n## Survivors\n\n"
      "Mutants the testbenches and proofs did not kill and the miter told from the original (survived) or\n"
      "could not decide on within its time limit (undecided).\n\n"
      "| block | configuration | line | mutant | miter |\n"
      "|---|---|---:|---|---|\n";
  for (const auto& r : rows)
    if (r.result == "survived" || r.result == "undecided")
      md += fmt::format("| {} | {} | {} | {} ({}) | {} |\n", r.block, r.cfg, r.line, r.what, r.kind, r.result);
  md +=
      "\n## Explained survivors\n\n"
      "Survivors that tools/mutate_explained.tsv shows to be equivalent at the block's interface.\n\n"
      "| block | mutant | configuration:line | why it is equivalent |\n"
      "|---|---|---|---|\n";
  // One row per explanation, with every configuration:line it explains (once: a line can hold several
  // mutants with the same description, e.g. one constant that occurs twice).
  std::vector<std::string> order;
  std::map<std::string, std::string> where;
  std::set<std::string> listed;
  for (const auto& r : rows) {
    if (r.result != "explained") continue;
    const std::string k = r.block + "\t" + r.what + "\t" + r.why, at = fmt::format("{}:{}", r.cfg, r.line);
    auto [it, fresh] = where.try_emplace(k, "");
    if (fresh) order.push_back(k);
    if (listed.insert(k + "\t" + at).second) it->second += (it->second.empty() ? "" : ", ") + at;
  }
  for (const auto& k : order) {
    const auto t1 = k.find('\t'), t2 = k.find('\t', t1 + 1);
    md += fmt::format("| {} | {} | {} | {} |\n", k.substr(0, t1), k.substr(t1 + 1, t2 - t1 - 1), where[k],
                      k.substr(t2 + 1));
  }
  return md;
}

}  // namespace cimgen::mutate
