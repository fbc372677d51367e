# Vivado non-project build of the Arty A7-35T top (not run in CI: Vivado is not
# a Debian package). From the repository root:
#   vivado -mode batch -source fpga/vivado/build.tcl [-tclargs CORE]
# CORE is a directory of rtl/cim_fpga (default up5k_32x32; ref_64x64 also fits
# the Artix-7). arty_top's MMCM parameters give 50 MHz; generate the core with
# CLK_HZ=50000000 (cimgen gen cim_fpga ... CLK_HZ=50000000 -o DIR) and pass
# that DIR instead to keep the UART baud rate right.
set core [expr {[llength $argv] > 0 ? [lindex $argv 0] : "up5k_32x32"}]
set dir [expr {[file isdirectory $core] ? $core : "rtl/cim_fpga/$core"}]
set out out/vivado
file mkdir $out
# The core's RTL as its filelist (cim_fpga.f) names it: the directory also holds its Verilog testbench.
set files {}
set fl [open $dir/cim_fpga.f]
foreach line [split [read $fl] "\n"] {
  if {$line ne "" && ![string match "//*" $line]} { lappend files $dir/$line }
}
close $fl
read_verilog {*}$files fpga/common/reset_sync.v fpga/arty/arty_top.v
read_xdc constraints/arty_a7.xdc
synth_design -top arty_top -part xc7a35ticsg324-1L
opt_design
place_design
route_design
report_utilization -file $out/utilization.rpt
report_timing_summary -file $out/timing.rpt
write_bitstream -force $out/arty_top.bit
