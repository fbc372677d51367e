/* cimgen 0.1.0: generated file, do not edit.
 * block: shift_add
 * parameters: N=8 PD=1 PR=2 PI=8 PW=8 R=128 KMAX=4 w_enc=differential RST=async
 */
#ifndef CIMGEN_SHIFT_ADD_H
#define CIMGEN_SHIFT_ADD_H

#define SHIFT_ADD_N 8
#define SHIFT_ADD_PD 1
#define SHIFT_ADD_PR 2
#define SHIFT_ADD_PI 8
#define SHIFT_ADD_PW 8
#define SHIFT_ADD_R 128
#define SHIFT_ADD_KMAX 4
#define SHIFT_ADD_W_ENC 2 /* differential */
#define SHIFT_ADD_W_ENC_UNSIGNED 0
#define SHIFT_ADD_W_ENC_OFFSET 1
#define SHIFT_ADD_W_ENC_DIFFERENTIAL 2
#define SHIFT_ADD_RST 0 /* async */
#define SHIFT_ADD_RST_ASYNC 0
#define SHIFT_ADD_RST_SYNC 1

#define SHIFT_ADD_T (8LL) /* largest number of input slices (signed inputs add a sign slice) */
#define SHIFT_ADD_J (4LL) /* largest number of weight columns per column set */
#define SHIFT_ADD_SETS (2LL) /* column sets (2 for differential weights) */
#define SHIFT_ADD_NREQ (9LL) /* ADC bits that convert every bit-line sum exactly */
#define SHIFT_ADD_SLICE_W (3LL) /* width of in_slice_i */
#define SHIFT_ADD_COL_W (2LL) /* width of in_col_i */
#define SHIFT_ADD_SEXP_W (3LL) /* width of in_sexp_i (0: no port, step is 1) */
#define SHIFT_ADD_XSUM_W (0LL) /* width of in_xsum_i (0: no port) */
#define SHIFT_ADD_CFG_PI_W (4LL) /* width of cfg_pi_i */
#define SHIFT_ADD_CFG_PW_W (4LL) /* width of cfg_pw_i */
#define SHIFT_ADD_CFG_K_W (3LL) /* width of cfg_k_i (0: no port, k is 0) */
#define SHIFT_ADD_ACC_W (28LL) /* accumulator and out_data_o width (two's complement) */
#define SHIFT_ADD_ACC_MIN (-110629200LL) /* smallest reachable accumulator or output value */
#define SHIFT_ADD_ACC_MAX (110629200LL) /* largest reachable accumulator or output value */
#define SHIFT_ADD_FORMAL_DEPTH (67LL) /* proof depth: one whole dot product plus reset and output */

#endif /* CIMGEN_SHIFT_ADD_H */
