// cimgen 0.1.0: generated file, do not edit.
// block: cim_fpga
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=1 KMAX=0 TRQ_TABLE=0 RST=async CLK_HZ=24000000 BAUD=115200
// The Verilog of cim_fpga, the top last: verilator -F cim_fpga.f (paths relative to this file), iverilog -c cim_fpga.f
cim_fpga_xbar_emu.v
cim_fpga_tile_trq_sar.v
cim_fpga_tile.v
cim_fpga.v
