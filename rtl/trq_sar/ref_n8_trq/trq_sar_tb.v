// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// parameters: N=8 TRQ=1 RST=async READY=comb
// regenerate: cimgen gen trq_sar N=8 TRQ=1 RST=async READY=comb --testbench V --tb-seed 1 -o DIR
//
// Self-checking testbench of trq_sar, Verilog-2005, for any simulator: the vectors (trq_sar_tb_*.hex, one beat
// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed 1).
// Conversions of noisy analog values with random uniform, TRQ and illegal settings.
// Input streams are sent with random gaps, output streams taken with random back-pressure and
// checked in order (data held stable while not taken); every segment starts from reset, and the
// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.
//   iverilog -g2005 -o trq_sar_tb -c trq_sar.f trq_sar_tb.v && vvp trq_sar_tb [+seed=N] [+gap=PCT] [+bp=PCT] [+verbose]
//   (run in this directory: the .hex files are read from the working directory)
`timescale 1ns / 1ps

module trq_sar_tb;
  localparam integer SEGMENTS = 9;
  localparam integer MAX_CYCLES = 100000;

  reg clk_i = 1'b0;
  always #5 clk_i = ~clk_i;
  reg rst_ni = 1'b0;

  // The DUT's ports: stream inputs are driven here, the responder drives the wires.
  reg  [0:0] trq_en_i;
  reg  [0:0] msb_first_i;
  reg  [3:0] bexp_i;
  reg  [3:0] s1_i;
  reg  [3:0] s2_i;
  reg  [0:0] start_i;
  wire [0:0] cmp_i;
  wire [0:0] ready_o;
  wire [7:0] dac_o;
  wire [0:0] cmp_en_o;
  wire [0:0] valid_o;
  wire [0:0] flag_o;
  wire [7:0] code_o;
  wire [7:0] q_o;
  wire [3:0] ncmp_o;

  trq_sar dut (
      .clk_i(clk_i),
      .rst_ni(rst_ni),
      .trq_en_i(trq_en_i),
      .msb_first_i(msb_first_i),
      .bexp_i(bexp_i),
      .s1_i(s1_i),
      .s2_i(s2_i),
      .start_i(start_i),
      .cmp_i(cmp_i),
      .ready_o(ready_o),
      .dac_o(dac_o),
      .cmp_en_o(cmp_en_o),
      .valid_o(valid_o),
      .flag_o(flag_o),
      .code_o(code_o),
      .q_o(q_o),
      .ncmp_o(ncmp_o)
  );

  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;
  integer seg, attempt, cycles, abort_at, drain;
  reg running = 1'b0;  // a segment's streams may move
  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore
  reg rst_q = 1'b0;  // rst_ni at the last rising edge
  always @(negedge clk_i) tb_noise <= $random(seed);

  // Input stream start: valid start_i, ready ready_o; trq_en_i[1] msb_first_i[1] bexp_i[4] s1_i[4] s2_i[4]
  reg [13:0] start_mem [0:721];
  integer start_idx, start_end, start_seg [0:9];
  always @(negedge clk_i) begin
    if (running && start_idx < start_end && {$random(seed)} % 100 >= gap) begin
      start_i <= 1'b1;
      {trq_en_i, msb_first_i, bexp_i, s1_i, s2_i} <= start_mem[start_idx];
    end else begin
      start_i <= 1'b0;
      trq_en_i <= $random(seed);
      msb_first_i <= $random(seed);
      bexp_i <= $random(seed);
      s1_i <= $random(seed);
      s2_i <= $random(seed);
    end
  end
  always @(posedge clk_i) if (rst_ni && running && start_i && ready_o) start_idx <= start_idx + 1;

  // Output stream result: valid valid_o, ready (none); flag_o[1] code_o[8] q_o[8] ncmp_o[4]
  reg [20:0] result_mem [0:721];
  integer result_idx, result_end, result_seg [0:9];
  reg result_held = 1'b0;
  reg [20:0] result_last;
  always @(posedge clk_i) begin
    if (rst_ni && running) begin
      if (result_held && (!valid_o || {flag_o, code_o, q_o, ncmp_o} !== result_last)) begin
        errors = errors + 1;
        $display("FAIL segment %0d: result changed while not taken (valid %b, %h was %h)", seg, valid_o,
            {flag_o, code_o, q_o, ncmp_o}, result_last);
      end
      if (valid_o) begin
        if (result_idx >= result_end) begin
          errors = errors + 1;
          $display("FAIL segment %0d: result beat %h beyond the model's %0d", seg, {flag_o, code_o, q_o, ncmp_o},
              result_end - result_seg[seg]);
        end else if ({flag_o, code_o, q_o, ncmp_o} !== result_mem[result_idx]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: result beat %0d = %h, model %h", seg, result_idx -
              result_seg[seg], {flag_o, code_o, q_o, ncmp_o}, result_mem[result_idx]);
        end else if (verbose) $display("segment %0d: result beat %0d = %h as the model", seg, result_idx -
            result_seg[seg], {flag_o, code_o, q_o, ncmp_o});
        checked = checked + 1;
        result_idx <= result_idx + 1;
      end
    end
    result_held = rst_ni && running && valid_o && !(valid_o);
    result_last = {flag_o, code_o, q_o, ncmp_o};
  end

  // Responder table thr
  reg signed [10:0] thr_mem [0:721];
  integer thr_base, thr_seg [0:9];

  // Responder: the analog side, from the model's tables.
  // The comparator: v >= dac_o for the conversion accepted last (thr = floor(v)).
  assign cmp_i = cmp_en_o ? $signed({3'b000, dac_o}) <= thr_mem[start_idx - 1] : tb_noise;

  initial begin
    if ($value$plusargs("seed=%d", seed)) ;
    if ($value$plusargs("gap=%d", gap)) ;
    if ($value$plusargs("bp=%d", bp)) ;
    if ($test$plusargs("verbose")) verbose = 1;
    seed0 = seed;
    $readmemh("trq_sar_tb_start.hex", start_mem);
    $readmemh("trq_sar_tb_result.hex", result_mem);
    $readmemh("trq_sar_tb_thr.hex", thr_mem);
    start_seg[0] = 0; start_seg[1] = 530; start_seg[2] = 554; start_seg[3] = 578; start_seg[4] = 602;
        start_seg[5] = 626; start_seg[6] = 650; start_seg[7] = 674; start_seg[8] = 698; start_seg[9] = 722;
    result_seg[0] = 0; result_seg[1] = 530; result_seg[2] = 554; result_seg[3] = 578; result_seg[4] = 602;
        result_seg[5] = 626; result_seg[6] = 650; result_seg[7] = 674; result_seg[8] = 698; result_seg[9] = 722;
    thr_seg[0] = 0; thr_seg[1] = 530; thr_seg[2] = 554; thr_seg[3] = 578; thr_seg[4] = 602; thr_seg[5] = 626;
        thr_seg[6] = 650; thr_seg[7] = 674; thr_seg[8] = 698; thr_seg[9] = 722;
    for (seg = 0; seg < SEGMENTS; seg = seg + 1)
      for (attempt = (9'b010010010 >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin
        @(negedge clk_i);
        running = 1'b0;
        rst_ni = 1'b0;
        start_idx = start_seg[seg];
        start_end = start_seg[seg + 1];
        result_idx = result_seg[seg];
        result_end = result_seg[seg + 1];
        thr_base = thr_seg[seg];
        repeat (2) @(negedge clk_i);
        rst_ni = 1'b1;
        running = 1'b1;
        abort_at = attempt == 0 ? 1 + {$random(seed)} % (2 + 2 *
            (start_seg[seg + 1] - start_seg[seg] + result_seg[seg + 1] - result_seg[seg])) : -1;
        cycles = 0;
        while (!(start_idx == start_end && result_idx == result_end) && cycles != abort_at && cycles < MAX_CYCLES) begin
          @(negedge clk_i);
          cycles = cycles + 1;
        end
        if (cycles >= MAX_CYCLES) begin
          errors = errors + 1;
          $display("FAIL segment %0d: no progress in %0d cycles", seg, cycles);
          $display("  start: %0d of %0d beats", start_idx - start_seg[seg], start_end - start_seg[seg]);
          $display("  result: %0d of %0d beats", result_idx - result_seg[seg], result_end - result_seg[seg]);
        end
        if (attempt == 0 && cycles == abort_at) resets = resets + 1;
        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);
        if (errors) begin
          $display("FAIL: trq_sar differs from the model (seed %0d)", seed0);
          $finish;
        end
      end
    $write("PASS: trq_sar matches the model: %0d segments, %0d checks, %0d resets in flight",
           SEGMENTS, checked, resets);
    $display(" (seed %0d, gap %0d%%, back-pressure %0d%%)", seed0, gap, bp);
    $finish;
  end

  always @(posedge clk_i) rst_q <= rst_ni;
  always @(posedge clk_i) if (!rst_q && (valid_o || |cmp_en_o)) begin
    errors = errors + 1;
    $display("FAIL segment %0d: an output valid or enable is high in or right after reset", seg);
  end

endmodule
