#!/usr/bin/env bash
# The latch check of make test, the random sweep, make synth and make fpga (one Yosys script,
# LATCH_CHECK in report_lib.sh): after proc, `check -assert` (no combinational loop, no conflicting
# drivers) and no latch cell.
#   tools/latch.sh RTL_DIR TOP
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
yosys -q -p "read_verilog $1/*.v; hierarchy -top $2; $LATCH_CHECK"
