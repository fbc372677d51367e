// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// module: trq_sar
// parameters: N=8 TRQ=1 RST=async
// regenerate: cimgen gen trq_sar N=8 TRQ=1 RST=async -o DIR

module trq_sar (
  input  wire       clk_i,  // clock
  input  wire       rst_ni,  // reset, active low
  input  wire       trq_en_i,  // 0: uniform N-bit search
  input  wire       msb_first_i,  // search order: 0 threshold, 1 msb_first
  input  wire [3:0] bexp_i,  // TRQ boundary B = 2^bexp, sampled when a conversion is accepted
  input  wire [3:0] s1_i,  // TRQ step exponent in R1
  input  wire [3:0] s2_i,  // TRQ step exponent in R2
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
  reg [1:0] phase_q;  // 0 threshold compare, 1 msb_first upper bits, 2 trials down to lo
  reg [3:0] bit_q;  // bit under trial
  reg [7:0] code_q;  // bits kept so far
  reg [3:0] ncmp_q;  // comparisons made so far
  reg flag_q;  // value in R2
  reg [3:0] bexp_q;
  reg [3:0] s1_q;
  reg [3:0] s2_q;
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
  wire [3:0] lo;  // lowest bit of the current trial phase
  wire [3:0] sexp;  // step exponent of the result
  wire [7:0] half;  // step / 2 for step > 1
  wire accept;  // a request is accepted at this edge
  assign trial = code_q | (8'd1 << bit_q);
  assign kept = cmp_i ? trial : code_q;
  wire upper;  // msb_first: a bit at or above bexp is kept
  assign upper = (kept >> bexp_q) != 8'd0;
  assign flag_n = (phase_q == 2'd0) ? cmp_i : ((phase_q == 2'd1) ? upper : flag_q);
  assign lo = flag_n ? s2_q : s1_q;
  assign last = busy_q && (((phase_q == 2'd2) && (bit_q == lo)) || (((phase_q == 2'd1) && (bit_q == bexp_q)) && (lo == bexp_q)));
  assign dac_o = (phase_q == 2'd0) ? (8'd1 << bexp_q) : trial;
  assign sexp = flag_n ? s2_q : s1_q;
  assign half = (sexp == 4'd0) ? 8'd0 : (8'd1 << (sexp - 4'd1));
  assign ready_o = !busy_q || last;
  assign accept = start_i && ready_o;
  assign cmp_en_o = busy_q;
  assign valid_o = valid_q;
  assign flag_o = flag_out_q;
  assign code_o = code_out_q;
  assign q_o = q_out_q;
  assign ncmp_o = ncmp_out_q;

  // Run-time settings: illegal ones fall back to a uniform conversion
  wire legal;  // trq_en_i with a legal setting
  assign legal = (((((trq_en_i && (bexp_i >= 4'd1)) && (bexp_i <= 4'd7)) && (s1_i < bexp_i)) && (s2_i >= s1_i)) && (s2_i <= 4'd7)) && (!msb_first_i || (s2_i <= bexp_i));
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q <= 1'd0;
      phase_q <= 2'd2;
      flag_q <= 1'd0;
      bexp_q <= 4'd0;
      s1_q <= 4'd0;
      s2_q <= 4'd0;
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
        flag_q <= 1'd0;
        bexp_q <= bexp_i;
        if (legal) begin
          phase_q <= msb_first_i ? 2'd1 : 2'd0;
          s1_q <= s1_i;
          s2_q <= s2_i;
        end else begin
          phase_q <= 2'd2;
          s1_q <= 4'd0;
          s2_q <= 4'd0;
        end
      end else begin
        if (last) begin
          busy_q <= 1'd0;
        end
        if (busy_q && !last) begin
          ncmp_q <= ncmp_q + 4'd1;
          flag_q <= flag_n;
          case (phase_q)
            2'd0: begin
              phase_q <= 2'd2;
              bit_q <= cmp_i ? 4'd7 : (bexp_q - 4'd1);
            end
            2'd1: begin
              code_q <= kept;
              if (bit_q == bexp_q) begin
                phase_q <= 2'd2;
              end
              bit_q <= bit_q - 4'd1;
            end
            default: begin
              code_q <= kept;
              bit_q <= bit_q - 4'd1;
            end
          endcase
        end
      end
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  (* anyconst *) wire [9:0] f_v2;
  (* anyconst *) wire f_trq;
  (* anyconst *) wire f_msb;
  (* anyconst *) wire [3:0] f_bexp;
  (* anyconst *) wire [3:0] f_s1;
  (* anyconst *) wire [3:0] f_s2;
  wire [7:0] f_fv;  // min(floor(v), 2^N - 1)
  assign f_fv = f_v2[9] ? {8{1'b1}} : f_v2[8:1];
  wire f_flag;
  wire [7:0] f_code;
  wire [3:0] f_ncmp;
  wire [7:0] f_q;
  wire f_legal;
  assign f_legal = (((((f_trq && (f_bexp >= 4'd1)) && (f_bexp < 4'd8)) && (f_s1 < f_bexp)) && (f_s2 >= f_s1)) && (f_s2 < 4'd8)) && (!f_msb || (f_s2 <= f_bexp));
  assign f_flag = f_legal && (f_fv >= (8'd1 << f_bexp));
  assign f_code = !f_legal ? f_fv : (f_flag ? ((f_fv >> f_s2) << f_s2) : (((f_fv & ((8'd1 << f_bexp) - 8'd1)) >> f_s1) << f_s1));
  assign f_ncmp = !f_legal ? 4'd8 : (f_msb ? (4'd8 - (f_flag ? f_s2 : f_s1)) : (f_flag ? ((4'd1 + 4'd8) - f_s2) : ((4'd1 + f_bexp) - f_s1)));
  assign f_q = (!f_legal || ((f_flag ? f_s2 : f_s1) == 4'd0)) ? f_code : (f_code + (8'd1 << ((f_flag ? f_s2 : f_s1) - 4'd1)));
  reg [4:0] f_cnt = 5'd0;
  reg [4:0] f_done_cnt = 5'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    assume (cmp_i == (f_v2 >= {1'd0, dac_o, 1'd0}));
    assume (trq_en_i == f_trq);
    assume (msb_first_i == f_msb);
    assume (bexp_i == f_bexp);
    assume (s1_i == f_s1);
    assume (s2_i == f_s2);
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
