// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// parameters: R=256 NEURONS=32 K=8 SETTLE=2 RST=sync
// The Verilog of bnn_first, the top last: verilator -F bnn_first.f (paths relative to this file), iverilog -c bnn_first.f
bnn_first.v
