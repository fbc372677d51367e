// cim_fpga: the FPGA prototype's core (issue 6): a generated cim_tile, the
// crossbar emulator (xbar_emu) playing its analog macro, and a UART host
// interface with a byte protocol to write registers and weights, send input
// vectors and read results. Board tops in fpga/ wrap it with a PLL and a
// reset synchronizer.
//
// Protocol (8N1, CLK_HZ / BAUD clocks per bit; multi-byte fields little
// endian). Host to board, one command byte and its arguments:
//   0x00 PING                      reply 0xC1, status; the status clears
//   0x01 TILE_CFG addr dlo dhi     cim_tile register write
//   0x02 EMU_CFG  addr dlo dhi     xbar_emu register write (k, noise, seed)
//   0x03 WEIGHT   alo ahi dlo dhi  xbar_emu load port write
//   0x04 INPUT    nlo nhi x0 .. x(n-1)   n input elements, one byte each
// Board to host: every output neuron as Y_BYTES bytes (two's complement,
// sign-extended), in the tile's output order; ping replies in between.
// Status bits: [0] an input byte arrived while the previous one waited (it
// is lost), [1] framing error, [2] unknown command. The host keeps at most two
// vectors outstanding (sent, results not yet all read), so the tile's input
// banks are free whenever an input byte arrives.
#include "block.hpp"
#include "cim_fpga_proto.hpp"
#include "crossbar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <random>

namespace cimgen {

const Block& cim_tile_block();
const Block& xbar_emu_block();

namespace {

using namespace vlog;

constexpr uint64_t kPingMagic = 0xC1;

// The values of `b`'s parameters among `p`'s, unchecked: what the sub-blocks' rules, which are cim_fpga's
// too, are checked on (configure() checks them, for a configuration that keeps them).
Params sub_params(const Block& b, const Params& p) {
  Params q;
  for (const auto& s : b.params()) q.set(s.name, p[s.name]);
  return q;
}

int64_t derived_value(const std::vector<Derived>& d, const std::string& name) {
  for (const auto& x : d)
    if (x.name == name) return x.value;
  throw std::logic_error("cim_fpga: no derived value " + name);
}

int64_t clocks_per_bit(const Params& p) {
  return (p["CLK_HZ"] + p["BAUD"] / 2) / p["BAUD"];
}

int64_t weight_address_bits(const Params& p) {
  return derived_value(xbar_emu_block().derive(sub_params(xbar_emu_block(), p)), "W_ADDR_W");
}

class CimFpga final : public Block {
 public:
  std::string name() const override { return "cim_fpga"; }
  std::string description() const override {
    return "FPGA prototype core: cim_tile + xbar_emu crossbar emulator + UART host interface";
  }
  std::vector<ParamSpec> params() const override {
    std::vector<ParamSpec> ps;
    for (const auto& s : cim_tile_block().params()) {
      ParamSpec c = s;
      if (c.name == "SETTLE") {
        // xbar_emu's MIN_SETTLE (its first column sum is ready three cycles after the drive rises).
        const auto& emu = xbar_emu_block();
        c.min = int(derived_value(emu.derive(bind_params(emu.params(), {}, emu.name())), "MIN_SETTLE"));
        c.doc += fmt::format(" (at least {}: the emulator's sums)", c.min);
      }
      // The emulator's comparison is a carry chain, not an analog comparator: keep it off the row drive's
      // load enable (the 64x64 core's critical path otherwise).
      if (c.name == "START_REG") c.def = 1;
      ps.push_back(c);
    }
    ps.push_back(ParamSpec::integer("CLK_HZ", 24000000, 1200, 400000000, "core clock frequency (Hz)"));
    ps.push_back(ParamSpec::integer("BAUD", 115200, 300, 12000000, "UART baud rate"));
    return ps;
  }
  // The tile's and the emulator's rules on the shared parameters, then the core's own.
  std::vector<Rule> rules() const override {
    std::vector<Rule> rs;
    for (const Block* sub : {&cim_tile_block(), &xbar_emu_block()})
      for (Rule r : sub->rules()) {
        if (std::any_of(rs.begin(), rs.end(), [&](const Rule& q) { return q.text == r.text; })) continue;
        auto holds = r.holds;
        r.holds = [sub, holds](const Params& p) { return holds(sub_params(*sub, p)); };
        if (auto hint = r.hint) r.hint = [sub, hint](const Params& p) { return hint(sub_params(*sub, p)); };
        rs.push_back(std::move(r));
      }
    rs.push_back({"the UART has at least 4 clocks per bit: round(CLK_HZ / BAUD) >= 4", {"CLK_HZ", "BAUD"},
                  [](const Params& p) { return clocks_per_bit(p) >= 4; }});
    rs.push_back({"the UART bit time round(CLK_HZ / BAUD) / CLK_HZ is within 2% of 1 / BAUD", {"CLK_HZ", "BAUD"},
                  [](const Params& p) { return std::llabs(clocks_per_bit(p) * p["BAUD"] - p["CLK_HZ"]) * 50 <= p["CLK_HZ"]; },
                  [](const Params& p) { return fmt::format("{} clocks per bit", clocks_per_bit(p)); }});
    rs.push_back({"the weight address EMU_W_ADDR_W has at most 16 bits (the WEIGHT command's two address bytes)",
                  {"R", "COLS", "NADC", "PR"}, [](const Params& p) { return weight_address_bits(p) <= 16; },
                  [](const Params& p) { return fmt::format("it needs {} bits", weight_address_bits(p)); }});
    return rs;
  }
  std::vector<Derived> values(const Params& p) const override {
    const auto td = cim_tile_block().derive(configure(cim_tile_block(), p));
    const auto ed = xbar_emu_block().derive(configure(xbar_emu_block(), p));
    const int64_t cpb = clocks_per_bit(p);
    const int64_t yw = derived_value(td, "Y_W");
    std::vector<Derived> d = {
        {"CLKS_PER_BIT", cpb, "UART bit time in clocks"},
        {"Y_BYTES", (yw + 7) / 8, "bytes per output neuron"},
        {"CMD_PING", 0, "command: reply PING_MAGIC, status (clears it)"},
        {"CMD_TILE_CFG", 1, "command: addr, data lo, data hi: cim_tile register write"},
        {"CMD_EMU_CFG", 2, "command: addr, data lo, data hi: xbar_emu register write"},
        {"CMD_WEIGHT", 3, "command: addr lo, addr hi, data lo, data hi: xbar_emu load port write"},
        {"CMD_INPUT", 4, "command: count lo, count hi, then count input elements"},
        {"PING_MAGIC", int64_t(kPingMagic), "first byte of a ping reply"},
        {"ST_OVERFLOW", 1, "status bit: an input byte was lost"},
        {"ST_FRAMING", 2, "status bit: framing error"},
        {"ST_BAD_CMD", 4, "status bit: unknown command"},
        {"FORMAL_DEPTH", 4, "proof depth: BMC and k-induction (the transmitter invariants are inductive)"},
        {"FORMAL_COVER_DEPTH", 3 * cpb + 6, "cover depth: a frame started and its first data bits"},
    };
    for (const auto& x : td) d.push_back({"TILE_" + x.name, x.value, x.doc});
    for (const auto& x : ed) d.push_back({"EMU_" + x.name, x.value, x.doc});
    return d;
  }
  std::vector<std::string> formal_cutpoints(const Params&) const override { return {"u_tile", "u_emu"}; }
  double clock_period_ns(const Params& p) const override { return 1e9 / static_cast<double>(p["CLK_HZ"]); }
  std::vector<Campaign> campaigns() const override {
    return {
        {"f12x6_pd2_pr2_diff", 1, 20, 20},
    };
  }

