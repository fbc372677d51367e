// cimgen 0.1.0: generated file, do not edit.
// block: stack_ctl
// module: stack_ctl
// parameters: MODE=expansion R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=sync
// regenerate: cimgen gen stack_ctl MODE=expansion R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=sync -o DIR

module stack_ctl (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // synchronous reset, active low
  input  wire         w_valid_i,  // weight stream: one row per beat, a layer's ROWS rows in order
  output wire         w_ready_o,
  input  wire [9:0]   w_data_i,  // the row's cells, column c at bits c*PR
  input  wire         in_valid_i,  // input stream: one vector per beat
  output wire         in_ready_o,
  input  wire [139:0] in_data_i,  // element r (row r) at bits r*PI
  input  wire         in_last_i,  // the layer's last vector
  output wire         out_valid_o,  // output stream: one vector's column sums per beat
  input  wire         out_ready_i,
  output wire [119:0] out_data_o,  // column c's sum at bits c*SUM_W
  output wire         out_last_o,  // the layer's last vector
  output wire [1:0]   re_o,  // read-enable of each half: its cells drive the columns
  output wire [139:0] row_o,  // row inputs, half h at bits h*R*PI (0 while not read)
  output wire         sh_o,  // col_i is sampled at this edge
  input  wire [119:0] col_i,  // the shared columns' sums
  output wire [1:0]   prog_en_o,  // write pulse into half h (its cells isolated from the columns)
  output wire [3:0]   prog_row_o,  // row written
  output wire [9:0]   prog_data_o  // cells written (0 while no pulse)
);
  // The stack: two halves of R rows on C shared columns

  reg loaded0_q;  // the stack holds a layer to read
  // Write engine: a row per beat, then TPROG cycles of pulse
  reg wbusy_q;  // a row's write pulse is on
  reg [3:0] wrow_q;  // row of the half being written
  reg wh_q;  // half being written
  reg [1:0] wcnt_q;  // cycles of the pulse so far
  reg [9:0] wdata_q;  // the row's cells
  wire wfree;  // the half to write holds no layer
  assign wfree = !loaded0_q;
  assign w_ready_o = !wbusy_q && wfree;
  wire wtake;  // a weight row is taken
  assign wtake = w_valid_i && w_ready_o;
  wire wdone;  // the row's pulse ends at this edge
  assign wdone = wbusy_q && (wcnt_q == 2'd2);
  wire wlast_row;  // the half's last row
  assign wlast_row = wrow_q == 4'd9;
  wire wlayer;  // the layer's last row is written at this edge
  assign wlayer = (wdone && wlast_row) && wh_q;
  assign prog_en_o = {wbusy_q && wh_q, wbusy_q && !wh_q};
  assign prog_row_o = wrow_q;
  assign prog_data_o = wbusy_q ? wdata_q : 10'd0;
  // Read engine: a vector per beat, SETTLE cycles of drive, then the sample
  reg rbusy_q;  // a vector is driven
  reg s_q;  // cycles the vector has been driven
  reg [139:0] x_q;  // the vector
  reg last_q;  // the layer's last vector
  reg out_valid_q;
  reg [119:0] out_data_q;
  reg out_last_q;
  wire out_free;  // the output register can take a vector this cycle
  assign out_free = !out_valid_q || out_ready_i;
  wire rloaded;  // the half to read holds a layer
  assign rloaded = loaded0_q;
  assign in_ready_o = !rbusy_q && rloaded;
  wire rtake;  // a vector is taken
  assign rtake = in_valid_i && in_ready_o;
  wire sample;  // the columns are sampled at this edge (waits for the output register)
  assign sample = (rbusy_q && (s_q == 1'd0)) && out_free;
  wire rlayer;  // the layer's last vector is sampled at this edge
  assign rlayer = sample && last_q;
  assign re_o = {rbusy_q, rbusy_q};
  assign row_o = rbusy_q ? x_q : 140'd0;
  assign sh_o = sample;
  assign out_valid_o = out_valid_q;
  assign out_data_o = out_data_q;
  assign out_last_o = out_last_q;
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      loaded0_q <= 1'd0;
      wbusy_q <= 1'd0;
      wrow_q <= 4'd0;
      wh_q <= 1'd0;
      rbusy_q <= 1'd0;
      out_valid_q <= 1'd0;
    end else begin
      // write engine
      if (wtake) begin
        wbusy_q <= 1'd1;
      end
      if (wdone) begin
        wbusy_q <= 1'd0;
        if (wlast_row) begin
          wrow_q <= 4'd0;
          wh_q <= !wh_q;
        end else begin
          wrow_q <= wrow_q + 4'd1;
        end
      end
      // read engine
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if (rtake) begin
        rbusy_q <= 1'd1;
      end
      if (sample) begin
        rbusy_q <= 1'd0;
        out_valid_q <= 1'd1;
      end
      // loaded: set by the write engine, cleared by the read engine (never the same half at once)
      if (wlayer) begin
        loaded0_q <= 1'd1;
      end
      if (rlayer) begin
        loaded0_q <= 1'd0;
      end
    end
  end
  always @(posedge clk_i) begin
    if (wtake) begin
      wdata_q <= w_data_i;
      wcnt_q <= 2'd0;
    end
    if (wbusy_q && !wdone) begin
      wcnt_q <= wcnt_q + 2'd1;
    end
    if (rtake) begin
      x_q <= in_data_i;
      last_q <= in_last_i;
      s_q <= 1'd0;
    end
    if (sample) begin
      out_data_q <= col_i;
      out_last_q <= last_q;
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (f_past_valid) begin
      if (!$past(rst_ni)) begin
        assert (((!wbusy_q && !rbusy_q) && !out_valid_o) && !loaded0_q);
        assert (wrow_q == 4'd0);
      end
      if (rst_ni) begin
        // isolation: a half is never written while it is read
        assert ((prog_en_o & re_o) == 2'd0);
        assert (re_o[0] == re_o[1]);
        // a half is written only while it holds no layer, read only while it holds one
        if (wbusy_q) begin
          assert (wfree);
        end
        if (rbusy_q) begin
          assert (rloaded);
        end
        if (wrow_q != 4'd0) begin
          assert (wfree);
        end
        if (loaded0_q) begin
          assert (!wh_q);
        end
        assert (wrow_q <= 4'd9);
        if (wbusy_q) begin
          assert (wcnt_q <= 2'd2);
        end
        if (rbusy_q) begin
          assert (s_q <= 1'd0);
        end
        if (!wbusy_q) begin
          assert ((prog_en_o == 2'd0) && (prog_data_o == 10'd0));
        end
        if (!rbusy_q) begin
          assert ((re_o == 2'd0) && (row_o == 140'd0));
        end
        if (!re_o[0]) begin
          assert (row_o[69:0] == 70'd0);
        end
        if (!re_o[1]) begin
          assert (row_o[139:70] == 70'd0);
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // a write pulse: TPROG cycles with the row, the cells and the half held
        if ($past(wtake)) begin
          assert ((wbusy_q && (wcnt_q == 2'd0)) && (prog_data_o == $past(w_data_i)));
          assert (prog_row_o == $past(wrow_q));
          assert (prog_en_o == ($past(wh_q) ? 2'd2 : 2'd1));
        end
        if ($past(wbusy_q && !wdone)) begin
          assert (((wbusy_q && (prog_en_o == $past(prog_en_o))) && (prog_row_o == $past(prog_row_o))) &&
              (prog_data_o == $past(prog_data_o)));
          assert (wcnt_q == ($past(wcnt_q) + 2'd1));
        end
        if ($past(wdone)) begin
          assert (!wbusy_q);
        end
        // a vector: driven SETTLE cycles and held until sampled, the half it reads fixed
        if ($past(rtake)) begin
          assert ((rbusy_q && (s_q == 1'd0)) && (last_q == $past(in_last_i)));
        end
        if ($past(rbusy_q && !sample)) begin
          assert ((rbusy_q && (row_o == $past(row_o))) && (re_o == $past(re_o)));
        end
        if ($past(sample)) begin
          assert (((!rbusy_q && out_valid_o) && (out_data_o == $past(col_i))) && (out_last_o == $past(last_q)));
        end
        // output handshake
        if ($past(out_valid_o && !out_ready_i)) begin
          assert ((out_valid_o && (out_data_o == $past(out_data_o))) && (out_last_o == $past(out_last_o)));
        end
      end
      cover ((out_valid_o && out_ready_i) && out_last_o);
    end
  end
`endif  // FORMAL
endmodule
