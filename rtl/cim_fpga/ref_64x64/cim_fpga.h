/* cimgen 0.1.0: generated file, do not edit.
 * block: cim_fpga
 * parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200
 */
#ifndef CIMGEN_CIM_FPGA_H
#define CIMGEN_CIM_FPGA_H

#define CIM_FPGA_R 64
#define CIM_FPGA_COLS 64
#define CIM_FPGA_PD 1
#define CIM_FPGA_PR 1
#define CIM_FPGA_PI 8
#define CIM_FPGA_PW 8
#define CIM_FPGA_W_ENC 0 /* unsigned */
#define CIM_FPGA_W_ENC_UNSIGNED 0
#define CIM_FPGA_W_ENC_OFFSET 1
#define CIM_FPGA_W_ENC_DIFFERENTIAL 2
#define CIM_FPGA_N 8
#define CIM_FPGA_NADC 2
#define CIM_FPGA_TRQ 1
#define CIM_FPGA_SETTLE 2
#define CIM_FPGA_START_REG 1
#define CIM_FPGA_KMAX 0
#define CIM_FPGA_TRQ_TABLE 0
#define CIM_FPGA_RST 0 /* async */
#define CIM_FPGA_RST_ASYNC 0
#define CIM_FPGA_RST_SYNC 1
#define CIM_FPGA_CLK_HZ 24000000
#define CIM_FPGA_BAUD 115200

