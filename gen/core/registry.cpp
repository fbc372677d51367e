// The block registry, expanded from blocks/blocks.def.
#include "block.hpp"

#include <fmt/format.h>

namespace cimgen {

#define CIMGEN_BLOCK(name) const Block& name##_block();
#include "blocks.def"
#undef CIMGEN_BLOCK

const std::vector<const Block*>& registry() {
  static const std::vector<const Block*> blocks = {
#define CIMGEN_BLOCK(name) &name##_block(),
#include "blocks.def"
#undef CIMGEN_BLOCK
  };
  return blocks;
}

const Block* find_block(const std::string& name) {
  for (const Block* b : registry())
    if (b->name() == name) return b;
  return nullptr;
}

std::string rule_violation(const Block& b, const Params& p) {
  const auto specs = b.params();
  for (const auto& r : b.rules()) {
    if (r.holds(p)) continue;
    std::vector<std::string> got;
    for (const auto& n : r.names)
      for (const auto& s : specs)
        if (s.name == n) got.push_back(n + "=" + s.value_text(p[n]));
    std::string why = fmt::format("{}: {} (got {})", b.name(), r.text, fmt::join(got, ", "));
    if (r.hint) why += ": " + r.hint(p);
    return why;
  }
  return "";
}

namespace spec {
vlog::ResetStyle reset_style(const Params& p) {
  return p.get("RST") == 0 ? vlog::ResetStyle::AsyncLow : vlog::ResetStyle::SyncLow;
}
std::string reset_doc(const Params& p) {
  return p.get("RST") == 0 ? "asynchronous reset, active low" : "synchronous reset, active low";
}
cim::WEnc weight_encoding(const Params& p) { return static_cast<cim::WEnc>(p.get("w_enc")); }
Rule differential_needs_pw2() {
  return {"w_enc=differential needs PW >= 2", {"w_enc", "PW"}, [](const Params& p) {
            return !(weight_encoding(p) == cim::WEnc::Differential && p.get("PW") < 2);
          }};
}
}  // namespace spec

Params configure(const Block& sub, const Params& values) {
  std::vector<std::string> assignments;
  for (const auto& s : sub.params())
    if (values.has(s.name)) assignments.push_back(fmt::format("{}={}", s.name, s.value_text(values[s.name])));
  try {
    const Params p = bind_params(sub.params(), assignments, sub.name());
    sub.derive(p);
    return p;
  } catch (const UserError& e) {
    throw std::logic_error(fmt::format("{} configured as a sub-block: {}", sub.name(), e.what()));
  }
}

std::vector<Derived> Block::derive(const Params& p) const {
  if (const std::string why = rule_violation(*this, p); !why.empty()) throw UserError(why);
  return values(p);
}

}  // namespace cimgen
