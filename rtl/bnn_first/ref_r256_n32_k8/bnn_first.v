// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// module: bnn_first
// parameters: R=256 NEURONS=32 K=8 SETTLE=2 RST=sync
// regenerate: cimgen gen bnn_first R=256 NEURONS=32 K=8 SETTLE=2 RST=sync -o DIR

module bnn_first (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // synchronous reset, active low
  input  wire         cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i (REG_T, REG_THR + n)
  input  wire [5:0]   cfg_addr_i,
  input  wire [15:0]  cfg_wdata_i,
  input  wire         in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire         in_ready_o,
  input  wire [7:0]   in_data_i,  // x[r], unsigned
  output wire         out_valid_o,  // output stream: one beat per vector
  input  wire         out_ready_i,
  output wire [31:0]  out_sign_o,  // neuron n's output in bit n: 1 = +1 (A >= theta), 0 = -1
  output wire [511:0] out_acc_o,  // neuron n's A = 2^T * acc in bits n*A_W ..
  output wire         row_en_o,  // the rows are driven (settle and sample cycles)
  output wire [255:0] row_o,  // bit j of x[r] on row r (0 while not driven)
  output wire         sh_o,  // sample strobe: pc_i is read at this edge
  input  wire [287:0] pc_i  // per neuron: popcount of the driven plane, PC_W bits each
);
  // Analog macro interface

  // Registers: planes kept T and one threshold per neuron (g_neu), clamped as written
  reg [3:0] t_q;  // planes kept, 1..K
  wire [15:0] t_c;  // T as written, clamped to 1..K
  assign t_c = (cfg_wdata_i < 16'd1) ? 16'd1 : ((cfg_wdata_i > 16'd8) ? 16'd8 : cfg_wdata_i);
  wire [15:0] th_c;  // theta as written, clamped to 0..A_MAX+1
  assign th_c = (cfg_wdata_i > 16'd65281) ? 16'd65281 : cfg_wdata_i;
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      t_q <= 4'd8;
    end else if (cfg_we_i && (cfg_addr_i == 6'd0)) begin
      t_q <= t_c[3:0];
    end
  end

  wire start;  // the buffered vector starts (from IDLE, or as the previous one closes)
  // Input buffer: the elements shifted in, element 0 ends lowest
  reg [2047:0] ib_q;  // elements taken so far
  reg [8:0] cnt_q;  // elements in ib_q
  wire full;  // ib_q holds a whole vector
  assign full = cnt_q == 9'd256;
  assign in_ready_o = !full;
  wire take;  // an element is taken
  assign take = in_valid_i && !full;
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      cnt_q <= 9'd0;
    end else if (start) begin
      cnt_q <= 9'd0;
    end else if (take) begin
      cnt_q <= cnt_q + 9'd1;
    end
  end
  always @(posedge clk_i) begin
    if (take) begin
      ib_q <= {in_data_i, ib_q[2047:8]};
    end
  end

  // Engine: IDLE, DRIVE (plane j: SETTLE cycles, then the sample), CLOSE
  localparam [1:0] StIdle = 2'd0;  // waiting for a vector
  localparam [1:0] StDrive = 2'd1;  // plane j driven, SETTLE cycles, then sampled
  localparam [1:0] StClose = 2'd2;  // A >= theta into the output register (waits while it is full)
  reg [1:0] st_q;  // engine
  reg [1:0] st_d;  // next state
  reg [2047:0] x_q;  // the vector being driven
  reg [3:0] tr_q;  // T of the vector being driven
  reg [3:0] j_q;  // plane driven, K-T .. K-1
  reg [1:0] s_q;  // cycles plane j has been driven, 0..SETTLE
  reg out_valid_q;
  wire out_free;  // the output register can take a vector this cycle
  assign out_free = !out_valid_q || out_ready_i;
  assign start = full && ((st_q == StIdle) || ((st_q == StClose) && out_free));
  wire sample;  // the popcounts of plane j are read at this edge
  assign sample = (st_q == StDrive) && (s_q == 2'd2);
  wire last;  // plane j is the MSB
  assign last = j_q == 4'd7;
  assign row_en_o = st_q == StDrive;
  assign sh_o = sample;
  wire [255:0] plane0;  // plane 0 of every row's element
  wire [255:0] plane1;  // plane 1 of every row's element
  wire [255:0] plane2;  // plane 2 of every row's element
  wire [255:0] plane3;  // plane 3 of every row's element
  wire [255:0] plane4;  // plane 4 of every row's element
  wire [255:0] plane5;  // plane 5 of every row's element
  wire [255:0] plane6;  // plane 6 of every row's element
  wire [255:0] plane7;  // plane 7 of every row's element
  // Row r's element is x_q[r*8 +: 8]; its slice t goes on plane<t>[r*1 +: 1]
  genvar r;
  generate
    for (r = 0; r < 256; r = r + 1) begin : g_row
      assign plane0[1 * r] = x_q[8 * r];
      assign plane1[1 * r] = x_q[(8 * r) + 1];
      assign plane2[1 * r] = x_q[(8 * r) + 2];
      assign plane3[1 * r] = x_q[(8 * r) + 3];
      assign plane4[1 * r] = x_q[(8 * r) + 4];
      assign plane5[1 * r] = x_q[(8 * r) + 5];
      assign plane6[1 * r] = x_q[(8 * r) + 6];
      assign plane7[1 * r] = x_q[(8 * r) + 7];
    end
  endgenerate
  reg [255:0] plane;  // plane j
  always @(*) begin
    case (j_q)
      4'd1: begin
        plane = plane1;
      end
      4'd2: begin
        plane = plane2;
      end
      4'd3: begin
        plane = plane3;
      end
      4'd4: begin
        plane = plane4;
      end
      4'd5: begin
        plane = plane5;
      end
      4'd6: begin
        plane = plane6;
      end
      4'd7: begin
        plane = plane7;
      end
      default: begin
        plane = plane0;
      end
    endcase
  end
  assign row_o = row_en_o ? plane : 256'd0;
  always @(*) begin
    st_d = st_q;
    case (st_q)
      StIdle: begin
        if (start) begin
          st_d = StDrive;
        end
      end
      StDrive: begin
        if (sample && last) begin
          st_d = StClose;
        end
      end
      StClose: begin
        if (start) begin
          st_d = StDrive;
        end else if (out_free) begin
          st_d = StIdle;
        end
      end
      default: begin
        // a code no state has: kept
      end
    endcase
  end
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      st_q <= StIdle;
    end else begin
      st_q <= st_d;
    end
  end
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      out_valid_q <= 1'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if ((st_q == StClose) && out_free) begin
        out_valid_q <= 1'd1;
      end
    end
  end

  // The vector being driven: its planes in turn, SETTLE cycles each
  always @(posedge clk_i) begin
    if (start) begin
      x_q <= ib_q;
      tr_q <= t_q;
      j_q <= 4'd8 - t_q;
      s_q <= 2'd0;
    end else if (sample) begin
      s_q <= 2'd0;
      if (!last) begin
        j_q <= j_q + 4'd1;
      end
    end else if (st_q == StDrive) begin
      s_q <= s_q + 2'd1;
    end
  end

  reg [31:0] osign_q;  // neuron n's threshold compare, as the vector closed
  // Neurons: theta, A <- (A + min(pc, R) << T) >> 1 per plane (exact: A is a multiple of 2^(T-i)), and
  // A and A >= theta as the vector closes
  genvar n;
  generate
    for (n = 0; n < 32; n = n + 1) begin : g_neu
      localparam [5:0] ADDR = n + 1;  // the threshold's register address
      reg [15:0] th_q;  // theta
      wire [8:0] pc;  // popcount, values past R read as R
      reg [15:0] acc_q;  // A after the planes so far
      wire [16:0] sum;  // A + pc << T (even)
      reg [15:0] oacc_q;  // A of the closed vector
      wire sign;  // A >= theta
      always @(posedge clk_i) begin
        if (!rst_ni) begin
          th_q <= 16'd0;
        end else if (cfg_we_i && (cfg_addr_i == ADDR)) begin
          th_q <= th_c[15:0];
        end
      end
      assign pc = (pc_i[9 * n +: 9] > 9'd256) ? 9'd256 : pc_i[9 * n +: 9];
      assign sum = {1'd0, acc_q} + ({8'd0, pc} << tr_q);
      always @(posedge clk_i) begin
        if (start) begin
          acc_q <= 16'd0;
        end else if (sample) begin
          acc_q <= sum[16:1];
        end
        if ((st_q == StClose) && out_free) begin
          oacc_q <= acc_q;
        end
      end
      assign sign = acc_q >= th_q;
    end
  endgenerate
  always @(posedge clk_i) begin
    if ((st_q == StClose) && out_free) begin
      osign_q <= {g_neu[31].sign, g_neu[30].sign, g_neu[29].sign, g_neu[28].sign, g_neu[27].sign, g_neu[26].sign,
          g_neu[25].sign, g_neu[24].sign, g_neu[23].sign, g_neu[22].sign, g_neu[21].sign, g_neu[20].sign,
          g_neu[19].sign, g_neu[18].sign, g_neu[17].sign, g_neu[16].sign, g_neu[15].sign, g_neu[14].sign,
          g_neu[13].sign, g_neu[12].sign, g_neu[11].sign, g_neu[10].sign, g_neu[9].sign, g_neu[8].sign, g_neu[7].sign,
          g_neu[6].sign, g_neu[5].sign, g_neu[4].sign, g_neu[3].sign, g_neu[2].sign, g_neu[1].sign, g_neu[0].sign};
    end
  end
  assign out_valid_o = out_valid_q;
  assign out_sign_o = osign_q;
  assign out_acc_o = {g_neu[31].oacc_q, g_neu[30].oacc_q, g_neu[29].oacc_q, g_neu[28].oacc_q, g_neu[27].oacc_q,
      g_neu[26].oacc_q, g_neu[25].oacc_q, g_neu[24].oacc_q, g_neu[23].oacc_q, g_neu[22].oacc_q, g_neu[21].oacc_q,
      g_neu[20].oacc_q, g_neu[19].oacc_q, g_neu[18].oacc_q, g_neu[17].oacc_q, g_neu[16].oacc_q, g_neu[15].oacc_q,
      g_neu[14].oacc_q, g_neu[13].oacc_q, g_neu[12].oacc_q, g_neu[11].oacc_q, g_neu[10].oacc_q, g_neu[9].oacc_q,
      g_neu[8].oacc_q, g_neu[7].oacc_q, g_neu[6].oacc_q, g_neu[5].oacc_q, g_neu[4].oacc_q, g_neu[3].oacc_q,
      g_neu[2].oacc_q, g_neu[1].oacc_q, g_neu[0].oacc_q};

  wire bits_unused;  // bits this configuration does not need
  assign bits_unused = &{1'd0, t_c[15:4], g_neu[0].sum[0], g_neu[1].sum[0], g_neu[2].sum[0], g_neu[3].sum[0],
      g_neu[4].sum[0], g_neu[5].sum[0], g_neu[6].sum[0], g_neu[7].sum[0], g_neu[8].sum[0], g_neu[9].sum[0],
      g_neu[10].sum[0], g_neu[11].sum[0], g_neu[12].sum[0], g_neu[13].sum[0], g_neu[14].sum[0], g_neu[15].sum[0],
      g_neu[16].sum[0], g_neu[17].sum[0], g_neu[18].sum[0], g_neu[19].sum[0], g_neu[20].sum[0], g_neu[21].sum[0],
      g_neu[22].sum[0], g_neu[23].sum[0], g_neu[24].sum[0], g_neu[25].sum[0], g_neu[26].sum[0], g_neu[27].sum[0],
      g_neu[28].sum[0], g_neu[29].sum[0], g_neu[30].sum[0], g_neu[31].sum[0]};
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [3:0] f_i_q = 4'd0;
  reg [25:0] f_b0_q = 26'd0;
  reg [25:0] f_out0_q = 26'd0;
  reg f_sign0_q = 1'd0;
  reg [25:0] f_b1_q = 26'd0;
  reg [25:0] f_out1_q = 26'd0;
  reg f_sign1_q = 1'd0;
  reg [25:0] f_b2_q = 26'd0;
  reg [25:0] f_out2_q = 26'd0;
  reg f_sign2_q = 1'd0;
  reg [25:0] f_b3_q = 26'd0;
  reg [25:0] f_out3_q = 26'd0;
  reg f_sign3_q = 1'd0;
  reg [25:0] f_b4_q = 26'd0;
  reg [25:0] f_out4_q = 26'd0;
  reg f_sign4_q = 1'd0;
  reg [25:0] f_b5_q = 26'd0;
  reg [25:0] f_out5_q = 26'd0;
  reg f_sign5_q = 1'd0;
  reg [25:0] f_b6_q = 26'd0;
  reg [25:0] f_out6_q = 26'd0;
  reg f_sign6_q = 1'd0;
  reg [25:0] f_b7_q = 26'd0;
  reg [25:0] f_out7_q = 26'd0;
  reg f_sign7_q = 1'd0;
  reg [25:0] f_b8_q = 26'd0;
  reg [25:0] f_out8_q = 26'd0;
  reg f_sign8_q = 1'd0;
  reg [25:0] f_b9_q = 26'd0;
  reg [25:0] f_out9_q = 26'd0;
  reg f_sign9_q = 1'd0;
  reg [25:0] f_b10_q = 26'd0;
  reg [25:0] f_out10_q = 26'd0;
  reg f_sign10_q = 1'd0;
  reg [25:0] f_b11_q = 26'd0;
  reg [25:0] f_out11_q = 26'd0;
  reg f_sign11_q = 1'd0;
  reg [25:0] f_b12_q = 26'd0;
  reg [25:0] f_out12_q = 26'd0;
  reg f_sign12_q = 1'd0;
  reg [25:0] f_b13_q = 26'd0;
  reg [25:0] f_out13_q = 26'd0;
  reg f_sign13_q = 1'd0;
  reg [25:0] f_b14_q = 26'd0;
  reg [25:0] f_out14_q = 26'd0;
  reg f_sign14_q = 1'd0;
  reg [25:0] f_b15_q = 26'd0;
  reg [25:0] f_out15_q = 26'd0;
  reg f_sign15_q = 1'd0;
  reg [25:0] f_b16_q = 26'd0;
  reg [25:0] f_out16_q = 26'd0;
  reg f_sign16_q = 1'd0;
  reg [25:0] f_b17_q = 26'd0;
  reg [25:0] f_out17_q = 26'd0;
  reg f_sign17_q = 1'd0;
  reg [25:0] f_b18_q = 26'd0;
  reg [25:0] f_out18_q = 26'd0;
  reg f_sign18_q = 1'd0;
  reg [25:0] f_b19_q = 26'd0;
  reg [25:0] f_out19_q = 26'd0;
  reg f_sign19_q = 1'd0;
  reg [25:0] f_b20_q = 26'd0;
  reg [25:0] f_out20_q = 26'd0;
  reg f_sign20_q = 1'd0;
  reg [25:0] f_b21_q = 26'd0;
  reg [25:0] f_out21_q = 26'd0;
  reg f_sign21_q = 1'd0;
  reg [25:0] f_b22_q = 26'd0;
  reg [25:0] f_out22_q = 26'd0;
  reg f_sign22_q = 1'd0;
  reg [25:0] f_b23_q = 26'd0;
  reg [25:0] f_out23_q = 26'd0;
  reg f_sign23_q = 1'd0;
  reg [25:0] f_b24_q = 26'd0;
  reg [25:0] f_out24_q = 26'd0;
  reg f_sign24_q = 1'd0;
  reg [25:0] f_b25_q = 26'd0;
  reg [25:0] f_out25_q = 26'd0;
  reg f_sign25_q = 1'd0;
  reg [25:0] f_b26_q = 26'd0;
  reg [25:0] f_out26_q = 26'd0;
  reg f_sign26_q = 1'd0;
  reg [25:0] f_b27_q = 26'd0;
  reg [25:0] f_out27_q = 26'd0;
  reg f_sign27_q = 1'd0;
  reg [25:0] f_b28_q = 26'd0;
  reg [25:0] f_out28_q = 26'd0;
  reg f_sign28_q = 1'd0;
  reg [25:0] f_b29_q = 26'd0;
  reg [25:0] f_out29_q = 26'd0;
  reg f_sign29_q = 1'd0;
  reg [25:0] f_b30_q = 26'd0;
  reg [25:0] f_out30_q = 26'd0;
  reg f_sign30_q = 1'd0;
  reg [25:0] f_b31_q = 26'd0;
  reg [25:0] f_out31_q = 26'd0;
  reg f_sign31_q = 1'd0;
  reg f_ovalid_q = 1'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni) begin
      f_i_q <= 4'd0;
      f_ovalid_q <= 1'd0;
    end else begin
      if (start) begin
        f_i_q <= 4'd0;
        f_b0_q <= 26'd0;
        f_b1_q <= 26'd0;
        f_b2_q <= 26'd0;
        f_b3_q <= 26'd0;
        f_b4_q <= 26'd0;
        f_b5_q <= 26'd0;
        f_b6_q <= 26'd0;
        f_b7_q <= 26'd0;
        f_b8_q <= 26'd0;
        f_b9_q <= 26'd0;
        f_b10_q <= 26'd0;
        f_b11_q <= 26'd0;
        f_b12_q <= 26'd0;
        f_b13_q <= 26'd0;
        f_b14_q <= 26'd0;
        f_b15_q <= 26'd0;
        f_b16_q <= 26'd0;
        f_b17_q <= 26'd0;
        f_b18_q <= 26'd0;
        f_b19_q <= 26'd0;
        f_b20_q <= 26'd0;
        f_b21_q <= 26'd0;
        f_b22_q <= 26'd0;
        f_b23_q <= 26'd0;
        f_b24_q <= 26'd0;
        f_b25_q <= 26'd0;
        f_b26_q <= 26'd0;
        f_b27_q <= 26'd0;
        f_b28_q <= 26'd0;
        f_b29_q <= 26'd0;
        f_b30_q <= 26'd0;
        f_b31_q <= 26'd0;
      end else if (sample) begin
        f_i_q <= f_i_q + 4'd1;
        f_b0_q <= f_b0_q + ({17'd0, g_neu[0].pc} << f_i_q);
        f_b1_q <= f_b1_q + ({17'd0, g_neu[1].pc} << f_i_q);
        f_b2_q <= f_b2_q + ({17'd0, g_neu[2].pc} << f_i_q);
        f_b3_q <= f_b3_q + ({17'd0, g_neu[3].pc} << f_i_q);
        f_b4_q <= f_b4_q + ({17'd0, g_neu[4].pc} << f_i_q);
        f_b5_q <= f_b5_q + ({17'd0, g_neu[5].pc} << f_i_q);
        f_b6_q <= f_b6_q + ({17'd0, g_neu[6].pc} << f_i_q);
        f_b7_q <= f_b7_q + ({17'd0, g_neu[7].pc} << f_i_q);
        f_b8_q <= f_b8_q + ({17'd0, g_neu[8].pc} << f_i_q);
        f_b9_q <= f_b9_q + ({17'd0, g_neu[9].pc} << f_i_q);
        f_b10_q <= f_b10_q + ({17'd0, g_neu[10].pc} << f_i_q);
        f_b11_q <= f_b11_q + ({17'd0, g_neu[11].pc} << f_i_q);
        f_b12_q <= f_b12_q + ({17'd0, g_neu[12].pc} << f_i_q);
        f_b13_q <= f_b13_q + ({17'd0, g_neu[13].pc} << f_i_q);
        f_b14_q <= f_b14_q + ({17'd0, g_neu[14].pc} << f_i_q);
        f_b15_q <= f_b15_q + ({17'd0, g_neu[15].pc} << f_i_q);
        f_b16_q <= f_b16_q + ({17'd0, g_neu[16].pc} << f_i_q);
        f_b17_q <= f_b17_q + ({17'd0, g_neu[17].pc} << f_i_q);
        f_b18_q <= f_b18_q + ({17'd0, g_neu[18].pc} << f_i_q);
        f_b19_q <= f_b19_q + ({17'd0, g_neu[19].pc} << f_i_q);
        f_b20_q <= f_b20_q + ({17'd0, g_neu[20].pc} << f_i_q);
        f_b21_q <= f_b21_q + ({17'd0, g_neu[21].pc} << f_i_q);
        f_b22_q <= f_b22_q + ({17'd0, g_neu[22].pc} << f_i_q);
        f_b23_q <= f_b23_q + ({17'd0, g_neu[23].pc} << f_i_q);
        f_b24_q <= f_b24_q + ({17'd0, g_neu[24].pc} << f_i_q);
        f_b25_q <= f_b25_q + ({17'd0, g_neu[25].pc} << f_i_q);
        f_b26_q <= f_b26_q + ({17'd0, g_neu[26].pc} << f_i_q);
        f_b27_q <= f_b27_q + ({17'd0, g_neu[27].pc} << f_i_q);
        f_b28_q <= f_b28_q + ({17'd0, g_neu[28].pc} << f_i_q);
        f_b29_q <= f_b29_q + ({17'd0, g_neu[29].pc} << f_i_q);
        f_b30_q <= f_b30_q + ({17'd0, g_neu[30].pc} << f_i_q);
        f_b31_q <= f_b31_q + ({17'd0, g_neu[31].pc} << f_i_q);
      end
      if (out_valid_o && out_ready_i) begin
        f_ovalid_q <= 1'd0;
      end
      if ((st_q == StClose) && out_free) begin
        f_ovalid_q <= 1'd1;
        f_out0_q <= f_b0_q;
        f_sign0_q <= {10'd0, g_neu[0].acc_q} >= {10'd0, g_neu[0].th_q};
        f_out1_q <= f_b1_q;
        f_sign1_q <= {10'd0, g_neu[1].acc_q} >= {10'd0, g_neu[1].th_q};
        f_out2_q <= f_b2_q;
        f_sign2_q <= {10'd0, g_neu[2].acc_q} >= {10'd0, g_neu[2].th_q};
        f_out3_q <= f_b3_q;
        f_sign3_q <= {10'd0, g_neu[3].acc_q} >= {10'd0, g_neu[3].th_q};
        f_out4_q <= f_b4_q;
        f_sign4_q <= {10'd0, g_neu[4].acc_q} >= {10'd0, g_neu[4].th_q};
        f_out5_q <= f_b5_q;
        f_sign5_q <= {10'd0, g_neu[5].acc_q} >= {10'd0, g_neu[5].th_q};
        f_out6_q <= f_b6_q;
        f_sign6_q <= {10'd0, g_neu[6].acc_q} >= {10'd0, g_neu[6].th_q};
        f_out7_q <= f_b7_q;
        f_sign7_q <= {10'd0, g_neu[7].acc_q} >= {10'd0, g_neu[7].th_q};
        f_out8_q <= f_b8_q;
        f_sign8_q <= {10'd0, g_neu[8].acc_q} >= {10'd0, g_neu[8].th_q};
        f_out9_q <= f_b9_q;
        f_sign9_q <= {10'd0, g_neu[9].acc_q} >= {10'd0, g_neu[9].th_q};
        f_out10_q <= f_b10_q;
        f_sign10_q <= {10'd0, g_neu[10].acc_q} >= {10'd0, g_neu[10].th_q};
        f_out11_q <= f_b11_q;
        f_sign11_q <= {10'd0, g_neu[11].acc_q} >= {10'd0, g_neu[11].th_q};
        f_out12_q <= f_b12_q;
        f_sign12_q <= {10'd0, g_neu[12].acc_q} >= {10'd0, g_neu[12].th_q};
        f_out13_q <= f_b13_q;
        f_sign13_q <= {10'd0, g_neu[13].acc_q} >= {10'd0, g_neu[13].th_q};
        f_out14_q <= f_b14_q;
        f_sign14_q <= {10'd0, g_neu[14].acc_q} >= {10'd0, g_neu[14].th_q};
        f_out15_q <= f_b15_q;
        f_sign15_q <= {10'd0, g_neu[15].acc_q} >= {10'd0, g_neu[15].th_q};
        f_out16_q <= f_b16_q;
        f_sign16_q <= {10'd0, g_neu[16].acc_q} >= {10'd0, g_neu[16].th_q};
        f_out17_q <= f_b17_q;
        f_sign17_q <= {10'd0, g_neu[17].acc_q} >= {10'd0, g_neu[17].th_q};
        f_out18_q <= f_b18_q;
        f_sign18_q <= {10'd0, g_neu[18].acc_q} >= {10'd0, g_neu[18].th_q};
        f_out19_q <= f_b19_q;
        f_sign19_q <= {10'd0, g_neu[19].acc_q} >= {10'd0, g_neu[19].th_q};
        f_out20_q <= f_b20_q;
        f_sign20_q <= {10'd0, g_neu[20].acc_q} >= {10'd0, g_neu[20].th_q};
        f_out21_q <= f_b21_q;
        f_sign21_q <= {10'd0, g_neu[21].acc_q} >= {10'd0, g_neu[21].th_q};
        f_out22_q <= f_b22_q;
        f_sign22_q <= {10'd0, g_neu[22].acc_q} >= {10'd0, g_neu[22].th_q};
        f_out23_q <= f_b23_q;
        f_sign23_q <= {10'd0, g_neu[23].acc_q} >= {10'd0, g_neu[23].th_q};
        f_out24_q <= f_b24_q;
        f_sign24_q <= {10'd0, g_neu[24].acc_q} >= {10'd0, g_neu[24].th_q};
        f_out25_q <= f_b25_q;
        f_sign25_q <= {10'd0, g_neu[25].acc_q} >= {10'd0, g_neu[25].th_q};
        f_out26_q <= f_b26_q;
        f_sign26_q <= {10'd0, g_neu[26].acc_q} >= {10'd0, g_neu[26].th_q};
        f_out27_q <= f_b27_q;
        f_sign27_q <= {10'd0, g_neu[27].acc_q} >= {10'd0, g_neu[27].th_q};
        f_out28_q <= f_b28_q;
        f_sign28_q <= {10'd0, g_neu[28].acc_q} >= {10'd0, g_neu[28].th_q};
        f_out29_q <= f_b29_q;
        f_sign29_q <= {10'd0, g_neu[29].acc_q} >= {10'd0, g_neu[29].th_q};
        f_out30_q <= f_b30_q;
        f_sign30_q <= {10'd0, g_neu[30].acc_q} >= {10'd0, g_neu[30].th_q};
        f_out31_q <= f_b31_q;
        f_sign31_q <= {10'd0, g_neu[31].acc_q} >= {10'd0, g_neu[31].th_q};
      end
    end
    if (f_past_valid) begin
      // reset: idle, empty buffer, no output, registers at their reset values
      if (!$past(rst_ni)) begin
        assert (st_q == StIdle);
        assert (cnt_q == 9'd0);
        assert (!out_valid_o);
        assert (t_q == 4'd8);
        assert (g_neu[0].th_q == 16'd0);
        assert (g_neu[1].th_q == 16'd0);
        assert (g_neu[2].th_q == 16'd0);
        assert (g_neu[3].th_q == 16'd0);
        assert (g_neu[4].th_q == 16'd0);
        assert (g_neu[5].th_q == 16'd0);
        assert (g_neu[6].th_q == 16'd0);
        assert (g_neu[7].th_q == 16'd0);
        assert (g_neu[8].th_q == 16'd0);
        assert (g_neu[9].th_q == 16'd0);
        assert (g_neu[10].th_q == 16'd0);
        assert (g_neu[11].th_q == 16'd0);
        assert (g_neu[12].th_q == 16'd0);
        assert (g_neu[13].th_q == 16'd0);
        assert (g_neu[14].th_q == 16'd0);
        assert (g_neu[15].th_q == 16'd0);
        assert (g_neu[16].th_q == 16'd0);
        assert (g_neu[17].th_q == 16'd0);
        assert (g_neu[18].th_q == 16'd0);
        assert (g_neu[19].th_q == 16'd0);
        assert (g_neu[20].th_q == 16'd0);
        assert (g_neu[21].th_q == 16'd0);
        assert (g_neu[22].th_q == 16'd0);
        assert (g_neu[23].th_q == 16'd0);
        assert (g_neu[24].th_q == 16'd0);
        assert (g_neu[25].th_q == 16'd0);
        assert (g_neu[26].th_q == 16'd0);
        assert (g_neu[27].th_q == 16'd0);
        assert (g_neu[28].th_q == 16'd0);
        assert (g_neu[29].th_q == 16'd0);
        assert (g_neu[30].th_q == 16'd0);
        assert (g_neu[31].th_q == 16'd0);
      end
      if (rst_ni) begin
        // legal states and settings
        assert (((st_q == StIdle) || (st_q == StDrive)) || (st_q == StClose));
        assert (cnt_q <= 9'd256);
        assert ((t_q >= 4'd1) && (t_q <= 4'd8));
        assert ({1'd0, g_neu[0].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[1].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[2].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[3].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[4].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[5].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[6].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[7].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[8].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[9].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[10].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[11].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[12].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[13].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[14].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[15].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[16].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[17].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[18].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[19].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[20].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[21].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[22].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[23].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[24].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[25].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[26].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[27].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[28].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[29].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[30].th_q} <= 17'd65281);
        assert ({1'd0, g_neu[31].th_q} <= 17'd65281);
        assert (out_valid_o == f_ovalid_q);
        // the drive: rows only in DRIVE; plane j held for SETTLE cycles, then sampled
        assert (row_en_o == (st_q == StDrive));
        if (!row_en_o) begin
          assert (row_o == 256'd0);
        end
        if (st_q != StIdle) begin
          assert ((tr_q >= 4'd1) && (tr_q <= 4'd8));
          assert (s_q <= 2'd2);
        end
        if (st_q == StDrive) begin
          assert (f_i_q < tr_q);
          assert (j_q == ((4'd8 - tr_q) + f_i_q));
        end
        if (st_q == StClose) begin
          assert (f_i_q == tr_q);
          assert (s_q == 2'd0);
        end
        // exact accumulation: A = shadow << (T - i), the shadow below R * 2^i
        if (st_q != StIdle) begin
          assert ({10'd0, g_neu[0].acc_q} == (f_b0_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b0_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[1].acc_q} == (f_b1_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b1_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[2].acc_q} == (f_b2_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b2_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[3].acc_q} == (f_b3_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b3_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[4].acc_q} == (f_b4_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b4_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[5].acc_q} == (f_b5_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b5_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[6].acc_q} == (f_b6_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b6_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[7].acc_q} == (f_b7_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b7_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[8].acc_q} == (f_b8_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b8_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[9].acc_q} == (f_b9_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b9_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[10].acc_q} == (f_b10_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b10_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[11].acc_q} == (f_b11_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b11_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[12].acc_q} == (f_b12_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b12_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[13].acc_q} == (f_b13_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b13_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[14].acc_q} == (f_b14_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b14_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[15].acc_q} == (f_b15_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b15_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[16].acc_q} == (f_b16_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b16_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[17].acc_q} == (f_b17_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b17_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[18].acc_q} == (f_b18_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b18_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[19].acc_q} == (f_b19_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b19_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[20].acc_q} == (f_b20_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b20_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[21].acc_q} == (f_b21_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b21_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[22].acc_q} == (f_b22_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b22_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[23].acc_q} == (f_b23_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b23_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[24].acc_q} == (f_b24_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b24_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[25].acc_q} == (f_b25_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b25_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[26].acc_q} == (f_b26_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b26_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[27].acc_q} == (f_b27_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b27_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[28].acc_q} == (f_b28_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b28_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[29].acc_q} == (f_b29_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b29_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[30].acc_q} == (f_b30_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b30_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, g_neu[31].acc_q} == (f_b31_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b31_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
        end
        // the output: the closed vector's A and threshold compare
        if (out_valid_o) begin
          assert ({10'd0, g_neu[0].oacc_q} == f_out0_q);
          assert (out_sign_o[0] == f_sign0_q);
          assert ({10'd0, g_neu[1].oacc_q} == f_out1_q);
          assert (out_sign_o[1] == f_sign1_q);
          assert ({10'd0, g_neu[2].oacc_q} == f_out2_q);
          assert (out_sign_o[2] == f_sign2_q);
          assert ({10'd0, g_neu[3].oacc_q} == f_out3_q);
          assert (out_sign_o[3] == f_sign3_q);
          assert ({10'd0, g_neu[4].oacc_q} == f_out4_q);
          assert (out_sign_o[4] == f_sign4_q);
          assert ({10'd0, g_neu[5].oacc_q} == f_out5_q);
          assert (out_sign_o[5] == f_sign5_q);
          assert ({10'd0, g_neu[6].oacc_q} == f_out6_q);
          assert (out_sign_o[6] == f_sign6_q);
          assert ({10'd0, g_neu[7].oacc_q} == f_out7_q);
          assert (out_sign_o[7] == f_sign7_q);
          assert ({10'd0, g_neu[8].oacc_q} == f_out8_q);
          assert (out_sign_o[8] == f_sign8_q);
          assert ({10'd0, g_neu[9].oacc_q} == f_out9_q);
          assert (out_sign_o[9] == f_sign9_q);
          assert ({10'd0, g_neu[10].oacc_q} == f_out10_q);
          assert (out_sign_o[10] == f_sign10_q);
          assert ({10'd0, g_neu[11].oacc_q} == f_out11_q);
          assert (out_sign_o[11] == f_sign11_q);
          assert ({10'd0, g_neu[12].oacc_q} == f_out12_q);
          assert (out_sign_o[12] == f_sign12_q);
          assert ({10'd0, g_neu[13].oacc_q} == f_out13_q);
          assert (out_sign_o[13] == f_sign13_q);
          assert ({10'd0, g_neu[14].oacc_q} == f_out14_q);
          assert (out_sign_o[14] == f_sign14_q);
          assert ({10'd0, g_neu[15].oacc_q} == f_out15_q);
          assert (out_sign_o[15] == f_sign15_q);
          assert ({10'd0, g_neu[16].oacc_q} == f_out16_q);
          assert (out_sign_o[16] == f_sign16_q);
          assert ({10'd0, g_neu[17].oacc_q} == f_out17_q);
          assert (out_sign_o[17] == f_sign17_q);
          assert ({10'd0, g_neu[18].oacc_q} == f_out18_q);
          assert (out_sign_o[18] == f_sign18_q);
          assert ({10'd0, g_neu[19].oacc_q} == f_out19_q);
          assert (out_sign_o[19] == f_sign19_q);
          assert ({10'd0, g_neu[20].oacc_q} == f_out20_q);
          assert (out_sign_o[20] == f_sign20_q);
          assert ({10'd0, g_neu[21].oacc_q} == f_out21_q);
          assert (out_sign_o[21] == f_sign21_q);
          assert ({10'd0, g_neu[22].oacc_q} == f_out22_q);
          assert (out_sign_o[22] == f_sign22_q);
          assert ({10'd0, g_neu[23].oacc_q} == f_out23_q);
          assert (out_sign_o[23] == f_sign23_q);
          assert ({10'd0, g_neu[24].oacc_q} == f_out24_q);
          assert (out_sign_o[24] == f_sign24_q);
          assert ({10'd0, g_neu[25].oacc_q} == f_out25_q);
          assert (out_sign_o[25] == f_sign25_q);
          assert ({10'd0, g_neu[26].oacc_q} == f_out26_q);
          assert (out_sign_o[26] == f_sign26_q);
          assert ({10'd0, g_neu[27].oacc_q} == f_out27_q);
          assert (out_sign_o[27] == f_sign27_q);
          assert ({10'd0, g_neu[28].oacc_q} == f_out28_q);
          assert (out_sign_o[28] == f_sign28_q);
          assert ({10'd0, g_neu[29].oacc_q} == f_out29_q);
          assert (out_sign_o[29] == f_sign29_q);
          assert ({10'd0, g_neu[30].oacc_q} == f_out30_q);
          assert (out_sign_o[30] == f_sign30_q);
          assert ({10'd0, g_neu[31].oacc_q} == f_out31_q);
          assert (out_sign_o[31] == f_sign31_q);
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // the plane's drive: held while settling, the next plane right after a sample
        if ($past((st_q == StDrive) && !sample) && (st_q == StDrive)) begin
          assert (row_o == $past(row_o));
          assert (s_q == ($past(s_q) + 2'd1));
        end
        if ($past(sample && !last)) begin
          assert (st_q == StDrive);
          assert (s_q == 2'd0);
          assert (j_q == ($past(j_q) + 4'd1));
        end
        if ($past(sample && last)) begin
          assert (st_q == StClose);
        end
        // output handshake: valid held and data stable until ready
        if ($past(out_valid_o && !out_ready_i)) begin
          assert (out_valid_o);
          assert (out_sign_o == $past(out_sign_o));
          assert (out_acc_o == $past(out_acc_o));
        end
        // a full buffer is kept until its vector starts
        if ($past(full && !start)) begin
          assert (full);
        end
      end
      cover (out_valid_o && out_ready_i);
      cover (start && (st_q == StClose));
      cover ((in_valid_i && in_ready_o) && (st_q == StDrive));
    end
  end
`endif  // FORMAL
endmodule
