// cimgen 0.1.0: generated file, do not edit.
// block: analog_acc
// parameters: STRATEGY=B R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=sync
// The Verilog of analog_acc, the top last: verilator -F analog_acc.f (paths relative to this file), iverilog -c analog_acc.f
analog_acc.v
