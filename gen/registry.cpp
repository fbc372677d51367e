// The one list of blocks. Adding a block: write gen/<block>.cpp defining
// `const Block& <block>_block()`, declare it below and add one line to the list.
#include "block.hpp"

namespace cimgen {

const Block& shift_add_block();

const std::vector<const Block*>& registry() {
  static const std::vector<const Block*> blocks = {
      &shift_add_block(),
  };
  return blocks;
}

const Block* find_block(const std::string& name) {
  for (const Block* b : registry())
    if (b->name() == name) return b;
  return nullptr;
}

}  // namespace cimgen
