// The self-checking Verilog testbench of `cimgen gen <block> --testbench V`: <block>_tb.v plus vector files
// ($readmemh, one beat per line) that the C++ model produced, for simulators other than Verilator (VCS,
// Xcelium, Questa, Icarus). A block describes its handshakes as streams and fills them from the model:
// input streams the testbench drives (valid/ready, random gaps), output streams it checks in order
// against the model (random back-pressure, data stable while held), and a responder (Verilog text)
// that plays the analog side from tables. The work is cut into segments (layers, settings); each starts
// from reset, and a segment marked so is first cut short by a reset in the middle of its work.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cimgen {

struct OutFile;

namespace vtb {

// A value's bits, little-endian 64-bit words (a field of up to 64 bits is one word).
using Value = std::vector<uint64_t>;
using Beat = std::vector<Value>;  // one value per field, in the stream's field order

struct Field {
  std::string port;
  int width = 1;
  bool held = false;   // input streams: kept between beats (a setting); other fields are random in a gap
  bool quiet = false;  // input streams: 0 in a gap (an enable)
};

struct Stream {
  std::string name;   // vector file <block>_tb_<name>.hex, index <name>_idx in the responder's scope
  bool input = true;  // driven by the testbench (else checked against the model)
  std::string valid;  // valid port; "" (inputs): a beat every cycle, no gaps (<name>_valid says when)
  std::string ready;  // ready port; "" = every valid beat is taken (inputs) / no back-pressure (outputs)
  std::vector<Field> fields;
  std::string after;  // an input stream that must have sent its segment's beats before this one starts
  std::vector<Beat> beats;
  std::vector<size_t> seg_end;  // beats[seg_end[s-1] .. seg_end[s]) belong to segment s
};

// Rows the responder reads (<name>_mem[<name>_base + i] for the i-th row of the current segment).
struct Table {
  std::string name;
  int width = 1;
  bool is_signed = false;
  std::vector<Value> rows;
  std::vector<size_t> seg_end;
  bool expected = false;  // the model's expected outputs, which the responder checks (else what it plays)
};

struct Bench {
  std::string doc;  // what the vectors cover (the testbench's header comment)
  uint64_t seed = 1;
  std::vector<Stream> streams;
  std::vector<Table> tables;
  std::vector<std::string> responder_ports;  // DUT inputs the responder drives (declared as wires)
  // Verilog module items: may use tb_noise (a random bit per cycle), <stream>_idx, <table>_mem/_base, seg,
  // and count its own checks in `checked` and failures in `errors` (with a $display naming them).
  std::string responder;
  std::vector<std::string> quiet_in_reset;  // DUT outputs (enables, drives) that must be 0 in reset, as valids
  std::vector<bool> reset_first;              // per segment: first cut short by a reset mid-work
  long max_cycles = 100000;                   // per segment attempt, before the testbench calls it a hang
  // A responder with work of its own (a serial host): a Verilog expression true once it has done the
  // segment's, and one for that work's length, in beats' worth of cycles (a reset mid-work falls within
  // twice the beats and this).
  std::string responder_done, responder_work;
  // Adds a segment boundary to every stream and table (after their beats so far).
  void end_segment(bool reset_in_flight);
  size_t segments() const { return reset_first.size(); }
};

// The low `width` bits of a two's complement value.
inline Value bits(int64_t v, int width) {
  return {width >= 64 ? uint64_t(v) : uint64_t(v) & ((uint64_t(1) << width) - 1)};
}

// Responder text: a comment line, then an integer NAME counting the rising edges with STROBE high since
// reset (0 in reset).
inline std::string strobe_counter(const std::string& comment, const std::string& name, const std::string& strobe) {
  return "  // " + comment + "\n  integer " + name + " = 0;\n  always @(posedge clk_i or negedge rst_ni) " + name +
         " <= !rst_ni ? 0 : " + name + " + " + strobe + ";\n";
}

// Elements of `width` bits each, element 0 lowest, as one value.
Value pack(const std::vector<uint64_t>& elems, int width);

// Concatenates values MSB first, each `width` bits, as a $readmemh word.
std::string hex_word(const Beat& values, const std::vector<int>& widths);

// <block>_tb.v and its vector files; logic_error if the bench leaves a DUT input undriven or drives a
// port the DUT lacks (a generator bug).
std::vector<OutFile> emit_testbench(const std::string& block, const std::string& ptext,
                                    const std::vector<std::pair<std::string, int>>& inputs,
                                    const std::vector<std::pair<std::string, int>>& outputs, const Bench& bench);

}  // namespace vtb
}  // namespace cimgen
