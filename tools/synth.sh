#!/usr/bin/env bash
# make synth: Yosys synth_ice40 of every reference configuration (rtl/ list),
# with a latch check; prints LUT4, flip-flop and carry counts.
set -euo pipefail
cimgen=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-12s %-22s %6s %6s %6s\n' block config LUT4 FF CARRY
"$cimgen" sweep | while read -r block cfg tags params; do
  case ",$tags," in *,ref,*) ;; *) continue ;; esac
  "$cimgen" gen "$block" $params -o "$tmp/$cfg"
  yosys -q -l "$tmp/$cfg.log" -p "read_verilog $tmp/$cfg/*.v; hierarchy -top $block; proc; check -assert;
    select -assert-none t:\$dlatch t:\$adlatch t:\$dlatchsr; synth_ice40 -top $block; stat" >/dev/null
  luts=$(grep -E '^\s+SB_LUT4\s' "$tmp/$cfg.log" | tail -1 | awk '{print $2}')
  ffs=$(grep -E '^\s+SB_DFF' "$tmp/$cfg.log" | awk '{s+=$2} END {print s+0}')
  carry=$(grep -E '^\s+SB_CARRY\s' "$tmp/$cfg.log" | tail -1 | awk '{print $2}')
  printf '%-12s %-22s %6s %6s %6s\n' "$block" "$cfg" "${luts:-0}" "${ffs:-0}" "${carry:-0}"
done
