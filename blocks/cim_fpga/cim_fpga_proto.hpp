// The cim_fpga host protocol as byte strings (the core's header comment and fpga/README.md's "Run it on
// a board" give the format), for a core described by a Map: its command codes, register map, weight
// address fields and output width. fpga/host/fpga_proto.hpp fills the Map from a generated cim_fpga.h (the
// board host, the Verilator testbench); the generator fills it from the block's derived values (the
// Verilog testbench's vector files).
#pragma once

#include "cim.hpp"
#include "crossbar.hpp"

#include <cstdint>
#include <vector>

namespace cim_fpga_proto {

using Bytes = std::vector<uint8_t>;

// The Map's fields and the cim_fpga.h value each comes from (CIM_FPGA_<NAME>).
#define CIM_FPGA_PROTO_FIELDS(X)                                                                                  \
  X(cols, COLS) X(pr, PR) X(y_bytes, Y_BYTES) X(cmd_ping, CMD_PING) X(cmd_tile_cfg, CMD_TILE_CFG)                 \
  X(cmd_emu_cfg, CMD_EMU_CFG) X(cmd_weight, CMD_WEIGHT) X(cmd_input, CMD_INPUT) X(tile_g, TILE_G)                 \
  X(chunk_rows, EMU_W_CHUNK_ROWS) X(chunks, EMU_W_CHUNKS) X(w_lane_lsb, EMU_W_LANE_LSB) X(w_g_lsb, EMU_W_G_LSB)    \
  X(reg_prec, TILE_REG_PREC) X(reg_adc, TILE_REG_ADC) X(reg_trq, TILE_REG_TRQ) X(reg_rows, TILE_REG_ROWS)          \
  X(reg_neurons, TILE_REG_NEURONS) X(reg_table, TILE_REG_TABLE) X(prec_pi_lsb, TILE_PREC_PI_LSB)                  \
  X(prec_signed_lsb, TILE_PREC_SIGNED_LSB) X(prec_pw_lsb, TILE_PREC_PW_LSB) X(adc_k_lsb, TILE_ADC_K_LSB)          \
  X(adc_trq_en_lsb, TILE_ADC_TRQ_EN_LSB) X(adc_msb_first_lsb, TILE_ADC_MSB_FIRST_LSB)                             \
  X(adc_table_en_lsb, TILE_ADC_TABLE_EN_LSB) X(trq_bexp_lsb, TILE_TRQ_BEXP_LSB) X(trq_s1_lsb, TILE_TRQ_S1_LSB)    \
  X(trq_s2_lsb, TILE_TRQ_S2_LSB) X(table_trq_en_lsb, TILE_TABLE_TRQ_EN_LSB)                                      \
  X(table_msb_first_lsb, TILE_TABLE_MSB_FIRST_LSB) X(emu_reg_k, EMU_REG_K) X(emu_reg_noise, EMU_REG_NOISE)        \
  X(emu_reg_seed, EMU_REG_SEED)

struct Map {
#define CIM_FPGA_PROTO_DECLARE(field, name) int field = 0;
  CIM_FPGA_PROTO_FIELDS(CIM_FPGA_PROTO_DECLARE)
#undef CIM_FPGA_PROTO_DECLARE
  // Every field from get("NAME"), NAME as in cim_fpga.h without its CIM_FPGA_ prefix.
  template <class Get>
  static Map from(Get get) {
    Map m;
#define CIM_FPGA_PROTO_GET(field, name) m.field = int(get(#name));
    CIM_FPGA_PROTO_FIELDS(CIM_FPGA_PROTO_GET)
#undef CIM_FPGA_PROTO_GET
    return m;
  }
};

inline void put16(Bytes& b, uint32_t v) {
  b.push_back(uint8_t(v));
  b.push_back(uint8_t(v >> 8));
}
inline void append(Bytes& b, const Bytes& more) { b.insert(b.end(), more.begin(), more.end()); }
inline Bytes ping(const Map& m) { return {uint8_t(m.cmd_ping)}; }
inline Bytes tile_cfg(const Map& m, int addr, uint32_t data) {
  Bytes b{uint8_t(m.cmd_tile_cfg), uint8_t(addr)};
  put16(b, data);
  return b;
}
inline Bytes emu_cfg(const Map& m, int addr, uint32_t data) {
  Bytes b{uint8_t(m.cmd_emu_cfg), uint8_t(addr)};
  put16(b, data);
  return b;
}
inline Bytes weight(const Map& m, uint32_t addr, uint32_t data) {
  Bytes b{uint8_t(m.cmd_weight)};
  put16(b, addr);
  put16(b, data);
  return b;
}

// Every weight word of a crossbar in the model's column layout: column col's chunk h holds rows
// h*chunk_rows .. as PR-bit cell levels (rows and columns past the layer's are 0).
inline Bytes weights(const Map& m, const cim::Crossbar& xb) {
  Bytes b;
  for (int col = 0; col < m.cols; ++col)
    for (int h = 0; h < m.chunks; ++h) {
      uint32_t word = 0;
      for (int i = 0; i < m.chunk_rows; ++i) {
        const int r = h * m.chunk_rows + i;
        if (r < xb.rows() && col < xb.columns()) word |= uint32_t(xb.cell(r, col)) << (i * m.pr);
      }
      const uint32_t addr =
          uint32_t(((col / m.tile_g) << m.w_lane_lsb) | ((col % m.tile_g) << m.w_g_lsb) | h);
      append(b, weight(m, addr, word));
    }
  return b;
}

// The tile's registers for a layer (precision, ADC settings or table, rows, neurons) and the emulator's
// k with the noise off.
inline Bytes layer_registers(const Map& m, int pi, bool in_signed, int pw, int k, const cim::TrqSetting& trq,
                             const std::vector<cim::TrqSetting>& table, int rows, int neurons) {
  const auto msb = [](const cim::TrqSetting& e) { return uint32_t(e.order == cim::SearchOrder::MsbFirst); };
  Bytes b;
  append(b, tile_cfg(m, m.reg_prec,
                     uint32_t(pi << m.prec_pi_lsb) | uint32_t(in_signed << m.prec_signed_lsb) |
                         uint32_t(pw << m.prec_pw_lsb)));
  append(b, tile_cfg(m, m.reg_adc,
                     uint32_t(k << m.adc_k_lsb) | uint32_t(trq.trq << m.adc_trq_en_lsb) |
                         (msb(trq) << m.adc_msb_first_lsb) | uint32_t(!table.empty() << m.adc_table_en_lsb)));
  append(b, tile_cfg(m, m.reg_trq,
                     uint32_t(trq.bexp << m.trq_bexp_lsb) | uint32_t(trq.s1 << m.trq_s1_lsb) |
                         uint32_t(trq.s2 << m.trq_s2_lsb)));
  for (size_t i = 0; i < table.size(); ++i) {
    const auto& e = table[i];
    append(b, tile_cfg(m, int(m.reg_table + int(i)),
                       uint32_t(e.bexp << m.trq_bexp_lsb) | uint32_t(e.s1 << m.trq_s1_lsb) |
                           uint32_t(e.s2 << m.trq_s2_lsb) | uint32_t(e.trq << m.table_trq_en_lsb) |
                           (msb(e) << m.table_msb_first_lsb)));
  }
  append(b, tile_cfg(m, m.reg_rows, uint32_t(rows)));
  append(b, tile_cfg(m, m.reg_neurons, uint32_t(neurons)));
  append(b, emu_cfg(m, m.emu_reg_k, uint32_t(k)));
  append(b, emu_cfg(m, m.emu_reg_noise, 0));
  return b;
}

// One input vector: the INPUT command and one byte per element (the low pi bits).
inline Bytes input(const Map& m, const std::vector<int64_t>& x, int pi) {
  Bytes b{uint8_t(m.cmd_input)};
  put16(b, uint32_t(x.size()));
  for (const int64_t v : x) b.push_back(uint8_t(uint64_t(v) & ((uint64_t(1) << pi) - 1)));
  return b;
}

// Output neuron c of a vector's result bytes (y_bytes each, two's complement, least significant first).
inline int64_t output(const Map& m, const Bytes& bytes, int c) {
  const int yb = m.y_bytes;
  uint64_t u = 0;
  for (int i = 0; i < yb; ++i) u |= uint64_t(bytes[size_t(c * yb + i)]) << (8 * i);
  return yb == 8 ? int64_t(u) : int64_t(u << (64 - 8 * yb)) >> (64 - 8 * yb);
}

// The bytes the board sends for output neurons y (the inverse of output()).
inline Bytes outputs(const Map& m, const std::vector<int64_t>& y) {
  Bytes b;
  for (const int64_t v : y)
    for (int i = 0; i < m.y_bytes; ++i) b.push_back(uint8_t(uint64_t(v) >> (8 * i)));
  return b;
}

}  // namespace cim_fpga_proto
