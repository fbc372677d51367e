// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// module: cim_fpga_tile
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
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
  output wire [63:0] wl_en_o,  // word line enables: row r at bit r (active rows, while driven)
  output wire [63:0] dac_row_o,  // row DAC codes: slice t of x[r] at bits [r*PD +: PD]
  output wire        sh_o,  // bit-line sample strobe: sample and hold at this edge
  output wire [9:0]  adc_col_o,  // ADC a's column within its group at bits [a*COLSEL_W +: COLSEL_W] (column a*G + it)
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
      cfg_rows_q <= 16'd64;
      cfg_neurons_q <= 16'd8;
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
  wire [6:0] c_rows;
  wire [6:0] c_neurons;
  wire [3:0] c_j;
  wire [6:0] c_nmax;  // neurons that fit at c_pw
  assign c_pi = (cfg_pi_q < 4'd1) ? 4'd1 : ((cfg_pi_q > 4'd8) ? 4'd8 : cfg_pi_q);
  assign c_pw = (cfg_pw_q < 4'd1) ? 4'd1 : ((cfg_pw_q > 4'd8) ? 4'd8 : cfg_pw_q);
  assign c_k = (cfg_k_q > 4'd0) ? 4'd0 : cfg_k_q;
  wire [15:0] c_rows16;
  assign c_rows16 = (cfg_rows_q < 16'd1) ? 16'd1 : ((cfg_rows_q > 16'd64) ? 16'd64 : cfg_rows_q);
  assign c_rows = c_rows16[6:0];
  assign c_j = (c_pw == 4'd1) ? 4'd1 : ((c_pw == 4'd2) ? 4'd2 :
      ((c_pw == 4'd3) ? 4'd3 : ((c_pw == 4'd4) ? 4'd4 : ((c_pw == 4'd5) ? 4'd5 :
      ((c_pw == 4'd6) ? 4'd6 : ((c_pw == 4'd7) ? 4'd7 : 4'd8))))));
  assign c_nmax = (c_pw == 4'd1) ? 7'd64 : ((c_pw == 4'd2) ? 7'd32 :
      ((c_pw == 4'd3) ? 7'd21 : ((c_pw == 4'd4) ? 7'd16 : ((c_pw == 4'd5) ? 7'd12 :
      ((c_pw == 4'd6) ? 7'd10 : ((c_pw == 4'd7) ? 7'd9 : 7'd8))))));
  assign c_neurons = (cfg_neurons_q == 16'd0) ? 7'd1 : ((cfg_neurons_q > {9'd0, c_nmax}) ? c_nmax : cfg_neurons_q[6:0]);
  reg [6:0] p1_neurons_q;  // c_neurons, registered
  reg [3:0] p1_j_q;  // c_j, registered
  reg [6:0] p1_rows_q;  // c_rows, registered
  reg [1:0] cfg_wait_q;  // cycles until the derived settings have settled
  wire [6:0] c_ncols;  // active columns
  wire [11:0] c_ncols_full;
  assign c_ncols_full = ({5'd0, p1_neurons_q} * {8'd0, p1_j_q}) * 12'd1;
  assign c_ncols = c_ncols_full[6:0];
  wire [5:0] c_ncols0;  // active columns of ADC 0
  wire [7:0] c_nrest0;
  assign c_nrest0 = {1'd0, c_ncols} - 8'd0;
  assign c_ncols0 = ({1'd0, c_ncols} <= 8'd0) ? 6'd0 : (({1'd0, c_ncols} >= 8'd32) ? 6'd32 : c_nrest0[5:0]);
  wire [5:0] c_ncols1;  // active columns of ADC 1
  wire [7:0] c_nrest1;
  assign c_nrest1 = {1'd0, c_ncols} - 8'd32;
  assign c_ncols1 = ({1'd0, c_ncols} <= 8'd32) ? 6'd0 : (({1'd0, c_ncols} >= 8'd64) ? 6'd32 : c_nrest1[5:0]);
  reg [5:0] p2_ncols0_q;  // active columns of ADC 0, registered
  reg [5:0] p2_ncols1_q;  // active columns of ADC 1, registered
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
  reg [63:0] b0_on_q;  // rows of the vector (its word lines)
  reg b0_fmask_q;  // DAC bit mask of the vector's first slice
  reg [4:0] b0_fwidth_q;  // its width
  reg [5:0] b0_ncols0_q;  // active columns of ADC 0
  reg [5:0] b0_ncols1_q;  // active columns of ADC 1
  reg [3:0] b0_pi_q;
  reg b0_signed_q;
  reg [3:0] b0_k_q;
  reg [13:0] b0_set_q;
  reg [6:0] b0_rows_q;
  reg [6:0] b0_neurons_q;
  reg [3:0] b0_j_q;
  reg b1_full_q;  // holds a complete vector
  reg [63:0] b1_on_q;  // rows of the vector (its word lines)
  reg b1_fmask_q;  // DAC bit mask of the vector's first slice
  reg [4:0] b1_fwidth_q;  // its width
  reg [5:0] b1_ncols0_q;  // active columns of ADC 0
  reg [5:0] b1_ncols1_q;  // active columns of ADC 1
  reg [3:0] b1_pi_q;
  reg b1_signed_q;
  reg [3:0] b1_k_q;
  reg [13:0] b1_set_q;
  reg [6:0] b1_rows_q;
  reg [6:0] b1_neurons_q;
  reg [3:0] b1_j_q;
  reg fbank_q;  // bank being filled
  reg [6:0] fcnt_q;  // elements of the vector taken so far
  wire in_take;  // an input element is taken at this edge
  wire f_first;  // this element is its vector's first: settings are sampled
  wire [6:0] f_rows;  // active rows of the vector being filled
  assign in_ready_o = !(fbank_q ? b1_full_q : b0_full_q) && (cfg_wait_q == 2'd0);
  assign in_take = in_valid_i && in_ready_o;
  assign f_first = fcnt_q == 7'd0;
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
  reg [63:0] dac_q;  // row DAC codes of the slice being driven
  reg [63:0] wl_q;  // word lines of the active rows while driven
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
  wire [5:0] a0_ncols;  // active columns of this ADC
  reg [5:0] a0_issued_q;  // conversions started in this slice
  reg [4:0] a0_col_q;  // column under conversion
  reg [4:0] a0_res_q;  // column of the next result
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
  wire [5:0] a1_ncols;  // active columns of this ADC
  reg [5:0] a1_issued_q;  // conversions started in this slice
  reg [4:0] a1_col_q;  // column under conversion
  reg [4:0] a1_res_q;  // column of the next result
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
  reg [4:0] o_g_q;  // next column to combine: column o_g of ADC o_lane
  reg o_lane_q;
  wire o_step;  // a column is combined this cycle
  wire v_close;  // the vector closes at this edge: the halves swap
  wire [4:0] o_g_next;  // the combine's column in the next cycle
  assign o_g_next = v_close ? 5'd0 : (o_step ? ((o_g_q == 5'd31) ? 5'd0 : (o_g_q + 5'd1)) : o_g_q);
  wire [8:0] a0_rec;
  assign a0_rec = ({1'd0, a0_q} << v_k) + 9'd0;
  wire [16:0] a0_mag;  // magnitude of this cycle's result's contribution, rec << b_t
  assign a0_mag = {8'd0, a0_rec} << bt_d_q;
  wire [17:0] a0_addend;  // {sign ? ~mag : mag, sign}
  assign a0_addend = {a0_mag ^ {17{sign_slice_d_q}}, sign_slice_d_q};
  wire [4:0] a0_res_next;  // column of the lane's result in the next cycle
  assign a0_res_next = (state_q == StSample) ? 5'd0 : (a0_valid ? (a0_res_q + 5'd1) : a0_res_q);
  reg [16:0] a0_h0_mem [0:31];  // column sums of ADC 0, half 0
  reg [16:0] a0_h0_rd_q;
  wire a0_h0_acc;  // this half accumulates
  assign a0_h0_acc = (hsel_q == 1'd0) && !v_close;
  wire [4:0] a0_h0_raddr;
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
  reg [16:0] a0_h1_mem [0:31];  // column sums of ADC 0, half 1
  reg [16:0] a0_h1_rd_q;
  wire a0_h1_acc;  // this half accumulates
  assign a0_h1_acc = (hsel_q == 1'd1) && !v_close;
  wire [4:0] a0_h1_raddr;
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
  wire [4:0] a1_res_next;  // column of the lane's result in the next cycle
  assign a1_res_next = (state_q == StSample) ? 5'd0 : (a1_valid ? (a1_res_q + 5'd1) : a1_res_q);
  reg [16:0] a1_h0_mem [0:31];  // column sums of ADC 1, half 0
  reg [16:0] a1_h0_rd_q;
  wire a1_h0_acc;  // this half accumulates
  assign a1_h0_acc = (hsel_q == 1'd0) && !v_close;
  wire [4:0] a1_h0_raddr;
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
  reg [16:0] a1_h1_mem [0:31];  // column sums of ADC 1, half 1
  reg [16:0] a1_h1_rd_q;
  wire a1_h1_acc;  // this half accumulates
  assign a1_h1_acc = (hsel_q == 1'd1) && !v_close;
  wire [4:0] a1_h1_raddr;
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
  reg [6:0] o_neurons_q;
  reg [3:0] o_j_q;
  reg [3:0] o_jj_q;  // weight column j of the next column
  reg [6:0] o_n_q;  // neuron being combined
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
  // A slice starts: the row drive loads (g_row) and the banks shift at the next edge
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      shift_q <= 1'd0;
      conv_done_q <= 1'd0;
    end else begin
      shift_q <= drive_ld;
      conv_done_q <= ((state_q == StConv) && lanes_done) && !conv_done_q;
    end
  end
  // Vector bookkeeping: the banks fill and free, the column-sum halves swap, the output buffer empties
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      b0_full_q <= 1'd0;
      b1_full_q <= 1'd0;
      fbank_q <= 1'd0;
      fcnt_q <= 7'd0;
      cbank_q <= 1'd0;
      ob_full_q <= 1'd0;
      hsel_q <= 1'd0;
    end else begin
      if (in_take) begin
        if (fcnt_q == (f_rows - 7'd1)) begin
          fcnt_q <= 7'd0;
          fbank_q <= !fbank_q;
          if (fbank_q) begin
            b1_full_q <= 1'd1;
          end else begin
            b0_full_q <= 1'd1;
          end
        end else begin
          fcnt_q <= fcnt_q + 7'd1;
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
  end
  // Rows: a row's element in each bank, whether the bank's vector has the row, and the row's drive
  genvar r;
  generate
    for (r = 0; r < 64; r = r + 1) begin : g_row
      localparam [6:0] ROW = r;  // the row's element is its vector's element ROW
      reg [7:0] b0_x_q;  // the row's element in bank 0
      reg [7:0] b1_x_q;  // the row's element in bank 1
      always @(posedge clk_i) begin
        if (shift_q && (shift_bank_q == 1'd0)) begin
          b0_x_q <= {1'd0, b0_x_q[7:1]};
        end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == ROW)) begin
          b0_x_q <= in_data_i;
        end
        if (shift_q && (shift_bank_q == 1'd1)) begin
          b1_x_q <= {1'd0, b1_x_q[7:1]};
        end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == ROW)) begin
          b1_x_q <= in_data_i;
        end
        if (in_take && (fbank_q == 1'd0)) begin
          b0_on_q[r] <= (fcnt_q == ROW) || (b0_on_q[r] && !f_first);
        end
        if (in_take && (fbank_q == 1'd1)) begin
          b1_on_q[r] <= (fcnt_q == ROW) || (b1_on_q[r] && !f_first);
        end
      end
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          wl_q[r] <= 1'd0;
          dac_q[r] <= 1'd0;
        end else if (drive_ld) begin
          wl_q[r] <= d_bank ? b1_on_q[r] : b0_on_q[r];
          dac_q[r] <= ((d_bank ? b1_on_q[r] : b0_on_q[r]) && d_mask) && (d_bank ? b1_x_q[0] : b0_x_q[0]);
        end else if (state_q == StSample) begin
          wl_q[r] <= 1'd0;
          dac_q[r] <= 1'd0;
        end
      end
    end
  endgenerate
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
      a0_issued_q <= 6'd0;
    end
    if (a0_start && a0_ready) begin
      a0_col_q <= a0_issued_q[4:0];
      a0_issued_q <= a0_issued_q + 6'd1;
    end
    if (state_q == StSample) begin
      a0_res_q <= 5'd0;
    end else if (a0_valid) begin
      a0_res_q <= a0_res_q + 5'd1;
    end
  end
  // ADC lane 1: the columns it has started, the one it converts, the one its next result is for
  always @(posedge clk_i) begin
    if (drive_ld) begin
      a1_issued_q <= 6'd0;
    end
    if (a1_start && a1_ready) begin
      a1_col_q <= a1_issued_q[4:0];
      a1_issued_q <= a1_issued_q + 6'd1;
    end
    if (state_q == StSample) begin
      a1_res_q <= 5'd0;
    end else if (a1_valid) begin
      a1_res_q <= a1_res_q + 5'd1;
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
      o_g_q <= 5'd0;
      o_lane_q <= 1'd0;
      o_jj_q <= 4'd0;
      o_n_q <= 7'd0;
      o_acc_q <= 26'd0;
    end
    if (o_step) begin
      o_g_q <= o_g_next;
      if (o_g_q == 5'd31) begin
        o_lane_q <= o_lane_q + 1'd1;
      end
      if (o_col_last) begin
        o_acc_q <= 26'd0;
        o_jj_q <= 4'd0;
        o_data_q <= o_y;
        o_last_q <= o_n_q == (o_neurons_q - 7'd1);
        o_n_q <= o_n_q + 7'd1;
      end else begin
        o_acc_q <= o_acc_q + o_term;
        o_jj_q <= o_jj_q + 4'd1;
      end
    end
  end
  wire dropped_bits_unused;  // high bits of wide intermediate results, never needed
  assign dropped_bits_unused = &{1'd0, c_rows16[15:7], c_ncols_full[11:7], c_nrest0[7:6], c_nrest1[7:6], step_bt[4:3],
      sign_bt[3:3], a0_h0_wsum[0], a0_h1_wsum[0], a1_h0_wsum[0], a1_h1_wsum[0], n_mask_full[1:1], c_mask_full[1:1],
      shift_width_q};
endmodule
