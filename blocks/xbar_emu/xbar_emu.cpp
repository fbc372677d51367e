// xbar_emu: a digital stand-in for the analog crossbar macro of cim_tile, so
// that a generated tile runs on an FPGA (issue 6). It implements the tile's
// analog interface: it takes the row drive (word lines and PD-bit DAC codes)
// and answers every ADC comparison from the integer bit-line sum of the
// selected column:
//   cmp = sum + noise >= dac << k,   sum = sum_r wl[r] * dac[r] * cell[r][col]
// which is the model's ideal path (Crossbar::v with ideal cells, v >= dac)
// when the noise is off.
//
// Weights are cell levels (0 .. 2^PR-1) in inferred block RAM, one memory per
// ADC lane and chunk of rows, written through a load port. When the row drive
// rises (a slice starts), every lane computes the sums of its columns, one
// column per cycle in the order the tile converts them (an adder tree over
// the rows of the column read from block RAM, registered halfway), into a
// window of the next four sums; a sum leaves the window when the ADC's column
// select moves past it during a comparison (adc_cmp_en_i). A column's sum
// takes three register stages (block RAM read, half the adder tree, window),
// so the first sum is ready three cycles after the drive rises and the tile
// needs SETTLE >= 2; afterwards the sums stay ahead of the conversions, which
// take at least one cycle per column. The register in the adder tree takes
// the 64-row column sum off the critical path of the 64x64 FPGA core.
//
// The optional noise adds a value from a per-lane 16-bit Galois LFSR
// (x^16 + x^14 + x^13 + x^11 + 1, advanced every cycle) to the sum of every
// comparison: the LFSR's low 8 bits of the previous cycle as a two's
// complement number, shifted right arithmetically by 8 - m (m = the noise
// register, 0 = off), i.e. a value in -2^(m-1) .. 2^(m-1)-1 bit-line LSBs.
#include "block.hpp"

#include <fmt/format.h>

#include "cim.hpp"
#include "crossbar.hpp"

#include <algorithm>
#include <optional>
#include <random>

namespace cimgen {
namespace {

using namespace vlog;

constexpr int kWordBits = 16;      // load port data width
constexpr int kNoiseBits = 8;      // largest noise register value
constexpr uint64_t kLfsrPoly = 0xB400;
constexpr int kWindow = 4;         // column sums held ahead of the conversions, per lane
// The first comparison may come at SETTLE + 1 cycles after the drive rises
// (cim_tile's SETTLE and SAMPLE states); the first sum is compared from three.
constexpr int kMinSettle = 2;

struct Shape {
  int R, COLS, PD, PR, N, NADC, KMAX;
  int G, gw, sw, rpc, chunks, chw, lw, aw, kw, vw, cmpw;
  int64_t summax;
};

Shape shape_of(const Params& p) {
  Shape s;
  s.R = p.get("R");
  s.COLS = p.get("COLS");
  s.PD = p.get("PD");
  s.PR = p.get("PR");
  s.N = p.get("N");
  s.NADC = p.get("NADC");
  s.KMAX = p.get("KMAX");
  s.G = s.COLS / s.NADC;
  s.gw = bits_for(uint64_t(s.G - 1));
  s.summax = int64_t(s.R) * ((int64_t(1) << s.PD) - 1) * ((int64_t(1) << s.PR) - 1);
  s.sw = bits_for(uint64_t(s.summax));
  s.rpc = kWordBits / s.PR;
  s.chunks = (s.R + s.rpc - 1) / s.rpc;
  s.chw = bits_for(uint64_t(s.chunks - 1));
  s.lw = bits_for(uint64_t(s.NADC - 1));
  s.aw = s.lw + s.gw + s.chw;
  s.kw = bits_for(uint64_t(s.KMAX));
  // sum + noise in two's complement, and the comparison's width.
  s.vw = std::max(s.sw + 2, kNoiseBits + 1);
  s.cmpw = std::max(s.vw - 1, s.N + s.KMAX);
  return s;
}

// The lane seed: (seed ^ c_a) | 1, so no lane's LFSR starts at zero.
uint64_t lane_constant(int a) { return (uint64_t(a + 1) * 0x9E37) & 0xFFFF; }

// The w bits from bit lo of a vector of n elements of w bits: v[lo +: w] (the whole vector when n = 1).
Expr field(const Expr& v, int n, int w, const Expr& lo) {
  if (n == 1) return v;
  return w == 1 ? v[lo] : v.part(lo, w);
}

Expr field(const Expr& v, int n, int w, int lo) {
  if (n == 1) return v;
  return w == 1 ? v[lo] : v.slice(lo + w - 1, lo);
}

// Element i of such a vector, i a genvar: v[i*w +: w].
Expr element_at(const Expr& v, int n, int w, const Expr& i) { return field(v, n, w, w == 1 ? i : num(w) * i); }

class XbarEmu final : public Block {
 public:
  std::string name() const override { return "xbar_emu"; }
  std::string description() const override {
    return "crossbar emulator for FPGA prototypes: weights in block RAM, integer bit-line sums, comparator "
           "answers (optional LFSR noise)";
  }
  std::vector<ParamSpec> params() const override {
    return {
        spec::R(64, "crossbar rows", 1024),
        spec::COLS(64, "physical crossbar columns"),
        spec::PD(1, "DAC bits per row"),
        spec::PR(1, "bits stored per cell"),
        spec::N(8, "ADC resolution (DAC code width)", 2),
        spec::NADC(2, "ADCs; ADC a converts columns a*G .. a*G+G-1, G = COLS/NADC"),
        spec::KMAX(0, "largest run-time ADC gain shift k"),
        spec::RST(),
    };
  }
  std::vector<Rule> rules() const override {
    return {{"NADC divides COLS", {"NADC", "COLS"}, [](const Params& p) { return p.get("COLS") % p.get("NADC") == 0; }}};
  }
  std::vector<Derived> values(const Params& p) const override {
    const Shape s = shape_of(p);
    return {
        {"G", s.G, "columns per ADC"},
        {"COLSEL_W", s.gw, "per-ADC column select width (as cim_tile's)"},
        {"SUM_W", s.sw, "bit-line sum width"},
        {"MIN_SETTLE", kMinSettle, "the tile's SETTLE must be at least this"},
        {"W_ADDR_W", s.aw, "weight load address width"},
        {"W_CHUNK_ROWS", s.rpc, "rows per load word: row chunk*W_CHUNK_ROWS + i in bits [i*PR +: PR]"},
        {"W_CHUNKS", s.chunks, "load words per column"},
        {"W_G_LSB", s.chw, "address field g (column within its ADC's group); chunk in the bits below"},
        {"W_LANE_LSB", s.chw + s.gw, "address field a (the column's ADC, column / G)"},
        {"CFG_ADDR_W", 2, "configuration register address width"},
        {"REG_K", 0, "register: [3:0] k (clamped to KMAX)"},
        {"REG_NOISE", 1, "register: [3:0] noise bits m (0 off, clamped to 8)"},
        {"REG_SEED", 2, "register: [15:0] LFSR seed (a write reloads every lane)"},
        {"NOISE_MAX", kNoiseBits, "largest noise register value"},
        {"LFSR_POLY", int64_t(kLfsrPoly), "Galois LFSR feedback mask"},
        {"LANE_SEED_MUL", 0x9E37, "lane a starts at (seed ^ ((a+1)*LANE_SEED_MUL mod 2^16)) | 1"},
        {"FORMAL_DEPTH", 4, "proof depth: BMC and k-induction (the window invariants are inductive)"},
        {"FORMAL_COVER_DEPTH", s.G + 7, "cover depth: a slice's column reads plus reset and the first comparisons"},
    };
  }
  std::vector<Campaign> campaigns() const override {
    return {
        {"e5x3_pr3_g3", 1, 30, 120},
        {"formal_r3_c4_nadc2", 1, 30, 20},
    };
  }

