// The cim_fpga host protocol for the core whose generated cim_fpga.h was included before this header
// (its CIM_FPGA_* values give the register map, the weight address fields and the output width). Used
// by the Verilator test of the core (blocks/cim_fpga/cim_fpga_tb.cpp) and by the board host
// (fpga/host/host.cpp); the byte strings themselves are blocks/cim_fpga/cim_fpga_proto.hpp's, which the
// generator's Verilog testbench uses too.
#pragma once

#include "cim_fpga_proto.hpp"

namespace fpga_proto {

using cim_fpga_proto::Bytes;

// This core's Map, from the generated header's values.
inline const cim_fpga_proto::Map& map() {
  static const cim_fpga_proto::Map m = [] {
    cim_fpga_proto::Map x;
#define FPGA_PROTO_FROM_HEADER(field, name) x.field = int(CIM_FPGA_##name);
    CIM_FPGA_PROTO_FIELDS(FPGA_PROTO_FROM_HEADER)
#undef FPGA_PROTO_FROM_HEADER
    return x;
  }();
  return m;
}

inline Bytes ping() { return cim_fpga_proto::ping(map()); }
inline Bytes tile_cfg(int addr, uint32_t data) { return cim_fpga_proto::tile_cfg(map(), addr, data); }
inline Bytes emu_cfg(int addr, uint32_t data) { return cim_fpga_proto::emu_cfg(map(), addr, data); }
inline Bytes weights(const cim::Crossbar& xb) { return cim_fpga_proto::weights(map(), xb); }
inline Bytes layer_registers(int pi, bool in_signed, int pw, int k, const cim::TrqSetting& trq,
                             const std::vector<cim::TrqSetting>& table, int rows, int neurons) {
  return cim_fpga_proto::layer_registers(map(), pi, in_signed, pw, k, trq, table, rows, neurons);
}
inline Bytes input(const std::vector<int64_t>& x, int pi) { return cim_fpga_proto::input(map(), x, pi); }
inline int64_t output(const Bytes& bytes, int c) { return cim_fpga_proto::output(map(), bytes, c); }

}  // namespace fpga_proto
