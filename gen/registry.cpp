// The block registry, expanded from gen/blocks.def.
#include "block.hpp"

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

}  // namespace cimgen