  std::vector<Config> sweep() const override {
    return {
        {"ref_64x64", {"R=64", "COLS=64", "N=8", "NADC=2"}, true, false},
        {"e12x6_pd2_pr2_k3", {"R=12", "COLS=6", "PD=2", "PR=2", "N=7", "NADC=3", "KMAX=3", "RST=sync"}, false, false},
        {"e5x3_pr3_g3", {"R=5", "COLS=3", "PR=3", "N=4", "NADC=1"}, false, true},
        {"e40x4_pd4_g1", {"R=40", "COLS=4", "PD=4", "N=8", "NADC=4", "KMAX=2"}, false, false},
        {"e1x1_pd4_pr4", {"R=1", "COLS=1", "PD=4", "PR=4", "N=2", "NADC=1"}, false, true},
        {"formal_e6x6_g6", {"R=6", "COLS=6", "PD=2", "N=4", "NADC=1", "KMAX=1"}, false, true},
        {"formal_r3_c4_nadc2", {"R=3", "COLS=4", "N=3", "NADC=2", "KMAX=1", "RST=sync"}, false, true},
    };
  }
  std::vector<Module> emit(const Params& p) const override;
  std::optional<vtb::Bench> testbench(const Params& p, uint64_t seed) const override;
};

// One lane's signals, for the properties.
struct Lane {
  Expr cc, run, vld, wc, sv, sum, hc, wn, col, en, cmp, dac, stall;
  std::vector<Expr> f, lhs, rd, mem;
};
struct Top {
  Expr clk, rst_n, wl_en, dac_row, w_we, drv, drv_q, drive, hdac_q, k_q, nz_q;
};
void emit_formal(Module& m, const Shape& s, const Top& t, const std::vector<Lane>& lanes);

// The emulator under construction. The shared units (configuration, row drive, load address) are one
// method each; the lanes, one per ADC, are one generate loop (g_lane, genvar a) whose body is four units:
// the block RAM reads, the adder tree, the window of sums and the comparator. They build the body once and
// leave its signals in the members below, which the properties reach through scoped().
class EmuRtl {
 public:
  explicit EmuRtl(const Params& p) : s(shape_of(p)), rst_style(spec::reset_style(p)) {}
  std::vector<Module> build();

 private:
  void ports();
  void config();
  void row_drive();
  void load_address();
  void lane_read();
  void lane_tree();
  void lane_window();
  void lane_compare();
  // Lane i's copy of a signal the lane loop declares.
  Expr in_lane(int i, const Expr& e) const { return scoped("g_lane", i, e, s.NADC); }

  const Shape s;
  const ResetStyle rst_style;
  Module m{"xbar_emu"};
  std::vector<Expr> unused, lane_unused;
  Expr clk, rst_n, cfg_we, cfg_addr, cfg_wdata, w_we, w_addr, w_data, wl_en, dac_row, adc_col, adc_dac, adc_en, adc_cmp;
  Expr k_q, nz_q, seed_we, drv, drv_q, start, gate, hdac_q, w_lane, w_g, w_ch, seeds;
  // The lane loop's body: its genvar, its index as a localparam, and its signals.
  Expr a, lane;
  Expr cc_q, run_q, vld_q, wc_q, raddr, stall, sv_q, sum, col, en, hc, wn, pop, push, wpos, dac, c;
  Expr rows;                          // the column's cells read from block RAM, row r in [r*PR +: PR]
  std::vector<Expr> rd, mem, f, lhs;  // the block RAM chunks' read registers and memories, as one lane names them
};

std::vector<Module> EmuRtl::build() {
  ports();
  config();
  row_drive();
  load_address();
  m.comment(fmt::format("Lanes: lane a (ADC a) converts columns a*{0} .. a*{0}+{1}", s.G, s.G - 1));
  {
    std::vector<Expr> c;
    for (int i = s.NADC - 1; i >= 0; --i) c.push_back(lit(16, lane_constant(i)));
    seeds = m.localparam_bits("LANE_C", 16 * s.NADC, cat(c), "lane a's LFSR constant in [16*a +: 16]");
  }
  a = m.generate_for("g_lane", "a", s.NADC);
  lane = m.localparam_bits("LANE", s.lw, a, "the lane's index, its ADC");
  col = element_at(adc_col, s.NADC, s.gw, a);
  en = element_at(adc_en, s.NADC, 1, a);
  lane_read();
  lane_tree();
  lane_window();
  lane_compare();
  m.assign(element_at(adc_cmp, s.NADC, 1, a), c);
  if (!lane_unused.empty()) {
    std::vector<Expr> parts{lit(1, 0)};
    parts.insert(parts.end(), lane_unused.begin(), lane_unused.end());
    const Expr u = m.wire("lane_unused", 1, "bits this configuration does not need");
    m.assign(u, reduce_and(cat(parts)));
  }
  m.end_generate();
  {
    std::vector<Expr> parts{lit(1, 0)};
    parts.insert(parts.end(), unused.begin(), unused.end());
    const Expr u = m.wire("inputs_unused", 1, "bits this configuration does not need");
    m.assign(u, reduce_and(cat(parts)));
  }
  // The properties see each lane's signals by their flattened names.
  std::vector<Lane> lanes;
  for (int i = 0; i < s.NADC; ++i) {
    Lane ln;
    const auto at = [&](const Expr& e) { return in_lane(i, e); };
    ln.cc = at(cc_q), ln.run = at(run_q), ln.vld = at(vld_q), ln.wc = at(wc_q), ln.sv = at(sv_q), ln.sum = at(sum);
    ln.hc = at(hc), ln.wn = at(wn), ln.cmp = at(c), ln.dac = at(dac), ln.stall = at(stall);
    ln.col = field(adc_col, s.NADC, s.gw, i * s.gw);
    ln.en = field(adc_en, s.NADC, 1, i);
    for (const Expr& e : f) ln.f.push_back(at(e));
    for (const Expr& e : lhs) ln.lhs.push_back(at(e));
    for (const Expr& e : rd) ln.rd.push_back(at(e));
    for (const Expr& e : mem) ln.mem.push_back(at(e));
    lanes.push_back(ln);
  }
  emit_formal(m, s, {clk, rst_n, wl_en, dac_row, w_we, drv, drv_q, gate, hdac_q, k_q, nz_q}, lanes);
  return {m};
}

void EmuRtl::ports() {
  clk = m.input("clk_i", 1, "clock");
  rst_n = m.input("rst_ni", 1, "reset, active low");
  cfg_we = m.input("cfg_we_i", 1, "write cfg_wdata_i to register cfg_addr_i (REG_K, REG_NOISE, REG_SEED)");
  cfg_addr = m.input("cfg_addr_i", 2);
  cfg_wdata = m.input("cfg_wdata_i", 16);
  w_we = m.input("w_we_i", 1, "weight load: write one word of cell levels");
  w_addr = m.input("w_addr_i", s.aw, "{a, g, chunk}: column a*G+g, rows chunk*W_CHUNK_ROWS ..");
  w_data = m.input("w_data_i", kWordBits, "W_CHUNK_ROWS cells, PR bits each, first row lowest");
  m.comment("Analog macro interface (cim_tile's, mirrored)");
  wl_en = m.input("wl_en_i", s.R, "word line enables");
  dac_row = m.input("dac_row_i", s.R * s.PD, "row DAC codes, PD bits per row");
  adc_col = m.input("adc_col_i", s.NADC * s.gw, "per ADC: column under conversion (within its group)");
  adc_dac = m.input("adc_dac_i", s.NADC * s.N, "per ADC: DAC code of this cycle's comparison");
  adc_en = m.input("adc_cmp_en_i", s.NADC, "per ADC: a comparison is made this cycle");
  adc_cmp = m.output("adc_cmp_o", s.NADC, "per ADC: comparator answer (sum + noise >= dac << k)");
}

void EmuRtl::config() {
  m.comment("Configuration: gain shift k, noise bits m, LFSR seed");
  k_q = m.reg("k_q", s.kw);
  nz_q = m.reg("nz_q", 4);
  const Expr cfg_low = m.wire("cfg_low", 4);
  m.assign(cfg_low, cfg_wdata.slice(3, 0));
  const Expr k_c = m.wire("k_c", 4, "k as written, clamped to KMAX");
  m.assign(k_c, clamp(cfg_low, 4, 0, s.KMAX));
  const Expr nz_c = m.wire("nz_c", 4, "m as written, clamped to 8");
  m.assign(nz_c, clamp(cfg_low, 4, 0, kNoiseBits));
  seed_we = m.wire("seed_we", 1, "a seed write reloads every LFSR");
  m.assign(seed_we, cfg_we && cfg_addr == lit(2, 2));
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(k_q, zeros(s.kw));
        b.nb(nz_q, zeros(4));
      },
      [&](Body& b) {
        b.if_(cfg_we && cfg_addr == lit(2, 0), [&](Body& t) {
          t.nb(k_q, s.kw == 4 ? k_c : k_c.slice(s.kw - 1, 0));
        });
        b.if_(cfg_we && cfg_addr == lit(2, 1), [&](Body& t) { t.nb(nz_q, nz_c); });
      });
  if (s.KMAX == 0) unused.push_back(k_q);
  if (s.kw < 4) unused.push_back(k_c.slice(3, s.kw));
}

