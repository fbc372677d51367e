# cimgen 0.1.0: generated file, do not edit.
# block: analog_acc
# parameters: STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async
# Timing constraints: the clock on clk_i; every other input arrives, and every output is needed,
# io_delay after / before the clock edge (the neighbours are registered).
# rst_ni is asynchronous: a false path here; release it synchronously to clk_i outside the block.
# regenerate: cimgen gen analog_acc STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async --period 10.000 --io-delay 0.2 -o DIR

set period 10.000
set io_delay [expr 0.2 * $period]

create_clock -name clk_i -period $period [get_ports clk_i]
set_input_delay $io_delay -clock clk_i [get_ports {rst_ni in_valid_i in_data_i[*] out_ready_i adc_cmp_i}]
set_output_delay $io_delay -clock clk_i [get_ports {in_ready_o out_valid_o out_data_o[*] out_last_o wl_en_o dac_row_o[*] sh_o slice_o[*] adc_neuron_o[*] adc_dac_o[*] adc_cmp_en_o}]
set_false_path -from [get_ports rst_ni]
