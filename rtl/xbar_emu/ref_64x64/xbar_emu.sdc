# cimgen 0.1.0: generated file, do not edit.
# block: xbar_emu
# parameters: R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen xbar_emu R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni cfg_we_i cfg_addr_i[*] cfg_wdata_i[*] w_we_i w_addr_i[*] w_data_i[*] wl_en_i[*] dac_row_i[*] adc_col_i[*] adc_dac_i[*] adc_cmp_en_i[*]}]
set_output_delay $io_delay -clock clk_i [get_ports {adc_cmp_o[*]}]
set_false_path -from [get_ports rst_ni]
