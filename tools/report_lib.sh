# Shared by tools/synth.sh, qor.sh, fpga.sh, equiv.sh, mutate.sh and latch.sh: the
# iCE40 synthesis script, nextpnr runs, reading Yosys and nextpnr logs, the
# latch check and the X_ONLY selection. Source it.

# selected LIST BLOCK CFG: true if LIST (the X_ONLY variables of qor.sh, equiv.sh and mutate.sh:
# "trq_sar cim_tile/ref_64x64") is empty or names the block or block/configuration.
selected() {
  [ -z "$1" ] || [[ " $1 " == *" $2 "* || " $1 " == *" $2/$3 "* ]]
}

# The latch check run before synthesis (Yosys script text).
LATCH_CHECK='proc; check -assert; select -assert-none t:$dlatch t:$adlatch t:$dlatchsr'

# synth_ice40 as a Yosys script: ice40_synth TOP JSON [dense]. With "dense"
# (the FPGA cores: make fpga, and their rows in make qor and make synth),
# synchronous resets are turned into logic before the flip-flops are mapped.
# The eight cells of an iCE40 logic tile share one clock, enable and reset, so
# every flip-flop with a reset net of its own needs a tile of its own: Yosys
# had turned one bit of each input-bank byte into an SB_DFFESR, splitting 128
# bytes over 256 tiles (417 control sets), and nextpnr could not legalise the
# 64x64 core at 84% of the cells. As logic: 188 control sets, and it places.
# A small block pays for it in LUTs (trq_sar: 57 -> 81 LUT4), so the bare
# blocks are synthesized without it.
ice40_synth() {
  local legal='dfflegalize -cell $_DFF_?_ 0 -cell $_DFFE_?P_ 0 -cell $_DFF_?P?_ 0 -cell $_DFFE_?P?P_ 0 -cell $_DLATCH_?_ x -mince -1'
  if [ "${3:-}" = dense ]; then
    echo "synth_ice40 -top $1 -run begin:map_ffs; $legal; synth_ice40 -top $1 -json $2 -run map_ffs:"
  else
    echo "synth_ice40 -top $1 -json $2"
  fi
}

# "dense" for the FPGA prototype's core, whose rows in make qor and make synth
# are to match make fpga.
ice40_style() { [ "$1" = cim_fpga ] && echo dense || true; }

# The last statistics block of a Yosys log: the final netlist (synth_* prints one too).
# The RTL files of a generated configuration DIR of BLOCK: those its filelist BLOCK.f names, else every
# .v file but a testbench (<block>_tb.v, which gen --testbench V writes beside the RTL).
rtl_files() {
  if [ -f "$1/$2.f" ]; then
    grep -v '^//' "$1/$2.f" | sed "s|^|$1/|" | tr '\n' ' '
  else
    find "$1" -maxdepth 1 -name '*.v' ! -name '*_tb.v' | sort | tr '\n' ' '
  fi
}

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
  elif grep -q "no BELs remaining to implement cell type 'ICESTORM_LC'" "$1"; then echo "n/a (cells > device)"
  elif grep -q 'Unable to find a placement location for cell .*sb_io' "$1"; then echo "n/a (ports > pins)"
  elif grep -q 'Unable to find legal placement' "$1"; then echo "n/a (not placed)"
  else echo "n/a (P&R failed)"
  fi
}

# Near full, nextpnr 0.4's placer can stall legalising with some seeds (the
# 64x64 core fills 87% of the UP5K; some seeds ran over 20 minutes): every
# nextpnr run of make fpga, make qor and make synth is given up after
# SEED_TIMEOUT seconds.
SEED_TIMEOUT=${SEED_TIMEOUT:-600}

# Post-route Fmax (seed 1, timing failures allowed) of a synth_ice40 JSON:
#   ice40_fmax DEVICE PACKAGE JSON LOG   e.g. ice40_fmax up5k sg48 top.json pnr.log
ice40_fmax() {
  local rc=0
  timeout "$SEED_TIMEOUT" nextpnr-ice40 "--$1" --package "$2" --json "$3" --seed 1 --timing-allow-fail > "$4" 2>&1 || rc=$?
  if [ "$rc" = 124 ]; then echo "n/a (no result in $SEED_TIMEOUT s)"; else pnr_fmax "$4"; fi
}
