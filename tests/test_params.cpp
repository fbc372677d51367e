// Parameter declaration, binding and error messages.
#include "block.hpp"
#include "param.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

using namespace cimgen;

namespace {
std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("out-of-range values name the parameter, value and range", "[params]") {
  const Block* b = find_block("shift_add");
  REQUIRE(b);
  CHECK(error_of([&] { bind_params(b->params(), {"PW=9"}, "shift_add"); }) == "parameter PW=9 is out of range 1..8");
  CHECK(error_of([&] { bind_params(b->params(), {"N=0"}, "shift_add"); }) == "parameter N=0 is out of range 1..12");
  CHECK(error_of([&] { bind_params(b->params(), {"N=abc"}, "shift_add"); }) ==
        "parameter N=abc is not an integer (legal range 1..12)");
  CHECK(error_of([&] { bind_params(b->params(), {"w_enc=sign"}, "shift_add"); }) ==
        "parameter w_enc=sign is not one of unsigned|offset|differential");
  CHECK(error_of([&] { bind_params(b->params(), {"FOO=1"}, "shift_add"); }).rfind("unknown parameter FOO for shift_add", 0) == 0);
  CHECK(error_of([&] { bind_params(b->params(), {"PW"}, "shift_add"); }) ==
        "malformed parameter assignment 'PW': expected NAME=VALUE");
  CHECK(error_of([&] { bind_params(b->params(), {"=3"}, "shift_add"); }).rfind("malformed", 0) == 0);
}

TEST_CASE("defaults fill in; a parameter given twice is refused; the command line overrides the file", "[params]") {
  const Block* b = find_block("shift_add");
  CHECK(error_of([&] { bind_params(b->params(), {"PW=4", "PW=5"}, "shift_add"); }) ==
        "parameter PW is given twice (PW=4 and PW=5)");
  const Params p = bind_params(b->params(), override_assignments({"PW=4", "N=8"}, {"PW=5", "w_enc=offset"}), "shift_add");
  CHECK(p.get("PW") == 5);
  CHECK(p.get("N") == 8);
  CHECK(p.get("w_enc") == 1);
  CHECK(params_text(b->params(), p) == "N=8 PD=1 PR=1 PI=8 PW=5 R=128 KMAX=0 w_enc=offset RST=async");
}

TEST_CASE("inconsistent combinations are rejected by the block", "[params]") {
  const Block* b = find_block("shift_add");
  const Params p = bind_params(b->params(), {"PW=1", "w_enc=differential"}, "shift_add");
  CHECK(error_of([&] { b->derive(p); }).find("w_enc=differential needs PW >= 2") != std::string::npos);
}

TEST_CASE("a sub-block is configured through its own parameters and rules", "[params]") {
  const Block* sar = find_block("trq_sar");
  REQUIRE(sar);
  Params tile;  // a parent's values: the sub-block takes its own, defaults for the rest
  tile.set("N", 5);
  tile.set("RST", 1);
  tile.set("COLS", 16);
  const Params p = configure(*sar, tile);
  CHECK(p.get("N") == 5);
  CHECK(p.get("RST") == 1);
  CHECK(p.get("TRQ") == 1);
  CHECK_FALSE(p.has("COLS"));
  CHECK(spec::reset_style(p) == vlog::ResetStyle::SyncLow);
  CHECK(spec::reset_doc(p) == "synchronous reset, active low");
  // A value out of the sub-block's range is a generator bug, named with the sub-block.
  tile.set("N", 1);
  CHECK_THROWS_WITH(configure(*sar, tile), "trq_sar configured as a sub-block: parameter N=1 is out of range 2..12");
  const Block* sa = find_block("shift_add");
  Params d;
  d.set("PW", 1);
  d.set("w_enc", 2);
  CHECK_THROWS_WITH(configure(*sa, d), Catch::Matchers::Contains("w_enc=differential needs PW >= 2"));
}

TEST_CASE("bnn_first: thresholds must fit the 16-bit register port", "[params]") {
  const Block* b = find_block("bnn_first");
  const auto derive = [&](std::vector<std::string> a) { b->derive(bind_params(b->params(), a, "bnn_first")); };
  CHECK_NOTHROW(derive({"R=256", "K=8"}));
  CHECK_NOTHROW(derive({"R=4096", "K=1"}));
  CHECK_NOTHROW(derive({"R=2114", "K=5"}));  // 2114 * 31 + 1 = 65535
  CHECK(error_of([&] { derive({"R=257", "K=8"}); }) ==
        "bnn_first: thresholds fit the 16-bit register port: R * (2^K - 1) + 1 <= 65535 (got R=257, K=8): legal R for "
        "K=8 is 1..256");
  CHECK(error_of([&] { derive({"R=2115", "K=5"}); }).find("legal R for K=5 is 1..2114") != std::string::npos);
}

TEST_CASE("analog_acc: strategy B needs PD = PR and an ADC of 16 bits at most", "[params]") {
  const Block* b = find_block("analog_acc");
  const auto derive = [&](std::vector<std::string> a) { b->derive(bind_params(b->params(), a, "analog_acc")); };
  CHECK_NOTHROW(derive({"STRATEGY=C", "PD=2", "PR=1"}));
  CHECK_NOTHROW(derive({"STRATEGY=B", "PD=2", "PR=2"}));
  CHECK_NOTHROW(derive({"STRATEGY=C", "R=4096", "PD=4", "PR=4", "PO=16"}));  // C converts PO bits whatever R
  CHECK_NOTHROW(derive({"STRATEGY=B", "R=128", "PD=4", "PR=4"}));
  CHECK(error_of([&] { derive({"STRATEGY=B", "PD=2", "PR=1"}); })
            .rfind("analog_acc: STRATEGY=B needs PR = PD (got STRATEGY=B, PD=2, PR=1)", 0) == 0);
  CHECK(error_of([&] { derive({"STRATEGY=B", "R=129", "PD=4", "PR=4"}); }) ==
        "analog_acc: STRATEGY=B: the ADC of eq. 3 has at most 16 bits (got STRATEGY=B, PI=8, PW=8, PD=4, PR=4, "
        "R=129): it needs 17 bits; legal R for these precisions is 1..128");
}

TEST_CASE("config files give NAME = VALUE lines", "[params]") {
  const std::string path = "test_params_config.toml";
  const std::vector<std::string> blocks = {"shift_add", "cim_tile"};
  const auto read = [&](const std::string& text, const std::string& block = "shift_add") {
    {
      std::ofstream os(path, std::ios::binary);
      os << text;
    }
    return read_config_assignments(path, block, blocks);
  };
  const auto error = [&](const std::string& text) { return error_of([&] { read(text); }); };
  CHECK(read("# a shift_add configuration\nN = 6\nw_enc = \"offset\"\n") == std::vector<std::string>{"N=6", "w_enc=offset"});
  // A byte-order mark is not part of the first name.
  CHECK(read("\xEF\xBB\xBFN = 6\n") == std::vector<std::string>{"N=6"});
  // A [block] section applies to that block only.
  const std::string sections = "N = 5\n[cim_tile]\nPW = 3\n[shift_add]\nPW = 4\n";
  CHECK(read(sections) == std::vector<std::string>{"N=5", "PW=4"});
  CHECK(read(sections, "cim_tile") == std::vector<std::string>{"N=5", "PW=3"});
  CHECK(error("[tile]\nPW = 3\n").find("section [tile] names no block (blocks: shift_add, cim_tile)") != std::string::npos);
  CHECK(error("N\n") == "config file " + path + " line 1: 'N' has no value: expected NAME = VALUE");
  CHECK(error("N = 4\n\nN = 5\n") == "config file " + path + " line 3: N is set twice (lines 1 and 3)");
  CHECK(error("PW = 4 ; c\n") == "config file " + path + ": PW = 4 ; c is not one value (a comment starts with #)");
  CHECK(error(std::string("N = 4\n\0\x01\x02", 9)) ==
        "config file " + path + " is not a text file (byte 0x00 on line 2): expected NAME = VALUE lines");
  CHECK(error("N = \xFF\n").find("is not a text file (byte 0xFF on line 1)") != std::string::npos);
  std::remove(path.c_str());
  CHECK(error_of([&] { read_config_assignments("/nonexistent/cimgen.toml", "shift_add", blocks); }) ==
        "config file /nonexistent/cimgen.toml: cannot read: No such file or directory");
  CHECK(error_of([&] { read_config_assignments("/tmp", "shift_add", blocks); }) == "config file /tmp is a directory");
}

TEST_CASE("every block's sweep configurations are legal", "[params]") {
  for (const Block* b : registry())
    for (const auto& c : b->sweep()) {
      INFO(b->name() << " " << c.name);
      const Params p = bind_params(b->params(), c.assignments, b->name());
      CHECK_NOTHROW(b->derive(p));
    }
}

TEST_CASE("every sweep configuration's Verilog has lines of 120 characters at most", "[params]") {
  for (const Block* b : registry())
    for (const auto& c : b->sweep()) {
      const Params p = bind_params(b->params(), c.assignments, b->name());
      for (const auto& f : generate(*b, p)) {
        if (f.name.size() < 2 || f.name.compare(f.name.size() - 2, 2, ".v") != 0) continue;
        std::istringstream in(f.text);
        int n = 0;
        for (std::string line; std::getline(in, line);) {
          ++n;
          INFO(b->name() << " " << c.name << " " << f.name << ":" << n << ": " << line);
          CHECK(line.size() <= 120);
        }
      }
    }
}

TEST_CASE("every block has mutation campaigns, each on one of its sweep configurations", "[params]") {
  for (const Block* b : registry()) {
    INFO(b->name());
    CHECK_FALSE(b->campaigns().empty());
    std::set<std::string> names;
    for (const auto& c : b->sweep()) names.insert(c.name);
    for (const Campaign& c : b->campaigns()) {
      INFO(c.config);
      CHECK(names.count(c.config) == 1);
      CHECK(c.sample >= 1);
      CHECK(c.time_limit_s > 0);
      CHECK(c.miter_limit_s > 0);
    }
  }
}

TEST_CASE("generation is deterministic", "[params]") {
  const Block* b = find_block("shift_add");
  const Params p = bind_params(b->params(), {"w_enc=offset", "KMAX=3"}, "shift_add");
  const auto f1 = generate(*b, p), f2 = generate(*b, p);
  REQUIRE(f1.size() == f2.size());
  for (size_t i = 0; i < f1.size(); ++i) CHECK(f1[i].text == f2[i].text);
}

namespace {
std::string file_text(const std::vector<OutFile>& files, const std::string& name) {
  for (const auto& f : files)
    if (f.name == name) return f.text;
  return "";
}
}  // namespace

TEST_CASE("every block writes an SDC with its clock, I/O delays and reset", "[params]") {
  for (const Block* b : registry()) {
    INFO(b->name());
    const Config c = b->sweep().front();
    const Params p = bind_params(b->params(), c.assignments, b->name());
    const std::string sdc = file_text(generate(*b, p), b->name() + ".sdc");
    REQUIRE(!sdc.empty());
    CHECK(sdc.find("create_clock -name clk_i -period $period [get_ports clk_i]\n") != std::string::npos);
    CHECK(sdc.find("set_output_delay $io_delay -clock clk_i") != std::string::npos);
    const std::string key = "set_input_delay $io_delay -clock clk_i [get_ports {";
    const size_t in = sdc.find(key);
    REQUIRE(in != std::string::npos);
    const std::string inputs = " " + sdc.substr(in + key.size(), sdc.find('}', in) - in - key.size()) + " ";
    CHECK(inputs.find(" rst_ni ") != std::string::npos);
    CHECK(inputs.find(" clk_i ") == std::string::npos);  // the clock has no input delay
    const bool async = p["RST"] == 0;
    CHECK((sdc.find("set_false_path -from [get_ports rst_ni]") != std::string::npos) == async);
  }
  const Block* sar = find_block("trq_sar");
  const Params p = bind_params(sar->params(), {"RST=sync"}, "trq_sar");
  const std::string s = file_text(generate(*sar, p, {2.5, 0.1}), "trq_sar.sdc");
  CHECK(s.find("set period 2.500\n") != std::string::npos);
  CHECK(s.find("set io_delay [expr 0.1 * $period]\n") != std::string::npos);
  CHECK(s.find("bexp_i[*]") != std::string::npos);
  CHECK(s.find("set_false_path") == std::string::npos);
  const Block* fpga = find_block("cim_fpga");
  const Params f = bind_params(fpga->params(), {"CLK_HZ=12000000", "BAUD=115200"}, "cim_fpga");
  CHECK(file_text(generate(*fpga, f), "cim_fpga.sdc").find("set period 83.333\n") != std::string::npos);
}
