# cimgen 0.1.0: generated file, do not edit.
# block: bnn_first
# parameters: R=27 NEURONS=64 K=8 SETTLE=1 RST=async
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen bnn_first R=27 NEURONS=64 K=8 SETTLE=1 RST=async --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni cfg_we_i cfg_addr_i[*] cfg_wdata_i[*] in_valid_i in_data_i[*] out_ready_i pc_i[*]}]
set_output_delay $io_delay -clock clk_i [get_ports {in_ready_o out_valid_o out_sign_o[*] out_acc_o[*] row_en_o row_o[*] sh_o}]
set_false_path -from [get_ports rst_ni]
