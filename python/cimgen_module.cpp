// Python bindings of the behavioural model (issue 21, part 1): the layer model
// of sim/ on NumPy integer arrays. The C++ model stays the one implementation;
// this file converts arrays and settings and calls it, nothing numeric of its own.
//
//   import cimgen
//   L = cimgen.Layer(PI=8, PW=8, PD=1, PR=1, w_enc="offset", in_signed=False)
//   ni = cimgen.NonIdeal(d2d_sigma=0.05, seed=3)
//   xb = cimgen.Crossbar(L, W, ni)              # W: int64 array, rows x neurons
//   adc = cimgen.AdcConfig(N=8, k=0, setting=cimgen.TrqSetting(trq=True, bexp=4, s1=0, s2=5))
//   r = xb.run(X, adc)                          # X: int64 array, vectors x rows
//   r["y"], r["exact"], r["conversions"], r["comparisons"]
#include "adc.hpp"
#include "calibrate.hpp"
#include "cim.hpp"
#include "crossbar.hpp"
#include "tiled.hpp"
#include "workload.hpp"

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace cim;

namespace {

using IntArray = py::array_t<int64_t, py::array::c_style | py::array::forcecast>;

std::vector<std::vector<int64_t>> rows_of(const IntArray& a, const char* what) {
  if (a.ndim() != 2) throw std::invalid_argument(std::string(what) + " must be a 2-D integer array");
  const auto r = a.unchecked<2>();
  std::vector<std::vector<int64_t>> out(size_t(r.shape(0)), std::vector<int64_t>(size_t(r.shape(1))));
  for (py::ssize_t i = 0; i < r.shape(0); ++i)
    for (py::ssize_t j = 0; j < r.shape(1); ++j) out[size_t(i)][size_t(j)] = r(i, j);
  return out;
}

IntArray array_of(const std::vector<std::vector<int64_t>>& rows, size_t cols) {
  IntArray a({py::ssize_t(rows.size()), py::ssize_t(cols)});
  auto w = a.mutable_unchecked<2>();
  for (size_t i = 0; i < rows.size(); ++i)
    for (size_t j = 0; j < cols; ++j) w(py::ssize_t(i), py::ssize_t(j)) = rows[i][j];
  return a;
}

WEnc enc_of(const std::string& s) {
  if (s == "unsigned") return WEnc::Unsigned;
  if (s == "offset") return WEnc::Offset;
  if (s == "differential") return WEnc::Differential;
  throw std::invalid_argument("w_enc must be unsigned, offset or differential, not '" + s + "'");
}

void check_layer(const Layer& L) {
  const auto in = [](int v, int lo, int hi, const char* n) {
    if (v < lo || v > hi)
      throw std::invalid_argument(std::string(n) + "=" + std::to_string(v) + " is out of range " + std::to_string(lo) +
                                  ".." + std::to_string(hi));
  };
  in(L.PI, 1, 8, "PI");
  in(L.PW, L.enc == WEnc::Differential ? 2 : 1, 8, "PW");
  in(L.PD, 1, 4, "PD");
  in(L.PR, 1, 4, "PR");
}

void check_adc(const AdcConfig& a) {
  if (const std::string why = adc_check(a); !why.empty()) throw std::invalid_argument(why);
}

Workload workload_of(const Layer& L, const IntArray& W, const IntArray& X) {
  Workload w{L, rows_of(W, "W"), rows_of(X, "X")};
  if (const std::string why = workload_check(w); !why.empty()) throw std::invalid_argument(why);
  return w;
}

// W as rows, checked for shape and the encoding's range.
std::vector<std::vector<int64_t>> weights_of(const Layer& L, const IntArray& W) {
  auto w = rows_of(W, "W");
  const Workload probe{L, w, {std::vector<int64_t>(w.size(), 0)}};
  if (const std::string why = workload_check(probe); !why.empty()) throw std::invalid_argument(why);
  return w;
}

py::dict metrics_dict(const Metrics& m) {
  py::dict d;
  d["sinad_db"] = m.err.sinad_db;
  d["max_abs"] = m.err.max_abs;
  d["rms"] = m.err.rms;
  d["outputs"] = m.err.n;
  d["avg_cmp"] = m.avg_cmp;
  d["conv_per_output"] = m.conv_per_output;
  return d;
}

// The runs of many vectors as arrays and totals.
py::dict runs_dict(const std::vector<TiledLayer::Run>& runs, size_t neurons, bool with_cycles, bool per_vector) {
  std::vector<std::vector<int64_t>> y, exact, each;
  long conversions = 0, comparisons = 0, cycles = 0;
  for (const TiledLayer::Run& r : runs) {
    y.push_back(r.y);
    exact.push_back(r.exact);
    conversions += r.conversions;
    comparisons += r.comparisons;
    cycles += r.cycles;
    each.push_back({r.conversions, r.comparisons, r.cycles});
  }
  py::dict d;
  d["y"] = array_of(y, neurons);
  d["exact"] = array_of(exact, neurons);
  d["conversions"] = conversions;
  d["comparisons"] = comparisons;
  if (with_cycles) d["cycles"] = cycles;
  if (per_vector) d["per_vector"] = array_of(each, 3);  // conversions, comparisons, cycles of each vector
  return d;
}

// Runs every row of X through `one(x, vector)` (a TiledLayer::Run) and gathers the outputs as arrays.
template <class One>
py::dict run_rows(const IntArray& X, size_t neurons, uint64_t first_vector, bool with_cycles, One one) {
  std::vector<TiledLayer::Run> runs;
  const auto xs = rows_of(X, "X");
  for (size_t v = 0; v < xs.size(); ++v) runs.push_back(one(xs[v], first_vector + v));
  return runs_dict(runs, neurons, with_cycles, false);
}

}  // namespace

