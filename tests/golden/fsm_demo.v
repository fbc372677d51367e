module fsm_demo (
  input  wire  clk_i,
  input  wire  rst_ni,
  input  wire  go_i,
  input  wire  done_i,
  output wire  busy_o
);
  localparam [1:0] StIdle = 2'd0;  // waiting
  localparam [1:0] StRun = 2'd1;  // working
  localparam [1:0] StDone = 2'd3;  // result out
  reg [1:0] state_q;  // sequencer
  reg [1:0] state_d;  // next state
  assign busy_o = state_q == StRun;
  always @(*) begin
    state_d = state_q;
    case (state_q)
      StIdle: begin
        if (go_i) begin
          state_d = StRun;
        end
      end
      StRun: begin
        if (done_i) begin
          state_d = StDone;
        end
      end
      StDone: begin
        if (go_i) begin
          state_d = StRun;
        end else begin
          state_d = StIdle;
        end
      end
      default: begin
        state_d = StIdle;
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
    end else begin
      state_q <= state_d;
    end
  end
endmodule
