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

}  // namespace cimgen
