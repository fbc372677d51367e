# Shared by tools/synth.sh, tools/qor.sh and tools/fpga.sh: reading Yosys and
# nextpnr logs. Source it; every function prints to stdout.

# The latch check run before synthesis (Yosys script text).
LATCH_CHECK='proc; check -assert; select -assert-none t:$dlatch t:$adlatch t:$dlatchsr'

# The last statistics block of a Yosys log: the final netlist (synth_* prints one too).
last_stat() { awk '/Printing statistics/ {buf=""} {buf = buf $0 "\n"} END {printf "%s", buf}' "$1"; }

# iCE40 counts of a Yosys log: "LUT4 FF CARRY BRAM".
ice40_counts() {
  last_stat "$1" | awk '$1 == "SB_LUT4" {l = $2} $1 ~ /^SB_DFF/ {f += $2} $1 == "SB_CARRY" {c = $2}
                        $1 == "SB_RAM40_4K" {b = $2} END {printf "%d %d %d %d\n", l, f, c, b}'
}

# Xilinx 7-series counts of a Yosys log: "LUT FF BRAM LUTRAM CARRY4".
xc7_counts() {
  last_stat "$1" | awk '$1 ~ /^LUT[1-6]$/ {l += $2} $1 ~ /^FD[CPRS]E?$/ {f += $2} $1 ~ /^RAMB/ {b += $2}
                        $1 ~ /^RAM(32|64|128|256)/ {r += $2} $1 == "CARRY4" {c += $2}
                        END {printf "%d %d %d %d %d\n", l, f, b, r, c}'
}

# Post-route Fmax of a nextpnr-ice40 log in MHz, or "n/a (reason)".
pnr_fmax() {
  local f
  f=$(sed -n "s/.*Max frequency for clock .*: \([0-9.]*\) MHz.*/\1/p" "$1" | tail -1)
  if [ -n "$f" ]; then echo "$f"
  elif grep -q 'Unable to find a placement location for cell .*sb_io' "$1"; then echo "n/a (ports > pins)"
  elif grep -q 'Unable to find legal placement' "$1"; then echo "n/a (not placed)"
  else echo "n/a (P&R failed)"
  fi
}