void EmuRtl::row_drive() {
  m.comment("Row drive: held from the edge where it rises (a slice starts) until the next one");
  drv = m.wire("drv", 1, "the rows are driven");
  m.assign(drv, reduce_or(wl_en));
  drv_q = m.reg("drv_q", 1);
  start = m.wire("start", 1, "the drive rises: every lane computes its column sums anew");
  m.assign(start, drv && !drv_q);
  // The DAC code of each row gated by its word line, so the lanes multiply one value per row.
  gate = m.wire("drive", s.R * s.PD, "DAC codes of the driven rows (0 where the word line is off)");
  const auto row = [&](const Expr& r) {
    m.assign(element_at(gate, s.R, s.PD, r), mux(element_at(wl_en, s.R, 1, r), element_at(dac_row, s.R, s.PD, r), zeros(s.PD)));
  };
  if (s.R == 1) {
    row(num(0));
  } else {
    row(m.generate_for("g_drive", "r", s.R));
    m.end_generate();
  }
  hdac_q = m.reg("hdac_q", s.R * s.PD, "held drive");
  m.always_ff(clk, rst_n, rst_style, [&](Body& b) { b.nb(drv_q, lit(1, 0)); }, [&](Body& b) { b.nb(drv_q, drv); });
  m.always_ff_noreset(clk, [&](Body& b) { b.if_(drv, [&](Body& t) { t.nb(hdac_q, gate); }); });
}

void EmuRtl::load_address() {
  m.comment("Weight load address fields");
  w_lane = m.wire("w_lane", s.lw);
  w_g = m.wire("w_g", s.gw);
  w_ch = m.wire("w_ch", s.chw);
  m.assign(w_ch, w_addr.slice(s.chw - 1, 0));
  m.assign(w_g, w_addr.slice(s.chw + s.gw - 1, s.chw));
  m.assign(w_lane, w_addr.slice(s.aw - 1, s.chw + s.gw));
  if (s.G == 1) unused.push_back(w_g);
  if (s.chunks == 1) unused.push_back(w_ch);
  const int widest = std::min(s.R, s.rpc) * s.PR;
  if (widest < kWordBits) unused.push_back(w_data.slice(kWordBits - 1, widest));
}

