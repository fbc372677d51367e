// cimgen 0.1.0: generated file, do not edit.
// block: shift_add
// parameters: N=8 PD=1 PR=2 PI=8 PW=8 R=128 KMAX=4 w_enc=differential RST=async
// regenerate: cimgen gen shift_add N=8 PD=1 PR=2 PI=8 PW=8 R=128 KMAX=4 w_enc=differential RST=async --testbench V
//   --tb-seed 1 -o DIR
//
// Self-checking testbench of shift_add, Verilog-2005, for any simulator: the vectors (shift_add_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Dot products of random layers (ideal and arbitrary conversions, out-of-range settings and tags).
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o shift_add_tb -c shift_add.f shift_add_tb.v && vvp shift_add_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module shift_add_tb;
  localparam integer SEGMENTS = 8;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [3:0] cfg_pi_i;
  reg  [0:0] cfg_in_signed_i;
  reg  [3:0] cfg_pw_i;
  reg  [2:0] cfg_k_i;
  reg  [0:0] in_valid_i;
  reg  [7:0] in_code_i;
  reg  [2:0] in_sexp_i;
  reg  [2:0] in_slice_i;
  reg  [1:0] in_col_i;
  reg  [0:0] in_set_i;
  reg  [0:0] in_last_i;
  reg  [0:0] out_ready_i;
  wire [0:0] in_ready_o;
  wire [0:0] out_valid_o;
  wire [27:0] out_data_o;

  shift_add dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .cfg_pi_i(cfg_pi_i),
      .cfg_in_signed_i(cfg_in_signed_i),
      .cfg_pw_i(cfg_pw_i),
      .cfg_k_i(cfg_k_i),
      .in_valid_i(in_valid_i),
      .in_code_i(in_code_i),
      .in_sexp_i(in_sexp_i),
      .in_slice_i(in_slice_i),
      .in_col_i(in_col_i),
      .in_set_i(in_set_i),
      .in_last_i(in_last_i),
      .out_ready_i(out_ready_i),
      .in_ready_o(in_ready_o),
      .out_valid_o(out_valid_o),
      .out_data_o(out_data_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream in: valid in_valid_i, ready in_ready_o; cfg_pi_i[4] cfg_in_signed_i[1] cfg_pw_i[4] cfg_k_i[3]
  //   in_code_i[8] in_sexp_i[3] in_slice_i[3] in_col_i[2] in_set_i[1] in_last_i[1]
  reg [29:0] in_mem [0:501];
  integer in_idx, in_end, in_seg [0:8];
  always @(negedge clk_i) begin
    if (running && in_idx < in_end && {$random(seed)} % 100 >= gap) begin
      in_valid_i <= 1'b1;
      {cfg_pi_i, cfg_in_signed_i, cfg_pw_i, cfg_k_i, in_code_i, in_sexp_i, in_slice_i, in_col_i, in_set_i, in_last_i} <=
          in_mem[in_idx];
    end else begin
      in_valid_i <= 1'b0;
      in_code_i <= $random(seed);
      in_sexp_i <= $random(seed);
      in_slice_i <= $random(seed);
      in_col_i <= $random(seed);
      in_set_i <= $random(seed);
      in_last_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && in_valid_i && in_ready_o) in_idx <= in_idx + 1;

  // Output stream out: valid out_valid_o, ready out_ready_i; out_data_o[28]
  reg [27:0] out_mem [0:22];
  integer out_idx, out_end, out_seg [0:8];
  always @(negedge clk_i) out_ready_i <= {$random(seed)} % 100 >= bp;
  reg out_held = 1'b0;
  reg [27:0] out_last;
  always @(posedge clk_i) begin
    if (rst_ni && running) begin
      if (out_held && (!out_valid_o || {out_data_o} !== out_last)) begin
        errors = errors + 1;
        $display("FAIL segment %0d: out changed while not taken (valid %b, %h was %h)", seg, out_valid_o, {out_data_o},
            out_last);
      end
      if (out_valid_o && out_ready_i) begin
        if (out_idx >= out_end) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %h beyond the model's %0d", seg, {out_data_o}, out_end - out_seg[seg]);
        end else if ({out_data_o} !== out_mem[out_idx]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: out beat %0d = %h, model %h", seg, out_idx -
              out_seg[seg], {out_data_o}, out_mem[out_idx]);
        end else if (verbose) $display("segment %0d: out beat %0d = %h as the model", seg, out_idx -
            out_seg[seg], {out_data_o});
        checked = checked + 1;
        out_idx <= out_idx + 1;
      end
    end
    out_held = rst_ni && running && out_valid_o && !(out_valid_o && out_ready_i);
    out_last = {out_data_o};
  end


  // Responder: the analog side, from the model's tables.

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("shift_add_tb_in.hex", in_mem);
    $readmemh("shift_add_tb_out.hex", out_mem);
    in_seg[0] = 0; in_seg[1] = 4; in_seg[2] = 117; in_seg[3] = 153; in_seg[4] = 282; in_seg[5] = 376; in_seg[6] = 438;
        in_seg[7] = 486; in_seg[8] = 502;
    out_seg[0] = 0; out_seg[1] = 1; out_seg[2] = 6; out_seg[3] = 8; out_seg[4] = 14; out_seg[5] = 19; out_seg[6] = 21;
        out_seg[7] = 22; out_seg[8] = 23;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (8'b10010010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        in_idx = in_seg[seg];
        in_end = in_seg[seg + 1];
        out_idx = out_seg[seg];
        out_end = out_seg[seg + 1];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 *
            (in_seg[seg + 1] - in_seg[seg] + out_seg[seg + 1] - out_seg[seg])) : -1;
        cycles = 0;
        while (!(in_idx == in_end && out_idx == out_end) && cycles != abort_at && cycles < MAX_CYCLES) begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
          $display("  in: %0d of %0d beats", in_idx - in_seg[seg], in_end - in_seg[seg]);
          $display("  out: %0d of %0d beats", out_idx - out_seg[seg], out_end - out_seg[seg]);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: shift_add differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: shift_add matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (out_valid_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
