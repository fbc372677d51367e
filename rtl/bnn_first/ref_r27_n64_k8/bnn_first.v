// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// module: bnn_first
// parameters: R=27 NEURONS=64 K=8 SETTLE=1 RST=async
// regenerate: cimgen gen bnn_first R=27 NEURONS=64 K=8 SETTLE=1 RST=async -o DIR

module bnn_first (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // asynchronous reset, active low
  input  wire         cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i (REG_T, REG_THR + n)
  input  wire [6:0]   cfg_addr_i,
  input  wire [15:0]  cfg_wdata_i,
  input  wire         in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire         in_ready_o,
  input  wire [7:0]   in_data_i,  // x[r], unsigned
  output wire         out_valid_o,  // output stream: one beat per vector
  input  wire         out_ready_i,
  output wire [63:0]  out_sign_o,  // neuron n's output in bit n: 1 = +1 (A >= theta), 0 = -1
  output wire [831:0] out_acc_o,  // neuron n's A = 2^T * acc in bits n*A_W ..
  output wire         row_en_o,  // the rows are driven (settle and sample cycles)
  output wire [26:0]  row_o,  // bit j of x[r] on row r (0 while not driven)
  output wire         sh_o,  // sample strobe: pc_i is read at this edge
  input  wire [319:0] pc_i  // per neuron: popcount of the driven plane, PC_W bits each
);
  // Analog macro interface

  // Registers: planes kept T and one threshold per neuron, clamped as written
  reg [3:0] t_q;  // planes kept, 1..K
  wire [15:0] t_c;  // T as written, clamped to 1..K
  assign t_c = (cfg_wdata_i < 16'd1) ? 16'd1 : ((cfg_wdata_i > 16'd8) ? 16'd8 : cfg_wdata_i);
  wire [15:0] th_c;  // theta as written, clamped to 0..A_MAX+1
  assign th_c = (cfg_wdata_i > 16'd6886) ? 16'd6886 : cfg_wdata_i;
  reg [12:0] th0_q;
  reg [12:0] th1_q;
  reg [12:0] th2_q;
  reg [12:0] th3_q;
  reg [12:0] th4_q;
  reg [12:0] th5_q;
  reg [12:0] th6_q;
  reg [12:0] th7_q;
  reg [12:0] th8_q;
  reg [12:0] th9_q;
  reg [12:0] th10_q;
  reg [12:0] th11_q;
  reg [12:0] th12_q;
  reg [12:0] th13_q;
  reg [12:0] th14_q;
  reg [12:0] th15_q;
  reg [12:0] th16_q;
  reg [12:0] th17_q;
  reg [12:0] th18_q;
  reg [12:0] th19_q;
  reg [12:0] th20_q;
  reg [12:0] th21_q;
  reg [12:0] th22_q;
  reg [12:0] th23_q;
  reg [12:0] th24_q;
  reg [12:0] th25_q;
  reg [12:0] th26_q;
  reg [12:0] th27_q;
  reg [12:0] th28_q;
  reg [12:0] th29_q;
  reg [12:0] th30_q;
  reg [12:0] th31_q;
  reg [12:0] th32_q;
  reg [12:0] th33_q;
  reg [12:0] th34_q;
  reg [12:0] th35_q;
  reg [12:0] th36_q;
  reg [12:0] th37_q;
  reg [12:0] th38_q;
  reg [12:0] th39_q;
  reg [12:0] th40_q;
  reg [12:0] th41_q;
  reg [12:0] th42_q;
  reg [12:0] th43_q;
  reg [12:0] th44_q;
  reg [12:0] th45_q;
  reg [12:0] th46_q;
  reg [12:0] th47_q;
  reg [12:0] th48_q;
  reg [12:0] th49_q;
  reg [12:0] th50_q;
  reg [12:0] th51_q;
  reg [12:0] th52_q;
  reg [12:0] th53_q;
  reg [12:0] th54_q;
  reg [12:0] th55_q;
  reg [12:0] th56_q;
  reg [12:0] th57_q;
  reg [12:0] th58_q;
  reg [12:0] th59_q;
  reg [12:0] th60_q;
  reg [12:0] th61_q;
  reg [12:0] th62_q;
  reg [12:0] th63_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      t_q <= 4'd8;
      th0_q <= 13'd0;
      th1_q <= 13'd0;
      th2_q <= 13'd0;
      th3_q <= 13'd0;
      th4_q <= 13'd0;
      th5_q <= 13'd0;
      th6_q <= 13'd0;
      th7_q <= 13'd0;
      th8_q <= 13'd0;
      th9_q <= 13'd0;
      th10_q <= 13'd0;
      th11_q <= 13'd0;
      th12_q <= 13'd0;
      th13_q <= 13'd0;
      th14_q <= 13'd0;
      th15_q <= 13'd0;
      th16_q <= 13'd0;
      th17_q <= 13'd0;
      th18_q <= 13'd0;
      th19_q <= 13'd0;
      th20_q <= 13'd0;
      th21_q <= 13'd0;
      th22_q <= 13'd0;
      th23_q <= 13'd0;
      th24_q <= 13'd0;
      th25_q <= 13'd0;
      th26_q <= 13'd0;
      th27_q <= 13'd0;
      th28_q <= 13'd0;
      th29_q <= 13'd0;
      th30_q <= 13'd0;
      th31_q <= 13'd0;
      th32_q <= 13'd0;
      th33_q <= 13'd0;
      th34_q <= 13'd0;
      th35_q <= 13'd0;
      th36_q <= 13'd0;
      th37_q <= 13'd0;
      th38_q <= 13'd0;
      th39_q <= 13'd0;
      th40_q <= 13'd0;
      th41_q <= 13'd0;
      th42_q <= 13'd0;
      th43_q <= 13'd0;
      th44_q <= 13'd0;
      th45_q <= 13'd0;
      th46_q <= 13'd0;
      th47_q <= 13'd0;
      th48_q <= 13'd0;
      th49_q <= 13'd0;
      th50_q <= 13'd0;
      th51_q <= 13'd0;
      th52_q <= 13'd0;
      th53_q <= 13'd0;
      th54_q <= 13'd0;
      th55_q <= 13'd0;
      th56_q <= 13'd0;
      th57_q <= 13'd0;
      th58_q <= 13'd0;
      th59_q <= 13'd0;
      th60_q <= 13'd0;
      th61_q <= 13'd0;
      th62_q <= 13'd0;
      th63_q <= 13'd0;
    end else begin
      if (cfg_we_i && (cfg_addr_i == 7'd0)) begin
        t_q <= t_c[3:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd1)) begin
        th0_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd2)) begin
        th1_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd3)) begin
        th2_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd4)) begin
        th3_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd5)) begin
        th4_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd6)) begin
        th5_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd7)) begin
        th6_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd8)) begin
        th7_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd9)) begin
        th8_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd10)) begin
        th9_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd11)) begin
        th10_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd12)) begin
        th11_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd13)) begin
        th12_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd14)) begin
        th13_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd15)) begin
        th14_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd16)) begin
        th15_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd17)) begin
        th16_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd18)) begin
        th17_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd19)) begin
        th18_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd20)) begin
        th19_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd21)) begin
        th20_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd22)) begin
        th21_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd23)) begin
        th22_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd24)) begin
        th23_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd25)) begin
        th24_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd26)) begin
        th25_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd27)) begin
        th26_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd28)) begin
        th27_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd29)) begin
        th28_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd30)) begin
        th29_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd31)) begin
        th30_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd32)) begin
        th31_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd33)) begin
        th32_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd34)) begin
        th33_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd35)) begin
        th34_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd36)) begin
        th35_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd37)) begin
        th36_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd38)) begin
        th37_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd39)) begin
        th38_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd40)) begin
        th39_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd41)) begin
        th40_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd42)) begin
        th41_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd43)) begin
        th42_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd44)) begin
        th43_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd45)) begin
        th44_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd46)) begin
        th45_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd47)) begin
        th46_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd48)) begin
        th47_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd49)) begin
        th48_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd50)) begin
        th49_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd51)) begin
        th50_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd52)) begin
        th51_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd53)) begin
        th52_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd54)) begin
        th53_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd55)) begin
        th54_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd56)) begin
        th55_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd57)) begin
        th56_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd58)) begin
        th57_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd59)) begin
        th58_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd60)) begin
        th59_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd61)) begin
        th60_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd62)) begin
        th61_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd63)) begin
        th62_q <= th_c[12:0];
      end
      if (cfg_we_i && (cfg_addr_i == 7'd64)) begin
        th63_q <= th_c[12:0];
      end
    end
  end

  wire start;  // the buffered vector starts (from IDLE, or as the previous one closes)
  // Input buffer: the elements shifted in, element 0 ends lowest
  reg [215:0] ib_q;  // elements taken so far
  reg [4:0] cnt_q;  // elements in ib_q
  wire full;  // ib_q holds a whole vector
  assign full = cnt_q == 5'd27;
  assign in_ready_o = !full;
  wire take;  // an element is taken
  assign take = in_valid_i && !full;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cnt_q <= 5'd0;
    end else if (start) begin
      cnt_q <= 5'd0;
    end else if (take) begin
      cnt_q <= cnt_q + 5'd1;
    end
  end
  always @(posedge clk_i) begin
    if (take) begin
      ib_q <= {in_data_i, ib_q[215:8]};
    end
  end

  // Engine: IDLE, DRIVE (plane j: SETTLE cycles, then the sample), CLOSE
  localparam [1:0] StIdle = 2'd0;  // waiting for a vector
  localparam [1:0] StDrive = 2'd1;  // plane j driven, SETTLE cycles, then sampled
  localparam [1:0] StClose = 2'd2;  // A >= theta into the output register (waits while it is full)
  reg [1:0] st_q;  // engine
  reg [1:0] st_d;  // next state
  reg [215:0] x_q;  // the vector being driven
  reg [3:0] tr_q;  // T of the vector being driven
  reg [3:0] j_q;  // plane driven, K-T .. K-1
  reg s_q;  // cycles plane j has been driven, 0..SETTLE
  reg out_valid_q;
  wire out_free;  // the output register can take a vector this cycle
  assign out_free = !out_valid_q || out_ready_i;
  assign start = full && ((st_q == StIdle) || ((st_q == StClose) && out_free));
  wire sample;  // the popcounts of plane j are read at this edge
  assign sample = (st_q == StDrive) && (s_q == 1'd1);
  wire last;  // plane j is the MSB
  assign last = j_q == 4'd7;
  assign row_en_o = st_q == StDrive;
  assign sh_o = sample;
  wire [26:0] plane0;
  assign plane0 = {x_q[208], x_q[200], x_q[192], x_q[184], x_q[176], x_q[168], x_q[160], x_q[152], x_q[144], x_q[136],
      x_q[128], x_q[120], x_q[112], x_q[104], x_q[96], x_q[88], x_q[80], x_q[72], x_q[64], x_q[56], x_q[48], x_q[40],
      x_q[32], x_q[24], x_q[16], x_q[8], x_q[0]};
  wire [26:0] plane1;
  assign plane1 = {x_q[209], x_q[201], x_q[193], x_q[185], x_q[177], x_q[169], x_q[161], x_q[153], x_q[145], x_q[137],
      x_q[129], x_q[121], x_q[113], x_q[105], x_q[97], x_q[89], x_q[81], x_q[73], x_q[65], x_q[57], x_q[49], x_q[41],
      x_q[33], x_q[25], x_q[17], x_q[9], x_q[1]};
  wire [26:0] plane2;
  assign plane2 = {x_q[210], x_q[202], x_q[194], x_q[186], x_q[178], x_q[170], x_q[162], x_q[154], x_q[146], x_q[138],
      x_q[130], x_q[122], x_q[114], x_q[106], x_q[98], x_q[90], x_q[82], x_q[74], x_q[66], x_q[58], x_q[50], x_q[42],
      x_q[34], x_q[26], x_q[18], x_q[10], x_q[2]};
  wire [26:0] plane3;
  assign plane3 = {x_q[211], x_q[203], x_q[195], x_q[187], x_q[179], x_q[171], x_q[163], x_q[155], x_q[147], x_q[139],
      x_q[131], x_q[123], x_q[115], x_q[107], x_q[99], x_q[91], x_q[83], x_q[75], x_q[67], x_q[59], x_q[51], x_q[43],
      x_q[35], x_q[27], x_q[19], x_q[11], x_q[3]};
  wire [26:0] plane4;
  assign plane4 = {x_q[212], x_q[204], x_q[196], x_q[188], x_q[180], x_q[172], x_q[164], x_q[156], x_q[148], x_q[140],
      x_q[132], x_q[124], x_q[116], x_q[108], x_q[100], x_q[92], x_q[84], x_q[76], x_q[68], x_q[60], x_q[52], x_q[44],
      x_q[36], x_q[28], x_q[20], x_q[12], x_q[4]};
  wire [26:0] plane5;
  assign plane5 = {x_q[213], x_q[205], x_q[197], x_q[189], x_q[181], x_q[173], x_q[165], x_q[157], x_q[149], x_q[141],
      x_q[133], x_q[125], x_q[117], x_q[109], x_q[101], x_q[93], x_q[85], x_q[77], x_q[69], x_q[61], x_q[53], x_q[45],
      x_q[37], x_q[29], x_q[21], x_q[13], x_q[5]};
  wire [26:0] plane6;
  assign plane6 = {x_q[214], x_q[206], x_q[198], x_q[190], x_q[182], x_q[174], x_q[166], x_q[158], x_q[150], x_q[142],
      x_q[134], x_q[126], x_q[118], x_q[110], x_q[102], x_q[94], x_q[86], x_q[78], x_q[70], x_q[62], x_q[54], x_q[46],
      x_q[38], x_q[30], x_q[22], x_q[14], x_q[6]};
  wire [26:0] plane7;
  assign plane7 = {x_q[215], x_q[207], x_q[199], x_q[191], x_q[183], x_q[175], x_q[167], x_q[159], x_q[151], x_q[143],
      x_q[135], x_q[127], x_q[119], x_q[111], x_q[103], x_q[95], x_q[87], x_q[79], x_q[71], x_q[63], x_q[55], x_q[47],
      x_q[39], x_q[31], x_q[23], x_q[15], x_q[7]};
  reg [26:0] plane;  // plane j
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
  assign row_o = row_en_o ? plane : 27'd0;
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
      if ((st_q == StClose) && out_free) begin
        out_valid_q <= 1'd1;
      end
    end
  end

  // Accumulation per neuron: A <- (A + min(pc, R) << T) >> 1, exact (A is a multiple of 2^(T-i))
  wire [4:0] pc0;  // popcount, values past R read as R
  assign pc0 = (pc_i[4:0] > 5'd27) ? 5'd27 : pc_i[4:0];
  reg [12:0] acc0_q;  // A after the planes so far
  wire [13:0] sum0;  // A + pc << T (even)
  assign sum0 = {1'd0, acc0_q} + ({9'd0, pc0} << tr_q);
  wire [4:0] pc1;  // popcount, values past R read as R
  assign pc1 = (pc_i[9:5] > 5'd27) ? 5'd27 : pc_i[9:5];
  reg [12:0] acc1_q;  // A after the planes so far
  wire [13:0] sum1;  // A + pc << T (even)
  assign sum1 = {1'd0, acc1_q} + ({9'd0, pc1} << tr_q);
  wire [4:0] pc2;  // popcount, values past R read as R
  assign pc2 = (pc_i[14:10] > 5'd27) ? 5'd27 : pc_i[14:10];
  reg [12:0] acc2_q;  // A after the planes so far
  wire [13:0] sum2;  // A + pc << T (even)
  assign sum2 = {1'd0, acc2_q} + ({9'd0, pc2} << tr_q);
  wire [4:0] pc3;  // popcount, values past R read as R
  assign pc3 = (pc_i[19:15] > 5'd27) ? 5'd27 : pc_i[19:15];
  reg [12:0] acc3_q;  // A after the planes so far
  wire [13:0] sum3;  // A + pc << T (even)
  assign sum3 = {1'd0, acc3_q} + ({9'd0, pc3} << tr_q);
  wire [4:0] pc4;  // popcount, values past R read as R
  assign pc4 = (pc_i[24:20] > 5'd27) ? 5'd27 : pc_i[24:20];
  reg [12:0] acc4_q;  // A after the planes so far
  wire [13:0] sum4;  // A + pc << T (even)
  assign sum4 = {1'd0, acc4_q} + ({9'd0, pc4} << tr_q);
  wire [4:0] pc5;  // popcount, values past R read as R
  assign pc5 = (pc_i[29:25] > 5'd27) ? 5'd27 : pc_i[29:25];
  reg [12:0] acc5_q;  // A after the planes so far
  wire [13:0] sum5;  // A + pc << T (even)
  assign sum5 = {1'd0, acc5_q} + ({9'd0, pc5} << tr_q);
  wire [4:0] pc6;  // popcount, values past R read as R
  assign pc6 = (pc_i[34:30] > 5'd27) ? 5'd27 : pc_i[34:30];
  reg [12:0] acc6_q;  // A after the planes so far
  wire [13:0] sum6;  // A + pc << T (even)
  assign sum6 = {1'd0, acc6_q} + ({9'd0, pc6} << tr_q);
  wire [4:0] pc7;  // popcount, values past R read as R
  assign pc7 = (pc_i[39:35] > 5'd27) ? 5'd27 : pc_i[39:35];
  reg [12:0] acc7_q;  // A after the planes so far
  wire [13:0] sum7;  // A + pc << T (even)
  assign sum7 = {1'd0, acc7_q} + ({9'd0, pc7} << tr_q);
  wire [4:0] pc8;  // popcount, values past R read as R
  assign pc8 = (pc_i[44:40] > 5'd27) ? 5'd27 : pc_i[44:40];
  reg [12:0] acc8_q;  // A after the planes so far
  wire [13:0] sum8;  // A + pc << T (even)
  assign sum8 = {1'd0, acc8_q} + ({9'd0, pc8} << tr_q);
  wire [4:0] pc9;  // popcount, values past R read as R
  assign pc9 = (pc_i[49:45] > 5'd27) ? 5'd27 : pc_i[49:45];
  reg [12:0] acc9_q;  // A after the planes so far
  wire [13:0] sum9;  // A + pc << T (even)
  assign sum9 = {1'd0, acc9_q} + ({9'd0, pc9} << tr_q);
  wire [4:0] pc10;  // popcount, values past R read as R
  assign pc10 = (pc_i[54:50] > 5'd27) ? 5'd27 : pc_i[54:50];
  reg [12:0] acc10_q;  // A after the planes so far
  wire [13:0] sum10;  // A + pc << T (even)
  assign sum10 = {1'd0, acc10_q} + ({9'd0, pc10} << tr_q);
  wire [4:0] pc11;  // popcount, values past R read as R
  assign pc11 = (pc_i[59:55] > 5'd27) ? 5'd27 : pc_i[59:55];
  reg [12:0] acc11_q;  // A after the planes so far
  wire [13:0] sum11;  // A + pc << T (even)
  assign sum11 = {1'd0, acc11_q} + ({9'd0, pc11} << tr_q);
  wire [4:0] pc12;  // popcount, values past R read as R
  assign pc12 = (pc_i[64:60] > 5'd27) ? 5'd27 : pc_i[64:60];
  reg [12:0] acc12_q;  // A after the planes so far
  wire [13:0] sum12;  // A + pc << T (even)
  assign sum12 = {1'd0, acc12_q} + ({9'd0, pc12} << tr_q);
  wire [4:0] pc13;  // popcount, values past R read as R
  assign pc13 = (pc_i[69:65] > 5'd27) ? 5'd27 : pc_i[69:65];
  reg [12:0] acc13_q;  // A after the planes so far
  wire [13:0] sum13;  // A + pc << T (even)
  assign sum13 = {1'd0, acc13_q} + ({9'd0, pc13} << tr_q);
  wire [4:0] pc14;  // popcount, values past R read as R
  assign pc14 = (pc_i[74:70] > 5'd27) ? 5'd27 : pc_i[74:70];
  reg [12:0] acc14_q;  // A after the planes so far
  wire [13:0] sum14;  // A + pc << T (even)
  assign sum14 = {1'd0, acc14_q} + ({9'd0, pc14} << tr_q);
  wire [4:0] pc15;  // popcount, values past R read as R
  assign pc15 = (pc_i[79:75] > 5'd27) ? 5'd27 : pc_i[79:75];
  reg [12:0] acc15_q;  // A after the planes so far
  wire [13:0] sum15;  // A + pc << T (even)
  assign sum15 = {1'd0, acc15_q} + ({9'd0, pc15} << tr_q);
  wire [4:0] pc16;  // popcount, values past R read as R
  assign pc16 = (pc_i[84:80] > 5'd27) ? 5'd27 : pc_i[84:80];
  reg [12:0] acc16_q;  // A after the planes so far
  wire [13:0] sum16;  // A + pc << T (even)
  assign sum16 = {1'd0, acc16_q} + ({9'd0, pc16} << tr_q);
  wire [4:0] pc17;  // popcount, values past R read as R
  assign pc17 = (pc_i[89:85] > 5'd27) ? 5'd27 : pc_i[89:85];
  reg [12:0] acc17_q;  // A after the planes so far
  wire [13:0] sum17;  // A + pc << T (even)
  assign sum17 = {1'd0, acc17_q} + ({9'd0, pc17} << tr_q);
  wire [4:0] pc18;  // popcount, values past R read as R
  assign pc18 = (pc_i[94:90] > 5'd27) ? 5'd27 : pc_i[94:90];
  reg [12:0] acc18_q;  // A after the planes so far
  wire [13:0] sum18;  // A + pc << T (even)
  assign sum18 = {1'd0, acc18_q} + ({9'd0, pc18} << tr_q);
  wire [4:0] pc19;  // popcount, values past R read as R
  assign pc19 = (pc_i[99:95] > 5'd27) ? 5'd27 : pc_i[99:95];
  reg [12:0] acc19_q;  // A after the planes so far
  wire [13:0] sum19;  // A + pc << T (even)
  assign sum19 = {1'd0, acc19_q} + ({9'd0, pc19} << tr_q);
  wire [4:0] pc20;  // popcount, values past R read as R
  assign pc20 = (pc_i[104:100] > 5'd27) ? 5'd27 : pc_i[104:100];
  reg [12:0] acc20_q;  // A after the planes so far
  wire [13:0] sum20;  // A + pc << T (even)
  assign sum20 = {1'd0, acc20_q} + ({9'd0, pc20} << tr_q);
  wire [4:0] pc21;  // popcount, values past R read as R
  assign pc21 = (pc_i[109:105] > 5'd27) ? 5'd27 : pc_i[109:105];
  reg [12:0] acc21_q;  // A after the planes so far
  wire [13:0] sum21;  // A + pc << T (even)
  assign sum21 = {1'd0, acc21_q} + ({9'd0, pc21} << tr_q);
  wire [4:0] pc22;  // popcount, values past R read as R
  assign pc22 = (pc_i[114:110] > 5'd27) ? 5'd27 : pc_i[114:110];
  reg [12:0] acc22_q;  // A after the planes so far
  wire [13:0] sum22;  // A + pc << T (even)
  assign sum22 = {1'd0, acc22_q} + ({9'd0, pc22} << tr_q);
  wire [4:0] pc23;  // popcount, values past R read as R
  assign pc23 = (pc_i[119:115] > 5'd27) ? 5'd27 : pc_i[119:115];
  reg [12:0] acc23_q;  // A after the planes so far
  wire [13:0] sum23;  // A + pc << T (even)
  assign sum23 = {1'd0, acc23_q} + ({9'd0, pc23} << tr_q);
  wire [4:0] pc24;  // popcount, values past R read as R
  assign pc24 = (pc_i[124:120] > 5'd27) ? 5'd27 : pc_i[124:120];
  reg [12:0] acc24_q;  // A after the planes so far
  wire [13:0] sum24;  // A + pc << T (even)
  assign sum24 = {1'd0, acc24_q} + ({9'd0, pc24} << tr_q);
  wire [4:0] pc25;  // popcount, values past R read as R
  assign pc25 = (pc_i[129:125] > 5'd27) ? 5'd27 : pc_i[129:125];
  reg [12:0] acc25_q;  // A after the planes so far
  wire [13:0] sum25;  // A + pc << T (even)
  assign sum25 = {1'd0, acc25_q} + ({9'd0, pc25} << tr_q);
  wire [4:0] pc26;  // popcount, values past R read as R
  assign pc26 = (pc_i[134:130] > 5'd27) ? 5'd27 : pc_i[134:130];
  reg [12:0] acc26_q;  // A after the planes so far
  wire [13:0] sum26;  // A + pc << T (even)
  assign sum26 = {1'd0, acc26_q} + ({9'd0, pc26} << tr_q);
  wire [4:0] pc27;  // popcount, values past R read as R
  assign pc27 = (pc_i[139:135] > 5'd27) ? 5'd27 : pc_i[139:135];
  reg [12:0] acc27_q;  // A after the planes so far
  wire [13:0] sum27;  // A + pc << T (even)
  assign sum27 = {1'd0, acc27_q} + ({9'd0, pc27} << tr_q);
  wire [4:0] pc28;  // popcount, values past R read as R
  assign pc28 = (pc_i[144:140] > 5'd27) ? 5'd27 : pc_i[144:140];
  reg [12:0] acc28_q;  // A after the planes so far
  wire [13:0] sum28;  // A + pc << T (even)
  assign sum28 = {1'd0, acc28_q} + ({9'd0, pc28} << tr_q);
  wire [4:0] pc29;  // popcount, values past R read as R
  assign pc29 = (pc_i[149:145] > 5'd27) ? 5'd27 : pc_i[149:145];
  reg [12:0] acc29_q;  // A after the planes so far
  wire [13:0] sum29;  // A + pc << T (even)
  assign sum29 = {1'd0, acc29_q} + ({9'd0, pc29} << tr_q);
  wire [4:0] pc30;  // popcount, values past R read as R
  assign pc30 = (pc_i[154:150] > 5'd27) ? 5'd27 : pc_i[154:150];
  reg [12:0] acc30_q;  // A after the planes so far
  wire [13:0] sum30;  // A + pc << T (even)
  assign sum30 = {1'd0, acc30_q} + ({9'd0, pc30} << tr_q);
  wire [4:0] pc31;  // popcount, values past R read as R
  assign pc31 = (pc_i[159:155] > 5'd27) ? 5'd27 : pc_i[159:155];
  reg [12:0] acc31_q;  // A after the planes so far
  wire [13:0] sum31;  // A + pc << T (even)
  assign sum31 = {1'd0, acc31_q} + ({9'd0, pc31} << tr_q);
  wire [4:0] pc32;  // popcount, values past R read as R
  assign pc32 = (pc_i[164:160] > 5'd27) ? 5'd27 : pc_i[164:160];
  reg [12:0] acc32_q;  // A after the planes so far
  wire [13:0] sum32;  // A + pc << T (even)
  assign sum32 = {1'd0, acc32_q} + ({9'd0, pc32} << tr_q);
  wire [4:0] pc33;  // popcount, values past R read as R
  assign pc33 = (pc_i[169:165] > 5'd27) ? 5'd27 : pc_i[169:165];
  reg [12:0] acc33_q;  // A after the planes so far
  wire [13:0] sum33;  // A + pc << T (even)
  assign sum33 = {1'd0, acc33_q} + ({9'd0, pc33} << tr_q);
  wire [4:0] pc34;  // popcount, values past R read as R
  assign pc34 = (pc_i[174:170] > 5'd27) ? 5'd27 : pc_i[174:170];
  reg [12:0] acc34_q;  // A after the planes so far
  wire [13:0] sum34;  // A + pc << T (even)
  assign sum34 = {1'd0, acc34_q} + ({9'd0, pc34} << tr_q);
  wire [4:0] pc35;  // popcount, values past R read as R
  assign pc35 = (pc_i[179:175] > 5'd27) ? 5'd27 : pc_i[179:175];
  reg [12:0] acc35_q;  // A after the planes so far
  wire [13:0] sum35;  // A + pc << T (even)
  assign sum35 = {1'd0, acc35_q} + ({9'd0, pc35} << tr_q);
  wire [4:0] pc36;  // popcount, values past R read as R
  assign pc36 = (pc_i[184:180] > 5'd27) ? 5'd27 : pc_i[184:180];
  reg [12:0] acc36_q;  // A after the planes so far
  wire [13:0] sum36;  // A + pc << T (even)
  assign sum36 = {1'd0, acc36_q} + ({9'd0, pc36} << tr_q);
  wire [4:0] pc37;  // popcount, values past R read as R
  assign pc37 = (pc_i[189:185] > 5'd27) ? 5'd27 : pc_i[189:185];
  reg [12:0] acc37_q;  // A after the planes so far
  wire [13:0] sum37;  // A + pc << T (even)
  assign sum37 = {1'd0, acc37_q} + ({9'd0, pc37} << tr_q);
  wire [4:0] pc38;  // popcount, values past R read as R
  assign pc38 = (pc_i[194:190] > 5'd27) ? 5'd27 : pc_i[194:190];
  reg [12:0] acc38_q;  // A after the planes so far
  wire [13:0] sum38;  // A + pc << T (even)
  assign sum38 = {1'd0, acc38_q} + ({9'd0, pc38} << tr_q);
  wire [4:0] pc39;  // popcount, values past R read as R
  assign pc39 = (pc_i[199:195] > 5'd27) ? 5'd27 : pc_i[199:195];
  reg [12:0] acc39_q;  // A after the planes so far
  wire [13:0] sum39;  // A + pc << T (even)
  assign sum39 = {1'd0, acc39_q} + ({9'd0, pc39} << tr_q);
  wire [4:0] pc40;  // popcount, values past R read as R
  assign pc40 = (pc_i[204:200] > 5'd27) ? 5'd27 : pc_i[204:200];
  reg [12:0] acc40_q;  // A after the planes so far
  wire [13:0] sum40;  // A + pc << T (even)
  assign sum40 = {1'd0, acc40_q} + ({9'd0, pc40} << tr_q);
  wire [4:0] pc41;  // popcount, values past R read as R
  assign pc41 = (pc_i[209:205] > 5'd27) ? 5'd27 : pc_i[209:205];
  reg [12:0] acc41_q;  // A after the planes so far
  wire [13:0] sum41;  // A + pc << T (even)
  assign sum41 = {1'd0, acc41_q} + ({9'd0, pc41} << tr_q);
  wire [4:0] pc42;  // popcount, values past R read as R
  assign pc42 = (pc_i[214:210] > 5'd27) ? 5'd27 : pc_i[214:210];
  reg [12:0] acc42_q;  // A after the planes so far
  wire [13:0] sum42;  // A + pc << T (even)
  assign sum42 = {1'd0, acc42_q} + ({9'd0, pc42} << tr_q);
  wire [4:0] pc43;  // popcount, values past R read as R
  assign pc43 = (pc_i[219:215] > 5'd27) ? 5'd27 : pc_i[219:215];
  reg [12:0] acc43_q;  // A after the planes so far
  wire [13:0] sum43;  // A + pc << T (even)
  assign sum43 = {1'd0, acc43_q} + ({9'd0, pc43} << tr_q);
  wire [4:0] pc44;  // popcount, values past R read as R
  assign pc44 = (pc_i[224:220] > 5'd27) ? 5'd27 : pc_i[224:220];
  reg [12:0] acc44_q;  // A after the planes so far
  wire [13:0] sum44;  // A + pc << T (even)
  assign sum44 = {1'd0, acc44_q} + ({9'd0, pc44} << tr_q);
  wire [4:0] pc45;  // popcount, values past R read as R
  assign pc45 = (pc_i[229:225] > 5'd27) ? 5'd27 : pc_i[229:225];
  reg [12:0] acc45_q;  // A after the planes so far
  wire [13:0] sum45;  // A + pc << T (even)
  assign sum45 = {1'd0, acc45_q} + ({9'd0, pc45} << tr_q);
  wire [4:0] pc46;  // popcount, values past R read as R
  assign pc46 = (pc_i[234:230] > 5'd27) ? 5'd27 : pc_i[234:230];
  reg [12:0] acc46_q;  // A after the planes so far
  wire [13:0] sum46;  // A + pc << T (even)
  assign sum46 = {1'd0, acc46_q} + ({9'd0, pc46} << tr_q);
  wire [4:0] pc47;  // popcount, values past R read as R
  assign pc47 = (pc_i[239:235] > 5'd27) ? 5'd27 : pc_i[239:235];
  reg [12:0] acc47_q;  // A after the planes so far
  wire [13:0] sum47;  // A + pc << T (even)
  assign sum47 = {1'd0, acc47_q} + ({9'd0, pc47} << tr_q);
  wire [4:0] pc48;  // popcount, values past R read as R
  assign pc48 = (pc_i[244:240] > 5'd27) ? 5'd27 : pc_i[244:240];
  reg [12:0] acc48_q;  // A after the planes so far
  wire [13:0] sum48;  // A + pc << T (even)
  assign sum48 = {1'd0, acc48_q} + ({9'd0, pc48} << tr_q);
  wire [4:0] pc49;  // popcount, values past R read as R
  assign pc49 = (pc_i[249:245] > 5'd27) ? 5'd27 : pc_i[249:245];
  reg [12:0] acc49_q;  // A after the planes so far
  wire [13:0] sum49;  // A + pc << T (even)
  assign sum49 = {1'd0, acc49_q} + ({9'd0, pc49} << tr_q);
  wire [4:0] pc50;  // popcount, values past R read as R
  assign pc50 = (pc_i[254:250] > 5'd27) ? 5'd27 : pc_i[254:250];
  reg [12:0] acc50_q;  // A after the planes so far
  wire [13:0] sum50;  // A + pc << T (even)
  assign sum50 = {1'd0, acc50_q} + ({9'd0, pc50} << tr_q);
  wire [4:0] pc51;  // popcount, values past R read as R
  assign pc51 = (pc_i[259:255] > 5'd27) ? 5'd27 : pc_i[259:255];
  reg [12:0] acc51_q;  // A after the planes so far
  wire [13:0] sum51;  // A + pc << T (even)
  assign sum51 = {1'd0, acc51_q} + ({9'd0, pc51} << tr_q);
  wire [4:0] pc52;  // popcount, values past R read as R
  assign pc52 = (pc_i[264:260] > 5'd27) ? 5'd27 : pc_i[264:260];
  reg [12:0] acc52_q;  // A after the planes so far
  wire [13:0] sum52;  // A + pc << T (even)
  assign sum52 = {1'd0, acc52_q} + ({9'd0, pc52} << tr_q);
  wire [4:0] pc53;  // popcount, values past R read as R
  assign pc53 = (pc_i[269:265] > 5'd27) ? 5'd27 : pc_i[269:265];
  reg [12:0] acc53_q;  // A after the planes so far
  wire [13:0] sum53;  // A + pc << T (even)
  assign sum53 = {1'd0, acc53_q} + ({9'd0, pc53} << tr_q);
  wire [4:0] pc54;  // popcount, values past R read as R
  assign pc54 = (pc_i[274:270] > 5'd27) ? 5'd27 : pc_i[274:270];
  reg [12:0] acc54_q;  // A after the planes so far
  wire [13:0] sum54;  // A + pc << T (even)
  assign sum54 = {1'd0, acc54_q} + ({9'd0, pc54} << tr_q);
  wire [4:0] pc55;  // popcount, values past R read as R
  assign pc55 = (pc_i[279:275] > 5'd27) ? 5'd27 : pc_i[279:275];
  reg [12:0] acc55_q;  // A after the planes so far
  wire [13:0] sum55;  // A + pc << T (even)
  assign sum55 = {1'd0, acc55_q} + ({9'd0, pc55} << tr_q);
  wire [4:0] pc56;  // popcount, values past R read as R
  assign pc56 = (pc_i[284:280] > 5'd27) ? 5'd27 : pc_i[284:280];
  reg [12:0] acc56_q;  // A after the planes so far
  wire [13:0] sum56;  // A + pc << T (even)
  assign sum56 = {1'd0, acc56_q} + ({9'd0, pc56} << tr_q);
  wire [4:0] pc57;  // popcount, values past R read as R
  assign pc57 = (pc_i[289:285] > 5'd27) ? 5'd27 : pc_i[289:285];
  reg [12:0] acc57_q;  // A after the planes so far
  wire [13:0] sum57;  // A + pc << T (even)
  assign sum57 = {1'd0, acc57_q} + ({9'd0, pc57} << tr_q);
  wire [4:0] pc58;  // popcount, values past R read as R
  assign pc58 = (pc_i[294:290] > 5'd27) ? 5'd27 : pc_i[294:290];
  reg [12:0] acc58_q;  // A after the planes so far
  wire [13:0] sum58;  // A + pc << T (even)
  assign sum58 = {1'd0, acc58_q} + ({9'd0, pc58} << tr_q);
  wire [4:0] pc59;  // popcount, values past R read as R
  assign pc59 = (pc_i[299:295] > 5'd27) ? 5'd27 : pc_i[299:295];
  reg [12:0] acc59_q;  // A after the planes so far
  wire [13:0] sum59;  // A + pc << T (even)
  assign sum59 = {1'd0, acc59_q} + ({9'd0, pc59} << tr_q);
  wire [4:0] pc60;  // popcount, values past R read as R
  assign pc60 = (pc_i[304:300] > 5'd27) ? 5'd27 : pc_i[304:300];
  reg [12:0] acc60_q;  // A after the planes so far
  wire [13:0] sum60;  // A + pc << T (even)
  assign sum60 = {1'd0, acc60_q} + ({9'd0, pc60} << tr_q);
  wire [4:0] pc61;  // popcount, values past R read as R
  assign pc61 = (pc_i[309:305] > 5'd27) ? 5'd27 : pc_i[309:305];
  reg [12:0] acc61_q;  // A after the planes so far
  wire [13:0] sum61;  // A + pc << T (even)
  assign sum61 = {1'd0, acc61_q} + ({9'd0, pc61} << tr_q);
  wire [4:0] pc62;  // popcount, values past R read as R
  assign pc62 = (pc_i[314:310] > 5'd27) ? 5'd27 : pc_i[314:310];
  reg [12:0] acc62_q;  // A after the planes so far
  wire [13:0] sum62;  // A + pc << T (even)
  assign sum62 = {1'd0, acc62_q} + ({9'd0, pc62} << tr_q);
  wire [4:0] pc63;  // popcount, values past R read as R
  assign pc63 = (pc_i[319:315] > 5'd27) ? 5'd27 : pc_i[319:315];
  reg [12:0] acc63_q;  // A after the planes so far
  wire [13:0] sum63;  // A + pc << T (even)
  assign sum63 = {1'd0, acc63_q} + ({9'd0, pc63} << tr_q);
  always @(posedge clk_i) begin
    if (start) begin
      x_q <= ib_q;
      tr_q <= t_q;
      j_q <= 4'd8 - t_q;
      s_q <= 1'd0;
      acc0_q <= 13'd0;
      acc1_q <= 13'd0;
      acc2_q <= 13'd0;
      acc3_q <= 13'd0;
      acc4_q <= 13'd0;
      acc5_q <= 13'd0;
      acc6_q <= 13'd0;
      acc7_q <= 13'd0;
      acc8_q <= 13'd0;
      acc9_q <= 13'd0;
      acc10_q <= 13'd0;
      acc11_q <= 13'd0;
      acc12_q <= 13'd0;
      acc13_q <= 13'd0;
      acc14_q <= 13'd0;
      acc15_q <= 13'd0;
      acc16_q <= 13'd0;
      acc17_q <= 13'd0;
      acc18_q <= 13'd0;
      acc19_q <= 13'd0;
      acc20_q <= 13'd0;
      acc21_q <= 13'd0;
      acc22_q <= 13'd0;
      acc23_q <= 13'd0;
      acc24_q <= 13'd0;
      acc25_q <= 13'd0;
      acc26_q <= 13'd0;
      acc27_q <= 13'd0;
      acc28_q <= 13'd0;
      acc29_q <= 13'd0;
      acc30_q <= 13'd0;
      acc31_q <= 13'd0;
      acc32_q <= 13'd0;
      acc33_q <= 13'd0;
      acc34_q <= 13'd0;
      acc35_q <= 13'd0;
      acc36_q <= 13'd0;
      acc37_q <= 13'd0;
      acc38_q <= 13'd0;
      acc39_q <= 13'd0;
      acc40_q <= 13'd0;
      acc41_q <= 13'd0;
      acc42_q <= 13'd0;
      acc43_q <= 13'd0;
      acc44_q <= 13'd0;
      acc45_q <= 13'd0;
      acc46_q <= 13'd0;
      acc47_q <= 13'd0;
      acc48_q <= 13'd0;
      acc49_q <= 13'd0;
      acc50_q <= 13'd0;
      acc51_q <= 13'd0;
      acc52_q <= 13'd0;
      acc53_q <= 13'd0;
      acc54_q <= 13'd0;
      acc55_q <= 13'd0;
      acc56_q <= 13'd0;
      acc57_q <= 13'd0;
      acc58_q <= 13'd0;
      acc59_q <= 13'd0;
      acc60_q <= 13'd0;
      acc61_q <= 13'd0;
      acc62_q <= 13'd0;
      acc63_q <= 13'd0;
    end else if (sample) begin
      s_q <= 1'd0;
      if (!last) begin
        j_q <= j_q + 4'd1;
      end
      acc0_q <= sum0[13:1];
      acc1_q <= sum1[13:1];
      acc2_q <= sum2[13:1];
      acc3_q <= sum3[13:1];
      acc4_q <= sum4[13:1];
      acc5_q <= sum5[13:1];
      acc6_q <= sum6[13:1];
      acc7_q <= sum7[13:1];
      acc8_q <= sum8[13:1];
      acc9_q <= sum9[13:1];
      acc10_q <= sum10[13:1];
      acc11_q <= sum11[13:1];
      acc12_q <= sum12[13:1];
      acc13_q <= sum13[13:1];
      acc14_q <= sum14[13:1];
      acc15_q <= sum15[13:1];
      acc16_q <= sum16[13:1];
      acc17_q <= sum17[13:1];
      acc18_q <= sum18[13:1];
      acc19_q <= sum19[13:1];
      acc20_q <= sum20[13:1];
      acc21_q <= sum21[13:1];
      acc22_q <= sum22[13:1];
      acc23_q <= sum23[13:1];
      acc24_q <= sum24[13:1];
      acc25_q <= sum25[13:1];
      acc26_q <= sum26[13:1];
      acc27_q <= sum27[13:1];
      acc28_q <= sum28[13:1];
      acc29_q <= sum29[13:1];
      acc30_q <= sum30[13:1];
      acc31_q <= sum31[13:1];
      acc32_q <= sum32[13:1];
      acc33_q <= sum33[13:1];
      acc34_q <= sum34[13:1];
      acc35_q <= sum35[13:1];
      acc36_q <= sum36[13:1];
      acc37_q <= sum37[13:1];
      acc38_q <= sum38[13:1];
      acc39_q <= sum39[13:1];
      acc40_q <= sum40[13:1];
      acc41_q <= sum41[13:1];
      acc42_q <= sum42[13:1];
      acc43_q <= sum43[13:1];
      acc44_q <= sum44[13:1];
      acc45_q <= sum45[13:1];
      acc46_q <= sum46[13:1];
      acc47_q <= sum47[13:1];
      acc48_q <= sum48[13:1];
      acc49_q <= sum49[13:1];
      acc50_q <= sum50[13:1];
      acc51_q <= sum51[13:1];
      acc52_q <= sum52[13:1];
      acc53_q <= sum53[13:1];
      acc54_q <= sum54[13:1];
      acc55_q <= sum55[13:1];
      acc56_q <= sum56[13:1];
      acc57_q <= sum57[13:1];
      acc58_q <= sum58[13:1];
      acc59_q <= sum59[13:1];
      acc60_q <= sum60[13:1];
      acc61_q <= sum61[13:1];
      acc62_q <= sum62[13:1];
      acc63_q <= sum63[13:1];
    end else if (st_q == StDrive) begin
      s_q <= s_q + 1'd1;
    end
  end

  // Output register: the threshold compare as the vector closes
  reg [12:0] oacc0_q;
  reg [12:0] oacc1_q;
  reg [12:0] oacc2_q;
  reg [12:0] oacc3_q;
  reg [12:0] oacc4_q;
  reg [12:0] oacc5_q;
  reg [12:0] oacc6_q;
  reg [12:0] oacc7_q;
  reg [12:0] oacc8_q;
  reg [12:0] oacc9_q;
  reg [12:0] oacc10_q;
  reg [12:0] oacc11_q;
  reg [12:0] oacc12_q;
  reg [12:0] oacc13_q;
  reg [12:0] oacc14_q;
  reg [12:0] oacc15_q;
  reg [12:0] oacc16_q;
  reg [12:0] oacc17_q;
  reg [12:0] oacc18_q;
  reg [12:0] oacc19_q;
  reg [12:0] oacc20_q;
  reg [12:0] oacc21_q;
  reg [12:0] oacc22_q;
  reg [12:0] oacc23_q;
  reg [12:0] oacc24_q;
  reg [12:0] oacc25_q;
  reg [12:0] oacc26_q;
  reg [12:0] oacc27_q;
  reg [12:0] oacc28_q;
  reg [12:0] oacc29_q;
  reg [12:0] oacc30_q;
  reg [12:0] oacc31_q;
  reg [12:0] oacc32_q;
  reg [12:0] oacc33_q;
  reg [12:0] oacc34_q;
  reg [12:0] oacc35_q;
  reg [12:0] oacc36_q;
  reg [12:0] oacc37_q;
  reg [12:0] oacc38_q;
  reg [12:0] oacc39_q;
  reg [12:0] oacc40_q;
  reg [12:0] oacc41_q;
  reg [12:0] oacc42_q;
  reg [12:0] oacc43_q;
  reg [12:0] oacc44_q;
  reg [12:0] oacc45_q;
  reg [12:0] oacc46_q;
  reg [12:0] oacc47_q;
  reg [12:0] oacc48_q;
  reg [12:0] oacc49_q;
  reg [12:0] oacc50_q;
  reg [12:0] oacc51_q;
  reg [12:0] oacc52_q;
  reg [12:0] oacc53_q;
  reg [12:0] oacc54_q;
  reg [12:0] oacc55_q;
  reg [12:0] oacc56_q;
  reg [12:0] oacc57_q;
  reg [12:0] oacc58_q;
  reg [12:0] oacc59_q;
  reg [12:0] oacc60_q;
  reg [12:0] oacc61_q;
  reg [12:0] oacc62_q;
  reg [12:0] oacc63_q;
  reg [63:0] osign_q;
  always @(posedge clk_i) begin
    if ((st_q == StClose) && out_free) begin
      osign_q <= {acc63_q >= th63_q, acc62_q >= th62_q, acc61_q >= th61_q, acc60_q >= th60_q, acc59_q >= th59_q, acc58_q
          >= th58_q, acc57_q >= th57_q, acc56_q >= th56_q, acc55_q >= th55_q, acc54_q >= th54_q, acc53_q >=
          th53_q, acc52_q >= th52_q, acc51_q >= th51_q, acc50_q >= th50_q, acc49_q >= th49_q, acc48_q >= th48_q, acc47_q
          >= th47_q, acc46_q >= th46_q, acc45_q >= th45_q, acc44_q >= th44_q, acc43_q >= th43_q, acc42_q >=
          th42_q, acc41_q >= th41_q, acc40_q >= th40_q, acc39_q >= th39_q, acc38_q >= th38_q, acc37_q >= th37_q, acc36_q
          >= th36_q, acc35_q >= th35_q, acc34_q >= th34_q, acc33_q >= th33_q, acc32_q >= th32_q, acc31_q >=
          th31_q, acc30_q >= th30_q, acc29_q >= th29_q, acc28_q >= th28_q, acc27_q >= th27_q, acc26_q >= th26_q, acc25_q
          >= th25_q, acc24_q >= th24_q, acc23_q >= th23_q, acc22_q >= th22_q, acc21_q >= th21_q, acc20_q >=
          th20_q, acc19_q >= th19_q, acc18_q >= th18_q, acc17_q >= th17_q, acc16_q >= th16_q, acc15_q >= th15_q, acc14_q
          >= th14_q, acc13_q >= th13_q, acc12_q >= th12_q, acc11_q >= th11_q, acc10_q >= th10_q, acc9_q >= th9_q, acc8_q
          >= th8_q, acc7_q >= th7_q, acc6_q >= th6_q, acc5_q >= th5_q, acc4_q >= th4_q, acc3_q >= th3_q, acc2_q >=
          th2_q, acc1_q >= th1_q, acc0_q >= th0_q};
      oacc0_q <= acc0_q;
      oacc1_q <= acc1_q;
      oacc2_q <= acc2_q;
      oacc3_q <= acc3_q;
      oacc4_q <= acc4_q;
      oacc5_q <= acc5_q;
      oacc6_q <= acc6_q;
      oacc7_q <= acc7_q;
      oacc8_q <= acc8_q;
      oacc9_q <= acc9_q;
      oacc10_q <= acc10_q;
      oacc11_q <= acc11_q;
      oacc12_q <= acc12_q;
      oacc13_q <= acc13_q;
      oacc14_q <= acc14_q;
      oacc15_q <= acc15_q;
      oacc16_q <= acc16_q;
      oacc17_q <= acc17_q;
      oacc18_q <= acc18_q;
      oacc19_q <= acc19_q;
      oacc20_q <= acc20_q;
      oacc21_q <= acc21_q;
      oacc22_q <= acc22_q;
      oacc23_q <= acc23_q;
      oacc24_q <= acc24_q;
      oacc25_q <= acc25_q;
      oacc26_q <= acc26_q;
      oacc27_q <= acc27_q;
      oacc28_q <= acc28_q;
      oacc29_q <= acc29_q;
      oacc30_q <= acc30_q;
      oacc31_q <= acc31_q;
      oacc32_q <= acc32_q;
      oacc33_q <= acc33_q;
      oacc34_q <= acc34_q;
      oacc35_q <= acc35_q;
      oacc36_q <= acc36_q;
      oacc37_q <= acc37_q;
      oacc38_q <= acc38_q;
      oacc39_q <= acc39_q;
      oacc40_q <= acc40_q;
      oacc41_q <= acc41_q;
      oacc42_q <= acc42_q;
      oacc43_q <= acc43_q;
      oacc44_q <= acc44_q;
      oacc45_q <= acc45_q;
      oacc46_q <= acc46_q;
      oacc47_q <= acc47_q;
      oacc48_q <= acc48_q;
      oacc49_q <= acc49_q;
      oacc50_q <= acc50_q;
      oacc51_q <= acc51_q;
      oacc52_q <= acc52_q;
      oacc53_q <= acc53_q;
      oacc54_q <= acc54_q;
      oacc55_q <= acc55_q;
      oacc56_q <= acc56_q;
      oacc57_q <= acc57_q;
      oacc58_q <= acc58_q;
      oacc59_q <= acc59_q;
      oacc60_q <= acc60_q;
      oacc61_q <= acc61_q;
      oacc62_q <= acc62_q;
      oacc63_q <= acc63_q;
    end
  end
  assign out_valid_o = out_valid_q;
  assign out_sign_o = osign_q;
  assign out_acc_o = {oacc63_q, oacc62_q, oacc61_q, oacc60_q, oacc59_q, oacc58_q, oacc57_q, oacc56_q, oacc55_q,
      oacc54_q, oacc53_q, oacc52_q, oacc51_q, oacc50_q, oacc49_q, oacc48_q, oacc47_q, oacc46_q, oacc45_q, oacc44_q,
      oacc43_q, oacc42_q, oacc41_q, oacc40_q, oacc39_q, oacc38_q, oacc37_q, oacc36_q, oacc35_q, oacc34_q, oacc33_q,
      oacc32_q, oacc31_q, oacc30_q, oacc29_q, oacc28_q, oacc27_q, oacc26_q, oacc25_q, oacc24_q, oacc23_q, oacc22_q,
      oacc21_q, oacc20_q, oacc19_q, oacc18_q, oacc17_q, oacc16_q, oacc15_q, oacc14_q, oacc13_q, oacc12_q, oacc11_q,
      oacc10_q, oacc9_q, oacc8_q, oacc7_q, oacc6_q, oacc5_q, oacc4_q, oacc3_q, oacc2_q, oacc1_q, oacc0_q};
  wire bits_unused;  // bits this configuration does not need
  assign bits_unused = &{1'd0, t_c[15:4], th_c[15:13], sum0[0], sum1[0], sum2[0], sum3[0], sum4[0], sum5[0], sum6[0],
      sum7[0], sum8[0], sum9[0], sum10[0], sum11[0], sum12[0], sum13[0], sum14[0], sum15[0], sum16[0], sum17[0],
      sum18[0], sum19[0], sum20[0], sum21[0], sum22[0], sum23[0], sum24[0], sum25[0], sum26[0], sum27[0], sum28[0],
      sum29[0], sum30[0], sum31[0], sum32[0], sum33[0], sum34[0], sum35[0], sum36[0], sum37[0], sum38[0], sum39[0],
      sum40[0], sum41[0], sum42[0], sum43[0], sum44[0], sum45[0], sum46[0], sum47[0], sum48[0], sum49[0], sum50[0],
      sum51[0], sum52[0], sum53[0], sum54[0], sum55[0], sum56[0], sum57[0], sum58[0], sum59[0], sum60[0], sum61[0],
      sum62[0], sum63[0]};
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [3:0] f_i_q = 4'd0;
  reg [22:0] f_b0_q = 23'd0;
  reg [22:0] f_out0_q = 23'd0;
  reg f_sign0_q = 1'd0;
  reg [22:0] f_b1_q = 23'd0;
  reg [22:0] f_out1_q = 23'd0;
  reg f_sign1_q = 1'd0;
  reg [22:0] f_b2_q = 23'd0;
  reg [22:0] f_out2_q = 23'd0;
  reg f_sign2_q = 1'd0;
  reg [22:0] f_b3_q = 23'd0;
  reg [22:0] f_out3_q = 23'd0;
  reg f_sign3_q = 1'd0;
  reg [22:0] f_b4_q = 23'd0;
  reg [22:0] f_out4_q = 23'd0;
  reg f_sign4_q = 1'd0;
  reg [22:0] f_b5_q = 23'd0;
  reg [22:0] f_out5_q = 23'd0;
  reg f_sign5_q = 1'd0;
  reg [22:0] f_b6_q = 23'd0;
  reg [22:0] f_out6_q = 23'd0;
  reg f_sign6_q = 1'd0;
  reg [22:0] f_b7_q = 23'd0;
  reg [22:0] f_out7_q = 23'd0;
  reg f_sign7_q = 1'd0;
  reg [22:0] f_b8_q = 23'd0;
  reg [22:0] f_out8_q = 23'd0;
  reg f_sign8_q = 1'd0;
  reg [22:0] f_b9_q = 23'd0;
  reg [22:0] f_out9_q = 23'd0;
  reg f_sign9_q = 1'd0;
  reg [22:0] f_b10_q = 23'd0;
  reg [22:0] f_out10_q = 23'd0;
  reg f_sign10_q = 1'd0;
  reg [22:0] f_b11_q = 23'd0;
  reg [22:0] f_out11_q = 23'd0;
  reg f_sign11_q = 1'd0;
  reg [22:0] f_b12_q = 23'd0;
  reg [22:0] f_out12_q = 23'd0;
  reg f_sign12_q = 1'd0;
  reg [22:0] f_b13_q = 23'd0;
  reg [22:0] f_out13_q = 23'd0;
  reg f_sign13_q = 1'd0;
  reg [22:0] f_b14_q = 23'd0;
  reg [22:0] f_out14_q = 23'd0;
  reg f_sign14_q = 1'd0;
  reg [22:0] f_b15_q = 23'd0;
  reg [22:0] f_out15_q = 23'd0;
  reg f_sign15_q = 1'd0;
  reg [22:0] f_b16_q = 23'd0;
  reg [22:0] f_out16_q = 23'd0;
  reg f_sign16_q = 1'd0;
  reg [22:0] f_b17_q = 23'd0;
  reg [22:0] f_out17_q = 23'd0;
  reg f_sign17_q = 1'd0;
  reg [22:0] f_b18_q = 23'd0;
  reg [22:0] f_out18_q = 23'd0;
  reg f_sign18_q = 1'd0;
  reg [22:0] f_b19_q = 23'd0;
  reg [22:0] f_out19_q = 23'd0;
  reg f_sign19_q = 1'd0;
  reg [22:0] f_b20_q = 23'd0;
  reg [22:0] f_out20_q = 23'd0;
  reg f_sign20_q = 1'd0;
  reg [22:0] f_b21_q = 23'd0;
  reg [22:0] f_out21_q = 23'd0;
  reg f_sign21_q = 1'd0;
  reg [22:0] f_b22_q = 23'd0;
  reg [22:0] f_out22_q = 23'd0;
  reg f_sign22_q = 1'd0;
  reg [22:0] f_b23_q = 23'd0;
  reg [22:0] f_out23_q = 23'd0;
  reg f_sign23_q = 1'd0;
  reg [22:0] f_b24_q = 23'd0;
  reg [22:0] f_out24_q = 23'd0;
  reg f_sign24_q = 1'd0;
  reg [22:0] f_b25_q = 23'd0;
  reg [22:0] f_out25_q = 23'd0;
  reg f_sign25_q = 1'd0;
  reg [22:0] f_b26_q = 23'd0;
  reg [22:0] f_out26_q = 23'd0;
  reg f_sign26_q = 1'd0;
  reg [22:0] f_b27_q = 23'd0;
  reg [22:0] f_out27_q = 23'd0;
  reg f_sign27_q = 1'd0;
  reg [22:0] f_b28_q = 23'd0;
  reg [22:0] f_out28_q = 23'd0;
  reg f_sign28_q = 1'd0;
  reg [22:0] f_b29_q = 23'd0;
  reg [22:0] f_out29_q = 23'd0;
  reg f_sign29_q = 1'd0;
  reg [22:0] f_b30_q = 23'd0;
  reg [22:0] f_out30_q = 23'd0;
  reg f_sign30_q = 1'd0;
  reg [22:0] f_b31_q = 23'd0;
  reg [22:0] f_out31_q = 23'd0;
  reg f_sign31_q = 1'd0;
  reg [22:0] f_b32_q = 23'd0;
  reg [22:0] f_out32_q = 23'd0;
  reg f_sign32_q = 1'd0;
  reg [22:0] f_b33_q = 23'd0;
  reg [22:0] f_out33_q = 23'd0;
  reg f_sign33_q = 1'd0;
  reg [22:0] f_b34_q = 23'd0;
  reg [22:0] f_out34_q = 23'd0;
  reg f_sign34_q = 1'd0;
  reg [22:0] f_b35_q = 23'd0;
  reg [22:0] f_out35_q = 23'd0;
  reg f_sign35_q = 1'd0;
  reg [22:0] f_b36_q = 23'd0;
  reg [22:0] f_out36_q = 23'd0;
  reg f_sign36_q = 1'd0;
  reg [22:0] f_b37_q = 23'd0;
  reg [22:0] f_out37_q = 23'd0;
  reg f_sign37_q = 1'd0;
  reg [22:0] f_b38_q = 23'd0;
  reg [22:0] f_out38_q = 23'd0;
  reg f_sign38_q = 1'd0;
  reg [22:0] f_b39_q = 23'd0;
  reg [22:0] f_out39_q = 23'd0;
  reg f_sign39_q = 1'd0;
  reg [22:0] f_b40_q = 23'd0;
  reg [22:0] f_out40_q = 23'd0;
  reg f_sign40_q = 1'd0;
  reg [22:0] f_b41_q = 23'd0;
  reg [22:0] f_out41_q = 23'd0;
  reg f_sign41_q = 1'd0;
  reg [22:0] f_b42_q = 23'd0;
  reg [22:0] f_out42_q = 23'd0;
  reg f_sign42_q = 1'd0;
  reg [22:0] f_b43_q = 23'd0;
  reg [22:0] f_out43_q = 23'd0;
  reg f_sign43_q = 1'd0;
  reg [22:0] f_b44_q = 23'd0;
  reg [22:0] f_out44_q = 23'd0;
  reg f_sign44_q = 1'd0;
  reg [22:0] f_b45_q = 23'd0;
  reg [22:0] f_out45_q = 23'd0;
  reg f_sign45_q = 1'd0;
  reg [22:0] f_b46_q = 23'd0;
  reg [22:0] f_out46_q = 23'd0;
  reg f_sign46_q = 1'd0;
  reg [22:0] f_b47_q = 23'd0;
  reg [22:0] f_out47_q = 23'd0;
  reg f_sign47_q = 1'd0;
  reg [22:0] f_b48_q = 23'd0;
  reg [22:0] f_out48_q = 23'd0;
  reg f_sign48_q = 1'd0;
  reg [22:0] f_b49_q = 23'd0;
  reg [22:0] f_out49_q = 23'd0;
  reg f_sign49_q = 1'd0;
  reg [22:0] f_b50_q = 23'd0;
  reg [22:0] f_out50_q = 23'd0;
  reg f_sign50_q = 1'd0;
  reg [22:0] f_b51_q = 23'd0;
  reg [22:0] f_out51_q = 23'd0;
  reg f_sign51_q = 1'd0;
  reg [22:0] f_b52_q = 23'd0;
  reg [22:0] f_out52_q = 23'd0;
  reg f_sign52_q = 1'd0;
  reg [22:0] f_b53_q = 23'd0;
  reg [22:0] f_out53_q = 23'd0;
  reg f_sign53_q = 1'd0;
  reg [22:0] f_b54_q = 23'd0;
  reg [22:0] f_out54_q = 23'd0;
  reg f_sign54_q = 1'd0;
  reg [22:0] f_b55_q = 23'd0;
  reg [22:0] f_out55_q = 23'd0;
  reg f_sign55_q = 1'd0;
  reg [22:0] f_b56_q = 23'd0;
  reg [22:0] f_out56_q = 23'd0;
  reg f_sign56_q = 1'd0;
  reg [22:0] f_b57_q = 23'd0;
  reg [22:0] f_out57_q = 23'd0;
  reg f_sign57_q = 1'd0;
  reg [22:0] f_b58_q = 23'd0;
  reg [22:0] f_out58_q = 23'd0;
  reg f_sign58_q = 1'd0;
  reg [22:0] f_b59_q = 23'd0;
  reg [22:0] f_out59_q = 23'd0;
  reg f_sign59_q = 1'd0;
  reg [22:0] f_b60_q = 23'd0;
  reg [22:0] f_out60_q = 23'd0;
  reg f_sign60_q = 1'd0;
  reg [22:0] f_b61_q = 23'd0;
  reg [22:0] f_out61_q = 23'd0;
  reg f_sign61_q = 1'd0;
  reg [22:0] f_b62_q = 23'd0;
  reg [22:0] f_out62_q = 23'd0;
  reg f_sign62_q = 1'd0;
  reg [22:0] f_b63_q = 23'd0;
  reg [22:0] f_out63_q = 23'd0;
  reg f_sign63_q = 1'd0;
  reg f_ovalid_q = 1'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni) begin
      f_i_q <= 4'd0;
      f_ovalid_q <= 1'd0;
    end else begin
      if (start) begin
        f_i_q <= 4'd0;
        f_b0_q <= 23'd0;
        f_b1_q <= 23'd0;
        f_b2_q <= 23'd0;
        f_b3_q <= 23'd0;
        f_b4_q <= 23'd0;
        f_b5_q <= 23'd0;
        f_b6_q <= 23'd0;
        f_b7_q <= 23'd0;
        f_b8_q <= 23'd0;
        f_b9_q <= 23'd0;
        f_b10_q <= 23'd0;
        f_b11_q <= 23'd0;
        f_b12_q <= 23'd0;
        f_b13_q <= 23'd0;
        f_b14_q <= 23'd0;
        f_b15_q <= 23'd0;
        f_b16_q <= 23'd0;
        f_b17_q <= 23'd0;
        f_b18_q <= 23'd0;
        f_b19_q <= 23'd0;
        f_b20_q <= 23'd0;
        f_b21_q <= 23'd0;
        f_b22_q <= 23'd0;
        f_b23_q <= 23'd0;
        f_b24_q <= 23'd0;
        f_b25_q <= 23'd0;
        f_b26_q <= 23'd0;
        f_b27_q <= 23'd0;
        f_b28_q <= 23'd0;
        f_b29_q <= 23'd0;
        f_b30_q <= 23'd0;
        f_b31_q <= 23'd0;
        f_b32_q <= 23'd0;
        f_b33_q <= 23'd0;
        f_b34_q <= 23'd0;
        f_b35_q <= 23'd0;
        f_b36_q <= 23'd0;
        f_b37_q <= 23'd0;
        f_b38_q <= 23'd0;
        f_b39_q <= 23'd0;
        f_b40_q <= 23'd0;
        f_b41_q <= 23'd0;
        f_b42_q <= 23'd0;
        f_b43_q <= 23'd0;
        f_b44_q <= 23'd0;
        f_b45_q <= 23'd0;
        f_b46_q <= 23'd0;
        f_b47_q <= 23'd0;
        f_b48_q <= 23'd0;
        f_b49_q <= 23'd0;
        f_b50_q <= 23'd0;
        f_b51_q <= 23'd0;
        f_b52_q <= 23'd0;
        f_b53_q <= 23'd0;
        f_b54_q <= 23'd0;
        f_b55_q <= 23'd0;
        f_b56_q <= 23'd0;
        f_b57_q <= 23'd0;
        f_b58_q <= 23'd0;
        f_b59_q <= 23'd0;
        f_b60_q <= 23'd0;
        f_b61_q <= 23'd0;
        f_b62_q <= 23'd0;
        f_b63_q <= 23'd0;
      end else if (sample) begin
        f_i_q <= f_i_q + 4'd1;
        f_b0_q <= f_b0_q + ({18'd0, pc0} << f_i_q);
        f_b1_q <= f_b1_q + ({18'd0, pc1} << f_i_q);
        f_b2_q <= f_b2_q + ({18'd0, pc2} << f_i_q);
        f_b3_q <= f_b3_q + ({18'd0, pc3} << f_i_q);
        f_b4_q <= f_b4_q + ({18'd0, pc4} << f_i_q);
        f_b5_q <= f_b5_q + ({18'd0, pc5} << f_i_q);
        f_b6_q <= f_b6_q + ({18'd0, pc6} << f_i_q);
        f_b7_q <= f_b7_q + ({18'd0, pc7} << f_i_q);
        f_b8_q <= f_b8_q + ({18'd0, pc8} << f_i_q);
        f_b9_q <= f_b9_q + ({18'd0, pc9} << f_i_q);
        f_b10_q <= f_b10_q + ({18'd0, pc10} << f_i_q);
        f_b11_q <= f_b11_q + ({18'd0, pc11} << f_i_q);
        f_b12_q <= f_b12_q + ({18'd0, pc12} << f_i_q);
        f_b13_q <= f_b13_q + ({18'd0, pc13} << f_i_q);
        f_b14_q <= f_b14_q + ({18'd0, pc14} << f_i_q);
        f_b15_q <= f_b15_q + ({18'd0, pc15} << f_i_q);
        f_b16_q <= f_b16_q + ({18'd0, pc16} << f_i_q);
        f_b17_q <= f_b17_q + ({18'd0, pc17} << f_i_q);
        f_b18_q <= f_b18_q + ({18'd0, pc18} << f_i_q);
        f_b19_q <= f_b19_q + ({18'd0, pc19} << f_i_q);
        f_b20_q <= f_b20_q + ({18'd0, pc20} << f_i_q);
        f_b21_q <= f_b21_q + ({18'd0, pc21} << f_i_q);
        f_b22_q <= f_b22_q + ({18'd0, pc22} << f_i_q);
        f_b23_q <= f_b23_q + ({18'd0, pc23} << f_i_q);
        f_b24_q <= f_b24_q + ({18'd0, pc24} << f_i_q);
        f_b25_q <= f_b25_q + ({18'd0, pc25} << f_i_q);
        f_b26_q <= f_b26_q + ({18'd0, pc26} << f_i_q);
        f_b27_q <= f_b27_q + ({18'd0, pc27} << f_i_q);
        f_b28_q <= f_b28_q + ({18'd0, pc28} << f_i_q);
        f_b29_q <= f_b29_q + ({18'd0, pc29} << f_i_q);
        f_b30_q <= f_b30_q + ({18'd0, pc30} << f_i_q);
        f_b31_q <= f_b31_q + ({18'd0, pc31} << f_i_q);
        f_b32_q <= f_b32_q + ({18'd0, pc32} << f_i_q);
        f_b33_q <= f_b33_q + ({18'd0, pc33} << f_i_q);
        f_b34_q <= f_b34_q + ({18'd0, pc34} << f_i_q);
        f_b35_q <= f_b35_q + ({18'd0, pc35} << f_i_q);
        f_b36_q <= f_b36_q + ({18'd0, pc36} << f_i_q);
        f_b37_q <= f_b37_q + ({18'd0, pc37} << f_i_q);
        f_b38_q <= f_b38_q + ({18'd0, pc38} << f_i_q);
        f_b39_q <= f_b39_q + ({18'd0, pc39} << f_i_q);
        f_b40_q <= f_b40_q + ({18'd0, pc40} << f_i_q);
        f_b41_q <= f_b41_q + ({18'd0, pc41} << f_i_q);
        f_b42_q <= f_b42_q + ({18'd0, pc42} << f_i_q);
        f_b43_q <= f_b43_q + ({18'd0, pc43} << f_i_q);
        f_b44_q <= f_b44_q + ({18'd0, pc44} << f_i_q);
        f_b45_q <= f_b45_q + ({18'd0, pc45} << f_i_q);
        f_b46_q <= f_b46_q + ({18'd0, pc46} << f_i_q);
        f_b47_q <= f_b47_q + ({18'd0, pc47} << f_i_q);
        f_b48_q <= f_b48_q + ({18'd0, pc48} << f_i_q);
        f_b49_q <= f_b49_q + ({18'd0, pc49} << f_i_q);
        f_b50_q <= f_b50_q + ({18'd0, pc50} << f_i_q);
        f_b51_q <= f_b51_q + ({18'd0, pc51} << f_i_q);
        f_b52_q <= f_b52_q + ({18'd0, pc52} << f_i_q);
        f_b53_q <= f_b53_q + ({18'd0, pc53} << f_i_q);
        f_b54_q <= f_b54_q + ({18'd0, pc54} << f_i_q);
        f_b55_q <= f_b55_q + ({18'd0, pc55} << f_i_q);
        f_b56_q <= f_b56_q + ({18'd0, pc56} << f_i_q);
        f_b57_q <= f_b57_q + ({18'd0, pc57} << f_i_q);
        f_b58_q <= f_b58_q + ({18'd0, pc58} << f_i_q);
        f_b59_q <= f_b59_q + ({18'd0, pc59} << f_i_q);
        f_b60_q <= f_b60_q + ({18'd0, pc60} << f_i_q);
        f_b61_q <= f_b61_q + ({18'd0, pc61} << f_i_q);
        f_b62_q <= f_b62_q + ({18'd0, pc62} << f_i_q);
        f_b63_q <= f_b63_q + ({18'd0, pc63} << f_i_q);
      end
      if (out_valid_o && out_ready_i) begin
        f_ovalid_q <= 1'd0;
      end
      if ((st_q == StClose) && out_free) begin
        f_ovalid_q <= 1'd1;
        f_out0_q <= f_b0_q;
        f_sign0_q <= {10'd0, acc0_q} >= {10'd0, th0_q};
        f_out1_q <= f_b1_q;
        f_sign1_q <= {10'd0, acc1_q} >= {10'd0, th1_q};
        f_out2_q <= f_b2_q;
        f_sign2_q <= {10'd0, acc2_q} >= {10'd0, th2_q};
        f_out3_q <= f_b3_q;
        f_sign3_q <= {10'd0, acc3_q} >= {10'd0, th3_q};
        f_out4_q <= f_b4_q;
        f_sign4_q <= {10'd0, acc4_q} >= {10'd0, th4_q};
        f_out5_q <= f_b5_q;
        f_sign5_q <= {10'd0, acc5_q} >= {10'd0, th5_q};
        f_out6_q <= f_b6_q;
        f_sign6_q <= {10'd0, acc6_q} >= {10'd0, th6_q};
        f_out7_q <= f_b7_q;
        f_sign7_q <= {10'd0, acc7_q} >= {10'd0, th7_q};
        f_out8_q <= f_b8_q;
        f_sign8_q <= {10'd0, acc8_q} >= {10'd0, th8_q};
        f_out9_q <= f_b9_q;
        f_sign9_q <= {10'd0, acc9_q} >= {10'd0, th9_q};
        f_out10_q <= f_b10_q;
        f_sign10_q <= {10'd0, acc10_q} >= {10'd0, th10_q};
        f_out11_q <= f_b11_q;
        f_sign11_q <= {10'd0, acc11_q} >= {10'd0, th11_q};
        f_out12_q <= f_b12_q;
        f_sign12_q <= {10'd0, acc12_q} >= {10'd0, th12_q};
        f_out13_q <= f_b13_q;
        f_sign13_q <= {10'd0, acc13_q} >= {10'd0, th13_q};
        f_out14_q <= f_b14_q;
        f_sign14_q <= {10'd0, acc14_q} >= {10'd0, th14_q};
        f_out15_q <= f_b15_q;
        f_sign15_q <= {10'd0, acc15_q} >= {10'd0, th15_q};
        f_out16_q <= f_b16_q;
        f_sign16_q <= {10'd0, acc16_q} >= {10'd0, th16_q};
        f_out17_q <= f_b17_q;
        f_sign17_q <= {10'd0, acc17_q} >= {10'd0, th17_q};
        f_out18_q <= f_b18_q;
        f_sign18_q <= {10'd0, acc18_q} >= {10'd0, th18_q};
        f_out19_q <= f_b19_q;
        f_sign19_q <= {10'd0, acc19_q} >= {10'd0, th19_q};
        f_out20_q <= f_b20_q;
        f_sign20_q <= {10'd0, acc20_q} >= {10'd0, th20_q};
        f_out21_q <= f_b21_q;
        f_sign21_q <= {10'd0, acc21_q} >= {10'd0, th21_q};
        f_out22_q <= f_b22_q;
        f_sign22_q <= {10'd0, acc22_q} >= {10'd0, th22_q};
        f_out23_q <= f_b23_q;
        f_sign23_q <= {10'd0, acc23_q} >= {10'd0, th23_q};
        f_out24_q <= f_b24_q;
        f_sign24_q <= {10'd0, acc24_q} >= {10'd0, th24_q};
        f_out25_q <= f_b25_q;
        f_sign25_q <= {10'd0, acc25_q} >= {10'd0, th25_q};
        f_out26_q <= f_b26_q;
        f_sign26_q <= {10'd0, acc26_q} >= {10'd0, th26_q};
        f_out27_q <= f_b27_q;
        f_sign27_q <= {10'd0, acc27_q} >= {10'd0, th27_q};
        f_out28_q <= f_b28_q;
        f_sign28_q <= {10'd0, acc28_q} >= {10'd0, th28_q};
        f_out29_q <= f_b29_q;
        f_sign29_q <= {10'd0, acc29_q} >= {10'd0, th29_q};
        f_out30_q <= f_b30_q;
        f_sign30_q <= {10'd0, acc30_q} >= {10'd0, th30_q};
        f_out31_q <= f_b31_q;
        f_sign31_q <= {10'd0, acc31_q} >= {10'd0, th31_q};
        f_out32_q <= f_b32_q;
        f_sign32_q <= {10'd0, acc32_q} >= {10'd0, th32_q};
        f_out33_q <= f_b33_q;
        f_sign33_q <= {10'd0, acc33_q} >= {10'd0, th33_q};
        f_out34_q <= f_b34_q;
        f_sign34_q <= {10'd0, acc34_q} >= {10'd0, th34_q};
        f_out35_q <= f_b35_q;
        f_sign35_q <= {10'd0, acc35_q} >= {10'd0, th35_q};
        f_out36_q <= f_b36_q;
        f_sign36_q <= {10'd0, acc36_q} >= {10'd0, th36_q};
        f_out37_q <= f_b37_q;
        f_sign37_q <= {10'd0, acc37_q} >= {10'd0, th37_q};
        f_out38_q <= f_b38_q;
        f_sign38_q <= {10'd0, acc38_q} >= {10'd0, th38_q};
        f_out39_q <= f_b39_q;
        f_sign39_q <= {10'd0, acc39_q} >= {10'd0, th39_q};
        f_out40_q <= f_b40_q;
        f_sign40_q <= {10'd0, acc40_q} >= {10'd0, th40_q};
        f_out41_q <= f_b41_q;
        f_sign41_q <= {10'd0, acc41_q} >= {10'd0, th41_q};
        f_out42_q <= f_b42_q;
        f_sign42_q <= {10'd0, acc42_q} >= {10'd0, th42_q};
        f_out43_q <= f_b43_q;
        f_sign43_q <= {10'd0, acc43_q} >= {10'd0, th43_q};
        f_out44_q <= f_b44_q;
        f_sign44_q <= {10'd0, acc44_q} >= {10'd0, th44_q};
        f_out45_q <= f_b45_q;
        f_sign45_q <= {10'd0, acc45_q} >= {10'd0, th45_q};
        f_out46_q <= f_b46_q;
        f_sign46_q <= {10'd0, acc46_q} >= {10'd0, th46_q};
        f_out47_q <= f_b47_q;
        f_sign47_q <= {10'd0, acc47_q} >= {10'd0, th47_q};
        f_out48_q <= f_b48_q;
        f_sign48_q <= {10'd0, acc48_q} >= {10'd0, th48_q};
        f_out49_q <= f_b49_q;
        f_sign49_q <= {10'd0, acc49_q} >= {10'd0, th49_q};
        f_out50_q <= f_b50_q;
        f_sign50_q <= {10'd0, acc50_q} >= {10'd0, th50_q};
        f_out51_q <= f_b51_q;
        f_sign51_q <= {10'd0, acc51_q} >= {10'd0, th51_q};
        f_out52_q <= f_b52_q;
        f_sign52_q <= {10'd0, acc52_q} >= {10'd0, th52_q};
        f_out53_q <= f_b53_q;
        f_sign53_q <= {10'd0, acc53_q} >= {10'd0, th53_q};
        f_out54_q <= f_b54_q;
        f_sign54_q <= {10'd0, acc54_q} >= {10'd0, th54_q};
        f_out55_q <= f_b55_q;
        f_sign55_q <= {10'd0, acc55_q} >= {10'd0, th55_q};
        f_out56_q <= f_b56_q;
        f_sign56_q <= {10'd0, acc56_q} >= {10'd0, th56_q};
        f_out57_q <= f_b57_q;
        f_sign57_q <= {10'd0, acc57_q} >= {10'd0, th57_q};
        f_out58_q <= f_b58_q;
        f_sign58_q <= {10'd0, acc58_q} >= {10'd0, th58_q};
        f_out59_q <= f_b59_q;
        f_sign59_q <= {10'd0, acc59_q} >= {10'd0, th59_q};
        f_out60_q <= f_b60_q;
        f_sign60_q <= {10'd0, acc60_q} >= {10'd0, th60_q};
        f_out61_q <= f_b61_q;
        f_sign61_q <= {10'd0, acc61_q} >= {10'd0, th61_q};
        f_out62_q <= f_b62_q;
        f_sign62_q <= {10'd0, acc62_q} >= {10'd0, th62_q};
        f_out63_q <= f_b63_q;
        f_sign63_q <= {10'd0, acc63_q} >= {10'd0, th63_q};
      end
    end
    if (f_past_valid) begin
      // reset: idle, empty buffer, no output, registers at their reset values
      if (!$past(rst_ni)) begin
        assert (st_q == StIdle);
        assert (cnt_q == 5'd0);
        assert (!out_valid_o);
        assert (t_q == 4'd8);
        assert (th0_q == 13'd0);
        assert (th1_q == 13'd0);
        assert (th2_q == 13'd0);
        assert (th3_q == 13'd0);
        assert (th4_q == 13'd0);
        assert (th5_q == 13'd0);
        assert (th6_q == 13'd0);
        assert (th7_q == 13'd0);
        assert (th8_q == 13'd0);
        assert (th9_q == 13'd0);
        assert (th10_q == 13'd0);
        assert (th11_q == 13'd0);
        assert (th12_q == 13'd0);
        assert (th13_q == 13'd0);
        assert (th14_q == 13'd0);
        assert (th15_q == 13'd0);
        assert (th16_q == 13'd0);
        assert (th17_q == 13'd0);
        assert (th18_q == 13'd0);
        assert (th19_q == 13'd0);
        assert (th20_q == 13'd0);
        assert (th21_q == 13'd0);
        assert (th22_q == 13'd0);
        assert (th23_q == 13'd0);
        assert (th24_q == 13'd0);
        assert (th25_q == 13'd0);
        assert (th26_q == 13'd0);
        assert (th27_q == 13'd0);
        assert (th28_q == 13'd0);
        assert (th29_q == 13'd0);
        assert (th30_q == 13'd0);
        assert (th31_q == 13'd0);
        assert (th32_q == 13'd0);
        assert (th33_q == 13'd0);
        assert (th34_q == 13'd0);
        assert (th35_q == 13'd0);
        assert (th36_q == 13'd0);
        assert (th37_q == 13'd0);
        assert (th38_q == 13'd0);
        assert (th39_q == 13'd0);
        assert (th40_q == 13'd0);
        assert (th41_q == 13'd0);
        assert (th42_q == 13'd0);
        assert (th43_q == 13'd0);
        assert (th44_q == 13'd0);
        assert (th45_q == 13'd0);
        assert (th46_q == 13'd0);
        assert (th47_q == 13'd0);
        assert (th48_q == 13'd0);
        assert (th49_q == 13'd0);
        assert (th50_q == 13'd0);
        assert (th51_q == 13'd0);
        assert (th52_q == 13'd0);
        assert (th53_q == 13'd0);
        assert (th54_q == 13'd0);
        assert (th55_q == 13'd0);
        assert (th56_q == 13'd0);
        assert (th57_q == 13'd0);
        assert (th58_q == 13'd0);
        assert (th59_q == 13'd0);
        assert (th60_q == 13'd0);
        assert (th61_q == 13'd0);
        assert (th62_q == 13'd0);
        assert (th63_q == 13'd0);
      end
      if (rst_ni) begin
        // legal states and settings
        assert (((st_q == StIdle) || (st_q == StDrive)) || (st_q == StClose));
        assert (cnt_q <= 5'd27);
        assert ((t_q >= 4'd1) && (t_q <= 4'd8));
        assert ({4'd0, th0_q} <= 17'd6886);
        assert ({4'd0, th1_q} <= 17'd6886);
        assert ({4'd0, th2_q} <= 17'd6886);
        assert ({4'd0, th3_q} <= 17'd6886);
        assert ({4'd0, th4_q} <= 17'd6886);
        assert ({4'd0, th5_q} <= 17'd6886);
        assert ({4'd0, th6_q} <= 17'd6886);
        assert ({4'd0, th7_q} <= 17'd6886);
        assert ({4'd0, th8_q} <= 17'd6886);
        assert ({4'd0, th9_q} <= 17'd6886);
        assert ({4'd0, th10_q} <= 17'd6886);
        assert ({4'd0, th11_q} <= 17'd6886);
        assert ({4'd0, th12_q} <= 17'd6886);
        assert ({4'd0, th13_q} <= 17'd6886);
        assert ({4'd0, th14_q} <= 17'd6886);
        assert ({4'd0, th15_q} <= 17'd6886);
        assert ({4'd0, th16_q} <= 17'd6886);
        assert ({4'd0, th17_q} <= 17'd6886);
        assert ({4'd0, th18_q} <= 17'd6886);
        assert ({4'd0, th19_q} <= 17'd6886);
        assert ({4'd0, th20_q} <= 17'd6886);
        assert ({4'd0, th21_q} <= 17'd6886);
        assert ({4'd0, th22_q} <= 17'd6886);
        assert ({4'd0, th23_q} <= 17'd6886);
        assert ({4'd0, th24_q} <= 17'd6886);
        assert ({4'd0, th25_q} <= 17'd6886);
        assert ({4'd0, th26_q} <= 17'd6886);
        assert ({4'd0, th27_q} <= 17'd6886);
        assert ({4'd0, th28_q} <= 17'd6886);
        assert ({4'd0, th29_q} <= 17'd6886);
        assert ({4'd0, th30_q} <= 17'd6886);
        assert ({4'd0, th31_q} <= 17'd6886);
        assert ({4'd0, th32_q} <= 17'd6886);
        assert ({4'd0, th33_q} <= 17'd6886);
        assert ({4'd0, th34_q} <= 17'd6886);
        assert ({4'd0, th35_q} <= 17'd6886);
        assert ({4'd0, th36_q} <= 17'd6886);
        assert ({4'd0, th37_q} <= 17'd6886);
        assert ({4'd0, th38_q} <= 17'd6886);
        assert ({4'd0, th39_q} <= 17'd6886);
        assert ({4'd0, th40_q} <= 17'd6886);
        assert ({4'd0, th41_q} <= 17'd6886);
        assert ({4'd0, th42_q} <= 17'd6886);
        assert ({4'd0, th43_q} <= 17'd6886);
        assert ({4'd0, th44_q} <= 17'd6886);
        assert ({4'd0, th45_q} <= 17'd6886);
        assert ({4'd0, th46_q} <= 17'd6886);
        assert ({4'd0, th47_q} <= 17'd6886);
        assert ({4'd0, th48_q} <= 17'd6886);
        assert ({4'd0, th49_q} <= 17'd6886);
        assert ({4'd0, th50_q} <= 17'd6886);
        assert ({4'd0, th51_q} <= 17'd6886);
        assert ({4'd0, th52_q} <= 17'd6886);
        assert ({4'd0, th53_q} <= 17'd6886);
        assert ({4'd0, th54_q} <= 17'd6886);
        assert ({4'd0, th55_q} <= 17'd6886);
        assert ({4'd0, th56_q} <= 17'd6886);
        assert ({4'd0, th57_q} <= 17'd6886);
        assert ({4'd0, th58_q} <= 17'd6886);
        assert ({4'd0, th59_q} <= 17'd6886);
        assert ({4'd0, th60_q} <= 17'd6886);
        assert ({4'd0, th61_q} <= 17'd6886);
        assert ({4'd0, th62_q} <= 17'd6886);
        assert ({4'd0, th63_q} <= 17'd6886);
        assert (out_valid_o == f_ovalid_q);
        // the drive: rows only in DRIVE; plane j held for SETTLE cycles, then sampled
        assert (row_en_o == (st_q == StDrive));
        if (!row_en_o) begin
          assert (row_o == 27'd0);
        end
        if (st_q != StIdle) begin
          assert ((tr_q >= 4'd1) && (tr_q <= 4'd8));
          assert (s_q <= 1'd1);
        end
        if (st_q == StDrive) begin
          assert (f_i_q < tr_q);
          assert (j_q == ((4'd8 - tr_q) + f_i_q));
        end
        if (st_q == StClose) begin
          assert (f_i_q == tr_q);
          assert (s_q == 1'd0);
        end
        // exact accumulation: A = shadow << (T - i), the shadow below R * 2^i
        if (st_q != StIdle) begin
          assert ({10'd0, acc0_q} == (f_b0_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b0_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc1_q} == (f_b1_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b1_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc2_q} == (f_b2_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b2_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc3_q} == (f_b3_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b3_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc4_q} == (f_b4_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b4_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc5_q} == (f_b5_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b5_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc6_q} == (f_b6_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b6_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc7_q} == (f_b7_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b7_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc8_q} == (f_b8_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b8_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc9_q} == (f_b9_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b9_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc10_q} == (f_b10_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b10_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc11_q} == (f_b11_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b11_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc12_q} == (f_b12_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b12_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc13_q} == (f_b13_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b13_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc14_q} == (f_b14_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b14_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc15_q} == (f_b15_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b15_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc16_q} == (f_b16_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b16_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc17_q} == (f_b17_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b17_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc18_q} == (f_b18_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b18_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc19_q} == (f_b19_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b19_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc20_q} == (f_b20_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b20_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc21_q} == (f_b21_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b21_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc22_q} == (f_b22_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b22_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc23_q} == (f_b23_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b23_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc24_q} == (f_b24_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b24_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc25_q} == (f_b25_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b25_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc26_q} == (f_b26_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b26_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc27_q} == (f_b27_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b27_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc28_q} == (f_b28_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b28_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc29_q} == (f_b29_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b29_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc30_q} == (f_b30_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b30_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc31_q} == (f_b31_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b31_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc32_q} == (f_b32_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b32_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc33_q} == (f_b33_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b33_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc34_q} == (f_b34_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b34_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc35_q} == (f_b35_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b35_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc36_q} == (f_b36_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b36_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc37_q} == (f_b37_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b37_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc38_q} == (f_b38_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b38_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc39_q} == (f_b39_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b39_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc40_q} == (f_b40_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b40_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc41_q} == (f_b41_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b41_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc42_q} == (f_b42_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b42_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc43_q} == (f_b43_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b43_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc44_q} == (f_b44_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b44_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc45_q} == (f_b45_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b45_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc46_q} == (f_b46_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b46_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc47_q} == (f_b47_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b47_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc48_q} == (f_b48_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b48_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc49_q} == (f_b49_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b49_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc50_q} == (f_b50_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b50_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc51_q} == (f_b51_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b51_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc52_q} == (f_b52_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b52_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc53_q} == (f_b53_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b53_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc54_q} == (f_b54_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b54_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc55_q} == (f_b55_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b55_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc56_q} == (f_b56_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b56_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc57_q} == (f_b57_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b57_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc58_q} == (f_b58_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b58_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc59_q} == (f_b59_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b59_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc60_q} == (f_b60_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b60_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc61_q} == (f_b61_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b61_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc62_q} == (f_b62_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b62_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
          assert ({10'd0, acc63_q} == (f_b63_q << ({19'd0, tr_q} - {19'd0, f_i_q})));
          assert (f_b63_q <= (23'd27 * ((23'd1 << f_i_q) - 23'd1)));
        end
        // the output: the closed vector's A and threshold compare
        if (out_valid_o) begin
          assert ({10'd0, oacc0_q} == f_out0_q);
          assert (out_sign_o[0] == f_sign0_q);
          assert ({10'd0, oacc1_q} == f_out1_q);
          assert (out_sign_o[1] == f_sign1_q);
          assert ({10'd0, oacc2_q} == f_out2_q);
          assert (out_sign_o[2] == f_sign2_q);
          assert ({10'd0, oacc3_q} == f_out3_q);
          assert (out_sign_o[3] == f_sign3_q);
          assert ({10'd0, oacc4_q} == f_out4_q);
          assert (out_sign_o[4] == f_sign4_q);
          assert ({10'd0, oacc5_q} == f_out5_q);
          assert (out_sign_o[5] == f_sign5_q);
          assert ({10'd0, oacc6_q} == f_out6_q);
          assert (out_sign_o[6] == f_sign6_q);
          assert ({10'd0, oacc7_q} == f_out7_q);
          assert (out_sign_o[7] == f_sign7_q);
          assert ({10'd0, oacc8_q} == f_out8_q);
          assert (out_sign_o[8] == f_sign8_q);
          assert ({10'd0, oacc9_q} == f_out9_q);
          assert (out_sign_o[9] == f_sign9_q);
          assert ({10'd0, oacc10_q} == f_out10_q);
          assert (out_sign_o[10] == f_sign10_q);
          assert ({10'd0, oacc11_q} == f_out11_q);
          assert (out_sign_o[11] == f_sign11_q);
          assert ({10'd0, oacc12_q} == f_out12_q);
          assert (out_sign_o[12] == f_sign12_q);
          assert ({10'd0, oacc13_q} == f_out13_q);
          assert (out_sign_o[13] == f_sign13_q);
          assert ({10'd0, oacc14_q} == f_out14_q);
          assert (out_sign_o[14] == f_sign14_q);
          assert ({10'd0, oacc15_q} == f_out15_q);
          assert (out_sign_o[15] == f_sign15_q);
          assert ({10'd0, oacc16_q} == f_out16_q);
          assert (out_sign_o[16] == f_sign16_q);
          assert ({10'd0, oacc17_q} == f_out17_q);
          assert (out_sign_o[17] == f_sign17_q);
          assert ({10'd0, oacc18_q} == f_out18_q);
          assert (out_sign_o[18] == f_sign18_q);
          assert ({10'd0, oacc19_q} == f_out19_q);
          assert (out_sign_o[19] == f_sign19_q);
          assert ({10'd0, oacc20_q} == f_out20_q);
          assert (out_sign_o[20] == f_sign20_q);
          assert ({10'd0, oacc21_q} == f_out21_q);
          assert (out_sign_o[21] == f_sign21_q);
          assert ({10'd0, oacc22_q} == f_out22_q);
          assert (out_sign_o[22] == f_sign22_q);
          assert ({10'd0, oacc23_q} == f_out23_q);
          assert (out_sign_o[23] == f_sign23_q);
          assert ({10'd0, oacc24_q} == f_out24_q);
          assert (out_sign_o[24] == f_sign24_q);
          assert ({10'd0, oacc25_q} == f_out25_q);
          assert (out_sign_o[25] == f_sign25_q);
          assert ({10'd0, oacc26_q} == f_out26_q);
          assert (out_sign_o[26] == f_sign26_q);
          assert ({10'd0, oacc27_q} == f_out27_q);
          assert (out_sign_o[27] == f_sign27_q);
          assert ({10'd0, oacc28_q} == f_out28_q);
          assert (out_sign_o[28] == f_sign28_q);
          assert ({10'd0, oacc29_q} == f_out29_q);
          assert (out_sign_o[29] == f_sign29_q);
          assert ({10'd0, oacc30_q} == f_out30_q);
          assert (out_sign_o[30] == f_sign30_q);
          assert ({10'd0, oacc31_q} == f_out31_q);
          assert (out_sign_o[31] == f_sign31_q);
          assert ({10'd0, oacc32_q} == f_out32_q);
          assert (out_sign_o[32] == f_sign32_q);
          assert ({10'd0, oacc33_q} == f_out33_q);
          assert (out_sign_o[33] == f_sign33_q);
          assert ({10'd0, oacc34_q} == f_out34_q);
          assert (out_sign_o[34] == f_sign34_q);
          assert ({10'd0, oacc35_q} == f_out35_q);
          assert (out_sign_o[35] == f_sign35_q);
          assert ({10'd0, oacc36_q} == f_out36_q);
          assert (out_sign_o[36] == f_sign36_q);
          assert ({10'd0, oacc37_q} == f_out37_q);
          assert (out_sign_o[37] == f_sign37_q);
          assert ({10'd0, oacc38_q} == f_out38_q);
          assert (out_sign_o[38] == f_sign38_q);
          assert ({10'd0, oacc39_q} == f_out39_q);
          assert (out_sign_o[39] == f_sign39_q);
          assert ({10'd0, oacc40_q} == f_out40_q);
          assert (out_sign_o[40] == f_sign40_q);
          assert ({10'd0, oacc41_q} == f_out41_q);
          assert (out_sign_o[41] == f_sign41_q);
          assert ({10'd0, oacc42_q} == f_out42_q);
          assert (out_sign_o[42] == f_sign42_q);
          assert ({10'd0, oacc43_q} == f_out43_q);
          assert (out_sign_o[43] == f_sign43_q);
          assert ({10'd0, oacc44_q} == f_out44_q);
          assert (out_sign_o[44] == f_sign44_q);
          assert ({10'd0, oacc45_q} == f_out45_q);
          assert (out_sign_o[45] == f_sign45_q);
          assert ({10'd0, oacc46_q} == f_out46_q);
          assert (out_sign_o[46] == f_sign46_q);
          assert ({10'd0, oacc47_q} == f_out47_q);
          assert (out_sign_o[47] == f_sign47_q);
          assert ({10'd0, oacc48_q} == f_out48_q);
          assert (out_sign_o[48] == f_sign48_q);
          assert ({10'd0, oacc49_q} == f_out49_q);
          assert (out_sign_o[49] == f_sign49_q);
          assert ({10'd0, oacc50_q} == f_out50_q);
          assert (out_sign_o[50] == f_sign50_q);
          assert ({10'd0, oacc51_q} == f_out51_q);
          assert (out_sign_o[51] == f_sign51_q);
          assert ({10'd0, oacc52_q} == f_out52_q);
          assert (out_sign_o[52] == f_sign52_q);
          assert ({10'd0, oacc53_q} == f_out53_q);
          assert (out_sign_o[53] == f_sign53_q);
          assert ({10'd0, oacc54_q} == f_out54_q);
          assert (out_sign_o[54] == f_sign54_q);
          assert ({10'd0, oacc55_q} == f_out55_q);
          assert (out_sign_o[55] == f_sign55_q);
          assert ({10'd0, oacc56_q} == f_out56_q);
          assert (out_sign_o[56] == f_sign56_q);
          assert ({10'd0, oacc57_q} == f_out57_q);
          assert (out_sign_o[57] == f_sign57_q);
          assert ({10'd0, oacc58_q} == f_out58_q);
          assert (out_sign_o[58] == f_sign58_q);
          assert ({10'd0, oacc59_q} == f_out59_q);
          assert (out_sign_o[59] == f_sign59_q);
          assert ({10'd0, oacc60_q} == f_out60_q);
          assert (out_sign_o[60] == f_sign60_q);
          assert ({10'd0, oacc61_q} == f_out61_q);
          assert (out_sign_o[61] == f_sign61_q);
          assert ({10'd0, oacc62_q} == f_out62_q);
          assert (out_sign_o[62] == f_sign62_q);
          assert ({10'd0, oacc63_q} == f_out63_q);
          assert (out_sign_o[63] == f_sign63_q);
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // the plane's drive: held while settling, the next plane right after a sample
        if ($past((st_q == StDrive) && !sample) && (st_q == StDrive)) begin
          assert (row_o == $past(row_o));
          assert (s_q == ($past(s_q) + 1'd1));
        end
        if ($past(sample && !last)) begin
          assert (st_q == StDrive);
          assert (s_q == 1'd0);
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
