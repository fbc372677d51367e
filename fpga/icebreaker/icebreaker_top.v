// iCEBreaker (iCE40 UP5K, SG48) top of the cimgen FPGA prototype: the 12 MHz
// board clock through the PLL to the core clock (core_pll, written by icepll
// for the core's CLK_HZ by tools/fpga.sh), a reset synchronizer on the user
// button (BTN_N) and the PLL lock, the USB UART (FTDI channel B) to the core.
// LEDs: red = a status bit is set (see the PING command), green = a command is
// being received.
module icebreaker_top (
  input  wire CLK,     // 12 MHz
  input  wire BTN_N,   // user button, low when pressed: reset
  input  wire RX,      // UART from the host
  output wire TX,      // UART to the host
  output wire LEDR_N,  // red LED, active low
  output wire LEDG_N   // green LED, active low
);
  wire clk, locked;
  core_pll u_pll (.clock_in(CLK), .clock_out(clk), .locked(locked));

  // Reset: asserted asynchronously by the button or a lost lock, released
  // synchronously, three core clocks after both are good.
  wire arst_n = BTN_N & locked;
  wire rst_n;
  reset_sync u_rst (.clk_i(clk), .arst_ni(arst_n), .rst_no(rst_n));

  wire err, act;
  cim_fpga u_core (
    .clk_i(clk), .rst_ni(rst_n),
    .uart_rx_i(RX), .uart_tx_o(TX),
    .err_o(err), .act_o(act)
  );
  assign LEDR_N = ~err;
  assign LEDG_N = ~act;
endmodule
