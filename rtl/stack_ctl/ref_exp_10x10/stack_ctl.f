// cimgen 0.1.0: generated file, do not edit.
// block: stack_ctl
// parameters: MODE=expansion R=10 C=10 PI=7 PR=1 SETTLE=0 TPROG=3 RST=sync
// The Verilog of stack_ctl, the top last: verilator -F stack_ctl.f (paths relative to this file), iverilog -c stack_ctl.f
stack_ctl.v