void EmuRtl::lane_read() {
  cc_q = m.reg("cc_q", s.gw, "column read from block RAM this cycle");
  run_q = m.reg("run_q", 1, "more columns to read");
  vld_q = m.reg("vld_q", 1, "the block RAM output is column wc_q");
  wc_q = m.reg("wc_q", s.gw);
  raddr = m.wire("raddr", s.gw);
  stall = m.wire("stall", 1, "the sum window is full: hold the adder tree's register and the block RAM output");
  m.assign(raddr, mux(start, zeros(s.gw), mux(stall, wc_q, cc_q)));
  m.always_ff(
      clk, rst_n, rst_style,
      [&](Body& b) {
        b.nb(run_q, lit(1, 0));
        b.nb(vld_q, lit(1, 0));
      },
      [&](Body& b) {
        b.if_(start, [&](Body& t) {
          t.nb(run_q, lit(1, s.G > 1));
          t.nb(vld_q, lit(1, 1));
        }, [&](Body& e) {
          e.if_(!stall, [&](Body& f) {
            f.nb(vld_q, run_q);
            f.if_(run_q && cc_q == lit(s.gw, uint64_t(s.G - 1)), [&](Body& t) { t.nb(run_q, lit(1, 0)); });
          });
        });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(start, [&](Body& t) {
      t.nb(cc_q, s.G > 1 ? lit(s.gw, 1) : zeros(s.gw));
      t.nb(wc_q, zeros(s.gw));
    }, [&](Body& e) {
      e.if_(run_q && !stall, [&](Body& t) {
        t.nb(wc_q, cc_q);
        if (s.G > 1) t.nb(cc_q, cc_q + lit(s.gw, 1));
      });
    });
  });
  // Block RAM, one memory per chunk of W_CHUNK_ROWS rows (a load word): written by the load port, read at
  // raddr. The full chunks are a loop (g_w); a last chunk of fewer rows is its own (wt_).
  rd.clear(), mem.clear();
  const int full = s.R / s.rpc, tail = s.R % s.rpc, cw = s.rpc * s.PR;
  const auto chunk = [&](const std::string& pre, int w, const Expr& h, const std::string& doc) {
    const Expr mm = m.memory(pre + "mem", w, s.G, doc);
    const Expr rq = m.reg(pre + "q", w);
    Expr we = w_we && w_lane == lane;
    if (s.chunks > 1) we = we && w_ch == h;
    if ((uint64_t(1) << s.gw) != uint64_t(s.G)) we = we && w_g < lit(s.gw, uint64_t(s.G));
    const Expr wen = m.wire(pre + "we", 1);
    m.assign(wen, we);
    m.always_ff_noreset(clk, [&](Body& b) {
      b.if_(wen, [&](Body& t) { t.nb(word(mm, w_g, s.G), w_data.slice(w - 1, 0)); });
      b.nb(rq, word(mm, raddr, s.G));
    });
    return std::pair<Expr, Expr>{mm, rq};
  };
  Expr rdv;
  if (s.chunks == 1) {
    const auto [mm, rq] = chunk("w_", s.R * s.PR, Expr(), "the cells of every row, one word per column");
    rd.push_back(rq), mem.push_back(mm);
    rdv = rq;
  } else {
    rdv = m.wire("rd", s.R * s.PR, fmt::format("the column's cells from block RAM, row r in [r*{0} +: {0}]", s.PR));
    const Expr h = m.generate_for("g_w", "h", full);
    const Expr ch = m.localparam_bits("CHUNK", s.chw, h, "the chunk's index, address field chunk");
    const auto [mm, rq] = chunk("w_", cw, ch, fmt::format("the cells of rows h*{} .., one word per column", s.rpc));
    m.assign(rdv.part(num(cw) * h, cw), rq);
    m.end_generate();
    for (int i = 0; i < full; ++i) rd.push_back(scoped("g_w", i, rq)), mem.push_back(scoped("g_w", i, mm));
    if (tail) {
      const auto [tm, tq] = chunk("wt_", tail * s.PR, lit(s.chw, uint64_t(full)),
                                  fmt::format("the last chunk: the cells of rows {} ..", full * s.rpc));
      m.assign(rdv.slice(s.R * s.PR - 1, full * cw), tq);
      rd.push_back(tq), mem.push_back(tm);
    }
  }
  rows = rdv;
  if (s.G == 1) {
    lane_unused.push_back(raddr);
    lane_unused.push_back(cc_q);
    lane_unused.push_back(wc_q);
  }
}

void EmuRtl::lane_tree() {
  // Row products (held drive x cell level), then a balanced adder tree, level by level. Node i of level d
  // is the sum of rows i*2^d .. i*2^d + 2^d - 1, as wide as that sum can be; a level's last node may hold
  // fewer rows (R not a multiple of 2^d) and be narrower. Node i starts at bit i * (a full node's width).
  const int64_t pmax = ((int64_t(1) << s.PD) - 1) * ((int64_t(1) << s.PR) - 1);
  const auto width = [&](int rows) { return bits_for(uint64_t(rows) * uint64_t(pmax)); };
  struct Level {
    Expr v;
    int span, full, part, n, w, wp;  // rows of a full node, full nodes, rows of a partial last node (or 0),
                                     // nodes, a full node's width, the partial node's
    int rows(int i) const { return i < full ? span : part; }
    int bits() const { return full * w + wp; }
  };
  const auto shape = [&](int span) {
    Level l;
    l.span = span, l.full = s.R / span, l.part = s.R % span, l.n = l.full + (l.part > 0), l.w = width(span);
    l.wp = l.part ? width(l.part) : 0;
    return l;
  };
  const auto node = [&](const Level& l, int i) { return field(l.v, l.n, width(l.rows(i)), i * l.w); };
  const Expr rdv = rows;
  Level lv = shape(1);
  const auto at = [](const char* i, int w) { return w == 1 ? fmt::format("bit {}", i) : fmt::format("[{0}*{1} +: {1}]", i, w); };
  lv.v = m.wire("p", lv.bits(), "row products: row r's held drive times its cell level, in " + at("r", lv.w));
  const auto product = [&](const Expr& r) {
    const Expr dac = element_at(hdac_q, s.R, s.PD, r), cell = element_at(rdv, s.R, s.PR, r);
    const Expr lhs = element_at(lv.v, s.R, lv.w, r);
    if (s.PD == 1 && s.PR == 1)
      m.assign(lhs, dac & cell);
    else
      m.assign(lhs, zext(dac, s.PD, lv.w) * zext(cell, s.PR, lv.w));
  };
  if (s.R == 1) {
    product(num(0));
  } else {
    product(m.generate_for("g_prod", "r", s.R));
    m.end_generate();
  }
  // The tree is registered halfway (sp_q, the nodes of one level): the block RAM read and the first half
  // of the tree take one cycle, the second half and the window the next.
  int depth = 0;
  for (int k = s.R; k > 1; k = (k + 1) / 2) ++depth;
  const int cut = (depth + 1) / 2;
  sv_q = m.reg("sv_q", 1, "the partial sums are the next column's (hc_q + wn_q)");
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(sv_q, lit(1, 0)); },
      [&](Body& b) {
        b.if_(start, [&](Body& t) { t.nb(sv_q, lit(1, 0)); },
              [&](Body& e) { e.if_(!stall, [&](Body& t) { t.nb(sv_q, vld_q); }); });
      });
  for (int d = 0;; ++d) {
    if (d == cut) {
      const Expr q = m.reg("sp_q", lv.bits(), fmt::format("partial sums of the column: tree level {} registered", d));
      const Expr e = lv.v;
      m.always_ff_noreset(clk, [&](Body& b) { b.if_(!stall, [&](Body& t) { t.nb(q, e); }); });
      lv.v = q;
    }
    if (lv.n == 1) break;
    Level nx = shape(lv.span * 2);
    nx.v = m.wire(fmt::format("t{}", d + 1), nx.bits(),
                  nx.n == 1 ? fmt::format("adder tree level {}: the sum of every row", d + 1)
                            : fmt::format("adder tree level {}: node i, rows i*{} .., in {}", d + 1, nx.span, at("i", nx.w)));
    // Node j of the next level adds nodes 2j and 2j + 1 of this one; a last node of its own passes through.
    const auto pair = [&](int j, int nw) {
      Expr e = zext(node(lv, 2 * j), width(lv.rows(2 * j)), nw);
      if (2 * j + 1 < lv.n) e = e + zext(node(lv, 2 * j + 1), width(lv.rows(2 * j + 1)), nw);
      m.assign(node(nx, j), e);
    };
    if (nx.full > 1) {
      const Expr j = m.generate_for(fmt::format("g_t{}", d + 1), "j", nx.full);
      m.assign(element_at(nx.v, nx.n, nx.w, j), zext(field(lv.v, lv.n, lv.w, num(2 * lv.w) * j), lv.w, nx.w) +
                                                     zext(field(lv.v, lv.n, lv.w, num(2 * lv.w) * j + num(lv.w)), lv.w, nx.w));
      m.end_generate();
    } else if (nx.full == 1) {
      pair(0, nx.w);
    }
    if (nx.part) pair(nx.full, width(nx.part));
    lv = nx;
  }
  sum = m.wire("sum", s.sw, "bit-line sum of column hc_q + wn_q (valid with sv_q)");
  m.assign(sum, zext(lv.v, width(lv.rows(0)), s.sw));
}

