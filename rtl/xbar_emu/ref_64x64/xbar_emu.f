// cimgen 0.1.0: generated file, do not edit.
// block: xbar_emu
// parameters: R=64 COLS=64 PD=1 PR=1 N=8 NADC=2 KMAX=0 RST=async
// The Verilog of xbar_emu, the top last: verilator -F xbar_emu.f (paths relative to this file), iverilog -c xbar_emu.f
xbar_emu.v
