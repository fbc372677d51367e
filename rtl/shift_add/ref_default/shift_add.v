// cimgen 0.1.0: generated file, do not edit.
// block: shift_add
// module: shift_add
// parameters: N=8 PD=1 PR=1 PI=8 PW=8 R=128 KMAX=0 w_enc=unsigned RST=async
// regenerate: cimgen gen shift_add N=8 PD=1 PR=1 PI=8 PW=8 R=128 KMAX=0 w_enc=unsigned RST=async -o DIR

module shift_add (
  input  wire        clk_i,  // clock
  input  wire        rst_ni,  // asynchronous reset, active low
  input  wire [3:0]  cfg_pi_i,  // input bits PI, 1..8 (clamped)
  input  wire        cfg_in_signed_i,  // inputs are two's complement
  input  wire [3:0]  cfg_pw_i,  // weight bits PW, 1..8 (clamped)
  input  wire        in_valid_i,  // conversion result valid
  output wire        in_ready_o,  // conversion result accepted when valid and ready
  input  wire [7:0]  in_code_i,  // ADC code
  input  wire [2:0]  in_sexp_i,  // step = 2^sexp, 0..7 (clamped)
  input  wire [2:0]  in_slice_i,  // input slice t, 0..7
  input  wire [2:0]  in_col_i,  // weight column j, 0..7
  input  wire        in_last_i,  // last conversion of the dot product
  output wire        out_valid_o,  // dot product valid
  input  wire        out_ready_i,  // dot product accepted when valid and ready
  output wire [25:0] out_data_o  // dot product (two's complement)
);
  // Accumulator width 26 holds every reachable value, -10412160..20742975

  // Run-time settings, clamped to their generated ranges
  wire [4:0] pi_e;  // effective PI
  wire [4:0] pw_e;  // effective PW
  wire [4:0] k_e;  // effective k
  assign pi_e = {1'd0, (cfg_pi_i < 4'd1) ? 4'd1 : ((cfg_pi_i > 4'd8) ? 4'd8 : cfg_pi_i)};
  assign pw_e = {1'd0, (cfg_pw_i < 4'd1) ? 4'd1 : ((cfg_pw_i > 4'd8) ? 4'd8 : cfg_pw_i)};
  assign k_e = 5'd0;

  // Significance of the beat: b_t + j*PR, sign slice, tags inside the layer
  wire [4:0] t_pd;  // t * PD
  wire [4:0] j_pr;  // j * PR
  wire sign_slice;  // last slice of a signed input: subtracted
  wire in_range;  // t and j address the current layer; other beats add 0
  wire [4:0] b_t;  // first input bit of the slice
  wire [4:0] shamt;  // k + b_t + j*PR
  assign t_pd = {2'd0, in_slice_i};
  assign j_pr = {2'd0, in_col_i};
  assign sign_slice = cfg_in_signed_i && (t_pd >= (pi_e - 5'd1));
  assign in_range = (t_pd < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e)) && (j_pr < pw_e);
  assign b_t = sign_slice ? (pi_e - 5'd1) : t_pd;
  assign shamt = (k_e + b_t) + j_pr;

  // rec << shamt = ((2*code + half-step term) << (k + b_t + j*PR)) >> 1; exact since twice is even when shamt = 0
  wire [2:0] sexp_e;  // effective step exponent
  wire [9:0] half;  // step if step << k > 1, else 0
  wire [9:0] twice;  // 2 * code + half
  wire [25:0] mag;  // rec << (b_t + j*PR)
  wire neg;  // the beat is subtracted
  wire [25:0] contrib;  // signed contribution of the beat
  assign sexp_e = in_sexp_i;
  assign half = ((sexp_e != 3'd0) || (k_e != 5'd0)) ? (10'd1 << sexp_e) : 10'd0;
  assign twice = {1'd0, in_code_i, 1'd0} + half;
  assign mag = (shamt == 5'd0) ? {17'd0, twice[9:1]} : ({16'd0, twice} << (shamt - 5'd1));
  assign neg = sign_slice;
  assign contrib = in_range ? (neg ? (-mag) : mag) : 26'd0;

  // Accumulator and output stage
  reg [25:0] acc_q;  // partial dot product
  reg out_valid_q;
  reg [25:0] out_data_q;
  wire [25:0] sum;  // accumulator plus this beat
  wire [25:0] result;  // dot product closed by the last beat
  wire accept;  // a beat is taken this cycle
  assign sum = acc_q + contrib;
  assign result = sum;
  assign in_ready_o = !((in_last_i && out_valid_q) && !out_ready_i);
  assign accept = in_valid_i && in_ready_o;
  assign out_valid_o = out_valid_q;
  assign out_data_o = out_data_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acc_q <= 26'd0;
      out_valid_q <= 1'd0;
      out_data_q <= 26'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if (accept) begin
        if (in_last_i) begin
          acc_q <= 26'd0;
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
  reg [63:0] f_seen_q = 64'd0;
  reg [58:0] f_shadow_q = 59'd0;
  reg [58:0] f_result_q = 59'd0;
  wire [6:0] f_tag;
  wire [58:0] f_hi;
  wire [58:0] f_lo;
  assign f_tag = ({4'd0, in_slice_i} * 7'd8) + ({4'd0, in_col_i} * 7'd1);
  wire [58:0] f_term0;
  wire f_neg0;
  assign f_term0 = ((f_seen_q[0] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg0 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term1;
  wire f_neg1;
  assign f_term1 = ((f_seen_q[1] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg1 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term2;
  wire f_neg2;
  assign f_term2 = ((f_seen_q[2] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg2 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term3;
  wire f_neg3;
  assign f_term3 = ((f_seen_q[3] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg3 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term4;
  wire f_neg4;
  assign f_term4 = ((f_seen_q[4] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg4 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term5;
  wire f_neg5;
  assign f_term5 = ((f_seen_q[5] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg5 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term6;
  wire f_neg6;
  assign f_term6 = ((f_seen_q[6] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg6 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term7;
  wire f_neg7;
  assign f_term7 = ((f_seen_q[7] && (5'd0 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd0)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg7 = cfg_in_signed_i && (5'd0 >= (pi_e - 5'd1));
  wire [58:0] f_term8;
  wire f_neg8;
  assign f_term8 = ((f_seen_q[8] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg8 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term9;
  wire f_neg9;
  assign f_term9 = ((f_seen_q[9] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg9 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term10;
  wire f_neg10;
  assign f_term10 = ((f_seen_q[10] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg10 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term11;
  wire f_neg11;
  assign f_term11 = ((f_seen_q[11] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg11 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term12;
  wire f_neg12;
  assign f_term12 = ((f_seen_q[12] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg12 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term13;
  wire f_neg13;
  assign f_term13 = ((f_seen_q[13] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg13 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term14;
  wire f_neg14;
  assign f_term14 = ((f_seen_q[14] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg14 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term15;
  wire f_neg15;
  assign f_term15 = ((f_seen_q[15] && (5'd1 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd1)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg15 = cfg_in_signed_i && (5'd1 >= (pi_e - 5'd1));
  wire [58:0] f_term16;
  wire f_neg16;
  assign f_term16 = ((f_seen_q[16] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg16 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term17;
  wire f_neg17;
  assign f_term17 = ((f_seen_q[17] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg17 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term18;
  wire f_neg18;
  assign f_term18 = ((f_seen_q[18] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg18 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term19;
  wire f_neg19;
  assign f_term19 = ((f_seen_q[19] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg19 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term20;
  wire f_neg20;
  assign f_term20 = ((f_seen_q[20] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg20 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term21;
  wire f_neg21;
  assign f_term21 = ((f_seen_q[21] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg21 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term22;
  wire f_neg22;
  assign f_term22 = ((f_seen_q[22] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg22 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term23;
  wire f_neg23;
  assign f_term23 = ((f_seen_q[23] && (5'd2 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd2)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg23 = cfg_in_signed_i && (5'd2 >= (pi_e - 5'd1));
  wire [58:0] f_term24;
  wire f_neg24;
  assign f_term24 = ((f_seen_q[24] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg24 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term25;
  wire f_neg25;
  assign f_term25 = ((f_seen_q[25] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg25 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term26;
  wire f_neg26;
  assign f_term26 = ((f_seen_q[26] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg26 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term27;
  wire f_neg27;
  assign f_term27 = ((f_seen_q[27] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg27 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term28;
  wire f_neg28;
  assign f_term28 = ((f_seen_q[28] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg28 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term29;
  wire f_neg29;
  assign f_term29 = ((f_seen_q[29] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg29 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term30;
  wire f_neg30;
  assign f_term30 = ((f_seen_q[30] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg30 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term31;
  wire f_neg31;
  assign f_term31 = ((f_seen_q[31] && (5'd3 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd3)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg31 = cfg_in_signed_i && (5'd3 >= (pi_e - 5'd1));
  wire [58:0] f_term32;
  wire f_neg32;
  assign f_term32 = ((f_seen_q[32] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg32 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term33;
  wire f_neg33;
  assign f_term33 = ((f_seen_q[33] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg33 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term34;
  wire f_neg34;
  assign f_term34 = ((f_seen_q[34] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg34 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term35;
  wire f_neg35;
  assign f_term35 = ((f_seen_q[35] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg35 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term36;
  wire f_neg36;
  assign f_term36 = ((f_seen_q[36] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg36 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term37;
  wire f_neg37;
  assign f_term37 = ((f_seen_q[37] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg37 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term38;
  wire f_neg38;
  assign f_term38 = ((f_seen_q[38] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg38 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term39;
  wire f_neg39;
  assign f_term39 = ((f_seen_q[39] && (5'd4 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd4)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg39 = cfg_in_signed_i && (5'd4 >= (pi_e - 5'd1));
  wire [58:0] f_term40;
  wire f_neg40;
  assign f_term40 = ((f_seen_q[40] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg40 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term41;
  wire f_neg41;
  assign f_term41 = ((f_seen_q[41] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg41 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term42;
  wire f_neg42;
  assign f_term42 = ((f_seen_q[42] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg42 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term43;
  wire f_neg43;
  assign f_term43 = ((f_seen_q[43] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg43 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term44;
  wire f_neg44;
  assign f_term44 = ((f_seen_q[44] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg44 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term45;
  wire f_neg45;
  assign f_term45 = ((f_seen_q[45] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg45 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term46;
  wire f_neg46;
  assign f_term46 = ((f_seen_q[46] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg46 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term47;
  wire f_neg47;
  assign f_term47 = ((f_seen_q[47] && (5'd5 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd5)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg47 = cfg_in_signed_i && (5'd5 >= (pi_e - 5'd1));
  wire [58:0] f_term48;
  wire f_neg48;
  assign f_term48 = ((f_seen_q[48] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg48 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term49;
  wire f_neg49;
  assign f_term49 = ((f_seen_q[49] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg49 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term50;
  wire f_neg50;
  assign f_term50 = ((f_seen_q[50] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg50 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term51;
  wire f_neg51;
  assign f_term51 = ((f_seen_q[51] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg51 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term52;
  wire f_neg52;
  assign f_term52 = ((f_seen_q[52] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg52 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term53;
  wire f_neg53;
  assign f_term53 = ((f_seen_q[53] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg53 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term54;
  wire f_neg54;
  assign f_term54 = ((f_seen_q[54] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg54 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term55;
  wire f_neg55;
  assign f_term55 = ((f_seen_q[55] && (5'd6 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd6)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg55 = cfg_in_signed_i && (5'd6 >= (pi_e - 5'd1));
  wire [58:0] f_term56;
  wire f_neg56;
  assign f_term56 = ((f_seen_q[56] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd0 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd0)) >>
      59'd1) : 59'd0;
  assign f_neg56 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term57;
  wire f_neg57;
  assign f_term57 = ((f_seen_q[57] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd1 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd1)) >>
      59'd1) : 59'd0;
  assign f_neg57 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term58;
  wire f_neg58;
  assign f_term58 = ((f_seen_q[58] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd2 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd2)) >>
      59'd1) : 59'd0;
  assign f_neg58 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term59;
  wire f_neg59;
  assign f_term59 = ((f_seen_q[59] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd3 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd3)) >>
      59'd1) : 59'd0;
  assign f_neg59 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term60;
  wire f_neg60;
  assign f_term60 = ((f_seen_q[60] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd4 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd4)) >>
      59'd1) : 59'd0;
  assign f_neg60 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term61;
  wire f_neg61;
  assign f_term61 = ((f_seen_q[61] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd5 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd5)) >>
      59'd1) : 59'd0;
  assign f_neg61 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term62;
  wire f_neg62;
  assign f_term62 = ((f_seen_q[62] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd6 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd6)) >>
      59'd1) : 59'd0;
  assign f_neg62 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  wire [58:0] f_term63;
  wire f_neg63;
  assign f_term63 = ((f_seen_q[63] && (5'd7 < (cfg_in_signed_i ? ((pi_e - 5'd1) + 5'd1) : pi_e))) && (5'd7 < pw_e)) ?
      (({49'd0, 10'd638} << ((k_e + ((cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1))) ? (pi_e - 5'd1) : 5'd7)) + 5'd7)) >>
      59'd1) : 59'd0;
  assign f_neg63 = cfg_in_signed_i && (5'd7 >= (pi_e - 5'd1));
  assign f_hi = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((59'd0 + (f_neg0 ? 59'd0 : f_term0)) +
      (f_neg1 ? 59'd0 : f_term1)) + (f_neg2 ? 59'd0 : f_term2)) + (f_neg3 ? 59'd0 : f_term3)) +
      (f_neg4 ? 59'd0 : f_term4)) + (f_neg5 ? 59'd0 : f_term5)) + (f_neg6 ? 59'd0 : f_term6)) +
      (f_neg7 ? 59'd0 : f_term7)) + (f_neg8 ? 59'd0 : f_term8)) + (f_neg9 ? 59'd0 : f_term9)) +
      (f_neg10 ? 59'd0 : f_term10)) + (f_neg11 ? 59'd0 : f_term11)) + (f_neg12 ? 59'd0 : f_term12)) +
      (f_neg13 ? 59'd0 : f_term13)) + (f_neg14 ? 59'd0 : f_term14)) + (f_neg15 ? 59'd0 : f_term15)) +
      (f_neg16 ? 59'd0 : f_term16)) + (f_neg17 ? 59'd0 : f_term17)) + (f_neg18 ? 59'd0 : f_term18)) +
      (f_neg19 ? 59'd0 : f_term19)) + (f_neg20 ? 59'd0 : f_term20)) + (f_neg21 ? 59'd0 : f_term21)) +
      (f_neg22 ? 59'd0 : f_term22)) + (f_neg23 ? 59'd0 : f_term23)) + (f_neg24 ? 59'd0 : f_term24)) +
      (f_neg25 ? 59'd0 : f_term25)) + (f_neg26 ? 59'd0 : f_term26)) + (f_neg27 ? 59'd0 : f_term27)) +
      (f_neg28 ? 59'd0 : f_term28)) + (f_neg29 ? 59'd0 : f_term29)) + (f_neg30 ? 59'd0 : f_term30)) +
      (f_neg31 ? 59'd0 : f_term31)) + (f_neg32 ? 59'd0 : f_term32)) + (f_neg33 ? 59'd0 : f_term33)) +
      (f_neg34 ? 59'd0 : f_term34)) + (f_neg35 ? 59'd0 : f_term35)) + (f_neg36 ? 59'd0 : f_term36)) +
      (f_neg37 ? 59'd0 : f_term37)) + (f_neg38 ? 59'd0 : f_term38)) + (f_neg39 ? 59'd0 : f_term39)) +
      (f_neg40 ? 59'd0 : f_term40)) + (f_neg41 ? 59'd0 : f_term41)) + (f_neg42 ? 59'd0 : f_term42)) +
      (f_neg43 ? 59'd0 : f_term43)) + (f_neg44 ? 59'd0 : f_term44)) + (f_neg45 ? 59'd0 : f_term45)) +
      (f_neg46 ? 59'd0 : f_term46)) + (f_neg47 ? 59'd0 : f_term47)) + (f_neg48 ? 59'd0 : f_term48)) +
      (f_neg49 ? 59'd0 : f_term49)) + (f_neg50 ? 59'd0 : f_term50)) + (f_neg51 ? 59'd0 : f_term51)) +
      (f_neg52 ? 59'd0 : f_term52)) + (f_neg53 ? 59'd0 : f_term53)) + (f_neg54 ? 59'd0 : f_term54)) +
      (f_neg55 ? 59'd0 : f_term55)) + (f_neg56 ? 59'd0 : f_term56)) + (f_neg57 ? 59'd0 : f_term57)) +
      (f_neg58 ? 59'd0 : f_term58)) + (f_neg59 ? 59'd0 : f_term59)) + (f_neg60 ? 59'd0 : f_term60)) +
      (f_neg61 ? 59'd0 : f_term61)) + (f_neg62 ? 59'd0 : f_term62)) + (f_neg63 ? 59'd0 : f_term63);
  assign f_lo = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((59'd0 + (f_neg0 ? f_term0 : 59'd0)) +
      (f_neg1 ? f_term1 : 59'd0)) + (f_neg2 ? f_term2 : 59'd0)) + (f_neg3 ? f_term3 : 59'd0)) +
      (f_neg4 ? f_term4 : 59'd0)) + (f_neg5 ? f_term5 : 59'd0)) + (f_neg6 ? f_term6 : 59'd0)) +
      (f_neg7 ? f_term7 : 59'd0)) + (f_neg8 ? f_term8 : 59'd0)) + (f_neg9 ? f_term9 : 59'd0)) +
      (f_neg10 ? f_term10 : 59'd0)) + (f_neg11 ? f_term11 : 59'd0)) + (f_neg12 ? f_term12 : 59'd0)) +
      (f_neg13 ? f_term13 : 59'd0)) + (f_neg14 ? f_term14 : 59'd0)) + (f_neg15 ? f_term15 : 59'd0)) +
      (f_neg16 ? f_term16 : 59'd0)) + (f_neg17 ? f_term17 : 59'd0)) + (f_neg18 ? f_term18 : 59'd0)) +
      (f_neg19 ? f_term19 : 59'd0)) + (f_neg20 ? f_term20 : 59'd0)) + (f_neg21 ? f_term21 : 59'd0)) +
      (f_neg22 ? f_term22 : 59'd0)) + (f_neg23 ? f_term23 : 59'd0)) + (f_neg24 ? f_term24 : 59'd0)) +
      (f_neg25 ? f_term25 : 59'd0)) + (f_neg26 ? f_term26 : 59'd0)) + (f_neg27 ? f_term27 : 59'd0)) +
      (f_neg28 ? f_term28 : 59'd0)) + (f_neg29 ? f_term29 : 59'd0)) + (f_neg30 ? f_term30 : 59'd0)) +
      (f_neg31 ? f_term31 : 59'd0)) + (f_neg32 ? f_term32 : 59'd0)) + (f_neg33 ? f_term33 : 59'd0)) +
      (f_neg34 ? f_term34 : 59'd0)) + (f_neg35 ? f_term35 : 59'd0)) + (f_neg36 ? f_term36 : 59'd0)) +
      (f_neg37 ? f_term37 : 59'd0)) + (f_neg38 ? f_term38 : 59'd0)) + (f_neg39 ? f_term39 : 59'd0)) +
      (f_neg40 ? f_term40 : 59'd0)) + (f_neg41 ? f_term41 : 59'd0)) + (f_neg42 ? f_term42 : 59'd0)) +
      (f_neg43 ? f_term43 : 59'd0)) + (f_neg44 ? f_term44 : 59'd0)) + (f_neg45 ? f_term45 : 59'd0)) +
      (f_neg46 ? f_term46 : 59'd0)) + (f_neg47 ? f_term47 : 59'd0)) + (f_neg48 ? f_term48 : 59'd0)) +
      (f_neg49 ? f_term49 : 59'd0)) + (f_neg50 ? f_term50 : 59'd0)) + (f_neg51 ? f_term51 : 59'd0)) +
      (f_neg52 ? f_term52 : 59'd0)) + (f_neg53 ? f_term53 : 59'd0)) + (f_neg54 ? f_term54 : 59'd0)) +
      (f_neg55 ? f_term55 : 59'd0)) + (f_neg56 ? f_term56 : 59'd0)) + (f_neg57 ? f_term57 : 59'd0)) +
      (f_neg58 ? f_term58 : 59'd0)) + (f_neg59 ? f_term59 : 59'd0)) + (f_neg60 ? f_term60 : 59'd0)) +
      (f_neg61 ? f_term61 : 59'd0)) + (f_neg62 ? f_term62 : 59'd0)) + (f_neg63 ? f_term63 : 59'd0);
  wire [58:0] f_contrib;
  assign f_contrib = in_range ? (neg ? (59'd0 - (({49'd0, twice} << shamt) >> 59'd1)) :
      (({49'd0, twice} << shamt) >> 59'd1)) : 59'd0;
  wire [58:0] f_corr;
  assign f_corr = 59'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    assume (cfg_pi_i == f_cfg_pi);
    assume (cfg_pw_i == f_cfg_pw);
    assume (cfg_in_signed_i == f_cfg_signed);
    if (accept && in_range) begin
      assume (!f_seen_q[f_tag]);
    end
    if (!rst_ni) begin
      f_seen_q <= 64'd0;
      f_shadow_q <= 59'd0;
    end else if (accept) begin
      if (in_last_i) begin
        f_seen_q <= 64'd0;
        f_shadow_q <= 59'd0;
        f_result_q <= (f_shadow_q + f_contrib) - f_corr;
      end else begin
        f_seen_q <= in_range ? (f_seen_q | (64'd1 << f_tag)) : f_seen_q;
        f_shadow_q <= f_shadow_q + f_contrib;
      end
    end
    if (f_past_valid) begin
      // reset: empty accumulator, no output
      if (!$past(rst_ni)) begin
        assert (!out_valid_o);
        assert (acc_q == 26'd0);
      end
      // output handshake: valid held and data stable until ready
      if (($past(rst_ni) && rst_ni) && $past(out_valid_o && !out_ready_i)) begin
        assert (out_valid_o);
        assert (out_data_o == $past(out_data_o));
      end
      // no overflow: the accumulator is its exact shadow, within the derived range
      if (rst_ni && $past(rst_ni)) begin
        assert ({{33{acc_q[25]}}, acc_q} == f_shadow_q);
        assert ($signed(f_shadow_q) <= $signed(f_hi));
        assert ($signed(f_shadow_q) >= $signed(59'd0 - f_lo));
        assert ($signed(f_hi) <= $signed(59'sh13c833f));
        assert ($signed(59'd0 - f_lo) >= $signed(59'sh7ffffffff611f80));
        if (out_valid_o) begin
          assert ({{33{out_data_o[25]}}, out_data_o} == f_result_q);
          assert ($signed(f_result_q) >= $signed(59'sh7ffffffff611f80));
          assert ($signed(f_result_q) <= $signed(59'sh13c833f));
        end
      end
      cover (out_valid_o && out_ready_i);
    end
  end
`endif  // FORMAL
endmodule
