// cimgen-fpga-host: runs a random layer on a board with the cim_fpga core
// (built for the core in rtl/cim_fpga/up5k_32x32, whose cim_fpga.h it
// includes) over its USB UART and checks every output against the model's
// run_layer on the ideal crossbar the emulator implements.
//   cimgen-fpga-host --port /dev/ttyUSB1 [--baud 115200] [--vectors 10] [--seed 1]
#include "cim_fpga.h"
#include "fpga_proto.hpp"

#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>

namespace {

class Serial {
 public:
  Serial(const std::string& port, int baud) {
    fd_ = ::open(port.c_str(), O_RDWR | O_NOCTTY);
    if (fd_ < 0) throw std::runtime_error(fmt::format("--port {}: cannot open ({})", port, std::strerror(errno)));
    termios t{};
    if (tcgetattr(fd_, &t) != 0) throw std::runtime_error(fmt::format("--port {}: not a serial port", port));
    cfmakeraw(&t);
    speed_t sp = B115200;
    switch (baud) {
      case 9600: sp = B9600; break;
      case 19200: sp = B19200; break;
      case 38400: sp = B38400; break;
      case 57600: sp = B57600; break;
      case 115200: sp = B115200; break;
      case 230400: sp = B230400; break;
      default: throw std::runtime_error(fmt::format("--baud {}: one of 9600, 19200, 38400, 57600, 115200, 230400", baud));
    }
    cfsetispeed(&t, sp);
    cfsetospeed(&t, sp);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 1;  // reads return after 0.1 s without data
    tcsetattr(fd_, TCSANOW, &t);
    tcflush(fd_, TCIOFLUSH);
  }
  ~Serial() { ::close(fd_); }
  void write(const fpga_proto::Bytes& b) {
    size_t done = 0;
    while (done < b.size()) {
      const ssize_t n = ::write(fd_, b.data() + done, b.size() - done);
      if (n < 0) throw std::runtime_error("serial write failed");
      done += size_t(n);
    }
  }
  fpga_proto::Bytes read(size_t n, double timeout_s = 5) {
    fpga_proto::Bytes b(n);
    size_t got = 0;
    const auto t0 = std::chrono::steady_clock::now();
    while (got < n) {
      const ssize_t k = ::read(fd_, b.data() + got, n - got);
      if (k > 0) got += size_t(k);
      if (std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() > timeout_s)
        throw std::runtime_error(fmt::format("no reply from the board ({} of {} bytes)", got, n));
    }
    return b;
  }

 private:
  int fd_ = -1;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{fmt::format("Run a random layer on the cim_fpga board (the {}x{} core, {} baud) and check it against the "
                           "model",
                           CIM_FPGA_R, CIM_FPGA_COLS, CIM_FPGA_BAUD)};
  std::string port;
  int baud = int(CIM_FPGA_BAUD), vectors = 10;
  uint64_t seed = 1;
  app.add_option("--port", port, "serial port of the board's UART")->required();
  app.add_option("--baud", baud, "baud rate (the core's BAUD)");
  app.add_option("--vectors", vectors, "input vectors")->check(CLI::Range(1, 100000));
  app.add_option("--seed", seed, "random layer seed");
  CLI11_PARSE(app, argc, argv);
  try {
    Serial s(port, baud);
    s.write(fpga_proto::ping());
    const auto pong = s.read(2);
    if (pong[0] != CIM_FPGA_PING_MAGIC) throw std::runtime_error(fmt::format("ping: reply 0x{:02x}", pong[0]));
    std::mt19937_64 rng(seed);
    cim::Layer L;
    L.PI = CIM_FPGA_PI;
    L.PD = CIM_FPGA_PD;
    L.PW = CIM_FPGA_PW;
    L.PR = CIM_FPGA_PR;
    L.enc = static_cast<cim::WEnc>(CIM_FPGA_W_ENC);
    const int rows = CIM_FPGA_R;
    const int neurons = CIM_FPGA_COLS / (cim::num_weight_cols(L.PW, L.PR, L.enc) * cim::num_col_sets(L.enc));
    std::vector<std::vector<int64_t>> W(static_cast<size_t>(rows), std::vector<int64_t>(static_cast<size_t>(neurons)));
    const int64_t lo = cim::w_min(L.PW, L.enc), hi = cim::w_max(L.PW, L.enc);
    for (auto& r : W)
      for (auto& w : r) w = lo + int64_t(rng() % uint64_t(hi - lo + 1));
    const cim::Crossbar xb(L, W, cim::NonIdeal{});
    s.write(fpga_proto::weights(xb));
    s.write(fpga_proto::layer_registers(L.PI, L.in_signed, L.PW, 0, cim::TrqSetting{}, {}, rows, neurons));
    cim::AdcConfig adc;
    adc.N = CIM_FPGA_N;
    int bad = 0;
    for (int v = 0; v < vectors; ++v) {
      std::vector<int64_t> x;
      for (int r = 0; r < rows; ++r) x.push_back(int64_t(rng() % (uint64_t(1) << L.PI)));
      s.write(fpga_proto::input(x, L.PI));
      const auto bytes = s.read(size_t(neurons) * size_t(CIM_FPGA_Y_BYTES));
      const auto run = cim::run_layer(xb, x, adc, uint64_t(v));
      for (int c = 0; c < neurons; ++c)
        if (fpga_proto::output(bytes, c) != run.y[size_t(c)]) {
          ++bad;
          fmt::print("vector {} neuron {}: board {}, model {}\n", v, c, fpga_proto::output(bytes, c), run.y[size_t(c)]);
        }
    }
    s.write(fpga_proto::ping());
    const auto st = s.read(2);
    fmt::print("{} vectors x {} neurons: {} mismatches, status 0x{:02x}\n", vectors, neurons, bad, st[1]);
    return bad == 0 && st[1] == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    fmt::print(stderr, "cimgen-fpga-host: {}\n", e.what());
    return 1;
  }
}
