/* cimgen 0.1.0: generated file, do not edit.
 * block: trq_sar
 * parameters: N=8 TRQ=1 RST=async READY=comb
 */
#ifndef CIMGEN_TRQ_SAR_H
#define CIMGEN_TRQ_SAR_H

#define TRQ_SAR_N 8
#define TRQ_SAR_TRQ 1
#define TRQ_SAR_RST 0 /* async */
#define TRQ_SAR_RST_ASYNC 0
#define TRQ_SAR_RST_SYNC 1
#define TRQ_SAR_READY 0 /* comb */
#define TRQ_SAR_READY_COMB 0
#define TRQ_SAR_READY_REG 1

#define TRQ_SAR_MAX_CMP (9LL) /* most comparisons of one conversion */
#define TRQ_SAR_FORMAL_DEPTH (13LL) /* proof depth: a whole conversion plus reset and result */
#define TRQ_SAR_FORMAL_COVER_DEPTH (22LL) /* cover depth: two whole conversions plus reset */

#endif /* CIMGEN_TRQ_SAR_H */
