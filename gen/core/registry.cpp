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

std::vector<Derived> Block::derive(const Params& p) const {
  if (const std::string why = rule_violation(*this, p); !why.empty()) throw UserError(why);
  return values(p);
}

}  // namespace cimgen