PYBIND11_MODULE(cimgen, m) {
  m.doc() = "cimgen's behavioural model of a ReRAM crossbar layer and its SAR ADCs (SPEC.md), on NumPy arrays";

  py::class_<Layer>(m, "Layer", "precision and mapping of one layer (SPEC.md section 1)")
      .def(py::init([](int PI, bool in_signed, int PD, int PW, int PR, const std::string& w_enc) {
             Layer L{PI, in_signed, PD, PW, PR, enc_of(w_enc)};
             check_layer(L);
             return L;
           }),
           py::arg("PI") = 8, py::arg("in_signed") = false, py::arg("PD") = 1, py::arg("PW") = 8, py::arg("PR") = 1,
           py::arg("w_enc") = "unsigned")
      .def_readonly("PI", &Layer::PI)
      .def_readonly("in_signed", &Layer::in_signed)
      .def_readonly("PD", &Layer::PD)
      .def_readonly("PW", &Layer::PW)
      .def_readonly("PR", &Layer::PR)
      .def_property_readonly("w_enc", [](const Layer& L) { return std::string(wenc_name(L.enc)); })
      .def_property_readonly("slices", [](const Layer& L) { return num_slices(L.PI, L.in_signed, L.PD); })
      .def_property_readonly("columns_per_neuron",
                             [](const Layer& L) { return num_weight_cols(L.PW, L.PR, L.enc) * num_col_sets(L.enc); })
      .def_property_readonly("w_range", [](const Layer& L) { return py::make_tuple(w_min(L.PW, L.enc), w_max(L.PW, L.enc)); })
      .def_property_readonly("x_range", [](const Layer& L) { return py::make_tuple(x_min(L.PI, L.in_signed), x_max(L.PI, L.in_signed)); });

  py::class_<NonIdeal>(m, "NonIdeal", "analog non-idealities (SPEC.md section 4); each off at its default")
      .def(py::init([](double d2d_sigma, double read_noise, double p_stuck_lrs, double p_stuck_hrs, double r_wire,
                       double cmp_offset, uint64_t seed) {
             NonIdeal ni{d2d_sigma, read_noise, p_stuck_lrs, p_stuck_hrs, r_wire, cmp_offset, seed};
             if (const std::string why = nonideal_check(ni); !why.empty()) throw std::invalid_argument(why);
             return ni;
           }),
           py::arg("d2d_sigma") = 0.0, py::arg("read_noise") = 0.0, py::arg("p_stuck_lrs") = 0.0,
           py::arg("p_stuck_hrs") = 0.0, py::arg("r_wire") = 0.0, py::arg("cmp_offset") = 0.0, py::arg("seed") = 1)
      .def_readonly("d2d_sigma", &NonIdeal::d2d_sigma)
      .def_readonly("read_noise", &NonIdeal::read_noise)
      .def_readonly("seed", &NonIdeal::seed);

  py::class_<TrqSetting>(m, "TrqSetting", "one conversion's settings (SPEC.md section 3); trq=False: uniform")
      .def(py::init([](bool trq, int bexp, int s1, int s2, bool msb_first) {
             return TrqSetting{trq, msb_first ? SearchOrder::MsbFirst : SearchOrder::Threshold, bexp, s1, s2};
           }),
           py::arg("trq") = false, py::arg("bexp") = 1, py::arg("s1") = 0, py::arg("s2") = 0,
           py::arg("msb_first") = false)
      .def_readonly("trq", &TrqSetting::trq)
      .def_readonly("bexp", &TrqSetting::bexp)
      .def_readonly("s1", &TrqSetting::s1)
      .def_readonly("s2", &TrqSetting::s2)
      .def_property_readonly("msb_first", [](const TrqSetting& s) { return s.order == SearchOrder::MsbFirst; })
      .def("__repr__", [](const TrqSetting& s) { return trq_text(s); });

  py::class_<AdcConfig>(m, "AdcConfig", "a layer's ADC settings: one setting, or a table per significance b_t + j*PR")
      .def(py::init([](int N, int k, const TrqSetting& setting, const std::vector<TrqSetting>& table) {
             AdcConfig a;
             a.N = N;
             a.k = k;
             a.setting = setting;
             a.table = table;
             check_adc(a);
             return a;
           }),
           py::arg("N") = 8, py::arg("k") = 0, py::arg("setting") = TrqSetting{}, py::arg("table") = std::vector<TrqSetting>{})
      .def_readonly("N", &AdcConfig::N)
      .def_readonly("k", &AdcConfig::k)
      .def_readonly("setting", &AdcConfig::setting)
      .def_readonly("table", &AdcConfig::table);

  py::class_<Crossbar>(m, "Crossbar", "a layer of R rows x C neurons mapped onto one array (SPEC.md section 4)")
      .def(py::init([](const Layer& L, const IntArray& W, const NonIdeal& ni) {
             const auto w = weights_of(L, W);
             return Crossbar(L, w, ni);
           }),
           py::arg("layer"), py::arg("W"), py::arg("nonideal") = NonIdeal{})
      .def_property_readonly("rows", &Crossbar::rows)
      .def_property_readonly("neurons", &Crossbar::neurons)
      .def_property_readonly("columns", &Crossbar::columns)
      .def(
          "run",
          [](const Crossbar& xb, const IntArray& X, const AdcConfig& adc, uint64_t first_vector) {
            check_adc(adc);
            return run_rows(X, size_t(xb.neurons()), first_vector, false,
                            [&](const std::vector<int64_t>& x, uint64_t v) {
                              if (int(x.size()) != xb.rows())
                                throw std::invalid_argument("X has " + std::to_string(x.size()) +
                                                            " columns, the crossbar " + std::to_string(xb.rows()) +
                                                            " rows");
                              const LayerRun r = run_layer(xb, x, adc, v);
                              return TiledLayer::Run{r.y, r.exact, r.conversions, r.comparisons, 0};
                            });
          },
          py::arg("X"), py::arg("adc"), py::arg("first_vector") = 0,
          "run input vectors (rows of X); vector i's read noise is keyed by first_vector + i");

  py::class_<ArrayShape>(m, "ArrayShape", "one array of a tiled layer: R rows x COLS columns, NADC ADCs, SETTLE cycles")
      .def(py::init([](int R, int COLS, int NADC, int SETTLE) { return ArrayShape{R, COLS, NADC, SETTLE}; }),
           py::arg("R") = 64, py::arg("COLS") = 64, py::arg("NADC") = 2, py::arg("SETTLE") = 2)
      .def_readonly("R", &ArrayShape::R)
      .def_readonly("COLS", &ArrayShape::COLS)
      .def_readonly("NADC", &ArrayShape::NADC)
      .def_readonly("SETTLE", &ArrayShape::SETTLE);

  py::class_<TiledLayer>(m, "TiledLayer",
                         "a K x M layer over ceil(K/R) x ceil(M/neurons_per_array) arrays, partial sums added digitally")
      .def(py::init([](const Layer& L, const IntArray& W, const ArrayShape& a, const NonIdeal& ni) {
             const auto w = weights_of(L, W);
             return TiledLayer(L, w, a, ni);
           }),
           py::arg("layer"), py::arg("W"), py::arg("shape") = ArrayShape{}, py::arg("nonideal") = NonIdeal{})
      .def_property_readonly("inputs", &TiledLayer::inputs)
      .def_property_readonly("neurons", &TiledLayer::neurons)
      .def_property_readonly("arrays", &TiledLayer::arrays)
      .def_property_readonly("row_tiles", &TiledLayer::row_tiles)
      .def_property_readonly("col_tiles", &TiledLayer::col_tiles)
      .def_property_readonly("neurons_per_array", &TiledLayer::neurons_per_array)
      .def(
          "run",
          [](const TiledLayer& t, const IntArray& X, const AdcConfig& adc, uint64_t first_vector, int threads,
             bool per_vector) {
            check_adc(adc);
            const auto xs = rows_of(X, "X");
            for (const auto& x : xs)
              if (int(x.size()) != t.inputs())
                throw std::invalid_argument("X has " + std::to_string(x.size()) + " columns, the layer " +
                                            std::to_string(t.inputs()) + " inputs");
            std::vector<TiledLayer::Run> runs;
            {
              py::gil_scoped_release free;
              runs = t.run_batch(xs, adc, first_vector, threads);
            }
            return runs_dict(runs, size_t(t.neurons()), true, per_vector);
          },
          py::arg("X"), py::arg("adc"), py::arg("first_vector") = 0, py::arg("threads") = 0,
          py::arg("per_vector") = false,
          "run input vectors (rows of X, K values each) on `threads` threads (0: one per core); cycles: the "
          "slowest array's, summed over the vectors; per_vector=True adds arrays of each vector's comparisons "
          "and cycles")
      .def(
          "calibrate",
          [](const TiledLayer& t, const IntArray& X, int N, int k, double floor_db, double budget,
             bool per_significance, uint64_t first_vector, int col_tiles) {
            const auto xs = rows_of(X, "X");
            Goal g;
            g.budget_mode = budget > 0;
            g.floor_db = floor_db;
            g.budget = budget;
            Choice c;
            {
              py::gil_scoped_release free;
              c = calibrate(t.capture(xs, k, first_vector, col_tiles), N, g, per_significance);
            }
            check_adc(c.adc);
            py::dict d;
            d["adc"] = c.adc;
            d["feasible"] = c.feasible;
            d["metrics"] = metrics_dict(c.m);
            return d;
          },
          py::arg("X"), py::arg("N") = 8, py::arg("k") = 0, py::arg("floor_db") = 45.0, py::arg("budget") = -1.0,
          py::arg("per_significance") = false, py::arg("first_vector") = 0, py::arg("col_tiles") = 0,
          "TRQ calibration on the arrays' bit-line sums of the vectors X (sim/calibrate.hpp calibrate: judged "
          "on two halves of X, a table only with a margin): fewest comparisons at a SINAD floor of the arrays' "
          "partial sums (or best SINAD within a budget > 0); col_tiles > 0 uses only the first column tiles")
      .def(
          "evaluate",
          [](const TiledLayer& t, const IntArray& X, const AdcConfig& adc, uint64_t first_vector, int col_tiles) {
            check_adc(adc);
            const auto xs = rows_of(X, "X");
            Metrics m;
            {
              py::gil_scoped_release free;
              m = evaluate(t.capture(xs, adc.k, first_vector, col_tiles), adc);
            }
            return metrics_dict(m);
          },
          py::arg("X"), py::arg("adc"), py::arg("first_vector") = 0, py::arg("col_tiles") = 0,
          "SINAD of the arrays' partial sums and comparisons per conversion, as calibrate judges them");

  m.def(
      "evaluate",
      [](const Layer& L, const IntArray& W, const IntArray& X, const NonIdeal& ni, const AdcConfig& adc) {
        check_adc(adc);
        return metrics_dict(evaluate(capture(workload_of(L, W, X), ni, adc.k), adc));
      },
      py::arg("layer"), py::arg("W"), py::arg("X"), py::arg("nonideal"), py::arg("adc"),
      "error against the exact products and comparisons, as `cimgen model` reports them");

  m.def(
      "calibrate",
      [](const Layer& L, const IntArray& W, const IntArray& X, const NonIdeal& ni, int N, int k, double floor_db,
         double budget, bool per_significance) {
        const Captured cap = capture(workload_of(L, W, X), ni, k);
        Goal g;
        g.budget_mode = budget > 0;
        g.floor_db = floor_db;
        g.budget = budget;
        const Choice c = calibrate(cap, N, g, per_significance);
        py::dict d;
        d["adc"] = c.adc;
        d["feasible"] = c.feasible;
        d["metrics"] = metrics_dict(c.m);
        return d;
      },
      py::arg("layer"), py::arg("W"), py::arg("X"), py::arg("nonideal"), py::arg("N") = 8, py::arg("k") = 0,
      py::arg("floor_db") = 45.0, py::arg("budget") = -1.0, py::arg("per_significance") = false,
      "TRQ calibration as `cimgen trq-calibrate` (on two halves of X, a table only with a margin): fewest comparisons at a SINAD floor (or best SINAD within a "
      "budget > 0), one setting or a table per significance");

  m.def("nreq", &nreq, py::arg("PD"), py::arg("PR"), py::arg("R"), "ADC bits that convert every bit-line sum exactly");
  m.def("convert", [](int N, const TrqSetting& s, double v) {
    if (const std::string why = trq_check(N, s); !why.empty()) throw std::invalid_argument(why);
    const Conversion c = convert_value(N, s, v);
    py::dict d;
    d["flag"] = c.flag;
    d["code"] = c.code;
    d["q"] = c.q;
    d["ncmp"] = c.ncmp;
    return d;
  }, py::arg("N"), py::arg("setting"), py::arg("v"), "one SAR conversion of the real value v (SPEC.md section 3)");
}
