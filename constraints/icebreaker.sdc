# iCEBreaker clocks: the 12 MHz board clock; the PLL output (the core clock)
# is derived by nextpnr from the PLL parameters.
create_clock -period 83.333 -name clk12 [get_ports CLK]