  std::vector<Config> sweep() const override {
    return {
        {"ref_64x64",
         {"R=64", "COLS=64", "N=8", "NADC=2", "TRQ=1", "SETTLE=2", "TRQ_TABLE=0", "CLK_HZ=24000000", "BAUD=115200"},
         true,
         false,
         4},
        // The tile `make fpga` builds for the iCEBreaker (the largest that nextpnr 0.4 places there).
        {"up5k_32x32",
         {"R=32", "COLS=32", "N=8", "NADC=2", "TRQ=1", "SETTLE=2", "TRQ_TABLE=0", "CLK_HZ=24000000", "BAUD=115200"},
         true,
         false,
         4},
        {"f16x16_fast", {"R=16", "COLS=16", "N=6", "NADC=2", "PI=6", "PW=6", "KMAX=2", "SETTLE=2", "TRQ_TABLE=4",
                         "CLK_HZ=1000000", "BAUD=250000", "RST=sync"},
         false, true, 40},
        {"f12x6_pd2_pr2_diff", {"R=12", "COLS=6", "N=7", "NADC=3", "PD=2", "PR=2", "PI=5", "PW=5", "w_enc=differential",
                                "SETTLE=2", "CLK_HZ=1000000", "BAUD=200000"},
         false, true, 40},
    };
  }
  std::vector<Module> emit(const Params& p) const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
};

// The FPGA core under construction. Each unit (UART receiver, command parser, tile and emulator, transmitter,
// properties) is one method; what a later unit reads is a member.
class FpgaRtl {
 public:
  explicit FpgaRtl(const Params& p);
  std::vector<Module> build();

 private:
  void ports();
  void uart_rx();
  void parser();
  void tile_and_emulator();
  void transmit();
  void properties();
  // A clocked process with the core's reset.
  void ff(const Body::Fill& rst, const Body::Fill& run) { m.always_ff(clk, rst_n, rst_style, rst, run); }

