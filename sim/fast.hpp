// Fast paths of the crossbar model for whole layers.
//   Ideal: bit-plane packing and popcount. A bit-line sum is
//   sum over DAC bits d and cell bits p of 2^(d+p) * popcount(x_d & w_p),
//   with rows packed 64 to a word, for any PD and PR.
//   Non-ideal: per-cell effective values (computed once per layer by
//   Crossbar) times the slice values, in contiguous loops.
#pragma once

#include "crossbar.hpp"

#include <cstdint>
#include <vector>

namespace cim {

class PackedLayer {
 public:
  PackedLayer(const Layer& L, const std::vector<std::vector<int64_t>>& W);
  // All ideal bit-line sums of one input vector: slice t of column col = (c * SETS + set) * J + j at
  // conversion_slot(t, col, columns()).
  void sums(const std::vector<int64_t>& x, std::vector<int64_t>& out) const;
  int slices() const { return T_; }
  int columns() const { return cols_; }

 private:
  Layer L_;
  int R_, C_, J_, S_, T_, cols_, words_;
  AlignedVector<uint64_t> wplanesT_;  // [p][word][col]; [p][word][low, high nibbles][col] for the AVX2 loops
  mutable std::vector<uint64_t> xplanes_;  // [t][d][word], scratch
  mutable std::vector<int> ws_;            // the words of one slice's DAC bit that are not 0, scratch
  mutable std::vector<uint64_t> xw_;       // and their values
};

// The instruction set the fast paths' inner loops were chosen for on this CPU (when the library loaded).
const char* fast_path_isa();

// All real ADC inputs v of one vector (non-ideal model), at the same slots.
void all_v(const Crossbar& xb, const std::vector<int64_t>& x, int k, uint64_t vector, std::vector<double>& out);

}  // namespace cim
