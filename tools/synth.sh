#!/usr/bin/env bash
# make synth: Yosys synth_ice40 of every reference configuration (rtl/ list),
# with a latch check, then nextpnr-ice40 place and route on an HX8K; prints
# LUT4, flip-flop and carry counts and the post-route Fmax.
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
cimgen=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-12s %-22s %6s %6s %6s %10s\n' block config LUT4 FF CARRY "Fmax MHz"
"$cimgen" sweep --tag ref | while read -r block cfg _ params; do
  "$cimgen" gen "$block" $params -o "$tmp/$cfg"
  yosys -q -l "$tmp/$cfg.log" -p "read_verilog $tmp/$cfg/*.v; hierarchy -top $block; $LATCH_CHECK;
    $(ice40_synth "$block" "$tmp/$cfg.json" "$(ice40_style "$block")"); stat" >/dev/null
  read -r luts ffs carry _ < <(ice40_counts "$tmp/$cfg.log")
  # A bare block with more ports than the package has pins (the tile) cannot be placed.
  fmax=$(ice40_fmax hx8k ct256 "$tmp/$cfg.json" "$tmp/$cfg.pnr")
  printf '%-12s %-22s %6s %6s %6s %10s\n' "$block" "$cfg" "${luts:-0}" "${ffs:-0}" "${carry:-0}" "$fmax"
done
