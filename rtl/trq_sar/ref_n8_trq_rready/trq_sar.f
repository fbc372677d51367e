// cimgen 0.1.0: generated file, do not edit.
// block: trq_sar
// parameters: N=8 TRQ=1 RST=async READY=reg
// The Verilog of trq_sar, the top last: verilator -F trq_sar.f (paths relative to this file), iverilog -c trq_sar.f
trq_sar.v
