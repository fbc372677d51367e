// Golden-text tests of the Verilog emission layer.
#include "vlog.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

using namespace cimgen::vlog;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream is(path, std::ios::binary);
  std::stringstream ss;
  ss << is.rdbuf();
  return ss.str();
}

// Compares with tests/golden/<name>; CIMGEN_UPDATE_GOLDEN=1 rewrites it.
void check_golden(const std::string& name, const std::string& text) {
  const std::string path = std::string(CIMGEN_GOLDEN_DIR) + "/" + name;
  if (std::getenv("CIMGEN_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << text;
  }
  INFO("golden file " << path << " (CIMGEN_UPDATE_GOLDEN=1 ctest -R vlog rewrites it)");
  REQUIRE(read_file(path) == text);
}

}  // namespace

TEST_CASE("expressions parenthesise nested operands and size literals", "[vlog]") {
  const Expr a = id("a_i"), b = id("b_i"), c = id("c_q");
  CHECK((a + b).text() == "a_i + b_i");
  CHECK(((a + b) * c).text() == "(a_i + b_i) * c_q");
  CHECK((a + (b << c)).text() == "a_i + (b_i << c_q)");
  CHECK(mux(a == b, c, lit(4, 9)).text() == "(a_i == b_i) ? c_q : 4'd9");
  CHECK(cat({a, b.slice(3, 1), repl(2, c[0])}).text() == "{a_i, b_i[3:1], {2{c_q[0]}}}");
  CHECK((a + b).slice(2, 0).text() == "(a_i + b_i)[2:0]");
  CHECK(slit(6, -3).text() == "6'sh3d");
  CHECK(slit(8, 5).text() == "8'sh5");
  CHECK((!(a && b)).text() == "!(a_i && b_i)");
  CHECK(ones(3).text() == "{3{1'b1}}");
  CHECK(lit(70, 5).text() == "70'd5");
  CHECK(slit(66, -2).text() == "{{2{1'b1}}, 64'hfffffffffffffffe}");
}

TEST_CASE("literals that do not fit are refused", "[vlog]") {
  CHECK_THROWS(lit(3, 8));
  CHECK_THROWS(slit(4, 8));
  CHECK_THROWS(slit(4, -9));
  CHECK_THROWS(id("a").slice(0, 3));
  CHECK_THROWS(Module("1bad"));
}

TEST_CASE("a module with every construct matches its golden text", "[vlog]") {
  Module m("demo");
  m.header({"demo header", "parameters: X=1"});
  const Expr clk = m.input("clk_i", 1, "clock");
  const Expr rst = m.input("rst_ni", 1, "reset, active low");
  const Expr in = m.input("data_i", 8, "data");
  const Expr sel = m.input("sel_i", 2);
  const Expr out = m.output("data_o", 8, "registered data", false);
  const Expr sgn = m.output("sum_o", 9, "signed sum", true);
  m.localparam("Width", 8, "data width");
  const Expr q = m.reg("data_q", 8);
  const Expr d = m.reg("data_d", 8, "next value");
  const Expr w = m.wire("sum", 9);
  m.blank();
  m.comment("combinational next state with a default first");
  m.always_comb([&](Body& b) {
    b.assign(d, q);
    b.case_(sel,
            {{{lit(2, 0)}, [&](Body& c) { c.assign(d, in); }},
             {{lit(2, 1), lit(2, 2)}, [&](Body& c) { c.assign(d, q + lit(8, 1)); }}},
            [&](Body& c) { c.comment("hold"); });
  });
  m.always_ff(clk, rst, ResetStyle::AsyncLow, [&](Body& b) { b.nb(q, zeros(8)); },
              [&](Body& b) {
                b.if_(sel == lit(2, 3), [&](Body& t) { t.nb(q, in); },
                      [&](Body& e) { e.if_(sel[0], [&](Body& t) { t.nb(q, ~q); }, [&](Body& f) { f.nb(q, d); }); });
              });
  m.assign(w, cat({zeros(1), q}) + cat({zeros(1), in}));
  m.assign(out, q);
  m.assign(sgn, w);
  m.instance({"child", "u_child", {{"Depth", num(4)}}, {{"clk_i", clk}, {"x_i", q[0]}}});
  m.formal();
  const Expr pv = m.formal_reg("f_past_valid", 1, lit(1, 0));
  const Expr any = m.formal_any("f_any", 8, true);
  m.initial_assume(!rst);
  m.always_at(clk, [&](Body& b) {
    b.nb(pv, lit(1, 1));
    b.assume(in != any);
    b.if_(pv && past(rst), [&](Body& t) {
      t.assert_(q != any);
      t.cover(q == lit(8, 3));
    });
  });
  m.end_formal();
  check_golden("demo.v", m.emit());
}

