// cimgen 0.1.0: generated file, do not edit.
// block: xbar_emu
// parameters: R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async
// regenerate: cimgen gen xbar_emu R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async --testbench V --tb-seed 1 -o DIR
//
// Self-checking testbench of xbar_emu, Verilog-2005, for any simulator: the vectors (xbar_emu_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Ideal layers loaded in random order, then slices driven and converted cycle by cycle as the tile does.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o xbar_emu_tb -c xbar_emu.f xbar_emu_tb.v && vvp xbar_emu_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module xbar_emu_tb;
  localparam integer SEGMENTS = 6;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] cfg_we_i;
  reg  [1:0] cfg_addr_i;
  reg  [15:0] cfg_wdata_i;
  reg  [0:0] w_we_i;
  reg  [7:0] w_addr_i;
  reg  [15:0] w_data_i;
  reg  [63:0] wl_en_i;
  reg  [63:0] dac_row_i;
  reg  [9:0] adc_col_i;
  reg  [15:0] adc_dac_i;
  reg  [1:0] adc_cmp_en_i;
  wire [1:0] adc_cmp_o;

  xbar_emu dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .cfg_we_i(cfg_we_i),
      .cfg_addr_i(cfg_addr_i),
      .cfg_wdata_i(cfg_wdata_i),
      .w_we_i(w_we_i),
      .w_addr_i(w_addr_i),
      .w_data_i(w_data_i),
      .wl_en_i(wl_en_i),
      .dac_row_i(dac_row_i),
      .adc_col_i(adc_col_i),
      .adc_dac_i(adc_dac_i),
      .adc_cmp_en_i(adc_cmp_en_i),
      .adc_cmp_o(adc_cmp_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream w: valid w_we_i, ready (none); w_addr_i[8] w_data_i[16]
  reg [23:0] w_mem [0:1535];
  integer w_idx, w_end, w_seg [0:6];
  always @(negedge clk_i) begin
    if (running && w_idx < w_end && {$random(seed)} % 100 >= gap) begin
      w_we_i <= 1'b1;
      {w_addr_i, w_data_i} <= w_mem[w_idx];
    end else begin
      w_we_i <= 1'b0;
      w_addr_i <= $random(seed);
      w_data_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && w_we_i) w_idx <= w_idx + 1;

  // Input stream cfg: valid cfg_we_i, ready (none); cfg_addr_i[2] cfg_wdata_i[16]
  reg [17:0] cfg_mem [0:17];
  integer cfg_idx, cfg_end, cfg_seg [0:6];
  always @(negedge clk_i) begin
    if (running && cfg_idx < cfg_end && w_idx == w_end && {$random(seed)} % 100 >= gap) begin
      cfg_we_i <= 1'b1;
      {cfg_addr_i, cfg_wdata_i} <= cfg_mem[cfg_idx];
    end else begin
      cfg_we_i <= 1'b0;
      cfg_addr_i <= $random(seed);
      cfg_wdata_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && cfg_we_i) cfg_idx <= cfg_idx + 1;

  // Input stream drive: valid (none: a beat every cycle), ready (none); wl_en_i[64] dac_row_i[64] adc_col_i[10]
  //   adc_dac_i[16] adc_cmp_en_i[2]
  reg drive_valid = 1'b0;
  reg [155:0] drive_mem [0:4426];
  integer drive_idx, drive_end, drive_seg [0:6];
  always @(negedge clk_i) begin
    if (running && drive_idx < drive_end && cfg_idx == cfg_end) begin
      drive_valid <= 1'b1;
      {wl_en_i, dac_row_i, adc_col_i, adc_dac_i, adc_cmp_en_i} <= drive_mem[drive_idx];
    end else begin
      drive_valid <= 1'b0;
      wl_en_i <= 0;
      dac_row_i <= $random(seed);
      adc_col_i <= $random(seed);
      adc_dac_i <= $random(seed);
      adc_cmp_en_i <= 0;
    end
  end
  always @(posedge clk_i) if (rst_ni && running && drive_valid) drive_idx <= drive_idx + 1;

  // Responder table want
  reg [1:0] want_mem [0:4426];
  integer want_base, want_seg [0:6];

  // Responder: the analog side, from the model's tables.
  // The answers of every comparison of a drive beat: the model's, on the lanes that compare.
  always @(posedge clk_i)
    if (rst_ni && running && drive_valid) begin
      if ((adc_cmp_o ^ want_mem[drive_idx]) & adc_cmp_en_i) begin
        errors = errors + 1;
        $display("FAIL segment %0d: drive beat %0d: adc_cmp_o %b, model %b on lanes %b", seg,
                 drive_idx - drive_seg[seg], adc_cmp_o, want_mem[drive_idx], adc_cmp_en_i);
      end
      if (adc_cmp_en_i) checked = checked + 1;
    end

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("xbar_emu_tb_w.hex", w_mem);
    $readmemh("xbar_emu_tb_cfg.hex", cfg_mem);
    $readmemh("xbar_emu_tb_drive.hex", drive_mem);
    $readmemh("xbar_emu_tb_want.hex", want_mem);
    w_seg[0] = 0; w_seg[1] = 256; w_seg[2] = 512; w_seg[3] = 768; w_seg[4] = 1024; w_seg[5] = 1280; w_seg[6] = 1536;
    cfg_seg[0] = 0; cfg_seg[1] = 3; cfg_seg[2] = 6; cfg_seg[3] = 9; cfg_seg[4] = 12; cfg_seg[5] = 15; cfg_seg[6] = 18;
    drive_seg[0] = 0; drive_seg[1] = 673; drive_seg[2] = 1468; drive_seg[3] = 2381; drive_seg[4] = 3185;
        drive_seg[5] = 3729; drive_seg[6] = 4427;
    want_seg[0] = 0; want_seg[1] = 673; want_seg[2] = 1468; want_seg[3] = 2381; want_seg[4] = 3185; want_seg[5] = 3729;
        want_seg[6] = 4427;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (6'b101010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        w_idx = w_seg[seg];
        w_end = w_seg[seg + 1];
        cfg_idx = cfg_seg[seg];
        cfg_end = cfg_seg[seg + 1];
        drive_idx = drive_seg[seg];
        drive_end = drive_seg[seg + 1];
        want_base = want_seg[seg];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 *
            (w_seg[seg + 1] - w_seg[seg] + cfg_seg[seg + 1] - cfg_seg[seg] + drive_seg[seg + 1] - drive_seg[seg])) : -1;
        cycles = 0;
        while (!(w_idx == w_end && cfg_idx == cfg_end && drive_idx == drive_end) && cycles != abort_at && cycles <
            MAX_CYCLES) begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
          $display("  w: %0d of %0d beats", w_idx - w_seg[seg], w_end - w_seg[seg]);
          $display("  cfg: %0d of %0d beats", cfg_idx - cfg_seg[seg], cfg_end - cfg_seg[seg]);
          $display("  drive: %0d of %0d beats", drive_idx - drive_seg[seg], drive_end - drive_seg[seg]);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: xbar_emu differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: xbar_emu matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

endmodule