void EmuRtl::lane_window() {
  // The window: the sums of columns hc_q, hc_q + 1, .. in conversion order.
  hc = m.reg("hc_q", s.gw, "column of the window's first sum");
  wn = m.reg("wn_q", 3, "sums in the window");
  f.clear();
  for (int i = 0; i < kWindow; ++i) f.push_back(m.reg(fmt::format("f{}_q", i), s.sw));
  pop = m.wire("pop", 1, "the ADC has moved on to the window's second column");
  if (s.G > 1)
    m.assign(pop, en && col == hc + lit(s.gw, 1));
  else
    m.assign(pop, lit(1, 0) && en && col == hc);  // one column: it never leaves
  const Expr space = m.wire("space", 1);
  m.assign(space, wn != lit(3, kWindow) || pop);
  m.assign(stall, sv_q && !space);
  push = m.wire("push", 1);
  m.assign(push, sv_q && space);
  wpos = m.wire("wpos", 3, "where the new sum goes");
  m.assign(wpos, mux(pop, wn - lit(3, 1), wn));
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(wn, zeros(3)); },
      [&](Body& b) {
        b.if_(start, [&](Body& t) { t.nb(wn, zeros(3)); }, [&](Body& e) {
          e.nb(wn, wn - zext(pop, 1, 3) + zext(push, 1, 3));
        });
      });
  m.always_ff_noreset(clk, [&](Body& b) {
    b.if_(start, [&](Body& t) { t.nb(hc, zeros(s.gw)); }, [&](Body& e) {
      e.if_(pop, [&](Body& t) { t.nb(hc, s.G > 1 ? hc + lit(s.gw, 1) : hc); });
      for (int i = 0; i < kWindow; ++i) {
        const Expr shifted = i + 1 < kWindow ? f[size_t(i + 1)] : f[size_t(i)];
        e.if_(push && wpos == lit(3, uint64_t(i)), [&](Body& t) { t.nb(f[size_t(i)], sum); },
              [&](Body& t) { t.if_(pop, [&](Body& u) { u.nb(f[size_t(i)], shifted); }); });
      }
    });
  });
}

void EmuRtl::lane_compare() {
  m.comment("Comparator: sum + noise >= dac << k (noise from the LFSR state of the previous cycle)");
  const Expr seed_c = m.localparam_bits("SEED_C", 16, element_at(seeds, s.NADC, 16, a),
                                        "the lane's constant c: seed s starts its LFSR at (s ^ c) | 1");
  const Expr lfsr = m.reg("lfsr_q", 16);
  const Expr nseed = m.wire("nseed", 16, "the new seed as written");
  m.assign(nseed, (cfg_wdata ^ seed_c) | lit(16, 1));
  m.always_ff(
      clk, rst_n, rst_style, [&](Body& b) { b.nb(lfsr, (lit(16, 1) ^ seed_c) | lit(16, 1)); },
      [&](Body& b) {
        b.if_(seed_we, [&](Body& t) { t.nb(lfsr, nseed); },
              [&](Body& e) {
                e.nb(lfsr, cat({lit(1, 0), lfsr.slice(15, 1)}) ^ mux(lfsr[0], lit(16, kLfsrPoly), zeros(16)));
              });
      });
  const Expr ns = m.wire("nz_s", kNoiseBits, "the LFSR's low byte, shifted down to m bits", true);
  m.assign(ns, ashr(as_signed(lfsr.slice(kNoiseBits - 1, 0)), lit(4, kNoiseBits) - nz_q));
  const Expr nz_d = m.wire("nz_d", kNoiseBits, "the next cycle's noise, two's complement (0 when m = 0)");
  m.assign(nz_d, mux(nz_q == zeros(4), zeros(kNoiseBits), ns));
  // sum + noise of the window's first two sums, registered from their next values (so the comparator
  // path starts at a register).
  lhs.clear();
  for (int i = 0; i < 2; ++i) {
    const Expr fd = m.wire(fmt::format("f{}_d", i), s.sw, "the next value of this window sum");
    m.assign(fd, mux(push && wpos == lit(3, uint64_t(i)), sum, mux(pop, f[size_t(i + 1)], f[size_t(i)])));
    lhs.push_back(m.reg(fmt::format("lhs{}_q", i), s.vw, "sum + noise, two's complement"));
    const Expr l = lhs.back();
    m.always_ff_noreset(clk, [&](Body& b) { b.nb(l, zext(fd, s.sw, s.vw) + sext(nz_d, kNoiseBits, s.vw)); });
  }
  dac = m.wire("dac", s.N);
  m.assign(dac, element_at(adc_dac, s.NADC, s.N, a));
  const Expr rhs = m.wire("rhs", s.cmpw, "dac << k");
  m.assign(rhs, s.KMAX == 0 ? zext(dac, s.N, s.cmpw) : (zext(dac, s.N, s.cmpw) << k_q));
  // Both window sums are compared; the column select only picks the answer.
  std::vector<Expr> ge;
  for (int i = 0; i < 2; ++i) {
    const Expr mag = m.wire(fmt::format("mag{}", i), s.vw - 1);
    m.assign(mag, lhs[size_t(i)].slice(s.vw - 2, 0));
    ge.push_back(m.wire(fmt::format("ge{}", i), 1));
    m.assign(ge.back(), !lhs[size_t(i)][s.vw - 1] && zext(mag, s.vw - 1, s.cmpw) >= rhs);
  }
  c = m.wire("cmp", 1);
  m.assign(c, mux(col == hc, ge[0], ge[1]));
}

std::vector<Module> XbarEmu::emit(const Params& p) const { return EmuRtl(p).build(); }

