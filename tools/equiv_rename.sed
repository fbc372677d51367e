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
# xbar_emu (and its copy in cim_fpga): a lane's signals, unrolled as l1_hc_q, are g_lane[1].hc_q; its
# block RAM chunks l1_w2_mem (words l1_w2_mem[5]), l1_w2_q and l1_w2_we are g_lane[1].g_w[2].w_mem .. where
# chunk 2 is a full one. A configuration of one chunk names it g_lane[1].w_mem .., and a last chunk of fewer
# rows is g_lane[1].wt_mem ..: those two forms are the rules below, commented out, to use in their place.
s/^l([0-9]+)_w([0-9]+)_(mem(\[[0-9]+\])?|q|we)$/g_lane[\1].g_w[\2].w_\3/
#one chunk:  s/^l([0-9]+)_w0_(mem(\[[0-9]+\])?|q|we)$/g_lane[\1].w_\2/
#last chunk: s/^l([0-9]+)_wLAST_(mem(\[[0-9]+\])?|q|we)$/g_lane[\1].wt_\2/   (LAST: the number of full chunks)
s/^l([0-9]+)_(.*)$/g_lane[\1].\2/
