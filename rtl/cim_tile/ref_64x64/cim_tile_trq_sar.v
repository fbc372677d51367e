// cimgen 0.1.0: generated file, do not edit.
// block: cim_tile
// module: cim_tile_trq_sar
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0 KMAX=0 TRQ_TABLE=16
//   RST=async
// regenerate: cimgen gen cim_tile R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0
//   KMAX=0 TRQ_TABLE=16 RST=async -o DIR

module cim_tile_trq_sar (
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
endmodule