// Properties, under the tile's side of the interface (SETTLE >= 2): a slice
// holds its drive; no weight is written while the rows are driven; each ADC
// compares its columns in order from 0, no earlier than three cycles after
// the drive rose plus one cycle per column. Then every comparison finds its
// column's sum in the window, and with the noise off its answer is
// sum >= dac << k for the sum of the weights in block RAM (an independent
// sum over the rows); the window never overflows.
void emit_formal(Module& m, const Shape& s, const Top& t, const std::vector<Lane>& lanes) {
  m.formal();
  const Expr past_valid = m.formal_reg("f_past_valid", 1, lit(1, 0));
  m.initial_assume(!t.rst_n);
  const int first = kMinSettle + 1;  // the earliest comparison, in cycles after the drive rose
  const int agemax = s.G + first;      // past the last column's earliest comparison
  const int agew = bits_for(uint64_t(agemax));
  const int cw = std::max(s.gw, agew) + 3;  // columns, ages and window positions without overflow
  const Expr age = m.formal_reg("f_age", agew, zeros(agew));  // cycles since the drive rose (saturating)
  const Expr up = m.formal_reg("f_up", 1, lit(1, 0));         // the drive rose since reset and is still up
  const Expr start = t.drv && !t.drv_q;
  // The bit-line sum of column c from block RAM, written as a plain sum over the rows.
  auto ref_sum = [&](const Lane& ln, const Expr& c) {
    Expr acc;
    for (int r = 0; r < s.R; ++r) {
      const int h = r / s.rpc, o = r % s.rpc;
      const int rows = std::min(s.rpc, s.R - h * s.rpc);
      const Expr w = word(ln.mem[size_t(h)], c, s.G);
      const Expr cell = rows == 1 ? w : w.slice(o * s.PR + s.PR - 1, o * s.PR);
      const Expr dac = s.R * s.PD == s.PD ? t.hdac_q : t.hdac_q.slice(r * s.PD + s.PD - 1, r * s.PD);
      const Expr term = zext(dac, s.PD, s.sw) * zext(cell, s.PR, s.sw);
      acc = r == 0 ? term : acc + term;
    }
    return acc;
  };
  struct LaneF {
    Expr lc, any;
  };
  std::vector<LaneF> lf;
  for (size_t a = 0; a < lanes.size(); ++a)
    lf.push_back({m.formal_reg(fmt::format("f_l{}_lc", a), s.gw, zeros(s.gw)),
                  m.formal_reg(fmt::format("f_l{}_any", a), 1, lit(1, 0))});
  std::vector<Expr> sums;  // per lane: the sum of the compared column
  for (size_t a = 0; a < lanes.size(); ++a) {
    const Expr w = m.wire(fmt::format("f_l{}_sum", a), s.sw, "the compared column's sum, from block RAM");
    m.assign(w, ref_sum(lanes[a], lanes[a].col));
    sums.push_back(w);
  }
  const Expr G = lit(cw, uint64_t(s.G));
  m.always_at(t.clk, [&](Body& b) {
    b.nb(past_valid, lit(1, 1));
    b.comment("the tile's side: a slice holds its drive; no weight writes while the rows are driven");
    b.if_(past_valid && t.drv && past(t.drv), [&](Body& x) {
      x.assume(t.wl_en == past(t.wl_en));
      x.assume(t.dac_row == past(t.dac_row));
    });
    b.assume(!(t.w_we && t.drv));
    b.if_(!t.rst_n,
          [&](Body& r) {
            r.nb(up, lit(1, 0));
            r.nb(age, zeros(agew));
          },
          [&](Body& r) {
            r.nb(up, t.drv && (up || start));
            r.nb(age, mux(start, lit(agew, 1), mux(age == lit(agew, uint64_t(agemax)), age, age + lit(agew, 1))));
          });
    for (size_t a = 0; a < lanes.size(); ++a) {
      const Lane& ln = lanes[a];
      const Expr colw = zext(ln.col, s.gw, cw);
      b.comment(fmt::format("lane {}: columns in order from 0, column c no earlier than age c + {}", a, first));
      b.if_(ln.en, [&](Body& x) {
        x.assume(up && t.drv);
        x.assume(zext(age, agew, cw) >= colw + lit(cw, uint64_t(first)));
        x.assume(colw < G);
        x.assume(mux(lf[a].any, ln.col == lf[a].lc || colw == zext(lf[a].lc, s.gw, cw) + lit(cw, 1),
                     ln.col == zeros(s.gw)));
      });
      b.if_(!t.rst_n || start,
            [&](Body& r) {
              r.nb(lf[a].any, lit(1, 0));
              r.nb(lf[a].lc, zeros(s.gw));
            },
            [&](Body& r) {
              r.if_(ln.en, [&](Body& e) {
                e.nb(lf[a].any, lit(1, 1));
                e.nb(lf[a].lc, ln.col);
              });
            });
    }
    b.if_(past_valid && t.rst_n && past(t.rst_n), [&](Body& v) {
      v.assert_(age <= lit(agew, uint64_t(agemax)));
      for (size_t a = 0; a < lanes.size(); ++a) {
        const Lane& ln = lanes[a];
        const Expr hc = zext(ln.hc, s.gw, cw), wn = zext(ln.wn, 3, cw), sv = zext(ln.sv, 1, cw);
        const Expr agec = zext(age, agew, cw), full = ln.wn == lit(3, kWindow);
        v.comment(fmt::format("lane {}: the window never overflows", a));
        v.assert_(ln.wn <= lit(3, kWindow));
        v.if_(up && t.drv, [&](Body& u) {
          u.comment("the window holds the sums of columns hc_q .. hc_q + wn_q - 1, the adder tree's register column");
          u.comment("hc_q + wn_q (sv_q), the block RAM output column wc_q = hc_q + wn_q + sv_q");
          u.assert_(t.hdac_q == t.drive);
          u.assert_(hc + wn + sv <= G);
          u.comment("the window's first column is the ADC's last; the pipeline fills one sum a cycle from age 1, the");
          u.comment("window up to 4");
          u.assert_(ln.hc == mux(lf[a].any, lf[a].lc, zeros(s.gw)));
          u.if_(ln.vld && !ln.sv, [&](Body& x) {
            x.assert_(age == lit(agew, 1));
            x.assert_(ln.wn == zeros(3));
          });
          u.if_(ln.vld, [&](Body& x) { x.assert_(full || hc + wn + sv + lit(cw, 1) >= agec); });
          u.if_(ln.sv, [&](Body& x) {
            x.assert_(full || hc + wn + lit(cw, 2) >= agec);
            const Expr c = m.wire(fmt::format("f_l{}_sc", a), cw);
            m.assign(c, hc + wn);
            x.assert_(ln.sum == ref_sum(ln, c));
          });
          u.if_(ln.vld, [&](Body& x) {
            x.assert_(zext(ln.wc, s.gw, cw) == hc + wn + sv);
            for (size_t h = 0; h < ln.rd.size(); ++h) x.assert_(ln.rd[h] == word(ln.mem[h], ln.wc, s.G));
          }, [&](Body& x) { x.assert_(hc + wn + sv == G); });
          if (s.G > 1)
            u.if_(ln.run, [&](Body& x) {
              x.assert_(ln.vld);
              x.assert_(zext(ln.cc, s.gw, cw) == zext(ln.wc, s.gw, cw) + lit(cw, 1));
              x.assert_(zext(ln.cc, s.gw, cw) < G);
            }, [&](Body& x) { x.if_(ln.vld, [&](Body& y) { y.assert_(zext(ln.wc, s.gw, cw) == G - lit(cw, 1)); }); });
          for (int i = 0; i < kWindow; ++i) {
            if (i >= s.G) break;  // hc_q + wn_q <= G
            const Expr c = m.wire(fmt::format("f_l{}_c{}", a, i), cw);
            m.assign(c, hc + lit(cw, uint64_t(i)));
            u.if_(wn > lit(cw, uint64_t(i)), [&](Body& x) {
              x.assert_(ln.f[size_t(i)] == ref_sum(ln, c));
              if (i < 2) x.if_(past(t.nz_q) == zeros(4), [&](Body& y) {
                y.assert_(ln.lhs[size_t(i)] == zext(ln.f[size_t(i)], s.sw, s.vw));
              });
            });
          }
          u.comment("every comparison finds its column in the window; with the noise off it answers sum >= dac << k");
          u.if_(ln.en, [&](Body& x) {
            x.assert_((ln.col == ln.hc && wn >= lit(cw, 1)) ||
                      (zext(ln.col, s.gw, cw) == hc + lit(cw, 1) && wn >= lit(cw, 2)));
            const Expr rhs = s.KMAX == 0 ? zext(ln.dac, s.N, s.cmpw) : (zext(ln.dac, s.N, s.cmpw) << t.k_q);
            x.if_(past(t.nz_q) == zeros(4), [&](Body& y) {
              y.assert_(ln.cmp == (zext(sums[a], s.sw, s.cmpw) >= rhs));
            });
          });
          u.cover(ln.en && ln.col == lit(s.gw, uint64_t(s.G - 1)) && ln.cmp);
          if (s.G > kWindow) u.cover(ln.stall);  // a full window holds the block RAM output
        });
      }
    });
  });
  m.end_formal();
}

}  // namespace

