#!/usr/bin/env bash
# make qor: quality of results of every reference configuration (rtl/, the
# committed RTL): Yosys synth_ice40 LUT4 / flip-flops / block RAMs, post-route
# Fmax on an iCE40 HX8K (ct256) and UP5K (sg48) where the bare block has few
# enough ports to place, and Yosys synth_xilinx (xc7) LUT / flip-flop / block
# RAM counts. Writes OUT.md (a Markdown table) and OUT.json.
#   tools/qor.sh OUT   (e.g. docs/qor: docs/qor.md, docs/qor.json)
#   QOR_RTL=DIR        another tree like rtl/ (make equiv's build/equiv/now: QoR before make rtl)
#   QOR_ONLY="trq_sar cim_tile/ref_64x64"  only these blocks (or block/configuration)
#   CIMGEN=PATH        the generator that lists the references (default: build/cimgen)
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rows=()
cimgen=${CIMGEN:-$root/build/cimgen}
[ -x "$cimgen" ] || { echo "qor: $cimgen missing: build first (make build)"; exit 1; }
refs=$("$cimgen" sweep --tag ref)
while read -r block cfg _; do
  selected "${QOR_ONLY:-}" "$block" "$cfg" || continue
  dir=${QOR_RTL:-$root/rtl}/$block/$cfg
  yosys -q -l "$tmp/ice.log" -p "read_verilog $(rtl_files "$dir" "$block"); $(ice40_synth "$block" "$tmp/ice.json" "$(ice40_style "$block")"); stat" >/dev/null
  read -r lut ff _ bram < <(ice40_counts "$tmp/ice.log")
  hx=$(ice40_fmax hx8k ct256 "$tmp/ice.json" "$tmp/pnr.log")
  up=$(ice40_fmax up5k sg48 "$tmp/ice.json" "$tmp/pnr.log")
  yosys -q -l "$tmp/xil.log" -p "read_verilog $(rtl_files "$dir" "$block"); synth_xilinx -top $block -family xc7; stat" >/dev/null
  read -r xlut xff xbram xlram _ < <(xc7_counts "$tmp/xil.log")
  xram="$xbram BRAM, $xlram LUTRAM"
  echo "qor: $block $cfg: iCE40 $lut LUT4 ${ff} FF $bram BRAM, HX8K $hx, UP5K $up; xc7 $xlut LUT $xff FF ($xram)" >&2
  rows+=("$block|$cfg|$lut|$ff|$bram|$hx|$up|$xlut|$xff|$xram")
done <<<"$refs"
{
  echo "| block | configuration | iCE40 LUT4 | iCE40 FF | iCE40 BRAM | HX8K Fmax (MHz) | UP5K Fmax (MHz) | xc7 LUT | xc7 FF | xc7 RAM |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
} > "$out.md"
{
  echo "["
  n=${#rows[@]}
  for i in "${!rows[@]}"; do
    IFS='|' read -r b c l f br hx up xl xf xr <<< "${rows[$i]}"
    sep=$([ "$i" -lt $((n - 1)) ] && echo "," || true)
    printf '  {"block": "%s", "config": "%s", "ice40_lut4": %s, "ice40_ff": %s, "ice40_bram": %s, "hx8k_fmax_mhz": "%s", "up5k_fmax_mhz": "%s", "xc7_lut": %s, "xc7_ff": %s, "xc7_ram": "%s"}%s\n' \
      "$b" "$c" "$l" "$f" "$br" "$hx" "$up" "$xl" "$xf" "$xr" "$sep"
  done
  echo "]"
} > "$out.json"
echo "qor: wrote $out.md and $out.json"
