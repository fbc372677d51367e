/* cimgen 0.1.0: generated file, do not edit.
 * block: analog_acc
 * parameters: STRATEGY=B R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=sync
 */
#ifndef CIMGEN_ANALOG_ACC_H
#define CIMGEN_ANALOG_ACC_H

#define ANALOG_ACC_STRATEGY 0 /* B */
#define ANALOG_ACC_STRATEGY_B 0
#define ANALOG_ACC_STRATEGY_C 1
#define ANALOG_ACC_R 128
#define ANALOG_ACC_NEURONS 8
#define ANALOG_ACC_PI 8
#define ANALOG_ACC_PW 8
#define ANALOG_ACC_PD 1
#define ANALOG_ACC_PR 1
#define ANALOG_ACC_PO 8
#define ANALOG_ACC_SETTLE 1
#define ANALOG_ACC_RST 1 /* sync */
#define ANALOG_ACC_RST_ASYNC 0
#define ANALOG_ACC_RST_SYNC 1

#define ANALOG_ACC_T (8LL) /* input slices per vector (eq. 8) */
#define ANALOG_ACC_J (8LL) /* weight columns per neuron */
#define ANALOG_ACC_LINES (15LL) /* conversions per neuron (eq. 6 for B, eq. 7 for C) */
#define ANALOG_ACC_ADC_BITS (11LL) /* ADC resolution (eq. 3 for B, eq. 4 for C) */
#define ANALOG_ACC_OUT_W (26LL) /* width of out_data_o */
#define ANALOG_ACC_FULL_SCALE_BITS (23LL) /* C: bits of the largest dot product (F) */
#define ANALOG_ACC_CYCLES_PER_VECTOR (1337LL) /* cycles per vector once its elements are in, no back-pressure */
#define ANALOG_ACC_FORMAL_DEPTH (31LL) /* proof depth: the slices, a conversion and reset */
#define ANALOG_ACC_FORMAL_COVER_DEPTH (1468LL) /* cover depth: a vector in and all its neurons out */

#endif /* CIMGEN_ANALOG_ACC_H */