TEST_CASE("drop_formal removes the formal section and keeps the rest", "[vlog]") {
  Module m("sub");
  const Expr clk = m.input("clk_i"), d = m.input("d_i");
  const Expr q = m.output_reg("q_o", 1);
  m.always_ff_noreset(clk, [&](Body& b) { b.nb(q, d); });
  m.formal();
  m.initial_assume(!d);
  m.always_at(clk, [&](Body& b) { b.assert_(q == d); });
  m.end_formal();
  m.assign(q, d);  // an item after the section stays
  const std::string with = m.emit();
  m.drop_formal();
  const std::string without = m.emit();
  CHECK(with.find("`ifdef FORMAL") != std::string::npos);
  CHECK(without.find("FORMAL") == std::string::npos);
  CHECK(without.find("assert") == std::string::npos);
  CHECK(without.find("assume") == std::string::npos);
  CHECK(without.find("q_o <= d_i;") != std::string::npos);
  CHECK(without.find("assign q_o = d_i;") != std::string::npos);
}

TEST_CASE("synchronous reset has no reset in the sensitivity list", "[vlog]") {
  Module m("sync_demo");
  const Expr clk = m.input("clk_i"), rst = m.input("rst_ni");
  const Expr o = m.output_reg("q_o", 1);
  m.always_ff(clk, rst, ResetStyle::SyncLow, [&](Body& b) { b.nb(o, lit(1, 0)); },
              [&](Body& b) { b.nb(o, ~o); });
  check_golden("sync_demo.v", m.emit());
}

TEST_CASE("width helpers", "[vlog]") {
  CHECK(clog2(1) == 0);
  CHECK(clog2(2) == 1);
  CHECK(clog2(129) == 8);
  CHECK(bits_for(0) == 1);
  CHECK(bits_for(7) == 3);
  CHECK(bits_for(8) == 4);
  CHECK(signed_bits_for(-8, 7) == 4);
  CHECK(signed_bits_for(-9, 7) == 5);
  CHECK(signed_bits_for(0, 8) == 5);
}

TEST_CASE("memories are declared as arrays and indexed by expressions", "[vlog]") {
  Module m("mem");
  const Expr clk = m.input("clk_i");
  const Expr a = m.input("a_i", 2);
  const Expr d = m.output_reg("d_o", 8);
  const Expr mem = m.memory("mem", 8, 4, "storage");
  const Expr bit = m.memory("flags", 1, 3);
  m.always_ff_noreset(clk, [&](Body& b) {
    b.nb(mem[a], mem[a] + lit(8, 1));
    b.nb(d, mem[a]);
  });
  const std::string v = m.emit();
  CHECK(v.find("reg [7:0] mem [0:3];  // storage") != std::string::npos);
  CHECK(v.find("reg flags [0:2];") != std::string::npos);
  CHECK(v.find("mem[a_i] <= mem[a_i] + 8'd1;") != std::string::npos);
  CHECK_THROWS(m.memory("bad", 8, 0));
  (void)bit;
}