const Block& xbar_emu_block() {
  static const XbarEmu b;
  return b;
}

}  // namespace cimgen

namespace cimgen {
namespace {

// One layer per segment: a random ideal layer of the crossbar model mapped in its column layout (other rows
// and columns random cells), loaded word by word in random order with stray writes (past a group's last
// column, to a lane past the last ADC); k (now and then out of range, clamped), noise off and a seed; then
// slices of random vectors, cycle by cycle as the tile drives them: the rows for SETTLE + 1 cycles
// (MIN_SETTLE .. MIN_SETTLE + 2), then every lane converting a prefix of its columns with random DAC codes,
// 1..N comparisons per column. Every answer is checked against sum >= dac << k, the sum of the loaded cells
// (on the model's columns, the model's ideal comparator v >= dac).
std::optional<vtb::Bench> XbarEmu::testbench(const Params& p, uint64_t seed) const {
  const Shape s = shape_of(p);
  std::mt19937_64 rng(seed);
  const auto pick = [&rng](int64_t lo, int64_t hi) { return int(std::uniform_int_distribution<int64_t>(lo, hi)(rng)); };
  const auto chance = [&rng](double q) { return std::uniform_real_distribution<double>()(rng) < q; };
  const uint64_t pr_mask = (uint64_t(1) << s.PR) - 1, pd_mask = (uint64_t(1) << s.PD) - 1;
  vtb::Bench b;
  b.seed = seed;
  b.doc = "Ideal layers loaded in random order, then slices driven and converted cycle by cycle as the tile does.";
  b.streams = {{"w", true, "w_we_i", "", {{"w_addr_i", s.aw}, {"w_data_i", kWordBits}}, "", {}, {}},
               {"cfg", true, "cfg_we_i", "", {{"cfg_addr_i", 2}, {"cfg_wdata_i", 16}}, "w", {}, {}},
               {"drive", true, "", "",
                {{"wl_en_i", s.R, false, true},
                 {"dac_row_i", s.R * s.PD},
                 {"adc_col_i", s.NADC * s.gw},
                 {"adc_dac_i", s.NADC * s.N},
                 {"adc_cmp_en_i", s.NADC, false, true}},
                "cfg", {}, {}}};
  b.tables = {{"want", s.NADC, false, {}, {}, true}};
  b.responder = fmt::format(
      "  // The answers of every comparison of a drive beat: the model's, on the lanes that compare.\n"
      "  always @(posedge clk_i)\n"
      "    if (rst_ni && running && drive_valid) begin\n"
      "      if ((adc_cmp_o ^ want_mem[drive_idx]) & adc_cmp_en_i) begin\n"
      "        errors = errors + 1;\n"
      "        $display(\"FAIL segment %0d: drive beat %0d: adc_cmp_o %b, model %b on lanes %b\", seg,\n"
      "                 drive_idx - drive_seg[seg], adc_cmp_o, want_mem[drive_idx], adc_cmp_en_i);\n"
      "      end\n"
      "      if (adc_cmp_en_i) checked = checked + 1;\n"
      "    end\n");
  const int G = s.G;
  const int lane_values = 1 << (s.aw - (s.chw + s.gw));  // values of the address's lane field
  for (int seg = 0; seg < 6; ++seg) {
    cim::Layer L;
    L.PD = s.PD;
    L.PR = s.PR;
    L.PI = pick(1, 8);
    L.in_signed = chance(0.5);
    L.enc = static_cast<cim::WEnc>(pick(0, 2));
    L.PW = pick(L.enc == cim::WEnc::Differential ? 2 : 1, 8);
    while (L.PW > 1 && cim::num_weight_cols(L.PW, s.PR, L.enc) * cim::num_col_sets(L.enc) > s.COLS) --L.PW;
    if (cim::num_weight_cols(L.PW, s.PR, L.enc) * cim::num_col_sets(L.enc) > s.COLS || L.PW < 2)
      L.enc = cim::WEnc::Unsigned;
    const int per = cim::num_weight_cols(L.PW, s.PR, L.enc) * cim::num_col_sets(L.enc);
    const int rows = chance(0.5) ? s.R : pick(1, s.R), neurons = pick(1, s.COLS / per);
    std::vector<std::vector<int64_t>> W(static_cast<size_t>(rows), std::vector<int64_t>(static_cast<size_t>(neurons)));
    for (auto& row : W)
      for (auto& w : row) w = pick(cim::w_min(L.PW, L.enc), cim::w_max(L.PW, L.enc));
    const cim::Crossbar xb(L, W, cim::NonIdeal{});
    std::vector<uint64_t> cells(size_t(s.R) * size_t(s.COLS));  // column-major, as loaded
    for (int col = 0; col < s.COLS; ++col)
      for (int r = 0; r < s.R; ++r)
        cells[size_t(col) * size_t(s.R) + size_t(r)] =
            r < rows && col < xb.columns() ? uint64_t(xb.cell(r, col)) : rng() & pr_mask;
    std::vector<std::pair<int, int>> words;
    for (int col = 0; col < s.COLS; ++col)
      for (int h = 0; h < s.chunks; ++h) words.push_back({col, h});
    std::shuffle(words.begin(), words.end(), rng);
    auto& w = b.streams[0].beats;
    const auto addr = [&](int a, int g, int h) { return uint64_t(a) << (s.chw + s.gw) | uint64_t(g) << s.chw | uint64_t(h); };
    for (const auto& [col, h] : words) {
      uint64_t word = 0;
      for (int i = 0; i < s.rpc; ++i) {
        const int r = h * s.rpc + i;
        word |= (r < s.R ? cells[size_t(col) * size_t(s.R) + size_t(r)] : rng() & pr_mask) << (i * s.PR);
      }
      if (s.rpc * s.PR < kWordBits) word |= (rng() << (s.rpc * s.PR)) & 0xFFFF;  // unused bits
      w.push_back({{addr(col / G, col % G, h)}, {word & 0xFFFF}});
      if (G < (1 << s.gw) && chance(0.1))  // past the group's last column: ignored
        w.push_back({{addr(col / G, pick(G, (1 << s.gw) - 1), h)}, {rng() & 0xFFFF}});
      if (lane_values > s.NADC && chance(0.1))  // a lane past the last ADC: ignored
        w.push_back({{addr(pick(s.NADC, lane_values - 1), pick(0, (1 << s.gw) - 1), h)}, {rng() & 0xFFFF}});
    }
    const int k_raw = chance(0.1) ? pick(0, 15) : pick(0, s.KMAX), k = std::min(k_raw, s.KMAX);
    b.streams[1].beats.push_back({{0}, {uint64_t(k_raw)}});  // REG_K
    b.streams[1].beats.push_back({{1}, {0}});                // REG_NOISE: off
    b.streams[1].beats.push_back({{2}, {rng() & 0xFFFF}});   // REG_SEED
    std::vector<int64_t> x(static_cast<size_t>(rows));
    const int T = cim::num_slices(L.PI, L.in_signed, s.PD);
    auto& drive = b.streams[2].beats;
    auto& want = b.tables[0].rows;
    for (int slice = 0, t = T; slice < 8; ++slice, ++t) {
      if (t >= T) {
        for (auto& e : x) e = pick(cim::x_min(L.PI, L.in_signed), cim::x_max(L.PI, L.in_signed));
        t = 0;
      }
      std::vector<uint64_t> codes(size_t(s.R), 0), wl(size_t(s.R), 0);
      for (int r = 0; r < rows; ++r) codes[size_t(r)] = cim::slice_value(x[size_t(r)], t, L.PI, L.in_signed, s.PD);
      for (int r = 0; r < rows; ++r) wl[size_t(r)] = 1;
      const int settle = pick(kMinSettle, kMinSettle + 2);
      for (int c = 0; c <= settle; ++c) {
        std::vector<uint64_t> dac_rows = codes;
        for (int r = rows; r < s.R; ++r) dac_rows[size_t(r)] = rng() & pd_mask;  // word line off: ignored
        std::vector<uint64_t> cols(size_t(s.NADC)), dacs(size_t(s.NADC));
        for (auto& e : cols) e = rng() & ((uint64_t(1) << s.gw) - 1);
        for (auto& e : dacs) e = rng() & ((uint64_t(1) << s.N) - 1);
        drive.push_back({vtb::pack(wl, 1), vtb::pack(dac_rows, s.PD), vtb::pack(cols, s.gw), vtb::pack(dacs, s.N), {0}});
        want.push_back({0});
      }
      std::vector<int64_t> sum(size_t(s.COLS), 0);
      for (int col = 0; col < s.COLS; ++col)
        for (int r = 0; r < rows; ++r)
          sum[size_t(col)] += int64_t(codes[size_t(r)]) * int64_t(cells[size_t(col) * size_t(s.R) + size_t(r)]);
      // Every lane converts a prefix of its columns; lane 0 at least one (the tile's first neuron).
      std::vector<int> ncol(size_t(s.NADC)), col(size_t(s.NADC), 0), left(size_t(s.NADC), 0);
      const int prefix = pick(1, G);
      for (int a = 0; a < s.NADC; ++a) ncol[size_t(a)] = chance(0.7) ? prefix : pick(0, G);
      ncol[0] = std::max(ncol[0], 1);
      for (;;) {
        bool any = false;
        for (int a = 0; a < s.NADC; ++a) {
          if (left[size_t(a)] == 0 && col[size_t(a)] < ncol[size_t(a)]) left[size_t(a)] = pick(1, s.N);
          any = any || left[size_t(a)] > 0;
        }
        if (!any) break;
        std::vector<uint64_t> cols(size_t(s.NADC)), dacs(size_t(s.NADC)), en(size_t(s.NADC)), ans(size_t(s.NADC), 0);
        std::vector<uint64_t> rows_noise(size_t(s.R));
        for (auto& e : rows_noise) e = rng() & pd_mask;
        for (int a = 0; a < s.NADC; ++a) {
          const bool on = left[size_t(a)] > 0;
          dacs[size_t(a)] = rng() & ((uint64_t(1) << s.N) - 1);
          cols[size_t(a)] = on ? uint64_t(col[size_t(a)]) : rng() & ((uint64_t(1) << s.gw) - 1);
          en[size_t(a)] = on;
          if (!on) continue;
          const int pc = a * G + col[size_t(a)];
          ans[size_t(a)] = sum[size_t(pc)] >= (int64_t(dacs[size_t(a)]) << k);
          if (pc < xb.columns()) {  // the model's ideal comparator on its own columns agrees
            const int J = cim::num_weight_cols(L.PW, s.PR, L.enc), S = cim::num_col_sets(L.enc);
            const double v = xb.v(x, t, pc % J, (pc / J) % S, pc / (J * S), k, 0);
            if ((v >= double(dacs[size_t(a)])) != bool(ans[size_t(a)]))
              throw std::logic_error("xbar_emu testbench: the integer rule and the crossbar model disagree");
          }
          if (--left[size_t(a)] == 0) ++col[size_t(a)];
        }
        drive.push_back({vtb::pack(std::vector<uint64_t>(size_t(s.R), 0), 1), vtb::pack(rows_noise, s.PD),
                         vtb::pack(cols, s.gw), vtb::pack(dacs, s.N), vtb::pack(en, 1)});
        want.push_back(vtb::pack(ans, 1));
      }
      for (int idle = chance(0.5) ? pick(1, 2) : 1; idle > 0; --idle) {  // drive off for a cycle at least
        drive.push_back({vtb::pack(std::vector<uint64_t>(size_t(s.R), 0), 1), vtb::pack(std::vector<uint64_t>(size_t(s.R), 0), s.PD),
                         {0}, {0}, {0}});
        want.push_back({0});
      }
    }
    b.end_segment(seg % 2 == 1);
  }
  return b;
}

}  // namespace
}  // namespace cimgen
