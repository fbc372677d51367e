// The mutant schemata of make mutate (tools/mutate).
#include "mutate.hpp"
#include "score.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
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

TEST_CASE("a bit a generate loop's variable selects is mutated as one bit", "[mutate]") {
  const std::string text =
      "module g (\n  input  wire       clk_i,\n  input  wire [1:0] a_i\n);\n"
      "  reg [5:0] d_q;\n"
      "  genvar r;\n  generate\n    for (r = 0; r < 3; r = r + 1) begin : g_row\n"
      "      localparam [1:0] ROW = r;\n"
      "      always @(posedge clk_i) begin\n"
      "        d_q[(2 * r) + 1] <= a_i == ROW;\n"
      "      end\n    end\n  endgenerate\nendmodule\n";
  const Schema s = make_schema(text, "g");
  CHECK(has(s.mutants, "d_q[(2 * r) + 1]: assignment dropped"));
  CHECK(has(s.mutants, "d_q[(2 * r) + 1]: `==` -> `!=`"));
  CHECK(s.verilog.find("(a_i == ROW) & ~1'd1") != std::string::npos);  // one bit, not d_q's six
  CHECK(s.verilog.find("      localparam [1:0] ROW = r;\n") != std::string::npos);
  // the names the equivalence proof leaves out for a mutant of a signal a loop declares: one per iteration
  const std::string loops =
      "  genvar r;\n  generate\n    for (r = 0; r < 3; r = r + 1) begin : g_row\n      wire [1:0] sum;  // doc\n"
      "    end\n  endgenerate\n  wire [1:0] sum_all;\n"
      "  genvar e_blk, e;\n  generate\n    for (e_blk = 0; e_blk < 2; e_blk = e_blk + 1) begin : g_e_blk\n"
      "      for (e = 1024 * e_blk; (e < (1024 * e_blk) + 1024) && (e < 1030); e = e + 1) begin : g_e\n"
      "        reg q;\n      end\n    end\n  endgenerate\n";
  CHECK(flat_names(loops, "sum") == std::vector<std::string>{"g_row[0].sum", "g_row[1].sum", "g_row[2].sum"});
  CHECK(flat_names(loops, "sum_all") == std::vector<std::string>{"sum_all"});
  const auto qs = flat_names(loops, "q");
  REQUIRE(qs.size() == 1030);
  CHECK(qs[1029] == "g_e_blk[1].g_e[1029].q");
  // a loop inside a loop: every iteration of both; a name the outer loop declares after the inner one
  const std::string nested =
      "  genvar a, h;\n  generate\n    for (a = 0; a < 2; a = a + 1) begin : g_lane\n"
      "      for (h = 0; h < 2; h = h + 1) begin : g_w\n        reg w_q;\n      end\n"
      "      wire [3:0] sum;\n    end\n  endgenerate\n";
  CHECK(flat_names(nested, "w_q") == std::vector<std::string>{"g_lane[0].g_w[0].w_q", "g_lane[0].g_w[1].w_q",
                                                               "g_lane[1].g_w[0].w_q", "g_lane[1].g_w[1].w_q"});
  CHECK(flat_names(nested, "sum") == std::vector<std::string>{"g_lane[0].sum", "g_lane[1].sum"});
}

TEST_CASE("a missing module is an error", "[mutate]") {
  CHECK_THROWS_AS(make_schema(kModule, "other"), std::runtime_error);
}

