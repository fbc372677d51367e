// cimgen 0.1.0: generated file, do not edit.
// block: shift_add
// parameters: N=8 PD=1 PR=1 PI=8 PW=8 R=128 KMAX=0 w_enc=unsigned RST=async
// The Verilog of shift_add, the top last: verilator -F shift_add.f (paths relative to this file), iverilog -c shift_add.f
shift_add.v
