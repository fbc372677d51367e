// Arty A7-35T top of the cimgen FPGA prototype: the 100 MHz board clock
// through an MMCM to the core clock (CLKOUT0 = 100 MHz * MULT / DIV / ODIV,
// set by the parameters to the core's CLK_HZ), a reset synchronizer on the
// CK_RST button and the MMCM lock, the USB UART to the core.
// LEDs: LD4 = a status bit is set (see the PING command), LD5 = a command is
// being received, LD6 = the MMCM is locked.
module arty_top #(
  parameter real MULT = 12.0,   // VCO = 100 MHz * MULT / DIV (600..1200 MHz)
  parameter integer DIV = 1,
  parameter real ODIV = 24.0    // core clock = VCO / ODIV (50 MHz)
) (
  input  wire       CLK100MHZ,
  input  wire       ck_rst,        // low when pressed: reset
  input  wire       uart_txd_in,   // UART from the host
  output wire       uart_rxd_out,  // UART to the host
  output wire [2:0] led
);
  wire clk_fb, clk_mmcm, clk, locked;
  MMCME2_BASE #(
    .CLKIN1_PERIOD(10.0),
    .CLKFBOUT_MULT_F(MULT),
    .DIVCLK_DIVIDE(DIV),
    .CLKOUT0_DIVIDE_F(ODIV)
  ) u_mmcm (
    .CLKIN1(CLK100MHZ), .CLKFBIN(clk_fb), .CLKFBOUT(clk_fb), .CLKOUT0(clk_mmcm),
    .LOCKED(locked), .PWRDWN(1'b0), .RST(1'b0),
    .CLKFBOUTB(), .CLKOUT0B(), .CLKOUT1(), .CLKOUT1B(), .CLKOUT2(), .CLKOUT2B(),
    .CLKOUT3(), .CLKOUT3B(), .CLKOUT4(), .CLKOUT5(), .CLKOUT6()
  );
  BUFG u_bufg (.I(clk_mmcm), .O(clk));

  wire arst_n = ck_rst & locked;
  wire rst_n;
  reset_sync u_rst (.clk_i(clk), .arst_ni(arst_n), .rst_no(rst_n));

  wire err, act;
  cim_fpga u_core (
    .clk_i(clk), .rst_ni(rst_n),
    .uart_rx_i(uart_txd_in), .uart_tx_o(uart_rxd_out),
    .err_o(err), .act_o(act)
  );
  assign led = {locked, act, err};
endmodule
