// Stacked crossbars (seed 004, CrossStack, issue 8): two crossbar layers
// ("halves") of R rows share their C column lines. Each half's cells are
// read (read-enable RE high: the cell's current flows onto the shared
// column) or written (RE low: the cell is isolated from the column).
//   Expansion  both halves are read together: one array of 2R rows per
//              column; both are written before a network layer is read.
//   Deep-net   the halves are isolated: one is read for network layer k
//              while the other is programmed with layer k+1's weights, and
//              they swap roles each layer, so programming overlaps reading.
//   Single     the baseline: one half of R rows that must stop reading to be
//              reprogrammed.
// A column's value is the exact sum over the rows read of input x inputs
// cell; the controller samples it. The schedule is the cycle count of the
// generated controller (block stack_ctl) with ideal traffic: writing a row
// takes TPROG + 1 cycles (its beat, then TPROG cycles of the write pulse),
// reading a vector SETTLE + 2 cycles (its beat, SETTLE cycles of drive, the
// sample); a layer's reading starts once its half is written, and a half is
// written once the layer it held has been read.
#pragma once

#include <cstdint>
#include <vector>

namespace cim::stack {

enum class Mode { Expansion, DeepNet, Single };

// Rows of one network layer: 2R in expansion mode, R otherwise.
int rows_per_layer(Mode m, int R);
// Halves a network layer is stored in: 2 in expansion mode (rows 0..R-1 in half 0), 1 otherwise.
// Deep-net alternates: layer k in half k % 2; single uses half 0.
int half_of_layer(Mode m, int layer);

// Column sums of one vector x (one input per row) over weights w[row][column].
std::vector<int64_t> column_sums(const std::vector<uint32_t>& x, const std::vector<std::vector<uint32_t>>& w);

struct Timing {
  int R = 10;       // rows per half
  int tprog = 25;   // cycles of one row's write pulse
  int settle = 1;   // cycles the rows are driven before the sample
};

// Cycles of one row write and one vector read.
int64_t row_cycles(const Timing& t);
int64_t vector_cycles(const Timing& t);

// The schedule of network layers with vectors[k] vectors each, every stream ready at once: cycle numbers
// (from the first weight beat at cycle 0) at which each layer's writing and reading start and end (end:
// the first cycle after it). total: the end of the last read.
struct Schedule {
  std::vector<int64_t> write_start, write_end, read_start, read_end;
  int64_t total = 0;
  int64_t overlap = 0;  // cycles in which a half is written while the other is read
};
Schedule schedule(Mode m, const Timing& t, const std::vector<int>& vectors);

// Deep-net against a single array that stops to be reprogrammed, for the same layers: single / deep-net
// total cycles.
double speedup(const Timing& t, const std::vector<int>& vectors);

}  // namespace cim::stack
