// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// module: trq_sar
// parameters: N=8 TRQ=0 RST=async READY=comb
// regenerate: cimgen gen trq_sar N=8 TRQ=0 RST=async READY=comb -o DIR

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
  // Control (reset); the datapath registers below are loaded when a conversion is accepted
  reg busy_q;  // a conversion is in progress
  reg valid_q;
  // Datapath (no reset; meaningful while busy_q, results while valid_o)
  reg [7:0] code_q;  // bits kept so far
  reg [7:0] code_out_q;
  wire last;  // this cycle's comparison is the conversion's last
  wire [7:0] kept;  // code after this cycle's trial
  wire accept;  // a request is accepted at this edge
  reg [7:0] mask_q;  // one-hot: the bit under trial
  assign last = busy_q && mask_q[0];
  assign kept = code_q | (mask_q & {8{cmp_i}});
  assign dac_o = code_q | mask_q;
  assign flag_o = 1'd0;
  assign q_o = code_out_q;
  assign ncmp_o = 4'd8;
  always @(posedge clk_i) begin
    if (accept) begin
      mask_q <= 8'd128;
      code_q <= 8'd0;
    end else begin
      mask_q <= mask_q >> 1'd1;
      code_q <= kept;
    end
    if (last) begin
      code_out_q <= kept;
    end
  end
  assign ready_o = !busy_q || last;
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
      // dac_o follows the documented sequence
      if (cmp_en_o && f_first) begin
        assert (dac_o == 8'd128);
      end else if (cmp_en_o && $past(cmp_en_o)) begin
        if ((1'd0 && f_pfirst) && f_pcmp) begin
          assert (dac_o == 8'd128);
        end else begin
          assert ((dac_o ^ f_lsb) == f_pkept);
          assert (f_lsb < f_plsb);
        end
      end
      // reachable: a result while the next conversion is accepted
      cover ((valid_o && start_i) && ready_o);
    end
    if (f_past_valid && !$past(rst_ni)) begin
      assert (!cmp_en_o);
      assert (!valid_o);
    end
  end
`endif  // FORMAL
endmodule
