#include "testbench.hpp"

#include "block.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace cimgen::vtb {

void Bench::end_segment(bool reset_in_flight) {
  for (auto& s : streams) s.seg_end.push_back(s.beats.size());
  for (auto& t : tables) t.seg_end.push_back(t.rows.size());
  reset_first.push_back(reset_in_flight);
}

Value pack(const std::vector<uint64_t>& elems, int width) {
  Value v(size_t((int64_t(elems.size()) * width + 63) / 64), 0);
  for (size_t i = 0; i < elems.size(); ++i)
    for (int b = 0; b < width; ++b)
      if (b < 64 && ((elems[i] >> b) & 1)) {
        const size_t at = i * size_t(width) + size_t(b);
        v[at / 64] |= uint64_t(1) << (at % 64);
      }
  return v;
}

std::string hex_word(const Beat& values, const std::vector<int>& widths) {
  int total = 0;
  for (const int w : widths) total += w;
  std::vector<uint8_t> bits(size_t(total), 0);  // bits[0] = LSB of the word
  int pos = total;
  for (size_t f = 0; f < widths.size(); ++f) {
    pos -= widths[f];
    const Value& v = values.at(f);
    for (int b = 0; b < widths[f]; ++b) {
      const size_t w = size_t(b / 64);
      bits[size_t(pos + b)] = w < v.size() ? uint8_t((v[w] >> (b % 64)) & 1) : 0;
    }
  }
  std::string out;
  for (int d = (total + 3) / 4 - 1; d >= 0; --d) {
    int nib = 0;
    for (int b = 3; b >= 0; --b) nib = nib * 2 + (4 * d + b < total ? bits[size_t(4 * d + b)] : 0);
    out += "0123456789abcdef"[nib];
  }
  return out;
}

namespace {

// Every port gets a range, [0:0] too, so that a responder can index any of them.
std::string range(int w) { return fmt::format("[{}:0] ", w - 1); }

int width_of(const std::vector<Field>& fs) {
  int w = 0;
  for (const auto& f : fs) w += f.width;
  return w;
}

std::string concat(const std::vector<Field>& fs) {
  std::string s;
  for (const auto& f : fs) s += (s.empty() ? "" : ", ") + f.port;
  return "{" + s + "}";
}

std::string hex_file(const std::string& block, const std::string& ptext, const std::string& what,
                     const std::vector<std::string>& lines) {
  std::string out = fmt::format("// cimgen {}: generated file, do not edit. block: {}; parameters: {}\n// {}\n",
                                kVersion, block, ptext, what);
  for (const auto& l : lines) out += l + "\n";
  return out;
}

void check_segments(const std::vector<size_t>& seg_end, size_t total, size_t segments, const std::string& what) {
  if (seg_end.size() != segments || (segments && seg_end.back() != total))
    throw std::logic_error("cimgen testbench: " + what + " does not end with the last segment");
}

}  // namespace

