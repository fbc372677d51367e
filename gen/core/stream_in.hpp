// The input stream the array blocks share: `count` elements of `ew` bits, one
// per beat, shifted into a buffer (element 0 ends lowest); in_ready is low
// while the buffer holds a whole vector, and `release` (a 1-bit wire the
// caller assigns) empties it as the vector is copied out.
#pragma once

#include "vlog.hpp"

namespace cimgen {

struct StreamIn {
  vlog::Expr data;  // ib_q: count * ew bits
  vlog::Expr cnt;   // cnt_q: elements in the buffer, 0 .. count
  vlog::Expr full;  // the buffer holds a whole vector
  vlog::Expr take;  // an element is taken this cycle
};

StreamIn stream_in(vlog::Module& m, const vlog::Expr& clk, const vlog::Expr& rst_n, vlog::ResetStyle style,
                   const vlog::Expr& in_valid, const vlog::Expr& in_ready, const vlog::Expr& in_data, int ew, int count,
                   const vlog::Expr& release);

// The slices of a vector buffered as stream_in leaves it (row r's ew-bit element at x[r*ew +: ew]): wire
// `<name><t>` holds bits t*pd .. t*pd+pd-1 of every row's element (0 past bit ew-1), row r's at
// [r*pd +: pd], for t = 0 .. ceil(ew / pd) - 1. Assigned row by row in a generate loop g_row.
std::vector<vlog::Expr> slices(vlog::Module& m, const vlog::Expr& x, int ew, int count, int pd, const std::string& name);

}  // namespace cimgen
