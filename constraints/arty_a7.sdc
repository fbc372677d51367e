# Arty A7-35T clock (the same definition as in arty_a7.xdc, for SDC-based tools).
create_clock -period 10.000 -name sys_clk_pin [get_ports CLK100MHZ]
