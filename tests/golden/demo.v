// demo header
// parameters: X=1

module demo (
  input  wire              clk_i,  // clock
  input  wire              rst_ni,  // reset, active low
  input  wire [7:0]        data_i,  // data
  input  wire [1:0]        sel_i,
  output wire [7:0]        data_o,  // registered data
  output wire signed [8:0] sum_o  // signed sum
);
  localparam integer Width = 8;  // data width
  reg [7:0] data_q;
  reg [7:0] data_d;  // next value
  wire [8:0] sum;

  // combinational next state with a default first
  always @(*) begin
    data_d = data_q;
    case (sel_i)
      2'd0: begin
        data_d = data_i;
      end
      2'd1, 2'd2: begin
        data_d = data_q + 8'd1;
      end
      default: begin
        // hold
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      data_q <= 8'd0;
    end else if (sel_i == 2'd3) begin
      data_q <= data_i;
    end else if (sel_i[0]) begin
      data_q <= ~data_q;
    end else begin
      data_q <= data_d;
    end
  end
  assign sum = {1'd0, data_q} + {1'd0, data_i};
  assign data_o = data_q;
  assign sum_o = sum;
  child #(
    .Depth(4)
  ) u_child (
    .clk_i(clk_i),
    .x_i(data_q[0])
  );
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  (* anyconst *) wire [7:0] f_any;
  initial assume (!rst_ni);
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    assume (data_i != f_any);
    if (f_past_valid && $past(rst_ni)) begin
      assert (data_q != f_any);
      cover (data_q == 8'd3);
    end
  end
`endif  // FORMAL
endmodule
