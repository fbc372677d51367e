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
  // Every block has one today; tests/new_block_test.sh sees the template block refused.
  for (const Block* blk : registry())
    if (!blk->testbench(configure(*blk, {}), 1))
      CHECK_THROWS_WITH(generate(*blk, configure(*blk, {}), {}, "", 1),
                        Catch::Contains("has no Verilog testbench yet"));
}

TEST_CASE("cim_fpga: the host's program waits for the replies it expects") {
  const Block* f = find_block("cim_fpga");
  REQUIRE(f);
  const Params p = bind_params(f->params(),
                               {"R=16", "COLS=16", "N=6", "PI=6", "PW=6", "KMAX=2", "TRQ_TABLE=4",
                                "CLK_HZ=1000000", "BAUD=250000"},
                               "cim_fpga");
  const auto b = f->testbench(p, 3);
  REQUIRE(b);
  REQUIRE(b->tables.size() == 2);
  const auto& host = b->tables[0];
  const auto& reply = b->tables[1];
  CHECK_FALSE(host.expected);
  CHECK(reply.expected);
  CHECK(b->segments() == 5);
  CHECK(b->responder.find("localparam integer CPB = 4;") != std::string::npos);
  // The first segment starts with a ping (command 0) and its reply: the magic byte and a clear status.
  CHECK(host.rows[0][0] == 0);
  REQUIRE(reply.rows.size() > 2);
  CHECK(reply.rows[0][0] == 0xC1);
  CHECK(reply.rows[1][0] == 0);
  // Every operation is a byte, a wait for at most its segment's replies, or a pin check; each segment's
  // last wait is for all of them.
  size_t op = 0;
  for (size_t s = 0; s < b->segments(); ++s) {
    const size_t replies = reply.seg_end[s] - (s ? reply.seg_end[s - 1] : 0);
    uint64_t last_wait = 0;
    for (; op < host.seg_end[s]; ++op) {
      const uint64_t w = host.rows[op][0], kind = w >> 22, arg = w & ((uint64_t(1) << 22) - 1);
      INFO("segment " << s << " operation " << op << " = " << w);
      CHECK(kind <= 2);
      if (kind == 0) CHECK(arg < 0x200);
      if (kind == 1) {
        CHECK(arg <= replies);
        CHECK(arg >= last_wait);
        last_wait = arg;
      }
      if (kind == 2) CHECK(arg < 4);
    }
    CHECK(last_wait == replies);
  }
}