#define CIM_FPGA_CLKS_PER_BIT (208LL) /* UART bit time in clocks */
#define CIM_FPGA_Y_BYTES (4LL) /* bytes per output neuron */
#define CIM_FPGA_CMD_PING (0LL) /* command: reply PING_MAGIC, status (clears it) */
#define CIM_FPGA_CMD_TILE_CFG (1LL) /* command: addr, data lo, data hi: cim_tile register write */
#define CIM_FPGA_CMD_EMU_CFG (2LL) /* command: addr, data lo, data hi: xbar_emu register write */
#define CIM_FPGA_CMD_WEIGHT (3LL) /* command: addr lo, addr hi, data lo, data hi: xbar_emu load port write */
#define CIM_FPGA_CMD_INPUT (4LL) /* command: count lo, count hi, then count input elements */
#define CIM_FPGA_PING_MAGIC (193LL) /* first byte of a ping reply */
#define CIM_FPGA_ST_OVERFLOW (1LL) /* status bit: an input byte was lost */
#define CIM_FPGA_ST_FRAMING (2LL) /* status bit: framing error */
#define CIM_FPGA_ST_BAD_CMD (4LL) /* status bit: unknown command */
#define CIM_FPGA_FORMAL_DEPTH (4LL) /* proof depth: BMC and k-induction (the transmitter invariants are inductive) */
#define CIM_FPGA_FORMAL_COVER_DEPTH (630LL) /* cover depth: a frame started and its first data bits */
#define CIM_FPGA_TILE_SETS (1LL) /* column sets (2 for differential weights) */
#define CIM_FPGA_TILE_G (32LL) /* columns per ADC */
#define CIM_FPGA_TILE_T_MAX (8LL) /* most input slices of a vector */
#define CIM_FPGA_TILE_NEURONS_MAX (64LL) /* most neurons (at the smallest PW) */
#define CIM_FPGA_TILE_Y_W (26LL) /* output width (two's complement) */
#define CIM_FPGA_TILE_COLACC_W (17LL) /* column accumulator width */
#define CIM_FPGA_TILE_X_W (8LL) /* input element width (in_data_i) */
#define CIM_FPGA_TILE_COLSEL_W (5LL) /* per-ADC column select width */
#define CIM_FPGA_TILE_CFG_ADDR_W (5LL) /* configuration register address width */
#define CIM_FPGA_TILE_REG_PREC (0LL) /* register: [3:0] PI, [4] in_signed, [11:8] PW */
#define CIM_FPGA_TILE_REG_ADC (1LL) /* register: [3:0] k, [4] trq_en, [5] msb_first, [6] use the TRQ table */
#define CIM_FPGA_TILE_REG_TRQ (2LL) /* register: [3:0] bexp, [7:4] s1, [11:8] s2 */
#define CIM_FPGA_TILE_REG_ROWS (3LL) /* register: active rows (1..R) */
#define CIM_FPGA_TILE_REG_NEURONS (4LL) /* register: active neurons (1..COLS/(J*SETS)) */
#define CIM_FPGA_TILE_REG_TABLE (8LL) /* registers 8..8+TRQ_TABLE-1: TRQ setting of significance i (the last one also above): [3:0] bexp, [7:4] s1, [11:8] s2, [12] trq_en, [13] msb_first */
#define CIM_FPGA_TILE_PREC_PI_LSB (0LL) /* REG_PREC field PI (4 bits) */
#define CIM_FPGA_TILE_PREC_SIGNED_LSB (4LL) /* REG_PREC field in_signed (1 bit) */
#define CIM_FPGA_TILE_PREC_PW_LSB (8LL) /* REG_PREC field PW (4 bits) */
#define CIM_FPGA_TILE_ADC_K_LSB (0LL) /* REG_ADC field k (4 bits) */
#define CIM_FPGA_TILE_ADC_TRQ_EN_LSB (4LL) /* REG_ADC field trq_en (1 bit) */
#define CIM_FPGA_TILE_ADC_MSB_FIRST_LSB (5LL) /* REG_ADC field msb_first (1 bit) */
#define CIM_FPGA_TILE_ADC_TABLE_EN_LSB (6LL) /* REG_ADC field: use the TRQ table (1 bit) */
#define CIM_FPGA_TILE_TRQ_BEXP_LSB (0LL) /* REG_TRQ and table field bexp (4 bits) */
#define CIM_FPGA_TILE_TRQ_S1_LSB (4LL) /* REG_TRQ and table field s1 (4 bits) */
#define CIM_FPGA_TILE_TRQ_S2_LSB (8LL) /* REG_TRQ and table field s2 (4 bits) */
#define CIM_FPGA_TILE_TABLE_TRQ_EN_LSB (12LL) /* table field trq_en (1 bit) */
#define CIM_FPGA_TILE_TABLE_MSB_FIRST_LSB (13LL) /* table field msb_first (1 bit) */
#define CIM_FPGA_TILE_FORMAL_DEPTH (16LL) /* proof depth: BMC and k-induction (a conversion and its neighbours) */
#define CIM_FPGA_TILE_FORMAL_COVER_DEPTH (2766LL) /* cover depth: two vectors in, the first one out */
#define CIM_FPGA_EMU_G (32LL) /* columns per ADC */
#define CIM_FPGA_EMU_COLSEL_W (5LL) /* per-ADC column select width (as cim_tile's) */
#define CIM_FPGA_EMU_SUM_W (7LL) /* bit-line sum width */
#define CIM_FPGA_EMU_MIN_SETTLE (2LL) /* the tile's SETTLE must be at least this */
#define CIM_FPGA_EMU_W_ADDR_W (8LL) /* weight load address width */
#define CIM_FPGA_EMU_W_CHUNK_ROWS (16LL) /* rows per load word: row chunk*W_CHUNK_ROWS + i in bits [i*PR +: PR] */
#define CIM_FPGA_EMU_W_CHUNKS (4LL) /* load words per column */
#define CIM_FPGA_EMU_W_G_LSB (2LL) /* address field g (column within its ADC's group); chunk in the bits below */
#define CIM_FPGA_EMU_W_LANE_LSB (7LL) /* address field a (the column's ADC, column / G) */
#define CIM_FPGA_EMU_CFG_ADDR_W (2LL) /* configuration register address width */
#define CIM_FPGA_EMU_REG_K (0LL) /* register: [3:0] k (clamped to KMAX) */
#define CIM_FPGA_EMU_REG_NOISE (1LL) /* register: [3:0] noise bits m (0 off, clamped to 8) */
#define CIM_FPGA_EMU_REG_SEED (2LL) /* register: [15:0] LFSR seed (a write reloads every lane) */
#define CIM_FPGA_EMU_NOISE_MAX (8LL) /* largest noise register value */
#define CIM_FPGA_EMU_LFSR_POLY (46080LL) /* Galois LFSR feedback mask */
#define CIM_FPGA_EMU_LANE_SEED_MUL (40503LL) /* lane a starts at (seed ^ ((a+1)*LANE_SEED_MUL mod 2^16)) | 1 */
#define CIM_FPGA_EMU_FORMAL_DEPTH (4LL) /* proof depth: BMC and k-induction (the window invariants are inductive) */
#define CIM_FPGA_EMU_FORMAL_COVER_DEPTH (39LL) /* cover depth: a slice's column reads plus reset and the first comparisons */

#endif /* CIMGEN_CIM_FPGA_H */
