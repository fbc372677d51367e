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

namespace {

// <block>_tb.v under construction, one method per part: the checks of the bench against the DUT's ports,
// the ports and the DUT, each stream, each table, the responder, the control and the reset check.
class TbWriter {
 public:
  TbWriter(const std::string& block, const std::string& ptext, const std::vector<std::pair<std::string, int>>& inputs,
           const std::vector<std::pair<std::string, int>>& outputs, const Bench& bench)
      : block_(block), ptext_(ptext), tb_(block + "_tb"), inputs_(inputs), outputs_(outputs), bench_(bench),
        S_(bench.segments()), in_ports_(inputs.begin(), inputs.end()), out_ports_(outputs.begin(), outputs.end()) {}

  std::vector<OutFile> write() {
    check();
    header();
    ports();
    for (const auto& s : bench_.streams) stream(s);
    for (const auto& t : bench_.tables) table(t);
    v_ += "\n  // Responder: the analog side, from the model's tables.\n" + bench_.responder + "\n";
    control();
    reset_check();
    v_ += "endmodule\n";
    files_.insert(files_.begin(), {tb_ + ".v", vlog::wrap_lines(v_)});
    return files_;
  }

 private:
  void drive(const std::string& port, int width) {
    const auto it = in_ports_.find(port);
    if (it == in_ports_.end() || (width && it->second != width) || !driven_.insert(port).second)
      throw std::logic_error(fmt::format("cimgen testbench: {} drives {} ({} bits), not a free input of the DUT",
                                         block_, port, width));
  }
  void read(const std::string& port, int width) const {
    const auto it = out_ports_.find(port);
    if (it == out_ports_.end() || (width && it->second != width))
      throw std::logic_error(fmt::format("cimgen testbench: {} checks {} ({} bits), not an output of the DUT", block_,
                                         port, width));
  }

