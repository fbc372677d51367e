// The layer settings cim_tile's registers hold after a reset (README, block
// cim_tile: PI, unsigned inputs, PW, k = 0, uniform conversion, all rows and
// as many neurons as fit), for the testbenches that run a layer on them.
#pragma once

template <class Layer>
void tile_reset_values(Layer& L, int PI, int PW, int R, int max_neurons) {
  L.pi = PI;
  L.in_signed = false;
  L.pw = PW;
  L.k = 0;
  L.rows = R;
  L.neurons = max_neurons;
}
