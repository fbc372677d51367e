# cimgen 0.1.0: generated file, do not edit.
# block: trq_sar
# parameters: N=8 TRQ=1 RST=async READY=reg
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen trq_sar N=8 TRQ=1 RST=async READY=reg --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni trq_en_i msb_first_i bexp_i[*] s1_i[*] s2_i[*] start_i cmp_i}]
set_output_delay $io_delay -clock clk_i [get_ports {ready_o dac_o[*] cmp_en_o valid_o flag_o code_o[*] q_o[*] ncmp_o[*]}]
set_false_path -from [get_ports rst_ni]