  const Params tile_p, emu_p;  // the sub-blocks' configurations
  const std::vector<Derived> td, ed;
  const ResetStyle rst_style;
  const int R, PD, PI, N, NADC, KMAX;
  const int yw, yb, gw, waw;
  const int64_t cpb;
  const int cw, obw;
  std::vector<Module> tile, emu;
  Module m{"cim_fpga"};
  std::vector<Expr> unused;
  // ports
  Expr clk, rst_n, rx_i, tx_o, err_o, act_o;
  // UART receiver
  std::optional<Fsm> rx;
  Expr rx_st, s1, s2, rcnt, rbit, rsh, rvalid, rferr, cpb1, rtick;
  // command parser
  std::optional<Fsm> ps;
  Expr pst, pcmd, pn, parg, pcnt, anext, nargs, t_we, t_addr, t_data, e_we, e_addr, e_data, w_we, w_addr, w_data;
  Expr in_full, in_byte, ping, status, in_ready, ping_take, rbyte_low;
  // tile and emulator
  Expr out_valid, out_ready, out_data, out_last, wl, dac, sh, acol, adac, aen, acmp;
  // transmitter
  Expr ob, obn, txq, tbusy, tcnt, tbit, tsh, ob_empty, yext, ping_word;
};

FpgaRtl::FpgaRtl(const Params& p_)
    : tile_p(configure(cim_tile_block(), p_)),
      emu_p(configure(xbar_emu_block(), p_)),
      td(cim_tile_block().derive(tile_p)),
      ed(xbar_emu_block().derive(emu_p)),
      rst_style(spec::reset_style(p_)),
      R(p_.get("R")),
      PD(p_.get("PD")),
      PI(p_.get("PI")),
      N(p_.get("N")),
      NADC(p_.get("NADC")),
      KMAX(p_.get("KMAX")),
      yw(int(derived_value(td, "Y_W"))),
      yb((yw + 7) / 8),
      gw(int(derived_value(td, "COLSEL_W"))),
      waw(int(derived_value(ed, "W_ADDR_W"))),
      cpb(clocks_per_bit(p_)),
      cw(bits_for(uint64_t(cpb))),
      obw(std::max(16, yb * 8)) {}

std::vector<Module> FpgaRtl::build() {
  tile = cim_tile_block().emit(tile_p);
  for (auto& t : tile) {
    const std::string old = t.name();
    const std::string neu = "cim_fpga_" + old.substr(std::string("cim_").size());
    for (auto& u : tile) u.retarget(old, neu);
    t.rename(neu);
  }
  emu = xbar_emu_block().emit(emu_p);
  emu[0].rename("cim_fpga_xbar_emu");
  // The top's proof cuts the tile and the emulator out (formal_cutpoints); their own properties are
  // proved on their blocks.
  for (auto& t : tile) t.drop_formal();
  emu[0].drop_formal();
  ports();
  uart_rx();
  parser();
  tile_and_emulator();
  transmit();
  properties();
  std::vector<Module> all{m};
  for (auto& t : tile) all.push_back(t);
  all.push_back(emu[0]);
  return all;
}

void FpgaRtl::ports() {
  clk = m.input("clk_i", 1, "clock (CLK_HZ)");
  rst_n = m.input("rst_ni", 1, "reset, active low, released synchronously");
  rx_i = m.input("uart_rx_i", 1, "UART from the host");
  tx_o = m.output("uart_tx_o", 1, "UART to the host");
  err_o = m.output("err_o", 1, "a status bit is set (see PING)");
  act_o = m.output("act_o", 1, "a command is being received");
}

void FpgaRtl::uart_rx() {
  m.comment("UART receiver: 2-flop synchronizer, start bit checked at its middle, 8 data bits LSB first, stop bit");
  s1 = m.reg("rx_s1_q", 1);
  s2 = m.reg("rx_s2_q", 1);
  // Every code is a state, so a default arm is never taken.
  rx.emplace(m, "rx_st", 2,
         std::vector<Fsm::State>{{"RxIdle", 0, "line idle"},
          {"RxStart", 1, "start bit, checked at its middle"},
          {"RxData", 2, "8 data bits, LSB first"},
          {"RxStop", 3, "stop bit"}},
         "receiver");
  rx_st = rx->q();
  rcnt = m.reg("rx_cnt_q", cw);
  rbit = m.reg("rx_bit_q", 3);
  rsh = m.reg("rx_sh_q", 8);
  rvalid = m.reg("rx_valid_q", 1, "rx_sh_q holds a new byte (one cycle)");
  rferr = m.reg("rx_ferr_q", 1, "framing error (one cycle)");
  cpb1 = lit(cw, uint64_t(cpb - 1));
  rtick = m.wire("rx_tick", 1, "the bit's middle (start bit) or end");
  m.assign(rtick, rcnt == zeros(cw));
  rx->go("RxIdle", "RxStart", !s2)
      .go("RxStart", "RxIdle", rtick && s2)
      .go("RxStart", "RxData", rtick)
      .go("RxData", "RxStop", rtick && rbit == lit(3, 7))
      .go("RxStop", "RxIdle", rtick);
  rx->emit(clk, rst_n, rst_style);
  ff(
      [&](Body& b) {
        b.nb(s1, lit(1, 1));
        b.nb(s2, lit(1, 1));
        b.nb(rvalid, lit(1, 0));
        b.nb(rferr, lit(1, 0));
      },
      [&](Body& b) {
        b.nb(s1, rx_i);
        b.nb(s2, s1);
        b.nb(rvalid, lit(1, 0));
        b.nb(rferr, lit(1, 0));
        b.case_(rx_st,
                {{{(*rx)("RxIdle")},
                  [&](Body& c) {
                    c.if_(!s2, [&](Body& t) { t.nb(rcnt, lit(cw, uint64_t(cpb / 2 - 1))); });
                  }},
                 {{(*rx)("RxStart")},
                  [&](Body& c) {
                    c.if_(rtick, [&](Body& t) {
                      t.nb(rcnt, cpb1);
                      t.nb(rbit, zeros(3));
                    }, [&](Body& e) { e.nb(rcnt, rcnt - lit(cw, 1)); });
                  }},
                 {{(*rx)("RxData")},
                  [&](Body& c) {
                    c.if_(rtick, [&](Body& t) {
                      t.nb(rsh, cat({s2, rsh.slice(7, 1)}));
                      t.nb(rcnt, cpb1);
                      t.nb(rbit, rbit + lit(3, 1));
                    }, [&](Body& e) { e.nb(rcnt, rcnt - lit(cw, 1)); });
                  }}},
                [&](Body& c) {  // RxStop
                  c.if_(rtick, [&](Body& t) {
                    t.nb(rvalid, s2);
                    t.nb(rferr, !s2);
                  }, [&](Body& e) { e.nb(rcnt, rcnt - lit(cw, 1)); });
                });
      });
}

void FpgaRtl::parser() {
  m.comment("Command parser");
  // Code 3 is no state: it acts as PIn, as the parser did before its states were named.
  ps.emplace(m, "p_st", 2,
             std::vector<Fsm::State>{{"PCmd", 0, "a command byte"},
                                     {"PArgs", 1, "its argument bytes"},
                                     {"PIn", 2, "INPUT's elements"}},
             "command parser", Fsm::Illegal::AsLast);
  pst = ps->q();
  pcmd = m.reg("p_cmd_q", 3);
  pn = m.reg("p_n_q", 3, "argument bytes still to come");
  parg = m.reg("p_arg_q", 24, "arguments so far, shifted in from the top");
  pcnt = m.reg("p_cnt_q", 16, "input elements still to come");
  anext = m.wire("p_arg_next", 32, "the arguments with this byte");
  m.assign(anext, cat({rsh, parg}));
  nargs = m.reg("p_nargs", 3, "argument bytes of the command byte received");
  m.always_comb([&](Body& b) {
    b.case_(rsh,
            {{{lit(8, 1), lit(8, 2)}, [&](Body& c) { c.assign(nargs, lit(3, 3)); }},
             {{lit(8, 3)}, [&](Body& c) { c.assign(nargs, lit(3, 4)); }},
             {{lit(8, 4)}, [&](Body& c) { c.assign(nargs, lit(3, 2)); }}},
            [&](Body& c) { c.assign(nargs, zeros(3)); });
  });
  t_we = m.reg("t_we_q", 1);
  t_addr = m.reg("t_addr_q", 5);
  t_data = m.reg("t_data_q", 16);
  e_we = m.reg("e_we_q", 1);
  e_addr = m.reg("e_addr_q", 2);
  e_data = m.reg("e_data_q", 16);
  w_we = m.reg("w_we_q", 1);
  w_addr = m.reg("w_addr_q", waw);
  w_data = m.reg("w_data_q", 16);
  in_full = m.reg("in_full_q", 1, "an input element waits for the tile");
  in_byte = m.reg("in_data_q", PI);
  ping = m.reg("ping_q", 1, "a ping reply is due");
  status = m.reg("status_q", 3, "sticky: [0] lost input byte, [1] framing error, [2] unknown command");
  in_ready = m.wire("tile_in_ready", 1);
  ping_take = m.wire("ping_take", 1, "the ping reply goes into the transmit buffer (status read)");
  rbyte_low = m.wire("rx_byte_x", PI);
  m.assign(rbyte_low, rsh.slice(PI - 1, 0));
  if (PI < 8) unused.push_back(rsh.slice(7, PI));
  ff(
      [&](Body& b) {
        b.nb(t_we, lit(1, 0));
        b.nb(e_we, lit(1, 0));
        b.nb(w_we, lit(1, 0));
        b.nb(in_full, lit(1, 0));
        b.nb(ping, lit(1, 0));
        b.nb(status, zeros(3));
      },
      [&](Body& b) {
        b.nb(t_we, lit(1, 0));
        b.nb(e_we, lit(1, 0));
        b.nb(w_we, lit(1, 0));
        b.if_(in_full && in_ready, [&](Body& t) { t.nb(in_full, lit(1, 0)); });
        b.if_(ping_take, [&](Body& t) {
          t.nb(ping, lit(1, 0));
          t.nb(status, zeros(3));
        });
        b.if_(rferr, [&](Body& t) { t.nb(status[1], lit(1, 1)); });
        b.if_(rvalid, [&](Body& v) {
          v.case_(pst,
                  {{{(*ps)("PCmd")},
                    [&](Body& c) {
                      c.nb(pcmd, rsh.slice(2, 0));
                      c.nb(pn, nargs);
                      c.if_(rsh == lit(8, 0), [&](Body& t) { t.nb(ping, lit(1, 1)); },
                            [&](Body& e) {
                              e.if_(nargs == zeros(3), [&](Body& t) { t.nb(status[2], lit(1, 1)); });
                            });
                    }},
                   {{(*ps)("PArgs")},
                    [&](Body& c) {
                      c.nb(parg, anext.slice(31, 8));
                      c.nb(pn, pn - lit(3, 1));
                      c.if_(pn == lit(3, 1), [&](Body& t) {
                        t.case_(pcmd,
                                {{{lit(3, 1)},
                                  [&](Body& x) {
                                    x.nb(t_we, lit(1, 1));
                                    x.nb(t_addr, anext.slice(12, 8));
                                    x.nb(t_data, anext.slice(31, 16));
                                  }},
                                 {{lit(3, 2)},
                                  [&](Body& x) {
                                    x.nb(e_we, lit(1, 1));
                                    x.nb(e_addr, anext.slice(9, 8));
                                    x.nb(e_data, anext.slice(31, 16));
                                  }},
                                 {{lit(3, 3)},
                                  [&](Body& x) {
                                    x.nb(w_we, lit(1, 1));
                                    x.nb(w_addr, anext.slice(waw - 1, 0));
                                    x.nb(w_data, anext.slice(31, 16));
                                  }}},
                                [&](Body& x) {
                                  x.nb(pcnt, anext.slice(31, 16));
                                });
                      });
                    }}},
                  [&](Body& c) {  // PIn
                    c.if_(in_full && !in_ready, [&](Body& t) { t.nb(status[0], lit(1, 1)); },
                          [&](Body& e) {
                            e.nb(in_full, lit(1, 1));
                            e.nb(in_byte, rbyte_low);
                          });
                    c.nb(pcnt, pcnt - lit(16, 1));
                  });
        });
      });
  unused.push_back(anext.slice(7, 0));
  if (waw < 16) unused.push_back(anext.slice(15, waw));
  // A command with arguments waits for them; INPUT with a nonzero count then takes that many elements.
  ps->go("PCmd", "PArgs", rvalid && rsh != lit(8, 0) && nargs != zeros(3));
  ps->go("PArgs", "PIn", rvalid && pn == lit(3, 1) && (pcmd == zeros(3) || pcmd > lit(3, 3)) &&
                             anext.slice(31, 16) != zeros(16));
  ps->go("PArgs", "PCmd", rvalid && pn == lit(3, 1));
  ps->go("PIn", "PCmd", rvalid && pcnt == lit(16, 1));
  ps->emit(clk, rst_n, rst_style);
}

void FpgaRtl::tile_and_emulator() {
  m.comment("The tile and the emulator of its crossbar");
  out_valid = m.wire("tile_out_valid", 1);
  out_ready = m.wire("tile_out_ready", 1);
  out_data = m.wire("tile_out_data", yw);
  out_last = m.wire("tile_out_last", 1);
  wl = m.wire("wl_en", R);
  dac = m.wire("dac_row", R * PD);
  sh = m.wire("sh", 1);
  acol = m.wire("adc_col", NADC * gw);
  adac = m.wire("adc_dac", NADC * N);
  aen = m.wire("adc_cmp_en", NADC);
  acmp = m.wire("adc_cmp", NADC);
  Instance u_tile{"cim_fpga_tile", "u_tile", {},
                {{"clk_i", clk}, {"rst_ni", rst_n}, {"cfg_we_i", t_we}, {"cfg_addr_i", t_addr}, {"cfg_wdata_i", t_data},
                 {"in_valid_i", in_full}, {"in_ready_o", in_ready}, {"in_data_i", in_byte},
                 {"out_valid_o", out_valid}, {"out_ready_i", out_ready}, {"out_data_o", out_data},
                 {"out_last_o", out_last}, {"wl_en_o", wl}, {"dac_row_o", dac}, {"sh_o", sh}, {"adc_col_o", acol},
                 {"adc_dac_o", adac}, {"adc_cmp_en_o", aen}, {"adc_cmp_i", acmp}}};
  if (KMAX > 0) {
    // The emulator's gain shift is its own register (REG_K, written by EMU_CFG), as an analog macro's would be.
    const Expr k = m.wire("adc_k", bits_for(uint64_t(KMAX)), "the tile's gain shift (the emulator has REG_K)");
    u_tile.conns.push_back({"adc_k_o", k});
    unused.push_back(k);
  }
  m.instance(u_tile);
  m.instance({"cim_fpga_xbar_emu", "u_emu", {},
              {{"clk_i", clk}, {"rst_ni", rst_n}, {"cfg_we_i", e_we}, {"cfg_addr_i", e_addr}, {"cfg_wdata_i", e_data},
               {"w_we_i", w_we}, {"w_addr_i", w_addr}, {"w_data_i", w_data}, {"wl_en_i", wl}, {"dac_row_i", dac},
               {"adc_col_i", acol}, {"adc_dac_i", adac}, {"adc_cmp_en_i", aen}, {"adc_cmp_o", acmp}}});
  unused.push_back(sh);
  unused.push_back(out_last);
}

void FpgaRtl::transmit() {
  m.comment("Transmit buffer: a ping reply (magic, status) or one output neuron, lowest byte first");
  ob = m.reg("ob_q", obw);
  obn = m.reg("ob_n_q", 4, "bytes left in ob_q");
  txq = m.reg("tx_q", 1);
  tbusy = m.reg("tx_busy_q", 1);
  tcnt = m.reg("tx_cnt_q", cw);
  tbit = m.reg("tx_bit_q", 4);
  tsh = m.reg("tx_sh_q", 9);
  ob_empty = m.wire("ob_empty", 1);
  m.assign(ob_empty, obn == zeros(4));
  m.assign(ping_take, ob_empty && ping);
  m.assign(out_ready, ob_empty && !ping);
  yext = m.wire("tile_out_ext", obw, "the output neuron, sign-extended (Y_BYTES bytes are sent)");
  m.assign(yext, sext(out_data, yw, obw));
  ping_word = m.wire("ping_word", obw);
  m.assign(ping_word, zext(cat({zeros(5), status, lit(8, kPingMagic)}), 16, obw));
  ff(
      [&](Body& b) {
        b.nb(obn, zeros(4));
        b.nb(txq, lit(1, 1));
        b.nb(tbusy, lit(1, 0));
      },
      [&](Body& b) {
        b.if_(ping_take, [&](Body& t) {
          t.nb(ob, ping_word);
          t.nb(obn, lit(4, 2));
        }, [&](Body& e) {
          e.if_(out_valid && out_ready, [&](Body& t) {
            t.nb(ob, yext);
            t.nb(obn, lit(4, uint64_t(yb)));
          }, [&](Body& f) {
            f.if_(!ob_empty && !tbusy, [&](Body& t) {
              t.nb(txq, lit(1, 0));
              t.nb(tsh, cat({lit(1, 1), ob.slice(7, 0)}));
              t.nb(tcnt, cpb1);
              t.nb(tbit, zeros(4));
              t.nb(tbusy, lit(1, 1));
              t.nb(ob, cat({zeros(8), ob.slice(obw - 1, 8)}));
              t.nb(obn, obn - lit(4, 1));
            });
          });
        });
        b.if_(tbusy, [&](Body& t) {
          t.if_(tcnt == zeros(cw), [&](Body& u) {
            u.nb(tcnt, cpb1);
            u.if_(tbit == lit(4, 9), [&](Body& x) { x.nb(tbusy, lit(1, 0)); }, [&](Body& x) {
              x.nb(txq, tsh[0]);
              x.nb(tsh, cat({lit(1, 1), tsh.slice(8, 1)}));
              x.nb(tbit, tbit + lit(4, 1));
            });
          }, [&](Body& e) { e.nb(tcnt, tcnt - lit(cw, 1)); });
        });
      });
  m.assign(tx_o, txq);
  m.assign(err_o, reduce_or(status));
  m.assign(act_o, pst != (*ps)("PCmd"));
  {
    std::vector<Expr> parts{lit(1, 0)};
    parts.insert(parts.end(), unused.begin(), unused.end());
    const Expr u = m.wire("signals_unused", 1, "outputs and bits the core does not need");
    m.assign(u, reduce_and(cat(parts)));
  }
}

void FpgaRtl::properties() {
  // The UART and the command front end, with the tile and the emulator cut
  // out (their outputs unconstrained) and any behaviour of the receive line:
  // the transmitter sends every queued byte (ping reply or output neuron,
  // lowest byte first) as a frame of exactly 10 bit times with the right
  // bits, idles high, starts a queued byte at once and never overwrites an
  // unsent byte; the receiver and the parser stay in legal states; register
  // and weight write strobes are one-cycle pulses, none right after reset; an
  // input byte is lost only when the previous one still waits.
  {
    m.formal();
    const Expr pv = m.formal_reg("f_past_valid", 1, lit(1, 0));
    m.initial_assume(!rst_n);
    const Expr tb_q = m.formal_reg("f_tbusy_q", 1, lit(1, 0));
    const Expr tsub = m.formal_reg("f_tsub", cw, zeros(cw)), tidx = m.formal_reg("f_tidx", 4, zeros(4));
    const Expr tbyte = m.formal_reg("f_tbyte", 8, zeros(8));
    const Expr obq = m.formal_reg("f_obq", obw, zeros(obw)), obc = m.formal_reg("f_obn", 4, zeros(4));
    const Expr fs = m.wire("f_frame_start", 1, "the transmitter starts a frame");
    m.assign(fs, tbusy && !tb_q);
    const Expr load = m.wire("f_load", 1, "a ping reply or an output neuron enters the transmit buffer");
    m.assign(load, ping_take || (out_valid && out_ready));
    const Expr tsh_f = m.wire("f_tbyte_sh", 8, "the byte shifted down to data bit tidx - 1");
    m.assign(tsh_f, tbyte >> (tidx - lit(4, 1)));
    const Expr txbit = m.wire("f_tx_bit", 1, "the line a frame must show at its bit time tidx");
    m.assign(txbit, mux(tidx == zeros(4), lit(1, 0), mux(tidx >= lit(4, 9), lit(1, 1), tsh_f[0])));
    const Expr sh_left = m.wire("f_tx_sh", 9, "the transmit shift register at bit time tidx");
    m.assign(sh_left, (cat({lit(1, 1), tbyte}) >> tidx) | (lit(9, 0x1ff) << (lit(4, 9) - tidx)));
    m.always_at(clk, [&](Body& b) {
      b.nb(pv, lit(1, 1));
      b.nb(tb_q, tbusy);
      b.if_(!rst_n,
            [&](Body& r) {
              r.nb(obc, zeros(4));
              r.nb(tb_q, lit(1, 0));
            },
            [&](Body& r) {
              r.nb(tsub, mux(tbusy && !fs && tsub != cpb1, tsub + lit(cw, 1), mux(tbusy && !fs, zeros(cw), lit(cw, 1))));
              r.nb(tidx, mux(fs, zeros(4), mux(tsub == cpb1, tidx + lit(4, 1), tidx)));
              r.if_(fs, [&](Body& t) {
                t.nb(tbyte, obq.slice(7, 0));
                t.nb(obq, cat({zeros(8), obq.slice(obw - 1, 8)}));
                t.nb(obc, obc - lit(4, 1));
              });
              r.if_(ping_take, [&](Body& t) {
                t.nb(obq, ping_word);
                t.nb(obc, lit(4, 2));
              }, [&](Body& e) {
                e.if_(out_valid && out_ready, [&](Body& t) {
                  t.nb(obq, yext);
                  t.nb(obc, lit(4, uint64_t(yb)));
                });
              });
            });
      b.if_(pv && past(!rst_n), [&](Body& r) {
        r.comment("reset: no register or weight write follows it");
        r.assert_(!t_we && !e_we && !w_we);
      });
      b.if_(pv && rst_n && past(rst_n), [&](Body& v) {
        v.comment("transmitter: idles high; a frame is 10 bit times of start, the byte LSB first, stop");
        v.assert_(tbusy || tx_o);
        v.if_(tbusy && !fs, [&](Body& t) {
          t.assert_(tidx <= lit(4, 9));
          t.assert_(tx_o == txbit);
          t.assert_(tcnt == cpb1 - tsub);
          t.assert_(tbit == tidx);
          t.assert_(tsh == sh_left);
        });
        v.if_(fs, [&](Body& t) {
          t.assert_(!tx_o);
          t.assert_(obc != zeros(4));
          t.assert_(tcnt == cpb1 && tbit == zeros(4));
          t.assert_(tsh == cat({lit(1, 1), obq.slice(7, 0)}));
        });
        v.if_(!tbusy && tb_q, [&](Body& t) { t.assert_(past(tidx == lit(4, 9) && tsub == cpb1)); });
        v.comment("the transmit buffer holds the queued bytes; never overwritten; a queued byte starts at once");
        v.assert_(obn == mux(fs, obc - lit(4, 1), obc));
        v.if_(!ob_empty, [&](Body& t) { t.assert_(ob == mux(fs, cat({zeros(8), obq.slice(obw - 1, 8)}), obq)); });
        v.if_(load, [&](Body& t) { t.assert_(obc == zeros(4) || (obc == lit(4, 1) && fs)); });
        v.if_(past(!tbusy && obc != zeros(4) && !fs), [&](Body& t) { t.assert_(tbusy); });
        v.assert_(obc <= lit(4, uint64_t(std::max(2, yb))));
        v.comment("receiver and parser: legal states");
        v.if_(rx_st != (*rx)("RxIdle"), [&](Body& t) { t.assert_(rcnt <= cpb1); });
        v.assert_(!(rvalid && rferr));
        v.assert_(pst != lit(2, 3));
        v.if_(ps->is("PArgs"), [&](Body& t) { t.assert_(pn <= lit(3, 4) && pn != zeros(3)); });
        v.if_(ps->is("PIn"), [&](Body& t) { t.assert_(pcnt != zeros(16)); });
        v.comment("a command writes its register or weight word once: the strobes are one-cycle pulses");
        v.if_(past(t_we), [&](Body& t) { t.assert_(!t_we); });
        v.if_(past(e_we), [&](Body& t) { t.assert_(!e_we); });
        v.if_(past(w_we), [&](Body& t) { t.assert_(!w_we); });
        v.comment("an input byte is lost (status bit 0) only when it arrives while the previous one still waits");
        v.if_(status[0] && !past(status[0]), [&](Body& t) { t.assert_(past(in_full)); });
        v.cover(fs);
        v.cover(rx_st == (*rx)("RxData"));
        v.cover(tbusy && tidx == lit(4, 2));
      });
    });
    m.end_formal();
  }
}

std::vector<Module> CimFpga::emit(const Params& p) const { return FpgaRtl(p).build(); }

// The host's UART in Verilog, the responder of cim_fpga's testbench: it plays the host table as 8N1 frames
// of cpb clocks a bit and checks each byte the board sends against the reply table.
std::string host_responder(int64_t cpb) {
  return fmt::format(R"v(  // The host's UART: host_mem's operations from host_base, 24 bits each: [23:22] 0 = send byte [7:0]
  // (when [8], with a 0 stop bit and a frame of idle line after), 1 = wait until the board has sent [21:0]
  // bytes this segment, 2 = after two bit times of quiet line, err_o must be [0] and act_o [1].
  localparam integer CPB = {0};  // clocks per bit
  reg host_line = 1'b1;
  reg host_done = 1'b0;
  assign uart_rx_i = host_line;
  always @(posedge running) begin : host
    integer i, n, b, skew_bit, skew;
    reg [23:0] op;
    reg [9:0] frame;
    for (i = host_base; i < host_seg[seg + 1]; i = i + 1) begin
      op = host_mem[i];
      if (op[23:22] == 2'd0) begin
        while ({{$random(seed)}} % 100 < gap) begin  // a gap of a bit time, now and then with a glitch
          host_line = {{$random(seed)}} % 2;
          @(negedge clk_i);
          host_line = 1'b1;
          repeat (CPB - 1) @(negedge clk_i);
        end
        frame = {{!op[8], op[7:0], 1'b0}};
        // A host clock a little off: one bit of a good frame longer or shorter by up to (CPB-1)/2 cycles.
        skew_bit = !op[8] && {{$random(seed)}} % 2 ? {{$random(seed)}} % 10 : -1;
        skew = (1 + {{$random(seed)}} % ((CPB - 1) / 2)) * ({{$random(seed)}} % 2 ? 1 : -1);
        for (b = 0; b < 10; b = b + 1) begin
          host_line = frame[b];
          for (n = 0; n < CPB + (b == skew_bit ? skew : 0); n = n + 1) @(negedge clk_i);
        end
        host_line = 1'b1;
        if (op[8]) repeat (10 * CPB) @(negedge clk_i);
      end else if (op[23:22] == 2'd1) begin
        while (rx_n < op[21:0]) @(negedge clk_i);
      end else begin
        repeat (2 * CPB) @(negedge clk_i);
        if (err_o !== op[0] || act_o !== op[1]) begin
          errors = errors + 1;
          $display("FAIL segment %0d: err_o %b and act_o %b, want %b and %b (host operation %0d)", seg, err_o,
                   act_o, op[0], op[1], i - host_base);
        end
        checked = checked + 1;
      end
    end
    host_done = 1'b1;
  end
  always @(negedge running) begin
    disable host;
    host_line = 1'b1;
    host_done = 1'b0;
  end

  // The host's receiver: a start bit's edge, then a sample in the middle of each bit; each byte is checked
  // against reply_mem in order.
  integer rx_n = 0, rx_phase = -1, rx_count = 0;
  reg [7:0] rx_byte = 8'd0;
  always @(negedge clk_i) begin
    if (!running) begin
      rx_n = 0;
      rx_phase = -1;
    end else if (rx_phase < 0) begin
      if (!uart_tx_o) begin
        rx_phase = 0;
        rx_count = CPB / 2;
      end
    end else begin
      rx_count = rx_count - 1;
      if (rx_count == 0) begin
        rx_count = CPB;
        if (rx_phase == 0) begin
          rx_phase = uart_tx_o ? -1 : 1;  // a glitch, or the start bit
        end else if (rx_phase <= 8) begin
          rx_byte[rx_phase - 1] = uart_tx_o;
          rx_phase = rx_phase + 1;
        end else begin
          if (!uart_tx_o) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %0d has a bad stop bit", seg, rx_n);
          end
          if (reply_base + rx_n >= reply_seg[seg + 1]) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %h beyond the model's %0d", seg, rx_byte,
                     reply_seg[seg + 1] - reply_base);
          end else if (rx_byte !== reply_mem[reply_base + rx_n]) begin
            errors = errors + 1;
            $display("FAIL segment %0d: board byte %0d = %h, model %h", seg, rx_n, rx_byte,
                     reply_mem[reply_base + rx_n]);
          end else if (verbose) $display("segment %0d: board byte %0d = %h as the model", seg, rx_n, rx_byte);
          checked = checked + 1;
          rx_n = rx_n + 1;
          rx_phase = -1;
        end
      end
    end
  end
)v",
                     cpb);
}

// cim_fpga's Verilog testbench (see CimFpga::testbench): the host's sessions as the host table's
// operations (24 bits: [23:22] 0 = send byte [7:0], with a 0 stop bit and a frame of idle line after when
// [8]; 1 = wait until the board has sent [21:0] bytes this segment; 2 = after two bit times of quiet line,
// err_o must be [0] and act_o [1]) and the bytes the model says the board sends, both cut into segments.
class FpgaBench {
 public:
  FpgaBench(const Block& block, const Params& p, uint64_t seed)
      : d_(block.derive(p)),
        map_(cim_fpga_proto::Map::from([&](const std::string& name) { return value(p, name); })),
        R(p.get("R")), PD(p.get("PD")), PR(p.get("PR")), PI(p.get("PI")), PW(p.get("PW")), N(p.get("N")),
        KMAX(p.get("KMAX")), TBL(p.get("TRQ_TABLE")),
        trq_on(p.get("TRQ") == 1),
        enc(spec::weight_encoding(p)),
        sets(int(value(p, "TILE_SETS"))),
        cpb(clocks_per_bit(p)),
        rng_(seed) {
    b_.seed = seed;
    b_.doc = "Host sessions over the UART: pings, layers (registers, weights) and vectors, host errors.";
    b_.tables = {{"host", 24, false, {}, {}, false}, {"reply", 8, false, {}, {}, true}};
    b_.responder_ports = {"uart_rx_i"};
    b_.quiet_in_reset = {"err_o", "act_o"};
  }

  vtb::Bench build() {
    ping(0);  // segment 0: a first layer
    new_layer();
    vectors(uni(1, 3));
    end_segment(false);
    settings();  // new settings on the same weights
    registers();
    vectors(uni(1, 3));
    end_segment(true);
    errors();
    reset_values_layer();
    vectors(uni(1, 2));
    end_segment(false);
    new_layer();
    vectors(uni(1, 3));
    errors();
    end_segment(true);
    settings();
    registers();
    vectors(uni(1, 3));
    ping(0);
    end_segment(true);
    // A byte is 10 bit times, a gap as long as a byte (at most 85% of bytes), a vector's conversion far less.
    b_.max_cycles = long(longest_) * 10 * cpb * 8 + 200000;
    b_.responder_work = "(host_seg[seg + 1] - host_seg[seg]) * 5 * CPB";
    b_.responder_done = "host_done && rx_n == reply_seg[seg + 1] - reply_base && rx_phase < 0";
    b_.responder = host_responder(cpb);
    return std::move(b_);
  }

 private:
  struct Layer {
    int pi = 0, pw = 0, k = 0, rows = 0, neurons = 0;
    bool in_signed = false;
    cim::TrqSetting trq;
    std::vector<cim::TrqSetting> table;
    std::optional<cim::Crossbar> xb;
  };

  // A derived value (cim_fpga.h's name without CIM_FPGA_) or a parameter.
  int64_t value(const Params& p, const std::string& name) const {
    for (const auto& x : d_)
      if (x.name == name) return x.value;
    return p.get(name);
  }
  int uni(int64_t lo, int64_t hi) { return int(std::uniform_int_distribution<int64_t>(lo, hi)(rng_)); }
  bool chance(double q) { return std::uniform_real_distribution<double>()(rng_) < q; }
  int max_neurons(int pw) const { return map_.cols / (cim::num_weight_cols(pw, PR, enc) * sets); }

  std::vector<vtb::Value>& ops() { return b_.tables[0].rows; }
  std::vector<vtb::Value>& reply() { return b_.tables[1].rows; }
  void send(const cim_fpga_proto::Bytes& bytes) {
    for (const uint8_t x : bytes) ops().push_back({x});
  }
  void send_bad_stop(uint8_t x) { ops().push_back({uint64_t(0x100) | x}); }
  void expect(const cim_fpga_proto::Bytes& bytes) {
    for (const uint8_t x : bytes) reply().push_back({x});
  }
  // Wait until the board has sent the segment's replies up to reply_end (all expected so far by default).
  void wait(size_t reply_end) { ops().push_back({(uint64_t(1) << 22) | uint64_t(reply_end - seg_reply_)}); }
  void wait_all() { wait(reply().size()); }
  void pins(bool err, bool act) { ops().push_back({(uint64_t(2) << 22) | uint64_t(err) | uint64_t(act) << 1}); }
  void end_segment(bool reset_in_flight) {
    b_.end_segment(reset_in_flight);
    longest_ = std::max(longest_, ops().size() - seg_ops_ + reply().size() - seg_reply_);
    seg_ops_ = ops().size();
    seg_reply_ = reply().size();
  }

  cim::TrqSetting pick_trq() {
    cim::TrqSetting e;
    e.trq = true;
    e.order = chance(0.5) ? cim::SearchOrder::MsbFirst : cim::SearchOrder::Threshold;
    e.bexp = uni(1, N - 1);
    e.s1 = uni(0, e.bexp - 1);
    e.s2 = uni(e.s1, e.order == cim::SearchOrder::MsbFirst ? e.bexp : N - 1);
    return e;
  }
  // New ADC settings: k, now and then a TRQ setting, and with it now and then a table.
  void settings() {
    L_.k = uni(0, KMAX);
    L_.trq = cim::TrqSetting{};
    L_.table.clear();
    if (!trq_on || !chance(0.6)) return;
    L_.trq = pick_trq();
    if (TBL > 0 && chance(0.5))
      for (int i = 0; i < TBL; ++i) {
        L_.table.push_back(pick_trq());
        L_.table.back().trq = chance(0.8);
      }
  }
  void registers() {
    send(cim_fpga_proto::layer_registers(map_, L_.pi, L_.in_signed, L_.pw, L_.k, L_.trq, L_.table, L_.rows,
                                         L_.neurons));
  }
  // Random weights for the layer's precision, rows and neurons; the whole crossbar is sent.
  void load() {
    cim::Layer lay;
    lay.PI = L_.pi;
    lay.in_signed = L_.in_signed;
    lay.PD = PD;
    lay.PW = L_.pw;
    lay.PR = PR;
    lay.enc = enc;
    std::vector<std::vector<int64_t>> W(size_t(L_.rows), std::vector<int64_t>(size_t(L_.neurons)));
    for (auto& row : W)
      for (auto& w : row) w = uni(cim::w_min(L_.pw, enc), cim::w_max(L_.pw, enc));
    L_.xb.emplace(lay, W, cim::NonIdeal{});
    send(cim_fpga_proto::weights(map_, *L_.xb));
  }
  void new_layer() {
    L_.pi = uni(1, PI);
    L_.in_signed = chance(0.5);
    L_.pw = uni(enc == cim::WEnc::Differential ? 2 : 1, PW);
    L_.rows = chance(0.5) ? R : uni(1, R);
    L_.neurons = chance(0.5) ? max_neurons(L_.pw) : uni(1, max_neurons(L_.pw));
    settings();
    registers();
    load();
  }
  // cim_tile's registers after reset: PI, unsigned, PW, k = 0, uniform, every row and neuron. Weights only.
  void reset_values_layer() {
    L_ = Layer{};
    L_.pi = PI;
    L_.pw = PW;
    L_.rows = R;
    L_.neurons = max_neurons(PW);
    load();
  }
  void ping(int status) {
    send(cim_fpga_proto::ping(map_));
    expect({uint8_t(kPingMagic), uint8_t(status)});
    wait_all();
  }
  // n vectors, at most two outstanding: the host waits for the oldest's outputs before a third.
  void vectors(int n) {
    cim::AdcConfig adc;
    adc.N = N;
    adc.k = L_.k;
    adc.setting = trq_on ? cim::hw_setting(N, L_.trq) : cim::TrqSetting{};
    for (const auto& e : L_.table) adc.table.push_back(cim::hw_setting(N, e));
    std::deque<size_t> outstanding;
    for (int v = 0; v < n; ++v) {
      if (outstanding.size() == 2) {
        wait(outstanding.front());
        outstanding.pop_front();
      }
      std::vector<int64_t> x(size_t(L_.rows));
      for (auto& e : x) e = uni(cim::x_min(L_.pi, L_.in_signed), cim::x_max(L_.pi, L_.in_signed));
      send(cim_fpga_proto::input(map_, x, L_.pi));
      expect(cim_fpga_proto::outputs(map_, cim::run_layer(*L_.xb, x, adc, 0).y));
      outstanding.push_back(reply().size());
    }
    wait_all();
  }
  // Host errors: an unknown command and a byte with a bad stop bit set status bits 2 and 1; err_o shows
  // them until a ping reports and clears them; act_o is high while a command's arguments are awaited.
  void errors() {
    pins(false, false);
    int want = 0;
    if (chance(0.7)) {
      send({uint8_t(uni(map_.cmd_input + 1, 255))});
      want |= 4;
    }
    if (chance(0.7)) {
      send_bad_stop(uint8_t(uni(0, 255)));
      want |= 2;
    }
    const auto cfg = cim_fpga_proto::tile_cfg(map_, 31, uint32_t(uni(0, 0xFFFF)));  // an unused register
    send({cfg[0]});
    pins(want != 0, true);
    send(cim_fpga_proto::Bytes(cfg.begin() + 1, cfg.end()));
    pins(want != 0, false);
    ping(want);
    pins(false, false);
  }

  const std::vector<Derived> d_;
  const cim_fpga_proto::Map map_;
  const int R, PD, PR, PI, PW, N, KMAX, TBL;
  const bool trq_on;
  const cim::WEnc enc;
  const int sets;
  const int64_t cpb;
  std::mt19937_64 rng_;
  vtb::Bench b_;
  Layer L_;
  size_t seg_ops_ = 0, seg_reply_ = 0, longest_ = 0;
};

// Host sessions over the UART, one per segment, each from reset: pings and their status; layers of random
// precision, signedness, k, TRQ setting or table, rows and neurons (registers, then the whole crossbar's
// weights: the emulator's memory has no reset, so every word a sum may read is written) with vectors, at
// most two outstanding; a layer on the registers' reset values (weights only); new settings on the weights
// of the segment before (they survive the reset); host errors (an unknown command, a bad stop bit) with
// err_o, act_o and the status a ping reports and clears. The emulator's noise stays off (its outputs are
// the ideal model's). The responder is the host: it sends the host table as 8N1 frames with random gaps,
// one-cycle glitches on the idle line and bits up to (CPB-1)/2 cycles long or short, and checks every byte
// the board sends against the reply table.
std::optional<vtb::Bench> CimFpga::testbench(const Params& p, uint64_t seed) const {
  return FpgaBench(*this, p, seed).build();
}

}  // namespace

const Block& cim_fpga_block() {
  static const CimFpga b;
  return b;
}

}  // namespace cimgen