TEST_CASE("a generate loop holds a row's declarations and processes; the registers name each iteration", "[vlog]") {
  Module m("rows");
  const Expr clk = m.input("clk_i");
  const Expr rst = m.input("rst_ni");
  const Expr sel = m.input("sel_i", 2);
  const Expr d = m.input("d_i", 4);
  const Expr on = m.reg("on_q", 3, "a bit per row");
  const Expr r = m.generate_for("g_row", "r", 3);
  const Expr row = m.localparam_bits("ROW", 2, r, "the row's index");
  const Expr x = m.reg("x_q", 4, "the row's element");
  m.always_ff_noreset(clk, [&](Body& b) { b.if_(sel == row, [&](Body& t) { t.nb(x, d); }); });
  m.always_ff(clk, rst, ResetStyle::AsyncLow, [&](Body& b) { b.nb(on[r], lit(1, 0)); },
              [&](Body& b) { b.nb(on[r], sel == row); });
  CHECK_THROWS_AS(m.generate_for("g_inner", "r", 2), std::logic_error);  // a nested loop needs its own genvar
  CHECK_THROWS_AS(m.formal(), std::logic_error);                        // loops hold no formal sections
  CHECK_THROWS_AS(m.emit(), std::logic_error);                          // an open loop
  m.end_generate();
  CHECK_THROWS_AS(m.end_generate(), std::logic_error);
  CHECK_THROWS_AS(m.generate_for("g_none", "i", 0), std::logic_error);
  const Expr y = m.output("y_o", 4);
  m.assign(y, scoped("g_row", 2, x));
  const std::string v = m.emit();
  CHECK(v.find("  genvar r;\n"
               "  generate\n"
               "    for (r = 0; r < 3; r = r + 1) begin : g_row\n"
               "      localparam [1:0] ROW = r;  // the row's index\n"
               "      reg [3:0] x_q;  // the row's element\n"
               "      always @(posedge clk_i) begin\n"
               "        if (sel_i == ROW) begin\n"
               "          x_q <= d_i;\n"
               "        end\n"
               "      end\n") != std::string::npos);
  CHECK(v.find("          on_q[r] <= 1'd0;\n") != std::string::npos);
  CHECK(v.find("    end\n  endgenerate\n  assign y_o = g_row[2].x_q;\n") != std::string::npos);
  // a register the loop declares is one per iteration; a module register it assigns stays one
  const auto regs = m.registers();
  using R = std::pair<std::string, std::string>;
  CHECK(regs == std::vector<R>{{"g_row[0].x_q", "none"}, {"g_row[1].x_q", "none"}, {"g_row[2].x_q", "none"},
                               {"on_q", "async"}});
  // past Verilator's limit of a generate loop, the loop runs in blocks of kGenerateMax
  Module big("big");
  const Expr bclk = big.input("clk_i");
  const Expr bx = big.input("x_i", kGenerateMax + 3);
  const Expr by = big.output_reg("y_o", kGenerateMax + 3);
  const Expr br = big.generate_for("g_row", "r", kGenerateMax + 3);
  const Expr bq = big.reg("q", 1);
  big.always_ff_noreset(bclk, [&](Body& b) {
    b.nb(bq, bx[br]);
    b.nb(by[br], bq);
  });
  big.end_generate();
  const std::string bv = big.emit();
  CHECK(bv.find("  genvar r_blk, r;\n  generate\n    for (r_blk = 0; r_blk < 2; r_blk = r_blk + 1) begin : g_row_blk\n"
                "      for (r = 1024 * r_blk; (r < (1024 * r_blk) + 1024) && (r < 1027); r = r + 1) begin : g_row\n"
                "        reg q;\n") != std::string::npos);
  CHECK(bv.find("        end\n      end\n    end\n  endgenerate\nendmodule\n") != std::string::npos);
  const auto bregs = big.registers();
  REQUIRE(bregs.size() == size_t(kGenerateMax + 4));
  CHECK(bregs[1025].first == "g_row_blk[1].g_row[1025].q");
  CHECK(bregs.back().first == "y_o");
  CHECK(scoped("g_row", 1026, bq, kGenerateMax + 3).text() == "g_row_blk[1].g_row[1026].q");
  // a genvar is declared once; a later loop over the same variable (a short one, then a blocked one) uses it
  Module two("two");
  const Expr tx = two.input("x_i", kGenerateMax + 3);
  const Expr ty = two.output("y_o", 4), tz = two.output("z_o", kGenerateMax + 3);
  Expr ti = two.generate_for("g_a", "i", 4);
  two.assign(ty[ti], tx[ti]);
  two.end_generate();
  ti = two.generate_for("g_b", "i", kGenerateMax + 3);
  two.assign(tz[ti], !tx[ti]);
  two.end_generate();
  const std::string tv = two.emit();
  CHECK(tv.find("  genvar i;\n  generate\n    for (i = 0; i < 4; i = i + 1) begin : g_a\n") != std::string::npos);
  CHECK(tv.find("  endgenerate\n  genvar i_blk;\n  generate\n    for (i_blk = 0;") != std::string::npos);
  CHECK(tv.find("genvar i;") == tv.rfind("genvar i;"));
  // a loop inside a loop: one generate region, both genvars declared before it, every register named by
  // both iterations
  Module nest("nest");
  const Expr nclk = nest.input("clk_i");
  const Expr nd = nest.input("d_i", 6);
  const Expr la = nest.generate_for("g_lane", "a", 2);
  const Expr nw = nest.generate_for("g_w", "h", 3);
  const Expr nq = nest.reg("w_q", 1);
  nest.always_ff_noreset(nclk, [&](Body& b) { b.nb(nq, nd[num(3) * la + nw]); });
  nest.end_generate();
  CHECK_THROWS_AS(nest.generate_for("g_lane", "b", 2), std::logic_error);  // a label already open
  const Expr nt = nest.reg("t_q", 1);
  nest.always_ff_noreset(nclk, [&](Body& b) { b.nb(nt, scoped("g_w", 2, nq)); });
  nest.end_generate();
  const Expr ny = nest.output("y_o");
  nest.assign(ny, scoped("g_lane", 1, scoped("g_w", 0, nq)) ^ scoped("g_lane", 0, nt));
  const std::string nv = nest.emit();
  CHECK(nv.find("  genvar a, h;\n"
                "  generate\n"
                "    for (a = 0; a < 2; a = a + 1) begin : g_lane\n"
                "      for (h = 0; h < 3; h = h + 1) begin : g_w\n"
                "        reg w_q;\n") != std::string::npos);
  CHECK(nv.find("      end\n      reg t_q;\n") != std::string::npos);
  CHECK(nv.find("        t_q <= g_w[2].w_q;\n      end\n    end\n  endgenerate\n  assign y_o = g_lane[1].g_w[0].w_q ^ g_lane[0].t_q;\n") !=
        std::string::npos);
  using N = std::vector<std::pair<std::string, std::string>>;
  CHECK(nest.registers() == N{{"g_lane[0].g_w[0].w_q", "none"}, {"g_lane[0].g_w[1].w_q", "none"},
                              {"g_lane[0].g_w[2].w_q", "none"}, {"g_lane[1].g_w[0].w_q", "none"},
                              {"g_lane[1].g_w[1].w_q", "none"}, {"g_lane[1].g_w[2].w_q", "none"},
                              {"g_lane[0].t_q", "none"}, {"g_lane[1].t_q", "none"}});
}

