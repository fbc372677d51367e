// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0
//   RST=async CLK_HZ=24000000 BAUD=115200
// regenerate: cimgen gen cim_fpga R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1
//   KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200 --testbench V --tb-seed 1 -o DIR
//
// Self-checking testbench of cim_fpga, Verilog-2005, for any simulator: the vectors (cim_fpga_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Host sessions over the UART: pings, layers (registers, weights) and vectors, host errors.
// The responder below does the work (+gap sets how often it pauses); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o cim_fpga_tb -c cim_fpga.f cim_fpga_tb.v && vvp cim_fpga_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module cim_fpga_tb;
  localparam integer SEGMENTS = 5;
  localparam integer MAX_CYCLES = 26408000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  wire [0:0] uart_rx_i;
  wire [0:0] uart_tx_o;
  wire [0:0] err_o;
  wire [0:0] act_o;

  cim_fpga dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .uart_rx_i(uart_rx_i),
      .uart_tx_o(uart_tx_o),
      .err_o(err_o),
      .act_o(act_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Responder table host
  reg [23:0] host_mem [0:4586];
  integer host_base, host_seg [0:5];
  // Responder table reply
  reg [7:0] reply_mem [0:391];
  integer reply_base, reply_seg [0:5];

  // Responder: the analog side, from the model's tables.
  // The host's UART: host_mem's operations from host_base, 24 bits each: [23:22] 0 = send byte [7:0]
  // (when [8], with a 0 stop bit and a frame of idle line after), 1 = wait until the board has sent [21:0]
  // bytes this segment, 2 = after two bit times of quiet line, err_o must be [0] and act_o [1].
  localparam integer CPB = 208;  // clocks per bit
  reg host_line = 1'b1;
  reg host_done = 1'b0;
  assign uart_rx_i = host_line;
  always @(posedge running) begin : host
    integer i, n, b, skew_bit, skew;
    reg [23:0] op;
    reg [9:0] frame;
    for (i = host_base; i < host_seg[seg + 1]; i = i + 1) begin
      op = host_mem[i];
      if (op[23:22] == 2'd0) begin
        while ({$random(seed)} % 100 < gap) begin  // a gap of a bit time, now and then with a glitch
          host_line = {$random(seed)} % 2;
          @(negedge clk_i);
          host_line = 1'b1;
          repeat (CPB - 1) @(negedge clk_i);
        end
        frame = {!op[8], op[7:0], 1'b0};
        // A host clock a little off: one bit of a good frame longer or shorter by up to (CPB-1)/2 cycles.
        skew_bit = !op[8] && {$random(seed)} % 2 ? {$random(seed)} % 10 : -1;
        skew = (1 + {$random(seed)} % ((CPB - 1) / 2)) * ({$random(seed)} % 2 ? 1 : -1);
        for (b = 0; b < 10; b = b + 1) begin
          host_line = frame[b];
          for (n = 0; n < CPB + (b == skew_bit ? skew : 0); n = n + 1) @(negedge clk_i);
        end
        host_line = 1'b1;
        if (op[8]) repeat (10 * CPB) @(negedge clk_i);
      end else if (op[23:22] == 2'd1) begin
        while (rx_n < op[21:0]) @(negedge clk_i);
      end else begin
        repeat (2 * CPB) @(negedge clk_i);
        if (err_o !== op[0] || act_o !== op[1]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: err_o %b and act_o %b, want %b and %b (host operation %0d)", seg, err_o,
                   act_o, op[0], op[1], i - host_base);
        end
        checked = checked + 1;
      end
    end
    host_done = 1'b1;
  end
  always @(negedge running) begin
    disable host;
    host_line = 1'b1;
    host_done = 1'b0;
  end

  // The host's receiver: a start bit's edge, then a sample in the middle of each bit; each byte is checked
  // against reply_mem in order.
  integer rx_n = 0, rx_phase = -1, rx_count = 0;
  reg [7:0] rx_byte = 8'd0;
  always @(negedge clk_i) begin
    if (!running) begin
      rx_n = 0;
      rx_phase = -1;
    end else if (rx_phase < 0) begin
      if (!uart_tx_o) begin
        rx_phase = 0;
        rx_count = CPB / 2;
      end
    end else begin
      rx_count = rx_count - 1;
      if (rx_count == 0) begin
        rx_count = CPB;
        if (rx_phase == 0) begin
          rx_phase = uart_tx_o ? -1 : 1;  // a glitch, or the start bit
        end else if (rx_phase <= 8) begin
          rx_byte[rx_phase - 1] = uart_tx_o;
          rx_phase = rx_phase + 1;
        end else begin
          if (!uart_tx_o) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %0d has a bad stop bit", seg, rx_n);
          end
          if (reply_base + rx_n >= reply_seg[seg + 1]) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %h beyond the model's %0d", seg, rx_byte,
                     reply_seg[seg + 1] - reply_base);
          end else if (rx_byte !== reply_mem[reply_base + rx_n]) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %0d = %h, model %h", seg, rx_n, rx_byte,
                     reply_mem[reply_base + rx_n]);
          end else if (verbose) $display("segment %0d: board byte %0d = %h as the model", seg, rx_n, rx_byte);
          checked = checked + 1;
          rx_n = rx_n + 1;
          rx_phase = -1;
        end
      end
    end
  end

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("cim_fpga_tb_host.hex", host_mem);
    $readmemh("cim_fpga_tb_reply.hex", reply_mem);
    host_seg[0] = 0; host_seg[1] = 1445; host_seg[2] = 1541; host_seg[3] = 2968; host_seg[4] = 4422; host_seg[5] = 4587;
    reply_seg[0] = 0; reply_seg[1] = 130; reply_seg[2] = 194; reply_seg[3] = 260; reply_seg[4] = 326;
        reply_seg[5] = 392;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (5'b11010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        host_base = host_seg[seg];
        reply_base = reply_seg[seg];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 * (((host_seg[seg + 1] - host_seg[seg]) * 5 * CPB))) :
            -1;
        cycles = 0;
        while (!((host_done && rx_n == reply_seg[seg + 1] - reply_base && rx_phase < 0)) && cycles != abort_at && cycles
            < MAX_CYCLES) begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: cim_fpga differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: cim_fpga matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (|err_o || |act_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
