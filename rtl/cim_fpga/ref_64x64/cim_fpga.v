// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// module: cim_fpga
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
//   KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 -o DIR

module cim_fpga (
  input  wire  clk_i,  // clock (CLK_HZ)
  input  wire  rst_ni,  // reset, active low, released synchronously
  input  wire  uart_rx_i,  // UART from the host
  output wire  uart_tx_o,  // UART to the host
  output wire  err_o,  // a status bit is set (see PING)
  output wire  act_o  // a command is being received
);
  // UART receiver: 2-flop synchronizer, start bit checked at its middle, 8 data bits LSB first, stop bit
  reg rx_s1_q;
  reg rx_s2_q;
  localparam [1:0] RxIdle = 2'd0;  // line idle
  localparam [1:0] RxStart = 2'd1;  // start bit, checked at its middle
  localparam [1:0] RxData = 2'd2;  // 8 data bits, LSB first
  localparam [1:0] RxStop = 2'd3;  // stop bit
  reg [1:0] rx_st_q;  // receiver
  reg [1:0] rx_st_d;  // next state
  reg [7:0] rx_cnt_q;
  reg [2:0] rx_bit_q;
  reg [7:0] rx_sh_q;
  reg rx_valid_q;  // rx_sh_q holds a new byte (one cycle)
  reg rx_ferr_q;  // framing error (one cycle)
  wire rx_tick;  // the bit's middle (start bit) or end
  assign rx_tick = rx_cnt_q == 8'd0;
  always @(*) begin
    rx_st_d = rx_st_q;
    case (rx_st_q)
      RxIdle: begin
        if (!rx_s2_q) begin
          rx_st_d = RxStart;
        end
      end
      RxStart: begin
        if (rx_tick && rx_s2_q) begin
          rx_st_d = RxIdle;
        end else if (rx_tick) begin
          rx_st_d = RxData;
        end
      end
      RxData: begin
        if (rx_tick && (rx_bit_q == 3'd7)) begin
          rx_st_d = RxStop;
        end
      end
      RxStop: begin
        if (rx_tick) begin
          rx_st_d = RxIdle;
        end
      end
      default: begin
        rx_st_d = RxIdle;
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rx_st_q <= RxIdle;
    end else begin
      rx_st_q <= rx_st_d;
    end
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rx_s1_q <= 1'd1;
      rx_s2_q <= 1'd1;
      rx_valid_q <= 1'd0;
      rx_ferr_q <= 1'd0;
    end else begin
      rx_s1_q <= uart_rx_i;
      rx_s2_q <= rx_s1_q;
      rx_valid_q <= 1'd0;
      rx_ferr_q <= 1'd0;
      case (rx_st_q)
        RxIdle: begin
          if (!rx_s2_q) begin
            rx_cnt_q <= 8'd103;
          end
        end
        RxStart: begin
          if (rx_tick) begin
            rx_cnt_q <= 8'd207;
            rx_bit_q <= 3'd0;
          end else begin
            rx_cnt_q <= rx_cnt_q - 8'd1;
          end
        end
        RxData: begin
          if (rx_tick) begin
            rx_sh_q <= {rx_s2_q, rx_sh_q[7:1]};
            rx_cnt_q <= 8'd207;
            rx_bit_q <= rx_bit_q + 3'd1;
          end else begin
            rx_cnt_q <= rx_cnt_q - 8'd1;
          end
        end
        default: begin
          if (rx_tick) begin
            rx_valid_q <= rx_s2_q;
            rx_ferr_q <= !rx_s2_q;
          end else begin
            rx_cnt_q <= rx_cnt_q - 8'd1;
          end
        end
      endcase
    end
  end
  // Command parser
  localparam [1:0] PCmd = 2'd0;  // a command byte
  localparam [1:0] PArgs = 2'd1;  // its argument bytes
  localparam [1:0] PIn = 2'd2;  // INPUT's elements
  reg [1:0] p_st_q;  // command parser
  reg [1:0] p_st_d;  // next state
  reg [2:0] p_cmd_q;
  reg [2:0] p_n_q;  // argument bytes still to come
  reg [23:0] p_arg_q;  // arguments so far, shifted in from the top
  reg [15:0] p_cnt_q;  // input elements still to come
  wire [31:0] p_arg_next;  // the arguments with this byte
  assign p_arg_next = {rx_sh_q, p_arg_q};
  reg [2:0] p_nargs;  // argument bytes of the command byte received
  always @(*) begin
    case (rx_sh_q)
      8'd1, 8'd2: begin
        p_nargs = 3'd3;
      end
      8'd3: begin
        p_nargs = 3'd4;
      end
      8'd4: begin
        p_nargs = 3'd2;
      end
      default: begin
        p_nargs = 3'd0;
      end
    endcase
  end
  reg t_we_q;
  reg [4:0] t_addr_q;
  reg [15:0] t_data_q;
  reg e_we_q;
  reg [1:0] e_addr_q;
  reg [15:0] e_data_q;
  reg w_we_q;
  reg [7:0] w_addr_q;
  reg [15:0] w_data_q;
  reg in_full_q;  // an input element waits for the tile
  reg [7:0] in_data_q;
  reg ping_q;  // a ping reply is due
  reg [2:0] status_q;  // sticky: [0] lost input byte, [1] framing error, [2] unknown command
  wire tile_in_ready;
  wire ping_take;  // the ping reply goes into the transmit buffer (status read)
  wire [7:0] rx_byte_x;
  assign rx_byte_x = rx_sh_q[7:0];
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      t_we_q <= 1'd0;
      e_we_q <= 1'd0;
      w_we_q <= 1'd0;
      in_full_q <= 1'd0;
      ping_q <= 1'd0;
      status_q <= 3'd0;
    end else begin
      t_we_q <= 1'd0;
      e_we_q <= 1'd0;
      w_we_q <= 1'd0;
      if (in_full_q && tile_in_ready) begin
        in_full_q <= 1'd0;
      end
      if (ping_take) begin
        ping_q <= 1'd0;
        status_q <= 3'd0;
      end
      if (rx_ferr_q) begin
        status_q[1] <= 1'd1;
      end
      if (rx_valid_q) begin
        case (p_st_q)
          PCmd: begin
            p_cmd_q <= rx_sh_q[2:0];
            p_n_q <= p_nargs;
            if (rx_sh_q == 8'd0) begin
              ping_q <= 1'd1;
            end else if (p_nargs == 3'd0) begin
              status_q[2] <= 1'd1;
            end
          end
          PArgs: begin
            p_arg_q <= p_arg_next[31:8];
            p_n_q <= p_n_q - 3'd1;
            if (p_n_q == 3'd1) begin
              case (p_cmd_q)
                3'd1: begin
                  t_we_q <= 1'd1;
                  t_addr_q <= p_arg_next[12:8];
                  t_data_q <= p_arg_next[31:16];
                end
                3'd2: begin
                  e_we_q <= 1'd1;
                  e_addr_q <= p_arg_next[9:8];
                  e_data_q <= p_arg_next[31:16];
                end
                3'd3: begin
                  w_we_q <= 1'd1;
                  w_addr_q <= p_arg_next[7:0];
                  w_data_q <= p_arg_next[31:16];
                end
                default: begin
                  p_cnt_q <= p_arg_next[31:16];
                end
              endcase
            end
          end
          default: begin
            if (in_full_q && !tile_in_ready) begin
              status_q[0] <= 1'd1;
            end else begin
              in_full_q <= 1'd1;
              in_data_q <= rx_byte_x;
            end
            p_cnt_q <= p_cnt_q - 16'd1;
          end
        endcase
      end
    end
  end
  always @(*) begin
    p_st_d = p_st_q;
    case (p_st_q)
      PCmd: begin
        if ((rx_valid_q && (rx_sh_q != 8'd0)) && (p_nargs != 3'd0)) begin
          p_st_d = PArgs;
        end
      end
      PArgs: begin
        if (((rx_valid_q && (p_n_q == 3'd1)) && ((p_cmd_q == 3'd0) || (p_cmd_q > 3'd3))) &&
            (p_arg_next[31:16] != 16'd0)) begin
          p_st_d = PIn;
        end else if (rx_valid_q && (p_n_q == 3'd1)) begin
          p_st_d = PCmd;
        end
      end
      default: begin
        // PIn and the codes no state has
        if (rx_valid_q && (p_cnt_q == 16'd1)) begin
          p_st_d = PCmd;
        end
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      p_st_q <= PCmd;
    end else begin
      p_st_q <= p_st_d;
    end
  end
  // The tile and the emulator of its crossbar
  wire tile_out_valid;
  wire tile_out_ready;
  wire [25:0] tile_out_data;
  wire tile_out_last;
  wire [63:0] wl_en;
  wire [63:0] dac_row;
  wire sh;
  wire [9:0] adc_col;
  wire [15:0] adc_dac;
  wire [1:0] adc_cmp_en;
  wire [1:0] adc_cmp;
  cim_fpga_tile u_tile (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .cfg_we_i(t_we_q),
    .cfg_addr_i(t_addr_q),
    .cfg_wdata_i(t_data_q),
    .in_valid_i(in_full_q),
    .in_ready_o(tile_in_ready),
    .in_data_i(in_data_q),
    .out_valid_o(tile_out_valid),
    .out_ready_i(tile_out_ready),
    .out_data_o(tile_out_data),
    .out_last_o(tile_out_last),
    .wl_en_o(wl_en),
    .dac_row_o(dac_row),
    .sh_o(sh),
    .adc_col_o(adc_col),
    .adc_dac_o(adc_dac),
    .adc_cmp_en_o(adc_cmp_en),
    .adc_cmp_i(adc_cmp)
  );
  cim_fpga_xbar_emu u_emu (
    .clk_i(clk_i),
    .rst_ni(rst_ni),
    .cfg_we_i(e_we_q),
    .cfg_addr_i(e_addr_q),
    .cfg_wdata_i(e_data_q),
    .w_we_i(w_we_q),
    .w_addr_i(w_addr_q),
    .w_data_i(w_data_q),
    .wl_en_i(wl_en),
    .dac_row_i(dac_row),
    .adc_col_i(adc_col),
    .adc_dac_i(adc_dac),
    .adc_cmp_en_i(adc_cmp_en),
    .adc_cmp_o(adc_cmp)
  );
  // Transmit buffer: a ping reply (magic, status) or one output neuron, lowest byte first
  reg [31:0] ob_q;
  reg [3:0] ob_n_q;  // bytes left in ob_q
  reg tx_q;
  reg tx_busy_q;
  reg [7:0] tx_cnt_q;
  reg [3:0] tx_bit_q;
  reg [8:0] tx_sh_q;
  wire ob_empty;
  assign ob_empty = ob_n_q == 4'd0;
  assign ping_take = ob_empty && ping_q;
  assign tile_out_ready = ob_empty && !ping_q;
  wire [31:0] tile_out_ext;  // the output neuron, sign-extended (Y_BYTES bytes are sent)
  assign tile_out_ext = {{6{tile_out_data[25]}}, tile_out_data};
  wire [31:0] ping_word;
  assign ping_word = {16'd0, {5'd0, status_q, 8'd193}};
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ob_n_q <= 4'd0;
      tx_q <= 1'd1;
      tx_busy_q <= 1'd0;
    end else begin
      if (ping_take) begin
        ob_q <= ping_word;
        ob_n_q <= 4'd2;
      end else if (tile_out_valid && tile_out_ready) begin
        ob_q <= tile_out_ext;
        ob_n_q <= 4'd4;
      end else if (!ob_empty && !tx_busy_q) begin
        tx_q <= 1'd0;
        tx_sh_q <= {1'd1, ob_q[7:0]};
        tx_cnt_q <= 8'd207;
        tx_bit_q <= 4'd0;
        tx_busy_q <= 1'd1;
        ob_q <= {8'd0, ob_q[31:8]};
        ob_n_q <= ob_n_q - 4'd1;
      end
      if (tx_busy_q) begin
        if (tx_cnt_q == 8'd0) begin
          tx_cnt_q <= 8'd207;
          if (tx_bit_q == 4'd9) begin
            tx_busy_q <= 1'd0;
          end else begin
            tx_q <= tx_sh_q[0];
            tx_sh_q <= {1'd1, tx_sh_q[8:1]};
            tx_bit_q <= tx_bit_q + 4'd1;
          end
        end else begin
          tx_cnt_q <= tx_cnt_q - 8'd1;
        end
      end
    end
  end
  assign uart_tx_o = tx_q;
  assign err_o = |status_q;
  assign act_o = p_st_q != PCmd;
  wire signals_unused;  // outputs and bits the core does not need
  assign signals_unused = &{1'd0, p_arg_next[7:0], p_arg_next[15:8], sh, tile_out_last};
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg f_tbusy_q = 1'd0;
  reg [7:0] f_tsub = 8'd0;
  reg [3:0] f_tidx = 4'd0;
  reg [7:0] f_tbyte = 8'd0;
  reg [31:0] f_obq = 32'd0;
  reg [3:0] f_obn = 4'd0;
  wire f_frame_start;  // the transmitter starts a frame
  assign f_frame_start = tx_busy_q && !f_tbusy_q;
  wire f_load;  // a ping reply or an output neuron enters the transmit buffer
  assign f_load = ping_take || (tile_out_valid && tile_out_ready);
  wire [7:0] f_tbyte_sh;  // the byte shifted down to data bit tidx - 1
  assign f_tbyte_sh = f_tbyte >> (f_tidx - 4'd1);
  wire f_tx_bit;  // the line a frame must show at its bit time tidx
  assign f_tx_bit = (f_tidx == 4'd0) ? 1'd0 : ((f_tidx >= 4'd9) ? 1'd1 : f_tbyte_sh[0]);
  wire [8:0] f_tx_sh;  // the transmit shift register at bit time tidx
  assign f_tx_sh = ({1'd1, f_tbyte} >> f_tidx) | (9'd511 << (4'd9 - f_tidx));
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    f_tbusy_q <= tx_busy_q;
    if (!rst_ni) begin
      f_obn <= 4'd0;
      f_tbusy_q <= 1'd0;
    end else begin
      f_tsub <= ((tx_busy_q && !f_frame_start) && (f_tsub != 8'd207)) ? (f_tsub + 8'd1) :
          ((tx_busy_q && !f_frame_start) ? 8'd0 : 8'd1);
      f_tidx <= f_frame_start ? 4'd0 : ((f_tsub == 8'd207) ? (f_tidx + 4'd1) : f_tidx);
      if (f_frame_start) begin
        f_tbyte <= f_obq[7:0];
        f_obq <= {8'd0, f_obq[31:8]};
        f_obn <= f_obn - 4'd1;
      end
      if (ping_take) begin
        f_obq <= ping_word;
        f_obn <= 4'd2;
      end else if (tile_out_valid && tile_out_ready) begin
        f_obq <= tile_out_ext;
        f_obn <= 4'd4;
      end
    end
    if (f_past_valid && $past(!rst_ni)) begin
      // reset: no register or weight write follows it
      assert ((!t_we_q && !e_we_q) && !w_we_q);
    end
    if ((f_past_valid && rst_ni) && $past(rst_ni)) begin
      // transmitter: idles high; a frame is 10 bit times of start, the byte LSB first, stop
      assert (tx_busy_q || uart_tx_o);
      if (tx_busy_q && !f_frame_start) begin
        assert (f_tidx <= 4'd9);
        assert (uart_tx_o == f_tx_bit);
        assert (tx_cnt_q == (8'd207 - f_tsub));
        assert (tx_bit_q == f_tidx);
        assert (tx_sh_q == f_tx_sh);
      end
      if (f_frame_start) begin
        assert (!uart_tx_o);
        assert (f_obn != 4'd0);
        assert ((tx_cnt_q == 8'd207) && (tx_bit_q == 4'd0));
        assert (tx_sh_q == {1'd1, f_obq[7:0]});
      end
      if (!tx_busy_q && f_tbusy_q) begin
        assert ($past((f_tidx == 4'd9) && (f_tsub == 8'd207)));
      end
      // the transmit buffer holds the queued bytes; never overwritten; a queued byte starts at once
      assert (ob_n_q == (f_frame_start ? (f_obn - 4'd1) : f_obn));
      if (!ob_empty) begin
        assert (ob_q == (f_frame_start ? {8'd0, f_obq[31:8]} : f_obq));
      end
      if (f_load) begin
        assert ((f_obn == 4'd0) || ((f_obn == 4'd1) && f_frame_start));
      end
      if ($past((!tx_busy_q && (f_obn != 4'd0)) && !f_frame_start)) begin
        assert (tx_busy_q);
      end
      assert (f_obn <= 4'd4);
      // receiver and parser: legal states
      if (rx_st_q != RxIdle) begin
        assert (rx_cnt_q <= 8'd207);
      end
      assert (!(rx_valid_q && rx_ferr_q));
      assert (p_st_q != 2'd3);
      if (p_st_q == PArgs) begin
        assert ((p_n_q <= 3'd4) && (p_n_q != 3'd0));
      end
      if (p_st_q == PIn) begin
        assert (p_cnt_q != 16'd0);
      end
      // a command writes its register or weight word once: the strobes are one-cycle pulses
      if ($past(t_we_q)) begin
        assert (!t_we_q);
      end
      if ($past(e_we_q)) begin
        assert (!e_we_q);
      end
      if ($past(w_we_q)) begin
        assert (!w_we_q);
      end
      // an input byte is lost (status bit 0) only when it arrives while the previous one still waits
      if (status_q[0] && !$past(status_q[0])) begin
        assert ($past(in_full_q));
      end
      cover (f_frame_start);
      cover (rx_st_q == RxData);
      cover (tx_busy_q && (f_tidx == 4'd2));
    end
  end
`endif  // FORMAL
endmodule