TEST_CASE("a state machine has named states, a next-state process and a state register", "[vlog]") {
  Module m("fsm_demo");
  const Expr clk = m.input("clk_i"), rst = m.input("rst_ni");
  const Expr go = m.input("go_i"), done = m.input("done_i");
  const Expr busy = m.output("busy_o");
  Fsm fsm(m, "state", 2, {{"StIdle", 0, "waiting"}, {"StRun", 1, "working"}, {"StDone", 3, "result out"}},
          "sequencer");
  fsm.go("StIdle", "StRun", go).go("StRun", "StDone", done).go("StDone", "StRun", go).go("StDone", "StIdle");
  m.assign(busy, fsm.is("StRun"));
  fsm.emit(clk, rst, ResetStyle::AsyncLow);
  check_golden("fsm_demo.v", m.emit());
  CHECK(fsm.has("StRun"));
  CHECK_FALSE(fsm.has("StGone"));
  CHECK_THROWS_WITH(fsm("StGone"), Catch::Contains("has no state StGone"));
}

TEST_CASE("a state machine's codes without a state can act as its last state", "[vlog]") {
  Module m("fsm_last");
  const Expr clk = m.input("clk_i"), rst = m.input("rst_ni"), go = m.input("go_i");
  Fsm fsm(m, "st", 2, {{"StA", 0, ""}, {"StB", 1, ""}, {"StC", 2, "also code 3"}}, "", Fsm::Illegal::AsLast);
  fsm.go("StA", "StB", go).go("StB", "StC").go("StC", "StA", go);
  fsm.emit(clk, rst, ResetStyle::AsyncLow);
  const std::string v = m.emit();
  // StC's arm is the default one: code 3 leaves for StA like StC.
  CHECK(v.find("      StC: begin") == std::string::npos);
  CHECK(v.find("      default: begin\n        // StC and the codes no state has\n        if (go_i) begin\n"
               "          st_d = StA;") != std::string::npos);
}

