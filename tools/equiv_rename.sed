# tools/equiv.sh's EQUIV_RENAME for issue 23's generate loops: rows, table entries and neurons the generator
# used to unroll, by their old names and their new ones (run it per block, EQUIV_ONLY).
# cim_tile (and the tile in cim_fpga):
#   b0_x5_q -> g_row[5].b0_x_q          a row's element in a bank
#   cfg_tbl3_q -> g_tbl[3].cfg_tbl_q    a TRQ table entry as written, b0_tbl3_q a bank's copy, v_tbl3 the one in use
s/^(.*\.)?(b[01]_x)([0-9]+)_q$/\1g_row[\3].\2_q/
s/^(.*\.)?(cfg_tbl|b[01]_tbl)([0-9]+)_q$/\1g_tbl[\3].\2_q/
s/^(.*\.)?v_tbl([0-9]+)$/\1g_tbl[\2].v_tbl/
# bnn_first:
#   acc5_q -> g_neu[5].acc_q            neuron 5's accumulator; th, oacc (registers), pc, sum (wires) alike
s/^(th|acc|oacc)([0-9]+)_q$/g_neu[\2].\1_q/
s/^(pc|sum)([0-9]+)$/g_neu[\2].\1/
