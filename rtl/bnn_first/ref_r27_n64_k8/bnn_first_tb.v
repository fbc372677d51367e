// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// parameters: R=27 NEURONS=64 K=8 SETTLE=1 RST=async
// regenerate: cimgen gen bnn_first R=27 NEURONS=64 K=8 SETTLE=1 RST=async --testbench V --tb-seed 1 -o DIR
//
// Self-checking testbench of bnn_first, Verilog-2005, for any simulator: the vectors (bnn_first_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Layers of random thresholds, T, weights and popcount noise; the macro answers from the model.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o bnn_first_tb -c bnn_first.f bnn_first_tb.v && vvp bnn_first_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module bnn_first_tb;
  localparam integer SEGMENTS = 6;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] cfg_we_i;
  reg  [6:0] cfg_addr_i;
  reg  [15:0] cfg_wdata_i;
  reg  [0:0] in_valid_i;
  reg  [7:0] in_data_i;
  reg  [0:0] out_ready_i;
  wire [319:0] pc_i;
  wire [0:0] in_ready_o;
  wire [0:0] out_valid_o;
  wire [63:0] out_sign_o;
  wire [831:0] out_acc_o;
  wire [0:0] row_en_o;
  wire [26:0] row_o;
  wire [0:0] sh_o;

  bnn_first dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .cfg_we_i(cfg_we_i),
      .cfg_addr_i(cfg_addr_i),
      .cfg_wdata_i(cfg_wdata_i),
      .in_valid_i(in_valid_i),
      .in_data_i(in_data_i),
      .out_ready_i(out_ready_i),
      .pc_i(pc_i),
      .in_ready_o(in_ready_o),
      .out_valid_o(out_valid_o),
      .out_sign_o(out_sign_o),
      .out_acc_o(out_acc_o),
      .row_en_o(row_en_o),
      .row_o(row_o),
      .sh_o(sh_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream cfg: valid cfg_we_i, ready (none); cfg_addr_i[7] cfg_wdata_i[16]
  reg [22:0] cfg_mem [0:462];
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
  reg [7:0] in_mem [0:431];
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

  // Output stream out: valid out_valid_o, ready out_ready_i; out_sign_o[64] out_acc_o[832]
  reg [895:0] out_mem [0:15];
  integer out_idx, out_end, out_seg [0:6];
  always @(negedge clk_i) out_ready_i <= {$random(seed)} % 100 >= bp;
  reg out_held = 1'b0;
  reg [895:0] out_last;
  always @(posedge clk_i) begin
    if (rst_ni && running) begin
      if (out_held && (!out_valid_o || {out_sign_o, out_acc_o} !== out_last)) begin
        errors = errors + 1;
        $display("FAIL segment %0d: out changed while not taken (valid %b, %h was %h)", seg, out_valid_o,
            {out_sign_o, out_acc_o}, out_last);
      end
      if (out_valid_o && out_ready_i) begin
        if (out_idx >= out_end) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %h beyond the model's %0d", seg, {out_sign_o, out_acc_o}, out_end -
              out_seg[seg]);
        end else if ({out_sign_o, out_acc_o} !== out_mem[out_idx]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %0d = %h, model %h", seg, out_idx -
              out_seg[seg], {out_sign_o, out_acc_o}, out_mem[out_idx]);
        end else if (verbose) $display("segment %0d: out beat %0d = %h as the model", seg, out_idx -
            out_seg[seg], {out_sign_o, out_acc_o});
        checked = checked + 1;
        out_idx <= out_idx + 1;
      end
    end
    out_held = rst_ni && running && out_valid_o && !(out_valid_o && out_ready_i);
    out_last = {out_sign_o, out_acc_o};
  end

  // Responder table pc
  reg [319:0] pc_mem [0:57];
  integer pc_base, pc_seg [0:6];

  // Responder: the analog side, from the model's tables.
  // Sample strobes since reset: the popcounts of the next one are on pc_i while sh_o.
  integer smp = 0;
  always @(posedge clk_i or negedge rst_ni) smp <= !rst_ni ? 0 : smp + sh_o;
  assign pc_i = sh_o ? pc_mem[pc_base + smp] : {320{tb_noise}};

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("bnn_first_tb_cfg.hex", cfg_mem);
    $readmemh("bnn_first_tb_in.hex", in_mem);
    $readmemh("bnn_first_tb_out.hex", out_mem);
    $readmemh("bnn_first_tb_pc.hex", pc_mem);
    cfg_seg[0] = 0; cfg_seg[1] = 75; cfg_seg[2] = 152; cfg_seg[3] = 228; cfg_seg[4] = 304; cfg_seg[5] = 384;
        cfg_seg[6] = 463;
    in_seg[0] = 0; in_seg[1] = 27; in_seg[2] = 108; in_seg[3] = 162; in_seg[4] = 270; in_seg[5] = 324; in_seg[6] = 432;
    out_seg[0] = 0; out_seg[1] = 1; out_seg[2] = 4; out_seg[3] = 6; out_seg[4] = 10; out_seg[5] = 12; out_seg[6] = 16;
    pc_seg[0] = 0; pc_seg[1] = 8; pc_seg[2] = 20; pc_seg[3] = 22; pc_seg[4] = 26; pc_seg[5] = 38; pc_seg[6] = 58;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (6'b010101 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        cfg_idx = cfg_seg[seg];
        cfg_end = cfg_seg[seg + 1];
        in_idx = in_seg[seg];
        in_end = in_seg[seg + 1];
        out_idx = out_seg[seg];
        out_end = out_seg[seg + 1];
        pc_base = pc_seg[seg];
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
          $display("FAIL: bnn_first differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: bnn_first matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (out_valid_o || |row_en_o || |sh_o || |row_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
