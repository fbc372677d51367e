// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// module: cim_fpga_xbar_emu
// parameters: R=32 COLS=32 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=32 COLS=32 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
//   KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 -o DIR

module cim_fpga_xbar_emu (
  input  wire        clk_i,  // clock
  input  wire        rst_ni,  // reset, active low
  input  wire        cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i (REG_K, REG_NOISE, REG_SEED)
  input  wire [1:0]  cfg_addr_i,
  input  wire [15:0] cfg_wdata_i,
  input  wire        w_we_i,  // weight load: write one word of cell levels
  input  wire [5:0]  w_addr_i,  // {a, g, chunk}: column a*G+g, rows chunk*W_CHUNK_ROWS ..
  input  wire [15:0] w_data_i,  // W_CHUNK_ROWS cells, PR bits each, first row lowest
  input  wire [31:0] wl_en_i,  // word line enables
  input  wire [31:0] dac_row_i,  // row DAC codes, PD bits per row
  input  wire [7:0]  adc_col_i,  // per ADC: column under conversion (within its group)
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
  wire [31:0] drive;  // DAC codes of the driven rows (0 where the word line is off)
  genvar r;
  generate
    for (r = 0; r < 32; r = r + 1) begin : g_drive
      assign drive[r] = wl_en_i[r] ? dac_row_i[r] : 1'd0;
    end
  endgenerate
  reg [31:0] hdac_q;  // held drive
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
  wire [3:0] w_g;
  wire w_ch;
  assign w_ch = w_addr_i[0:0];
  assign w_g = w_addr_i[4:1];
  assign w_lane = w_addr_i[5:5];
  // Lane 0: columns 0 .. 15
  reg [3:0] l0_cc_q;  // column read from block RAM this cycle
  reg l0_run_q;  // more columns to read
  reg l0_vld_q;  // the block RAM output is column wc_q
  reg [3:0] l0_wc_q;
  wire [3:0] l0_raddr;
  wire l0_stall;  // the sum window is full: hold the adder tree's register and the block RAM output
  assign l0_raddr = start ? 4'd0 : (l0_stall ? l0_wc_q : l0_cc_q);
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l0_run_q <= 1'd0;
      l0_vld_q <= 1'd0;
    end else if (start) begin
      l0_run_q <= 1'd1;
      l0_vld_q <= 1'd1;
    end else if (!l0_stall) begin
      l0_vld_q <= l0_run_q;
      if (l0_run_q && (l0_cc_q == 4'd15)) begin
        l0_run_q <= 1'd0;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l0_cc_q <= 4'd1;
      l0_wc_q <= 4'd0;
    end else if (l0_run_q && !l0_stall) begin
      l0_wc_q <= l0_cc_q;
      l0_cc_q <= l0_cc_q + 4'd1;
    end
  end
  reg [15:0] l0_w0_mem [0:15];  // rows 0 ..
  reg [15:0] l0_w0_q;
  wire l0_w0_we;
  assign l0_w0_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 1'd0);
  always @(posedge clk_i) begin
    if (l0_w0_we) begin
      l0_w0_mem[w_g] <= w_data_i[15:0];
    end
    l0_w0_q <= l0_w0_mem[l0_raddr];
  end
  reg [15:0] l0_w1_mem [0:15];  // rows 16 ..
  reg [15:0] l0_w1_q;
  wire l0_w1_we;
  assign l0_w1_we = (w_we_i && (w_lane == 1'd0)) && (w_ch == 1'd1);
  always @(posedge clk_i) begin
    if (l0_w1_we) begin
      l0_w1_mem[w_g] <= w_data_i[15:0];
    end
    l0_w1_q <= l0_w1_mem[l0_raddr];
  end
  wire [31:0] l0_rd;  // the column's cells from block RAM, row r in [r*1 +: 1]
  assign l0_rd = {l0_w1_q, l0_w0_q};
  wire [31:0] l0_p;  // row products: row r's held drive times its cell level, in bit r
  generate
    for (r = 0; r < 32; r = r + 1) begin : g_l0_prod
      assign l0_p[r] = hdac_q[r] & l0_rd[r];
    end
  endgenerate
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
  wire [31:0] l0_t1;  // adder tree level 1: node i, rows i*2 .., in [i*2 +: 2]
  genvar j;
  generate
    for (j = 0; j < 16; j = j + 1) begin : g_l0_t1
      assign l0_t1[2 * j +: 2] = {1'd0, l0_p[2 * j]} + {1'd0, l0_p[(2 * j) + 1]};
    end
  endgenerate
  wire [23:0] l0_t2;  // adder tree level 2: node i, rows i*4 .., in [i*3 +: 3]
  generate
    for (j = 0; j < 8; j = j + 1) begin : g_l0_t2
      assign l0_t2[3 * j +: 3] = {1'd0, l0_t1[4 * j +: 2]} + {1'd0, l0_t1[(4 * j) + 2 +: 2]};
    end
  endgenerate
  wire [15:0] l0_t3;  // adder tree level 3: node i, rows i*8 .., in [i*4 +: 4]
  generate
    for (j = 0; j < 4; j = j + 1) begin : g_l0_t3
      assign l0_t3[4 * j +: 4] = {1'd0, l0_t2[6 * j +: 3]} + {1'd0, l0_t2[(6 * j) + 3 +: 3]};
    end
  endgenerate
  reg [15:0] l0_sp_q;  // partial sums of the column: tree level 3 registered
  always @(posedge clk_i) begin
    if (!l0_stall) begin
      l0_sp_q <= l0_t3;
    end
  end
  wire [9:0] l0_t4;  // adder tree level 4: node i, rows i*16 .., in [i*5 +: 5]
  generate
    for (j = 0; j < 2; j = j + 1) begin : g_l0_t4
      assign l0_t4[5 * j +: 5] = {1'd0, l0_sp_q[8 * j +: 4]} + {1'd0, l0_sp_q[(8 * j) + 4 +: 4]};
    end
  endgenerate
  wire [5:0] l0_t5;  // adder tree level 5: the sum of every row
  assign l0_t5 = {1'd0, l0_t4[4:0]} + {1'd0, l0_t4[9:5]};
  wire [5:0] l0_sum;  // bit-line sum of column hc_q + wn_q (valid with sv_q)
  assign l0_sum = l0_t5;
  reg [3:0] l0_hc_q;  // column of the window's first sum
  reg [2:0] l0_wn_q;  // sums in the window
  reg [5:0] l0_f0_q;
  reg [5:0] l0_f1_q;
  reg [5:0] l0_f2_q;
  reg [5:0] l0_f3_q;
  wire l0_pop;  // the ADC has moved on to the window's second column
  assign l0_pop = adc_cmp_en_i[0] && (adc_col_i[3:0] == (l0_hc_q + 4'd1));
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
      l0_hc_q <= 4'd0;
    end else begin
      if (l0_pop) begin
        l0_hc_q <= l0_hc_q + 4'd1;
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
  wire [5:0] l0_f0_d;  // the next value of this window sum
  assign l0_f0_d = (l0_push && (l0_wpos == 3'd0)) ? l0_sum : (l0_pop ? l0_f1_q : l0_f0_q);
  reg [8:0] l0_lhs0_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l0_lhs0_q <= {3'd0, l0_f0_d} + {{1{l0_nz_d[7]}}, l0_nz_d};
  end
  wire [5:0] l0_f1_d;  // the next value of this window sum
  assign l0_f1_d = (l0_push && (l0_wpos == 3'd1)) ? l0_sum : (l0_pop ? l0_f2_q : l0_f1_q);
  reg [8:0] l0_lhs1_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l0_lhs1_q <= {3'd0, l0_f1_d} + {{1{l0_nz_d[7]}}, l0_nz_d};
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
  assign l0_cmp = (adc_col_i[3:0] == l0_hc_q) ? l0_ge0 : l0_ge1;
  // Lane 1: columns 16 .. 31
  reg [3:0] l1_cc_q;  // column read from block RAM this cycle
  reg l1_run_q;  // more columns to read
  reg l1_vld_q;  // the block RAM output is column wc_q
  reg [3:0] l1_wc_q;
  wire [3:0] l1_raddr;
  wire l1_stall;  // the sum window is full: hold the adder tree's register and the block RAM output
  assign l1_raddr = start ? 4'd0 : (l1_stall ? l1_wc_q : l1_cc_q);
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      l1_run_q <= 1'd0;
      l1_vld_q <= 1'd0;
    end else if (start) begin
      l1_run_q <= 1'd1;
      l1_vld_q <= 1'd1;
    end else if (!l1_stall) begin
      l1_vld_q <= l1_run_q;
      if (l1_run_q && (l1_cc_q == 4'd15)) begin
        l1_run_q <= 1'd0;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      l1_cc_q <= 4'd1;
      l1_wc_q <= 4'd0;
    end else if (l1_run_q && !l1_stall) begin
      l1_wc_q <= l1_cc_q;
      l1_cc_q <= l1_cc_q + 4'd1;
    end
  end
  reg [15:0] l1_w0_mem [0:15];  // rows 0 ..
  reg [15:0] l1_w0_q;
  wire l1_w0_we;
  assign l1_w0_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 1'd0);
  always @(posedge clk_i) begin
    if (l1_w0_we) begin
      l1_w0_mem[w_g] <= w_data_i[15:0];
    end
    l1_w0_q <= l1_w0_mem[l1_raddr];
  end
  reg [15:0] l1_w1_mem [0:15];  // rows 16 ..
  reg [15:0] l1_w1_q;
  wire l1_w1_we;
  assign l1_w1_we = (w_we_i && (w_lane == 1'd1)) && (w_ch == 1'd1);
  always @(posedge clk_i) begin
    if (l1_w1_we) begin
      l1_w1_mem[w_g] <= w_data_i[15:0];
    end
    l1_w1_q <= l1_w1_mem[l1_raddr];
  end
  wire [31:0] l1_rd;  // the column's cells from block RAM, row r in [r*1 +: 1]
  assign l1_rd = {l1_w1_q, l1_w0_q};
  wire [31:0] l1_p;  // row products: row r's held drive times its cell level, in bit r
  generate
    for (r = 0; r < 32; r = r + 1) begin : g_l1_prod
      assign l1_p[r] = hdac_q[r] & l1_rd[r];
    end
  endgenerate
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
  wire [31:0] l1_t1;  // adder tree level 1: node i, rows i*2 .., in [i*2 +: 2]
  generate
    for (j = 0; j < 16; j = j + 1) begin : g_l1_t1
      assign l1_t1[2 * j +: 2] = {1'd0, l1_p[2 * j]} + {1'd0, l1_p[(2 * j) + 1]};
    end
  endgenerate
  wire [23:0] l1_t2;  // adder tree level 2: node i, rows i*4 .., in [i*3 +: 3]
  generate
    for (j = 0; j < 8; j = j + 1) begin : g_l1_t2
      assign l1_t2[3 * j +: 3] = {1'd0, l1_t1[4 * j +: 2]} + {1'd0, l1_t1[(4 * j) + 2 +: 2]};
    end
  endgenerate
  wire [15:0] l1_t3;  // adder tree level 3: node i, rows i*8 .., in [i*4 +: 4]
  generate
    for (j = 0; j < 4; j = j + 1) begin : g_l1_t3
      assign l1_t3[4 * j +: 4] = {1'd0, l1_t2[6 * j +: 3]} + {1'd0, l1_t2[(6 * j) + 3 +: 3]};
    end
  endgenerate
  reg [15:0] l1_sp_q;  // partial sums of the column: tree level 3 registered
  always @(posedge clk_i) begin
    if (!l1_stall) begin
      l1_sp_q <= l1_t3;
    end
  end
  wire [9:0] l1_t4;  // adder tree level 4: node i, rows i*16 .., in [i*5 +: 5]
  generate
    for (j = 0; j < 2; j = j + 1) begin : g_l1_t4
      assign l1_t4[5 * j +: 5] = {1'd0, l1_sp_q[8 * j +: 4]} + {1'd0, l1_sp_q[(8 * j) + 4 +: 4]};
    end
  endgenerate
  wire [5:0] l1_t5;  // adder tree level 5: the sum of every row
  assign l1_t5 = {1'd0, l1_t4[4:0]} + {1'd0, l1_t4[9:5]};
  wire [5:0] l1_sum;  // bit-line sum of column hc_q + wn_q (valid with sv_q)
  assign l1_sum = l1_t5;
  reg [3:0] l1_hc_q;  // column of the window's first sum
  reg [2:0] l1_wn_q;  // sums in the window
  reg [5:0] l1_f0_q;
  reg [5:0] l1_f1_q;
  reg [5:0] l1_f2_q;
  reg [5:0] l1_f3_q;
  wire l1_pop;  // the ADC has moved on to the window's second column
  assign l1_pop = adc_cmp_en_i[1] && (adc_col_i[7:4] == (l1_hc_q + 4'd1));
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
      l1_hc_q <= 4'd0;
    end else begin
      if (l1_pop) begin
        l1_hc_q <= l1_hc_q + 4'd1;
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
  wire [5:0] l1_f0_d;  // the next value of this window sum
  assign l1_f0_d = (l1_push && (l1_wpos == 3'd0)) ? l1_sum : (l1_pop ? l1_f1_q : l1_f0_q);
  reg [8:0] l1_lhs0_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l1_lhs0_q <= {3'd0, l1_f0_d} + {{1{l1_nz_d[7]}}, l1_nz_d};
  end
  wire [5:0] l1_f1_d;  // the next value of this window sum
  assign l1_f1_d = (l1_push && (l1_wpos == 3'd1)) ? l1_sum : (l1_pop ? l1_f2_q : l1_f1_q);
  reg [8:0] l1_lhs1_q;  // sum + noise, two's complement
  always @(posedge clk_i) begin
    l1_lhs1_q <= {3'd0, l1_f1_d} + {{1{l1_nz_d[7]}}, l1_nz_d};
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
  assign l1_cmp = (adc_col_i[7:4] == l1_hc_q) ? l1_ge0 : l1_ge1;
  assign adc_cmp_o = {l1_cmp, l0_cmp};
  wire inputs_unused;  // bits this configuration does not need
  assign inputs_unused = &{1'd0, k_q, k_c[3:1]};
endmodule
