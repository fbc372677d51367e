// cimgen 0.1.0: generated file, do not edit.
// block: stack_ctl
// parameters: MODE=expansion R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=sync
// regenerate: cimgen gen stack_ctl MODE=expansion R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=sync --testbench V --tb-seed
//   1 -o DIR
//
// Self-checking testbench of stack_ctl, Verilog-2005, for any simulator: the vectors (stack_ctl_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Network layers of random weights and vectors; the stack is played behaviourally.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o stack_ctl_tb -c stack_ctl.f stack_ctl_tb.v && vvp stack_ctl_tb [+seed=N] [+gap=PCT] [+bp=PCT]
//   [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module stack_ctl_tb;
  localparam integer SEGMENTS = 6;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] w_valid_i;
  reg  [9:0] w_data_i;
  reg  [0:0] in_valid_i;
  reg  [139:0] in_data_i;
  reg  [0:0] in_last_i;
  reg  [0:0] out_ready_i;
  wire [119:0] col_i;
  wire [0:0] w_ready_o;
  wire [0:0] in_ready_o;
  wire [0:0] out_valid_o;
  wire [119:0] out_data_o;
  wire [0:0] out_last_o;
  wire [1:0] re_o;
  wire [139:0] row_o;
  wire [0:0] sh_o;
  wire [1:0] prog_en_o;
  wire [3:0] prog_row_o;
  wire [9:0] prog_data_o;

  stack_ctl dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .w_valid_i(w_valid_i),
      .w_data_i(w_data_i),
      .in_valid_i(in_valid_i),
      .in_data_i(in_data_i),
      .in_last_i(in_last_i),
      .out_ready_i(out_ready_i),
      .col_i(col_i),
      .w_ready_o(w_ready_o),
      .in_ready_o(in_ready_o),
      .out_valid_o(out_valid_o),
      .out_data_o(out_data_o),
      .out_last_o(out_last_o),
      .re_o(re_o),
      .row_o(row_o),
      .sh_o(sh_o),
      .prog_en_o(prog_en_o),
      .prog_row_o(prog_row_o),
      .prog_data_o(prog_data_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream w: valid w_valid_i, ready w_ready_o; w_data_i[10]
  reg [9:0] w_mem [0:159];
  integer w_idx, w_end, w_seg [0:6];
  always @(negedge clk_i) begin
    if (running && w_idx < w_end && {$random(seed)} % 100 >= gap) begin
      w_valid_i <= 1'b1;
      {w_data_i} <= w_mem[w_idx];
    end else begin
      w_valid_i <= 1'b0;
      w_data_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && w_valid_i && w_ready_o) w_idx <= w_idx + 1;

  // Input stream in: valid in_valid_i, ready in_ready_o; in_data_i[140] in_last_i[1]
  reg [140:0] in_mem [0:20];
  integer in_idx, in_end, in_seg [0:6];
  always @(negedge clk_i) begin
    if (running && in_idx < in_end && {$random(seed)} % 100 >= gap) begin
      in_valid_i <= 1'b1;
      {in_data_i, in_last_i} <= in_mem[in_idx];
    end else begin
      in_valid_i <= 1'b0;
      in_data_i <= $random(seed);
      in_last_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && in_valid_i && in_ready_o) in_idx <= in_idx + 1;

  // Output stream out: valid out_valid_o, ready out_ready_i; out_data_o[120] out_last_o[1]
  reg [120:0] out_mem [0:20];
  integer out_idx, out_end, out_seg [0:6];
  always @(negedge clk_i) out_ready_i <= {$random(seed)} % 100 >= bp;
  reg out_held = 1'b0;
  reg [120:0] out_last;
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


  // Responder: the analog side, from the model's tables.
  // The stack's cells, half h row r: column c at bits c*PR.
  reg [9:0] cells0 [0:9];
  reg [9:0] cells1 [0:9];
  integer pulse0 = 0, pulse1 = 0, h, r, c;
  always @(posedge clk_i) begin
    pulse0 <= rst_ni && prog_en_o[0] ? pulse0 + 1 : 0;
    pulse1 <= rst_ni && prog_en_o[1] ? pulse1 + 1 : 0;
    if (rst_ni && prog_en_o[0] && pulse0 == 2) cells0[prog_row_o] <= prog_data_o;
    if (rst_ni && prog_en_o[1] && pulse1 == 2) cells1[prog_row_o] <= prog_data_o;
  end
  // The columns: sums of row input times cell over the rows of the halves read, settled by the falling edge.
  reg [20:0] sum;
  reg [119:0] col_q;
  always @(negedge clk_i) begin
    for (c = 0; c < 10; c = c + 1) begin
      sum = 0;
      for (r = 0; r < 10; r = r + 1) begin
        if (re_o[0]) sum = sum + row_o[r * 7 +: 7] * cells0[r][c * 1 +: 1];
        if (re_o[1]) sum = sum + row_o[(10 + r) * 7 +: 7] * cells1[r][c * 1 +: 1];
      end
      col_q[c * 12 +: 12] = sum;
    end
  end
  assign col_i = sh_o ? col_q : {120{tb_noise}};

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("stack_ctl_tb_w.hex", w_mem);
    $readmemh("stack_ctl_tb_in.hex", in_mem);
    $readmemh("stack_ctl_tb_out.hex", out_mem);
    w_seg[0] = 0; w_seg[1] = 20; w_seg[2] = 40; w_seg[3] = 100; w_seg[4] = 120; w_seg[5] = 140; w_seg[6] = 160;
    in_seg[0] = 0; in_seg[1] = 1; in_seg[2] = 2; in_seg[3] = 11; in_seg[4] = 12; in_seg[5] = 17; in_seg[6] = 21;
    out_seg[0] = 0; out_seg[1] = 1; out_seg[2] = 2; out_seg[3] = 11; out_seg[4] = 12; out_seg[5] = 17; out_seg[6] = 21;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (6'b101010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        w_idx = w_seg[seg];
        w_end = w_seg[seg + 1];
        in_idx = in_seg[seg];
        in_end = in_seg[seg + 1];
        out_idx = out_seg[seg];
        out_end = out_seg[seg + 1];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 *
            (w_seg[seg + 1] - w_seg[seg] + in_seg[seg + 1] - in_seg[seg] + out_seg[seg + 1] - out_seg[seg])) : -1;
        cycles = 0;
        while (!(w_idx == w_end && in_idx == in_end && out_idx == out_end) && cycles != abort_at && cycles < MAX_CYCLES)
            begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
          $display("  w: %0d of %0d beats", w_idx - w_seg[seg], w_end - w_seg[seg]);
          $display("  in: %0d of %0d beats", in_idx - in_seg[seg], in_end - in_seg[seg]);
          $display("  out: %0d of %0d beats", out_idx - out_seg[seg], out_end - out_seg[seg]);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: stack_ctl differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: stack_ctl matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (out_valid_o || |re_o || |prog_en_o || |sh_o || |row_o || |prog_data_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
