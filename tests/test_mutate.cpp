// The mutant schemata of make mutate (tools/mutate).
#include "mutate.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using namespace cimgen::mutate;

namespace {

const char* kModule = R"(// header
module m (
  input  wire       clk_i,
  input  wire [3:0] a_i,
  output wire [3:0] y_o
);
  reg [3:0] q;
  reg flag_q;
  reg [7:0] mem [0:0];  // a one-word memory
  assign y_o = q + 4'd1;
  wire signed [3:0] s_w;
  assign s_w = $signed(a_i) >>> 1'd1;
  always @(posedge clk_i) begin
    // a comment <= stays
    if (!flag_q) begin
      q <= a_i;
    end
    flag_q <= a_i == 4'd15;
    mem[0] <= {a_i, a_i};
  end
`ifdef FORMAL
  always @(posedge clk_i) assert (y_o != 4'd3);
`endif  // FORMAL
endmodule
)";

bool has(const std::vector<Mutant>& ms, const std::string& what) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mutant& m) { return m.what == what; });
}

}  // namespace

TEST_CASE("expression variants swap each operator, move each constant and drop each negation", "[mutate]") {
  const auto v = expression_variants("(a && !b) + 3'd7");
  std::vector<std::string> texts;
  for (const auto& x : v) texts.push_back(x.expr);
  CHECK(texts == std::vector<std::string>{"(a || !b) + 3'd7", "(a && b) + 3'd7", "(a && !b) - 3'd7",
                                          "(a && !b) + 3'd6"});  // 3'd8 does not fit in 3 bits
  CHECK(v[0].kind == "operator");
  CHECK(v[1].kind == "negation");
  CHECK(v[3].kind == "constant");
  // != and <= are operators, not a negation or an assignment
  const auto w = expression_variants("a != b");
  REQUIRE(w.size() == 1);
  CHECK(w[0].expr == "a == b");
  CHECK(expression_variants("x <= 1'd0").front().expr == "x < 1'd0");
}

TEST_CASE("a schema selects each mutant by its id and keeps the properties", "[mutate]") {
  const Schema s = make_schema(kModule, "m");
  const auto& ms = s.mutants;
  CHECK(has(ms, "y_o: `+` -> `-`"));
  CHECK(has(ms, "y_o: `4'd1` -> `4'd2`"));
  CHECK(has(ms, "y_o: `4'd1` -> `4'd0`"));
  CHECK(has(ms, "y_o: bit 0 stuck at 0"));
  CHECK(has(ms, "if: condition inverted"));
  CHECK(has(ms, "if: `!` removed"));
  CHECK(has(ms, "q: assignment dropped"));
  CHECK(has(ms, "flag_q: `==` -> `!=`"));
  // a memory word has the memory's width, also at a constant address
  CHECK(s.verilog.find("mem[0] <= (cimgen_mutant == ") != std::string::npos);
  CHECK(s.verilog.find("({a_i, a_i}) & ~8'd1") != std::string::npos);
  CHECK_FALSE(has(ms, "flag_q: `4'd15` -> `4'd16`"));
  for (std::size_t i = 0; i < ms.size(); ++i) CHECK(ms[i].id == int(i) + 1);
  // the schema: a selection per mutated statement, the original last
  CHECK(s.verilog.find("  assign y_o = (cimgen_mutant == 1) ? ((q + 4'd1) & ~4'd1) : ") != std::string::npos);
  CHECK(s.verilog.find(": (q + 4'd1);\n") != std::string::npos);
  CHECK(s.verilog.find("      q <= (cimgen_mutant == ") != std::string::npos);
  CHECK(s.verilog.find("`define") == std::string::npos);
  CHECK(s.verilog.find("localparam integer cimgen_mutant = `MUTANT;") != std::string::npos);
  CHECK(s.verilog.find("$value$plusargs(\"mutant=%d\", cimgen_mutant)") != std::string::npos);
  // signed expressions are left alone (a selection with unsigned variants would turn them unsigned)
  CHECK(s.verilog.find("  assign s_w = $signed(a_i) >>> 1'd1;\n") != std::string::npos);
  // comments and the formal section are never mutated
  CHECK(s.verilog.find("    // a comment <= stays\n") != std::string::npos);
  CHECK(s.verilog.find("  always @(posedge clk_i) assert (y_o != 4'd3);\n") != std::string::npos);
}

TEST_CASE("a missing module is an error", "[mutate]") {
  CHECK_THROWS_AS(make_schema(kModule, "other"), std::runtime_error);
}
