// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// module: trq_sar
// parameters: N=8 TRQ=1 RST=async READY=reg
// regenerate: cimgen gen trq_sar N=8 TRQ=1 RST=async READY=reg -o DIR

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
  // Control (reset); the datapath registers below are loaded when a conversion is accepted
  reg busy_q;  // a conversion is in progress
  reg valid_q;
  // Datapath (no reset; meaningful while busy_q, results while valid_o)
  reg [7:0] code_q;  // bits kept so far
  reg [7:0] code_out_q;
  wire last;  // this cycle's comparison is the conversion's last
  wire [7:0] kept;  // code after this cycle's trial
  wire accept;  // a request is accepted at this edge
  reg th_q;  // threshold order: this cycle's comparison is the one at B
  reg up_q;  // TRQ: the trial position is at or above bexp
  reg flag_q;  // value in R2 so far
  reg [2:0] pos_q;  // bit under trial
  reg [2:0] bexp_q;
  reg [2:0] s1_q;  // last trial position in R1 (0 when uniform)
  reg [2:0] s2_q;  // last trial position in R2 (0 when uniform)
  reg [3:0] cnt_q;  // comparisons made before this cycle's
  reg flag_out_q;
  reg [7:0] q_out_q;
  reg [3:0] ncmp_out_q;

  wire [7:0] one_hot;  // the bit under trial
  wire flag_d;  // flag after this comparison
  wire restart;  // threshold compare found R2: restart at N-1
  wire legal;  // trq_en_i with a legal setting; otherwise uniform
  wire thr;  // legal threshold-order setting
  assign one_hot = 8'd1 << pos_q;
  assign flag_d = flag_q || (up_q && cmp_i);
  assign last = (busy_q && !th_q) && (flag_d ? (pos_q == s2_q) : (pos_q == s1_q));
  assign restart = th_q && cmp_i;
  assign kept = cmp_i ? (code_q | one_hot) : code_q;
  assign dac_o = code_q | one_hot;
  assign legal = (((((trq_en_i && (bexp_i != 4'd0)) && !bexp_i[3]) &&
      ((!s1_i[3] && bexp_i[3]) || ((s1_i[3] == bexp_i[3]) && ((!s1_i[2] && bexp_i[2]) ||
      ((s1_i[2] == bexp_i[2]) && ((!s1_i[1] && bexp_i[1]) || ((s1_i[1] == bexp_i[1]) && (!s1_i[0] && bexp_i[0]))))))))
      && !((!s2_i[3] && s1_i[3]) || ((s2_i[3] == s1_i[3]) && ((!s2_i[2] && s1_i[2]) ||
      ((s2_i[2] == s1_i[2]) && ((!s2_i[1] && s1_i[1]) || ((s2_i[1] == s1_i[1]) && (!s2_i[0] && s1_i[0])))))))) &&
      !s2_i[3]) && (!msb_first_i || !((!bexp_i[3] && s2_i[3]) ||
      ((bexp_i[3] == s2_i[3]) && ((!bexp_i[2] && s2_i[2]) || ((bexp_i[2] == s2_i[2]) &&
      ((!bexp_i[1] && s2_i[1]) || ((bexp_i[1] == s2_i[1]) && (!bexp_i[0] && s2_i[0]))))))));
  assign thr = legal && !msb_first_i;
  assign flag_o = flag_out_q;
  assign q_o = q_out_q;
  assign ncmp_o = ncmp_out_q;
  always @(posedge clk_i) begin
    if (accept) begin
      th_q <= thr;
      up_q <= legal;
      flag_q <= 1'd0;
      pos_q <= thr ? bexp_i[2:0] : 3'd7;
      bexp_q <= bexp_i[2:0];
      s1_q <= legal ? s1_i[2:0] : 3'd0;
      s2_q <= legal ? s2_i[2:0] : 3'd0;
      cnt_q <= 4'd0;
      code_q <= 8'd0;
    end else begin
      th_q <= 1'd0;
      if (pos_q == bexp_q) begin
        up_q <= 1'd0;
      end
      flag_q <= flag_d;
      pos_q <= restart ? 3'd7 : (pos_q - 3'd1);
      cnt_q <= cnt_q + 4'd1;
      code_q <= restart ? 8'd0 : kept;
    end
    if (last) begin
      flag_out_q <= flag_d;
      code_out_q <= kept;
      q_out_q[0] <= one_hot[1] ? 1'd1 : kept[0];
      q_out_q[1] <= one_hot[2] ? 1'd1 : kept[1];
      q_out_q[2] <= one_hot[3] ? 1'd1 : kept[2];
      q_out_q[3] <= one_hot[4] ? 1'd1 : kept[3];
      q_out_q[4] <= one_hot[5] ? 1'd1 : kept[4];
      q_out_q[5] <= one_hot[6] ? 1'd1 : kept[5];
      q_out_q[6] <= one_hot[7] ? 1'd1 : kept[6];
      q_out_q[7] <= kept[7];
      ncmp_out_q <= cnt_q + 4'd1;
    end
  end
  assign ready_o = !busy_q;
  assign accept = start_i && ready_o;
  assign cmp_en_o = busy_q;
  assign valid_o = valid_q;
  assign code_o = code_out_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q <= 1'd0;
      valid_q <= 1'd0;
    end else begin
      valid_q <= last;
      busy_q <= accept || (busy_q && !last);
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
  assign f_legal = (((((f_trq && (f_bexp >= 4'd1)) && (f_bexp < 4'd8)) && (f_s1 < f_bexp)) && (f_s2 >= f_s1)) &&
      (f_s2 < 4'd8)) && (!f_msb || (f_s2 <= f_bexp));
  assign f_flag = f_legal && (f_fv >= (8'd1 << f_bexp));
  assign f_code = !f_legal ? f_fv : (f_flag ? ((f_fv >> f_s2) << f_s2) :
      (((f_fv & ((8'd1 << f_bexp) - 8'd1)) >> f_s1) << f_s1));
  assign f_ncmp = !f_legal ? 4'd8 : (f_msb ? (4'd8 - (f_flag ? f_s2 : f_s1)) :
      (f_flag ? ((4'd1 + 4'd8) - f_s2) : ((4'd1 + f_bexp) - f_s1)));
  assign f_q = (!f_legal || ((f_flag ? f_s2 : f_s1) == 4'd0)) ? f_code :
      (f_code + (8'd1 << ((f_flag ? f_s2 : f_s1) - 4'd1)));
  reg f_first = 1'd0;
  reg f_pfirst = 1'd0;
  reg [7:0] f_pdac = 8'd0;
  reg f_pcmp = 1'd0;
  wire [7:0] f_lsb;  // lowest set bit of dac_o
  wire [7:0] f_plsb;  // lowest set bit of the previous dac_o
  wire [7:0] f_pkept;  // previous dac_o with its trial bit resolved
  assign f_lsb = dac_o & (~dac_o + 8'd1);
  assign f_plsb = f_pdac & (~f_pdac + 8'd1);
  assign f_pkept = f_pcmp ? f_pdac : (f_pdac ^ f_plsb);
  reg [4:0] f_cnt = 5'd0;
  reg [4:0] f_done_cnt = 5'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    f_pdac <= dac_o;
    f_pcmp <= cmp_i;
    f_pfirst <= f_first;
    assume (cmp_i == (f_v2 >= {1'd0, dac_o, 1'd0}));
    assume (trq_en_i == f_trq);
    assume (msb_first_i == f_msb);
    assume (bexp_i == f_bexp);
    assume (s1_i == f_s1);
    assume (s2_i == f_s2);
    if (!rst_ni) begin
      f_cnt <= 5'd0;
      f_done_cnt <= 5'd0;
      f_first <= 1'd0;
    end else begin
      f_first <= start_i && ready_o;
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
      // READY=reg: ready_o is the registered idle state
      assert (ready_o == !cmp_en_o);
      // dac_o follows the documented sequence
      if (cmp_en_o && f_first) begin
        assert (dac_o == ((f_legal && !f_msb) ? (8'd1 << f_bexp) : 8'd128));
      end else if (cmp_en_o && $past(cmp_en_o)) begin
        if (((f_legal && !f_msb) && f_pfirst) && f_pcmp) begin
          assert (dac_o == 8'd128);
        end else begin
          assert ((dac_o ^ f_lsb) == f_pkept);
          assert (f_lsb < f_plsb);
        end
      end
      // reachable: a result while the next conversion is accepted and a result in R2
      cover ((valid_o && start_i) && ready_o);
      cover (valid_o && flag_o);
    end
    if (f_past_valid && !$past(rst_ni)) begin
      assert (!cmp_en_o);
      assert (!valid_o);
    end
  end
`endif  // FORMAL
endmodule
