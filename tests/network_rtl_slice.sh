#!/usr/bin/env bash
# One array-sized slice of the trained network's conv2 layer through the generated cim_tile (issue 21, part 6):
# export_slice.py takes the weights, real activations and the calibrated TRQ table of docs/network_settings.json
# (make network's output); the testbench requires the RTL's outputs to equal the C++ model's and the Python
# binding's, and every vector's cycles to equal the analytic figure.
#   tests/network_rtl_slice.sh PYTHON PYTHONPATH VCIM_TILE OUT_DIR
set -euo pipefail
python=$1 pypath=$2 tb=$3 out=$4
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
for row in "8-bit: TRQ table per layer, 40 dB" "8-bit: TRQ one setting per layer, 30 dB"; do
  f="$out/slice_$(echo "$row" | tr -c 'a-zA-Z0-9' _).txt"
  PYTHONPATH=$pypath "$python" "$here/examples/fashion_mnist/export_slice.py" "$f" --row "$row" --layer conv2 --vectors 300
  "$tb" --layer "$f"
done