TEST_CASE("mutation scores: sampling, joining, explaining and the report", "[mutate]") {
  std::istringstream list_in(
      "id\tline\tkind\tdescription\n"
      "1\t10\toperator\tacc_q: `+` -> `-`\n"
      "2\t10\tstuck0\tacc_q[3]: bit 0 stuck at 0\n"
      "3\t12\tcondition\tif: `a` inverted\n"
      "4\t14\tconstant\tcnt_q: `4'd1` -> `4'd2`\n"
      "5\t14\tdrop\tcnt_q: assignment dropped\n");
  const auto list = read_list(list_in);
  REQUIRE(list.size() == 5);
  CHECK(sampled(list, 1) == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(sampled(list, 2) == std::vector<int>{1, 3, 5});
  CHECK_THROWS_AS(sampled(list, 0), std::runtime_error);
  CHECK(mutated_signal(list[1].what) == "acc_q");
  CHECK(mutated_signal(list[2].what).empty());

  // Mutant 3 did not run: it is not a row.
  std::istringstream results("5 survived\n1 sim\n2 undecided\n4 survived\n");
  auto rows = join("blk", "c1", list, results);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].id == 1);
  CHECK(rows[3].id == 5);
  CHECK(rows[3].result == "survived");

  // The most specific explanation wins; a killed mutant is never explained.
  std::istringstream ex(
      "# comment\n"
      "blk\tacc_q: `+` -> `-`\tnot a survivor\n"
      "blk\tcnt_q: assignment dropped\tblock-wide\n"
      "blk/c1:14\tcnt_q: assignment dropped\tthis line\n"
      "blk:10\tacc_q[3]: bit 0 stuck at 0\tline 10 anywhere\n");
  explain(rows, read_explained(ex));
  CHECK(rows[0].result == "sim");
  CHECK(rows[1].result == "explained");
  CHECK(rows[1].why == "line 10 anywhere");
  CHECK(rows[2].result == "survived");  // cnt_q's constant has no explanation
  CHECK(rows[3].why == "this line");

  const Score s = score(rows);
  CHECK(s.run == 4);
  CHECK(s.killed() == 1);
  CHECK(s.explained == 2);
  CHECK(s.survived == 1);
  CHECK(s.kill_rate() == Approx(50.0));
  CHECK(Score{}.kill_rate() == 100.0);
  Score bad;
  CHECK_THROWS_AS(bad.add("alive"), std::runtime_error);

  const std::string md = report(rows, "abc1234");
  CHECK(md.find("on abc1234;") != std::string::npos);
  CHECK(md.find("| blk | c1 | 4 | 1 (1 / 0 / 0) | 0 (0 / 0) | 2 | 1 | 50.0% |") != std::string::npos);
  CHECK(md.find("| blk | 4 | 1 | 2 | 1 | 50.0% |") != std::string::npos);
  CHECK(md.find("| blk | c1 | 14 | cnt_q: `4'd1` -> `4'd2` (constant) | survived |") != std::string::npos);
  CHECK(md.find("| blk | cnt_q: assignment dropped | c1:14 | this line |") != std::string::npos);

  // Two explained mutants on one line with one description: the line is named once.
  auto twice = rows;
  twice.push_back(rows[3]);
  twice.back().id = 6;
  CHECK(report(twice, "abc1234").find("| blk | cnt_q: assignment dropped | c1:14 | this line |") != std::string::npos);

  // The final table reads back as it was written.
  std::istringstream back(write_rows(rows, true));
  const auto again = read_rows(back);
  REQUIRE(again.size() == rows.size());
  CHECK(again[3].why == "this line");
  CHECK(summary_line("blk", "c1", 5, s, 7).find("4 run,     1 killed") != std::string::npos);
}

TEST_CASE("a statement broken over lines is mutated as one", "[mutate]") {
  const std::string one = kModule;
  std::string wrapped = one;
  auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = wrapped.find(from);
    REQUIRE(at != std::string::npos);
    wrapped.replace(at, from.size(), to);
  };
  replace("  assign y_o = q + 4'd1;", "  assign y_o = q +\n      4'd1;");
  replace("    if (!flag_q) begin", "    if (!flag_q)\n        begin");
  replace("    flag_q <= a_i == 4'd15;", "    flag_q <= a_i\n        == 4'd15;");
  const Schema a = make_schema(one, "m"), b = make_schema(wrapped, "m");
  REQUIRE(a.mutants.size() == b.mutants.size());
  for (std::size_t i = 0; i < a.mutants.size(); ++i) {
    CHECK(a.mutants[i].what == b.mutants[i].what);
    CHECK(a.mutants[i].kind == b.mutants[i].kind);
  }
  // a mutant names the statement's first line; the lines after the statement keep their place
  const auto flag = std::find_if(b.mutants.begin(), b.mutants.end(),
                                 [](const Mutant& m) { return m.what == "flag_q: `==` -> `!=`"; });
  REQUIRE(flag != b.mutants.end());
  CHECK(flag->line == 20);
  CHECK(b.verilog.find("  assign y_o = (cimgen_mutant == 1) ? ((q + 4'd1) & ~4'd1) : ") != std::string::npos);
  CHECK(b.verilog.find("    // a comment <= stays\n") != std::string::npos);
}
