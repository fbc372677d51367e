# cimgen 0.1.0: generated file, do not edit.
# block: stack_ctl
# parameters: MODE=deepnet R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=async
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen stack_ctl MODE=deepnet R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=async --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni w_valid_i w_data_i[*] in_valid_i in_data_i[*] in_last_i out_ready_i col_i[*]}]
set_output_delay $io_delay -clock clk_i [get_ports {w_ready_o in_ready_o out_valid_o out_data_o[*] out_last_o re_o[*] row_o[*] sh_o prog_en_o[*] prog_row_o[*] prog_data_o[*]}]
set_false_path -from [get_ports rst_ni]
