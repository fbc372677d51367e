// The Verilog testbench emitter (gen/core/testbench.hpp): vector words, and the checks that keep a block's
// bench consistent with its ports. The emitted text itself is golden under rtl/ (tools/rtl.sh check) and
// runs under Icarus in tests/vtb_test.sh.
#include "block.hpp"
#include "testbench.hpp"

#include <catch2/catch.hpp>

using namespace cimgen;

namespace {

vtb::Bench tiny() {
  vtb::Bench b;
  b.streams = {{"in", true, "in_valid_i", "in_ready_o", {{"in_data_i", 4}}, "", {{{5}}, {{9}}}, {}},
               {"out", false, "out_valid_o", "", {{"out_data_o", 8}}, "", {{{14}}}, {}}};
  b.end_segment(true);
  return b;
}

const std::vector<std::pair<std::string, int>> kIns = {{"clk_i", 1}, {"rst_ni", 1}, {"in_valid_i", 1}, {"in_data_i", 4}};
const std::vector<std::pair<std::string, int>> kOuts = {{"in_ready_o", 1}, {"out_valid_o", 1}, {"out_data_o", 8}};

}  // namespace

TEST_CASE("hex words concatenate the fields MSB first") {
  CHECK(vtb::hex_word({{1}, {0x2a}}, {1, 8}) == "12a");
  CHECK(vtb::hex_word({{0x3}, {0}}, {2, 3}) == "18");
  CHECK(vtb::hex_word({{~uint64_t(0), 1}}, {65}) == "1ffffffffffffffff");
  CHECK(vtb::bits(-1, 5) == vtb::Value{31});
  CHECK(vtb::bits(-2, 64) == vtb::Value{~uint64_t(1)});
}

TEST_CASE("a bench drives every input and reads only outputs") {
  const auto files = vtb::emit_testbench("blk", "X=1", kIns, kOuts, tiny());
  REQUIRE(files.size() == 3);
  CHECK(files[0].name == "blk_tb.v");
  CHECK(files[1].name == "blk_tb_in.hex");
  CHECK(files[1].text.find("\n5\n9\n") != std::string::npos);
  CHECK(files[2].text.find("\n0e\n") != std::string::npos);
  CHECK(files[0].text.find("blk dut (") != std::string::npos);

  auto undriven = kIns;
  undriven.push_back({"mode_i", 2});
  CHECK_THROWS_WITH(vtb::emit_testbench("blk", "", undriven, kOuts, tiny()),
                    Catch::Contains("leaves input mode_i undriven"));
  auto narrow = kIns;
  narrow[3].second = 3;
  CHECK_THROWS_WITH(vtb::emit_testbench("blk", "", narrow, kOuts, tiny()), Catch::Contains("in_data_i (4 bits)"));
  vtb::Bench unended = tiny();
  unended.streams[0].beats.push_back({{1}});
  CHECK_THROWS_WITH(vtb::emit_testbench("blk", "", kIns, kOuts, unended),
                    Catch::Contains("stream in does not end with the last segment"));
}

TEST_CASE("gen --testbench V: refused for a block without one; deterministic") {
  const Block* tile = find_block("cim_tile");
  REQUIRE(tile);
  const Params p = configure(*tile, {});
  const auto a = generate(*tile, p, {}, "", 7), b = generate(*tile, p, {}, "", 7), c = generate(*tile, p, {}, "", 8);
  REQUIRE(a.size() == b.size());
  bool differs = false;
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].name == b[i].name);
    CHECK(a[i].text == b[i].text);
    differs = differs || a[i].text != c[i].text;
  }
  CHECK(differs);  // another seed, other vectors
  for (const Block* blk : registry())
    if (!blk->testbench(configure(*blk, {}), 1))
      CHECK_THROWS_WITH(generate(*blk, configure(*blk, {}), {}, "", 1),
                        Catch::Contains("has no Verilog testbench yet"));
}
