module sync_demo (
  input  wire  clk_i,
  input  wire  rst_ni,
  output reg   q_o
);
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      q_o <= 1'd0;
    end else begin
      q_o <= ~q_o;
    end
  end
endmodule
