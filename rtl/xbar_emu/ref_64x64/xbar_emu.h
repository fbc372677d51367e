/* cimgen 0.1.0: generated file, do not edit.
 * block: xbar_emu
 * parameters: R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async
 */
#ifndef CIMGEN_XBAR_EMU_H
#define CIMGEN_XBAR_EMU_H

#define XBAR_EMU_R 64
#define XBAR_EMU_COLS 64
#define XBAR_EMU_PD 1
#define XBAR_EMU_PR 1
#define XBAR_EMU_N 8
#define XBAR_EMU_NADC 2
#define XBAR_EMU_KMAX 0
#define XBAR_EMU_RST 0 /* async */
#define XBAR_EMU_RST_ASYNC 0
#define XBAR_EMU_RST_SYNC 1

#define XBAR_EMU_G (32LL) /* columns per ADC */
#define XBAR_EMU_COLSEL_W (5LL) /* per-ADC column select width (as cim_tile's) */
#define XBAR_EMU_SUM_W (7LL) /* bit-line sum width */
#define XBAR_EMU_MIN_SETTLE (2LL) /* the tile's SETTLE must be at least this */
#define XBAR_EMU_W_ADDR_W (8LL) /* weight load address width */
#define XBAR_EMU_W_CHUNK_ROWS (16LL) /* rows per load word: row chunk*W_CHUNK_ROWS + i in bits [i*PR +: PR] */
#define XBAR_EMU_W_CHUNKS (4LL) /* load words per column */
#define XBAR_EMU_W_G_LSB (2LL) /* address field g (column within its ADC's group); chunk in the bits below */
#define XBAR_EMU_W_LANE_LSB (7LL) /* address field a (the column's ADC, column / G) */
#define XBAR_EMU_CFG_ADDR_W (2LL) /* configuration register address width */
#define XBAR_EMU_REG_K (0LL) /* register: [3:0] k (clamped to KMAX) */
#define XBAR_EMU_REG_NOISE (1LL) /* register: [3:0] noise bits m (0 off, clamped to 8) */
#define XBAR_EMU_REG_SEED (2LL) /* register: [15:0] LFSR seed (a write reloads every lane) */
#define XBAR_EMU_NOISE_MAX (8LL) /* largest noise register value */
#define XBAR_EMU_LFSR_POLY (46080LL) /* Galois LFSR feedback mask */
#define XBAR_EMU_LANE_SEED_MUL (40503LL) /* lane a starts at (seed ^ ((a+1)*LANE_SEED_MUL mod 2^16)) | 1 */
#define XBAR_EMU_FORMAL_DEPTH (4LL) /* proof depth: BMC and k-induction (the window invariants are inductive) */
#define XBAR_EMU_FORMAL_COVER_DEPTH (39LL) /* cover depth: a slice's column reads plus reset and the first comparisons */

#endif /* CIMGEN_XBAR_EMU_H */
