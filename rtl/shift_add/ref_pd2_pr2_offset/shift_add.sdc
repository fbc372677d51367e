# cimgen 0.1.0: generated file, do not edit.
# block: shift_add
# parameters: N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen shift_add N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni cfg_pi_i[*] cfg_in_signed_i cfg_pw_i[*] cfg_k_i[*] in_valid_i in_code_i[*] in_sexp_i[*] in_slice_i[*] in_col_i[*] in_last_i in_xsum_i[*] out_ready_i}]
set_output_delay $io_delay -clock clk_i [get_ports {in_ready_o out_valid_o out_data_o[*]}]
set_false_path -from [get_ports rst_ni]
