/* cimgen 0.1.0: generated file, do not edit.
 * block: bnn_first
 * parameters: R=27 NEURONS=64 K=8 SETTLE=1 RST=async
 */
#ifndef CIMGEN_BNN_FIRST_H
#define CIMGEN_BNN_FIRST_H

#define BNN_FIRST_R 27
#define BNN_FIRST_NEURONS 64
#define BNN_FIRST_K 8
#define BNN_FIRST_SETTLE 1
#define BNN_FIRST_RST 0 /* async */
#define BNN_FIRST_RST_ASYNC 0
#define BNN_FIRST_RST_SYNC 1

#define BNN_FIRST_PC_W (5LL) /* width of one neuron's popcount in pc_i (values past R read as R) */
#define BNN_FIRST_A_W (13LL) /* width of one neuron's A = 2^T * acc in out_acc_o */
#define BNN_FIRST_A_MAX (6885LL) /* largest A: R * (2^K - 1) (R * (2^T - 1) for T planes) */
#define BNN_FIRST_THR_W (13LL) /* width of a threshold register (theta clamped to 0 .. A_MAX + 1) */
#define BNN_FIRST_CFG_ADDR_W (7LL) /* width of cfg_addr_i */
#define BNN_FIRST_REG_T (0LL) /* register: planes kept T, 1..K (clamped); reset value K */
#define BNN_FIRST_REG_THR (1LL) /* register: theta of neuron n at REG_THR + n, 0..A_MAX+1 (clamped); reset value 0 */
#define BNN_FIRST_CYCLES_PER_VECTOR (17LL) /* cycles per vector at T = K once its elements are in (T * (SETTLE + 1) + 1) */
#define BNN_FIRST_FORMAL_DEPTH (47LL) /* proof depth: a vector's elements, its planes, the close and reset */

#endif /* CIMGEN_BNN_FIRST_H */
