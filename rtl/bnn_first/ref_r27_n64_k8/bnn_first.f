// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// parameters: R=27 NEURONS=64 K=8 SETTLE=1 RST=async
// The Verilog of bnn_first, the top last: verilator -F bnn_first.f (paths relative to this file), iverilog -c bnn_first.f
bnn_first.v
