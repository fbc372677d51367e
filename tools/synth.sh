#!/usr/bin/env bash
# make synth: Yosys synth_ice40 of every reference configuration (rtl/ list),
# with a latch check, then nextpnr-ice40 place and route on an HX8K; prints
# LUT4, flip-flop and carry counts and the post-route Fmax.
set -euo pipefail
cimgen=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-12s %-22s %6s %6s %6s %10s\n' block config LUT4 FF CARRY "Fmax MHz"
"$cimgen" sweep | while read -r block cfg tags params; do
  case ",$tags," in *,ref,*) ;; *) continue ;; esac
  "$cimgen" gen "$block" $params -o "$tmp/$cfg"
  yosys -q -l "$tmp/$cfg.log" -p "read_verilog $tmp/$cfg/*.v; hierarchy -top $block; proc; check -assert;
    select -assert-none t:\$dlatch t:\$adlatch t:\$dlatchsr; synth_ice40 -top $block -json $tmp/$cfg.json; stat" >/dev/null
  # The last statistics block is the final netlist (synth_ice40 prints one too).
  awk '/Printing statistics/ {buf=""} {buf = buf $0 "\n"} END {printf "%s", buf}' "$tmp/$cfg.log" > "$tmp/$cfg.stat"
  luts=$(awk '$1 == "SB_LUT4" {print $2}' "$tmp/$cfg.stat")
  ffs=$(awk '$1 ~ /^SB_DFF/ {s += $2} END {print s + 0}' "$tmp/$cfg.stat")
  carry=$(awk '$1 == "SB_CARRY" {print $2}' "$tmp/$cfg.stat")
  # A bare block with more ports than the package has pins (the tile) cannot
  # be placed; its Fmax comes with the board tops of issue 6.
  { nextpnr-ice40 --hx8k --package ct256 --json "$tmp/$cfg.json" --seed 1 > "$tmp/$cfg.pnr" 2>&1 || true; }
  fmax=$(sed -n "s/.*Max frequency for clock .*: \([0-9.]*\) MHz.*/\1/p" "$tmp/$cfg.pnr" | tail -1)
  if [ -z "$fmax" ] && grep -q 'Unable to find a placement location for cell .*sb_io' "$tmp/$cfg.pnr"; then
    fmax="n/a (more ports than pins)"
  elif [ -z "$fmax" ]; then
    fmax="n/a (P&R failed)"; grep -m3 ERROR "$tmp/$cfg.pnr" >&2 || true
  fi
  printf '%-12s %-22s %6s %6s %6s %10s\n' "$block" "$cfg" "${luts:-0}" "${ffs:-0}" "${carry:-0}" "$fmax"
done
