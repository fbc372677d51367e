// cimgen 0.1.0: generated file, do not edit.
// block: analog_acc
// module: analog_acc
// parameters: STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async
// regenerate: cimgen gen analog_acc STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async -o DIR

module analog_acc (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // asynchronous reset, active low
  input  wire         in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire         in_ready_o,
  input  wire [7:0]   in_data_i,  // x[r], unsigned
  output wire         out_valid_o,  // output stream: one neuron per beat
  input  wire         out_ready_i,
  output wire [7:0]   out_data_o,  // the PO most significant bits of x.w
  output wire         out_last_o,  // last neuron of the vector
  output wire         wl_en_o,  // the rows are driven
  output wire [127:0] dac_row_o,  // slice t of x[r], PD bits per row (0 while not driven)
  output wire         sh_o,  // accumulate slice slice_o into the held sums at this edge (0 starts them)
  output wire [2:0]   slice_o,  // the slice driven
  output wire [2:0]   adc_neuron_o,  // neuron under conversion
  output wire [7:0]   adc_dac_o,  // DAC code of this cycle's comparison
  output wire         adc_cmp_en_o,  // a comparison is made this cycle
  input  wire         adc_cmp_i  // comparator answer (value >= DAC)
);
  // Analog side: rows, the per-slice strobe, the ADC

  localparam [1:0] StIdle = 2'd0;  // waiting for a vector
  localparam [1:0] StDrive = 2'd1;  // slices driven, SETTLE cycles each, then sampled
  localparam [1:0] StConv = 2'd2;  // the conversions of every neuron
  reg [1:0] st_q;  // engine
  reg [1:0] st_d;  // next state
  wire start;  // the buffered vector starts
  // Input buffer: the elements shifted in, element 0 ends lowest
  reg [1023:0] ib_q;  // elements taken so far
  reg [7:0] cnt_q;  // elements in ib_q
  wire full;  // ib_q holds a whole vector
  assign full = cnt_q == 8'd128;
  assign in_ready_o = !full;
  wire take;  // an element is taken
  assign take = in_valid_i && !full;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cnt_q <= 8'd0;
    end else if (start) begin
      cnt_q <= 8'd0;
    end else if (take) begin
      cnt_q <= cnt_q + 8'd1;
    end
  end
  always @(posedge clk_i) begin
    if (take) begin
      ib_q <= {in_data_i, ib_q[1023:8]};
    end
  end

  assign start = full && (st_q == StIdle);
  // Slices: t = 0 .. T-1, LSB first, held SETTLE cycles, then sh_o
  reg [1023:0] x_q;  // the vector being driven
  reg [2:0] t_q;  // slice
  reg s_q;  // cycles slice t has been driven
  wire sample;
  assign sample = (st_q == StDrive) && (s_q == 1'd1);
  wire last_t;
  assign last_t = t_q == 3'd7;
  wire [127:0] slice0;  // slice 0 of every row's element
  wire [127:0] slice1;  // slice 1 of every row's element
  wire [127:0] slice2;  // slice 2 of every row's element
  wire [127:0] slice3;  // slice 3 of every row's element
  wire [127:0] slice4;  // slice 4 of every row's element
  wire [127:0] slice5;  // slice 5 of every row's element
  wire [127:0] slice6;  // slice 6 of every row's element
  wire [127:0] slice7;  // slice 7 of every row's element
  // Row r's element is x_q[r*8 +: 8]; its slice t goes on slice<t>[r*1 +: 1]
  genvar r;
  generate
    for (r = 0; r < 128; r = r + 1) begin : g_row
      assign slice0[1 * r] = x_q[8 * r];
      assign slice1[1 * r] = x_q[(8 * r) + 1];
      assign slice2[1 * r] = x_q[(8 * r) + 2];
      assign slice3[1 * r] = x_q[(8 * r) + 3];
      assign slice4[1 * r] = x_q[(8 * r) + 4];
      assign slice5[1 * r] = x_q[(8 * r) + 5];
      assign slice6[1 * r] = x_q[(8 * r) + 6];
      assign slice7[1 * r] = x_q[(8 * r) + 7];
    end
  endgenerate
  reg [127:0] drive;  // slice t
  always @(*) begin
    case (t_q)
      3'd1: begin
        drive = slice1;
      end
      3'd2: begin
        drive = slice2;
      end
      3'd3: begin
        drive = slice3;
      end
      3'd4: begin
        drive = slice4;
      end
      3'd5: begin
        drive = slice5;
      end
      3'd6: begin
        drive = slice6;
      end
      3'd7: begin
        drive = slice7;
      end
      default: begin
        drive = slice0;
      end
    endcase
  end
  assign wl_en_o = st_q == StDrive;
  assign dac_row_o = (st_q == StDrive) ? drive : 128'd0;
  assign sh_o = sample;
  assign slice_o = t_q;
  // Conversions: per neuron n, per line d, N comparisons MSB first
  reg [2:0] n_q;  // neuron
  reg [2:0] b_q;  // bit under trial
  reg [7:0] code_q;  // bits decided so far
  reg out_valid_q;
  reg [7:0] out_data_q;
  reg out_last_q;
  wire out_free;  // the output register can take a neuron this cycle
  assign out_free = !out_valid_q || out_ready_i;
  wire [7:0] trial;  // code with bit b set
  assign trial = code_q | (8'd1 << b_q);
  wire last_b;
  assign last_b = b_q == 3'd0;
  wire last_d;  // the neuron's last line
  assign last_d = 1'd1;
  wire last_neu;  // the last neuron
  assign last_neu = n_q == 3'd7;
  wire cmp_en;
  assign cmp_en = (st_q == StConv) && !((last_b && last_d) && !out_free);
  wire [7:0] code_f;  // the conversion's code after this comparison
  assign code_f = adc_cmp_i ? trial : code_q;
  wire [7:0] result;  // the neuron's output when its last comparison is made
  assign result = code_f;
  assign adc_neuron_o = n_q;
  assign adc_dac_o = cmp_en ? trial : 8'd0;
  assign adc_cmp_en_o = cmp_en;
  assign out_valid_o = out_valid_q;
  assign out_data_o = out_data_q;
  assign out_last_o = out_last_q;
  always @(*) begin
    st_d = st_q;
    case (st_q)
      StIdle: begin
        if (start) begin
          st_d = StDrive;
        end
      end
      StDrive: begin
        if (sample && last_t) begin
          st_d = StConv;
        end
      end
      StConv: begin
        if (((cmp_en && last_b) && last_d) && last_neu) begin
          st_d = StIdle;
        end
      end
      default: begin
        // a code no state has: kept
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      st_q <= StIdle;
    end else begin
      st_q <= st_d;
    end
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      out_valid_q <= 1'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if ((cmp_en && last_b) && last_d) begin
        out_valid_q <= 1'd1;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      x_q <= ib_q;
      t_q <= 3'd0;
      s_q <= 1'd0;
    end
    if (st_q == StDrive) begin
      if (sample) begin
        s_q <= 1'd0;
        if (!last_t) begin
          t_q <= t_q + 3'd1;
        end
      end else begin
        s_q <= s_q + 1'd1;
      end
    end
    if (sample && last_t) begin
      n_q <= 3'd0;
      b_q <= 3'd7;
      code_q <= 8'd0;
    end
    if (cmp_en) begin
      if (last_b) begin
        b_q <= 3'd7;
        code_q <= 8'd0;
        if (last_d) begin
          out_data_q <= result;
          out_last_q <= last_neu;
          n_q <= n_q + 3'd1;
        end
      end else begin
        b_q <= b_q - 3'd1;
        code_q <= code_f;
      end
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [3:0] f_cmp_q = 4'd0;
  reg [3:0] f_beats_q = 4'd0;
  wire [8:0] f_mask;  // bits b and below
  assign f_mask = (9'd2 << b_q) - 9'd1;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni || start) begin
      f_beats_q <= 4'd0;
    end
    if (((rst_ni && cmp_en) && last_b) && last_d) begin
      f_beats_q <= f_beats_q + 4'd1;
    end
    if (!rst_ni || (sample && last_t)) begin
      f_cmp_q <= 4'd0;
    end
    if (rst_ni && cmp_en) begin
      f_cmp_q <= last_b ? 4'd0 : (f_cmp_q + 4'd1);
    end
    if (f_past_valid) begin
      if (!$past(rst_ni)) begin
        assert (st_q == StIdle);
        assert (!out_valid_o);
        assert ((!wl_en_o && !sh_o) && !adc_cmp_en_o);
      end
      if (rst_ni) begin
        assert (((st_q == StIdle) || (st_q == StDrive)) || (st_q == StConv));
        assert (wl_en_o == (st_q == StDrive));
        if (!wl_en_o) begin
          assert (dac_row_o == 128'd0);
        end
        if (st_q == StDrive) begin
          assert (t_q <= 3'd7);
          assert (s_q <= 1'd1);
        end
        if (st_q == StConv) begin
          assert (n_q <= 3'd7);
          assert (b_q <= 3'd7);
          // SAR: the bits at and below the trial bit are undecided; N comparisons per conversion
          assert ((code_q & f_mask[7:0]) == 8'd0);
          assert (({1'd0, b_q} + f_cmp_q) == 4'd7);
          assert ({1'd0, n_q} == f_beats_q);
        end
        if (!adc_cmp_en_o) begin
          assert (adc_dac_o == 8'd0);
        end
        if (adc_cmp_en_o) begin
          assert (adc_dac_o == trial);
        end
        if (out_valid_o && out_last_o) begin
          assert ((st_q != StConv) || (f_beats_q == 4'd0));
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // a slice is held while it settles, and the next one follows its sample
        if ($past((st_q == StDrive) && !sample) && (st_q == StDrive)) begin
          assert (dac_row_o == $past(dac_row_o));
          assert (t_q == $past(t_q));
          assert (s_q == ($past(s_q) + 1'd1));
        end
        if ($past(sample && !last_t)) begin
          assert (st_q == StDrive);
          assert (t_q == ($past(t_q) + 3'd1));
          assert (s_q == 1'd0);
        end
        if ($past(start)) begin
          assert (t_q == 3'd0);
          assert (st_q == StDrive);
        end
        // output handshake
        if ($past(out_valid_o && !out_ready_i)) begin
          assert (out_valid_o);
          assert (out_data_o == $past(out_data_o));
          assert (out_last_o == $past(out_last_o));
        end
      end
      cover ((out_valid_o && out_ready_i) && out_last_o);
    end
  end
`endif  // FORMAL
endmodule
