/* cimgen 0.1.0: generated file, do not edit.
 * block: cim_tile
 * parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0 KMAX=0 TRQ_TABLE=16 RST=async
 */
#ifndef CIMGEN_CIM_TILE_H
#define CIMGEN_CIM_TILE_H

#define CIM_TILE_R 64
#define CIM_TILE_COLS 64
#define CIM_TILE_PD 1
#define CIM_TILE_PR 1
#define CIM_TILE_PI 8
#define CIM_TILE_PW 8
#define CIM_TILE_W_ENC 0 /* unsigned */
#define CIM_TILE_W_ENC_UNSIGNED 0
#define CIM_TILE_W_ENC_OFFSET 1
#define CIM_TILE_W_ENC_DIFFERENTIAL 2
#define CIM_TILE_N 8
#define CIM_TILE_NADC 2
#define CIM_TILE_TRQ 1
#define CIM_TILE_SETTLE 2
#define CIM_TILE_START_REG 0
#define CIM_TILE_KMAX 0
#define CIM_TILE_TRQ_TABLE 16
#define CIM_TILE_RST 0 /* async */
#define CIM_TILE_RST_ASYNC 0
#define CIM_TILE_RST_SYNC 1

#define CIM_TILE_SETS (1LL) /* column sets (2 for differential weights) */
#define CIM_TILE_G (32LL) /* columns per ADC */
#define CIM_TILE_T_MAX (8LL) /* most input slices of a vector */
#define CIM_TILE_NEURONS_MAX (64LL) /* most neurons (at the smallest PW) */
#define CIM_TILE_Y_W (26LL) /* output width (two's complement) */
#define CIM_TILE_COLACC_W (17LL) /* column accumulator width */
#define CIM_TILE_X_W (8LL) /* input element width (in_data_i) */
#define CIM_TILE_COLSEL_W (5LL) /* per-ADC column select width */
#define CIM_TILE_CFG_ADDR_W (5LL) /* configuration register address width */
#define CIM_TILE_REG_PREC (0LL) /* register: [3:0] PI, [4] in_signed, [11:8] PW */
#define CIM_TILE_REG_ADC (1LL) /* register: [3:0] k, [4] trq_en, [5] msb_first, [6] use the TRQ table */
#define CIM_TILE_REG_TRQ (2LL) /* register: [3:0] bexp, [7:4] s1, [11:8] s2 */
#define CIM_TILE_REG_ROWS (3LL) /* register: active rows (1..R) */
#define CIM_TILE_REG_NEURONS (4LL) /* register: active neurons (1..COLS/(J*SETS)) */
#define CIM_TILE_REG_TABLE (8LL) /* registers 8..8+TRQ_TABLE-1: TRQ setting of significance i (the last one also above): [3:0] bexp, [7:4] s1, [11:8] s2, [12] trq_en, [13] msb_first */
#define CIM_TILE_PREC_PI_LSB (0LL) /* REG_PREC field PI (4 bits) */
#define CIM_TILE_PREC_SIGNED_LSB (4LL) /* REG_PREC field in_signed (1 bit) */
#define CIM_TILE_PREC_PW_LSB (8LL) /* REG_PREC field PW (4 bits) */
#define CIM_TILE_ADC_K_LSB (0LL) /* REG_ADC field k (4 bits) */
#define CIM_TILE_ADC_TRQ_EN_LSB (4LL) /* REG_ADC field trq_en (1 bit) */
#define CIM_TILE_ADC_MSB_FIRST_LSB (5LL) /* REG_ADC field msb_first (1 bit) */
#define CIM_TILE_ADC_TABLE_EN_LSB (6LL) /* REG_ADC field: use the TRQ table (1 bit) */
#define CIM_TILE_TRQ_BEXP_LSB (0LL) /* REG_TRQ and table field bexp (4 bits) */
#define CIM_TILE_TRQ_S1_LSB (4LL) /* REG_TRQ and table field s1 (4 bits) */
#define CIM_TILE_TRQ_S2_LSB (8LL) /* REG_TRQ and table field s2 (4 bits) */
#define CIM_TILE_TABLE_TRQ_EN_LSB (12LL) /* table field trq_en (1 bit) */
#define CIM_TILE_TABLE_MSB_FIRST_LSB (13LL) /* table field msb_first (1 bit) */
#define CIM_TILE_FORMAL_DEPTH (15LL) /* proof depth: BMC and k-induction (a conversion and its neighbours) */
#define CIM_TILE_FORMAL_COVER_DEPTH (2757LL) /* cover depth: two vectors in, the first one out */

#endif /* CIMGEN_CIM_TILE_H */
