// Systematic mutation of generated Verilog (make mutate, issue 7).
//
// A mutant is one small change to one statement of a generated module: an
// operator swapped, a constant off by one, a logical negation removed or a
// condition inverted, an assignment dropped, the low bit of a value stuck at 0
// or 1. All mutants of a module are written into one file as a mutant schema:
// each mutated statement selects its variant by comparing a mutant number with
// the mutant's id, so one Verilator build runs every mutant (`+mutant=ID` at
// run time; 0 is the original) and Yosys reads one mutant with -DMUTANT=ID.
#pragma once

#include <string>
#include <vector>

namespace cimgen::mutate {

struct Mutant {
  int id = 0;        // 1..n; 0 is the unmutated design
  int line = 0;      // 1-based line of the mutated statement in the input
  std::string kind;  // operator, constant, negation, condition, drop, stuck0, stuck1
  std::string what;  // "a + b -> a - b" style description
};

struct Schema {
  std::string verilog;  // the module with every mutant behind its id
  std::vector<Mutant> mutants;
};

// Mutates module `module` of the generated Verilog `text`: the statements from
// its port list's end to its `ifdef FORMAL section (the properties are never
// mutated) or endmodule. Throws std::runtime_error if the module is missing.
Schema make_schema(const std::string& text, const std::string& module);

// One changed expression: its kind (operator, constant, negation), what changed
// and the new text.
struct Variant {
  std::string kind, what, expr;
};

// The names Yosys gives signal `name` of the generated Verilog `text` once the design is flattened: `name`
// itself, or, for a signal a generate loop declares, `label[i].name` for each of its iterations
// (`label_blk[i / 1024].label[i].name` for a loop run in blocks).
std::vector<std::string> flat_names(const std::string& text, const std::string& name);

// The variants of one expression: every single operator swap, constant off by
// one and removed `!`, in order of position (exposed for the unit tests).
std::vector<Variant> expression_variants(const std::string& expr);

}  // namespace cimgen::mutate
