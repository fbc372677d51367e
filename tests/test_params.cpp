// Parameter declaration, binding and error messages.
#include "block.hpp"
#include "param.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

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

TEST_CASE("defaults fill in and later assignments win", "[params]") {
  const Block* b = find_block("shift_add");
  const Params p = bind_params(b->params(), {"PW=4", "PW=5", "w_enc=offset"}, "shift_add");
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

TEST_CASE("bnn_first: thresholds must fit the 16-bit register port", "[params]") {
  const Block* b = find_block("bnn_first");
  const auto derive = [&](std::vector<std::string> a) { b->derive(bind_params(b->params(), a, "bnn_first")); };
  CHECK_NOTHROW(derive({"R=256", "K=8"}));
  CHECK_NOTHROW(derive({"R=4096", "K=1"}));
  CHECK_NOTHROW(derive({"R=2114", "K=5"}));  // 2114 * 31 + 1 = 65535
  CHECK(error_of([&] { derive({"R=257", "K=8"}); }) ==
        "bnn_first: R=257 with K=8 makes thresholds up to 65536, past the 16-bit register port; legal R for K=8 is "
        "1..256");
  CHECK(error_of([&] { derive({"R=2115", "K=5"}); }).find("legal R for K=5 is 1..2114") != std::string::npos);
}

TEST_CASE("analog_acc: strategy B needs PD = PR and an ADC of 16 bits at most", "[params]") {
  const Block* b = find_block("analog_acc");
  const auto derive = [&](std::vector<std::string> a) { b->derive(bind_params(b->params(), a, "analog_acc")); };
  CHECK_NOTHROW(derive({"STRATEGY=C", "PD=2", "PR=1"}));
  CHECK_NOTHROW(derive({"STRATEGY=B", "PD=2", "PR=2"}));
  CHECK_NOTHROW(derive({"STRATEGY=C", "R=4096", "PD=4", "PR=4", "PO=16"}));  // C converts PO bits whatever R
  CHECK_NOTHROW(derive({"STRATEGY=B", "R=128", "PD=4", "PR=4"}));
  CHECK(error_of([&] { derive({"STRATEGY=B", "PD=2", "PR=1"}); }).rfind("analog_acc: STRATEGY=B needs PR = PD (got PD=2, PR=1)", 0) == 0);
  CHECK(error_of([&] { derive({"STRATEGY=B", "R=129", "PD=4", "PR=4"}); }) ==
        "analog_acc: STRATEGY=B with PD=4, PR=4 needs a 17-bit ADC at R=129 (eq. 3), past the 16 bits this block "
        "converts; legal R for these precisions is 1..128");
}

TEST_CASE("config files give NAME = VALUE lines", "[params]") {
  const std::string path = "test_params_config.toml";
  {
    std::ofstream os(path);
    os << "# a shift_add configuration\nN = 6\nw_enc = \"offset\"\n";
  }
  const auto a = read_config_assignments(path);
  REQUIRE(a == std::vector<std::string>{"N=6", "w_enc=offset"});
  std::remove(path.c_str());
  CHECK(error_of([] { read_config_assignments("/nonexistent/cimgen.toml"); }).rfind("config file", 0) == 0);
}

TEST_CASE("every block's sweep configurations are legal", "[params]") {
  for (const Block* b : registry())
    for (const auto& c : b->sweep()) {
      INFO(b->name() << " " << c.name);
      const Params p = bind_params(b->params(), c.assignments, b->name());
      CHECK_NOTHROW(b->derive(p));
    }
}

TEST_CASE("generation is deterministic", "[params]") {
  const Block* b = find_block("shift_add");
  const Params p = bind_params(b->params(), {"w_enc=offset", "KMAX=3"}, "shift_add");
  const auto f1 = generate(*b, p), f2 = generate(*b, p);
  REQUIRE(f1.size() == f2.size());
  for (size_t i = 0; i < f1.size(); ++i) CHECK(f1[i].text == f2[i].text);
}
