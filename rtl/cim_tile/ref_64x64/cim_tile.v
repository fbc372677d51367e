// cimgen 0.1.0: generated file, do not edit.
// block: cim_tile
// module: cim_tile
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0 KMAX=0 TRQ_TABLE=16
//   RST=async
// regenerate: cimgen gen cim_tile R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0
//   KMAX=0 TRQ_TABLE=16 RST=async -o DIR

module cim_tile (
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
  reg cfg_tbl_en_q;  // use the per-significance table
  reg [13:0] cfg_tbl0_q;
  reg [13:0] cfg_tbl1_q;
  reg [13:0] cfg_tbl2_q;
  reg [13:0] cfg_tbl3_q;
  reg [13:0] cfg_tbl4_q;
  reg [13:0] cfg_tbl5_q;
  reg [13:0] cfg_tbl6_q;
  reg [13:0] cfg_tbl7_q;
  reg [13:0] cfg_tbl8_q;
  reg [13:0] cfg_tbl9_q;
  reg [13:0] cfg_tbl10_q;
  reg [13:0] cfg_tbl11_q;
  reg [13:0] cfg_tbl12_q;
  reg [13:0] cfg_tbl13_q;
  reg [13:0] cfg_tbl14_q;
  reg [13:0] cfg_tbl15_q;
  reg [15:0] cfg_rows_q;
  reg [15:0] cfg_neurons_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cfg_pi_q <= 4'd8;
      cfg_signed_q <= 1'd0;
      cfg_pw_q <= 4'd8;
      cfg_k_q <= 4'd0;
      cfg_set_q <= 14'd0;
      cfg_tbl_en_q <= 1'd0;
      cfg_tbl0_q <= 14'd0;
      cfg_tbl1_q <= 14'd0;
      cfg_tbl2_q <= 14'd0;
      cfg_tbl3_q <= 14'd0;
      cfg_tbl4_q <= 14'd0;
      cfg_tbl5_q <= 14'd0;
      cfg_tbl6_q <= 14'd0;
      cfg_tbl7_q <= 14'd0;
      cfg_tbl8_q <= 14'd0;
      cfg_tbl9_q <= 14'd0;
      cfg_tbl10_q <= 14'd0;
      cfg_tbl11_q <= 14'd0;
      cfg_tbl12_q <= 14'd0;
      cfg_tbl13_q <= 14'd0;
      cfg_tbl14_q <= 14'd0;
      cfg_tbl15_q <= 14'd0;
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
          cfg_tbl_en_q <= cfg_wdata_i[6];
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
      if (cfg_addr_i == 5'd8) begin
        cfg_tbl0_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd9) begin
        cfg_tbl1_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd10) begin
        cfg_tbl2_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd11) begin
        cfg_tbl3_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd12) begin
        cfg_tbl4_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd13) begin
        cfg_tbl5_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd14) begin
        cfg_tbl6_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd15) begin
        cfg_tbl7_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd16) begin
        cfg_tbl8_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd17) begin
        cfg_tbl9_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd18) begin
        cfg_tbl10_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd19) begin
        cfg_tbl11_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd20) begin
        cfg_tbl12_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd21) begin
        cfg_tbl13_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd22) begin
        cfg_tbl14_q <= cfg_wdata_i[13:0];
      end
      if (cfg_addr_i == 5'd23) begin
        cfg_tbl15_q <= cfg_wdata_i[13:0];
      end
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
  reg b0_tbl_en_q;
  reg [13:0] b0_tbl0_q;
  reg [13:0] b0_tbl1_q;
  reg [13:0] b0_tbl2_q;
  reg [13:0] b0_tbl3_q;
  reg [13:0] b0_tbl4_q;
  reg [13:0] b0_tbl5_q;
  reg [13:0] b0_tbl6_q;
  reg [13:0] b0_tbl7_q;
  reg [13:0] b0_tbl8_q;
  reg [13:0] b0_tbl9_q;
  reg [13:0] b0_tbl10_q;
  reg [13:0] b0_tbl11_q;
  reg [13:0] b0_tbl12_q;
  reg [13:0] b0_tbl13_q;
  reg [13:0] b0_tbl14_q;
  reg [13:0] b0_tbl15_q;
  reg [6:0] b0_rows_q;
  reg [6:0] b0_neurons_q;
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
  reg [7:0] b0_x32_q;
  reg [7:0] b0_x33_q;
  reg [7:0] b0_x34_q;
  reg [7:0] b0_x35_q;
  reg [7:0] b0_x36_q;
  reg [7:0] b0_x37_q;
  reg [7:0] b0_x38_q;
  reg [7:0] b0_x39_q;
  reg [7:0] b0_x40_q;
  reg [7:0] b0_x41_q;
  reg [7:0] b0_x42_q;
  reg [7:0] b0_x43_q;
  reg [7:0] b0_x44_q;
  reg [7:0] b0_x45_q;
  reg [7:0] b0_x46_q;
  reg [7:0] b0_x47_q;
  reg [7:0] b0_x48_q;
  reg [7:0] b0_x49_q;
  reg [7:0] b0_x50_q;
  reg [7:0] b0_x51_q;
  reg [7:0] b0_x52_q;
  reg [7:0] b0_x53_q;
  reg [7:0] b0_x54_q;
  reg [7:0] b0_x55_q;
  reg [7:0] b0_x56_q;
  reg [7:0] b0_x57_q;
  reg [7:0] b0_x58_q;
  reg [7:0] b0_x59_q;
  reg [7:0] b0_x60_q;
  reg [7:0] b0_x61_q;
  reg [7:0] b0_x62_q;
  reg [7:0] b0_x63_q;
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
  reg b1_tbl_en_q;
  reg [13:0] b1_tbl0_q;
  reg [13:0] b1_tbl1_q;
  reg [13:0] b1_tbl2_q;
  reg [13:0] b1_tbl3_q;
  reg [13:0] b1_tbl4_q;
  reg [13:0] b1_tbl5_q;
  reg [13:0] b1_tbl6_q;
  reg [13:0] b1_tbl7_q;
  reg [13:0] b1_tbl8_q;
  reg [13:0] b1_tbl9_q;
  reg [13:0] b1_tbl10_q;
  reg [13:0] b1_tbl11_q;
  reg [13:0] b1_tbl12_q;
  reg [13:0] b1_tbl13_q;
  reg [13:0] b1_tbl14_q;
  reg [13:0] b1_tbl15_q;
  reg [6:0] b1_rows_q;
  reg [6:0] b1_neurons_q;
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
  reg [7:0] b1_x32_q;
  reg [7:0] b1_x33_q;
  reg [7:0] b1_x34_q;
  reg [7:0] b1_x35_q;
  reg [7:0] b1_x36_q;
  reg [7:0] b1_x37_q;
  reg [7:0] b1_x38_q;
  reg [7:0] b1_x39_q;
  reg [7:0] b1_x40_q;
  reg [7:0] b1_x41_q;
  reg [7:0] b1_x42_q;
  reg [7:0] b1_x43_q;
  reg [7:0] b1_x44_q;
  reg [7:0] b1_x45_q;
  reg [7:0] b1_x46_q;
  reg [7:0] b1_x47_q;
  reg [7:0] b1_x48_q;
  reg [7:0] b1_x49_q;
  reg [7:0] b1_x50_q;
  reg [7:0] b1_x51_q;
  reg [7:0] b1_x52_q;
  reg [7:0] b1_x53_q;
  reg [7:0] b1_x54_q;
  reg [7:0] b1_x55_q;
  reg [7:0] b1_x56_q;
  reg [7:0] b1_x57_q;
  reg [7:0] b1_x58_q;
  reg [7:0] b1_x59_q;
  reg [7:0] b1_x60_q;
  reg [7:0] b1_x61_q;
  reg [7:0] b1_x62_q;
  reg [7:0] b1_x63_q;
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
  localparam [2:0] StFin = 3'd4;  // the last slice's last results arrive
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
  wire [3:0] v_j;  // weight columns per neuron
  assign v_j = cbank_q ? b1_j_q : b0_j_q;
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
  wire v_tbl_en;
  assign v_tbl_en = cbank_q ? b1_tbl_en_q : b0_tbl_en_q;
  wire [13:0] v_tbl0;
  assign v_tbl0 = cbank_q ? b1_tbl0_q : b0_tbl0_q;
  wire [13:0] v_tbl1;
  assign v_tbl1 = cbank_q ? b1_tbl1_q : b0_tbl1_q;
  wire [13:0] v_tbl2;
  assign v_tbl2 = cbank_q ? b1_tbl2_q : b0_tbl2_q;
  wire [13:0] v_tbl3;
  assign v_tbl3 = cbank_q ? b1_tbl3_q : b0_tbl3_q;
  wire [13:0] v_tbl4;
  assign v_tbl4 = cbank_q ? b1_tbl4_q : b0_tbl4_q;
  wire [13:0] v_tbl5;
  assign v_tbl5 = cbank_q ? b1_tbl5_q : b0_tbl5_q;
  wire [13:0] v_tbl6;
  assign v_tbl6 = cbank_q ? b1_tbl6_q : b0_tbl6_q;
  wire [13:0] v_tbl7;
  assign v_tbl7 = cbank_q ? b1_tbl7_q : b0_tbl7_q;
  wire [13:0] v_tbl8;
  assign v_tbl8 = cbank_q ? b1_tbl8_q : b0_tbl8_q;
  wire [13:0] v_tbl9;
  assign v_tbl9 = cbank_q ? b1_tbl9_q : b0_tbl9_q;
  wire [13:0] v_tbl10;
  assign v_tbl10 = cbank_q ? b1_tbl10_q : b0_tbl10_q;
  wire [13:0] v_tbl11;
  assign v_tbl11 = cbank_q ? b1_tbl11_q : b0_tbl11_q;
  wire [13:0] v_tbl12;
  assign v_tbl12 = cbank_q ? b1_tbl12_q : b0_tbl12_q;
  wire [13:0] v_tbl13;
  assign v_tbl13 = cbank_q ? b1_tbl13_q : b0_tbl13_q;
  wire [13:0] v_tbl14;
  assign v_tbl14 = cbank_q ? b1_tbl14_q : b0_tbl14_q;
  wire [13:0] v_tbl15;
  assign v_tbl15 = cbank_q ? b1_tbl15_q : b0_tbl15_q;
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
  reg [3:0] a0_j_q;  // weight column j of the next column to start
  wire [3:0] a0_sig;  // significance of that column
  assign a0_sig = {1'd0, bt_q} + (a0_j_q * 4'd1);
  wire [3:0] a0_tidx;  // its table entry
  wire [4:0] a0_tidx_full;
  assign a0_tidx_full = ({1'd0, a0_sig} > 5'd15) ? 5'd15 : {1'd0, a0_sig};
  assign a0_tidx = a0_tidx_full[3:0];
  reg [13:0] a0_entry;  // table entry idx
  always @(*) begin
    case (a0_tidx)
      4'd1: begin
        a0_entry = v_tbl1;
      end
      4'd2: begin
        a0_entry = v_tbl2;
      end
      4'd3: begin
        a0_entry = v_tbl3;
      end
      4'd4: begin
        a0_entry = v_tbl4;
      end
      4'd5: begin
        a0_entry = v_tbl5;
      end
      4'd6: begin
        a0_entry = v_tbl6;
      end
      4'd7: begin
        a0_entry = v_tbl7;
      end
      4'd8: begin
        a0_entry = v_tbl8;
      end
      4'd9: begin
        a0_entry = v_tbl9;
      end
      4'd10: begin
        a0_entry = v_tbl10;
      end
      4'd11: begin
        a0_entry = v_tbl11;
      end
      4'd12: begin
        a0_entry = v_tbl12;
      end
      4'd13: begin
        a0_entry = v_tbl13;
      end
      4'd14: begin
        a0_entry = v_tbl14;
      end
      4'd15: begin
        a0_entry = v_tbl15;
      end
      default: begin
        a0_entry = v_tbl0;
      end
    endcase
  end
  wire [13:0] a0_set;  // the setting in use
  assign a0_set = v_tbl_en ? a0_entry : v_set;
  wire a0_flag_unused;  // q_o carries the reconstruction
  wire [3:0] a0_ncmp_unused;
  cim_tile_trq_sar a0_adc (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .trq_en_i(a0_set[12]),
    .msb_first_i(a0_set[13]),
    .bexp_i(a0_set[3:0]),
    .s1_i(a0_set[7:4]),
    .s2_i(a0_set[11:8]),
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
  reg [3:0] a1_j_q;  // weight column j of the next column to start
  wire [3:0] a1_sig;  // significance of that column
  assign a1_sig = {1'd0, bt_q} + (a1_j_q * 4'd1);
  wire [3:0] a1_tidx;  // its table entry
  wire [4:0] a1_tidx_full;
  assign a1_tidx_full = ({1'd0, a1_sig} > 5'd15) ? 5'd15 : {1'd0, a1_sig};
  assign a1_tidx = a1_tidx_full[3:0];
  reg [13:0] a1_entry;  // table entry idx
  always @(*) begin
    case (a1_tidx)
      4'd1: begin
        a1_entry = v_tbl1;
      end
      4'd2: begin
        a1_entry = v_tbl2;
      end
      4'd3: begin
        a1_entry = v_tbl3;
      end
      4'd4: begin
        a1_entry = v_tbl4;
      end
      4'd5: begin
        a1_entry = v_tbl5;
      end
      4'd6: begin
        a1_entry = v_tbl6;
      end
      4'd7: begin
        a1_entry = v_tbl7;
      end
      4'd8: begin
        a1_entry = v_tbl8;
      end
      4'd9: begin
        a1_entry = v_tbl9;
      end
      4'd10: begin
        a1_entry = v_tbl10;
      end
      4'd11: begin
        a1_entry = v_tbl11;
      end
      4'd12: begin
        a1_entry = v_tbl12;
      end
      4'd13: begin
        a1_entry = v_tbl13;
      end
      4'd14: begin
        a1_entry = v_tbl14;
      end
      4'd15: begin
        a1_entry = v_tbl15;
      end
      default: begin
        a1_entry = v_tbl0;
      end
    endcase
  end
  wire [13:0] a1_set;  // the setting in use
  assign a1_set = v_tbl_en ? a1_entry : v_set;
  wire a1_flag_unused;  // q_o carries the reconstruction
  wire [3:0] a1_ncmp_unused;
  cim_tile_trq_sar a1_adc (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .trq_en_i(a1_set[12]),
    .msb_first_i(a1_set[13]),
    .bexp_i(a1_set[3:0]),
    .s1_i(a1_set[7:4]),
    .s2_i(a1_set[11:8]),
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
  wire ld_next;  // the next slice of this vector starts
  assign ld_next = ((state_q == StConv) && lanes_done) && !last_slice_q;
  wire drive_ld;  // a slice starts: load the row drive
  assign drive_ld = (start_idle || start_close) || ld_next;
  wire d_bank;
  wire [2:0] d_bt;
  wire d_sign;
  wire [3:0] d_pi;
  wire d_signed;
  wire [3:0] d_j;  // weight columns per neuron (for the table)
  assign d_bank = start_close ? !cbank_q : cbank_q;
  assign d_bt = ld_next ? next_bt_q : 3'd0;
  assign d_pi = d_bank ? b1_pi_q : b0_pi_q;
  assign d_signed = d_bank ? b1_signed_q : b0_signed_q;
  assign d_j = d_bank ? b1_j_q : b0_j_q;
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
        if (lanes_done && last_slice_q) begin
          state_d = StFin;
        end else if (lanes_done) begin
          state_d = StSettle;
        end
      end
      StFin: begin
        state_d = StClose;
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
      dac_q <= 64'd0;
      wl_q <= 64'd0;
      shift_q <= 1'd0;
    end else begin
      shift_q <= drive_ld;
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
        wl_q[32] <= d_bank ? b1_on_q[32] : b0_on_q[32];
        dac_q[32] <= ((d_bank ? b1_on_q[32] : b0_on_q[32]) && d_mask) && (d_bank ? b1_x32_q[0] : b0_x32_q[0]);
        wl_q[33] <= d_bank ? b1_on_q[33] : b0_on_q[33];
        dac_q[33] <= ((d_bank ? b1_on_q[33] : b0_on_q[33]) && d_mask) && (d_bank ? b1_x33_q[0] : b0_x33_q[0]);
        wl_q[34] <= d_bank ? b1_on_q[34] : b0_on_q[34];
        dac_q[34] <= ((d_bank ? b1_on_q[34] : b0_on_q[34]) && d_mask) && (d_bank ? b1_x34_q[0] : b0_x34_q[0]);
        wl_q[35] <= d_bank ? b1_on_q[35] : b0_on_q[35];
        dac_q[35] <= ((d_bank ? b1_on_q[35] : b0_on_q[35]) && d_mask) && (d_bank ? b1_x35_q[0] : b0_x35_q[0]);
        wl_q[36] <= d_bank ? b1_on_q[36] : b0_on_q[36];
        dac_q[36] <= ((d_bank ? b1_on_q[36] : b0_on_q[36]) && d_mask) && (d_bank ? b1_x36_q[0] : b0_x36_q[0]);
        wl_q[37] <= d_bank ? b1_on_q[37] : b0_on_q[37];
        dac_q[37] <= ((d_bank ? b1_on_q[37] : b0_on_q[37]) && d_mask) && (d_bank ? b1_x37_q[0] : b0_x37_q[0]);
        wl_q[38] <= d_bank ? b1_on_q[38] : b0_on_q[38];
        dac_q[38] <= ((d_bank ? b1_on_q[38] : b0_on_q[38]) && d_mask) && (d_bank ? b1_x38_q[0] : b0_x38_q[0]);
        wl_q[39] <= d_bank ? b1_on_q[39] : b0_on_q[39];
        dac_q[39] <= ((d_bank ? b1_on_q[39] : b0_on_q[39]) && d_mask) && (d_bank ? b1_x39_q[0] : b0_x39_q[0]);
        wl_q[40] <= d_bank ? b1_on_q[40] : b0_on_q[40];
        dac_q[40] <= ((d_bank ? b1_on_q[40] : b0_on_q[40]) && d_mask) && (d_bank ? b1_x40_q[0] : b0_x40_q[0]);
        wl_q[41] <= d_bank ? b1_on_q[41] : b0_on_q[41];
        dac_q[41] <= ((d_bank ? b1_on_q[41] : b0_on_q[41]) && d_mask) && (d_bank ? b1_x41_q[0] : b0_x41_q[0]);
        wl_q[42] <= d_bank ? b1_on_q[42] : b0_on_q[42];
        dac_q[42] <= ((d_bank ? b1_on_q[42] : b0_on_q[42]) && d_mask) && (d_bank ? b1_x42_q[0] : b0_x42_q[0]);
        wl_q[43] <= d_bank ? b1_on_q[43] : b0_on_q[43];
        dac_q[43] <= ((d_bank ? b1_on_q[43] : b0_on_q[43]) && d_mask) && (d_bank ? b1_x43_q[0] : b0_x43_q[0]);
        wl_q[44] <= d_bank ? b1_on_q[44] : b0_on_q[44];
        dac_q[44] <= ((d_bank ? b1_on_q[44] : b0_on_q[44]) && d_mask) && (d_bank ? b1_x44_q[0] : b0_x44_q[0]);
        wl_q[45] <= d_bank ? b1_on_q[45] : b0_on_q[45];
        dac_q[45] <= ((d_bank ? b1_on_q[45] : b0_on_q[45]) && d_mask) && (d_bank ? b1_x45_q[0] : b0_x45_q[0]);
        wl_q[46] <= d_bank ? b1_on_q[46] : b0_on_q[46];
        dac_q[46] <= ((d_bank ? b1_on_q[46] : b0_on_q[46]) && d_mask) && (d_bank ? b1_x46_q[0] : b0_x46_q[0]);
        wl_q[47] <= d_bank ? b1_on_q[47] : b0_on_q[47];
        dac_q[47] <= ((d_bank ? b1_on_q[47] : b0_on_q[47]) && d_mask) && (d_bank ? b1_x47_q[0] : b0_x47_q[0]);
        wl_q[48] <= d_bank ? b1_on_q[48] : b0_on_q[48];
        dac_q[48] <= ((d_bank ? b1_on_q[48] : b0_on_q[48]) && d_mask) && (d_bank ? b1_x48_q[0] : b0_x48_q[0]);
        wl_q[49] <= d_bank ? b1_on_q[49] : b0_on_q[49];
        dac_q[49] <= ((d_bank ? b1_on_q[49] : b0_on_q[49]) && d_mask) && (d_bank ? b1_x49_q[0] : b0_x49_q[0]);
        wl_q[50] <= d_bank ? b1_on_q[50] : b0_on_q[50];
        dac_q[50] <= ((d_bank ? b1_on_q[50] : b0_on_q[50]) && d_mask) && (d_bank ? b1_x50_q[0] : b0_x50_q[0]);
        wl_q[51] <= d_bank ? b1_on_q[51] : b0_on_q[51];
        dac_q[51] <= ((d_bank ? b1_on_q[51] : b0_on_q[51]) && d_mask) && (d_bank ? b1_x51_q[0] : b0_x51_q[0]);
        wl_q[52] <= d_bank ? b1_on_q[52] : b0_on_q[52];
        dac_q[52] <= ((d_bank ? b1_on_q[52] : b0_on_q[52]) && d_mask) && (d_bank ? b1_x52_q[0] : b0_x52_q[0]);
        wl_q[53] <= d_bank ? b1_on_q[53] : b0_on_q[53];
        dac_q[53] <= ((d_bank ? b1_on_q[53] : b0_on_q[53]) && d_mask) && (d_bank ? b1_x53_q[0] : b0_x53_q[0]);
        wl_q[54] <= d_bank ? b1_on_q[54] : b0_on_q[54];
        dac_q[54] <= ((d_bank ? b1_on_q[54] : b0_on_q[54]) && d_mask) && (d_bank ? b1_x54_q[0] : b0_x54_q[0]);
        wl_q[55] <= d_bank ? b1_on_q[55] : b0_on_q[55];
        dac_q[55] <= ((d_bank ? b1_on_q[55] : b0_on_q[55]) && d_mask) && (d_bank ? b1_x55_q[0] : b0_x55_q[0]);
        wl_q[56] <= d_bank ? b1_on_q[56] : b0_on_q[56];
        dac_q[56] <= ((d_bank ? b1_on_q[56] : b0_on_q[56]) && d_mask) && (d_bank ? b1_x56_q[0] : b0_x56_q[0]);
        wl_q[57] <= d_bank ? b1_on_q[57] : b0_on_q[57];
        dac_q[57] <= ((d_bank ? b1_on_q[57] : b0_on_q[57]) && d_mask) && (d_bank ? b1_x57_q[0] : b0_x57_q[0]);
        wl_q[58] <= d_bank ? b1_on_q[58] : b0_on_q[58];
        dac_q[58] <= ((d_bank ? b1_on_q[58] : b0_on_q[58]) && d_mask) && (d_bank ? b1_x58_q[0] : b0_x58_q[0]);
        wl_q[59] <= d_bank ? b1_on_q[59] : b0_on_q[59];
        dac_q[59] <= ((d_bank ? b1_on_q[59] : b0_on_q[59]) && d_mask) && (d_bank ? b1_x59_q[0] : b0_x59_q[0]);
        wl_q[60] <= d_bank ? b1_on_q[60] : b0_on_q[60];
        dac_q[60] <= ((d_bank ? b1_on_q[60] : b0_on_q[60]) && d_mask) && (d_bank ? b1_x60_q[0] : b0_x60_q[0]);
        wl_q[61] <= d_bank ? b1_on_q[61] : b0_on_q[61];
        dac_q[61] <= ((d_bank ? b1_on_q[61] : b0_on_q[61]) && d_mask) && (d_bank ? b1_x61_q[0] : b0_x61_q[0]);
        wl_q[62] <= d_bank ? b1_on_q[62] : b0_on_q[62];
        dac_q[62] <= ((d_bank ? b1_on_q[62] : b0_on_q[62]) && d_mask) && (d_bank ? b1_x62_q[0] : b0_x62_q[0]);
        wl_q[63] <= d_bank ? b1_on_q[63] : b0_on_q[63];
        dac_q[63] <= ((d_bank ? b1_on_q[63] : b0_on_q[63]) && d_mask) && (d_bank ? b1_x63_q[0] : b0_x63_q[0]);
      end else if (state_q == StSample) begin
        dac_q <= 64'd0;
        wl_q <= 64'd0;
      end
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
          b0_tbl_en_q <= cfg_tbl_en_q;
          b0_tbl0_q <= cfg_tbl0_q;
          b0_tbl1_q <= cfg_tbl1_q;
          b0_tbl2_q <= cfg_tbl2_q;
          b0_tbl3_q <= cfg_tbl3_q;
          b0_tbl4_q <= cfg_tbl4_q;
          b0_tbl5_q <= cfg_tbl5_q;
          b0_tbl6_q <= cfg_tbl6_q;
          b0_tbl7_q <= cfg_tbl7_q;
          b0_tbl8_q <= cfg_tbl8_q;
          b0_tbl9_q <= cfg_tbl9_q;
          b0_tbl10_q <= cfg_tbl10_q;
          b0_tbl11_q <= cfg_tbl11_q;
          b0_tbl12_q <= cfg_tbl12_q;
          b0_tbl13_q <= cfg_tbl13_q;
          b0_tbl14_q <= cfg_tbl14_q;
          b0_tbl15_q <= cfg_tbl15_q;
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
          b1_tbl_en_q <= cfg_tbl_en_q;
          b1_tbl0_q <= cfg_tbl0_q;
          b1_tbl1_q <= cfg_tbl1_q;
          b1_tbl2_q <= cfg_tbl2_q;
          b1_tbl3_q <= cfg_tbl3_q;
          b1_tbl4_q <= cfg_tbl4_q;
          b1_tbl5_q <= cfg_tbl5_q;
          b1_tbl6_q <= cfg_tbl6_q;
          b1_tbl7_q <= cfg_tbl7_q;
          b1_tbl8_q <= cfg_tbl8_q;
          b1_tbl9_q <= cfg_tbl9_q;
          b1_tbl10_q <= cfg_tbl10_q;
          b1_tbl11_q <= cfg_tbl11_q;
          b1_tbl12_q <= cfg_tbl12_q;
          b1_tbl13_q <= cfg_tbl13_q;
          b1_tbl14_q <= cfg_tbl14_q;
          b1_tbl15_q <= cfg_tbl15_q;
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
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd0)) begin
      b0_x0_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x1_q <= {1'd0, b0_x1_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd1)) begin
      b0_x1_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x2_q <= {1'd0, b0_x2_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd2)) begin
      b0_x2_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x3_q <= {1'd0, b0_x3_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd3)) begin
      b0_x3_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x4_q <= {1'd0, b0_x4_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd4)) begin
      b0_x4_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x5_q <= {1'd0, b0_x5_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd5)) begin
      b0_x5_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x6_q <= {1'd0, b0_x6_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd6)) begin
      b0_x6_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x7_q <= {1'd0, b0_x7_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd7)) begin
      b0_x7_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x8_q <= {1'd0, b0_x8_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd8)) begin
      b0_x8_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x9_q <= {1'd0, b0_x9_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd9)) begin
      b0_x9_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x10_q <= {1'd0, b0_x10_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd10)) begin
      b0_x10_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x11_q <= {1'd0, b0_x11_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd11)) begin
      b0_x11_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x12_q <= {1'd0, b0_x12_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd12)) begin
      b0_x12_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x13_q <= {1'd0, b0_x13_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd13)) begin
      b0_x13_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x14_q <= {1'd0, b0_x14_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd14)) begin
      b0_x14_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x15_q <= {1'd0, b0_x15_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd15)) begin
      b0_x15_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x16_q <= {1'd0, b0_x16_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd16)) begin
      b0_x16_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x17_q <= {1'd0, b0_x17_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd17)) begin
      b0_x17_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x18_q <= {1'd0, b0_x18_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd18)) begin
      b0_x18_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x19_q <= {1'd0, b0_x19_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd19)) begin
      b0_x19_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x20_q <= {1'd0, b0_x20_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd20)) begin
      b0_x20_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x21_q <= {1'd0, b0_x21_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd21)) begin
      b0_x21_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x22_q <= {1'd0, b0_x22_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd22)) begin
      b0_x22_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x23_q <= {1'd0, b0_x23_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd23)) begin
      b0_x23_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x24_q <= {1'd0, b0_x24_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd24)) begin
      b0_x24_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x25_q <= {1'd0, b0_x25_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd25)) begin
      b0_x25_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x26_q <= {1'd0, b0_x26_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd26)) begin
      b0_x26_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x27_q <= {1'd0, b0_x27_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd27)) begin
      b0_x27_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x28_q <= {1'd0, b0_x28_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd28)) begin
      b0_x28_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x29_q <= {1'd0, b0_x29_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd29)) begin
      b0_x29_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x30_q <= {1'd0, b0_x30_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd30)) begin
      b0_x30_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x31_q <= {1'd0, b0_x31_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd31)) begin
      b0_x31_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x32_q <= {1'd0, b0_x32_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd32)) begin
      b0_x32_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x33_q <= {1'd0, b0_x33_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd33)) begin
      b0_x33_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x34_q <= {1'd0, b0_x34_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd34)) begin
      b0_x34_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x35_q <= {1'd0, b0_x35_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd35)) begin
      b0_x35_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x36_q <= {1'd0, b0_x36_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd36)) begin
      b0_x36_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x37_q <= {1'd0, b0_x37_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd37)) begin
      b0_x37_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x38_q <= {1'd0, b0_x38_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd38)) begin
      b0_x38_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x39_q <= {1'd0, b0_x39_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd39)) begin
      b0_x39_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x40_q <= {1'd0, b0_x40_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd40)) begin
      b0_x40_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x41_q <= {1'd0, b0_x41_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd41)) begin
      b0_x41_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x42_q <= {1'd0, b0_x42_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd42)) begin
      b0_x42_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x43_q <= {1'd0, b0_x43_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd43)) begin
      b0_x43_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x44_q <= {1'd0, b0_x44_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd44)) begin
      b0_x44_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x45_q <= {1'd0, b0_x45_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd45)) begin
      b0_x45_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x46_q <= {1'd0, b0_x46_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd46)) begin
      b0_x46_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x47_q <= {1'd0, b0_x47_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd47)) begin
      b0_x47_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x48_q <= {1'd0, b0_x48_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd48)) begin
      b0_x48_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x49_q <= {1'd0, b0_x49_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd49)) begin
      b0_x49_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x50_q <= {1'd0, b0_x50_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd50)) begin
      b0_x50_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x51_q <= {1'd0, b0_x51_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd51)) begin
      b0_x51_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x52_q <= {1'd0, b0_x52_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd52)) begin
      b0_x52_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x53_q <= {1'd0, b0_x53_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd53)) begin
      b0_x53_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x54_q <= {1'd0, b0_x54_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd54)) begin
      b0_x54_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x55_q <= {1'd0, b0_x55_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd55)) begin
      b0_x55_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x56_q <= {1'd0, b0_x56_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd56)) begin
      b0_x56_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x57_q <= {1'd0, b0_x57_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd57)) begin
      b0_x57_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x58_q <= {1'd0, b0_x58_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd58)) begin
      b0_x58_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x59_q <= {1'd0, b0_x59_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd59)) begin
      b0_x59_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x60_q <= {1'd0, b0_x60_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd60)) begin
      b0_x60_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x61_q <= {1'd0, b0_x61_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd61)) begin
      b0_x61_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x62_q <= {1'd0, b0_x62_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd62)) begin
      b0_x62_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd0)) begin
      b0_x63_q <= {1'd0, b0_x63_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd0)) && (fcnt_q == 7'd63)) begin
      b0_x63_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x0_q <= {1'd0, b1_x0_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd0)) begin
      b1_x0_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x1_q <= {1'd0, b1_x1_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd1)) begin
      b1_x1_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x2_q <= {1'd0, b1_x2_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd2)) begin
      b1_x2_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x3_q <= {1'd0, b1_x3_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd3)) begin
      b1_x3_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x4_q <= {1'd0, b1_x4_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd4)) begin
      b1_x4_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x5_q <= {1'd0, b1_x5_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd5)) begin
      b1_x5_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x6_q <= {1'd0, b1_x6_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd6)) begin
      b1_x6_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x7_q <= {1'd0, b1_x7_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd7)) begin
      b1_x7_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x8_q <= {1'd0, b1_x8_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd8)) begin
      b1_x8_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x9_q <= {1'd0, b1_x9_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd9)) begin
      b1_x9_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x10_q <= {1'd0, b1_x10_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd10)) begin
      b1_x10_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x11_q <= {1'd0, b1_x11_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd11)) begin
      b1_x11_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x12_q <= {1'd0, b1_x12_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd12)) begin
      b1_x12_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x13_q <= {1'd0, b1_x13_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd13)) begin
      b1_x13_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x14_q <= {1'd0, b1_x14_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd14)) begin
      b1_x14_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x15_q <= {1'd0, b1_x15_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd15)) begin
      b1_x15_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x16_q <= {1'd0, b1_x16_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd16)) begin
      b1_x16_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x17_q <= {1'd0, b1_x17_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd17)) begin
      b1_x17_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x18_q <= {1'd0, b1_x18_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd18)) begin
      b1_x18_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x19_q <= {1'd0, b1_x19_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd19)) begin
      b1_x19_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x20_q <= {1'd0, b1_x20_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd20)) begin
      b1_x20_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x21_q <= {1'd0, b1_x21_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd21)) begin
      b1_x21_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x22_q <= {1'd0, b1_x22_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd22)) begin
      b1_x22_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x23_q <= {1'd0, b1_x23_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd23)) begin
      b1_x23_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x24_q <= {1'd0, b1_x24_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd24)) begin
      b1_x24_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x25_q <= {1'd0, b1_x25_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd25)) begin
      b1_x25_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x26_q <= {1'd0, b1_x26_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd26)) begin
      b1_x26_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x27_q <= {1'd0, b1_x27_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd27)) begin
      b1_x27_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x28_q <= {1'd0, b1_x28_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd28)) begin
      b1_x28_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x29_q <= {1'd0, b1_x29_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd29)) begin
      b1_x29_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x30_q <= {1'd0, b1_x30_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd30)) begin
      b1_x30_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x31_q <= {1'd0, b1_x31_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd31)) begin
      b1_x31_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x32_q <= {1'd0, b1_x32_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd32)) begin
      b1_x32_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x33_q <= {1'd0, b1_x33_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd33)) begin
      b1_x33_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x34_q <= {1'd0, b1_x34_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd34)) begin
      b1_x34_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x35_q <= {1'd0, b1_x35_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd35)) begin
      b1_x35_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x36_q <= {1'd0, b1_x36_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd36)) begin
      b1_x36_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x37_q <= {1'd0, b1_x37_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd37)) begin
      b1_x37_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x38_q <= {1'd0, b1_x38_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd38)) begin
      b1_x38_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x39_q <= {1'd0, b1_x39_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd39)) begin
      b1_x39_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x40_q <= {1'd0, b1_x40_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd40)) begin
      b1_x40_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x41_q <= {1'd0, b1_x41_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd41)) begin
      b1_x41_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x42_q <= {1'd0, b1_x42_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd42)) begin
      b1_x42_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x43_q <= {1'd0, b1_x43_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd43)) begin
      b1_x43_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x44_q <= {1'd0, b1_x44_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd44)) begin
      b1_x44_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x45_q <= {1'd0, b1_x45_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd45)) begin
      b1_x45_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x46_q <= {1'd0, b1_x46_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd46)) begin
      b1_x46_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x47_q <= {1'd0, b1_x47_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd47)) begin
      b1_x47_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x48_q <= {1'd0, b1_x48_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd48)) begin
      b1_x48_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x49_q <= {1'd0, b1_x49_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd49)) begin
      b1_x49_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x50_q <= {1'd0, b1_x50_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd50)) begin
      b1_x50_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x51_q <= {1'd0, b1_x51_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd51)) begin
      b1_x51_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x52_q <= {1'd0, b1_x52_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd52)) begin
      b1_x52_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x53_q <= {1'd0, b1_x53_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd53)) begin
      b1_x53_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x54_q <= {1'd0, b1_x54_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd54)) begin
      b1_x54_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x55_q <= {1'd0, b1_x55_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd55)) begin
      b1_x55_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x56_q <= {1'd0, b1_x56_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd56)) begin
      b1_x56_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x57_q <= {1'd0, b1_x57_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd57)) begin
      b1_x57_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x58_q <= {1'd0, b1_x58_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd58)) begin
      b1_x58_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x59_q <= {1'd0, b1_x59_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd59)) begin
      b1_x59_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x60_q <= {1'd0, b1_x60_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd60)) begin
      b1_x60_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x61_q <= {1'd0, b1_x61_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd61)) begin
      b1_x61_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x62_q <= {1'd0, b1_x62_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd62)) begin
      b1_x62_q <= in_data_i;
    end
    if (shift_q && (shift_bank_q == 1'd1)) begin
      b1_x63_q <= {1'd0, b1_x63_q[7:1]};
    end else if ((in_take && (fbank_q == 1'd1)) && (fcnt_q == 7'd63)) begin
      b1_x63_q <= in_data_i;
    end
    if (in_take && (fbank_q == 1'd0)) begin
      b0_on_q[0] <= (fcnt_q == 7'd0) || (b0_on_q[0] && !f_first);
      b0_on_q[1] <= (fcnt_q == 7'd1) || (b0_on_q[1] && !f_first);
      b0_on_q[2] <= (fcnt_q == 7'd2) || (b0_on_q[2] && !f_first);
      b0_on_q[3] <= (fcnt_q == 7'd3) || (b0_on_q[3] && !f_first);
      b0_on_q[4] <= (fcnt_q == 7'd4) || (b0_on_q[4] && !f_first);
      b0_on_q[5] <= (fcnt_q == 7'd5) || (b0_on_q[5] && !f_first);
      b0_on_q[6] <= (fcnt_q == 7'd6) || (b0_on_q[6] && !f_first);
      b0_on_q[7] <= (fcnt_q == 7'd7) || (b0_on_q[7] && !f_first);
      b0_on_q[8] <= (fcnt_q == 7'd8) || (b0_on_q[8] && !f_first);
      b0_on_q[9] <= (fcnt_q == 7'd9) || (b0_on_q[9] && !f_first);
      b0_on_q[10] <= (fcnt_q == 7'd10) || (b0_on_q[10] && !f_first);
      b0_on_q[11] <= (fcnt_q == 7'd11) || (b0_on_q[11] && !f_first);
      b0_on_q[12] <= (fcnt_q == 7'd12) || (b0_on_q[12] && !f_first);
      b0_on_q[13] <= (fcnt_q == 7'd13) || (b0_on_q[13] && !f_first);
      b0_on_q[14] <= (fcnt_q == 7'd14) || (b0_on_q[14] && !f_first);
      b0_on_q[15] <= (fcnt_q == 7'd15) || (b0_on_q[15] && !f_first);
      b0_on_q[16] <= (fcnt_q == 7'd16) || (b0_on_q[16] && !f_first);
      b0_on_q[17] <= (fcnt_q == 7'd17) || (b0_on_q[17] && !f_first);
      b0_on_q[18] <= (fcnt_q == 7'd18) || (b0_on_q[18] && !f_first);
      b0_on_q[19] <= (fcnt_q == 7'd19) || (b0_on_q[19] && !f_first);
      b0_on_q[20] <= (fcnt_q == 7'd20) || (b0_on_q[20] && !f_first);
      b0_on_q[21] <= (fcnt_q == 7'd21) || (b0_on_q[21] && !f_first);
      b0_on_q[22] <= (fcnt_q == 7'd22) || (b0_on_q[22] && !f_first);
      b0_on_q[23] <= (fcnt_q == 7'd23) || (b0_on_q[23] && !f_first);
      b0_on_q[24] <= (fcnt_q == 7'd24) || (b0_on_q[24] && !f_first);
      b0_on_q[25] <= (fcnt_q == 7'd25) || (b0_on_q[25] && !f_first);
      b0_on_q[26] <= (fcnt_q == 7'd26) || (b0_on_q[26] && !f_first);
      b0_on_q[27] <= (fcnt_q == 7'd27) || (b0_on_q[27] && !f_first);
      b0_on_q[28] <= (fcnt_q == 7'd28) || (b0_on_q[28] && !f_first);
      b0_on_q[29] <= (fcnt_q == 7'd29) || (b0_on_q[29] && !f_first);
      b0_on_q[30] <= (fcnt_q == 7'd30) || (b0_on_q[30] && !f_first);
      b0_on_q[31] <= (fcnt_q == 7'd31) || (b0_on_q[31] && !f_first);
      b0_on_q[32] <= (fcnt_q == 7'd32) || (b0_on_q[32] && !f_first);
      b0_on_q[33] <= (fcnt_q == 7'd33) || (b0_on_q[33] && !f_first);
      b0_on_q[34] <= (fcnt_q == 7'd34) || (b0_on_q[34] && !f_first);
      b0_on_q[35] <= (fcnt_q == 7'd35) || (b0_on_q[35] && !f_first);
      b0_on_q[36] <= (fcnt_q == 7'd36) || (b0_on_q[36] && !f_first);
      b0_on_q[37] <= (fcnt_q == 7'd37) || (b0_on_q[37] && !f_first);
      b0_on_q[38] <= (fcnt_q == 7'd38) || (b0_on_q[38] && !f_first);
      b0_on_q[39] <= (fcnt_q == 7'd39) || (b0_on_q[39] && !f_first);
      b0_on_q[40] <= (fcnt_q == 7'd40) || (b0_on_q[40] && !f_first);
      b0_on_q[41] <= (fcnt_q == 7'd41) || (b0_on_q[41] && !f_first);
      b0_on_q[42] <= (fcnt_q == 7'd42) || (b0_on_q[42] && !f_first);
      b0_on_q[43] <= (fcnt_q == 7'd43) || (b0_on_q[43] && !f_first);
      b0_on_q[44] <= (fcnt_q == 7'd44) || (b0_on_q[44] && !f_first);
      b0_on_q[45] <= (fcnt_q == 7'd45) || (b0_on_q[45] && !f_first);
      b0_on_q[46] <= (fcnt_q == 7'd46) || (b0_on_q[46] && !f_first);
      b0_on_q[47] <= (fcnt_q == 7'd47) || (b0_on_q[47] && !f_first);
      b0_on_q[48] <= (fcnt_q == 7'd48) || (b0_on_q[48] && !f_first);
      b0_on_q[49] <= (fcnt_q == 7'd49) || (b0_on_q[49] && !f_first);
      b0_on_q[50] <= (fcnt_q == 7'd50) || (b0_on_q[50] && !f_first);
      b0_on_q[51] <= (fcnt_q == 7'd51) || (b0_on_q[51] && !f_first);
      b0_on_q[52] <= (fcnt_q == 7'd52) || (b0_on_q[52] && !f_first);
      b0_on_q[53] <= (fcnt_q == 7'd53) || (b0_on_q[53] && !f_first);
      b0_on_q[54] <= (fcnt_q == 7'd54) || (b0_on_q[54] && !f_first);
      b0_on_q[55] <= (fcnt_q == 7'd55) || (b0_on_q[55] && !f_first);
      b0_on_q[56] <= (fcnt_q == 7'd56) || (b0_on_q[56] && !f_first);
      b0_on_q[57] <= (fcnt_q == 7'd57) || (b0_on_q[57] && !f_first);
      b0_on_q[58] <= (fcnt_q == 7'd58) || (b0_on_q[58] && !f_first);
      b0_on_q[59] <= (fcnt_q == 7'd59) || (b0_on_q[59] && !f_first);
      b0_on_q[60] <= (fcnt_q == 7'd60) || (b0_on_q[60] && !f_first);
      b0_on_q[61] <= (fcnt_q == 7'd61) || (b0_on_q[61] && !f_first);
      b0_on_q[62] <= (fcnt_q == 7'd62) || (b0_on_q[62] && !f_first);
      b0_on_q[63] <= (fcnt_q == 7'd63) || (b0_on_q[63] && !f_first);
    end
    if (in_take && (fbank_q == 1'd1)) begin
      b1_on_q[0] <= (fcnt_q == 7'd0) || (b1_on_q[0] && !f_first);
      b1_on_q[1] <= (fcnt_q == 7'd1) || (b1_on_q[1] && !f_first);
      b1_on_q[2] <= (fcnt_q == 7'd2) || (b1_on_q[2] && !f_first);
      b1_on_q[3] <= (fcnt_q == 7'd3) || (b1_on_q[3] && !f_first);
      b1_on_q[4] <= (fcnt_q == 7'd4) || (b1_on_q[4] && !f_first);
      b1_on_q[5] <= (fcnt_q == 7'd5) || (b1_on_q[5] && !f_first);
      b1_on_q[6] <= (fcnt_q == 7'd6) || (b1_on_q[6] && !f_first);
      b1_on_q[7] <= (fcnt_q == 7'd7) || (b1_on_q[7] && !f_first);
      b1_on_q[8] <= (fcnt_q == 7'd8) || (b1_on_q[8] && !f_first);
      b1_on_q[9] <= (fcnt_q == 7'd9) || (b1_on_q[9] && !f_first);
      b1_on_q[10] <= (fcnt_q == 7'd10) || (b1_on_q[10] && !f_first);
      b1_on_q[11] <= (fcnt_q == 7'd11) || (b1_on_q[11] && !f_first);
      b1_on_q[12] <= (fcnt_q == 7'd12) || (b1_on_q[12] && !f_first);
      b1_on_q[13] <= (fcnt_q == 7'd13) || (b1_on_q[13] && !f_first);
      b1_on_q[14] <= (fcnt_q == 7'd14) || (b1_on_q[14] && !f_first);
      b1_on_q[15] <= (fcnt_q == 7'd15) || (b1_on_q[15] && !f_first);
      b1_on_q[16] <= (fcnt_q == 7'd16) || (b1_on_q[16] && !f_first);
      b1_on_q[17] <= (fcnt_q == 7'd17) || (b1_on_q[17] && !f_first);
      b1_on_q[18] <= (fcnt_q == 7'd18) || (b1_on_q[18] && !f_first);
      b1_on_q[19] <= (fcnt_q == 7'd19) || (b1_on_q[19] && !f_first);
      b1_on_q[20] <= (fcnt_q == 7'd20) || (b1_on_q[20] && !f_first);
      b1_on_q[21] <= (fcnt_q == 7'd21) || (b1_on_q[21] && !f_first);
      b1_on_q[22] <= (fcnt_q == 7'd22) || (b1_on_q[22] && !f_first);
      b1_on_q[23] <= (fcnt_q == 7'd23) || (b1_on_q[23] && !f_first);
      b1_on_q[24] <= (fcnt_q == 7'd24) || (b1_on_q[24] && !f_first);
      b1_on_q[25] <= (fcnt_q == 7'd25) || (b1_on_q[25] && !f_first);
      b1_on_q[26] <= (fcnt_q == 7'd26) || (b1_on_q[26] && !f_first);
      b1_on_q[27] <= (fcnt_q == 7'd27) || (b1_on_q[27] && !f_first);
      b1_on_q[28] <= (fcnt_q == 7'd28) || (b1_on_q[28] && !f_first);
      b1_on_q[29] <= (fcnt_q == 7'd29) || (b1_on_q[29] && !f_first);
      b1_on_q[30] <= (fcnt_q == 7'd30) || (b1_on_q[30] && !f_first);
      b1_on_q[31] <= (fcnt_q == 7'd31) || (b1_on_q[31] && !f_first);
      b1_on_q[32] <= (fcnt_q == 7'd32) || (b1_on_q[32] && !f_first);
      b1_on_q[33] <= (fcnt_q == 7'd33) || (b1_on_q[33] && !f_first);
      b1_on_q[34] <= (fcnt_q == 7'd34) || (b1_on_q[34] && !f_first);
      b1_on_q[35] <= (fcnt_q == 7'd35) || (b1_on_q[35] && !f_first);
      b1_on_q[36] <= (fcnt_q == 7'd36) || (b1_on_q[36] && !f_first);
      b1_on_q[37] <= (fcnt_q == 7'd37) || (b1_on_q[37] && !f_first);
      b1_on_q[38] <= (fcnt_q == 7'd38) || (b1_on_q[38] && !f_first);
      b1_on_q[39] <= (fcnt_q == 7'd39) || (b1_on_q[39] && !f_first);
      b1_on_q[40] <= (fcnt_q == 7'd40) || (b1_on_q[40] && !f_first);
      b1_on_q[41] <= (fcnt_q == 7'd41) || (b1_on_q[41] && !f_first);
      b1_on_q[42] <= (fcnt_q == 7'd42) || (b1_on_q[42] && !f_first);
      b1_on_q[43] <= (fcnt_q == 7'd43) || (b1_on_q[43] && !f_first);
      b1_on_q[44] <= (fcnt_q == 7'd44) || (b1_on_q[44] && !f_first);
      b1_on_q[45] <= (fcnt_q == 7'd45) || (b1_on_q[45] && !f_first);
      b1_on_q[46] <= (fcnt_q == 7'd46) || (b1_on_q[46] && !f_first);
      b1_on_q[47] <= (fcnt_q == 7'd47) || (b1_on_q[47] && !f_first);
      b1_on_q[48] <= (fcnt_q == 7'd48) || (b1_on_q[48] && !f_first);
      b1_on_q[49] <= (fcnt_q == 7'd49) || (b1_on_q[49] && !f_first);
      b1_on_q[50] <= (fcnt_q == 7'd50) || (b1_on_q[50] && !f_first);
      b1_on_q[51] <= (fcnt_q == 7'd51) || (b1_on_q[51] && !f_first);
      b1_on_q[52] <= (fcnt_q == 7'd52) || (b1_on_q[52] && !f_first);
      b1_on_q[53] <= (fcnt_q == 7'd53) || (b1_on_q[53] && !f_first);
      b1_on_q[54] <= (fcnt_q == 7'd54) || (b1_on_q[54] && !f_first);
      b1_on_q[55] <= (fcnt_q == 7'd55) || (b1_on_q[55] && !f_first);
      b1_on_q[56] <= (fcnt_q == 7'd56) || (b1_on_q[56] && !f_first);
      b1_on_q[57] <= (fcnt_q == 7'd57) || (b1_on_q[57] && !f_first);
      b1_on_q[58] <= (fcnt_q == 7'd58) || (b1_on_q[58] && !f_first);
      b1_on_q[59] <= (fcnt_q == 7'd59) || (b1_on_q[59] && !f_first);
      b1_on_q[60] <= (fcnt_q == 7'd60) || (b1_on_q[60] && !f_first);
      b1_on_q[61] <= (fcnt_q == 7'd61) || (b1_on_q[61] && !f_first);
      b1_on_q[62] <= (fcnt_q == 7'd62) || (b1_on_q[62] && !f_first);
      b1_on_q[63] <= (fcnt_q == 7'd63) || (b1_on_q[63] && !f_first);
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
      a0_issued_q <= 6'd0;
      a0_j_q <= (d_j == 4'd8) ? 4'd0 : ((d_j == 4'd7) ? 4'd0 :
          ((d_j == 4'd6) ? 4'd0 : ((d_j == 4'd5) ? 4'd0 : ((d_j == 4'd4) ? 4'd0 :
          ((d_j == 4'd3) ? 4'd0 : ((d_j == 4'd2) ? 4'd0 : ((d_j == 4'd1) ? 4'd0 : 4'd0)))))));
    end
    if (a0_start && a0_ready) begin
      a0_col_q <= a0_issued_q[4:0];
      a0_issued_q <= a0_issued_q + 6'd1;
      a0_j_q <= (a0_j_q == (v_j - 4'd1)) ? 4'd0 : (a0_j_q + 4'd1);
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
      a1_j_q <= (d_j == 4'd8) ? 4'd0 : ((d_j == 4'd7) ? 4'd4 :
          ((d_j == 4'd6) ? 4'd2 : ((d_j == 4'd5) ? 4'd2 : ((d_j == 4'd4) ? 4'd0 :
          ((d_j == 4'd3) ? 4'd2 : ((d_j == 4'd2) ? 4'd0 : ((d_j == 4'd1) ? 4'd0 : 4'd0)))))));
    end
    if (a1_start && a1_ready) begin
      a1_col_q <= a1_issued_q[4:0];
      a1_issued_q <= a1_issued_q + 6'd1;
      a1_j_q <= (a1_j_q == (v_j - 4'd1)) ? 4'd0 : (a1_j_q + 4'd1);
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
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [8:0] f_conv_q = 9'd0;
  wire [8:0] f_t;  // cycles since the slice's sample cycle
  assign f_t = (state_q == StSample) ? 9'd0 : f_conv_q;
  reg [1:0] f_settle_q = 2'd0;
  reg [2:0] f_vin_q = 3'd0;
  reg [2:0] f_vout_q = 3'd0;
  wire [27:0] f_acc_lim;  // bound of |o_acc|
  assign f_acc_lim = ((o_jj_q == 4'd8) ? 28'd255 : ((o_jj_q == 4'd7) ? 28'd127 :
      ((o_jj_q == 4'd6) ? 28'd63 : ((o_jj_q == 4'd5) ? 28'd31 :
      ((o_jj_q == 4'd4) ? 28'd15 : ((o_jj_q == 4'd3) ? 28'd7 : ((o_jj_q == 4'd2) ? 28'd3 :
      ((o_jj_q == 4'd1) ? 28'd1 : 28'd0)))))))) << 6'd16;
  wire [27:0] f_acc_w;
  wire [25:0] f_sum_y;
  wire [27:0] f_sum_w;
  assign f_acc_w = {{2{o_acc_q[25]}}, o_acc_q};
  assign f_sum_y = o_acc_q + o_term;
  assign f_sum_w = f_acc_w + {{2{o_term[25]}}, o_term};
  wire [8:0] f_col;  // the combine's column: lane * G + g
  wire [8:0] f_col_want;  // the column of neuron o_n, set, j
  assign f_col = ({8'd0, o_lane_q} * 9'd32) + {4'd0, o_g_q};
  assign f_col_want = ({2'd0, o_n_q} * ({5'd0, o_j_q} * 9'd1)) + {5'd0, o_jj_q};
  reg f_junk = 1'd1;
  reg [5:0] f_nres0 = 6'd0;
  reg [5:0] f_nres1 = 6'd0;
  wire [8:0] f_ncols0;  // the layout's active columns
  assign f_ncols0 = ({2'd0, b0_neurons_q} * {5'd0, b0_j_q}) * 9'd1;
  wire [8:0] f_ncols1;  // the layout's active columns
  assign f_ncols1 = ({2'd0, b1_neurons_q} * {5'd0, b1_j_q}) * 9'd1;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni) begin
      f_conv_q <= 9'd0;
      f_settle_q <= 2'd0;
      f_vin_q <= 3'd0;
      f_vout_q <= 3'd0;
      f_junk <= 1'd1;
      f_nres0 <= 6'd0;
      f_nres1 <= 6'd0;
    end else begin
      f_conv_q <= ((state_q == StSample) || (state_q == StConv)) ? ((f_t == {9{1'b1}}) ? f_t : (f_t + 9'd1)) : 9'd0;
      f_settle_q <= (state_q == StSettle) ? (f_settle_q + 2'd1) : 2'd0;
      f_vin_q <= f_vin_q + {2'd0, in_take && (fcnt_q == (f_rows - 7'd1))};
      f_vout_q <= f_vout_q + {2'd0, (out_valid_o && out_ready_i) && out_last_o};
      f_junk <= v_close ? 1'd1 : (((state_q == StSample) && first_slice_q) ? 1'd0 : f_junk);
      f_nres0 <= (state_q == StSample) ? 6'd0 : ((a0_valid && (f_nres0 != {6{1'b1}})) ? (f_nres0 + 6'd1) : f_nres0);
      f_nres1 <= (state_q == StSample) ? 6'd0 : ((a1_valid && (f_nres1 != {6{1'b1}})) ? (f_nres1 + 6'd1) : f_nres1);
    end
    if ((f_past_valid && rst_ni) && $past(rst_ni)) begin
      // compute FSM: legal states; SETTLE cycles with the drive held; the drive off elsewhere
      assert (state_q <= StClose);
      if (state_q == StSettle) begin
        assert (f_settle_q < 2'd2);
      end
      if ((state_q == StSample) && ($past(state_q) == StSettle)) begin
        assert ($past(f_settle_q) == 2'd1);
      end
      if ($past(state_q) == StSettle) begin
        assert (wl_q == $past(wl_q));
        assert (dac_q == $past(dac_q));
      end
      if ((wl_q != 64'd0) || (dac_q != 64'd0)) begin
        assert ((state_q == StSettle) || (state_q == StSample));
      end
      // ADC lanes: compare only in CONV, back to back, at the README's cycles
      if (adc_cmp_en_o != 2'd0) begin
        assert (state_q == StConv);
      end
      if ((state_q == StSample) || (state_q == StConv)) begin
        assert (a0_ncols != 6'd0);
        assert (a0_ncols <= 6'd32);
        assert (f_t <= ({3'd0, a0_ncols} * 9'd9));
        assert (a0_issued_q <= a0_ncols);
        if (a0_start && a0_ready) begin
          assert (f_t >= {3'd0, a0_issued_q});
          assert (f_t <= ({3'd0, a0_issued_q} * 9'd9));
        end
        if ((state_q == StConv) && !adc_cmp_en_o[0]) begin
          assert (a0_issued_q == a0_ncols);
        end
        if (adc_cmp_en_o[0]) begin
          assert (a0_issued_q != 6'd0);
          assert (f_t <= ({3'd0, a0_issued_q} * 9'd9));
        end
        assert (a1_issued_q <= a1_ncols);
        assert (a1_ncols <= a0_ncols);
        if (a1_start && a1_ready) begin
          assert (f_t >= {3'd0, a1_issued_q});
          assert (f_t <= ({3'd0, a1_issued_q} * 9'd9));
        end
        if ((state_q == StConv) && !adc_cmp_en_o[1]) begin
          assert (a1_issued_q == a1_ncols);
        end
        if (adc_cmp_en_o[1]) begin
          assert (a1_issued_q != 6'd0);
          assert (f_t <= ({3'd0, a1_issued_q} * 9'd9));
        end
      end
      if ((state_q == StConv) && lanes_done) begin
        assert (f_t >= {3'd0, a0_ncols});
      end
      // settings: the registered copies have settled when the input stream is let through
      assert (cfg_wait_q <= 2'd2);
      if (cfg_wait_q <= 2'd1) begin
        assert (p1_neurons_q == c_neurons);
        assert (p1_j_q == c_j);
        assert (p1_rows_q == c_rows);
        assert (p1_fmask_q == c_mask);
        assert (p1_fwidth_q == c_width);
      end
      if (cfg_wait_q == 2'd0) begin
        assert (p2_ncols0_q == c_ncols0);
        assert (p2_ncols1_q == c_ncols1);
      end
      // a bank's settings (from its first element on) fit the tile
      if (b0_full_q || ((fbank_q == 1'd0) && (fcnt_q != 7'd0))) begin
        assert (b0_rows_q != 7'd0);
        assert (b0_rows_q <= 7'd64);
        if (!b0_full_q) begin
          assert (fcnt_q < b0_rows_q);
        end
        assert (b0_pi_q != 4'd0);
        assert (b0_pi_q <= 4'd8);
        assert (b0_k_q <= 4'd0);
        assert ((((((((1'd0 || (b0_j_q == 4'd1)) || (b0_j_q == 4'd2)) || (b0_j_q == 4'd3)) || (b0_j_q == 4'd4)) ||
            (b0_j_q == 4'd5)) || (b0_j_q == 4'd6)) || (b0_j_q == 4'd7)) || (b0_j_q == 4'd8));
        assert (b0_neurons_q != 7'd0);
        assert ((((((((1'd0 || ((b0_j_q == 4'd1) && (b0_neurons_q <= 7'd64))) ||
            ((b0_j_q == 4'd2) && (b0_neurons_q <= 7'd32))) || ((b0_j_q == 4'd3) && (b0_neurons_q <= 7'd21))) ||
            ((b0_j_q == 4'd4) && (b0_neurons_q <= 7'd16))) || ((b0_j_q == 4'd5) && (b0_neurons_q <= 7'd12))) ||
            ((b0_j_q == 4'd6) && (b0_neurons_q <= 7'd10))) || ((b0_j_q == 4'd7) && (b0_neurons_q <= 7'd9))) ||
            ((b0_j_q == 4'd8) && (b0_neurons_q <= 7'd8)));
        assert ({3'd0, b0_ncols0_q} == ((f_ncols0 <= 9'd0) ? 9'd0 :
            ((f_ncols0 >= (9'd0 + 9'd32)) ? 9'd32 : (f_ncols0 - 9'd0))));
        assert ({3'd0, b0_ncols1_q} == ((f_ncols0 <= 9'd32) ? 9'd0 :
            ((f_ncols0 >= (9'd32 + 9'd32)) ? 9'd32 : (f_ncols0 - 9'd32))));
        assert (b0_fwidth_q == ((b0_signed_q && (b0_pi_q == 4'd1)) ? 5'd1 :
            (((5'd0 + 5'd1) > (b0_signed_q ? ({1'd0, b0_pi_q} - 5'd1) : {1'd0, b0_pi_q})) ?
            ((b0_signed_q ? ({1'd0, b0_pi_q} - 5'd1) : {1'd0, b0_pi_q}) - 5'd0) : 5'd1)));
        assert ({1'd0, b0_fmask_q} == ((2'd1 << ((b0_signed_q && (b0_pi_q == 4'd1)) ? 5'd1 :
            (((5'd0 + 5'd1) > (b0_signed_q ? ({1'd0, b0_pi_q} - 5'd1) : {1'd0, b0_pi_q})) ?
            ((b0_signed_q ? ({1'd0, b0_pi_q} - 5'd1) : {1'd0, b0_pi_q}) - 5'd0) : 5'd1))) - 2'd1));
      end
      if (b1_full_q || ((fbank_q == 1'd1) && (fcnt_q != 7'd0))) begin
        assert (b1_rows_q != 7'd0);
        assert (b1_rows_q <= 7'd64);
        if (!b1_full_q) begin
          assert (fcnt_q < b1_rows_q);
        end
        assert (b1_pi_q != 4'd0);
        assert (b1_pi_q <= 4'd8);
        assert (b1_k_q <= 4'd0);
        assert ((((((((1'd0 || (b1_j_q == 4'd1)) || (b1_j_q == 4'd2)) || (b1_j_q == 4'd3)) || (b1_j_q == 4'd4)) ||
            (b1_j_q == 4'd5)) || (b1_j_q == 4'd6)) || (b1_j_q == 4'd7)) || (b1_j_q == 4'd8));
        assert (b1_neurons_q != 7'd0);
        assert ((((((((1'd0 || ((b1_j_q == 4'd1) && (b1_neurons_q <= 7'd64))) ||
            ((b1_j_q == 4'd2) && (b1_neurons_q <= 7'd32))) || ((b1_j_q == 4'd3) && (b1_neurons_q <= 7'd21))) ||
            ((b1_j_q == 4'd4) && (b1_neurons_q <= 7'd16))) || ((b1_j_q == 4'd5) && (b1_neurons_q <= 7'd12))) ||
            ((b1_j_q == 4'd6) && (b1_neurons_q <= 7'd10))) || ((b1_j_q == 4'd7) && (b1_neurons_q <= 7'd9))) ||
            ((b1_j_q == 4'd8) && (b1_neurons_q <= 7'd8)));
        assert ({3'd0, b1_ncols0_q} == ((f_ncols1 <= 9'd0) ? 9'd0 :
            ((f_ncols1 >= (9'd0 + 9'd32)) ? 9'd32 : (f_ncols1 - 9'd0))));
        assert ({3'd0, b1_ncols1_q} == ((f_ncols1 <= 9'd32) ? 9'd0 :
            ((f_ncols1 >= (9'd32 + 9'd32)) ? 9'd32 : (f_ncols1 - 9'd32))));
        assert (b1_fwidth_q == ((b1_signed_q && (b1_pi_q == 4'd1)) ? 5'd1 :
            (((5'd0 + 5'd1) > (b1_signed_q ? ({1'd0, b1_pi_q} - 5'd1) : {1'd0, b1_pi_q})) ?
            ((b1_signed_q ? ({1'd0, b1_pi_q} - 5'd1) : {1'd0, b1_pi_q}) - 5'd0) : 5'd1)));
        assert ({1'd0, b1_fmask_q} == ((2'd1 << ((b1_signed_q && (b1_pi_q == 4'd1)) ? 5'd1 :
            (((5'd0 + 5'd1) > (b1_signed_q ? ({1'd0, b1_pi_q} - 5'd1) : {1'd0, b1_pi_q})) ?
            ((b1_signed_q ? ({1'd0, b1_pi_q} - 5'd1) : {1'd0, b1_pi_q}) - 5'd0) : 5'd1))) - 2'd1));
      end
      if (fcnt_q != 7'd0) begin
        assert (!(fbank_q ? b1_full_q : b0_full_q));
      end
      // column sums: results in column order, each sum within its bound (no overflow of COLACC_W)
      // slices: the first at b_t = 0, then b_t increasing; results carry their slice's b_t
      if ((state_q != StIdle) && first_slice_q) begin
        assert (bt_q == 3'd0);
      end
      if ((state_q != StIdle) && !first_slice_q) begin
        assert (bt_q != 3'd0);
        assert (bt_d_q <= bt_q);
      end
      if (state_q == StConv) begin
        assert (next_bt_q == next_bt);
        assert (last_slice_q == last_slice);
        if (!last_slice_q) begin
          assert (next_bt_q > bt_q);
        end
      end
      if (a0_valid) begin
        assert (bt_d_q <= bt_q);
        if (first_slice_d_q) begin
          assert (bt_d_q == 3'd0);
        end
      end
      if (a1_valid) begin
        assert (bt_d_q <= bt_q);
        if (first_slice_d_q) begin
          assert (bt_d_q == 3'd0);
        end
      end
      if (state_q == StIdle) begin
        assert (f_junk);
      end
      if (f_junk) begin
        assert ((state_q == StIdle) || (((state_q == StSettle) || (state_q == StSample)) && first_slice_q));
      end
      if (!f_junk) begin
        assert (a0_res_q == f_nres0[4:0]);
      end
      if ((state_q == StConv) || (state_q == StFin)) begin
        assert ({1'd0, a0_issued_q} == (({1'd0, f_nres0} + {6'd0, adc_cmp_en_o[0]}) + {6'd0, a0_valid}));
      end
      if (a0_valid) begin
        assert (f_nres0 < a0_ncols);
        if ((hsel_q == 1'd0) && !first_slice_d_q) begin
          assert (a0_h0_rd_q == a0_h0_mem[a0_res_q]);
        end
        if ((hsel_q == 1'd1) && !first_slice_d_q) begin
          assert (a0_h1_rd_q == a0_h1_mem[a0_res_q]);
        end
      end
      if ((!f_junk && (hsel_q == 1'd0)) && (state_q != StIdle)) begin
        if (6'd0 < a0_ncols) begin
          if (6'd0 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd0][16]}}, a0_h0_mem[5'd0]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd0][16]}}, a0_h0_mem[5'd0]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd1 < a0_ncols) begin
          if (6'd1 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd1][16]}}, a0_h0_mem[5'd1]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd1][16]}}, a0_h0_mem[5'd1]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd2 < a0_ncols) begin
          if (6'd2 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd2][16]}}, a0_h0_mem[5'd2]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd2][16]}}, a0_h0_mem[5'd2]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd3 < a0_ncols) begin
          if (6'd3 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd3][16]}}, a0_h0_mem[5'd3]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd3][16]}}, a0_h0_mem[5'd3]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd4 < a0_ncols) begin
          if (6'd4 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd4][16]}}, a0_h0_mem[5'd4]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd4][16]}}, a0_h0_mem[5'd4]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd5 < a0_ncols) begin
          if (6'd5 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd5][16]}}, a0_h0_mem[5'd5]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd5][16]}}, a0_h0_mem[5'd5]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd6 < a0_ncols) begin
          if (6'd6 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd6][16]}}, a0_h0_mem[5'd6]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd6][16]}}, a0_h0_mem[5'd6]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd7 < a0_ncols) begin
          if (6'd7 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd7][16]}}, a0_h0_mem[5'd7]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd7][16]}}, a0_h0_mem[5'd7]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd8 < a0_ncols) begin
          if (6'd8 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd8][16]}}, a0_h0_mem[5'd8]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd8][16]}}, a0_h0_mem[5'd8]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd9 < a0_ncols) begin
          if (6'd9 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd9][16]}}, a0_h0_mem[5'd9]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd9][16]}}, a0_h0_mem[5'd9]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd10 < a0_ncols) begin
          if (6'd10 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd10][16]}}, a0_h0_mem[5'd10]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd10][16]}}, a0_h0_mem[5'd10]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd11 < a0_ncols) begin
          if (6'd11 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd11][16]}}, a0_h0_mem[5'd11]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd11][16]}}, a0_h0_mem[5'd11]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd12 < a0_ncols) begin
          if (6'd12 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd12][16]}}, a0_h0_mem[5'd12]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd12][16]}}, a0_h0_mem[5'd12]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd13 < a0_ncols) begin
          if (6'd13 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd13][16]}}, a0_h0_mem[5'd13]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd13][16]}}, a0_h0_mem[5'd13]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd14 < a0_ncols) begin
          if (6'd14 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd14][16]}}, a0_h0_mem[5'd14]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd14][16]}}, a0_h0_mem[5'd14]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd15 < a0_ncols) begin
          if (6'd15 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd15][16]}}, a0_h0_mem[5'd15]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd15][16]}}, a0_h0_mem[5'd15]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd16 < a0_ncols) begin
          if (6'd16 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd16][16]}}, a0_h0_mem[5'd16]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd16][16]}}, a0_h0_mem[5'd16]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd17 < a0_ncols) begin
          if (6'd17 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd17][16]}}, a0_h0_mem[5'd17]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd17][16]}}, a0_h0_mem[5'd17]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd18 < a0_ncols) begin
          if (6'd18 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd18][16]}}, a0_h0_mem[5'd18]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd18][16]}}, a0_h0_mem[5'd18]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd19 < a0_ncols) begin
          if (6'd19 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd19][16]}}, a0_h0_mem[5'd19]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd19][16]}}, a0_h0_mem[5'd19]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd20 < a0_ncols) begin
          if (6'd20 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd20][16]}}, a0_h0_mem[5'd20]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd20][16]}}, a0_h0_mem[5'd20]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd21 < a0_ncols) begin
          if (6'd21 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd21][16]}}, a0_h0_mem[5'd21]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd21][16]}}, a0_h0_mem[5'd21]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd22 < a0_ncols) begin
          if (6'd22 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd22][16]}}, a0_h0_mem[5'd22]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd22][16]}}, a0_h0_mem[5'd22]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd23 < a0_ncols) begin
          if (6'd23 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd23][16]}}, a0_h0_mem[5'd23]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd23][16]}}, a0_h0_mem[5'd23]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd24 < a0_ncols) begin
          if (6'd24 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd24][16]}}, a0_h0_mem[5'd24]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd24][16]}}, a0_h0_mem[5'd24]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd25 < a0_ncols) begin
          if (6'd25 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd25][16]}}, a0_h0_mem[5'd25]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd25][16]}}, a0_h0_mem[5'd25]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd26 < a0_ncols) begin
          if (6'd26 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd26][16]}}, a0_h0_mem[5'd26]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd26][16]}}, a0_h0_mem[5'd26]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd27 < a0_ncols) begin
          if (6'd27 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd27][16]}}, a0_h0_mem[5'd27]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd27][16]}}, a0_h0_mem[5'd27]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd28 < a0_ncols) begin
          if (6'd28 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd28][16]}}, a0_h0_mem[5'd28]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd28][16]}}, a0_h0_mem[5'd28]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd29 < a0_ncols) begin
          if (6'd29 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd29][16]}}, a0_h0_mem[5'd29]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd29][16]}}, a0_h0_mem[5'd29]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd30 < a0_ncols) begin
          if (6'd30 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd30][16]}}, a0_h0_mem[5'd30]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd30][16]}}, a0_h0_mem[5'd30]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd31 < a0_ncols) begin
          if (6'd31 < f_nres0) begin
            assert (({{2{a0_h0_mem[5'd31][16]}}, a0_h0_mem[5'd31]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h0_mem[5'd31][16]}}, a0_h0_mem[5'd31]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
      end
      if ((!f_junk && (hsel_q == 1'd1)) && (state_q != StIdle)) begin
        if (6'd0 < a0_ncols) begin
          if (6'd0 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd0][16]}}, a0_h1_mem[5'd0]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd0][16]}}, a0_h1_mem[5'd0]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd1 < a0_ncols) begin
          if (6'd1 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd1][16]}}, a0_h1_mem[5'd1]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd1][16]}}, a0_h1_mem[5'd1]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd2 < a0_ncols) begin
          if (6'd2 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd2][16]}}, a0_h1_mem[5'd2]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd2][16]}}, a0_h1_mem[5'd2]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd3 < a0_ncols) begin
          if (6'd3 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd3][16]}}, a0_h1_mem[5'd3]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd3][16]}}, a0_h1_mem[5'd3]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd4 < a0_ncols) begin
          if (6'd4 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd4][16]}}, a0_h1_mem[5'd4]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd4][16]}}, a0_h1_mem[5'd4]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd5 < a0_ncols) begin
          if (6'd5 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd5][16]}}, a0_h1_mem[5'd5]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd5][16]}}, a0_h1_mem[5'd5]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd6 < a0_ncols) begin
          if (6'd6 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd6][16]}}, a0_h1_mem[5'd6]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd6][16]}}, a0_h1_mem[5'd6]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd7 < a0_ncols) begin
          if (6'd7 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd7][16]}}, a0_h1_mem[5'd7]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd7][16]}}, a0_h1_mem[5'd7]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd8 < a0_ncols) begin
          if (6'd8 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd8][16]}}, a0_h1_mem[5'd8]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd8][16]}}, a0_h1_mem[5'd8]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd9 < a0_ncols) begin
          if (6'd9 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd9][16]}}, a0_h1_mem[5'd9]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd9][16]}}, a0_h1_mem[5'd9]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd10 < a0_ncols) begin
          if (6'd10 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd10][16]}}, a0_h1_mem[5'd10]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd10][16]}}, a0_h1_mem[5'd10]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd11 < a0_ncols) begin
          if (6'd11 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd11][16]}}, a0_h1_mem[5'd11]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd11][16]}}, a0_h1_mem[5'd11]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd12 < a0_ncols) begin
          if (6'd12 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd12][16]}}, a0_h1_mem[5'd12]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd12][16]}}, a0_h1_mem[5'd12]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd13 < a0_ncols) begin
          if (6'd13 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd13][16]}}, a0_h1_mem[5'd13]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd13][16]}}, a0_h1_mem[5'd13]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd14 < a0_ncols) begin
          if (6'd14 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd14][16]}}, a0_h1_mem[5'd14]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd14][16]}}, a0_h1_mem[5'd14]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd15 < a0_ncols) begin
          if (6'd15 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd15][16]}}, a0_h1_mem[5'd15]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd15][16]}}, a0_h1_mem[5'd15]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd16 < a0_ncols) begin
          if (6'd16 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd16][16]}}, a0_h1_mem[5'd16]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd16][16]}}, a0_h1_mem[5'd16]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd17 < a0_ncols) begin
          if (6'd17 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd17][16]}}, a0_h1_mem[5'd17]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd17][16]}}, a0_h1_mem[5'd17]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd18 < a0_ncols) begin
          if (6'd18 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd18][16]}}, a0_h1_mem[5'd18]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd18][16]}}, a0_h1_mem[5'd18]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd19 < a0_ncols) begin
          if (6'd19 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd19][16]}}, a0_h1_mem[5'd19]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd19][16]}}, a0_h1_mem[5'd19]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd20 < a0_ncols) begin
          if (6'd20 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd20][16]}}, a0_h1_mem[5'd20]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd20][16]}}, a0_h1_mem[5'd20]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd21 < a0_ncols) begin
          if (6'd21 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd21][16]}}, a0_h1_mem[5'd21]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd21][16]}}, a0_h1_mem[5'd21]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd22 < a0_ncols) begin
          if (6'd22 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd22][16]}}, a0_h1_mem[5'd22]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd22][16]}}, a0_h1_mem[5'd22]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd23 < a0_ncols) begin
          if (6'd23 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd23][16]}}, a0_h1_mem[5'd23]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd23][16]}}, a0_h1_mem[5'd23]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd24 < a0_ncols) begin
          if (6'd24 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd24][16]}}, a0_h1_mem[5'd24]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd24][16]}}, a0_h1_mem[5'd24]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd25 < a0_ncols) begin
          if (6'd25 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd25][16]}}, a0_h1_mem[5'd25]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd25][16]}}, a0_h1_mem[5'd25]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd26 < a0_ncols) begin
          if (6'd26 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd26][16]}}, a0_h1_mem[5'd26]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd26][16]}}, a0_h1_mem[5'd26]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd27 < a0_ncols) begin
          if (6'd27 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd27][16]}}, a0_h1_mem[5'd27]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd27][16]}}, a0_h1_mem[5'd27]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd28 < a0_ncols) begin
          if (6'd28 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd28][16]}}, a0_h1_mem[5'd28]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd28][16]}}, a0_h1_mem[5'd28]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd29 < a0_ncols) begin
          if (6'd29 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd29][16]}}, a0_h1_mem[5'd29]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd29][16]}}, a0_h1_mem[5'd29]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd30 < a0_ncols) begin
          if (6'd30 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd30][16]}}, a0_h1_mem[5'd30]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd30][16]}}, a0_h1_mem[5'd30]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd31 < a0_ncols) begin
          if (6'd31 < f_nres0) begin
            assert (({{2{a0_h1_mem[5'd31][16]}}, a0_h1_mem[5'd31]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a0_h1_mem[5'd31][16]}}, a0_h1_mem[5'd31]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
      end
      if (!f_junk) begin
        assert (a1_res_q == f_nres1[4:0]);
      end
      if ((state_q == StConv) || (state_q == StFin)) begin
        assert ({1'd0, a1_issued_q} == (({1'd0, f_nres1} + {6'd0, adc_cmp_en_o[1]}) + {6'd0, a1_valid}));
      end
      if (a1_valid) begin
        assert (f_nres1 < a1_ncols);
        if ((hsel_q == 1'd0) && !first_slice_d_q) begin
          assert (a1_h0_rd_q == a1_h0_mem[a1_res_q]);
        end
        if ((hsel_q == 1'd1) && !first_slice_d_q) begin
          assert (a1_h1_rd_q == a1_h1_mem[a1_res_q]);
        end
      end
      if ((!f_junk && (hsel_q == 1'd0)) && (state_q != StIdle)) begin
        if (6'd0 < a1_ncols) begin
          if (6'd0 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd0][16]}}, a1_h0_mem[5'd0]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd0][16]}}, a1_h0_mem[5'd0]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd1 < a1_ncols) begin
          if (6'd1 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd1][16]}}, a1_h0_mem[5'd1]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd1][16]}}, a1_h0_mem[5'd1]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd2 < a1_ncols) begin
          if (6'd2 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd2][16]}}, a1_h0_mem[5'd2]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd2][16]}}, a1_h0_mem[5'd2]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd3 < a1_ncols) begin
          if (6'd3 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd3][16]}}, a1_h0_mem[5'd3]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd3][16]}}, a1_h0_mem[5'd3]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd4 < a1_ncols) begin
          if (6'd4 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd4][16]}}, a1_h0_mem[5'd4]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd4][16]}}, a1_h0_mem[5'd4]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd5 < a1_ncols) begin
          if (6'd5 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd5][16]}}, a1_h0_mem[5'd5]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd5][16]}}, a1_h0_mem[5'd5]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd6 < a1_ncols) begin
          if (6'd6 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd6][16]}}, a1_h0_mem[5'd6]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd6][16]}}, a1_h0_mem[5'd6]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd7 < a1_ncols) begin
          if (6'd7 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd7][16]}}, a1_h0_mem[5'd7]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd7][16]}}, a1_h0_mem[5'd7]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd8 < a1_ncols) begin
          if (6'd8 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd8][16]}}, a1_h0_mem[5'd8]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd8][16]}}, a1_h0_mem[5'd8]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd9 < a1_ncols) begin
          if (6'd9 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd9][16]}}, a1_h0_mem[5'd9]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd9][16]}}, a1_h0_mem[5'd9]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd10 < a1_ncols) begin
          if (6'd10 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd10][16]}}, a1_h0_mem[5'd10]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd10][16]}}, a1_h0_mem[5'd10]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd11 < a1_ncols) begin
          if (6'd11 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd11][16]}}, a1_h0_mem[5'd11]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd11][16]}}, a1_h0_mem[5'd11]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd12 < a1_ncols) begin
          if (6'd12 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd12][16]}}, a1_h0_mem[5'd12]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd12][16]}}, a1_h0_mem[5'd12]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd13 < a1_ncols) begin
          if (6'd13 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd13][16]}}, a1_h0_mem[5'd13]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd13][16]}}, a1_h0_mem[5'd13]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd14 < a1_ncols) begin
          if (6'd14 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd14][16]}}, a1_h0_mem[5'd14]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd14][16]}}, a1_h0_mem[5'd14]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd15 < a1_ncols) begin
          if (6'd15 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd15][16]}}, a1_h0_mem[5'd15]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd15][16]}}, a1_h0_mem[5'd15]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd16 < a1_ncols) begin
          if (6'd16 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd16][16]}}, a1_h0_mem[5'd16]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd16][16]}}, a1_h0_mem[5'd16]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd17 < a1_ncols) begin
          if (6'd17 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd17][16]}}, a1_h0_mem[5'd17]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd17][16]}}, a1_h0_mem[5'd17]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd18 < a1_ncols) begin
          if (6'd18 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd18][16]}}, a1_h0_mem[5'd18]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd18][16]}}, a1_h0_mem[5'd18]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd19 < a1_ncols) begin
          if (6'd19 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd19][16]}}, a1_h0_mem[5'd19]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd19][16]}}, a1_h0_mem[5'd19]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd20 < a1_ncols) begin
          if (6'd20 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd20][16]}}, a1_h0_mem[5'd20]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd20][16]}}, a1_h0_mem[5'd20]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd21 < a1_ncols) begin
          if (6'd21 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd21][16]}}, a1_h0_mem[5'd21]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd21][16]}}, a1_h0_mem[5'd21]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd22 < a1_ncols) begin
          if (6'd22 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd22][16]}}, a1_h0_mem[5'd22]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd22][16]}}, a1_h0_mem[5'd22]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd23 < a1_ncols) begin
          if (6'd23 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd23][16]}}, a1_h0_mem[5'd23]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd23][16]}}, a1_h0_mem[5'd23]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd24 < a1_ncols) begin
          if (6'd24 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd24][16]}}, a1_h0_mem[5'd24]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd24][16]}}, a1_h0_mem[5'd24]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd25 < a1_ncols) begin
          if (6'd25 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd25][16]}}, a1_h0_mem[5'd25]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd25][16]}}, a1_h0_mem[5'd25]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd26 < a1_ncols) begin
          if (6'd26 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd26][16]}}, a1_h0_mem[5'd26]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd26][16]}}, a1_h0_mem[5'd26]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd27 < a1_ncols) begin
          if (6'd27 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd27][16]}}, a1_h0_mem[5'd27]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd27][16]}}, a1_h0_mem[5'd27]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd28 < a1_ncols) begin
          if (6'd28 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd28][16]}}, a1_h0_mem[5'd28]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd28][16]}}, a1_h0_mem[5'd28]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd29 < a1_ncols) begin
          if (6'd29 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd29][16]}}, a1_h0_mem[5'd29]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd29][16]}}, a1_h0_mem[5'd29]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd30 < a1_ncols) begin
          if (6'd30 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd30][16]}}, a1_h0_mem[5'd30]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd30][16]}}, a1_h0_mem[5'd30]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd31 < a1_ncols) begin
          if (6'd31 < f_nres1) begin
            assert (({{2{a1_h0_mem[5'd31][16]}}, a1_h0_mem[5'd31]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h0_mem[5'd31][16]}}, a1_h0_mem[5'd31]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
      end
      if ((!f_junk && (hsel_q == 1'd1)) && (state_q != StIdle)) begin
        if (6'd0 < a1_ncols) begin
          if (6'd0 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd0][16]}}, a1_h1_mem[5'd0]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd0][16]}}, a1_h1_mem[5'd0]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd1 < a1_ncols) begin
          if (6'd1 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd1][16]}}, a1_h1_mem[5'd1]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd1][16]}}, a1_h1_mem[5'd1]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd2 < a1_ncols) begin
          if (6'd2 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd2][16]}}, a1_h1_mem[5'd2]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd2][16]}}, a1_h1_mem[5'd2]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd3 < a1_ncols) begin
          if (6'd3 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd3][16]}}, a1_h1_mem[5'd3]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd3][16]}}, a1_h1_mem[5'd3]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd4 < a1_ncols) begin
          if (6'd4 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd4][16]}}, a1_h1_mem[5'd4]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd4][16]}}, a1_h1_mem[5'd4]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd5 < a1_ncols) begin
          if (6'd5 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd5][16]}}, a1_h1_mem[5'd5]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd5][16]}}, a1_h1_mem[5'd5]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd6 < a1_ncols) begin
          if (6'd6 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd6][16]}}, a1_h1_mem[5'd6]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd6][16]}}, a1_h1_mem[5'd6]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd7 < a1_ncols) begin
          if (6'd7 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd7][16]}}, a1_h1_mem[5'd7]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd7][16]}}, a1_h1_mem[5'd7]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd8 < a1_ncols) begin
          if (6'd8 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd8][16]}}, a1_h1_mem[5'd8]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd8][16]}}, a1_h1_mem[5'd8]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd9 < a1_ncols) begin
          if (6'd9 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd9][16]}}, a1_h1_mem[5'd9]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd9][16]}}, a1_h1_mem[5'd9]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd10 < a1_ncols) begin
          if (6'd10 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd10][16]}}, a1_h1_mem[5'd10]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd10][16]}}, a1_h1_mem[5'd10]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd11 < a1_ncols) begin
          if (6'd11 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd11][16]}}, a1_h1_mem[5'd11]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd11][16]}}, a1_h1_mem[5'd11]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd12 < a1_ncols) begin
          if (6'd12 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd12][16]}}, a1_h1_mem[5'd12]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd12][16]}}, a1_h1_mem[5'd12]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd13 < a1_ncols) begin
          if (6'd13 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd13][16]}}, a1_h1_mem[5'd13]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd13][16]}}, a1_h1_mem[5'd13]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd14 < a1_ncols) begin
          if (6'd14 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd14][16]}}, a1_h1_mem[5'd14]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd14][16]}}, a1_h1_mem[5'd14]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd15 < a1_ncols) begin
          if (6'd15 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd15][16]}}, a1_h1_mem[5'd15]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd15][16]}}, a1_h1_mem[5'd15]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd16 < a1_ncols) begin
          if (6'd16 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd16][16]}}, a1_h1_mem[5'd16]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd16][16]}}, a1_h1_mem[5'd16]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd17 < a1_ncols) begin
          if (6'd17 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd17][16]}}, a1_h1_mem[5'd17]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd17][16]}}, a1_h1_mem[5'd17]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd18 < a1_ncols) begin
          if (6'd18 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd18][16]}}, a1_h1_mem[5'd18]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd18][16]}}, a1_h1_mem[5'd18]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd19 < a1_ncols) begin
          if (6'd19 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd19][16]}}, a1_h1_mem[5'd19]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd19][16]}}, a1_h1_mem[5'd19]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd20 < a1_ncols) begin
          if (6'd20 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd20][16]}}, a1_h1_mem[5'd20]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd20][16]}}, a1_h1_mem[5'd20]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd21 < a1_ncols) begin
          if (6'd21 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd21][16]}}, a1_h1_mem[5'd21]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd21][16]}}, a1_h1_mem[5'd21]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd22 < a1_ncols) begin
          if (6'd22 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd22][16]}}, a1_h1_mem[5'd22]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd22][16]}}, a1_h1_mem[5'd22]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd23 < a1_ncols) begin
          if (6'd23 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd23][16]}}, a1_h1_mem[5'd23]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd23][16]}}, a1_h1_mem[5'd23]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd24 < a1_ncols) begin
          if (6'd24 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd24][16]}}, a1_h1_mem[5'd24]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd24][16]}}, a1_h1_mem[5'd24]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd25 < a1_ncols) begin
          if (6'd25 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd25][16]}}, a1_h1_mem[5'd25]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd25][16]}}, a1_h1_mem[5'd25]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd26 < a1_ncols) begin
          if (6'd26 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd26][16]}}, a1_h1_mem[5'd26]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd26][16]}}, a1_h1_mem[5'd26]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd27 < a1_ncols) begin
          if (6'd27 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd27][16]}}, a1_h1_mem[5'd27]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd27][16]}}, a1_h1_mem[5'd27]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd28 < a1_ncols) begin
          if (6'd28 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd28][16]}}, a1_h1_mem[5'd28]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd28][16]}}, a1_h1_mem[5'd28]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd29 < a1_ncols) begin
          if (6'd29 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd29][16]}}, a1_h1_mem[5'd29]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd29][16]}}, a1_h1_mem[5'd29]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd30 < a1_ncols) begin
          if (6'd30 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd30][16]}}, a1_h1_mem[5'd30]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd30][16]}}, a1_h1_mem[5'd30]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
        if (6'd31 < a1_ncols) begin
          if (6'd31 < f_nres1) begin
            assert (({{2{a1_h1_mem[5'd31][16]}}, a1_h1_mem[5'd31]} + ((19'd512 << bt_d_q) - 19'd1)) <=
                (((19'd512 << bt_d_q) - 19'd1) << 1'd1));
          end else if (!first_slice_d_q) begin
            assert (({{2{a1_h1_mem[5'd31][16]}}, a1_h1_mem[5'd31]} + ((19'd256 << bt_d_q) - 19'd1)) <=
                (((19'd256 << bt_d_q) - 19'd1) << 1'd1));
          end
        end
      end
      // vectors: the one under conversion is never refilled; none is lost or duplicated
      if (state_q != StIdle) begin
        assert (cbank_q ? b1_full_q : b0_full_q);
      end
      if (in_take && (state_q != StIdle)) begin
        assert (fbank_q != cbank_q);
      end
      assert ((f_vin_q - f_vout_q) == (({2'd0, b0_full_q} + {2'd0, b1_full_q}) + {2'd0, ob_full_q}));
      // output stream: held until ready; one beat per neuron, the last flagged
      if ($past(out_valid_o && !out_ready_i)) begin
        assert (out_valid_o);
        assert (out_data_o == $past(out_data_o));
        assert (out_last_o == $past(out_last_o));
      end
      if (out_valid_o) begin
        assert (ob_full_q);
        assert (out_last_o == (o_n_q == o_neurons_q));
      end
      if (ob_full_q) begin
        assert ((((((((1'd0 || (o_j_q == 4'd1)) || (o_j_q == 4'd2)) || (o_j_q == 4'd3)) || (o_j_q == 4'd4)) ||
            (o_j_q == 4'd5)) || (o_j_q == 4'd6)) || (o_j_q == 4'd7)) || (o_j_q == 4'd8));
        assert (o_neurons_q != 7'd0);
        assert ((((((((1'd0 || ((o_j_q == 4'd1) && (o_neurons_q <= 7'd64))) ||
            ((o_j_q == 4'd2) && (o_neurons_q <= 7'd32))) || ((o_j_q == 4'd3) && (o_neurons_q <= 7'd21))) ||
            ((o_j_q == 4'd4) && (o_neurons_q <= 7'd16))) || ((o_j_q == 4'd5) && (o_neurons_q <= 7'd12))) ||
            ((o_j_q == 4'd6) && (o_neurons_q <= 7'd10))) || ((o_j_q == 4'd7) && (o_neurons_q <= 7'd9))) ||
            ((o_j_q == 4'd8) && (o_neurons_q <= 7'd8)));
        assert (o_n_q <= o_neurons_q);
        assert (o_jj_q < o_j_q);
        assert (o_g_q <= 5'd31);
        if (o_n_q != o_neurons_q) begin
          assert (f_col == f_col_want);
        end
        // the accumulator stays within its bound, and a step cannot overflow Y_W bits
        assert ((f_acc_w + f_acc_lim) <= (f_acc_lim << 1'd1));
        if (o_step) begin
          assert (f_sum_w == {{2{f_sum_y[25]}}, f_sum_y});
        end
      end
      // reachable: every state, a vector out, the next vector starting as one closes, input while converting
      cover (state_q == StIdle);
      cover (state_q == StSample);
      cover (state_q == StConv);
      cover (state_q == StFin);
      cover (state_q == StClose);
      cover (state_q == StSettle);
      cover ((out_valid_o && out_ready_i) && out_last_o);
      cover (start_close);
      cover (in_take && (state_q == StConv));
    end
    if (f_past_valid && !$past(rst_ni)) begin
      assert (state_q == StIdle);
      assert (!out_valid_o);
      assert (adc_cmp_en_o == 2'd0);
      assert (wl_q == 64'd0);
      assert (!in_ready_o);
    end
  end
`endif  // FORMAL
  wire dropped_bits_unused;  // high bits of wide intermediate results, never needed
  assign dropped_bits_unused = &{1'd0, c_rows16[15:7], c_ncols_full[11:7], c_nrest0[7:6], c_nrest1[7:6], step_bt[4:3],
      sign_bt[3:3], a0_tidx_full[4:4], a1_tidx_full[4:4], a0_h0_wsum[0], a0_h1_wsum[0], a1_h0_wsum[0], a1_h1_wsum[0],
      n_mask_full[1:1], c_mask_full[1:1], shift_width_q};
endmodule