TEST_CASE("a state machine refuses unreachable states and states without a way out", "[vlog]") {
  const auto build = [](const std::function<void(Fsm&)>& edges) {
    Module m("bad");
    const Expr clk = m.input("clk_i"), rst = m.input("rst_ni"), go = m.input("go_i");
    Fsm fsm(m, "state", 2, {{"StA", 0, ""}, {"StB", 1, ""}, {"StC", 2, ""}});
    fsm.go("StA", "StB", go);
    edges(fsm);
    fsm.emit(clk, rst, ResetStyle::AsyncLow);
  };
  CHECK_THROWS_WITH(build([](Fsm& f) { f.go("StB", "StA").go("StC", "StA"); }),
                    Catch::Contains("state StC is unreachable from StA"));
  CHECK_THROWS_WITH(build([](Fsm& f) { f.go("StB", "StC"); }), Catch::Contains("state StC has no transition out"));
  CHECK_THROWS_WITH(build([](Fsm& f) { f.go("StB", "StD"); }), Catch::Contains("has no state StD"));
  CHECK_THROWS_WITH(build([](Fsm& f) { f.go("StB", "StC").go("StB", "StA").go("StC", "StA"); }),
                    Catch::Contains("a transition after an unconditional one"));
  CHECK_NOTHROW(build([](Fsm& f) { f.go("StB", "StC").go("StC", "StA"); }));
  Module m("dup");
  CHECK_THROWS_WITH(Fsm(m, "state", 2, {{"StA", 0, ""}, {"StB", 0, ""}}), Catch::Contains("repeated"));
}

namespace {
// The lines of `text` from `first` on, each stripped of its indentation, joined with one space.
std::string joined(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string l; std::getline(in, l);) out += (out.empty() ? "" : " ") + l.substr(l.find_first_not_of(' '));
  return out;
}
}  // namespace

TEST_CASE("long lines are broken at spaces, preferring few open brackets", "[vlog]") {
  std::string sum = "a0";
  for (int i = 1; i < 40; ++i) sum = "(" + sum + " + {3'd0, b" + std::to_string(i) + "})";
  const std::string line = "    assign y = " + sum + ";";
  const std::string w = wrap_lines(line + "\n");
  std::istringstream in(w);
  int lines = 0;
  for (std::string l; std::getline(in, l); ++lines) {
    INFO(l);
    CHECK(l.size() <= 120);
    if (lines) CHECK(l.compare(0, 8, std::string(8, ' ')) == 0);  // continuations indented 4 more
    if (lines) CHECK(l[8] != ' ');
  }
  CHECK(lines >= 6);
  CHECK(joined(w) == line.substr(4));  // the statement joins back to the original
  // each break is after a `+` term (depth falls by one per term), not inside a concatenation
  CHECK(w.find(",\n") == std::string::npos);
  CHECK(w.find("{3'd0,\n") == std::string::npos);
  // short lines and the text without a final newline are kept as they are
  CHECK(wrap_lines("  assign a = b;") == "  assign a = b;");
  CHECK(wrap_lines("x\n\ny\n") == "x\n\ny\n");
}

TEST_CASE("strings, comments and directives survive wrapping", "[vlog]") {
  const std::string msg(100, 'm');
  // a string is never broken, even where it holds spaces; the break falls before it
  const std::string d = "    $display(\"" + std::string(50, 'x') + " " + std::string(60, 'y') + "\", a, b);";
  const std::string wd = wrap_lines(d);
  CHECK(wd.find("\"" + std::string(50, 'x') + " " + std::string(60, 'y') + "\"") != std::string::npos);
  CHECK(joined(wd) == d.substr(4));
  // a trailing comment goes on its own line above its statement, itself wrapped as a comment
  const std::string c = "  reg [3:0] count_q;  // " + msg + " and the rest of the explanation";
  const std::string wc = wrap_lines(c);
  CHECK(wc == "  // " + msg + " and the rest\n  //   of the explanation\n  reg [3:0] count_q;");
  // directives and lines without a space are left long
  const std::string def = "`define X " + msg + " " + msg;
  CHECK(wrap_lines(def) == def);
  const std::string word(130, 'w');
  CHECK(wrap_lines("  " + word) == "  " + word);
  // breaks fall between statements first
  std::string many;
  for (int i = 0; i < 20; ++i) many += "a[" + std::to_string(i) + "] = " + std::to_string(1000 + i) + "; ";
  many.pop_back();
  const std::string wm = wrap_lines("    " + many);
  std::istringstream in(wm);
  for (std::string l; std::getline(in, l);) CHECK(l.back() == ';');
}
