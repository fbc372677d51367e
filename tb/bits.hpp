// Bit fields of Verilated ports of any width: integral types up to 64 bits,
// VlWide (32-bit words) above. Shared by the testbenches.
#pragma once

#include <algorithm>
#include <cstdint>
#include <type_traits>

inline uint64_t mask(int w) { return w >= 64 ? ~uint64_t(0) : (uint64_t(1) << w) - 1; }

// Bits lo .. lo+w-1 (w <= 64).
template <class T>
uint64_t get_bits(const T& v, int lo, int w) {
  if constexpr (std::is_integral_v<T>) {
    return (uint64_t(v) >> lo) & mask(w);
  } else {
    uint64_t r = 0;
    for (int i = 0; i < w; ++i) {
      const int b = lo + i;
      if ((v[b / 32] >> (b % 32)) & 1u) r |= uint64_t(1) << i;
    }
    return r;
  }
}

template <class T>
uint64_t get_bit(const T& v, int b) {
  return get_bits(v, b, 1);
}

// True if any of bits lo .. lo+w-1 is set (any w).
template <class T>
bool any_set(const T& v, int lo, int w) {
  if constexpr (std::is_integral_v<T>) {
    return get_bits(v, lo, w) != 0;
  } else {  // word by word
    for (int b = lo; b < lo + w;) {
      const int n = std::min(32 - b % 32, lo + w - b);
      if ((v[b / 32] >> (b % 32)) & uint32_t(mask(n))) return true;
      b += n;
    }
    return false;
  }
}

// Sets bits lo .. lo+w-1 to val (w <= 64).
template <class T>
void set_bits(T& v, int lo, int w, uint64_t val) {
  for (int i = 0; i < w; ++i) {
    const int b = lo + i;
    const bool on = (val >> i) & 1;
    if constexpr (std::is_integral_v<T>) {
      using U = std::make_unsigned_t<T>;
      const U bit = U(1) << b;
      v = static_cast<T>(on ? (U(v) | bit) : (U(v) & ~bit));
    } else {
      if (on)
        v[b / 32] |= 1u << (b % 32);
      else
        v[b / 32] &= ~(1u << (b % 32));
    }
  }
}

template <class T>
void set_bit(T& v, int b, bool on) {
  set_bits(v, b, 1, on);
}
