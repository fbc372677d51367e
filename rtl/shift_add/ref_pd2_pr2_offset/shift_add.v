// cimgen 0.1.0: generated file, do not edit.
// block: shift_add
// module: shift_add
// parameters: N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async
// regenerate: cimgen gen shift_add N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async -o DIR

module shift_add (
  input  wire        clk_i,  // clock
  input  wire        rst_ni,  // asynchronous reset, active low
  input  wire [3:0]  cfg_pi_i,  // input bits PI, 1..8 (clamped)
  input  wire        cfg_in_signed_i,  // inputs are two's complement
  input  wire [3:0]  cfg_pw_i,  // weight bits PW, 1..8 (clamped)
  input  wire [1:0]  cfg_k_i,  // ADC gain shift k, 0..3 (clamped)
  input  wire        in_valid_i,  // conversion result valid
  output wire        in_ready_o,  // conversion result accepted when valid and ready
  input  wire [9:0]  in_code_i,  // ADC code
  input  wire [3:0]  in_sexp_i,  // step = 2^sexp, 0..9 (clamped)
  input  wire [2:0]  in_slice_i,  // input slice t, 0..4
  input  wire [1:0]  in_col_i,  // weight column j, 0..3
  input  wire        in_last_i,  // last conversion of the dot product
  input  wire [14:0] in_xsum_i,  // sum of the inputs (two's complement), read with the last beat
  output wire        out_valid_o,  // dot product valid
  input  wire        out_ready_i,  // dot product accepted when valid and ready
  output wire [27:0] out_data_o  // dot product (two's complement)
);
  // Accumulator width 28 holds every reachable value, -113421184..76023352

  // Run-time settings, clamped to their generated ranges
  wire [5:0] pi_e;  // effective PI
  wire [5:0] pw_e;  // effective PW
  wire [5:0] k_e;  // effective k
  assign pi_e = {2'd0, (cfg_pi_i < 4'd1) ? 4'd1 : ((cfg_pi_i > 4'd8) ? 4'd8 : cfg_pi_i)};
  assign pw_e = {2'd0, (cfg_pw_i < 4'd1) ? 4'd1 : ((cfg_pw_i > 4'd8) ? 4'd8 : cfg_pw_i)};
  assign k_e = {4'd0, cfg_k_i};

  // Significance of the beat: b_t + j*PR, sign slice, tags inside the layer
  wire [5:0] t_pd;  // t * PD
  wire [5:0] j_pr;  // j * PR
  wire sign_slice;  // last slice of a signed input: subtracted
  wire in_range;  // t and j address the current layer; other beats add 0
  wire [5:0] b_t;  // first input bit of the slice
  wire [5:0] shamt;  // k + b_t + j*PR
  assign t_pd = {3'd0, in_slice_i} * 6'd2;
  assign j_pr = {4'd0, in_col_i} * 6'd2;
  assign sign_slice = cfg_in_signed_i && (t_pd >= (pi_e - 6'd1));
  assign in_range = (t_pd < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e)) && (j_pr < pw_e);
  assign b_t = sign_slice ? (pi_e - 6'd1) : t_pd;
  assign shamt = (k_e + b_t) + j_pr;

  // rec << shamt = ((2*code + half-step term) << (k + b_t + j*PR)) >> 1; exact since twice is even when shamt = 0
  wire [3:0] sexp_e;  // effective step exponent
  wire [11:0] half;  // step if step << k > 1, else 0
  wire [11:0] twice;  // 2 * code + half
  wire [27:0] mag;  // rec << (b_t + j*PR)
  wire neg;  // the beat is subtracted
  wire [27:0] contrib;  // signed contribution of the beat
  assign sexp_e = (in_sexp_i > 4'd9) ? 4'd9 : in_sexp_i;
  assign half = ((sexp_e != 4'd0) || (k_e != 6'd0)) ? (12'd1 << sexp_e) : 12'd0;
  assign twice = {1'd0, in_code_i, 1'd0} + half;
  assign mag = (shamt == 6'd0) ? {17'd0, twice[11:1]} : ({16'd0, twice} << (shamt - 6'd1));
  assign neg = sign_slice;
  assign contrib = in_range ? (neg ? (-mag) : mag) : 28'd0;

  // Accumulator and output stage
  reg [27:0] acc_q;  // partial dot product
  reg out_valid_q;
  reg [27:0] out_data_q;
  wire [27:0] sum;  // accumulator plus this beat
  wire [27:0] result;  // dot product closed by the last beat
  wire accept;  // a beat is taken this cycle
  assign sum = acc_q + contrib;
  wire [27:0] corr;  // offset correction 2^(PW-1) * xsum
  assign corr = {{13{in_xsum_i[14]}}, in_xsum_i} << (pw_e - 6'd1);
  assign result = sum - corr;
  assign in_ready_o = !((in_last_i && out_valid_q) && !out_ready_i);
  assign accept = in_valid_i && in_ready_o;
  assign out_valid_o = out_valid_q;
  assign out_data_o = out_data_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acc_q <= 28'd0;
      out_valid_q <= 1'd0;
      out_data_q <= 28'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if (accept) begin
        if (in_last_i) begin
          acc_q <= 28'd0;
          out_valid_q <= 1'd1;
          out_data_q <= result;
        end else begin
          acc_q <= sum;
        end
      end
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  (* anyconst *) wire [3:0] f_cfg_pi;
  (* anyconst *) wire [3:0] f_cfg_pw;
  (* anyconst *) wire f_cfg_signed;
  (* anyconst *) wire [1:0] f_cfg_k;
  reg [19:0] f_seen_q = 20'd0;
  reg [62:0] f_shadow_q = 63'd0;
  reg [62:0] f_result_q = 63'd0;
  wire [4:0] f_tag;
  wire [62:0] f_hi;
  wire [62:0] f_lo;
  assign f_tag = ({2'd0, in_slice_i} * 5'd4) + ({3'd0, in_col_i} * 5'd1);
  wire [62:0] f_term0;
  wire f_neg0;
  assign f_term0 = ((f_seen_q[0] && (6'd0 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd0 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd0)) + 6'd0)) >>
      63'd1) : 63'd0;
  assign f_neg0 = cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1));
  wire [62:0] f_term1;
  wire f_neg1;
  assign f_term1 = ((f_seen_q[1] && (6'd0 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd2 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd0)) + 6'd2)) >>
      63'd1) : 63'd0;
  assign f_neg1 = cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1));
  wire [62:0] f_term2;
  wire f_neg2;
  assign f_term2 = ((f_seen_q[2] && (6'd0 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd4 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd0)) + 6'd4)) >>
      63'd1) : 63'd0;
  assign f_neg2 = cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1));
  wire [62:0] f_term3;
  wire f_neg3;
  assign f_term3 = ((f_seen_q[3] && (6'd0 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd6 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd0)) + 6'd6)) >>
      63'd1) : 63'd0;
  assign f_neg3 = cfg_in_signed_i && (6'd0 >= (pi_e - 6'd1));
  wire [62:0] f_term4;
  wire f_neg4;
  assign f_term4 = ((f_seen_q[4] && (6'd2 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd0 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd2)) + 6'd0)) >>
      63'd1) : 63'd0;
  assign f_neg4 = cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1));
  wire [62:0] f_term5;
  wire f_neg5;
  assign f_term5 = ((f_seen_q[5] && (6'd2 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd2 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd2)) + 6'd2)) >>
      63'd1) : 63'd0;
  assign f_neg5 = cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1));
  wire [62:0] f_term6;
  wire f_neg6;
  assign f_term6 = ((f_seen_q[6] && (6'd2 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd4 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd2)) + 6'd4)) >>
      63'd1) : 63'd0;
  assign f_neg6 = cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1));
  wire [62:0] f_term7;
  wire f_neg7;
  assign f_term7 = ((f_seen_q[7] && (6'd2 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd6 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd2)) + 6'd6)) >>
      63'd1) : 63'd0;
  assign f_neg7 = cfg_in_signed_i && (6'd2 >= (pi_e - 6'd1));
  wire [62:0] f_term8;
  wire f_neg8;
  assign f_term8 = ((f_seen_q[8] && (6'd4 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd0 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd4)) + 6'd0)) >>
      63'd1) : 63'd0;
  assign f_neg8 = cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1));
  wire [62:0] f_term9;
  wire f_neg9;
  assign f_term9 = ((f_seen_q[9] && (6'd4 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd2 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd4)) + 6'd2)) >>
      63'd1) : 63'd0;
  assign f_neg9 = cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1));
  wire [62:0] f_term10;
  wire f_neg10;
  assign f_term10 = ((f_seen_q[10] && (6'd4 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd4 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd4)) + 6'd4)) >>
      63'd1) : 63'd0;
  assign f_neg10 = cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1));
  wire [62:0] f_term11;
  wire f_neg11;
  assign f_term11 = ((f_seen_q[11] && (6'd4 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd6 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd4)) + 6'd6)) >>
      63'd1) : 63'd0;
  assign f_neg11 = cfg_in_signed_i && (6'd4 >= (pi_e - 6'd1));
  wire [62:0] f_term12;
  wire f_neg12;
  assign f_term12 = ((f_seen_q[12] && (6'd6 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd0 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd6)) + 6'd0)) >>
      63'd1) : 63'd0;
  assign f_neg12 = cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1));
  wire [62:0] f_term13;
  wire f_neg13;
  assign f_term13 = ((f_seen_q[13] && (6'd6 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd2 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd6)) + 6'd2)) >>
      63'd1) : 63'd0;
  assign f_neg13 = cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1));
  wire [62:0] f_term14;
  wire f_neg14;
  assign f_term14 = ((f_seen_q[14] && (6'd6 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd4 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd6)) + 6'd4)) >>
      63'd1) : 63'd0;
  assign f_neg14 = cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1));
  wire [62:0] f_term15;
  wire f_neg15;
  assign f_term15 = ((f_seen_q[15] && (6'd6 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd6 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd6)) + 6'd6)) >>
      63'd1) : 63'd0;
  assign f_neg15 = cfg_in_signed_i && (6'd6 >= (pi_e - 6'd1));
  wire [62:0] f_term16;
  wire f_neg16;
  assign f_term16 = ((f_seen_q[16] && (6'd8 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd0 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd8)) + 6'd0)) >>
      63'd1) : 63'd0;
  assign f_neg16 = cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1));
  wire [62:0] f_term17;
  wire f_neg17;
  assign f_term17 = ((f_seen_q[17] && (6'd8 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd2 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd8)) + 6'd2)) >>
      63'd1) : 63'd0;
  assign f_neg17 = cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1));
  wire [62:0] f_term18;
  wire f_neg18;
  assign f_term18 = ((f_seen_q[18] && (6'd8 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd4 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd8)) + 6'd4)) >>
      63'd1) : 63'd0;
  assign f_neg18 = cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1));
  wire [62:0] f_term19;
  wire f_neg19;
  assign f_term19 = ((f_seen_q[19] && (6'd8 < (cfg_in_signed_i ? ((pi_e - 6'd1) + 6'd2) : pi_e))) && (6'd6 < pw_e)) ?
      (({51'd0, 12'd2558} << ((k_e + ((cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1))) ? (pi_e - 6'd1) : 6'd8)) + 6'd6)) >>
      63'd1) : 63'd0;
  assign f_neg19 = cfg_in_signed_i && (6'd8 >= (pi_e - 6'd1));
  assign f_hi = (((((((((((((((((((63'd0 + (f_neg0 ? 63'd0 : f_term0)) + (f_neg1 ? 63'd0 : f_term1)) +
      (f_neg2 ? 63'd0 : f_term2)) + (f_neg3 ? 63'd0 : f_term3)) + (f_neg4 ? 63'd0 : f_term4)) +
      (f_neg5 ? 63'd0 : f_term5)) + (f_neg6 ? 63'd0 : f_term6)) + (f_neg7 ? 63'd0 : f_term7)) +
      (f_neg8 ? 63'd0 : f_term8)) + (f_neg9 ? 63'd0 : f_term9)) + (f_neg10 ? 63'd0 : f_term10)) +
      (f_neg11 ? 63'd0 : f_term11)) + (f_neg12 ? 63'd0 : f_term12)) + (f_neg13 ? 63'd0 : f_term13)) +
      (f_neg14 ? 63'd0 : f_term14)) + (f_neg15 ? 63'd0 : f_term15)) + (f_neg16 ? 63'd0 : f_term16)) +
      (f_neg17 ? 63'd0 : f_term17)) + (f_neg18 ? 63'd0 : f_term18)) + (f_neg19 ? 63'd0 : f_term19);
  assign f_lo = (((((((((((((((((((63'd0 + (f_neg0 ? f_term0 : 63'd0)) + (f_neg1 ? f_term1 : 63'd0)) +
      (f_neg2 ? f_term2 : 63'd0)) + (f_neg3 ? f_term3 : 63'd0)) + (f_neg4 ? f_term4 : 63'd0)) +
      (f_neg5 ? f_term5 : 63'd0)) + (f_neg6 ? f_term6 : 63'd0)) + (f_neg7 ? f_term7 : 63'd0)) +
      (f_neg8 ? f_term8 : 63'd0)) + (f_neg9 ? f_term9 : 63'd0)) + (f_neg10 ? f_term10 : 63'd0)) +
      (f_neg11 ? f_term11 : 63'd0)) + (f_neg12 ? f_term12 : 63'd0)) + (f_neg13 ? f_term13 : 63'd0)) +
      (f_neg14 ? f_term14 : 63'd0)) + (f_neg15 ? f_term15 : 63'd0)) + (f_neg16 ? f_term16 : 63'd0)) +
      (f_neg17 ? f_term17 : 63'd0)) + (f_neg18 ? f_term18 : 63'd0)) + (f_neg19 ? f_term19 : 63'd0);
  wire [62:0] f_contrib;
  assign f_contrib = in_range ? (neg ? (63'd0 - (({51'd0, twice} << shamt) >> 63'd1)) :
      (({51'd0, twice} << shamt) >> 63'd1)) : 63'd0;
  wire [62:0] f_corr;
  assign f_corr = {{48{in_xsum_i[14]}}, in_xsum_i} << (pw_e - 6'd1);
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    assume (cfg_pi_i == f_cfg_pi);
    assume (cfg_pw_i == f_cfg_pw);
    assume (cfg_in_signed_i == f_cfg_signed);
    assume (cfg_k_i == f_cfg_k);
    if (accept && in_range) begin
      assume (!f_seen_q[f_tag]);
    end
    if (!rst_ni) begin
      f_seen_q <= 20'd0;
      f_shadow_q <= 63'd0;
    end else if (accept) begin
      if (in_last_i) begin
        f_seen_q <= 20'd0;
        f_shadow_q <= 63'd0;
        f_result_q <= (f_shadow_q + f_contrib) - f_corr;
      end else begin
        f_seen_q <= in_range ? (f_seen_q | (20'd1 << f_tag)) : f_seen_q;
        f_shadow_q <= f_shadow_q + f_contrib;
      end
    end
    if (f_past_valid) begin
      // reset: empty accumulator, no output
      if (!$past(rst_ni)) begin
        assert (!out_valid_o);
        assert (acc_q == 28'd0);
      end
      // output handshake: valid held and data stable until ready
      if (($past(rst_ni) && rst_ni) && $past(out_valid_o && !out_ready_i)) begin
        assert (out_valid_o);
        assert (out_data_o == $past(out_data_o));
      end
      // no overflow: the accumulator is its exact shadow, within the derived range
      if (rst_ni && $past(rst_ni)) begin
        assert ({{35{acc_q[27]}}, acc_q} == f_shadow_q);
        assert ($signed(f_shadow_q) <= $signed(f_hi));
        assert ($signed(f_shadow_q) >= $signed(63'd0 - f_lo));
        assert ($signed(f_hi) <= $signed(63'sh4880638));
        assert ($signed(63'd0 - f_lo) >= $signed(63'sh7ffffffff93d5480));
        if (out_valid_o) begin
          assert ({{35{out_data_o[27]}}, out_data_o} == f_result_q);
          assert ($signed(f_result_q) >= $signed(63'sh7ffffffff93d5480));
          assert ($signed(f_result_q) <= $signed(63'sh4880638));
        end
      end
      cover (out_valid_o && out_ready_i);
    end
  end
`endif  // FORMAL
endmodule
