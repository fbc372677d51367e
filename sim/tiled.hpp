// A layer larger than one array (issue 21, part 2): K inputs x M neurons split
// over ceil(K/R) x ceil(M/neurons_per_array) arrays of R rows x COLS columns,
// as ISAAC and NeuroSim map them. Each array is a Crossbar with its block of
// the weights; its bit-line sums are converted by its own ADCs and
// shift-and-added (its partial dot products, the encoding's correction
// included); the partial sums of the arrays of one neuron are added digitally.
#pragma once

#include "crossbar.hpp"
#include "workload.hpp"

#include <cstdint>
#include <vector>

namespace cim {

struct ArrayShape {
  int R = 64;      // rows of one array
  int COLS = 64;   // physical columns of one array
  int NADC = 2;    // ADCs per array (each converts COLS/NADC columns), for the cycle count
  int SETTLE = 2;  // bit-line settle cycles per slice, for the cycle count
};

// Empty if the layer fits the shape (a neuron's columns fit one array), else why not.
std::string tiled_check(const Layer& L, const ArrayShape& a);

class TiledLayer {
 public:
  // W is K x M (W[k][m]).
  TiledLayer(const Layer& L, const std::vector<std::vector<int64_t>>& W, const ArrayShape& a, const NonIdeal& ni);
  int inputs() const { return K_; }
  int neurons() const { return M_; }
  int row_tiles() const { return rt_; }
  int col_tiles() const { return ct_; }
  int arrays() const { return rt_ * ct_; }
  int neurons_per_array() const { return npa_; }
  // Array (i, j): rows i*R .. and neurons j*neurons_per_array ..; its non-idealities are seeded per array
  // (key_hash of the layer seed and i, j), so arrays differ as real ones would.
  const Crossbar& array(int i, int j) const { return xbs_[size_t(i * ct_ + j)]; }

  struct Run {
    std::vector<int64_t> y, exact;  // per neuron: the digital sum of the arrays' outputs; the exact product
    long conversions = 0, comparisons = 0;
    long cycles = 0;  // the slowest array's cycles for this vector (arrays run in parallel)
  };
  // One input vector of K values; `vector` keys the read noise as in run_layer.
  Run run(const std::vector<int64_t>& x, const AdcConfig& adc, uint64_t vector) const;
  // Many vectors at once (vector v keyed first_vector + v), the same results as run() on each, through
  // the fast path of fast.hpp (bit-identical ADC inputs) and `threads` worker threads (0: one per core).
  // Every ADC input of the vectors X at gain shift k, for calibration: each (vector, row tile) is one
  // captured vector whose outputs are the row tile's partial dot products of all M neurons (what its
  // ADCs and shift-and-add produce before the digital sum), so evaluate() measures the A/D error of
  // the arrays' outputs. Vector v's read noise is keyed first_vector + v, as in run(). col_tiles > 0
  // takes only the first col_tiles column tiles (their neurons), to calibrate wide layers faster.
  Captured capture(const std::vector<std::vector<int64_t>>& X, int k, uint64_t first_vector = 0,
                   int col_tiles = 0) const;
  std::vector<Run> run_batch(const std::vector<std::vector<int64_t>>& X, const AdcConfig& adc, uint64_t first_vector,
                             int threads = 0) const;

 private:
  // run() with array (i, j)'s LayerRun given by one(i, j, x_i).
  template <class One>
  Run run_with(const std::vector<int64_t>& x, One one) const;
  Layer L_;
  ArrayShape a_;
  int K_, M_, rt_, ct_, npa_;
  std::vector<Crossbar> xbs_;
};

}  // namespace cim
