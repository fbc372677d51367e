// BNN first layer (seed 003, issue 8): k-bit unsigned inputs split into k
// binary bit planes, binary weights (+1 / -1, stored as complementary cell
// pairs) with an XNOR/popcount per plane, the weighted accumulation
// acc = (acc + a_j) / 2 that successive charge sharing performs (planes LSB
// first), optional truncation to the T most significant input bits, and the
// batch-norm/sign threshold compare. The digital side keeps every fractional
// bit: after the T kept planes, A = 2^T * acc is an integer,
//   A = sum over kept planes i = 0..T-1 of a_(K-T+i) * 2^i,
// and (the arithmetic identity, no accuracy lost beyond the truncation)
//   A = sum_r w_r * (x_r >> (K-T)) + (2^T - 1) * (rows with w_r = -1).
#pragma once

#include <cstdint>
#include <vector>

namespace cim::bnn {

struct Config {
  int K = 8;  // input bits (1..8)
  int T = 8;  // planes kept, the T most significant (1..K); the paper keeps 4
};

// Bit j (0 = LSB) of input x: the binary input of plane j.
inline uint32_t plane_bit(uint32_t x, int j) { return (x >> j) & 1u; }

// Popcount of plane j for one neuron: rows where XNOR(x_r bit j, w_r) = 1,
// with w_r = +1 read as bit 1 and -1 as bit 0 (0 .. rows).
int popcount(const std::vector<uint32_t>& x, const std::vector<int>& w, int j);

// The accumulation of one neuron, step by step as charge sharing does it:
// A_0 = 0, A_(i+1) = (A_i + a_(K-T+i) * 2^T) / 2 for i = 0 .. T-1, each step
// exact. steps[i] is A_(i+1); A is the last.
struct Accumulation {
  std::vector<int> a;         // popcount of each kept plane, LSB first
  std::vector<int64_t> steps;  // A after each plane
  int64_t A = 0;               // 2^T * acc
};
Accumulation accumulate(const Config& c, const std::vector<uint32_t>& x, const std::vector<int>& w);

// The same accumulation over given popcounts a (one per kept plane, LSB
// first), e.g. the counts a noisy macro reported: A after every step.
std::vector<int64_t> charge_share(int T, const std::vector<int>& a);

// The identity's right-hand side: sum_r w_r * (x_r >> (K-T)) + (2^T - 1) * n_neg.
int64_t identity(const Config& c, const std::vector<uint32_t>& x, const std::vector<int>& w);

// Largest A for `rows` rows: rows * (2^T - 1).
int64_t a_max(const Config& c, int rows);

// The neuron's output: the threshold compare acc >= theta / 2^T (batch norm
// folded into theta), as +1 (true) or -1 (false).
inline bool neuron(int64_t A, int64_t theta) { return A >= theta; }

}  // namespace cim::bnn
