/* cimgen 0.1.0: generated file, do not edit.
 * block: shift_add
 * parameters: N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async
 */
#ifndef CIMGEN_SHIFT_ADD_H
#define CIMGEN_SHIFT_ADD_H

#define SHIFT_ADD_N 10
#define SHIFT_ADD_PD 2
#define SHIFT_ADD_PR 2
#define SHIFT_ADD_PI 8
#define SHIFT_ADD_PW 8
#define SHIFT_ADD_R 64
#define SHIFT_ADD_KMAX 3
#define SHIFT_ADD_W_ENC 1 /* offset */
#define SHIFT_ADD_W_ENC_UNSIGNED 0
#define SHIFT_ADD_W_ENC_OFFSET 1
#define SHIFT_ADD_W_ENC_DIFFERENTIAL 2
#define SHIFT_ADD_RST 0 /* async */
#define SHIFT_ADD_RST_ASYNC 0
#define SHIFT_ADD_RST_SYNC 1

#define SHIFT_ADD_T (5LL) /* largest number of input slices (signed inputs add a sign slice) */
#define SHIFT_ADD_J (4LL) /* largest number of weight columns per column set */
#define SHIFT_ADD_SETS (1LL) /* column sets (2 for differential weights) */
#define SHIFT_ADD_NREQ (10LL) /* ADC bits that convert every bit-line sum exactly */
#define SHIFT_ADD_SLICE_W (3LL) /* width of in_slice_i */
#define SHIFT_ADD_COL_W (2LL) /* width of in_col_i */
#define SHIFT_ADD_SEXP_W (4LL) /* width of in_sexp_i (0: no port, step is 1) */
#define SHIFT_ADD_XSUM_W (15LL) /* width of in_xsum_i (0: no port) */
#define SHIFT_ADD_CFG_PI_W (4LL) /* width of cfg_pi_i */
#define SHIFT_ADD_CFG_PW_W (4LL) /* width of cfg_pw_i */
#define SHIFT_ADD_CFG_K_W (2LL) /* width of cfg_k_i (0: no port, k is 0) */
#define SHIFT_ADD_ACC_W (28LL) /* accumulator and out_data_o width (two's complement) */
#define SHIFT_ADD_ACC_MIN (-113421184LL) /* smallest reachable accumulator or output value */
#define SHIFT_ADD_ACC_MAX (76023352LL) /* largest reachable accumulator or output value */
#define SHIFT_ADD_FORMAL_DEPTH (23LL) /* proof depth: one whole dot product plus reset and output */

#endif /* CIMGEN_SHIFT_ADD_H */
