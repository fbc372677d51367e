#include "mutate.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

namespace cimgen::mutate {
namespace {

// Binary operators as the generator writes them (a space either side) and the
// operator each is swapped for.
const std::vector<std::pair<std::string, std::string>> kSwaps = {
    {"+", "-"},   {"-", "+"},   {"&&", "||"}, {"||", "&&"}, {"&", "|"},   {"|", "&"},
    {"^", "|"},   {"==", "!="}, {"!=", "=="}, {"<", "<="},  {"<=", "<"},  {">", ">="},
    {">=", ">"},  {"<<", ">>"}, {">>", "<<"},
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A statement the generator broke over several lines (vlog::wrap_lines) joined back into one:
// its continuation lines stripped of their indentation and joined with one space. An assignment
// runs to its `;`, an `if` to its `begin`. Sets `next` to the line after the statement.
std::string statement_at(const std::vector<std::string>& lines, std::size_t i, std::size_t& next) {
  static const std::regex assignment(R"(^\s*(assign |[A-Za-z_]\w*(\[[^\]]*\])? <?= ).*)");
  static const std::regex condition(R"(^\s*(end else )?if \(.*)");
  std::string s = lines[i];
  next = i + 1;
  const char* tail = std::regex_match(s, assignment) ? ";" : std::regex_match(s, condition) ? " begin" : nullptr;
  if (!tail) return s;
  while (!ends_with(s, tail) && next < lines.size()) {
    const auto& l = lines[next++];
    s += " " + l.substr(std::min(l.size(), l.find_first_not_of(' ')));
  }
  return s;
}

// Width of an assignment target: a declared name, one bit of it, a part of it,
// or a word of a memory. Nothing when it is not a plain target (a concatenation).
std::optional<int> target_width(const std::string& lhs, const std::map<std::string, int>& widths,
                                const std::set<std::string>& memories) {
  static const std::regex re(R"(^([A-Za-z_]\w*)(\[(\d+)(:(\d+))?\])?$)");
  static const std::regex word(R"(^([A-Za-z_]\w*)\[.*\]$)");
  std::smatch m;
  if (std::regex_match(lhs, m, re) && !memories.count(m[1])) {
    const auto it = widths.find(m[1]);
    if (it == widths.end()) return std::nullopt;
    if (!m[2].matched) return it->second;
    if (!m[4].matched) return 1;
    return std::stoi(m[3]) - std::stoi(m[5]) + 1;
  }
  if (std::regex_match(lhs, m, word)) {
    const auto it = widths.find(m[1]);
    if (it == widths.end()) return std::nullopt;
    if (memories.count(m[1])) return it->second;  // a memory word has the memory's width
    return 1;                                     // one bit, at an index computed at elaboration (a genvar's)
  }
  return std::nullopt;
}

// The schema's selection: variant k when the mutant number is its id, else the original.
std::string select(const std::string& original, const std::vector<std::pair<int, std::string>>& alts) {
  std::string out;
  for (const auto& [id, text] : alts) out += fmt::format("(cimgen_mutant == {}) ? ({}) : ", id, text);
  return out + "(" + original + ")";
}

}  // namespace

std::vector<Variant> expression_variants(const std::string& expr) {
  std::vector<std::pair<std::size_t, Variant>> found;
  for (const auto& [from, to] : kSwaps) {
    const std::string pat = " " + from + " ";
    for (std::size_t at = expr.find(pat); at != std::string::npos; at = expr.find(pat, at + 1))
      found.push_back({at, {"operator", fmt::format("`{}` -> `{}`", from, to),
                            expr.substr(0, at) + " " + to + " " + expr.substr(at + pat.size())}});
  }
  // Sized decimal constants one up and one down, where the value still fits.
  static const std::regex lit(R"((\d+)'d(\d+))");
  for (auto it = std::sregex_iterator(expr.begin(), expr.end(), lit); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    const int w = std::stoi(m[1]);
    const unsigned long long v = std::stoull(m[2]);
    const auto at = static_cast<std::size_t>(m.position(0));
    const auto len = static_cast<std::size_t>(m.length(0));
    auto with = [&](unsigned long long nv) {
      return expr.substr(0, at) + fmt::format("{}'d{}", w, nv) + expr.substr(at + len);
    };
    if (w < 64 && v + 1 < (1ULL << w))
      found.push_back({at, {"constant", fmt::format("`{}` -> `{}'d{}`", m.str(0), w, v + 1), with(v + 1)}});
    if (v > 0) found.push_back({at, {"constant", fmt::format("`{}` -> `{}'d{}`", m.str(0), w, v - 1), with(v - 1)}});
  }
  // Logical negations removed.
  for (std::size_t at = expr.find('!'); at != std::string::npos; at = expr.find('!', at + 1))
    if (at + 1 < expr.size() && expr[at + 1] != '=')
      found.push_back({at, {"negation", "`!` removed", expr.substr(0, at) + expr.substr(at + 1)}});
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Variant> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::vector<std::string> flat_names(const std::string& text, const std::string& name) {
  // A loop as vlog writes it: `for (v = 0; v < N; ...) begin : label`, or in blocks, an outer
  // `for (v_blk ...) begin : label_blk` around `for (v = ...; (...) && (v < N); ...) begin : label`. Loops
  // nest; a loop ends at the `end` indented as its `for`.
  static const std::regex loop(R"(^(\s*)for \((\w+) = .*; (?:\(.*\) && \()?\2 < (\d+)\)?; .*\) begin : (\w+)$)");
  const std::regex decl(R"(^\s*(?:reg|wire)\s+(?:signed\s+)?(?:\[\d+:\d+\]\s*)?)" + name + R"(\b.*)");
  struct Loop {
    std::string end, label;
    int count;
  };
  std::vector<Loop> open;
  for (const auto& line : split_lines(text)) {
    std::smatch m;
    if (!open.empty() && line == open.back().end) {
      open.pop_back();
    } else if (std::regex_match(line, m, loop)) {
      open.push_back({m[1].str() + "end", m[4].str(), std::stoi(m[3])});
    } else if (!open.empty() && std::regex_match(line, decl)) {
      std::vector<std::string> out{name};
      for (size_t j = open.size(); j-- > 0;) {
        const Loop& l = open[j];
        if (ends_with(l.label, "_blk")) continue;
        std::vector<std::string> wider;
        for (int it = 0; it < l.count; ++it)
          for (const auto& f : out)
            wider.push_back(l.count > 1024 ? fmt::format("{0}_blk[{1}].{0}[{2}].{3}", l.label, it / 1024, it, f)
                                           : fmt::format("{}[{}].{}", l.label, it, f));
        out = wider;
      }
      return out;
    }
  }
  return {name};
}

Schema make_schema(const std::string& text, const std::string& module) {
  const auto lines = split_lines(text);
  const std::regex head("^module " + module + R"(\b.*)");
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (std::regex_match(lines[i], head)) {
      first = i;
      break;
    }
  if (first == lines.size()) throw std::runtime_error(fmt::format("module {} not found", module));
  std::size_t body = first;
  while (body < lines.size() && lines[body] != ");") ++body;
  if (body == lines.size()) throw std::runtime_error(fmt::format("module {}: end of the port list not found", module));

  // Declared widths, ports included.
  static const std::regex decl(
      R"(^\s*(?:input|output|inout)?\s*(?:wire|reg)\s+(?:signed\s+)?(?:\[(\d+):(\d+)\]\s*)?([A-Za-z_]\w*).*)");
  static const std::regex memory_decl(R"(^\s*reg\s+(?:\[\d+:\d+\]\s*)?([A-Za-z_]\w*)\s*\[.*)");
  std::map<std::string, int> widths;
  std::set<std::string> memories;
  for (std::size_t i = first; i < lines.size() && lines[i] != "endmodule"; ++i) {
    std::smatch m;
    if (std::regex_match(lines[i], m, decl))
      widths[m[3]] = m[1].matched ? std::stoi(m[1]) - std::stoi(m[2]) + 1 : 1;
    if (std::regex_match(lines[i], m, memory_decl)) memories.insert(m[1]);
  }

  static const std::regex assign_re(R"(^(\s*assign )(.+?) = (.*);$)");
  static const std::regex nonblocking_re(R"(^(\s*)([A-Za-z_]\w*(?:\[[^\]]*\])?) <= (.*);$)");
  static const std::regex blocking_re(R"(^(\s*)([A-Za-z_][^ ]*) = (.*);$)");
  static const std::regex if_re(R"(^(\s*(?:end else )?if )\((.*)\)( begin)$)");

  Schema schema;
  std::string out;
  for (std::size_t i = 0; i <= body; ++i) out += lines[i] + "\n";
  out +=
      "  // mutant schema (cimgen-mutate): mutant 0 is the original design\n"
      "`ifdef MUTANT\n"
      "  localparam integer cimgen_mutant = `MUTANT;\n"
      "`else\n"
      "  integer cimgen_mutant;\n"
      "  initial if (!$value$plusargs(\"mutant=%d\", cimgen_mutant)) cimgen_mutant = 0;\n"
      "`endif\n";
  bool in_formal = false;
  for (std::size_t i = body + 1, next = 0; i < lines.size(); i = next) {
    const std::string l = in_formal ? lines[i] : statement_at(lines, i, next);
    if (in_formal) next = i + 1;
    if (l == "`ifdef FORMAL") in_formal = true;
    if (l == "`endif  // FORMAL") in_formal = false;
    std::smatch m;
    std::vector<Variant> vars;
    std::string prefix, target, expr, suffix;
    const auto text_at = l.find_first_not_of(' ');
    if (in_formal || text_at == std::string::npos || l.compare(text_at, 2, "//") == 0) {
      // properties and comments stay as they are
    } else if (std::regex_match(l, m, if_re)) {
      prefix = m[1].str() + "(";
      expr = m[2];
      suffix = ")" + m[3].str();
      vars.push_back({"condition", "condition inverted", "!(" + expr + ")"});
      target = "if";
    } else {
      const bool nonblocking = std::regex_match(l, m, nonblocking_re);
      if (nonblocking || std::regex_match(l, m, assign_re) || std::regex_match(l, m, blocking_re)) {
        target = m[2];
        expr = m[3];
        prefix = m[1].str() + target + (nonblocking ? " <= " : " = ");
        suffix = ";";
        if (nonblocking) vars.push_back({"drop", "assignment dropped", target});
        static const std::regex literal(R"(\d+'[bdh][0-9a-fA-F]+)");
        const auto w = target_width(target, widths, memories);
        if (w && !std::regex_match(expr, literal)) {  // a constant is mutated as one
          vars.push_back({"stuck0", "bit 0 stuck at 0", fmt::format("({}) & ~{}'d1", expr, *w)});
          vars.push_back({"stuck1", "bit 0 stuck at 1", fmt::format("({}) | {}'d1", expr, *w)});
        }
      }
    }
    // A signed expression is left alone: an unsigned variant beside it in the
    // selection would make the whole selection unsigned (and >>> logical).
    if (expr.find("$signed") != std::string::npos || expr.find(">>>") != std::string::npos) {
      vars.clear();
      prefix.clear();
    }
    if (!prefix.empty())
      for (auto& v : expression_variants(expr)) vars.push_back(std::move(v));
    if (vars.empty()) {
      for (std::size_t k = i; k < next; ++k) out += lines[k] + "\n";
      continue;
    }
    std::vector<std::pair<int, std::string>> alts;
    for (auto& v : vars) {
      const int id = static_cast<int>(schema.mutants.size()) + 1;
      schema.mutants.push_back({id, static_cast<int>(i) + 1, v.kind, fmt::format("{}: {}", target, v.what)});
      alts.push_back({id, v.expr});
    }
    out += prefix + select(expr, alts) + suffix + "\n";
  }
  schema.verilog = out;
  return schema;
}

}  // namespace cimgen::mutate
