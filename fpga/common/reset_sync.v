// Reset for the board tops: asserted asynchronously (arst_ni low: a button or
// a lost clock lock), released synchronously three clocks after it goes high.
module reset_sync (
  input  wire clk_i,
  input  wire arst_ni,
  output wire rst_no
);
  reg [2:0] q;
  always @(posedge clk_i or negedge arst_ni)
    if (!arst_ni) q <= 3'b000;
    else q <= {q[1:0], 1'b1};
  assign rst_no = q[2];
endmodule
