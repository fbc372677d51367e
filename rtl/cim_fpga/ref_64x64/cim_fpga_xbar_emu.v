// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// module: cim_fpga_xbar_emu
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
//   KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 -o DIR

module cim_fpga_xbar_emu (
  input  wire        clk_i,  // clock
  input  wire        rst_ni,  // reset, active low
  input  wire        cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i (REG_K, REG_NOISE, REG_SEED)
  input  wire [1:0]  cfg_addr_i,
  input  wire [15:0] cfg_wdata_i,
  input  wire        w_we_i,  // weight load: write one word of cell levels
  input  wire [7:0]  w_addr_i,  // {a, g, chunk}: column a*G+g, rows chunk*W_CHUNK_ROWS ..
  input  wire [15:0] w_data_i,  // W_CHUNK_ROWS cells, PR bits each, first row lowest
  input  wire [63:0] wl_en_i,  // word line enables
  input  wire [63:0] dac_row_i,  // row DAC codes, PD bits per row
  input  wire [9:0]  adc_col_i,  // per ADC: column under conversion (within its group)
  input  wire [15:0] adc_dac_i,  // per ADC: DAC code of this cycle's comparison
  input  wire [1:0]  adc_cmp_en_i,  // per ADC: a comparison is made this cycle
  output wire [1:0]  adc_cmp_o  // per ADC: comparator answer (sum + noise >= dac << k)
);
  // Analog macro interface (cim_tile's, mirrored)
  // Configuration: gain shift k, noise bits m, LFSR seed
  reg k_q;
  reg [3:0] nz_q;
  wire [3:0] cfg_low;
  assign cfg_low = cfg_wdata_i[3:0];
  wire [3:0] k_c;  // k as written, clamped to KMAX
  assign k_c = (cfg_low > 4'd0) ? 4'd0 : cfg_low;
  wire [3:0] nz_c;  // m as written, clamped to 8
  assign nz_c = (cfg_low > 4'd8) ? 4'd8 : cfg_low;
  wire seed_we;  // a seed write reloads every LFSR
  assign seed_we = cfg_we_i && (cfg_addr_i == 2'd2);
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      k_q <= 1'd0;
      nz_q <= 4'd0;
    end else begin
      if (cfg_we_i && (cfg_addr_i == 2'd0)) begin
        k_q <= k_c[0:0];
      end
      if (cfg_we_i && (cfg_addr_i == 2'd1)) begin
        nz_q <= nz_c;
      end
    end
  end
  // Row drive: held from the edge where it rises (a slice starts) until the next one
  wire drv;  // the rows are driven
  assign drv = |wl_en_i;
  reg drv_q;
  wire start;  // the drive rises: every lane computes its column sums anew
  assign start = drv && !drv_q;
  wire [63:0] drive;  // DAC codes of the driven rows (0 where the word line is off)
  assign drive = {wl_en_i[63] ? dac_row_i[63:63] : 1'd0, wl_en_i[62] ? dac_row_i[62:62] : 1'd0, wl_en_i[61] ?
      dac_row_i[61:61] : 1'd0, wl_en_i[60] ? dac_row_i[60:60] : 1'd0, wl_en_i[59] ? dac_row_i[59:59] : 1'd0, wl_en_i[58]
      ? dac_row_i[58:58] : 1'd0, wl_en_i[57] ? dac_row_i[57:57] : 1'd0, wl_en_i[56] ? dac_row_i[56:56] :
      1'd0, wl_en_i[55] ? dac_row_i[55:55] : 1'd0, wl_en_i[54] ? dac_row_i[54:54] : 1'd0, wl_en_i[53] ? dac_row_i[53:53]
      : 1'd0, wl_en_i[52] ? dac_row_i[52:52] : 1'd0, wl_en_i[51] ? dac_row_i[51:51] : 1'd0, wl_en_i[50] ?
      dac_row_i[50:50] : 1'd0, wl_en_i[49] ? dac_row_i[49:49] : 1'd0, wl_en_i[48] ? dac_row_i[48:48] : 1'd0, wl_en_i[47]
      ? dac_row_i[47:47] : 1'd0, wl_en_i[46] ? dac_row_i[46:46] : 1'd0, wl_en_i[45] ? dac_row_i[45:45] :
      1'd0, wl_en_i[44] ? dac_row_i[44:44] : 1'd0, wl_en_i[43] ? dac_row_i[43:43] : 1'd0, wl_en_i[42] ? dac_row_i[42:42]
      : 1'd0, wl_en_i[41] ? dac_row_i[41:41] : 1'd0, wl_en_i[40] ? dac_row_i[40:40] : 1'd0, wl_en_i[39] ?
      dac_row_i[39:39] : 1'd0, wl_en_i[38] ? dac_row_i[38:38] : 1'd0, wl_en_i[37] ? dac_row_i[37:37] : 1'd0, wl_en_i[36]
      ? dac_row_i[36:36] : 1'd0, wl_en_i[35] ? dac_row_i[35:35] : 1'd0, wl_en_i[34] ? dac_row_i[34:34] :
      1'd0, wl_en_i[33] ? dac_row_i[33:33] : 1'd0, wl_en_i[32] ? dac_row_i[32:32] : 1'd0, wl_en_i[31] ? dac_row_i[31:31]
      : 1'd0, wl_en_i[30] ? dac_row_i[30:30] : 1'd0, wl_en_i[29] ? dac_row_i[29:29] : 1'd0, wl_en_i[28] ?
      dac_row_i[28:28] : 1'd0, wl_en_i[27] ? dac_row_i[27:27] : 1'd0, wl_en_i[26] ? dac_row_i[26:26] : 1'd0, wl_en_i[25]
      ? dac_row_i[25:25] : 1'd0, wl_en_i[24] ? dac_row_i[24:24] : 1'd0, wl_en_i[23] ? dac_row_i[23:23] :
      1'd0, wl_en_i[22] ? dac_row_i[22:22] : 1'd0, wl_en_i[21] ? dac_row_i[21:21] : 1'd0, wl_en_i[20] ? dac_row_i[20:20]
      : 1'd0, wl_en_i[19] ? dac_row_i[19:19] : 1'd0, wl_en_i[18] ? dac_row_i[18:18] : 1'd0, wl_en_i[17] ?
      dac_row_i[17:17] : 1'd0, wl_en_i[16] ? dac_row_i[16:16] : 1'd0, wl_en_i[15] ? dac_row_i[15:15] : 1'd0, wl_en_i[14]
      ? dac_row_i[14:14] : 1'd0, wl_en_i[13] ? dac_row_i[13:13] : 1'd0, wl_en_i[12] ? dac_row_i[12:12] :
      1'd0, wl_en_i[11] ? dac_row_i[11:11] : 1'd0, wl_en_i[10] ? dac_row_i[10:10] : 1'd0, wl_en_i[9] ? dac_row_i[9:9] :
      1'd0, wl_en_i[8] ? dac_row_i[8:8] : 1'd0, wl_en_i[7] ? dac_row_i[7:7] : 1'd0, wl_en_i[6] ? dac_row_i[6:6] :
      1'd0, wl_en_i[5] ? dac_row_i[5:5] : 1'd0, wl_en_i[4] ? dac_row_i[4:4] : 1'd0, wl_en_i[3] ? dac_row_i[3:3] :
      1'd0, wl_en_i[2] ? dac_row_i[2:2] : 1'd0, wl_en_i[1] ? dac_row_i[1:1] : 1'd0, wl_en_i[0] ? dac_row_i[0:0] : 1'd0};
  reg [63:0] hdac_q;  // held drive
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      drv_q <= 1'd0;
    end else begin
      drv_q <= drv;
    end
  end
  always @(posedge clk_i) begin
    if (drv) begin
      hdac_q <= drive;
    end
  end
  // Weight load address fields
  wire w_lane;
  wire [4:0] w_g;
  wire [1:0] w_ch;
  assign w_ch = w_addr_i[1:0];
  assign w_g = w_addr_i[6:2];
  assign w_lane = w_addr_i[7:7];
  // Lane 0: columns 0 .. 31
  reg [4:0] l0_cc_q;  // column read from block RAM this cycle
  reg l0_run_q;  // more columns to read
  reg l0_vld_q;  // the block RAM output is column wc_q
  reg [4:0] l0_wc_q;
  wire [4:0] l0_raddr;
  wire l0_stall;  // the sum window is full: hold the adder tree's register and the block RAM output
  assign l0_raddr = start ? 5'd0 : (l0_stall ? l0_wc_q : l0_cc_q);
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l0_run_q <= 1'd0;
      l0_vld_q <= 1'd0;
    end else if (start) begin
      l0_run_q <= 1'd1;
      l0_vld_q <= 1'd1;
    end else if (!l0_stall) begin
      l0_vld_q <= l0_run_q;
      if (l0_run_q && (l0_cc_q == 5'd31)) begin
        l0_run_q <= 1'd0;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l0_cc_q <= 5'd1;
      l0_wc_q <= 5'd0;
    end else if (l0_run_q && !l0_stall) begin
      l0_wc_q <= l0_cc_q;
      l0_cc_q <= l0_cc_q + 5'd1;
    end
  end
  reg [15:0] l0_w0_mem [0:31];  // rows 0 ..
  reg [15:0] l0_w0_q;
  wire l0_w0_we;
  assign l0_w0_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 2'd0);
  always @(posedge clk_i) begin
    if (l0_w0_we) begin
      l0_w0_mem[w_g] <= w_data_i[15:0];
    end
    l0_w0_q <= l0_w0_mem[l0_raddr];
  end
  reg [15:0] l0_w1_mem [0:31];  // rows 16 ..
  reg [15:0] l0_w1_q;
  wire l0_w1_we;
  assign l0_w1_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 2'd1);
  always @(posedge clk_i) begin
    if (l0_w1_we) begin
      l0_w1_mem[w_g] <= w_data_i[15:0];
    end
    l0_w1_q <= l0_w1_mem[l0_raddr];
  end
  reg [15:0] l0_w2_mem [0:31];  // rows 32 ..
  reg [15:0] l0_w2_q;
  wire l0_w2_we;
  assign l0_w2_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 2'd2);
  always @(posedge clk_i) begin
    if (l0_w2_we) begin
      l0_w2_mem[w_g] <= w_data_i[15:0];
    end
    l0_w2_q <= l0_w2_mem[l0_raddr];
  end
  reg [15:0] l0_w3_mem [0:31];  // rows 48 ..
  reg [15:0] l0_w3_q;
  wire l0_w3_we;
  assign l0_w3_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 2'd3);
  always @(posedge clk_i) begin
    if (l0_w3_we) begin
      l0_w3_mem[w_g] <= w_data_i[15:0];
    end
    l0_w3_q <= l0_w3_mem[l0_raddr];
  end
  wire l0_p0;
  assign l0_p0 = hdac_q[0:0] & l0_w0_q[0:0];
  wire l0_p1;
  assign l0_p1 = hdac_q[1:1] & l0_w0_q[1:1];
  wire l0_p2;
  assign l0_p2 = hdac_q[2:2] & l0_w0_q[2:2];
  wire l0_p3;
  assign l0_p3 = hdac_q[3:3] & l0_w0_q[3:3];
  wire l0_p4;
  assign l0_p4 = hdac_q[4:4] & l0_w0_q[4:4];
  wire l0_p5;
  assign l0_p5 = hdac_q[5:5] & l0_w0_q[5:5];
  wire l0_p6;
  assign l0_p6 = hdac_q[6:6] & l0_w0_q[6:6];
  wire l0_p7;
  assign l0_p7 = hdac_q[7:7] & l0_w0_q[7:7];
  wire l0_p8;
  assign l0_p8 = hdac_q[8:8] & l0_w0_q[8:8];
  wire l0_p9;
  assign l0_p9 = hdac_q[9:9] & l0_w0_q[9:9];
  wire l0_p10;
  assign l0_p10 = hdac_q[10:10] & l0_w0_q[10:10];
  wire l0_p11;
  assign l0_p11 = hdac_q[11:11] & l0_w0_q[11:11];
  wire l0_p12;
  assign l0_p12 = hdac_q[12:12] & l0_w0_q[12:12];
  wire l0_p13;
  assign l0_p13 = hdac_q[13:13] & l0_w0_q[13:13];
  wire l0_p14;
  assign l0_p14 = hdac_q[14:14] & l0_w0_q[14:14];
  wire l0_p15;
  assign l0_p15 = hdac_q[15:15] & l0_w0_q[15:15];
  wire l0_p16;
  assign l0_p16 = hdac_q[16:16] & l0_w1_q[0:0];
  wire l0_p17;
  assign l0_p17 = hdac_q[17:17] & l0_w1_q[1:1];
  wire l0_p18;
  assign l0_p18 = hdac_q[18:18] & l0_w1_q[2:2];
  wire l0_p19;
  assign l0_p19 = hdac_q[19:19] & l0_w1_q[3:3];
  wire l0_p20;
  assign l0_p20 = hdac_q[20:20] & l0_w1_q[4:4];
  wire l0_p21;
  assign l0_p21 = hdac_q[21:21] & l0_w1_q[5:5];
  wire l0_p22;
  assign l0_p22 = hdac_q[22:22] & l0_w1_q[6:6];
  wire l0_p23;
  assign l0_p23 = hdac_q[23:23] & l0_w1_q[7:7];
  wire l0_p24;
  assign l0_p24 = hdac_q[24:24] & l0_w1_q[8:8];
  wire l0_p25;
  assign l0_p25 = hdac_q[25:25] & l0_w1_q[9:9];
  wire l0_p26;
  assign l0_p26 = hdac_q[26:26] & l0_w1_q[10:10];
  wire l0_p27;
  assign l0_p27 = hdac_q[27:27] & l0_w1_q[11:11];
  wire l0_p28;
  assign l0_p28 = hdac_q[28:28] & l0_w1_q[12:12];
  wire l0_p29;
  assign l0_p29 = hdac_q[29:29] & l0_w1_q[13:13];
  wire l0_p30;
  assign l0_p30 = hdac_q[30:30] & l0_w1_q[14:14];
  wire l0_p31;
  assign l0_p31 = hdac_q[31:31] & l0_w1_q[15:15];
  wire l0_p32;
  assign l0_p32 = hdac_q[32:32] & l0_w2_q[0:0];
  wire l0_p33;
  assign l0_p33 = hdac_q[33:33] & l0_w2_q[1:1];
  wire l0_p34;
  assign l0_p34 = hdac_q[34:34] & l0_w2_q[2:2];
  wire l0_p35;
  assign l0_p35 = hdac_q[35:35] & l0_w2_q[3:3];
  wire l0_p36;
  assign l0_p36 = hdac_q[36:36] & l0_w2_q[4:4];
  wire l0_p37;
  assign l0_p37 = hdac_q[37:37] & l0_w2_q[5:5];
  wire l0_p38;
  assign l0_p38 = hdac_q[38:38] & l0_w2_q[6:6];
  wire l0_p39;
  assign l0_p39 = hdac_q[39:39] & l0_w2_q[7:7];
  wire l0_p40;
  assign l0_p40 = hdac_q[40:40] & l0_w2_q[8:8];
  wire l0_p41;
  assign l0_p41 = hdac_q[41:41] & l0_w2_q[9:9];
  wire l0_p42;
  assign l0_p42 = hdac_q[42:42] & l0_w2_q[10:10];
  wire l0_p43;
  assign l0_p43 = hdac_q[43:43] & l0_w2_q[11:11];
  wire l0_p44;
  assign l0_p44 = hdac_q[44:44] & l0_w2_q[12:12];
  wire l0_p45;
  assign l0_p45 = hdac_q[45:45] & l0_w2_q[13:13];
  wire l0_p46;
  assign l0_p46 = hdac_q[46:46] & l0_w2_q[14:14];
  wire l0_p47;
  assign l0_p47 = hdac_q[47:47] & l0_w2_q[15:15];
  wire l0_p48;
  assign l0_p48 = hdac_q[48:48] & l0_w3_q[0:0];
  wire l0_p49;
  assign l0_p49 = hdac_q[49:49] & l0_w3_q[1:1];
  wire l0_p50;
  assign l0_p50 = hdac_q[50:50] & l0_w3_q[2:2];
  wire l0_p51;
  assign l0_p51 = hdac_q[51:51] & l0_w3_q[3:3];
  wire l0_p52;
  assign l0_p52 = hdac_q[52:52] & l0_w3_q[4:4];
  wire l0_p53;
  assign l0_p53 = hdac_q[53:53] & l0_w3_q[5:5];
  wire l0_p54;
  assign l0_p54 = hdac_q[54:54] & l0_w3_q[6:6];
  wire l0_p55;
  assign l0_p55 = hdac_q[55:55] & l0_w3_q[7:7];
  wire l0_p56;
  assign l0_p56 = hdac_q[56:56] & l0_w3_q[8:8];
  wire l0_p57;
  assign l0_p57 = hdac_q[57:57] & l0_w3_q[9:9];
  wire l0_p58;
  assign l0_p58 = hdac_q[58:58] & l0_w3_q[10:10];
  wire l0_p59;
  assign l0_p59 = hdac_q[59:59] & l0_w3_q[11:11];
  wire l0_p60;
  assign l0_p60 = hdac_q[60:60] & l0_w3_q[12:12];
  wire l0_p61;
  assign l0_p61 = hdac_q[61:61] & l0_w3_q[13:13];
  wire l0_p62;
  assign l0_p62 = hdac_q[62:62] & l0_w3_q[14:14];
  wire l0_p63;
  assign l0_p63 = hdac_q[63:63] & l0_w3_q[15:15];
  reg l0_sv_q;  // the partial sums are the next column's (hc_q + wn_q)
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l0_sv_q <= 1'd0;
    end else if (start) begin
      l0_sv_q <= 1'd0;
    end else if (!l0_stall) begin
      l0_sv_q <= l0_vld_q;
    end
  end
  wire [1:0] l0_t0_0;
  assign l0_t0_0 = {1'd0, l0_p0} + {1'd0, l0_p1};
  wire [1:0] l0_t0_1;
  assign l0_t0_1 = {1'd0, l0_p2} + {1'd0, l0_p3};
  wire [1:0] l0_t0_2;
  assign l0_t0_2 = {1'd0, l0_p4} + {1'd0, l0_p5};
  wire [1:0] l0_t0_3;
  assign l0_t0_3 = {1'd0, l0_p6} + {1'd0, l0_p7};
  wire [1:0] l0_t0_4;
  assign l0_t0_4 = {1'd0, l0_p8} + {1'd0, l0_p9};
  wire [1:0] l0_t0_5;
  assign l0_t0_5 = {1'd0, l0_p10} + {1'd0, l0_p11};
  wire [1:0] l0_t0_6;
  assign l0_t0_6 = {1'd0, l0_p12} + {1'd0, l0_p13};
  wire [1:0] l0_t0_7;
  assign l0_t0_7 = {1'd0, l0_p14} + {1'd0, l0_p15};
  wire [1:0] l0_t0_8;
  assign l0_t0_8 = {1'd0, l0_p16} + {1'd0, l0_p17};
  wire [1:0] l0_t0_9;
  assign l0_t0_9 = {1'd0, l0_p18} + {1'd0, l0_p19};
  wire [1:0] l0_t0_10;
  assign l0_t0_10 = {1'd0, l0_p20} + {1'd0, l0_p21};
  wire [1:0] l0_t0_11;
  assign l0_t0_11 = {1'd0, l0_p22} + {1'd0, l0_p23};
  wire [1:0] l0_t0_12;
  assign l0_t0_12 = {1'd0, l0_p24} + {1'd0, l0_p25};
  wire [1:0] l0_t0_13;
  assign l0_t0_13 = {1'd0, l0_p26} + {1'd0, l0_p27};
  wire [1:0] l0_t0_14;
  assign l0_t0_14 = {1'd0, l0_p28} + {1'd0, l0_p29};
  wire [1:0] l0_t0_15;
  assign l0_t0_15 = {1'd0, l0_p30} + {1'd0, l0_p31};
  wire [1:0] l0_t0_16;
  assign l0_t0_16 = {1'd0, l0_p32} + {1'd0, l0_p33};
  wire [1:0] l0_t0_17;
  assign l0_t0_17 = {1'd0, l0_p34} + {1'd0, l0_p35};
  wire [1:0] l0_t0_18;
  assign l0_t0_18 = {1'd0, l0_p36} + {1'd0, l0_p37};
  wire [1:0] l0_t0_19;
  assign l0_t0_19 = {1'd0, l0_p38} + {1'd0, l0_p39};
  wire [1:0] l0_t0_20;
  assign l0_t0_20 = {1'd0, l0_p40} + {1'd0, l0_p41};
  wire [1:0] l0_t0_21;
  assign l0_t0_21 = {1'd0, l0_p42} + {1'd0, l0_p43};
  wire [1:0] l0_t0_22;
  assign l0_t0_22 = {1'd0, l0_p44} + {1'd0, l0_p45};
  wire [1:0] l0_t0_23;
  assign l0_t0_23 = {1'd0, l0_p46} + {1'd0, l0_p47};
  wire [1:0] l0_t0_24;
  assign l0_t0_24 = {1'd0, l0_p48} + {1'd0, l0_p49};
  wire [1:0] l0_t0_25;
  assign l0_t0_25 = {1'd0, l0_p50} + {1'd0, l0_p51};
  wire [1:0] l0_t0_26;
  assign l0_t0_26 = {1'd0, l0_p52} + {1'd0, l0_p53};
  wire [1:0] l0_t0_27;
  assign l0_t0_27 = {1'd0, l0_p54} + {1'd0, l0_p55};
  wire [1:0] l0_t0_28;
  assign l0_t0_28 = {1'd0, l0_p56} + {1'd0, l0_p57};
  wire [1:0] l0_t0_29;
  assign l0_t0_29 = {1'd0, l0_p58} + {1'd0, l0_p59};
  wire [1:0] l0_t0_30;
  assign l0_t0_30 = {1'd0, l0_p60} + {1'd0, l0_p61};
  wire [1:0] l0_t0_31;
  assign l0_t0_31 = {1'd0, l0_p62} + {1'd0, l0_p63};
  wire [2:0] l0_t1_0;
  assign l0_t1_0 = {1'd0, l0_t0_0} + {1'd0, l0_t0_1};
  wire [2:0] l0_t1_1;
  assign l0_t1_1 = {1'd0, l0_t0_2} + {1'd0, l0_t0_3};
  wire [2:0] l0_t1_2;
  assign l0_t1_2 = {1'd0, l0_t0_4} + {1'd0, l0_t0_5};
  wire [2:0] l0_t1_3;
  assign l0_t1_3 = {1'd0, l0_t0_6} + {1'd0, l0_t0_7};
  wire [2:0] l0_t1_4;
  assign l0_t1_4 = {1'd0, l0_t0_8} + {1'd0, l0_t0_9};
  wire [2:0] l0_t1_5;
  assign l0_t1_5 = {1'd0, l0_t0_10} + {1'd0, l0_t0_11};
  wire [2:0] l0_t1_6;
  assign l0_t1_6 = {1'd0, l0_t0_12} + {1'd0, l0_t0_13};
  wire [2:0] l0_t1_7;
  assign l0_t1_7 = {1'd0, l0_t0_14} + {1'd0, l0_t0_15};
  wire [2:0] l0_t1_8;
  assign l0_t1_8 = {1'd0, l0_t0_16} + {1'd0, l0_t0_17};
  wire [2:0] l0_t1_9;
  assign l0_t1_9 = {1'd0, l0_t0_18} + {1'd0, l0_t0_19};
  wire [2:0] l0_t1_10;
  assign l0_t1_10 = {1'd0, l0_t0_20} + {1'd0, l0_t0_21};
  wire [2:0] l0_t1_11;
  assign l0_t1_11 = {1'd0, l0_t0_22} + {1'd0, l0_t0_23};
  wire [2:0] l0_t1_12;
  assign l0_t1_12 = {1'd0, l0_t0_24} + {1'd0, l0_t0_25};
  wire [2:0] l0_t1_13;
  assign l0_t1_13 = {1'd0, l0_t0_26} + {1'd0, l0_t0_27};
  wire [2:0] l0_t1_14;
  assign l0_t1_14 = {1'd0, l0_t0_28} + {1'd0, l0_t0_29};
  wire [2:0] l0_t1_15;
  assign l0_t1_15 = {1'd0, l0_t0_30} + {1'd0, l0_t0_31};
  wire [3:0] l0_t2_0;
  assign l0_t2_0 = {1'd0, l0_t1_0} + {1'd0, l0_t1_1};
  wire [3:0] l0_t2_1;
  assign l0_t2_1 = {1'd0, l0_t1_2} + {1'd0, l0_t1_3};
  wire [3:0] l0_t2_2;
  assign l0_t2_2 = {1'd0, l0_t1_4} + {1'd0, l0_t1_5};
  wire [3:0] l0_t2_3;
  assign l0_t2_3 = {1'd0, l0_t1_6} + {1'd0, l0_t1_7};
  wire [3:0] l0_t2_4;
  assign l0_t2_4 = {1'd0, l0_t1_8} + {1'd0, l0_t1_9};
  wire [3:0] l0_t2_5;
  assign l0_t2_5 = {1'd0, l0_t1_10} + {1'd0, l0_t1_11};
  wire [3:0] l0_t2_6;
  assign l0_t2_6 = {1'd0, l0_t1_12} + {1'd0, l0_t1_13};
  wire [3:0] l0_t2_7;
  assign l0_t2_7 = {1'd0, l0_t1_14} + {1'd0, l0_t1_15};
  reg [3:0] l0_sp0_q;  // partial sums of the column
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp0_q <= l0_t2_0;
    end
  end
  reg [3:0] l0_sp1_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp1_q <= l0_t2_1;
    end
  end
  reg [3:0] l0_sp2_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp2_q <= l0_t2_2;
    end
  end
  reg [3:0] l0_sp3_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp3_q <= l0_t2_3;
    end
  end
  reg [3:0] l0_sp4_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp4_q <= l0_t2_4;
    end
  end
  reg [3:0] l0_sp5_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp5_q <= l0_t2_5;
    end
  end
  reg [3:0] l0_sp6_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp6_q <= l0_t2_6;
    end
  end
  reg [3:0] l0_sp7_q;
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp7_q <= l0_t2_7;
    end
  end
  wire [4:0] l0_t3_0;
  assign l0_t3_0 = {1'd0, l0_sp0_q} + {1'd0, l0_sp1_q};
  wire [4:0] l0_t3_1;
  assign l0_t3_1 = {1'd0, l0_sp2_q} + {1'd0, l0_sp3_q};
  wire [4:0] l0_t3_2;
  assign l0_t3_2 = {1'd0, l0_sp4_q} + {1'd0, l0_sp5_q};
  wire [4:0] l0_t3_3;
  assign l0_t3_3 = {1'd0, l0_sp6_q} + {1'd0, l0_sp7_q};
  wire [5:0] l0_t4_0;
  assign l0_t4_0 = {1'd0, l0_t3_0} + {1'd0, l0_t3_1};
  wire [5:0] l0_t4_1;
  assign l0_t4_1 = {1'd0, l0_t3_2} + {1'd0, l0_t3_3};
  wire [6:0] l0_t5_0;
  assign l0_t5_0 = {1'd0, l0_t4_0} + {1'd0, l0_t4_1};
  wire [6:0] l0_sum;  // bit-line sum of column hc_q + wn_q (valid with sv_q)
  assign l0_sum = l0_t5_0;
  reg [4:0] l0_hc_q;  // column of the window's first sum
  reg [2:0] l0_wn_q;  // sums in the window
  reg [6:0] l0_f0_q;
  reg [6:0] l0_f1_q;
  reg [6:0] l0_f2_q;
  reg [6:0] l0_f3_q;
  wire l0_pop;  // the ADC has moved on to the window's second column
  assign l0_pop = adc_cmp_en_i[0] && (adc_col_i[4:0] == (l0_hc_q + 5'd1));
  wire l0_space;
  assign l0_space = (l0_wn_q != 3'd4) || l0_pop;
  assign l0_stall = l0_sv_q && !l0_space;
  wire l0_push;
  assign l0_push = l0_sv_q && l0_space;
  wire [2:0] l0_wpos;  // where the new sum goes
  assign l0_wpos = l0_pop ? (l0_wn_q - 3'd1) : l0_wn_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l0_wn_q <= 3'd0;
    end else if (start) begin
      l0_wn_q <= 3'd0;
    end else begin
      l0_wn_q <= (l0_wn_q - {2'd0, l0_pop}) + {2'd0, l0_push};
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l0_hc_q <= 5'd0;
    end else begin
      if (l0_pop) begin
        l0_hc_q <= l0_hc_q + 5'd1;
      end
      if (l0_push && (l0_wpos == 3'd0)) begin
        l0_f0_q <= l0_sum;
      end else if (l0_pop) begin
        l0_f0_q <= l0_f1_q;
      end
      if (l0_push && (l0_wpos == 3'd1)) begin
        l0_f1_q <= l0_sum;
      end else if (l0_pop) begin
        l0_f1_q <= l0_f2_q;
      end
      if (l0_push && (l0_wpos == 3'd2)) begin
        l0_f2_q <= l0_sum;
      end else if (l0_pop) begin
        l0_f2_q <= l0_f3_q;
      end
      if (l0_push && (l0_wpos == 3'd3)) begin
        l0_f3_q <= l0_sum;
      end else if (l0_pop) begin
        l0_f3_q <= l0_f3_q;
      end
    end
  end
  // Comparator: sum + noise >= dac << k (noise from the LFSR state of the previous cycle)
  reg [15:0] l0_lfsr_q;
  wire [15:0] l0_nseed;  // the new seed as written
  assign l0_nseed = (cfg_wdata_i ^ 16'd40503) | 16'd1;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l0_lfsr_q <= 16'd40503;
    end else if (seed_we) begin
      l0_lfsr_q <= l0_nseed;
    end else begin
      l0_lfsr_q <= {1'd0, l0_lfsr_q[15:1]} ^ (l0_lfsr_q[0] ? 16'd46080 : 16'd0);
    end
  end
  wire signed [7:0] l0_nz_s;  // the LFSR's low byte, shifted down to m bits
  assign l0_nz_s = $signed(l0_lfsr_q[7:0]) >>> (4'd8 - nz_q);
  wire [7:0] l0_nz_d;  // the next cycle's noise, two's complement (0 when m = 0)
  assign l0_nz_d = (nz_q == 4'd0) ? 8'd0 : l0_nz_s;
  wire [6:0] l0_f0_d;  // the next value of this window sum
  assign l0_f0_d = (l0_push && (l0_wpos == 3'd0)) ? l0_sum : (l0_pop ? l0_f1_q : l0_f0_q);
  reg [8:0] l0_lhs0_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l0_lhs0_q <= {2'd0, l0_f0_d} + {{1{l0_nz_d[7]}}, l0_nz_d};
  end
  wire [6:0] l0_f1_d;  // the next value of this window sum
  assign l0_f1_d = (l0_push && (l0_wpos == 3'd1)) ? l0_sum : (l0_pop ? l0_f2_q : l0_f1_q);
  reg [8:0] l0_lhs1_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l0_lhs1_q <= {2'd0, l0_f1_d} + {{1{l0_nz_d[7]}}, l0_nz_d};
  end
  wire [7:0] l0_dac;
  assign l0_dac = adc_dac_i[7:0];
  wire [7:0] l0_rhs;  // dac << k
  assign l0_rhs = l0_dac;
  wire [7:0] l0_mag0;
  assign l0_mag0 = l0_lhs0_q[7:0];
  wire l0_ge0;
  assign l0_ge0 = !l0_lhs0_q[8] && (l0_mag0 >= l0_rhs);
  wire [7:0] l0_mag1;
  assign l0_mag1 = l0_lhs1_q[7:0];
  wire l0_ge1;
  assign l0_ge1 = !l0_lhs1_q[8] && (l0_mag1 >= l0_rhs);
  wire l0_cmp;
  assign l0_cmp = (adc_col_i[4:0] == l0_hc_q) ? l0_ge0 : l0_ge1;
  // Lane 1: columns 32 .. 63
  reg [4:0] l1_cc_q;  // column read from block RAM this cycle
  reg l1_run_q;  // more columns to read
  reg l1_vld_q;  // the block RAM output is column wc_q
  reg [4:0] l1_wc_q;
  wire [4:0] l1_raddr;
  wire l1_stall;  // the sum window is full: hold the adder tree's register and the block RAM output
  assign l1_raddr = start ? 5'd0 : (l1_stall ? l1_wc_q : l1_cc_q);
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l1_run_q <= 1'd0;
      l1_vld_q <= 1'd0;
    end else if (start) begin
      l1_run_q <= 1'd1;
      l1_vld_q <= 1'd1;
    end else if (!l1_stall) begin
      l1_vld_q <= l1_run_q;
      if (l1_run_q && (l1_cc_q == 5'd31)) begin
        l1_run_q <= 1'd0;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l1_cc_q <= 5'd1;
      l1_wc_q <= 5'd0;
    end else if (l1_run_q && !l1_stall) begin
      l1_wc_q <= l1_cc_q;
      l1_cc_q <= l1_cc_q + 5'd1;
    end
  end
  reg [15:0] l1_w0_mem [0:31];  // rows 0 ..
  reg [15:0] l1_w0_q;
  wire l1_w0_we;
  assign l1_w0_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 2'd0);
  always @(posedge clk_i) begin
    if (l1_w0_we) begin
      l1_w0_mem[w_g] <= w_data_i[15:0];
    end
    l1_w0_q <= l1_w0_mem[l1_raddr];
  end
  reg [15:0] l1_w1_mem [0:31];  // rows 16 ..
  reg [15:0] l1_w1_q;
  wire l1_w1_we;
  assign l1_w1_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 2'd1);
  always @(posedge clk_i) begin
    if (l1_w1_we) begin
      l1_w1_mem[w_g] <= w_data_i[15:0];
    end
    l1_w1_q <= l1_w1_mem[l1_raddr];
  end
  reg [15:0] l1_w2_mem [0:31];  // rows 32 ..
  reg [15:0] l1_w2_q;
  wire l1_w2_we;
  assign l1_w2_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 2'd2);
  always @(posedge clk_i) begin
    if (l1_w2_we) begin
      l1_w2_mem[w_g] <= w_data_i[15:0];
    end
    l1_w2_q <= l1_w2_mem[l1_raddr];
  end
  reg [15:0] l1_w3_mem [0:31];  // rows 48 ..
  reg [15:0] l1_w3_q;
  wire l1_w3_we;
  assign l1_w3_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 2'd3);
  always @(posedge clk_i) begin
    if (l1_w3_we) begin
      l1_w3_mem[w_g] <= w_data_i[15:0];
    end
    l1_w3_q <= l1_w3_mem[l1_raddr];
  end
  wire l1_p0;
  assign l1_p0 = hdac_q[0:0] & l1_w0_q[0:0];
  wire l1_p1;
  assign l1_p1 = hdac_q[1:1] & l1_w0_q[1:1];
  wire l1_p2;
  assign l1_p2 = hdac_q[2:2] & l1_w0_q[2:2];
  wire l1_p3;
  assign l1_p3 = hdac_q[3:3] & l1_w0_q[3:3];
  wire l1_p4;
  assign l1_p4 = hdac_q[4:4] & l1_w0_q[4:4];
  wire l1_p5;
  assign l1_p5 = hdac_q[5:5] & l1_w0_q[5:5];
  wire l1_p6;
  assign l1_p6 = hdac_q[6:6] & l1_w0_q[6:6];
  wire l1_p7;
  assign l1_p7 = hdac_q[7:7] & l1_w0_q[7:7];
  wire l1_p8;
  assign l1_p8 = hdac_q[8:8] & l1_w0_q[8:8];
  wire l1_p9;
  assign l1_p9 = hdac_q[9:9] & l1_w0_q[9:9];
  wire l1_p10;
  assign l1_p10 = hdac_q[10:10] & l1_w0_q[10:10];
  wire l1_p11;
  assign l1_p11 = hdac_q[11:11] & l1_w0_q[11:11];
  wire l1_p12;
  assign l1_p12 = hdac_q[12:12] & l1_w0_q[12:12];
  wire l1_p13;
  assign l1_p13 = hdac_q[13:13] & l1_w0_q[13:13];
  wire l1_p14;
  assign l1_p14 = hdac_q[14:14] & l1_w0_q[14:14];
  wire l1_p15;
  assign l1_p15 = hdac_q[15:15] & l1_w0_q[15:15];
  wire l1_p16;
  assign l1_p16 = hdac_q[16:16] & l1_w1_q[0:0];
  wire l1_p17;
  assign l1_p17 = hdac_q[17:17] & l1_w1_q[1:1];
  wire l1_p18;
  assign l1_p18 = hdac_q[18:18] & l1_w1_q[2:2];
  wire l1_p19;
  assign l1_p19 = hdac_q[19:19] & l1_w1_q[3:3];
  wire l1_p20;
  assign l1_p20 = hdac_q[20:20] & l1_w1_q[4:4];
  wire l1_p21;
  assign l1_p21 = hdac_q[21:21] & l1_w1_q[5:5];
  wire l1_p22;
  assign l1_p22 = hdac_q[22:22] & l1_w1_q[6:6];
  wire l1_p23;
  assign l1_p23 = hdac_q[23:23] & l1_w1_q[7:7];
  wire l1_p24;
  assign l1_p24 = hdac_q[24:24] & l1_w1_q[8:8];
  wire l1_p25;
  assign l1_p25 = hdac_q[25:25] & l1_w1_q[9:9];
  wire l1_p26;
  assign l1_p26 = hdac_q[26:26] & l1_w1_q[10:10];
  wire l1_p27;
  assign l1_p27 = hdac_q[27:27] & l1_w1_q[11:11];
  wire l1_p28;
  assign l1_p28 = hdac_q[28:28] & l1_w1_q[12:12];
  wire l1_p29;
  assign l1_p29 = hdac_q[29:29] & l1_w1_q[13:13];
  wire l1_p30;
  assign l1_p30 = hdac_q[30:30] & l1_w1_q[14:14];
  wire l1_p31;
  assign l1_p31 = hdac_q[31:31] & l1_w1_q[15:15];
  wire l1_p32;
  assign l1_p32 = hdac_q[32:32] & l1_w2_q[0:0];
  wire l1_p33;
  assign l1_p33 = hdac_q[33:33] & l1_w2_q[1:1];
  wire l1_p34;
  assign l1_p34 = hdac_q[34:34] & l1_w2_q[2:2];
  wire l1_p35;
  assign l1_p35 = hdac_q[35:35] & l1_w2_q[3:3];
  wire l1_p36;
  assign l1_p36 = hdac_q[36:36] & l1_w2_q[4:4];
  wire l1_p37;
  assign l1_p37 = hdac_q[37:37] & l1_w2_q[5:5];
  wire l1_p38;
  assign l1_p38 = hdac_q[38:38] & l1_w2_q[6:6];
  wire l1_p39;
  assign l1_p39 = hdac_q[39:39] & l1_w2_q[7:7];
  wire l1_p40;
  assign l1_p40 = hdac_q[40:40] & l1_w2_q[8:8];
  wire l1_p41;
  assign l1_p41 = hdac_q[41:41] & l1_w2_q[9:9];
  wire l1_p42;
  assign l1_p42 = hdac_q[42:42] & l1_w2_q[10:10];
  wire l1_p43;
  assign l1_p43 = hdac_q[43:43] & l1_w2_q[11:11];
  wire l1_p44;
  assign l1_p44 = hdac_q[44:44] & l1_w2_q[12:12];
  wire l1_p45;
  assign l1_p45 = hdac_q[45:45] & l1_w2_q[13:13];
  wire l1_p46;
  assign l1_p46 = hdac_q[46:46] & l1_w2_q[14:14];
  wire l1_p47;
  assign l1_p47 = hdac_q[47:47] & l1_w2_q[15:15];
  wire l1_p48;
  assign l1_p48 = hdac_q[48:48] & l1_w3_q[0:0];
  wire l1_p49;
  assign l1_p49 = hdac_q[49:49] & l1_w3_q[1:1];
  wire l1_p50;
  assign l1_p50 = hdac_q[50:50] & l1_w3_q[2:2];
  wire l1_p51;
  assign l1_p51 = hdac_q[51:51] & l1_w3_q[3:3];
  wire l1_p52;
  assign l1_p52 = hdac_q[52:52] & l1_w3_q[4:4];
  wire l1_p53;
  assign l1_p53 = hdac_q[53:53] & l1_w3_q[5:5];
  wire l1_p54;
  assign l1_p54 = hdac_q[54:54] & l1_w3_q[6:6];
  wire l1_p55;
  assign l1_p55 = hdac_q[55:55] & l1_w3_q[7:7];
  wire l1_p56;
  assign l1_p56 = hdac_q[56:56] & l1_w3_q[8:8];
  wire l1_p57;
  assign l1_p57 = hdac_q[57:57] & l1_w3_q[9:9];
  wire l1_p58;
  assign l1_p58 = hdac_q[58:58] & l1_w3_q[10:10];
  wire l1_p59;
  assign l1_p59 = hdac_q[59:59] & l1_w3_q[11:11];
  wire l1_p60;
  assign l1_p60 = hdac_q[60:60] & l1_w3_q[12:12];
  wire l1_p61;
  assign l1_p61 = hdac_q[61:61] & l1_w3_q[13:13];
  wire l1_p62;
  assign l1_p62 = hdac_q[62:62] & l1_w3_q[14:14];
  wire l1_p63;
  assign l1_p63 = hdac_q[63:63] & l1_w3_q[15:15];
  reg l1_sv_q;  // the partial sums are the next column's (hc_q + wn_q)
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l1_sv_q <= 1'd0;
    end else if (start) begin
      l1_sv_q <= 1'd0;
    end else if (!l1_stall) begin
      l1_sv_q <= l1_vld_q;
    end
  end
  wire [1:0] l1_t0_0;
  assign l1_t0_0 = {1'd0, l1_p0} + {1'd0, l1_p1};
  wire [1:0] l1_t0_1;
  assign l1_t0_1 = {1'd0, l1_p2} + {1'd0, l1_p3};
  wire [1:0] l1_t0_2;
  assign l1_t0_2 = {1'd0, l1_p4} + {1'd0, l1_p5};
  wire [1:0] l1_t0_3;
  assign l1_t0_3 = {1'd0, l1_p6} + {1'd0, l1_p7};
  wire [1:0] l1_t0_4;
  assign l1_t0_4 = {1'd0, l1_p8} + {1'd0, l1_p9};
  wire [1:0] l1_t0_5;
  assign l1_t0_5 = {1'd0, l1_p10} + {1'd0, l1_p11};
  wire [1:0] l1_t0_6;
  assign l1_t0_6 = {1'd0, l1_p12} + {1'd0, l1_p13};
  wire [1:0] l1_t0_7;
  assign l1_t0_7 = {1'd0, l1_p14} + {1'd0, l1_p15};
  wire [1:0] l1_t0_8;
  assign l1_t0_8 = {1'd0, l1_p16} + {1'd0, l1_p17};
  wire [1:0] l1_t0_9;
  assign l1_t0_9 = {1'd0, l1_p18} + {1'd0, l1_p19};
  wire [1:0] l1_t0_10;
  assign l1_t0_10 = {1'd0, l1_p20} + {1'd0, l1_p21};
  wire [1:0] l1_t0_11;
  assign l1_t0_11 = {1'd0, l1_p22} + {1'd0, l1_p23};
  wire [1:0] l1_t0_12;
  assign l1_t0_12 = {1'd0, l1_p24} + {1'd0, l1_p25};
  wire [1:0] l1_t0_13;
  assign l1_t0_13 = {1'd0, l1_p26} + {1'd0, l1_p27};
  wire [1:0] l1_t0_14;
  assign l1_t0_14 = {1'd0, l1_p28} + {1'd0, l1_p29};
  wire [1:0] l1_t0_15;
  assign l1_t0_15 = {1'd0, l1_p30} + {1'd0, l1_p31};
  wire [1:0] l1_t0_16;
  assign l1_t0_16 = {1'd0, l1_p32} + {1'd0, l1_p33};
  wire [1:0] l1_t0_17;
  assign l1_t0_17 = {1'd0, l1_p34} + {1'd0, l1_p35};
  wire [1:0] l1_t0_18;
  assign l1_t0_18 = {1'd0, l1_p36} + {1'd0, l1_p37};
  wire [1:0] l1_t0_19;
  assign l1_t0_19 = {1'd0, l1_p38} + {1'd0, l1_p39};
  wire [1:0] l1_t0_20;
  assign l1_t0_20 = {1'd0, l1_p40} + {1'd0, l1_p41};
  wire [1:0] l1_t0_21;
  assign l1_t0_21 = {1'd0, l1_p42} + {1'd0, l1_p43};
  wire [1:0] l1_t0_22;
  assign l1_t0_22 = {1'd0, l1_p44} + {1'd0, l1_p45};
  wire [1:0] l1_t0_23;
  assign l1_t0_23 = {1'd0, l1_p46} + {1'd0, l1_p47};
  wire [1:0] l1_t0_24;
  assign l1_t0_24 = {1'd0, l1_p48} + {1'd0, l1_p49};
  wire [1:0] l1_t0_25;
  assign l1_t0_25 = {1'd0, l1_p50} + {1'd0, l1_p51};
  wire [1:0] l1_t0_26;
  assign l1_t0_26 = {1'd0, l1_p52} + {1'd0, l1_p53};
  wire [1:0] l1_t0_27;
  assign l1_t0_27 = {1'd0, l1_p54} + {1'd0, l1_p55};
  wire [1:0] l1_t0_28;
  assign l1_t0_28 = {1'd0, l1_p56} + {1'd0, l1_p57};
  wire [1:0] l1_t0_29;
  assign l1_t0_29 = {1'd0, l1_p58} + {1'd0, l1_p59};
  wire [1:0] l1_t0_30;
  assign l1_t0_30 = {1'd0, l1_p60} + {1'd0, l1_p61};
  wire [1:0] l1_t0_31;
  assign l1_t0_31 = {1'd0, l1_p62} + {1'd0, l1_p63};
  wire [2:0] l1_t1_0;
  assign l1_t1_0 = {1'd0, l1_t0_0} + {1'd0, l1_t0_1};
  wire [2:0] l1_t1_1;
  assign l1_t1_1 = {1'd0, l1_t0_2} + {1'd0, l1_t0_3};
  wire [2:0] l1_t1_2;
  assign l1_t1_2 = {1'd0, l1_t0_4} + {1'd0, l1_t0_5};
  wire [2:0] l1_t1_3;
  assign l1_t1_3 = {1'd0, l1_t0_6} + {1'd0, l1_t0_7};
  wire [2:0] l1_t1_4;
  assign l1_t1_4 = {1'd0, l1_t0_8} + {1'd0, l1_t0_9};
  wire [2:0] l1_t1_5;
  assign l1_t1_5 = {1'd0, l1_t0_10} + {1'd0, l1_t0_11};
  wire [2:0] l1_t1_6;
  assign l1_t1_6 = {1'd0, l1_t0_12} + {1'd0, l1_t0_13};
  wire [2:0] l1_t1_7;
  assign l1_t1_7 = {1'd0, l1_t0_14} + {1'd0, l1_t0_15};
  wire [2:0] l1_t1_8;
  assign l1_t1_8 = {1'd0, l1_t0_16} + {1'd0, l1_t0_17};
  wire [2:0] l1_t1_9;
  assign l1_t1_9 = {1'd0, l1_t0_18} + {1'd0, l1_t0_19};
  wire [2:0] l1_t1_10;
  assign l1_t1_10 = {1'd0, l1_t0_20} + {1'd0, l1_t0_21};
  wire [2:0] l1_t1_11;
  assign l1_t1_11 = {1'd0, l1_t0_22} + {1'd0, l1_t0_23};
  wire [2:0] l1_t1_12;
  assign l1_t1_12 = {1'd0, l1_t0_24} + {1'd0, l1_t0_25};
  wire [2:0] l1_t1_13;
  assign l1_t1_13 = {1'd0, l1_t0_26} + {1'd0, l1_t0_27};
  wire [2:0] l1_t1_14;
  assign l1_t1_14 = {1'd0, l1_t0_28} + {1'd0, l1_t0_29};
  wire [2:0] l1_t1_15;
  assign l1_t1_15 = {1'd0, l1_t0_30} + {1'd0, l1_t0_31};
  wire [3:0] l1_t2_0;
  assign l1_t2_0 = {1'd0, l1_t1_0} + {1'd0, l1_t1_1};
  wire [3:0] l1_t2_1;
  assign l1_t2_1 = {1'd0, l1_t1_2} + {1'd0, l1_t1_3};
  wire [3:0] l1_t2_2;
  assign l1_t2_2 = {1'd0, l1_t1_4} + {1'd0, l1_t1_5};
  wire [3:0] l1_t2_3;
  assign l1_t2_3 = {1'd0, l1_t1_6} + {1'd0, l1_t1_7};
  wire [3:0] l1_t2_4;
  assign l1_t2_4 = {1'd0, l1_t1_8} + {1'd0, l1_t1_9};
  wire [3:0] l1_t2_5;
  assign l1_t2_5 = {1'd0, l1_t1_10} + {1'd0, l1_t1_11};
  wire [3:0] l1_t2_6;
  assign l1_t2_6 = {1'd0, l1_t1_12} + {1'd0, l1_t1_13};
  wire [3:0] l1_t2_7;
  assign l1_t2_7 = {1'd0, l1_t1_14} + {1'd0, l1_t1_15};
  reg [3:0] l1_sp0_q;  // partial sums of the column
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp0_q <= l1_t2_0;
    end
  end
  reg [3:0] l1_sp1_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp1_q <= l1_t2_1;
    end
  end
  reg [3:0] l1_sp2_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp2_q <= l1_t2_2;
    end
  end
  reg [3:0] l1_sp3_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp3_q <= l1_t2_3;
    end
  end
  reg [3:0] l1_sp4_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp4_q <= l1_t2_4;
    end
  end
  reg [3:0] l1_sp5_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp5_q <= l1_t2_5;
    end
  end
  reg [3:0] l1_sp6_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp6_q <= l1_t2_6;
    end
  end
  reg [3:0] l1_sp7_q;
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp7_q <= l1_t2_7;
    end
  end
  wire [4:0] l1_t3_0;
  assign l1_t3_0 = {1'd0, l1_sp0_q} + {1'd0, l1_sp1_q};
  wire [4:0] l1_t3_1;
  assign l1_t3_1 = {1'd0, l1_sp2_q} + {1'd0, l1_sp3_q};
  wire [4:0] l1_t3_2;
  assign l1_t3_2 = {1'd0, l1_sp4_q} + {1'd0, l1_sp5_q};
  wire [4:0] l1_t3_3;
  assign l1_t3_3 = {1'd0, l1_sp6_q} + {1'd0, l1_sp7_q};
  wire [5:0] l1_t4_0;
  assign l1_t4_0 = {1'd0, l1_t3_0} + {1'd0, l1_t3_1};
  wire [5:0] l1_t4_1;
  assign l1_t4_1 = {1'd0, l1_t3_2} + {1'd0, l1_t3_3};
  wire [6:0] l1_t5_0;
  assign l1_t5_0 = {1'd0, l1_t4_0} + {1'd0, l1_t4_1};
  wire [6:0] l1_sum;  // bit-line sum of column hc_q + wn_q (valid with sv_q)
  assign l1_sum = l1_t5_0;
  reg [4:0] l1_hc_q;  // column of the window's first sum
  reg [2:0] l1_wn_q;  // sums in the window
  reg [6:0] l1_f0_q;
  reg [6:0] l1_f1_q;
  reg [6:0] l1_f2_q;
  reg [6:0] l1_f3_q;
  wire l1_pop;  // the ADC has moved on to the window's second column
  assign l1_pop = adc_cmp_en_i[1] && (adc_col_i[9:5] == (l1_hc_q + 5'd1));
  wire l1_space;
  assign l1_space = (l1_wn_q != 3'd4) || l1_pop;
  assign l1_stall = l1_sv_q && !l1_space;
  wire l1_push;
  assign l1_push = l1_sv_q && l1_space;
  wire [2:0] l1_wpos;  // where the new sum goes
  assign l1_wpos = l1_pop ? (l1_wn_q - 3'd1) : l1_wn_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l1_wn_q <= 3'd0;
    end else if (start) begin
      l1_wn_q <= 3'd0;
    end else begin
      l1_wn_q <= (l1_wn_q - {2'd0, l1_pop}) + {2'd0, l1_push};
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l1_hc_q <= 5'd0;
    end else begin
      if (l1_pop) begin
        l1_hc_q <= l1_hc_q + 5'd1;
      end
      if (l1_push && (l1_wpos == 3'd0)) begin
        l1_f0_q <= l1_sum;
      end else if (l1_pop) begin
        l1_f0_q <= l1_f1_q;
      end
      if (l1_push && (l1_wpos == 3'd1)) begin
        l1_f1_q <= l1_sum;
      end else if (l1_pop) begin
        l1_f1_q <= l1_f2_q;
      end
      if (l1_push && (l1_wpos == 3'd2)) begin
        l1_f2_q <= l1_sum;
      end else if (l1_pop) begin
        l1_f2_q <= l1_f3_q;
      end
      if (l1_push && (l1_wpos == 3'd3)) begin
        l1_f3_q <= l1_sum;
      end else if (l1_pop) begin
        l1_f3_q <= l1_f3_q;
      end
    end
  end
  // Comparator: sum + noise >= dac << k (noise from the LFSR state of the previous cycle)
  reg [15:0] l1_lfsr_q;
  wire [15:0] l1_nseed;  // the new seed as written
  assign l1_nseed = (cfg_wdata_i ^ 16'd15470) | 16'd1;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l1_lfsr_q <= 16'd15471;
    end else if (seed_we) begin
      l1_lfsr_q <= l1_nseed;
    end else begin
      l1_lfsr_q <= {1'd0, l1_lfsr_q[15:1]} ^ (l1_lfsr_q[0] ? 16'd46080 : 16'd0);
    end
  end
  wire signed [7:0] l1_nz_s;  // the LFSR's low byte, shifted down to m bits
  assign l1_nz_s = $signed(l1_lfsr_q[7:0]) >>> (4'd8 - nz_q);
  wire [7:0] l1_nz_d;  // the next cycle's noise, two's complement (0 when m = 0)
  assign l1_nz_d = (nz_q == 4'd0) ? 8'd0 : l1_nz_s;
  wire [6:0] l1_f0_d;  // the next value of this window sum
  assign l1_f0_d = (l1_push && (l1_wpos == 3'd0)) ? l1_sum : (l1_pop ? l1_f1_q : l1_f0_q);
  reg [8:0] l1_lhs0_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l1_lhs0_q <= {2'd0, l1_f0_d} + {{1{l1_nz_d[7]}}, l1_nz_d};
  end
  wire [6:0] l1_f1_d;  // the next value of this window sum
  assign l1_f1_d = (l1_push && (l1_wpos == 3'd1)) ? l1_sum : (l1_pop ? l1_f2_q : l1_f1_q);
  reg [8:0] l1_lhs1_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l1_lhs1_q <= {2'd0, l1_f1_d} + {{1{l1_nz_d[7]}}, l1_nz_d};
  end
  wire [7:0] l1_dac;
  assign l1_dac = adc_dac_i[15:8];
  wire [7:0] l1_rhs;  // dac << k
  assign l1_rhs = l1_dac;
  wire [7:0] l1_mag0;
  assign l1_mag0 = l1_lhs0_q[7:0];
  wire l1_ge0;
  assign l1_ge0 = !l1_lhs0_q[8] && (l1_mag0 >= l1_rhs);
  wire [7:0] l1_mag1;
  assign l1_mag1 = l1_lhs1_q[7:0];
  wire l1_ge1;
  assign l1_ge1 = !l1_lhs1_q[8] && (l1_mag1 >= l1_rhs);
  wire l1_cmp;
  assign l1_cmp = (adc_col_i[9:5] == l1_hc_q) ? l1_ge0 : l1_ge1;
  assign adc_cmp_o = {l1_cmp, l0_cmp};
  wire inputs_unused;  // bits this configuration does not need
  assign inputs_unused = &{1'd0, k_q, k_c[3:1]};
endmodule
