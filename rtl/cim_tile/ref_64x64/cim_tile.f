// cimgen 0.1.0: generated file, do not edit.
// block: cim_tile
// parameters: R=64 COLS=64 PD=1 PR=1 PI=8 PW=8 w_enc=unsigned N=8 NADC=2 TRQ=1 SETTLE=2 START_REG=0 KMAX=0 TRQ_TABLE=16 RST=async
// The Verilog of cim_tile, the top last: verilator -F cim_tile.f (paths relative to this file), iverilog -c cim_tile.f
cim_tile_trq_sar.v
cim_tile.v
