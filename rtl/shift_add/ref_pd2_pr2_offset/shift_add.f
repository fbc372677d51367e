// cimgen 0.1.0: generated file, do not edit.
// block: shift_add
// parameters: N=10 PD=2 PR=2 PI=8 PW=8 R=64 KMAX=3 w_enc=offset RST=async
// The Verilog of shift_add, the top last: verilator -F shift_add.f (paths relative to this file), iverilog -c shift_add.f
shift_add.v
