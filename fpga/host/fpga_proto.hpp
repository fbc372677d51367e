// The cim_fpga host protocol as byte strings (the core's header comment and
// fpga/README.md's "Run it on a board" give the format). Include after the
// generated cim_fpga.h of the core you talk to: the register map, the weight
// address fields and the output width come from its CIM_FPGA_* values. Used
// by the Verilator test of the core (blocks/cim_fpga/cim_fpga_tb.cpp) and by the board
// host (fpga/host/host.cpp).
#pragma once

#include "cim.hpp"
#include "crossbar.hpp"

#include <cstdint>
#include <vector>

namespace fpga_proto {

using Bytes = std::vector<uint8_t>;

inline void put16(Bytes& b, uint32_t v) {
  b.push_back(uint8_t(v));
  b.push_back(uint8_t(v >> 8));
}
inline Bytes ping() { return {uint8_t(CIM_FPGA_CMD_PING)}; }
inline Bytes tile_cfg(int addr, uint32_t data) {
  Bytes b{uint8_t(CIM_FPGA_CMD_TILE_CFG), uint8_t(addr)};
  put16(b, data);
  return b;
}
inline Bytes emu_cfg(int addr, uint32_t data) {
  Bytes b{uint8_t(CIM_FPGA_CMD_EMU_CFG), uint8_t(addr)};
  put16(b, data);
  return b;
}
inline Bytes weight(uint32_t addr, uint32_t data) {
  Bytes b{uint8_t(CIM_FPGA_CMD_WEIGHT)};
  put16(b, addr);
  put16(b, data);
  return b;
}

// Every weight word of a crossbar in the model's column layout: column col's
// chunk h holds rows h*CHUNK_ROWS .. as PR-bit cell levels (rows and columns
// past the layer's are 0).
inline Bytes weights(const cim::Crossbar& xb) {
  constexpr int G = int(CIM_FPGA_TILE_G), CR = int(CIM_FPGA_EMU_W_CHUNK_ROWS);
  Bytes b;
  for (int col = 0; col < CIM_FPGA_COLS; ++col)
    for (int h = 0; h < int(CIM_FPGA_EMU_W_CHUNKS); ++h) {
      uint32_t word = 0;
      for (int i = 0; i < CR; ++i) {
        const int r = h * CR + i;
        if (r < xb.rows() && col < xb.columns()) word |= uint32_t(xb.cell(r, col)) << (i * CIM_FPGA_PR);
      }
      const uint32_t addr = uint32_t(((col / G) << CIM_FPGA_EMU_W_LANE_LSB) | ((col % G) << CIM_FPGA_EMU_W_G_LSB) | h);
      const Bytes w = weight(addr, word);
      b.insert(b.end(), w.begin(), w.end());
    }
  return b;
}

// The tile's registers for a layer (precision, ADC settings or table, rows,
// neurons) and the emulator's k with the noise off.
inline Bytes layer_registers(int pi, bool in_signed, int pw, int k, const cim::TrqSetting& trq,
                             const std::vector<cim::TrqSetting>& table, int rows, int neurons) {
  const auto msb = [](const cim::TrqSetting& e) { return uint32_t(e.order == cim::SearchOrder::MsbFirst); };
  Bytes b;
  const auto add = [&](const Bytes& x) { b.insert(b.end(), x.begin(), x.end()); };
  add(tile_cfg(CIM_FPGA_TILE_REG_PREC, uint32_t(pi << CIM_FPGA_TILE_PREC_PI_LSB) |
                                           uint32_t(in_signed << CIM_FPGA_TILE_PREC_SIGNED_LSB) |
                                           uint32_t(pw << CIM_FPGA_TILE_PREC_PW_LSB)));
  add(tile_cfg(CIM_FPGA_TILE_REG_ADC, uint32_t(k << CIM_FPGA_TILE_ADC_K_LSB) |
                                          uint32_t(trq.trq << CIM_FPGA_TILE_ADC_TRQ_EN_LSB) |
                                          (msb(trq) << CIM_FPGA_TILE_ADC_MSB_FIRST_LSB) |
                                          uint32_t(!table.empty() << CIM_FPGA_TILE_ADC_TABLE_EN_LSB)));
  add(tile_cfg(CIM_FPGA_TILE_REG_TRQ, uint32_t(trq.bexp << CIM_FPGA_TILE_TRQ_BEXP_LSB) |
                                          uint32_t(trq.s1 << CIM_FPGA_TILE_TRQ_S1_LSB) |
                                          uint32_t(trq.s2 << CIM_FPGA_TILE_TRQ_S2_LSB)));
  for (size_t i = 0; i < table.size(); ++i) {
    const auto& e = table[i];
    add(tile_cfg(int(CIM_FPGA_TILE_REG_TABLE + i),
                 uint32_t(e.bexp << CIM_FPGA_TILE_TRQ_BEXP_LSB) | uint32_t(e.s1 << CIM_FPGA_TILE_TRQ_S1_LSB) |
                     uint32_t(e.s2 << CIM_FPGA_TILE_TRQ_S2_LSB) | uint32_t(e.trq << CIM_FPGA_TILE_TABLE_TRQ_EN_LSB) |
                     (msb(e) << CIM_FPGA_TILE_TABLE_MSB_FIRST_LSB)));
  }
  add(tile_cfg(CIM_FPGA_TILE_REG_ROWS, uint32_t(rows)));
  add(tile_cfg(CIM_FPGA_TILE_REG_NEURONS, uint32_t(neurons)));
  add(emu_cfg(CIM_FPGA_EMU_REG_K, uint32_t(k)));
  add(emu_cfg(CIM_FPGA_EMU_REG_NOISE, 0));
  return b;
}

// One input vector: the INPUT command and one byte per element (the low pi bits).
inline Bytes input(const std::vector<int64_t>& x, int pi) {
  Bytes b{uint8_t(CIM_FPGA_CMD_INPUT)};
  put16(b, uint32_t(x.size()));
  for (const int64_t v : x) b.push_back(uint8_t(uint64_t(v) & ((uint64_t(1) << pi) - 1)));
  return b;
}

// Output neuron c of a vector's result bytes (Y_BYTES each, two's complement).
inline int64_t output(const Bytes& bytes, int c) {
  constexpr int YB = int(CIM_FPGA_Y_BYTES);
  uint64_t u = 0;
  for (int i = 0; i < YB; ++i) u |= uint64_t(bytes[size_t(c * YB + i)]) << (8 * i);
  return YB == 8 ? int64_t(u) : int64_t(u << (64 - 8 * YB)) >> (64 - 8 * YB);
}

}  // namespace fpga_proto