std::vector<OutFile> emit_testbench(const std::string& block, const std::string& ptext,
                                    const std::vector<std::pair<std::string, int>>& inputs,
                                    const std::vector<std::pair<std::string, int>>& outputs, const Bench& bench) {
  const size_t S = bench.segments();
  if (S == 0) throw std::logic_error("cimgen testbench: " + block + " has no segment");
  std::map<std::string, int> in_ports(inputs.begin(), inputs.end()), out_ports(outputs.begin(), outputs.end());
  std::set<std::string> driven{"clk_i", "rst_ni"};
  const auto drive = [&](const std::string& port, int width) {
    const auto it = in_ports.find(port);
    if (it == in_ports.end() || (width && it->second != width) || !driven.insert(port).second)
      throw std::logic_error(fmt::format("cimgen testbench: {} drives {} ({} bits), not a free input of the DUT",
                                         block, port, width));
  };
  const auto read = [&](const std::string& port, int width) {
    const auto it = out_ports.find(port);
    if (it == out_ports.end() || (width && it->second != width))
      throw std::logic_error(fmt::format("cimgen testbench: {} checks {} ({} bits), not an output of the DUT", block,
                                         port, width));
  };
  for (const auto& s : bench.streams) {
    check_segments(s.seg_end, s.beats.size(), S, "stream " + s.name);
    if (s.input) {
      if (!s.valid.empty()) drive(s.valid, 1);
      if (!s.ready.empty()) read(s.ready, 1);
      for (const auto& f : s.fields) drive(f.port, f.width);
    } else {
      read(s.valid, 1);
      if (!s.ready.empty()) drive(s.ready, 1);
      for (const auto& f : s.fields) read(f.port, f.width);
    }
  }
  for (const auto& t : bench.tables) check_segments(t.seg_end, t.rows.size(), S, "table " + t.name);
  for (const auto& p : bench.responder_ports) drive(p, 0);
  for (const auto& [port, w] : inputs)
    if (!driven.count(port))
      throw std::logic_error(fmt::format("cimgen testbench: {} leaves input {} undriven", block, port));

  std::vector<OutFile> files;
  const std::string tb = block + "_tb";
  std::string v = fmt::format(
      "// cimgen {0}: generated file, do not edit.\n"
      "// block: {1}\n// parameters: {2}\n"
      "// regenerate: cimgen gen {1} {2} --testbench V --tb-seed {3} -o DIR\n"
      "//\n"
      "// Self-checking testbench of {1}, Verilog-2005, for any simulator: the vectors ({4}_*.hex, one beat\n"
      "// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed {3}).\n"
      "// {5}\n"
      "// Input streams are sent with random gaps, output streams taken with random back-pressure and\n"
      "// checked in order (data held stable while not taken); every segment starts from reset, and the\n"
      "// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.\n"
      "//   iverilog -g2005 -o {4} -c {1}.f {4}.v && vvp {4} [+seed=N] [+gap=PCT] [+bp=PCT] [+verbose]\n"
      "//   (run in this directory: the .hex files are read from the working directory)\n"
      "`timescale 1ns / 1ps\n\n"
      "module {4};\n",
      kVersion, block, ptext, bench.seed, tb, bench.doc);
  v += fmt::format("  localparam integer SEGMENTS = {};\n  localparam integer MAX_CYCLES = {};\n\n", S,
                   bench.max_cycles);
  v += "  reg clk_i = 1'b0;\n  always #5 clk_i = ~clk_i;\n  reg rst_ni = 1'b0;\n";
  // The DUT's ports.
  std::set<std::string> wires(bench.responder_ports.begin(), bench.responder_ports.end());
  v += "\n  // The DUT's ports: stream inputs are driven here, the responder drives the wires.\n";
  for (const auto& [port, w] : inputs)
    if (port != "clk_i" && port != "rst_ni")
      v += fmt::format("  {} {}{};\n", wires.count(port) ? "wire" : "reg ", range(w), port);
  for (const auto& [port, w] : outputs) v += fmt::format("  wire {}{};\n", range(w), port);
  v += fmt::format("\n  {} dut (\n", block);
  std::vector<std::string> conns;
  for (const auto& [port, w] : inputs) conns.push_back(fmt::format("      .{0}({0})", port));
  for (const auto& [port, w] : outputs) conns.push_back(fmt::format("      .{0}({0})", port));
  for (size_t i = 0; i < conns.size(); ++i) v += conns[i] + (i + 1 < conns.size() ? ",\n" : "\n");
  v += "  );\n\n";
  v += "  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;\n"
       "  integer seg, attempt, cycles, abort_at, drain;\n"
       "  reg running = 1'b0;  // a segment's streams may move\n"
       "  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore\n"
       "  reg rst_q = 1'b0;  // rst_ni at the last rising edge\n"
       "  always @(negedge clk_i) tb_noise <= $random(seed);\n\n";
  // Streams.
  std::vector<std::string> all_done, reset_quiet;
  for (const auto& s : bench.streams) {
    const int W = std::max(1, width_of(s.fields));  // a stream of bare handshakes keeps a 1-bit dummy word
    const size_t n = s.beats.size();
    std::vector<int> widths;
    for (const auto& f : s.fields) widths.push_back(f.width);
    std::vector<std::string> lines;
    for (const auto& b : s.beats) lines.push_back(s.fields.empty() ? "0" : hex_word(b, widths));
    std::string fields_doc;
    for (const auto& f : s.fields) fields_doc += fmt::format(" {}[{}]", f.port, f.width);
    files.push_back({fmt::format("{}_{}.hex", tb, s.name),
                     hex_file(block, ptext,
                              fmt::format("{} stream {} ({} beats):{}", s.input ? "input" : "expected output",
                                          s.name, n, fields_doc),
                              lines)});
    // A stream without a valid port sends a beat every cycle (no gaps); <name>_valid says when.
    const std::string valid = s.valid.empty() ? s.name + "_valid" : s.valid;
    v += fmt::format("  // {} stream {}: valid {}, ready {};{}\n", s.input ? "Input" : "Output", s.name,
                     s.valid.empty() ? "(none: a beat every cycle)" : s.valid, s.ready.empty() ? "(none)" : s.ready,
                     fields_doc);
    if (s.valid.empty()) v += fmt::format("  reg {} = 1'b0;\n", valid);
    v += fmt::format("  reg [{}:0] {}_mem [0:{}];\n  integer {}_idx, {}_end, {}_seg [0:{}];\n", W - 1, s.name,
                     n ? n - 1 : 0, s.name, s.name, s.name, S);
    all_done.push_back(fmt::format("{0}_idx == {0}_end", s.name));
    if (s.input) {
      std::string go = fmt::format("running && {0}_idx < {0}_end", s.name);
      if (!s.after.empty()) go += fmt::format(" && {0}_idx == {0}_end", s.after);
      if (!s.valid.empty()) go += " && {$random(seed)} % 100 >= gap";
      v += fmt::format("  always @(negedge clk_i) begin\n    if ({}) begin\n      {} <= 1'b1;\n", go, valid);
      if (!s.fields.empty()) v += fmt::format("      {} <= {}_mem[{}_idx];\n", concat(s.fields), s.name, s.name);
      v += fmt::format("    end else begin\n      {} <= 1'b0;\n", valid);
      for (const auto& f : s.fields)
        if (f.quiet) v += fmt::format("      {} <= 0;\n", f.port);
        else if (!f.held) v += fmt::format("      {} <= $random(seed);\n", f.port);
      v += "    end\n  end\n";
      const std::string fire = s.ready.empty() ? valid : valid + " && " + s.ready;
      v += fmt::format("  always @(posedge clk_i) if (rst_ni && running && {}) {}_idx <= {}_idx + 1;\n\n", fire,
                       s.name, s.name);
    } else {
      reset_quiet.push_back(s.valid);
      if (!s.ready.empty())
        v += fmt::format("  always @(negedge clk_i) {} <= {{$random(seed)}} % 100 >= bp;\n", s.ready);
      const std::string fire = s.ready.empty() ? s.valid : s.valid + " && " + s.ready;
      const std::string got = concat(s.fields);
      v += fmt::format(
          "  reg {0}_held = 1'b0;\n  reg [{1}:0] {0}_last;\n"
          "  always @(posedge clk_i) begin\n"
          "    if (rst_ni && running) begin\n"
          "      if ({0}_held && (!{2} || {3} !== {0}_last)) begin\n"
          "        errors = errors + 1;\n"
          "        $display(\"FAIL segment %0d: {0} changed while not taken (valid %b, %h was %h)\", seg, {2}, {3},"
          " {0}_last);\n"
          "      end\n"
          "      if ({4}) begin\n"
          "        if ({0}_idx >= {0}_end) begin\n"
          "          errors = errors + 1;\n"
          "          $display(\"FAIL segment %0d: {0} beat %h beyond the model's %0d\", seg, {3},"
          " {0}_end - {0}_seg[seg]);\n"
          "        end else if ({3} !== {0}_mem[{0}_idx]) begin\n"
          "          errors = errors + 1;\n"
          "          $display(\"FAIL segment %0d: {0} beat %0d = %h, model %h\", seg, {0}_idx - {0}_seg[seg], {3},"
          " {0}_mem[{0}_idx]);\n"
          "        end else if (verbose) $display(\"segment %0d: {0} beat %0d = %h as the model\", seg,"
          " {0}_idx - {0}_seg[seg], {3});\n"
          "        checked = checked + 1;\n"
          "        {0}_idx <= {0}_idx + 1;\n"
          "      end\n"
          "    end\n"
          "    {0}_held = rst_ni && running && {2} && !({4});\n"
          "    {0}_last = {3};\n"
          "  end\n\n",
          s.name, W - 1, s.valid, got, fire);
    }
  }
  for (const auto& t : bench.tables) {
    std::vector<std::string> lines;
    for (const auto& r : t.rows) lines.push_back(hex_word({r}, {t.width}));
    files.push_back({fmt::format("{}_{}.hex", tb, t.name),
                     hex_file(block, ptext,
                              fmt::format("{} table {} ({} rows)", t.expected ? "expected responder" : "responder",
                                          t.name, t.rows.size()),
                              lines)});
    v += fmt::format("  // Responder table {}\n  reg {}[{}:0] {}_mem [0:{}];\n  integer {}_base, {}_seg [0:{}];\n",
                     t.name, t.is_signed ? "signed " : "", t.width - 1, t.name, t.rows.empty() ? 0 : t.rows.size() - 1,
                     t.name, t.name, S);
  }
  v += "\n  // Responder: the analog side, from the model's tables.\n" + bench.responder + "\n";
  // Control.
  v += "  initial begin\n"
       "    if ($value$plusargs(\"seed=%d\", seed)) ;\n"
       "    if ($value$plusargs(\"gap=%d\", gap)) ;\n"
       "    if ($value$plusargs(\"bp=%d\", bp)) ;\n"
       "    if ($test$plusargs(\"verbose\")) verbose = 1;\n"
       "    seed0 = seed;\n";
  const auto load = [&](const std::string& name) {
    v += fmt::format("    $readmemh(\"{}_{}.hex\", {}_mem);\n", tb, name, name);
  };
  for (const auto& s : bench.streams)
    if (!s.beats.empty()) load(s.name);
  for (const auto& t : bench.tables)
    if (!t.rows.empty()) load(t.name);
  const auto segs = [&](const std::string& name, const std::vector<size_t>& ends) {
    v += fmt::format("    {}_seg[0] = 0;", name);
    for (size_t s = 0; s < ends.size(); ++s) v += fmt::format(" {}_seg[{}] = {};", name, s + 1, ends[s]);
    v += "\n";
  };
  for (const auto& s : bench.streams) segs(s.name, s.seg_end);
  for (const auto& t : bench.tables) segs(t.name, t.seg_end);
  std::string reset_first;
  for (size_t s = 0; s < S; ++s) reset_first = (bench.reset_first[s] ? "1" : "0") + reset_first;
  std::string done;
  for (const auto& d : all_done) done += (done.empty() ? "" : " && ") + d;
  std::string quiet;
  for (const auto& q : bench.quiet_in_reset) {
    read(q, 0);
    reset_quiet.push_back("|" + q);
  }
  for (const auto& q : reset_quiet) quiet += (quiet.empty() ? "" : " || ") + q;
  v += fmt::format("    for (seg = 0; seg < SEGMENTS; seg = seg + 1)\n"
                   "      for (attempt = ({}'b{} >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin\n"
                   "        @(negedge clk_i);\n        running = 1'b0;\n        rst_ni = 1'b0;\n",
                   S, reset_first);
  for (const auto& s : bench.streams)
    v += fmt::format("        {0}_idx = {0}_seg[seg];\n        {0}_end = {0}_seg[seg + 1];\n", s.name);
  for (const auto& t : bench.tables) v += fmt::format("        {0}_base = {0}_seg[seg];\n", t.name);
  v += fmt::format("        repeat (2) @(negedge clk_i);\n"
                   "        rst_ni = 1'b1;\n        running = 1'b1;\n"
                   "        abort_at = attempt == 0 ? 1 + {{$random(seed)}} % (2 + 2 * ({})) : -1;\n"
                   "        cycles = 0;\n"
                   "        while (!({}) && cycles != abort_at && cycles < MAX_CYCLES) begin\n"
                   "          @(negedge clk_i);\n          cycles = cycles + 1;\n        end\n"
                   "        if (cycles >= MAX_CYCLES) begin\n          errors = errors + 1;\n"
                   "          $display(\"FAIL segment %0d: no progress in %0d cycles\", seg, cycles);\n",
                   [&] {
                     std::string n;
                     for (const auto& s : bench.streams)
                       n += (n.empty() ? "" : " + ") + fmt::format("{0}_seg[seg + 1] - {0}_seg[seg]", s.name);
                     return n;
                   }(),
                   done);
  for (const auto& s : bench.streams)
    v += fmt::format("          $display(\"  {0}: %0d of %0d beats\", {0}_idx - {0}_seg[seg], {0}_end - {0}_seg[seg]);\n",
                     s.name);
  v += "        end\n"
       "        if (attempt == 0 && cycles == abort_at) resets = resets + 1;\n"
       "        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);\n"
       "        if (errors) begin\n"
       "          $display(\"FAIL: " + block + " differs from the model (seed %0d)\", seed0);\n"
       "          $finish;\n        end\n"
       "      end\n";
  v += fmt::format("    $display(\"PASS: {} matches the model: %0d segments, %0d checks, %0d resets in flight"
                   " (seed %0d, gap %0d%%, back-pressure %0d%%)\", SEGMENTS, checked, resets, seed0, gap, bp);\n"
                   "    $finish;\n  end\n\n",
                   block);
  if (!quiet.empty())
    // From the second edge of a reset to the edge that releases it, the registers hold their reset values.
    v += fmt::format("  always @(posedge clk_i) rst_q <= rst_ni;\n"
                     "  always @(posedge clk_i) if (!rst_q && ({})) begin\n    errors = errors + 1;\n"
                     "    $display(\"FAIL segment %0d: an output valid or enable is high in or right after reset\", seg);\n"
                     "  end\n\n",
                     quiet);
  v += "endmodule\n";
  files.insert(files.begin(), {tb + ".v", v});
  return files;
}

}  // namespace cimgen::vtb
