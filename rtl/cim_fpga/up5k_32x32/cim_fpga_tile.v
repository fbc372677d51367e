// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// module: cim_fpga_tile
// parameters: R=32 COLS=32 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=32 COLS=32 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
//   KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 -o DIR

module cim_fpga_tile (
  input  wire        clk_i,  // clock
  input  wire        rst_ni,  // reset, active low
  input  wire        cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i
  input  wire [4:0]  cfg_addr_i,
  input  wire [15:0] cfg_wdata_i,
  input  wire        in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire        in_ready_o,
  input  wire [7:0]  in_data_i,  // x[r] in the low PI bits (two's complement if in_signed)
  output wire        out_valid_o,  // output stream: one neuron's dot product per beat
  input  wire        out_ready_i,
  output wire [25:0] out_data_o,  // y[c], two's complement
  output wire        out_last_o,  // last neuron of the vector
  output wire [31:0] wl_en_o,  // word line enables: row r at bit r (active rows, while driven)
  output wire [31:0] dac_row_o,  // row DAC codes: slice t of x[r] at bits [r*PD +: PD]
  output wire        sh_o,  // bit-line sample strobe: sample and hold at this edge
  output wire [7:0]  adc_col_o,  // ADC a's column within its group at bits [a*COLSEL_W +: COLSEL_W] (column a*G + it)
  output wire [15:0] adc_dac_o,  // ADC a's DAC code of this cycle's comparison at bits [a*N +: N]
  output wire [1:0]  adc_cmp_en_o,  // bit a: ADC a compares this cycle
  input  wire [1:0]  adc_cmp_i  // bit a: ADC a's comparator answer, v >= its DAC code, in the same cycle
);
  // Configuration registers (see the register map in the README and cim_tile.h)
  // Analog macro
  // Configuration registers (as written) and their clamped values
  reg [3:0] cfg_pi_q;
  reg cfg_signed_q;
  reg [3:0] cfg_pw_q;
  reg [3:0] cfg_k_q;
  reg [13:0] cfg_set_q;  // the layer's TRQ setting
  reg [15:0] cfg_rows_q;
  reg [15:0] cfg_neurons_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cfg_pi_q <= 4'd8;
      cfg_signed_q <= 1'd0;
      cfg_pw_q <= 4'd8;
      cfg_k_q <= 4'd0;
      cfg_set_q <= 14'd0;
      cfg_rows_q <= 16'd32;
      cfg_neurons_q <= 16'd4;
    end else if (cfg_we_i) begin
      case (cfg_addr_i)
        5'd0: begin
          cfg_pi_q <= cfg_wdata_i[3:0];
          cfg_signed_q <= cfg_wdata_i[4];
          cfg_pw_q <= cfg_wdata_i[11:8];
        end
        5'd1: begin
          cfg_k_q <= cfg_wdata_i[3:0];
          cfg_set_q[13:12] <= {cfg_wdata_i[5], cfg_wdata_i[4]};
        end
        5'd2: begin
          cfg_set_q[11:0] <= cfg_wdata_i[11:0];
        end
        5'd3: begin
          cfg_rows_q <= cfg_wdata_i;
        end
        5'd4: begin
          cfg_neurons_q <= cfg_wdata_i;
        end
        default: begin
        end
      endcase
    end
  end
  wire [3:0] c_pi;
  wire [3:0] c_pw;
  wire [3:0] c_k;
  wire [5:0] c_rows;
  wire [5:0] c_neurons;
  wire [3:0] c_j;
  wire [5:0] c_nmax;  // neurons that fit at c_pw
  assign c_pi = (cfg_pi_q < 4'd1) ? 4'd1 : ((cfg_pi_q > 4'd8) ? 4'd8 : cfg_pi_q);
  assign c_pw = (cfg_pw_q < 4'd1) ? 4'd1 : ((cfg_pw_q > 4'd8) ? 4'd8 : cfg_pw_q);
  assign c_k = (cfg_k_q > 4'd0) ? 4'd0 : cfg_k_q;
  wire [15:0] c_rows16;
  assign c_rows16 = (cfg_rows_q < 16'd1) ? 16'd1 : ((cfg_rows_q > 16'd32) ? 16'd32 : cfg_rows_q);
  assign c_rows = c_rows16[5:0];
  assign c_j = (c_pw == 4'd1) ? 4'd1 : ((c_pw == 4'd2) ? 4'd2 :
      ((c_pw == 4'd3) ? 4'd3 : ((c_pw == 4'd4) ? 4'd4 : ((c_pw == 4'd5) ? 4'd5 :
      ((c_pw == 4'd6) ? 4'd6 : ((c_pw == 4'd7) ? 4'd7 : 4'd8))))));
  assign c_nmax = (c_pw == 4'd1) ? 6'd32 : ((c_pw == 4'd2) ? 6'd16 :
      ((c_pw == 4'd3) ? 6'd10 : ((c_pw == 4'd4) ? 6'd8 : ((c_pw == 4'd5) ? 6'd6 :
      ((c_pw == 4'd6) ? 6'd5 : ((c_pw == 4'd7) ? 6'd4 : 6'd4))))));
  assign c_neurons = (cfg_neurons_q == 16'd0) ? 6'd1 : ((cfg_neurons_q > {10'd0, c_nmax}) ? c_nmax :
      cfg_neurons_q[5:0]);
  reg [5:0] p1_neurons_q;  // c_neurons, registered
  reg [3:0] p1_j_q;  // c_j, registered
  reg [5:0] p1_rows_q;  // c_rows, registered
  reg [1:0] cfg_wait_q;  // cycles until the derived settings have settled
  wire [5:0] c_ncols;  // active columns
  wire [10:0] c_ncols_full;
  assign c_ncols_full = ({5'd0, p1_neurons_q} * {7'd0, p1_j_q}) * 11'd1;
  assign c_ncols = c_ncols_full[5:0];
  wire [4:0] c_ncols0;  // active columns of ADC 0
  wire [6:0] c_nrest0;
  assign c_nrest0 = {1'd0, c_ncols} - 7'd0;
  assign c_ncols0 = ({1'd0, c_ncols} <= 7'd0) ? 5'd0 : (({1'd0, c_ncols} >= 7'd16) ? 5'd16 : c_nrest0[4:0]);
  wire [4:0] c_ncols1;  // active columns of ADC 1
  wire [6:0] c_nrest1;
  assign c_nrest1 = {1'd0, c_ncols} - 7'd16;
  assign c_ncols1 = ({1'd0, c_ncols} <= 7'd16) ? 5'd0 : (({1'd0, c_ncols} >= 7'd32) ? 5'd16 : c_nrest1[4:0]);
  reg [4:0] p2_ncols0_q;  // active columns of ADC 0, registered
  reg [4:0] p2_ncols1_q;  // active columns of ADC 1, registered
  always @(posedge clk_i) begin
    p1_neurons_q <= c_neurons;
    p1_j_q <= c_j;
    p1_rows_q <= c_rows;
    p2_ncols0_q <= c_ncols0;
    p2_ncols1_q <= c_ncols1;
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cfg_wait_q <= 2'd2;
    end else if (cfg_we_i) begin
      cfg_wait_q <= 2'd2;
    end else if (cfg_wait_q != 2'd0) begin
      cfg_wait_q <= cfg_wait_q - 2'd1;
    end
  end

  // Input double buffer: bank f fills while bank c is converted; each bank keeps its vector's settings
  reg b0_full_q;  // holds a complete vector
  reg [31:0] b0_on_q;  // rows of the vector (its word lines)
  reg b0_fmask_q;  // DAC bit mask of the vector's first slice
  reg [4:0] b0_fwidth_q;  // its width
  reg [4:0] b0_ncols0_q;  // active columns of ADC 0
  reg [4:0] b0_ncols1_q;  // active columns of ADC 1
  reg [3:0] b0_pi_q;
  reg b0_signed_q;
  reg [3:0] b0_k_q;
  reg [13:0] b0_set_q;
  reg [5:0] b0_rows_q;
  reg [5:0] b0_neurons_q;
  reg [3:0] b0_j_q;
  reg [7:0] b0_x0_q;
  reg [7:0] b0_x1_q;
  reg [7:0] b0_x2_q;
  reg [7:0] b0_x3_q;
  reg [7:0] b0_x4_q;
  reg [7:0] b0_x5_q;
  reg [7:0] b0_x6_q;
  reg [7:0] b0_x7_q;
  reg [7:0] b0_x8_q;
  reg [7:0] b0_x9_q;
  reg [7:0] b0_x10_q;
  reg [7:0] b0_x11_q;
  reg [7:0] b0_x12_q;
  reg [7:0] b0_x13_q;
  reg [7:0] b0_x14_q;
  reg [7:0] b0_x15_q;
  reg [7:0] b0_x16_q;
  reg [7:0] b0_x17_q;
  reg [7:0] b0_x18_q;
  reg [7:0] b0_x19_q;
  reg [7:0] b0_x20_q;
  reg [7:0] b0_x21_q;
  reg [7:0] b0_x22_q;
  reg [7:0] b0_x23_q;
  reg [7:0] b0_x24_q;
  reg [7:0] b0_x25_q;
  reg [7:0] b0_x26_q;
  reg [7:0] b0_x27_q;
  reg [7:0] b0_x28_q;
  reg [7:0] b0_x29_q;
  reg [7:0] b0_x30_q;
  reg [7:0] b0_x31_q;
  reg b1_full_q;  // holds a complete vector
  reg [31:0] b1_on_q;  // rows of the vector (its word lines)
  reg b1_fmask_q;  // DAC bit mask of the vector's first slice
  reg [4:0] b1_fwidth_q;  // its width
  reg [4:0] b1_ncols0_q;  // active columns of ADC 0
  reg [4:0] b1_ncols1_q;  // active columns of ADC 1
  reg [3:0] b1_pi_q;
  reg b1_signed_q;
  reg [3:0] b1_k_q;
  reg [13:0] b1_set_q;
  reg [5:0] b1_rows_q;
  reg [5:0] b1_neurons_q;
  reg [3:0] b1_j_q;
  reg [7:0] b1_x0_q;
  reg [7:0] b1_x1_q;
  reg [7:0] b1_x2_q;
  reg [7:0] b1_x3_q;
  reg [7:0] b1_x4_q;
  reg [7:0] b1_x5_q;
  reg [7:0] b1_x6_q;
  reg [7:0] b1_x7_q;
  reg [7:0] b1_x8_q;
  reg [7:0] b1_x9_q;
  reg [7:0] b1_x10_q;
  reg [7:0] b1_x11_q;
  reg [7:0] b1_x12_q;
  reg [7:0] b1_x13_q;
  reg [7:0] b1_x14_q;
  reg [7:0] b1_x15_q;
  reg [7:0] b1_x16_q;
  reg [7:0] b1_x17_q;
  reg [7:0] b1_x18_q;
  reg [7:0] b1_x19_q;
  reg [7:0] b1_x20_q;
  reg [7:0] b1_x21_q;
  reg [7:0] b1_x22_q;
  reg [7:0] b1_x23_q;
  reg [7:0] b1_x24_q;
  reg [7:0] b1_x25_q;
  reg [7:0] b1_x26_q;
  reg [7:0] b1_x27_q;
  reg [7:0] b1_x28_q;
  reg [7:0] b1_x29_q;
  reg [7:0] b1_x30_q;
  reg [7:0] b1_x31_q;
  reg fbank_q;  // bank being filled
  reg [5:0] fcnt_q;  // elements of the vector taken so far
  wire in_take;  // an input element is taken at this edge
  wire f_first;  // this element is its vector's first: settings are sampled
  wire [5:0] f_rows;  // active rows of the vector being filled
  assign in_ready_o = !(fbank_q ? b1_full_q : b0_full_q) && (cfg_wait_q == 2'd0);
  assign in_take = in_valid_i && in_ready_o;
  assign f_first = fcnt_q == 6'd0;
  assign f_rows = f_first ? p1_rows_q : (fbank_q ? b1_rows_q : b0_rows_q);
  reg cbank_q;  // bank being converted
  localparam [2:0] StIdle = 3'd0;  // no vector to convert
  localparam [2:0] StSettle = 3'd1;  // row drive on, SETTLE cycles before the sample
  localparam [2:0] StSample = 3'd2;  // sample and hold the column outputs
  localparam [2:0] StConv = 3'd3;  // the ADC lanes convert the slice's columns
  localparam [2:0] StClose = 3'd5;  // the vector closes when the output buffer is free
  reg [2:0] state_q;  // compute sequencer
  reg [2:0] state_d;  // next state
  reg [1:0] settle_q;  // settle cycles left
  reg [2:0] bt_q;  // b_t: first input bit of the slice
  reg sign_slice_q;  // the slice is the sign bit of signed inputs
  reg [2:0] bt_d_q;  // b_t of the previous cycle (results arrive one cycle late)
  reg sign_slice_d_q;
  reg first_slice_q;  // the slice is the vector's first (its results start the column sums)
  reg first_slice_d_q;
  wire [3:0] v_pi;
  wire v_signed;
  wire [3:0] v_k;
  assign v_pi = cbank_q ? b1_pi_q : b0_pi_q;
  assign v_signed = cbank_q ? b1_signed_q : b0_signed_q;
  assign v_k = cbank_q ? b1_k_q : b0_k_q;
  wire last_slice;
  wire [2:0] next_bt;
  wire next_sign;
  reg last_slice_q;  // the slice is the vector's last
  reg [2:0] next_bt_q;  // b_t of the next slice
  reg next_sign_q;  // the next slice is the sign slice
  assign last_slice = sign_slice_q || (!v_signed && (({2'd0, bt_q} + 5'd1) >= {1'd0, v_pi}));
  assign next_sign = v_signed && (({2'd0, bt_q} + 5'd1) >= ({1'd0, v_pi} - 5'd1));
  wire [4:0] step_bt;
  assign step_bt = {2'd0, bt_q} + 5'd1;
  wire [3:0] sign_bt;
  assign sign_bt = v_pi - 4'd1;
  assign next_bt = next_sign ? sign_bt[2:0] : step_bt[2:0];
  assign sh_o = state_q == StSample;
  reg [31:0] dac_q;  // row DAC codes of the slice being driven
  reg [31:0] wl_q;  // word lines of the active rows while driven
  assign dac_row_o = dac_q;
  assign wl_en_o = wl_q;

  // ADC lanes: each converts the active columns of its group back to back
  wire [13:0] v_set;
  assign v_set = cbank_q ? b1_set_q : b0_set_q;
  wire a0_ready;
  wire a0_cmp_en;
  wire a0_valid;
  wire [7:0] a0_code_unused;
  wire [7:0] a0_q;
  wire [7:0] a0_dac;
  wire a0_start;
  wire [4:0] a0_ncols;  // active columns of this ADC
  reg [4:0] a0_issued_q;  // conversions started in this slice
  reg [3:0] a0_col_q;  // column under conversion
  reg [3:0] a0_res_q;  // column of the next result
  assign a0_ncols = cbank_q ? b1_ncols0_q : b0_ncols0_q;
  assign a0_start = ((state_q == StSample) || (state_q == StConv)) && (a0_issued_q < a0_ncols);
  wire a0_flag_unused;  // q_o carries the reconstruction
  wire [3:0] a0_ncmp_unused;
  cim_fpga_tile_trq_sar a0_adc (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .trq_en_i(v_set[12]),
    .msb_first_i(v_set[13]),
    .bexp_i(v_set[3:0]),
    .s1_i(v_set[7:4]),
    .s2_i(v_set[11:8]),
    .start_i(a0_start),
    .ready_o(a0_ready),
    .dac_o(a0_dac),
    .cmp_en_o(a0_cmp_en),
    .cmp_i(adc_cmp_i[0]),
    .valid_o(a0_valid),
    .flag_o(a0_flag_unused),
    .code_o(a0_code_unused),
    .q_o(a0_q),
    .ncmp_o(a0_ncmp_unused)
  );
  wire a1_ready;
  wire a1_cmp_en;
  wire a1_valid;
  wire [7:0] a1_code_unused;
  wire [7:0] a1_q;
  wire [7:0] a1_dac;
  wire a1_start;
  wire [4:0] a1_ncols;  // active columns of this ADC
  reg [4:0] a1_issued_q;  // conversions started in this slice
  reg [3:0] a1_col_q;  // column under conversion
  reg [3:0] a1_res_q;  // column of the next result
  assign a1_ncols = cbank_q ? b1_ncols1_q : b0_ncols1_q;
  assign a1_start = ((state_q == StSample) || (state_q == StConv)) && (a1_issued_q < a1_ncols);
  wire a1_flag_unused;  // q_o carries the reconstruction
  wire [3:0] a1_ncmp_unused;
  cim_fpga_tile_trq_sar a1_adc (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .trq_en_i(v_set[12]),
    .msb_first_i(v_set[13]),
    .bexp_i(v_set[3:0]),
    .s1_i(v_set[7:4]),
    .s2_i(v_set[11:8]),
    .start_i(a1_start),
    .ready_o(a1_ready),
    .dac_o(a1_dac),
    .cmp_en_o(a1_cmp_en),
    .cmp_i(adc_cmp_i[1]),
    .valid_o(a1_valid),
    .flag_o(a1_flag_unused),
    .code_o(a1_code_unused),
    .q_o(a1_q),
    .ncmp_o(a1_ncmp_unused)
  );
  assign adc_col_o = {a1_col_q, a0_col_q};
  assign adc_dac_o = {a1_dac, a0_dac};
  assign adc_cmp_en_o = {a1_cmp_en, a0_cmp_en};
  wire lanes_done;  // every ADC has made its slice's last comparison by this edge
  assign lanes_done = (((1'd1 && (a0_issued_q == a0_ncols)) && (!a0_cmp_en || a0_ready)) && (a1_issued_q == a1_ncols))
      && (!a1_cmp_en || a1_ready);

  // Column sums: sgn(t) * rec << b_t per conversion, rec = (q << k) + (step = 1 and k > 0 ? 2^(k-1) : 0)
  reg hsel_q;  // the column-sum half the vector under conversion accumulates into
  reg ob_full_q;  // the other half holds a vector not yet fully sent
  reg [3:0] o_g_q;  // next column to combine: column o_g of ADC o_lane
  reg o_lane_q;
  wire o_step;  // a column is combined this cycle
  wire v_close;  // the vector closes at this edge: the halves swap
  wire [3:0] o_g_next;  // the combine's column in the next cycle
  assign o_g_next = v_close ? 4'd0 : (o_step ? ((o_g_q == 4'd15) ? 4'd0 : (o_g_q + 4'd1)) : o_g_q);
  wire [8:0] a0_rec;
  assign a0_rec = ({1'd0, a0_q} << v_k) + 9'd0;
  wire [16:0] a0_mag;  // magnitude of this cycle's result's contribution, rec << b_t
  assign a0_mag = {8'd0, a0_rec} << bt_d_q;
  wire [17:0] a0_addend;  // {sign ? ~mag : mag, sign}
  assign a0_addend = {a0_mag ^ {17{sign_slice_d_q}}, sign_slice_d_q};
  wire [3:0] a0_res_next;  // column of the lane's result in the next cycle
  assign a0_res_next = (state_q == StSample) ? 4'd0 : (a0_valid ? (a0_res_q + 4'd1) : a0_res_q);
  reg [16:0] a0_h0_mem [0:15];  // column sums of ADC 0, half 0
  reg [16:0] a0_h0_rd_q;
  wire a0_h0_acc;  // this half accumulates
  assign a0_h0_acc = (hsel_q == 1'd0) && !v_close;
  wire [3:0] a0_h0_raddr;
  assign a0_h0_raddr = a0_h0_acc ? a0_res_next : o_g_next;
  wire a0_h0_we;
  assign a0_h0_we = a0_valid && (hsel_q == 1'd0);
  wire [17:0] a0_h0_wsum;  // {the result's column sum (the first slice starts it), -}
  assign a0_h0_wsum = {first_slice_d_q ? 17'd0 : a0_h0_rd_q, 1'd1} + a0_addend;
  wire [16:0] a0_h0_wdata;
  assign a0_h0_wdata = a0_h0_wsum[17:1];
  always @(posedge clk_i) begin
    if (a0_h0_we) begin
      a0_h0_mem[a0_res_q] <= a0_h0_wdata;
    end
    a0_h0_rd_q <= a0_h0_mem[a0_h0_raddr];
  end
  reg [16:0] a0_h1_mem [0:15];  // column sums of ADC 0, half 1
  reg [16:0] a0_h1_rd_q;
  wire a0_h1_acc;  // this half accumulates
  assign a0_h1_acc = (hsel_q == 1'd1) && !v_close;
  wire [3:0] a0_h1_raddr;
  assign a0_h1_raddr = a0_h1_acc ? a0_res_next : o_g_next;
  wire a0_h1_we;
  assign a0_h1_we = a0_valid && (hsel_q == 1'd1);
  wire [17:0] a0_h1_wsum;  // {the result's column sum (the first slice starts it), -}
  assign a0_h1_wsum = {first_slice_d_q ? 17'd0 : a0_h1_rd_q, 1'd1} + a0_addend;
  wire [16:0] a0_h1_wdata;
  assign a0_h1_wdata = a0_h1_wsum[17:1];
  always @(posedge clk_i) begin
    if (a0_h1_we) begin
      a0_h1_mem[a0_res_q] <= a0_h1_wdata;
    end
    a0_h1_rd_q <= a0_h1_mem[a0_h1_raddr];
  end
  wire [16:0] a0_comb;  // this ADC's column o_g of the closed vector
  assign a0_comb = hsel_q ? a0_h0_rd_q : a0_h1_rd_q;
  wire [8:0] a1_rec;
  assign a1_rec = ({1'd0, a1_q} << v_k) + 9'd0;
  wire [16:0] a1_mag;  // magnitude of this cycle's result's contribution, rec << b_t
  assign a1_mag = {8'd0, a1_rec} << bt_d_q;
  wire [17:0] a1_addend;  // {sign ? ~mag : mag, sign}
  assign a1_addend = {a1_mag ^ {17{sign_slice_d_q}}, sign_slice_d_q};
  wire [3:0] a1_res_next;  // column of the lane's result in the next cycle
  assign a1_res_next = (state_q == StSample) ? 4'd0 : (a1_valid ? (a1_res_q + 4'd1) : a1_res_q);
  reg [16:0] a1_h0_mem [0:15];  // column sums of ADC 1, half 0
  reg [16:0] a1_h0_rd_q;
  wire a1_h0_acc;  // this half accumulates
  assign a1_h0_acc = (hsel_q == 1'd0) && !v_close;
  wire [3:0] a1_h0_raddr;
  assign a1_h0_raddr = a1_h0_acc ? a1_res_next : o_g_next;
  wire a1_h0_we;
  assign a1_h0_we = a1_valid && (hsel_q == 1'd0);
  wire [17:0] a1_h0_wsum;  // {the result's column sum (the first slice starts it), -}
  assign a1_h0_wsum = {first_slice_d_q ? 17'd0 : a1_h0_rd_q, 1'd1} + a1_addend;
  wire [16:0] a1_h0_wdata;
  assign a1_h0_wdata = a1_h0_wsum[17:1];
  always @(posedge clk_i) begin
    if (a1_h0_we) begin
      a1_h0_mem[a1_res_q] <= a1_h0_wdata;
    end
    a1_h0_rd_q <= a1_h0_mem[a1_h0_raddr];
  end
  reg [16:0] a1_h1_mem [0:15];  // column sums of ADC 1, half 1
  reg [16:0] a1_h1_rd_q;
  wire a1_h1_acc;  // this half accumulates
  assign a1_h1_acc = (hsel_q == 1'd1) && !v_close;
  wire [3:0] a1_h1_raddr;
  assign a1_h1_raddr = a1_h1_acc ? a1_res_next : o_g_next;
  wire a1_h1_we;
  assign a1_h1_we = a1_valid && (hsel_q == 1'd1);
  wire [17:0] a1_h1_wsum;  // {the result's column sum (the first slice starts it), -}
  assign a1_h1_wsum = {first_slice_d_q ? 17'd0 : a1_h1_rd_q, 1'd1} + a1_addend;
  wire [16:0] a1_h1_wdata;
  assign a1_h1_wdata = a1_h1_wsum[17:1];
  always @(posedge clk_i) begin
    if (a1_h1_we) begin
      a1_h1_mem[a1_res_q] <= a1_h1_wdata;
    end
    a1_h1_rd_q <= a1_h1_mem[a1_h1_raddr];
  end
  wire [16:0] a1_comb;  // this ADC's column o_g of the closed vector
  assign a1_comb = hsel_q ? a1_h0_rd_q : a1_h1_rd_q;

  // Combine: the closed vector's column sums per neuron while the next vector runs
  reg [5:0] o_neurons_q;
  reg [3:0] o_j_q;
  reg [3:0] o_jj_q;  // weight column j of the next column
  reg [5:0] o_n_q;  // neuron being combined
  reg [25:0] o_acc_q;
  reg o_valid_q;
  reg [25:0] o_data_q;
  reg o_last_q;
  assign out_valid_o = o_valid_q;
  assign out_data_o = o_data_q;
  assign out_last_o = o_last_q;
  reg [16:0] o_rd;  // the closed vector's column o_g of ADC o_lane
  always @(*) begin
    case (o_lane_q)
      1'd1: begin
        o_rd = a1_comb;
      end
      default: begin
        o_rd = a0_comb;
      end
    endcase
  end
  wire [25:0] o_term;  // (-1)^set * column << j*PR
  assign o_term = {{9{o_rd[16]}}, o_rd} << ({2'd0, o_jj_q} * 6'd1);
  wire o_col_last;  // it is the neuron's last column
  wire [25:0] o_y;  // the neuron's result when o_col_last
  assign o_step = (ob_full_q && (o_n_q != o_neurons_q)) && (!o_valid_q || out_ready_i);
  assign o_col_last = (o_jj_q == (o_j_q - 4'd1)) && 1'd1;
  assign o_y = o_acc_q + o_term;
  assign v_close = (state_q == StClose) && !ob_full_q;
  wire other_full;  // the other bank holds the next vector
  assign other_full = cbank_q ? b0_full_q : b1_full_q;
  wire start_idle;  // a vector starts from IDLE at this edge
  wire start_close;  // the next vector starts as this one closes
  assign start_idle = (state_q == StIdle) && (cbank_q ? b1_full_q : b0_full_q);
  assign start_close = v_close && other_full;
  reg conv_done_q;  // the slice's last comparison was at the last edge
  wire ld_next;  // the next slice of this vector starts
  assign ld_next = ((state_q == StConv) && conv_done_q) && !last_slice_q;
  wire drive_ld;  // a slice starts: load the row drive
  assign drive_ld = (start_idle || start_close) || ld_next;
  wire d_bank;
  wire [2:0] d_bt;
  wire d_sign;
  wire [3:0] d_pi;
  wire d_signed;
  assign d_bank = start_close ? !cbank_q : cbank_q;
  assign d_bt = ld_next ? next_bt_q : 3'd0;
  assign d_pi = d_bank ? b1_pi_q : b0_pi_q;
  assign d_signed = d_bank ? b1_signed_q : b0_signed_q;
  assign d_sign = ld_next ? next_sign_q : (d_signed && (d_pi == 4'd1));
  wire [4:0] n_lim;  // bits of x below the sign bit (signed) or PI
  assign n_lim = v_signed ? ({1'd0, v_pi} - 5'd1) : {1'd0, v_pi};
  wire [4:0] n_width;  // bits in the slice
  assign n_width = next_sign_q ? 5'd1 : ((({2'd0, next_bt_q} + 5'd1) > n_lim) ? (n_lim - {2'd0, next_bt_q}) : 5'd1);
  wire n_mask;  // bits of the slice
  wire [1:0] n_mask_full;
  assign n_mask_full = (2'd1 << n_width) - 2'd1;
  assign n_mask = n_mask_full[0:0];
  wire [4:0] c_lim;  // bits of x below the sign bit (signed) or PI
  assign c_lim = cfg_signed_q ? ({1'd0, c_pi} - 5'd1) : {1'd0, c_pi};
  wire [4:0] c_width;  // bits in the slice
  assign c_width = (cfg_signed_q && (c_pi == 4'd1)) ? 5'd1 :
      ((({2'd0, 3'd0} + 5'd1) > c_lim) ? (c_lim - {2'd0, 3'd0}) : 5'd1);
  wire c_mask;  // bits of the slice
  wire [1:0] c_mask_full;
  assign c_mask_full = (2'd1 << c_width) - 2'd1;
  assign c_mask = c_mask_full[0:0];
  reg p1_fmask_q;  // the first slice's mask under the registers, registered
  reg [4:0] p1_fwidth_q;  // its width
  always @(posedge clk_i) begin
    p1_fmask_q <= c_mask;
    p1_fwidth_q <= c_width;
  end
  reg next_mask_q;  // the next slice's DAC bit mask
  reg [4:0] next_width_q;  // its width
  always @(posedge clk_i) begin
    last_slice_q <= last_slice;
    next_bt_q <= next_bt;
    next_sign_q <= next_sign;
    next_mask_q <= n_mask;
    next_width_q <= n_width;
  end
  wire d_mask;  // bits of the slice that starts
  wire [4:0] d_width;  // its width
  assign d_mask = ld_next ? next_mask_q : (d_bank ? b1_fmask_q : b0_fmask_q);
  assign d_width = ld_next ? next_width_q : (d_bank ? b1_fwidth_q : b0_fwidth_q);
  reg shift_q;  // the banks shift: a slice started at the last edge
  reg shift_bank_q;
  reg [4:0] shift_width_q;
  always @(*) begin
    state_d = state_q;
    case (state_q)
      StIdle: begin
        if (start_idle) begin
          state_d = StSettle;
        end
      end
      StSettle: begin
        if (settle_q == 2'd0) begin
          state_d = StSample;
        end
      end
      StSample: begin
        state_d = StConv;
      end
      StConv: begin
        if (conv_done_q && last_slice_q) begin
          state_d = StClose;
        end else if (conv_done_q) begin
          state_d = StSettle;
        end
      end
      StClose: begin
        if (start_close) begin
          state_d = StSettle;
        end else if (v_close) begin
          state_d = StIdle;
        end
      end
      default: begin
        state_d = StIdle;
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
    end else begin
      state_q <= state_d;
    end
  end
  // Row drive: loaded with slice t of each active row as a slice starts, off from the sample on
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      dac_q <= 32'd0;
      wl_q <= 32'd0;
      shift_q <= 1'd0;
      conv_done_q <= 1'd0;
    end else begin
      shift_q <= drive_ld;
      conv_done_q <= ((state_q == StConv) && lanes_done) && !conv_done_q;
      if (drive_ld) begin
        wl_q[0] <= d_bank ? b1_on_q[0] : b0_on_q[0];
        dac_q[0] <= ((d_bank ? b1_on_q[0] : b0_on_q[0]) && d_mask) && (d_bank ? b1_x0_q[0] : b0_x0_q[0]);
        wl_q[1] <= d_bank ? b1_on_q[1] : b0_on_q[1];
        dac_q[1] <= ((d_bank ? b1_on_q[1] : b0_on_q[1]) && d_mask) && (d_bank ? b1_x1_q[0] : b0_x1_q[0]);
        wl_q[2] <= d_bank ? b1_on_q[2] : b0_on_q[2];
        dac_q[2] <= ((d_bank ? b1_on_q[2] : b0_on_q[2]) && d_mask) && (d_bank ? b1_x2_q[0] : b0_x2_q[0]);
        wl_q[3] <= d_bank ? b1_on_q[3] : b0_on_q[3];
        dac_q[3] <= ((d_bank ? b1_on_q[3] : b0_on_q[3]) && d_mask) && (d_bank ? b1_x3_q[0] : b0_x3_q[0]);
        wl_q[4] <= d_bank ? b1_on_q[4] : b0_on_q[4];
        dac_q[4] <= ((d_bank ? b1_on_q[4] : b0_on_q[4]) && d_mask) && (d_bank ? b1_x4_q[0] : b0_x4_q[0]);
        wl_q[5] <= d_bank ? b1_on_q[5] : b0_on_q[5];
        dac_q[5] <= ((d_bank ? b1_on_q[5] : b0_on_q[5]) && d_mask) && (d_bank ? b1_x5_q[0] : b0_x5_q[0]);
        wl_q[6] <= d_bank ? b1_on_q[6] : b0_on_q[6];
        dac_q[6] <= ((d_bank ? b1_on_q[6] : b0_on_q[6]) && d_mask) && (d_bank ? b1_x6_q[0] : b0_x6_q[0]);
        wl_q[7] <= d_bank ? b1_on_q[7] : b0_on_q[7];
        dac_q[7] <= ((d_bank ? b1_on_q[7] : b0_on_q[7]) && d_mask) && (d_bank ? b1_x7_q[0] : b0_x7_q[0]);
        wl_q[8] <= d_bank ? b1_on_q[8] : b0_on_q[8];
        dac_q[8] <= ((d_bank ? b1_on_q[8] : b0_on_q[8]) && d_mask) && (d_bank ? b1_x8_q[0] : b0_x8_q[0]);
        wl_q[9] <= d_bank ? b1_on_q[9] : b0_on_q[9];
        dac_q[9] <= ((d_bank ? b1_on_q[9] : b0_on_q[9]) && d_mask) && (d_bank ? b1_x9_q[0] : b0_x9_q[0]);
        wl_q[10] <= d_bank ? b1_on_q[10] : b0_on_q[10];
        dac_q[10] <= ((d_bank ? b1_on_q[10] : b0_on_q[10]) && d_mask) && (d_bank ? b1_x10_q[0] : b0_x10_q[0]);
        wl_q[11] <= d_bank ? b1_on_q[11] : b0_on_q[11];
        dac_q[11] <= ((d_bank ? b1_on_q[11] : b0_on_q[11]) && d_mask) && (d_bank ? b1_x11_q[0] : b0_x11_q[0]);
        wl_q[12] <= d_bank ? b1_on_q[12] : b0_on_q[12];
        dac_q[12] <= ((d_bank ? b1_on_q[12] : b0_on_q[12]) && d_mask) && (d_bank ? b1_x12_q[0] : b0_x12_q[0]);
        wl_q[13] <= d_bank ? b1_on_q[13] : b0_on_q[13];
        dac_q[13] <= ((d_bank ? b1_on_q[13] : b0_on_q[13]) && d_mask) && (d_bank ? b1_x13_q[0] : b0_x13_q[0]);
        wl_q[14] <= d_bank ? b1_on_q[14] : b0_on_q[14];
        dac_q[14] <= ((d_bank ? b1_on_q[14] : b0_on_q[14]) && d_mask) && (d_bank ? b1_x14_q[0] : b0_x14_q[0]);
        wl_q[15] <= d_bank ? b1_on_q[15] : b0_on_q[15];
        dac_q[15] <= ((d_bank ? b1_on_q[15] : b0_on_q[15]) && d_mask) && (d_bank ? b1_x15_q[0] : b0_x15_q[0]);
        wl_q[16] <= d_bank ? b1_on_q[16] : b0_on_q[16];
        dac_q[16] <= ((d_bank ? b1_on_q[16] : b0_on_q[16]) && d_mask) && (d_bank ? b1_x16_q[0] : b0_x16_q[0]);
        wl_q[17] <= d_bank ? b1_on_q[17] : b0_on_q[17];
        dac_q[17] <= ((d_bank ? b1_on_q[17] : b0_on_q[17]) && d_mask) && (d_bank ? b1_x17_q[0] : b0_x17_q[0]);
        wl_q[18] <= d_bank ? b1_on_q[18] : b0_on_q[18];
        dac_q[18] <= ((d_bank ? b1_on_q[18] : b0_on_q[18]) && d_mask) && (d_bank ? b1_x18_q[0] : b0_x18_q[0]);
        wl_q[19] <= d_bank ? b1_on_q[19] : b0_on_q[19];
        dac_q[19] <= ((d_bank ? b1_on_q[19] : b0_on_q[19]) && d_mask) && (d_bank ? b1_x19_q[0] : b0_x19_q[0]);
        wl_q[20] <= d_bank ? b1_on_q[20] : b0_on_q[20];
        dac_q[20] <= ((d_bank ? b1_on_q[20] : b0_on_q[20]) && d_mask) && (d_bank ? b1_x20_q[0] : b0_x20_q[0]);
        wl_q[21] <= d_bank ? b1_on_q[21] : b0_on_q[21];
        dac_q[21] <= ((d_bank ? b1_on_q[21] : b0_on_q[21]) && d_mask) && (d_bank ? b1_x21_q[0] : b0_x21_q[0]);
        wl_q[22] <= d_bank ? b1_on_q[22] : b0_on_q[22];
        dac_q[22] <= ((d_bank ? b1_on_q[22] : b0_on_q[22]) && d_mask) && (d_bank ? b1_x22_q[0] : b0_x22_q[0]);
        wl_q[23] <= d_bank ? b1_on_q[23] : b0_on_q[23];
        dac_q[23] <= ((d_bank ? b1_on_q[23] : b0_on_q[23]) && d_mask) && (d_bank ? b1_x23_q[0] : b0_x23_q[0]);
        wl_q[24] <= d_bank ? b1_on_q[24] : b0_on_q[24];
        dac_q[24] <= ((d_bank ? b1_on_q[24] : b0_on_q[24]) && d_mask) && (d_bank ? b1_x24_q[0] : b0_x24_q[0]);
        wl_q[25] <= d_bank ? b1_on_q[25] : b0_on_q[25];
        dac_q[25] <= ((d_bank ? b1_on_q[25] : b0_on_q[25]) && d_mask) && (d_bank ? b1_x25_q[0] : b0_x25_q[0]);
        wl_q[26] <= d_bank ? b1_on_q[26] : b0_on_q[26];
        dac_q[26] <= ((d_bank ? b1_on_q[26] : b0_on_q[26]) && d_mask) && (d_bank ? b1_x26_q[0] : b0_x26_q[0]);
        wl_q[27] <= d_bank ? b1_on_q[27] : b0_on_q[27];
        dac_q[27] <= ((d_bank ? b1_on_q[27] : b0_on_q[27]) && d_mask) && (d_bank ? b1_x27_q[0] : b0_x27_q[0]);
        wl_q[28] <= d_bank ? b1_on_q[28] : b0_on_q[28];
        dac_q[28] <= ((d_bank ? b1_on_q[28] : b0_on_q[28]) && d_mask) && (d_bank ? b1_x28_q[0] : b0_x28_q[0]);
        wl_q[29] <= d_bank ? b1_on_q[29] : b0_on_q[29];
        dac_q[29] <= ((d_bank ? b1_on_q[29] : b0_on_q[29]) && d_mask) && (d_bank ? b1_x29_q[0] : b0_x29_q[0]);
        wl_q[30] <= d_bank ? b1_on_q[30] : b0_on_q[30];
        dac_q[30] <= ((d_bank ? b1_on_q[30] : b0_on_q[30]) && d_mask) && (d_bank ? b1_x30_q[0] : b0_x30_q[0]);
        wl_q[31] <= d_bank ? b1_on_q[31] : b0_on_q[31];
        dac_q[31] <= ((d_bank ? b1_on_q[31] : b0_on_q[31]) && d_mask) && (d_bank ? b1_x31_q[0] : b0_x31_q[0]);
      end else if (state_q == StSample) begin
        dac_q <= 32'd0;
        wl_q <= 32'd0;
      end
    end
  end
  // Vector bookkeeping: the banks fill and free, the column-sum halves swap, the output buffer empties
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      b0_full_q <= 1'd0;
      b1_full_q <= 1'd0;
      fbank_q <= 1'd0;
      fcnt_q <= 6'd0;
      cbank_q <= 1'd0;
      ob_full_q <= 1'd0;
      hsel_q <= 1'd0;
    end else begin
      if (in_take) begin
        if (fcnt_q == (f_rows - 6'd1)) begin
          fcnt_q <= 6'd0;
          fbank_q <= !fbank_q;
          if (fbank_q) begin
            b1_full_q <= 1'd1;
          end else begin
            b0_full_q <= 1'd1;
          end
        end else begin
          fcnt_q <= fcnt_q + 6'd1;
        end
      end
      if (v_close) begin
        cbank_q <= !cbank_q;
        if (cbank_q) begin
          b1_full_q <= 1'd0;
        end else begin
          b0_full_q <= 1'd0;
        end
        ob_full_q <= 1'd1;
        hsel_q <= !hsel_q;
      end
      if (o_valid_q && out_ready_i) begin
        if (o_last_q) begin
          ob_full_q <= 1'd0;
        end
      end
    end
  end
  // Input banks (no reset: loaded before use)
  always @(posedge clk_i) begin
    if (in_take) begin
      if (fbank_q == 1'd0) begin
        if (f_first) begin
          b0_pi_q <= c_pi;
          b0_signed_q <= cfg_signed_q;
          b0_k_q <= c_k;
          b0_set_q <= cfg_set_q;
          b0_rows_q <= p1_rows_q;
          b0_neurons_q <= p1_neurons_q;
          b0_j_q <= p1_j_q;
          b0_ncols0_q <= p2_ncols0_q;
          b0_ncols1_q <= p2_ncols1_q;
          b0_fmask_q <= p1_fmask_q;
          b0_fwidth_q <= p1_fwidth_q;
        end
      end
      if (fbank_q == 1'd1) begin
        if (f_first) begin
          b1_pi_q <= c_pi;
          b1_signed_q <= cfg_signed_q;
          b1_k_q <= c_k;
          b1_set_q <= cfg_set_q;
          b1_rows_q <= p1_rows_q;
          b1_neurons_q <= p1_neurons_q;
          b1_j_q <= p1_j_q;
          b1_ncols0_q <= p2_ncols0_q;
          b1_ncols1_q <= p2_ncols1_q;
          b1_fmask_q <= p1_fmask_q;
          b1_fwidth_q <= p1_fwidth_q;
        end
      end
    end
    shift_bank_q <= d_bank;
    shift_width_q <= d_width;
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x0_q <= {1'd0, b0_x0_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd0)) begin
      b0_x0_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x1_q <= {1'd0, b0_x1_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd1)) begin
      b0_x1_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x2_q <= {1'd0, b0_x2_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd2)) begin
      b0_x2_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x3_q <= {1'd0, b0_x3_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd3)) begin
      b0_x3_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x4_q <= {1'd0, b0_x4_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd4)) begin
      b0_x4_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x5_q <= {1'd0, b0_x5_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd5)) begin
      b0_x5_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x6_q <= {1'd0, b0_x6_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd6)) begin
      b0_x6_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x7_q <= {1'd0, b0_x7_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd7)) begin
      b0_x7_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x8_q <= {1'd0, b0_x8_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd8)) begin
      b0_x8_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x9_q <= {1'd0, b0_x9_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd9)) begin
      b0_x9_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x10_q <= {1'd0, b0_x10_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd10)) begin
      b0_x10_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x11_q <= {1'd0, b0_x11_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd11)) begin
      b0_x11_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x12_q <= {1'd0, b0_x12_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd12)) begin
      b0_x12_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x13_q <= {1'd0, b0_x13_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd13)) begin
      b0_x13_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x14_q <= {1'd0, b0_x14_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd14)) begin
      b0_x14_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x15_q <= {1'd0, b0_x15_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd15)) begin
      b0_x15_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x16_q <= {1'd0, b0_x16_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd16)) begin
      b0_x16_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x17_q <= {1'd0, b0_x17_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd17)) begin
      b0_x17_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x18_q <= {1'd0, b0_x18_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd18)) begin
      b0_x18_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x19_q <= {1'd0, b0_x19_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd19)) begin
      b0_x19_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x20_q <= {1'd0, b0_x20_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd20)) begin
      b0_x20_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x21_q <= {1'd0, b0_x21_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd21)) begin
      b0_x21_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x22_q <= {1'd0, b0_x22_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd22)) begin
      b0_x22_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x23_q <= {1'd0, b0_x23_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd23)) begin
      b0_x23_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x24_q <= {1'd0, b0_x24_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd24)) begin
      b0_x24_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x25_q <= {1'd0, b0_x25_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd25)) begin
      b0_x25_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x26_q <= {1'd0, b0_x26_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd26)) begin
      b0_x26_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x27_q <= {1'd0, b0_x27_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd27)) begin
      b0_x27_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x28_q <= {1'd0, b0_x28_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd28)) begin
      b0_x28_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x29_q <= {1'd0, b0_x29_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd29)) begin
      b0_x29_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x30_q <= {1'd0, b0_x30_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd30)) begin
      b0_x30_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x31_q <= {1'd0, b0_x31_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 6'd31)) begin
      b0_x31_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x0_q <= {1'd0, b1_x0_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd0)) begin
      b1_x0_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x1_q <= {1'd0, b1_x1_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd1)) begin
      b1_x1_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x2_q <= {1'd0, b1_x2_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd2)) begin
      b1_x2_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x3_q <= {1'd0, b1_x3_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd3)) begin
      b1_x3_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x4_q <= {1'd0, b1_x4_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd4)) begin
      b1_x4_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x5_q <= {1'd0, b1_x5_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd5)) begin
      b1_x5_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x6_q <= {1'd0, b1_x6_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd6)) begin
      b1_x6_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x7_q <= {1'd0, b1_x7_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd7)) begin
      b1_x7_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x8_q <= {1'd0, b1_x8_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd8)) begin
      b1_x8_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x9_q <= {1'd0, b1_x9_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd9)) begin
      b1_x9_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x10_q <= {1'd0, b1_x10_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd10)) begin
      b1_x10_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x11_q <= {1'd0, b1_x11_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd11)) begin
      b1_x11_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x12_q <= {1'd0, b1_x12_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd12)) begin
      b1_x12_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x13_q <= {1'd0, b1_x13_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd13)) begin
      b1_x13_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x14_q <= {1'd0, b1_x14_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd14)) begin
      b1_x14_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x15_q <= {1'd0, b1_x15_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd15)) begin
      b1_x15_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x16_q <= {1'd0, b1_x16_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd16)) begin
      b1_x16_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x17_q <= {1'd0, b1_x17_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd17)) begin
      b1_x17_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x18_q <= {1'd0, b1_x18_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd18)) begin
      b1_x18_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x19_q <= {1'd0, b1_x19_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd19)) begin
      b1_x19_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x20_q <= {1'd0, b1_x20_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd20)) begin
      b1_x20_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x21_q <= {1'd0, b1_x21_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd21)) begin
      b1_x21_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x22_q <= {1'd0, b1_x22_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd22)) begin
      b1_x22_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x23_q <= {1'd0, b1_x23_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd23)) begin
      b1_x23_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x24_q <= {1'd0, b1_x24_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd24)) begin
      b1_x24_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x25_q <= {1'd0, b1_x25_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd25)) begin
      b1_x25_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x26_q <= {1'd0, b1_x26_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd26)) begin
      b1_x26_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x27_q <= {1'd0, b1_x27_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd27)) begin
      b1_x27_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x28_q <= {1'd0, b1_x28_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd28)) begin
      b1_x28_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x29_q <= {1'd0, b1_x29_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd29)) begin
      b1_x29_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x30_q <= {1'd0, b1_x30_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd30)) begin
      b1_x30_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x31_q <= {1'd0, b1_x31_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 6'd31)) begin
      b1_x31_q <= in_data_i;
    end
    if (in_take && (fbank_q == 1'd0)) begin
      b0_on_q[0] <= (fcnt_q == 6'd0) || (b0_on_q[0] && !f_first);
      b0_on_q[1] <= (fcnt_q == 6'd1) || (b0_on_q[1] && !f_first);
      b0_on_q[2] <= (fcnt_q == 6'd2) || (b0_on_q[2] && !f_first);
      b0_on_q[3] <= (fcnt_q == 6'd3) || (b0_on_q[3] && !f_first);
      b0_on_q[4] <= (fcnt_q == 6'd4) || (b0_on_q[4] && !f_first);
      b0_on_q[5] <= (fcnt_q == 6'd5) || (b0_on_q[5] && !f_first);
      b0_on_q[6] <= (fcnt_q == 6'd6) || (b0_on_q[6] && !f_first);
      b0_on_q[7] <= (fcnt_q == 6'd7) || (b0_on_q[7] && !f_first);
      b0_on_q[8] <= (fcnt_q == 6'd8) || (b0_on_q[8] && !f_first);
      b0_on_q[9] <= (fcnt_q == 6'd9) || (b0_on_q[9] && !f_first);
      b0_on_q[10] <= (fcnt_q == 6'd10) || (b0_on_q[10] && !f_first);
      b0_on_q[11] <= (fcnt_q == 6'd11) || (b0_on_q[11] && !f_first);
      b0_on_q[12] <= (fcnt_q == 6'd12) || (b0_on_q[12] && !f_first);
      b0_on_q[13] <= (fcnt_q == 6'd13) || (b0_on_q[13] && !f_first);
      b0_on_q[14] <= (fcnt_q == 6'd14) || (b0_on_q[14] && !f_first);
      b0_on_q[15] <= (fcnt_q == 6'd15) || (b0_on_q[15] && !f_first);
      b0_on_q[16] <= (fcnt_q == 6'd16) || (b0_on_q[16] && !f_first);
      b0_on_q[17] <= (fcnt_q == 6'd17) || (b0_on_q[17] && !f_first);
      b0_on_q[18] <= (fcnt_q == 6'd18) || (b0_on_q[18] && !f_first);
      b0_on_q[19] <= (fcnt_q == 6'd19) || (b0_on_q[19] && !f_first);
      b0_on_q[20] <= (fcnt_q == 6'd20) || (b0_on_q[20] && !f_first);
      b0_on_q[21] <= (fcnt_q == 6'd21) || (b0_on_q[21] && !f_first);
      b0_on_q[22] <= (fcnt_q == 6'd22) || (b0_on_q[22] && !f_first);
      b0_on_q[23] <= (fcnt_q == 6'd23) || (b0_on_q[23] && !f_first);
      b0_on_q[24] <= (fcnt_q == 6'd24) || (b0_on_q[24] && !f_first);
      b0_on_q[25] <= (fcnt_q == 6'd25) || (b0_on_q[25] && !f_first);
      b0_on_q[26] <= (fcnt_q == 6'd26) || (b0_on_q[26] && !f_first);
      b0_on_q[27] <= (fcnt_q == 6'd27) || (b0_on_q[27] && !f_first);
      b0_on_q[28] <= (fcnt_q == 6'd28) || (b0_on_q[28] && !f_first);
      b0_on_q[29] <= (fcnt_q == 6'd29) || (b0_on_q[29] && !f_first);
      b0_on_q[30] <= (fcnt_q == 6'd30) || (b0_on_q[30] && !f_first);
      b0_on_q[31] <= (fcnt_q == 6'd31) || (b0_on_q[31] && !f_first);
    end
    if (in_take && (fbank_q == 1'd1)) begin
      b1_on_q[0] <= (fcnt_q == 6'd0) || (b1_on_q[0] && !f_first);
      b1_on_q[1] <= (fcnt_q == 6'd1) || (b1_on_q[1] && !f_first);
      b1_on_q[2] <= (fcnt_q == 6'd2) || (b1_on_q[2] && !f_first);
      b1_on_q[3] <= (fcnt_q == 6'd3) || (b1_on_q[3] && !f_first);
      b1_on_q[4] <= (fcnt_q == 6'd4) || (b1_on_q[4] && !f_first);
      b1_on_q[5] <= (fcnt_q == 6'd5) || (b1_on_q[5] && !f_first);
      b1_on_q[6] <= (fcnt_q == 6'd6) || (b1_on_q[6] && !f_first);
      b1_on_q[7] <= (fcnt_q == 6'd7) || (b1_on_q[7] && !f_first);
      b1_on_q[8] <= (fcnt_q == 6'd8) || (b1_on_q[8] && !f_first);
      b1_on_q[9] <= (fcnt_q == 6'd9) || (b1_on_q[9] && !f_first);
      b1_on_q[10] <= (fcnt_q == 6'd10) || (b1_on_q[10] && !f_first);
      b1_on_q[11] <= (fcnt_q == 6'd11) || (b1_on_q[11] && !f_first);
      b1_on_q[12] <= (fcnt_q == 6'd12) || (b1_on_q[12] && !f_first);
      b1_on_q[13] <= (fcnt_q == 6'd13) || (b1_on_q[13] && !f_first);
      b1_on_q[14] <= (fcnt_q == 6'd14) || (b1_on_q[14] && !f_first);
      b1_on_q[15] <= (fcnt_q == 6'd15) || (b1_on_q[15] && !f_first);
      b1_on_q[16] <= (fcnt_q == 6'd16) || (b1_on_q[16] && !f_first);
      b1_on_q[17] <= (fcnt_q == 6'd17) || (b1_on_q[17] && !f_first);
      b1_on_q[18] <= (fcnt_q == 6'd18) || (b1_on_q[18] && !f_first);
      b1_on_q[19] <= (fcnt_q == 6'd19) || (b1_on_q[19] && !f_first);
      b1_on_q[20] <= (fcnt_q == 6'd20) || (b1_on_q[20] && !f_first);
      b1_on_q[21] <= (fcnt_q == 6'd21) || (b1_on_q[21] && !f_first);
      b1_on_q[22] <= (fcnt_q == 6'd22) || (b1_on_q[22] && !f_first);
      b1_on_q[23] <= (fcnt_q == 6'd23) || (b1_on_q[23] && !f_first);
      b1_on_q[24] <= (fcnt_q == 6'd24) || (b1_on_q[24] && !f_first);
      b1_on_q[25] <= (fcnt_q == 6'd25) || (b1_on_q[25] && !f_first);
      b1_on_q[26] <= (fcnt_q == 6'd26) || (b1_on_q[26] && !f_first);
      b1_on_q[27] <= (fcnt_q == 6'd27) || (b1_on_q[27] && !f_first);
      b1_on_q[28] <= (fcnt_q == 6'd28) || (b1_on_q[28] && !f_first);
      b1_on_q[29] <= (fcnt_q == 6'd29) || (b1_on_q[29] && !f_first);
      b1_on_q[30] <= (fcnt_q == 6'd30) || (b1_on_q[30] && !f_first);
      b1_on_q[31] <= (fcnt_q == 6'd31) || (b1_on_q[31] && !f_first);
    end
  end
  // Slice stepping: a slice starts (the same edge loads the row drive) with the chosen bank's b_t and sign
  always @(posedge clk_i) begin
    bt_d_q <= bt_q;
    sign_slice_d_q <= sign_slice_q;
    first_slice_d_q <= first_slice_q;
    if (drive_ld) begin
      bt_q <= d_bt;
      sign_slice_q <= d_sign;
      first_slice_q <= !ld_next;
      settle_q <= 2'd1;
    end
    if (state_q == StSettle) begin
      settle_q <= settle_q - 2'd1;
    end
  end
  // ADC lane 0: the columns it has started, the one it converts, the one its next result is for
  always @(posedge clk_i) begin
    if (drive_ld) begin
      a0_issued_q <= 5'd0;
    end
    if (a0_start && a0_ready) begin
      a0_col_q <= a0_issued_q[3:0];
      a0_issued_q <= a0_issued_q + 5'd1;
    end
    if (state_q == StSample) begin
      a0_res_q <= 4'd0;
    end else if (a0_valid) begin
      a0_res_q <= a0_res_q + 4'd1;
    end
  end
  // ADC lane 1: the columns it has started, the one it converts, the one its next result is for
  always @(posedge clk_i) begin
    if (drive_ld) begin
      a1_issued_q <= 5'd0;
    end
    if (a1_start && a1_ready) begin
      a1_col_q <= a1_issued_q[3:0];
      a1_issued_q <= a1_issued_q + 5'd1;
    end
    if (state_q == StSample) begin
      a1_res_q <= 4'd0;
    end else if (a1_valid) begin
      a1_res_q <= a1_res_q + 4'd1;
    end
  end
  // Combine: a closed vector's neurons, one column per cycle, onto the output stream
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      o_valid_q <= 1'd0;
    end else begin
      if (o_valid_q && out_ready_i) begin
        o_valid_q <= 1'd0;
      end
      if (o_step && o_col_last) begin
        o_valid_q <= 1'd1;
      end
    end
  end
  always @(posedge clk_i) begin
    if (v_close) begin
      o_neurons_q <= cbank_q ? b1_neurons_q : b0_neurons_q;
      o_j_q <= cbank_q ? b1_j_q : b0_j_q;
      o_g_q <= 4'd0;
      o_lane_q <= 1'd0;
      o_jj_q <= 4'd0;
      o_n_q <= 6'd0;
      o_acc_q <= 26'd0;
    end
    if (o_step) begin
      o_g_q <= o_g_next;
      if (o_g_q == 4'd15) begin
        o_lane_q <= o_lane_q + 1'd1;
      end
      if (o_col_last) begin
        o_acc_q <= 26'd0;
        o_jj_q <= 4'd0;
        o_data_q <= o_y;
        o_last_q <= o_n_q == (o_neurons_q - 6'd1);
        o_n_q <= o_n_q + 6'd1;
      end else begin
        o_acc_q <= o_acc_q + o_term;
        o_jj_q <= o_jj_q + 4'd1;
      end
    end
  end
  wire dropped_bits_unused;  // high bits of wide intermediate results, never needed
  assign dropped_bits_unused = &{1'd0, c_rows16[15:6], c_ncols_full[10:6], c_nrest0[6:5], c_nrest1[6:5], step_bt[4:3],
      sign_bt[3:3], a0_h0_wsum[0], a0_h1_wsum[0], a1_h0_wsum[0], a1_h1_wsum[0], n_mask_full[1:1], c_mask_full[1:1],
      shift_width_q};
endmodule
