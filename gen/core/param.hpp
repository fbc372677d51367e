// Generation parameters: one declaration per parameter (type, default, legal
// range, doc) and one validation path that every block and subcommand uses.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace cimgen {

// A user error (bad parameter, bad file, bad command line): printed as one
// line, exit code 2, nothing written.
class UserError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ParamSpec {
  enum class Type { Int, Enum };
  std::string name;
  Type type = Type::Int;
  int64_t def = 0;
  int64_t min = 0, max = 0;              // Int
  std::vector<std::string> choices;      // Enum: value is the index
  std::string doc;

  static ParamSpec integer(std::string name, int64_t def, int64_t min, int64_t max, std::string doc);
  static ParamSpec choice(std::string name, std::vector<std::string> choices, int def, std::string doc);

  std::string range_text() const;       // "1..8" or "unsigned|offset|differential"
  std::string value_text(int64_t v) const;
  int64_t parse(const std::string& text) const;  // throws UserError naming the parameter
};

// SPEC.md section 1's names and legal ranges, shared by every block and
// subcommand that takes them; the doc and default are the caller's.
namespace spec {
ParamSpec PI(int def, std::string doc);
ParamSpec PW(int def, std::string doc);
ParamSpec PD(int def, std::string doc);
ParamSpec PR(int def, std::string doc);
// ADC resolution, 1..12; a block whose SAR needs a second bit (the TRQ search) asks for min = 2.
ParamSpec N(int def, std::string doc, int min = 1);
ParamSpec R(int def, std::string doc, int max = 4096);  // rows of one array (a block may allow fewer)
ParamSpec COLS(int def, std::string doc);               // physical columns of one array, 1..512
ParamSpec NADC(int def, std::string doc);               // ADCs of one array, 1..512 (a divisor of COLS)
ParamSpec KMAX(int def, std::string doc);               // largest run-time ADC gain shift k, 0..15
ParamSpec W_ENC(int def, std::string doc);              // w_enc: unsigned | offset | differential
ParamSpec RST();                                        // reset style of rst_ni: async | sync
}  // namespace spec

// Values of a block's parameters, keyed by name; always complete (defaults
// filled in) once built by `bind`.
class Params {
 public:
  int64_t operator[](const std::string& name) const;
  int get(const std::string& name) const { return static_cast<int>((*this)[name]); }
  void set(const std::string& name, int64_t value) { values_[name] = value; }
  bool has(const std::string& name) const { return values_.count(name) != 0; }
  const std::map<std::string, int64_t>& values() const { return values_; }

 private:
  std::map<std::string, int64_t> values_;
};

// Parses "NAME=VALUE" assignments, fills defaults and checks every value
// against its spec. Unknown names, malformed assignments and a name assigned
// twice are UserErrors.
Params bind_params(const std::vector<ParamSpec>& specs, const std::vector<std::string>& assignments,
            const std::string& block);

// Reads NAME = VALUE pairs from a TOML/INI config file (CLI11's parser) and
// returns them as assignments, to be placed before the command line's. Lines
// under a [section] apply only when `block` is that section's name (a section
// must name one of `blocks`). UserError naming the file (and the line where
// it can) for a directory, a binary file, a line without a value, a parameter
// set twice or given several values, and a section that names no block.
std::vector<std::string> read_config_assignments(const std::string& path, const std::string& block,
                                                 const std::vector<std::string>& blocks);

// The config file's assignments followed by the command line's, without those
// of the file that the command line overrides.
std::vector<std::string> override_assignments(const std::vector<std::string>& file,
                                              const std::vector<std::string>& command_line);

// A whole number of an option (--seed), min..max, as written: no sign where min
// is 0, no wrap-around past the top. UserError naming the option otherwise.
uint64_t parse_count(const std::string& option, const std::string& text, uint64_t min, uint64_t max);

// A comma-separated list of such numbers (--vectors 10,10,10): no empty element.
std::vector<int> parse_count_list(const std::string& option, const std::string& text, int min, int max);

// "N=8 PD=1 ..." in spec order, for headers and manifests.
std::string params_text(const std::vector<ParamSpec>& specs, const Params& p);

// One-line-per-parameter help table.
std::string params_help(const std::vector<ParamSpec>& specs);

// Throws UserError("<block>: <what>") unless cond holds: the generator's
// require(), for rules between parameters.
void require(bool cond, const std::string& block, const std::string& what);

}  // namespace cimgen