  // Every DUT input driven once (by a stream or the responder), every port the bench names the DUT's.
  void check() {
    if (S_ == 0) throw std::logic_error("cimgen testbench: " + block_ + " has no segment");
    driven_ = {"clk_i", "rst_ni"};
    for (const auto& s : bench_.streams) {
      check_segments(s.seg_end, s.beats.size(), S_, "stream " + s.name);
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
    for (const auto& t : bench_.tables) check_segments(t.seg_end, t.rows.size(), S_, "table " + t.name);
    for (const auto& p : bench_.responder_ports) drive(p, 0);
    for (const auto& q : bench_.quiet_in_reset) read(q, 0);
    for (const auto& [port, w] : inputs_)
      if (!driven_.count(port))
        throw std::logic_error(fmt::format("cimgen testbench: {} leaves input {} undriven", block_, port));
  }

  void header() {
    v_ = fmt::format(
        "// cimgen {0}: generated file, do not edit.\n"
        "// block: {1}\n// parameters: {2}\n"
        "// regenerate: cimgen gen {1} {2} --testbench V --tb-seed {3} -o DIR\n"
        "//\n"
        "// Self-checking testbench of {1}, Verilog-2005, for any simulator: the vectors ({4}_*.hex, one beat\n"
        "// per line, the fields MSB first as listed below) come from cimgen's C++ model (seed {3}).\n"
        "// {5}\n"
        "// {6}; every segment starts from reset, and the\n"
        "// marked ones are first cut short by a reset in the middle of their work. Ends with PASS or FAIL.\n"
        "//   iverilog -g2005 -o {4} -c {1}.f {4}.v && vvp {4} [+seed=N] [+gap=PCT] [+bp=PCT] [+verbose]\n"
        "//   (run in this directory: the .hex files are read from the working directory)\n"
        "`timescale 1ns / 1ps\n\n"
        "module {4};\n",
        kVersion, block_, ptext_, bench_.seed, tb_, bench_.doc,
        bench_.streams.empty() ? "The responder below does the work (+gap sets how often it pauses)"
                               : "Input streams are sent with random gaps, output streams taken with random back-pressure and\n"
                                 "// checked in order (data held stable while not taken)");
    v_ += fmt::format("  localparam integer SEGMENTS = {};\n  localparam integer MAX_CYCLES = {};\n\n", S_,
                      bench_.max_cycles);
    v_ += "  reg clk_i = 1'b0;\n  always #5 clk_i = ~clk_i;\n  reg rst_ni = 1'b0;\n";
  }

  void ports() {
    const std::set<std::string> wires(bench_.responder_ports.begin(), bench_.responder_ports.end());
    v_ += "\n  // The DUT's ports: stream inputs are driven here, the responder drives the wires.\n";
    for (const auto& [port, w] : inputs_)
      if (port != "clk_i" && port != "rst_ni")
        v_ += fmt::format("  {} {}{};\n", wires.count(port) ? "wire" : "reg ", range(w), port);
    for (const auto& [port, w] : outputs_) v_ += fmt::format("  wire {}{};\n", range(w), port);
    v_ += fmt::format("\n  {} dut (\n", block_);
    std::vector<std::string> conns;
    for (const auto& [port, w] : inputs_) conns.push_back(fmt::format("      .{0}({0})", port));
    for (const auto& [port, w] : outputs_) conns.push_back(fmt::format("      .{0}({0})", port));
    for (size_t i = 0; i < conns.size(); ++i) v_ += conns[i] + (i + 1 < conns.size() ? ",\n" : "\n");
    v_ += "  );\n\n";
    v_ += "  integer seed = 1, seed0, gap = 20, bp = 30, verbose = 0, errors = 0, checked = 0, resets = 0;\n"
          "  integer seg, attempt, cycles, abort_at, drain;\n"
          "  reg running = 1'b0;  // a segment's streams may move\n"
          "  reg tb_noise = 1'b0;  // a random bit per cycle, for inputs the DUT must ignore\n"
          "  reg rst_q = 1'b0;  // rst_ni at the last rising edge\n"
          "  always @(negedge clk_i) tb_noise <= $random(seed);\n\n";
  }

  // A stream's vector file, memory and index; then its driver (input) or its in-order check (output).
  void stream(const Stream& s) {
    const int W = std::max(1, width_of(s.fields));  // a stream of bare handshakes keeps a 1-bit dummy word
    const size_t n = s.beats.size();
    std::vector<int> widths;
    for (const auto& f : s.fields) widths.push_back(f.width);
    std::vector<std::string> lines;
    for (const auto& b : s.beats) lines.push_back(s.fields.empty() ? "0" : hex_word(b, widths));
    std::string fields_doc;
    for (const auto& f : s.fields) fields_doc += fmt::format(" {}[{}]", f.port, f.width);
    files_.push_back({fmt::format("{}_{}.hex", tb_, s.name),
                      hex_file(block_, ptext_,
                               fmt::format("{} stream {} ({} beats):{}", s.input ? "input" : "expected output",
                                           s.name, n, fields_doc),
                               lines)});
    // A stream without a valid port sends a beat every cycle (no gaps); <name>_valid says when.
    const std::string valid = s.valid.empty() ? s.name + "_valid" : s.valid;
    v_ += fmt::format("  // {} stream {}: valid {}, ready {};{}\n", s.input ? "Input" : "Output", s.name,
                      s.valid.empty() ? "(none: a beat every cycle)" : s.valid, s.ready.empty() ? "(none)" : s.ready,
                      fields_doc);
    if (s.valid.empty()) v_ += fmt::format("  reg {} = 1'b0;\n", valid);
    v_ += fmt::format("  reg [{}:0] {}_mem [0:{}];\n  integer {}_idx, {}_end, {}_seg [0:{}];\n", W - 1, s.name,
                      n ? n - 1 : 0, s.name, s.name, s.name, S_);
    all_done_.push_back(fmt::format("{0}_idx == {0}_end", s.name));
    const std::string fire = s.ready.empty() ? valid : valid + " && " + s.ready;
    if (s.input)
      input_driver(s, valid, fire);
    else
      output_check(s, W, fire);
  }

  void input_driver(const Stream& s, const std::string& valid, const std::string& fire) {
    std::string go = fmt::format("running && {0}_idx < {0}_end", s.name);
    if (!s.after.empty()) go += fmt::format(" && {0}_idx == {0}_end", s.after);
    if (!s.valid.empty()) go += " && {$random(seed)} % 100 >= gap";
    v_ += fmt::format("  always @(negedge clk_i) begin\n    if ({}) begin\n      {} <= 1'b1;\n", go, valid);
    if (!s.fields.empty()) v_ += fmt::format("      {} <= {}_mem[{}_idx];\n", concat(s.fields), s.name, s.name);
    v_ += fmt::format("    end else begin\n      {} <= 1'b0;\n", valid);
    for (const auto& f : s.fields)
      if (f.quiet) v_ += fmt::format("      {} <= 0;\n", f.port);
      else if (!f.held) v_ += fmt::format("      {} <= $random(seed);\n", f.port);
    v_ += "    end\n  end\n";
    v_ += fmt::format("  always @(posedge clk_i) if (rst_ni && running && {}) {}_idx <= {}_idx + 1;\n\n", fire,
                      s.name, s.name);
  }

  void output_check(const Stream& s, int W, const std::string& fire) {
    reset_quiet_.push_back(s.valid);
    if (!s.ready.empty()) v_ += fmt::format("  always @(negedge clk_i) {} <= {{$random(seed)}} % 100 >= bp;\n", s.ready);
    v_ += fmt::format(
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
        s.name, W - 1, s.valid, concat(s.fields), fire);
  }

  void table(const Table& t) {
    std::vector<std::string> lines;
    for (const auto& r : t.rows) lines.push_back(hex_word({r}, {t.width}));
    files_.push_back({fmt::format("{}_{}.hex", tb_, t.name),
                      hex_file(block_, ptext_,
                               fmt::format("{} table {} ({} rows)", t.expected ? "expected responder" : "responder",
                                           t.name, t.rows.size()),
                               lines)});
    v_ += fmt::format("  // Responder table {}\n  reg {}[{}:0] {}_mem [0:{}];\n  integer {}_base, {}_seg [0:{}];\n",
                      t.name, t.is_signed ? "signed " : "", t.width - 1, t.name, t.rows.empty() ? 0 : t.rows.size() - 1,
                      t.name, t.name, S_);
  }

  // The plusargs, the vector files, the segment bounds, then each segment (and its cut-short attempt).
  void control() {
    v_ += "  initial begin\n"
          "    if ($value$plusargs(\"seed=%d\", seed)) ;\n"
          "    if ($value$plusargs(\"gap=%d\", gap)) ;\n"
          "    if ($value$plusargs(\"bp=%d\", bp)) ;\n"
          "    if ($test$plusargs(\"verbose\")) verbose = 1;\n"
          "    seed0 = seed;\n";
    const auto load = [&](const std::string& name) {
      v_ += fmt::format("    $readmemh(\"{}_{}.hex\", {}_mem);\n", tb_, name, name);
    };
    for (const auto& s : bench_.streams)
      if (!s.beats.empty()) load(s.name);
    for (const auto& t : bench_.tables)
      if (!t.rows.empty()) load(t.name);
    const auto segs = [&](const std::string& name, const std::vector<size_t>& ends) {
      v_ += fmt::format("    {}_seg[0] = 0;", name);
      for (size_t s = 0; s < ends.size(); ++s) v_ += fmt::format(" {}_seg[{}] = {};", name, s + 1, ends[s]);
      v_ += "\n";
    };
    for (const auto& s : bench_.streams) segs(s.name, s.seg_end);
    for (const auto& t : bench_.tables) segs(t.name, t.seg_end);
    std::string reset_first, done, beats;
    for (size_t s = 0; s < S_; ++s) reset_first = (bench_.reset_first[s] ? "1" : "0") + reset_first;
    for (const auto& d : all_done_) done += (done.empty() ? "" : " && ") + d;
    for (const auto& s : bench_.streams)
      beats += (beats.empty() ? "" : " + ") + fmt::format("{0}_seg[seg + 1] - {0}_seg[seg]", s.name);
    if (!bench_.responder_done.empty()) done += (done.empty() ? "" : " && ") + ("(" + bench_.responder_done + ")");
    if (!bench_.responder_work.empty()) beats += (beats.empty() ? "" : " + ") + ("(" + bench_.responder_work + ")");
    if (done.empty() || beats.empty())
      throw std::logic_error("cimgen testbench: " + block_ + " has no stream and no responder work");
    v_ += fmt::format("    for (seg = 0; seg < SEGMENTS; seg = seg + 1)\n"
                      "      for (attempt = ({}'b{} >> seg) & 1 ? 0 : 1; attempt < 2; attempt = attempt + 1) begin\n"
                      "        @(negedge clk_i);\n        running = 1'b0;\n        rst_ni = 1'b0;\n",
                      S_, reset_first);
    for (const auto& s : bench_.streams)
      v_ += fmt::format("        {0}_idx = {0}_seg[seg];\n        {0}_end = {0}_seg[seg + 1];\n", s.name);
    for (const auto& t : bench_.tables) v_ += fmt::format("        {0}_base = {0}_seg[seg];\n", t.name);
    v_ += fmt::format("        repeat (2) @(negedge clk_i);\n"
                      "        rst_ni = 1'b1;\n        running = 1'b1;\n"
                      "        abort_at = attempt == 0 ? 1 + {{$random(seed)}} % (2 + 2 * ({})) : -1;\n"
                      "        cycles = 0;\n"
                      "        while (!({}) && cycles != abort_at && cycles < MAX_CYCLES) begin\n"
                      "          @(negedge clk_i);\n          cycles = cycles + 1;\n        end\n"
                      "        if (cycles >= MAX_CYCLES) begin\n          errors = errors + 1;\n"
                      "          $display(\"FAIL segment %0d: no progress in %0d cycles\", seg, cycles);\n",
                      beats, done);
    for (const auto& s : bench_.streams)
      v_ += fmt::format(
          "          $display(\"  {0}: %0d of %0d beats\", {0}_idx - {0}_seg[seg], {0}_end - {0}_seg[seg]);\n", s.name);
    v_ += "        end\n"
          "        if (attempt == 0 && cycles == abort_at) resets = resets + 1;\n"
          "        if (attempt == 1) for (drain = 0; drain < 16; drain = drain + 1) @(negedge clk_i);\n"
          "        if (errors) begin\n"
          "          $display(\"FAIL: " + block_ + " differs from the model (seed %0d)\", seed0);\n"
          "          $finish;\n        end\n"
          "      end\n";
    v_ += fmt::format("    $write(\"PASS: {} matches the model: %0d segments, %0d checks, %0d resets in flight\",\n"
                      "           SEGMENTS, checked, resets);\n"
                      "    $display(\" (seed %0d, gap %0d%%, back-pressure %0d%%)\", seed0, gap, bp);\n"
                      "    $finish;\n  end\n\n",
                      block_);
  }

  // From the second edge of a reset to the edge that releases it, the registers hold their reset values:
  // output valids and the bench's quiet outputs are 0.
  void reset_check() {
    for (const auto& q : bench_.quiet_in_reset) reset_quiet_.push_back("|" + q);
    std::string quiet;
    for (const auto& q : reset_quiet_) quiet += (quiet.empty() ? "" : " || ") + q;
    if (quiet.empty()) return;
    v_ += fmt::format("  always @(posedge clk_i) rst_q <= rst_ni;\n"
                      "  always @(posedge clk_i) if (!rst_q && ({})) begin\n    errors = errors + 1;\n"
                      "    $display(\"FAIL segment %0d: an output valid or enable is high in or right after reset\", seg);\n"
                      "  end\n\n",
                      quiet);
  }

  const std::string block_, ptext_, tb_;
  const std::vector<std::pair<std::string, int>>& inputs_;
  const std::vector<std::pair<std::string, int>>& outputs_;
  const Bench& bench_;
  const size_t S_;
  const std::map<std::string, int> in_ports_, out_ports_;
  std::set<std::string> driven_;
  std::string v_;
  std::vector<OutFile> files_;
  std::vector<std::string> all_done_, reset_quiet_;
};

}  // namespace

std::vector<OutFile> emit_testbench(const std::string& block, const std::string& ptext,
                                    const std::vector<std::pair<std::string, int>>& inputs,
                                    const std::vector<std::pair<std::string, int>>& outputs, const Bench& bench) {
  return TbWriter(block, ptext, inputs, outputs, bench).write();
}

}  // namespace cimgen::vtb
