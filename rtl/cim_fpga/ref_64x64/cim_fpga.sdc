# cimgen 0.1.0: generated file, do not edit.
# block: cim_fpga
# parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen cim_fpga R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 --period 41.667 --io-delay 0.2 -o DIR

set period 41.667
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni uart_rx_i}]
set_output_delay $io_delay -clock clk_i [get_ports {uart_tx_o err_o act_o}]
set_false_path -from [get_ports rst_ni]
