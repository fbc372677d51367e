// cimgen 0.1.0: generated file, do not edit.
// block: analog_acc
// parameters: STRATEGY=B R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=sync
// regenerate: cimgen gen analog_acc STRATEGY=B R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=sync --testbench V
//   --tb-seed 1 -o DIR
//
// Self-checking testbench of analog_acc, Verilog-2005, for any simulator: the vectors (analog_acc_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Layers of random weights, vectors and SINAD; the analog side answers from the model's noisy values.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o analog_acc_tb -c analog_acc.f analog_acc_tb.v && vvp analog_acc_tb [+seed=N] [+gap=PCT]
//   [+bp=PCT] [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module analog_acc_tb;
  localparam integer SEGMENTS = 6;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] in_valid_i;
  reg  [7:0] in_data_i;
  reg  [0:0] out_ready_i;
  wire [0:0] adc_cmp_i;
  wire [0:0] in_ready_o;
  wire [0:0] out_valid_o;
  wire [25:0] out_data_o;
  wire [0:0] out_last_o;
  wire [0:0] wl_en_o;
  wire [127:0] dac_row_o;
  wire [0:0] sh_o;
  wire [2:0] slice_o;
  wire [2:0] adc_neuron_o;
  wire [3:0] adc_line_o;
  wire [10:0] adc_dac_o;
  wire [0:0] adc_cmp_en_o;

  analog_acc dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
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
      .slice_o(slice_o),
      .adc_neuron_o(adc_neuron_o),
      .adc_line_o(adc_line_o),
      .adc_dac_o(adc_dac_o),
      .adc_cmp_en_o(adc_cmp_en_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream in: valid in_valid_i, ready in_ready_o; in_data_i[8]
  reg [7:0] in_mem [0:1663];
  integer in_idx, in_end, in_seg [0:6];
  always @(negedge clk_i) begin
    if (running && in_idx < in_end && {$random(seed)} % 100 >= gap) begin
      in_valid_i <= 1'b1;
      {in_data_i} <= in_mem[in_idx];
    end else begin
      in_valid_i <= 1'b0;
      in_data_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && in_valid_i && in_ready_o) in_idx <= in_idx + 1;

  // Output stream out: valid out_valid_o, ready out_ready_i; out_data_o[26] out_last_o[1]
  reg [26:0] out_mem [0:103];
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
  reg [1679:0] thr_mem [0:12];
  integer thr_base, thr_seg [0:6];

  // Responder: the analog side, from the model's tables.
  // Sample strobes since reset: T per vector, the conversions after a vector's last.
  integer smp = 0;
  always @(posedge clk_i or negedge rst_ni) smp <= !rst_ni ? 0 : smp + sh_o;
  wire [1679:0] thr_row = thr_mem[thr_base + (smp - 1) / 8];
  wire [31:0] conv = adc_neuron_o * 15 + adc_line_o;
  wire signed [13:0] thr = thr_row[conv * 14 +: 14];
  assign adc_cmp_i = adc_cmp_en_o ? $signed({3'b000, adc_dac_o}) <= thr : tb_noise;

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("analog_acc_tb_in.hex", in_mem);
    $readmemh("analog_acc_tb_out.hex", out_mem);
    $readmemh("analog_acc_tb_thr.hex", thr_mem);
    in_seg[0] = 0; in_seg[1] = 128; in_seg[2] = 256; in_seg[3] = 640; in_seg[4] = 768; in_seg[5] = 1152;
        in_seg[6] = 1664;
    out_seg[0] = 0; out_seg[1] = 8; out_seg[2] = 16; out_seg[3] = 40; out_seg[4] = 48; out_seg[5] = 72;
        out_seg[6] = 104;
    thr_seg[0] = 0; thr_seg[1] = 1; thr_seg[2] = 2; thr_seg[3] = 5; thr_seg[4] = 6; thr_seg[5] = 9; thr_seg[6] = 13;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (6'b010101 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        in_idx = in_seg[seg];
        in_end = in_seg[seg + 1];
        out_idx = out_seg[seg];
        out_end = out_seg[seg + 1];
        thr_base = thr_seg[seg];
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
          $display("FAIL: analog_acc differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: analog_acc matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (out_valid_o || |wl_en_o || |sh_o || |adc_cmp_en_o || |adc_dac_o || |dac_row_o))
      begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
