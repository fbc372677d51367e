/* cimgen 0.1.0: generated file, do not edit.
 * block: stack_ctl
 * parameters: MODE=deepnet R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=async
 */
#ifndef CIMGEN_STACK_CTL_H
#define CIMGEN_STACK_CTL_H

#define STACK_CTL_MODE 1 /* deepnet */
#define STACK_CTL_MODE_EXPANSION 0
#define STACK_CTL_MODE_DEEPNET 1
#define STACK_CTL_MODE_SINGLE 2
#define STACK_CTL_R 10
#define STACK_CTL_C 10
#define STACK_CTL_PI 7
#define STACK_CTL_PR 1
#define STACK_CTL_SETTLE 0
#define STACK_CTL_TPROG 3
#define STACK_CTL_RST 0 /* async */
#define STACK_CTL_RST_ASYNC 0
#define STACK_CTL_RST_SYNC 1

#define STACK_CTL_ROWS (10LL) /* rows (vector elements, weight beats) of a network layer */
#define STACK_CTL_SUM_W (11LL) /* bits of a column sum */
#define STACK_CTL_ROW_CYCLES (4LL) /* cycles per weight row: its beat and TPROG cycles of write pulse */
#define STACK_CTL_LAYER_WRITE_CYCLES (40LL) /* cycles to program a network layer */
#define STACK_CTL_VECTOR_CYCLES (2LL) /* cycles per vector: its beat, SETTLE cycles of drive, the sample */
#define STACK_CTL_FORMAL_DEPTH (7LL) /* proof depth: a write pulse, a read and reset */
#define STACK_CTL_FORMAL_COVER_DEPTH (88LL) /* cover depth: two layers written and read */

#endif /* CIMGEN_STACK_CTL_H */
