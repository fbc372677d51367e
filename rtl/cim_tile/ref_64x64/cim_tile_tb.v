// cimgen 0.1.0: generated file, do not edit.
// block: cim_tile
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0 KMAX=0 TRQ_TABLE=16
//   RST=async
// regenerate: cimgen gen cim_tile R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0
//   KMAX=0 TRQ_TABLE=16 RST=async --testbench V --tb-seed 1 -o DIR
//
// Self-checking testbench of cim_tile, Verilog-2005, for any simulator: the vectors (cim_tile_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Layers of random settings and devices: register writes, then vectors; the analog macro answers.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o cim_tile_tb -c cim_tile.f cim_tile_tb.v && vvp cim_tile_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module cim_tile_tb;
  localparam integer SEGMENTS = 6;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] cfg_we_i;
  reg  [4:0] cfg_addr_i;
  reg  [15:0] cfg_wdata_i;
  reg  [0:0] in_valid_i;
  reg  [7:0] in_data_i;
  reg  [0:0] out_ready_i;
  wire [1:0] adc_cmp_i;
  wire [0:0] in_ready_o;
  wire [0:0] out_valid_o;
  wire [25:0] out_data_o;
  wire [0:0] out_last_o;
  wire [63:0] wl_en_o;
  wire [63:0] dac_row_o;
  wire [0:0] sh_o;
  wire [9:0] adc_col_o;
  wire [15:0] adc_dac_o;
  wire [1:0] adc_cmp_en_o;

  cim_tile dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .cfg_we_i(cfg_we_i),
      .cfg_addr_i(cfg_addr_i),
      .cfg_wdata_i(cfg_wdata_i),
      .in_valid_i(in_valid_i),
      .in_data_i(in_data_i),
      .out_ready_i(out_ready_i),
      .adc_cmp_i(adc_cmp_i),
      .in_ready_o(in_ready_o),
      .out_valid_o(out_valid_o),
      .out_data_o(out_data_o),
      .out_last_o(out_last_o),
      .wl_en_o(wl_en_o),
      .dac_row_o(dac_row_o),
      .sh_o(sh_o),
      .adc_col_o(adc_col_o),
      .adc_dac_o(adc_dac_o),
      .adc_cmp_en_o(adc_cmp_en_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream cfg: valid cfg_we_i, ready (none); cfg_addr_i[5] cfg_wdata_i[16]
  reg [20:0] cfg_mem [0:29];
  integer cfg_idx, cfg_end, cfg_seg [0:6];
  always @(negedge clk_i) begin
    if (running && cfg_idx < cfg_end && {$random(seed)} % 100 >= gap) begin
      cfg_we_i <= 1'b1;
      {cfg_addr_i, cfg_wdata_i} <= cfg_mem[cfg_idx];
    end else begin
      cfg_we_i <= 1'b0;
      cfg_addr_i <= $random(seed);
      cfg_wdata_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && cfg_we_i) cfg_idx <= cfg_idx + 1;

  // Input stream in: valid in_valid_i, ready in_ready_o; in_data_i[8]
  reg [7:0] in_mem [0:749];
  integer in_idx, in_end, in_seg [0:6];
  always @(negedge clk_i) begin
    if (running && in_idx < in_end && cfg_idx == cfg_end && {$random(seed)} % 100 >= gap) begin
      in_valid_i <= 1'b1;
      {in_data_i} <= in_mem[in_idx];
    end else begin
      in_valid_i <= 1'b0;
      in_data_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && in_valid_i && in_ready_o) in_idx <= in_idx + 1;

  // Output stream out: valid out_valid_o, ready out_ready_i; out_data_o[26] out_last_o[1]
  reg [26:0] out_mem [0:222];
  integer out_idx, out_end, out_seg [0:6];
  always @(negedge clk_i) out_ready_i <= {$random(seed)} % 100 >= bp;
  reg out_held = 1'b0;
  reg [26:0] out_last;
  always @(posedge clk_i) begin
    if (rst_ni && running) begin
      if (out_held && (!out_valid_o || {out_data_o, out_last_o} !== out_last)) begin
        errors = errors + 1;
        $display("FAIL segment %0d: out changed while not taken (valid %b, %h was %h)", seg, out_valid_o,
            {out_data_o, out_last_o}, out_last);
      end
      if (out_valid_o && out_ready_i) begin
        if (out_idx >= out_end) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %h beyond the model's %0d", seg, {out_data_o, out_last_o}, out_end -
              out_seg[seg]);
        end else if ({out_data_o, out_last_o} !== out_mem[out_idx]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %0d = %h, model %h", seg, out_idx -
              out_seg[seg], {out_data_o, out_last_o}, out_mem[out_idx]);
        end else if (verbose) $display("segment %0d: out beat %0d = %h as the model", seg, out_idx -
            out_seg[seg], {out_data_o, out_last_o});
        checked = checked + 1;
        out_idx <= out_idx + 1;
      end
    end
    out_held = rst_ni && running && out_valid_o && !(out_valid_o && out_ready_i);
    out_last = {out_data_o, out_last_o};
  end

  // Responder table thr
  reg [703:0] thr_mem [0:54];
  integer thr_base, thr_seg [0:6];

  // Responder: the analog side, from the model's tables.
  // Sample strobes since reset; comparisons answer from the row of the sample taken last.
  integer smp = 0;
  always @(posedge clk_i or negedge rst_ni) smp <= !rst_ni ? 0 : smp + sh_o;
  wire [703:0] thr_row = thr_mem[thr_base + smp + sh_o - 1];
  genvar lane;
  generate
    for (lane = 0; lane < 2; lane = lane + 1) begin : g_lane
      wire [31:0] col = lane * 32 + adc_col_o[lane * 5 +: 5];
      wire signed [10:0] thr = thr_row[col * 11 +: 11];
      assign adc_cmp_i[lane] = adc_cmp_en_o[lane] ? $signed({3'b000, adc_dac_o[lane * 8 +: 8]}) <= thr : tb_noise;
    end
  endgenerate

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("cim_tile_tb_cfg.hex", cfg_mem);
    $readmemh("cim_tile_tb_in.hex", in_mem);
    $readmemh("cim_tile_tb_out.hex", out_mem);
    $readmemh("cim_tile_tb_thr.hex", thr_mem);
    cfg_seg[0] = 0; cfg_seg[1] = 5; cfg_seg[2] = 10; cfg_seg[3] = 15; cfg_seg[4] = 20; cfg_seg[5] = 25; cfg_seg[6] = 30;
    in_seg[0] = 0; in_seg[1] = 128; in_seg[2] = 256; in_seg[3] = 370; in_seg[4] = 562; in_seg[5] = 690; in_seg[6] = 750;
    out_seg[0] = 0; out_seg[1] = 62; out_seg[2] = 126; out_seg[3] = 128; out_seg[4] = 191; out_seg[5] = 211;
        out_seg[6] = 223;
    thr_seg[0] = 0; thr_seg[1] = 4; thr_seg[2] = 10; thr_seg[3] = 18; thr_seg[4] = 36; thr_seg[5] = 40; thr_seg[6] = 55;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (6'b101010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        cfg_idx = cfg_seg[seg];
        cfg_end = cfg_seg[seg + 1];
        in_idx = in_seg[seg];
        in_end = in_seg[seg + 1];
        out_idx = out_seg[seg];
        out_end = out_seg[seg + 1];
        thr_base = thr_seg[seg];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 *
            (cfg_seg[seg + 1] - cfg_seg[seg] + in_seg[seg + 1] - in_seg[seg] + out_seg[seg + 1] - out_seg[seg])) : -1;
        cycles = 0;
        while (!(cfg_idx == cfg_end && in_idx == in_end && out_idx == out_end) && cycles != abort_at && cycles <
            MAX_CYCLES) begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
          $display("  cfg: %0d of %0d beats", cfg_idx - cfg_seg[seg], cfg_end - cfg_seg[seg]);
          $display("  in: %0d of %0d beats", in_idx - in_seg[seg], in_end - in_seg[seg]);
          $display("  out: %0d of %0d beats", out_idx - out_seg[seg], out_end - out_seg[seg]);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: cim_tile differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: cim_tile matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (out_valid_o || |adc_cmp_en_o || |sh_o || |wl_en_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
