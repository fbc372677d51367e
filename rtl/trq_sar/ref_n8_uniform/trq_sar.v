// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// module: trq_sar
// parameters: N=8 TRQ=0 RST=async
// regenerate: cimgen gen trq_sar N=8 TRQ=0 RST=async -o DIR

module trq_sar (
  input  wire       clk_i,  // clock
  input  wire       rst_ni,  // reset, active low
  input  wire       start_i,  // conversion request, accepted when start_i && ready_o
  output wire       ready_o,  // a request is accepted this cycle if start_i
  output wire [7:0] dac_o,  // DAC code of this cycle's comparison
  output wire       cmp_en_o,  // a comparison is made this cycle
  input  wire       cmp_i,  // comparator answer for dac_o: v >= dac_o
  output wire       valid_o,  // one-cycle pulse: the results are valid
  output wire       flag_o,  // value in R2 (0 in uniform mode)
  output wire [7:0] code_o,  // conversion code
  output wire [7:0] q_o,  // mid-point reconstruction: code + step/2 for step > 1
  output wire [3:0] ncmp_o  // comparisons used
);
  // Conversion state
  reg busy_q;  // a conversion is in progress
  reg [3:0] bit_q;  // bit under trial
  reg [7:0] code_q;  // bits kept so far
  reg [3:0] ncmp_q;  // comparisons made so far
  // Results
  reg valid_q;
  reg flag_out_q;
  reg [7:0] code_out_q;
  reg [7:0] q_out_q;
  reg [3:0] ncmp_out_q;

  // This cycle's comparison and its outcome
  wire [7:0] trial;  // code_q with the bit under trial set
  wire [7:0] kept;  // code after this trial
  wire last;  // this cycle's comparison is the conversion's last
  wire flag_n;  // flag after this comparison
  wire [3:0] sexp;  // step exponent of the result
  wire [7:0] half;  // step / 2 for step > 1
  wire accept;  // a request is accepted at this edge
  assign trial = code_q | (8'd1 << bit_q);
  assign kept = cmp_i ? trial : code_q;
  assign flag_n = 1'd0;
  assign last = busy_q && (bit_q == 4'd0);
  assign dac_o = trial;
  assign sexp = 4'd0;
  assign half = (sexp == 4'd0) ? 8'd0 : (8'd1 << (sexp - 4'd1));
  assign ready_o = !busy_q || last;
  assign accept = start_i && ready_o;
  assign cmp_en_o = busy_q;
  assign valid_o = valid_q;
  assign flag_o = flag_out_q;
  assign code_o = code_out_q;
  assign q_o = q_out_q;
  assign ncmp_o = ncmp_out_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q <= 1'd0;
      bit_q <= 4'd0;
      code_q <= 8'd0;
      ncmp_q <= 4'd0;
      valid_q <= 1'd0;
      flag_out_q <= 1'd0;
      code_out_q <= 8'd0;
      q_out_q <= 8'd0;
      ncmp_out_q <= 4'd0;
    end else begin
      valid_q <= last;
      if (last) begin
        flag_out_q <= flag_n;
        code_out_q <= kept;
        q_out_q <= kept + half;
        ncmp_out_q <= ncmp_q + 4'd1;
      end
      if (accept) begin
        busy_q <= 1'd1;
        code_q <= 8'd0;
        ncmp_q <= 4'd0;
        bit_q <= 4'd7;
      end else begin
        if (last) begin
          busy_q <= 1'd0;
        end
        if (busy_q && !last) begin
          ncmp_q <= ncmp_q + 4'd1;
          code_q <= kept;
          bit_q <= bit_q - 4'd1;
        end
      end
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  (* anyconst *) wire [9:0] f_v2;
  wire [7:0] f_fv;  // min(floor(v), 2^N - 1)
  assign f_fv = f_v2[9] ? {8{1'b1}} : f_v2[8:1];
  wire f_flag;
  wire [7:0] f_code;
  wire [3:0] f_ncmp;
  wire [7:0] f_q;
  assign f_flag = 1'd0;
  assign f_code = f_fv;
  assign f_ncmp = 4'd8;
  assign f_q = f_fv;
  reg [4:0] f_cnt = 5'd0;
  reg [4:0] f_done_cnt = 5'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    assume (cmp_i == (f_v2 >= {1'd0, dac_o, 1'd0}));
    if (!rst_ni) begin
      f_cnt <= 5'd0;
      f_done_cnt <= 5'd0;
    end else begin
      f_cnt <= (start_i && ready_o) ? 5'd0 : (cmp_en_o ? (f_cnt + 5'd1) : f_cnt);
      if (cmp_en_o) begin
        f_done_cnt <= f_cnt + 5'd1;
      end
    end
    if ((f_past_valid && rst_ni) && $past(rst_ni)) begin
      // a conversion never takes more comparisons than SPEC.md's count
      assert (!cmp_en_o || (f_cnt < {1'd0, f_ncmp}));
      // results: SPEC.md's count, flag, code and q
      if (valid_o) begin
        assert (f_done_cnt == {1'd0, f_ncmp});
        assert (ncmp_o == f_ncmp);
        assert (flag_o == f_flag);
        assert (code_o == f_code);
        assert (q_o == f_q);
      end
      // a busy controller compares every cycle until its result, so nothing accepted is lost
      if ($past(cmp_en_o) && !cmp_en_o) begin
        assert (valid_o);
      end
      cover (valid_o && $past(valid_o));
    end
    if (f_past_valid && !$past(rst_ni)) begin
      assert (!cmp_en_o);
      assert (!valid_o);
    end
  end
`endif  // FORMAL
endmodule
