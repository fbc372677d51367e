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
  genvar r;
  generate
    for (r = 0; r < 64; r = r + 1) begin : g_drive
      assign drive[r] = wl_en_i[r] ? dac_row_i[r] : 1'd0;
    end
  endgenerate
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
  // Lanes: lane a (ADC a) converts columns a*32 .. a*32+31
  localparam [31:0] LANE_C = {16'd15470, 16'd40503};  // lane a's LFSR constant in [16*a +: 16]
  genvar a, h, j;
  generate
    for (a = 0; a < 2; a = a + 1) begin : g_lane
      localparam [0:0] LANE = a;  // the lane's index, its ADC
      reg [4:0] cc_q;  // column read from block RAM this cycle
      reg run_q;  // more columns to read
      reg vld_q;  // the block RAM output is column wc_q
      reg [4:0] wc_q;
      wire [4:0] raddr;
      wire stall;  // the sum window is full: hold the adder tree's register and the block RAM output
      assign raddr = start ? 5'd0 : (stall ? wc_q : cc_q);
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          run_q <= 1'd0;
          vld_q <= 1'd0;
        end else if (start) begin
          run_q <= 1'd1;
          vld_q <= 1'd1;
        end else if (!stall) begin
          vld_q <= run_q;
          if (run_q && (cc_q == 5'd31)) begin
            run_q <= 1'd0;
          end
        end
      end
      always @(posedge clk_i) begin
        if (start) begin
          cc_q <= 5'd1;
          wc_q <= 5'd0;
        end else if (run_q && !stall) begin
          wc_q <= cc_q;
          cc_q <= cc_q + 5'd1;
        end
      end
      wire [63:0] rd;  // the column's cells from block RAM, row r in [r*1 +: 1]
      for (h = 0; h < 4; h = h + 1) begin : g_w
        localparam [1:0] CHUNK = h;  // the chunk's index, address field chunk
        reg [15:0] w_mem [0:31];  // the cells of rows h*16 .., one word per column
        reg [15:0] w_q;
        wire w_we;
        assign w_we = (w_we_i && (w_lane == LANE)) && (w_ch == CHUNK);
        always @(posedge clk_i) begin
          if (w_we) begin
            w_mem[w_g] <= w_data_i[15:0];
          end
          w_q <= w_mem[raddr];
        end
        assign rd[16 * h +: 16] = w_q;
      end
      wire [63:0] p;  // row products: row r's held drive times its cell level, in bit r
      for (r = 0; r < 64; r = r + 1) begin : g_prod
        assign p[r] = hdac_q[r] & rd[r];
      end
      reg sv_q;  // the partial sums are the next column's (hc_q + wn_q)
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          sv_q <= 1'd0;
        end else if (start) begin
          sv_q <= 1'd0;
        end else if (!stall) begin
          sv_q <= vld_q;
        end
      end
      wire [63:0] t1;  // adder tree level 1: node i, rows i*2 .., in [i*2 +: 2]
      for (j = 0; j < 32; j = j + 1) begin : g_t1
        assign t1[2 * j +: 2] = {1'd0, p[2 * j]} + {1'd0, p[(2 * j) + 1]};
      end
      wire [47:0] t2;  // adder tree level 2: node i, rows i*4 .., in [i*3 +: 3]
      for (j = 0; j < 16; j = j + 1) begin : g_t2
        assign t2[3 * j +: 3] = {1'd0, t1[4 * j +: 2]} + {1'd0, t1[(4 * j) + 2 +: 2]};
      end
      wire [31:0] t3;  // adder tree level 3: node i, rows i*8 .., in [i*4 +: 4]
      for (j = 0; j < 8; j = j + 1) begin : g_t3
        assign t3[4 * j +: 4] = {1'd0, t2[6 * j +: 3]} + {1'd0, t2[(6 * j) + 3 +: 3]};
      end
      reg [31:0] sp_q;  // partial sums of the column: tree level 3 registered
      always @(posedge clk_i) begin
        if (!stall) begin
          sp_q <= t3;
        end
      end
      wire [19:0] t4;  // adder tree level 4: node i, rows i*16 .., in [i*5 +: 5]
      for (j = 0; j < 4; j = j + 1) begin : g_t4
        assign t4[5 * j +: 5] = {1'd0, sp_q[8 * j +: 4]} + {1'd0, sp_q[(8 * j) + 4 +: 4]};
      end
      wire [11:0] t5;  // adder tree level 5: node i, rows i*32 .., in [i*6 +: 6]
      for (j = 0; j < 2; j = j + 1) begin : g_t5
        assign t5[6 * j +: 6] = {1'd0, t4[10 * j +: 5]} + {1'd0, t4[(10 * j) + 5 +: 5]};
      end
      wire [6:0] t6;  // adder tree level 6: the sum of every row
      assign t6 = {1'd0, t5[5:0]} + {1'd0, t5[11:6]};
      wire [6:0] sum;  // bit-line sum of column hc_q + wn_q (valid with sv_q)
      assign sum = t6;
      reg [4:0] hc_q;  // column of the window's first sum
      reg [2:0] wn_q;  // sums in the window
      reg [6:0] f0_q;
      reg [6:0] f1_q;
      reg [6:0] f2_q;
      reg [6:0] f3_q;
      wire pop;  // the ADC has moved on to the window's second column
      assign pop = adc_cmp_en_i[a] && (adc_col_i[5 * a +: 5] == (hc_q + 5'd1));
      wire space;
      assign space = (wn_q != 3'd4) || pop;
      assign stall = sv_q && !space;
      wire push;
      assign push = sv_q && space;
      wire [2:0] wpos;  // where the new sum goes
      assign wpos = pop ? (wn_q - 3'd1) : wn_q;
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          wn_q <= 3'd0;
        end else if (start) begin
          wn_q <= 3'd0;
        end else begin
          wn_q <= (wn_q - {2'd0, pop}) + {2'd0, push};
        end
      end
      always @(posedge clk_i) begin
        if (start) begin
          hc_q <= 5'd0;
        end else begin
          if (pop) begin
            hc_q <= hc_q + 5'd1;
          end
          if (push && (wpos == 3'd0)) begin
            f0_q <= sum;
          end else if (pop) begin
            f0_q <= f1_q;
          end
          if (push && (wpos == 3'd1)) begin
            f1_q <= sum;
          end else if (pop) begin
            f1_q <= f2_q;
          end
          if (push && (wpos == 3'd2)) begin
            f2_q <= sum;
          end else if (pop) begin
            f2_q <= f3_q;
          end
          if (push && (wpos == 3'd3)) begin
            f3_q <= sum;
          end else if (pop) begin
            f3_q <= f3_q;
          end
        end
      end
      // Comparator: sum + noise >= dac << k (noise from the LFSR state of the previous cycle)
      localparam [15:0] SEED_C = LANE_C[16 * a +: 16];  // the lane's constant c: seed s starts its LFSR at (s ^ c) | 1
      reg [15:0] lfsr_q;
      wire [15:0] nseed;  // the new seed as written
      assign nseed = (cfg_wdata_i ^ SEED_C) | 16'd1;
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          lfsr_q <= (16'd1 ^ SEED_C) | 16'd1;
        end else if (seed_we) begin
          lfsr_q <= nseed;
        end else begin
          lfsr_q <= {1'd0, lfsr_q[15:1]} ^ (lfsr_q[0] ? 16'd46080 : 16'd0);
        end
      end
      wire signed [7:0] nz_s;  // the LFSR's low byte, shifted down to m bits
      assign nz_s = $signed(lfsr_q[7:0]) >>> (4'd8 - nz_q);
      wire [7:0] nz_d;  // the next cycle's noise, two's complement (0 when m = 0)
      assign nz_d = (nz_q == 4'd0) ? 8'd0 : nz_s;
      wire [6:0] f0_d;  // the next value of this window sum
      assign f0_d = (push && (wpos == 3'd0)) ? sum : (pop ? f1_q : f0_q);
      reg [8:0] lhs0_q;  // sum + noise, two's complement
      always @(posedge clk_i) begin
        lhs0_q <= {2'd0, f0_d} + {{1{nz_d[7]}}, nz_d};
      end
      wire [6:0] f1_d;  // the next value of this window sum
      assign f1_d = (push && (wpos == 3'd1)) ? sum : (pop ? f2_q : f1_q);
      reg [8:0] lhs1_q;  // sum + noise, two's complement
      always @(posedge clk_i) begin
        lhs1_q <= {2'd0, f1_d} + {{1{nz_d[7]}}, nz_d};
      end
      wire [7:0] dac;
      assign dac = adc_dac_i[8 * a +: 8];
      wire [7:0] rhs;  // dac << k
      assign rhs = dac;
      wire [7:0] mag0;
      assign mag0 = lhs0_q[7:0];
      wire ge0;
      assign ge0 = !lhs0_q[8] && (mag0 >= rhs);
      wire [7:0] mag1;
      assign mag1 = lhs1_q[7:0];
      wire ge1;
      assign ge1 = !lhs1_q[8] && (mag1 >= rhs);
      wire cmp;
      assign cmp = (adc_col_i[5 * a +: 5] == hc_q) ? ge0 : ge1;
      assign adc_cmp_o[a] = cmp;
    end
  endgenerate
  wire inputs_unused;  // bits this configuration does not need
  assign inputs_unused = &{1'd0, k_q, k_c[3:1]};
endmodule
