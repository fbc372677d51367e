#!/usr/bin/env bash
# How strong the Verilog testbenches are: each mutation campaign configuration's top module
# (cimgen list --campaigns) as a mutant schema (cimgen-mutate schema), its Verilog testbench
# (gen --testbench V) run under Icarus once per mutant (+mutant=ID); a mutant is killed when the
# testbench does not end with PASS. Prints one row per configuration: block, configuration, mutants,
# killed, and the mutants the Verilator campaign (docs/mutation.md) counts equivalent or explained.
#   tools/vtb_mutants.sh BUILD_DIR WORK_DIR
#   VTB_ONLY="trq_sar cim_tile/t8x8_diff"   only these blocks (or block/configuration)
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
build=$1 work=$2
cimgen=$build/cimgen mutate=$build/cimgen-mutate
rm -rf "$work"; mkdir -p "$work"
with=" $("$cimgen" list --testbenches | tr '\n' ' ')"
echo "| block | configuration | mutants | killed by the Verilog testbench | kill rate |"
echo "|---|---|---:|---:|---:|"
"$cimgen" list --campaigns | while read -r block cfg _; do
  [[ "$with" == *" $block "* ]] || continue
  selected "${VTB_ONLY:-}" "$block" "$cfg" || continue
  params=$("$cimgen" sweep --block "$block" | awk -v c="$cfg" '$2 == c { for (i = 3; i <= NF; ++i) print $i }' |
    tr ',' '\n' | grep = | grep -v '^vectors=' | tr '\n' ' ')
  dir=$work/$block/$cfg
  # shellcheck disable=SC2086
  "$cimgen" gen "$block" $params --testbench V -o "$dir" >/dev/null
  "$mutate" schema "$dir/$block.v" -o "$dir/schema.v" --list "$dir/mutants.tsv" >/dev/null
  files=$(grep -v "^//" "$dir/$block.f" | { grep -vx "$block.v" || true; } | tr "\n" " ")
  # shellcheck disable=SC2086
  (cd "$dir" && iverilog -g2005 -o sim $files schema.v "${block}_tb.v")
  total=0 killed=0
  for id in $(awk -F'\t' 'NR > 1 { print $1 }' "$dir/mutants.tsv"); do
    total=$((total + 1))
    out=$(cd "$dir" && timeout 60 vvp -n sim +mutant="$id" | tail -1) || true
    [[ $out == PASS* ]] || killed=$((killed + 1))
  done
  echo "| $block | $cfg | $total | $killed | $(awk -v k=$killed -v t=$total 'BEGIN { printf "%.1f%%", 100 * k / t }') |"
done
