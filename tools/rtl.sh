#!/usr/bin/env bash
# rtl/ holds the generated RTL of every block's reference configurations (with the self-checking
# Verilog testbench and its vectors, for the blocks that have one) and the list of test configurations
# (sweep.txt), all written by cimgen.
#   tools/rtl.sh write CIMGEN RTL_DIR   regenerate rtl/
#   tools/rtl.sh check CIMGEN RTL_DIR   fail if rtl/ differs from what CIMGEN writes
set -euo pipefail
mode=$1 cimgen=$2 rtl=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cimgen" sweep > "$tmp/sweep.txt"
with_tb=" $("$cimgen" list --testbenches | tr '\n' ' ')"
"$cimgen" sweep --tag ref | while read -r block cfg _ params; do
  tb=()
  [[ "$with_tb" == *" $block "* ]] && tb=(--testbench V)
  "$cimgen" gen "$block" $params "${tb[@]}" -o "$tmp/$block/$cfg"
done
if [ "$mode" = write ]; then
  rm -rf "$rtl"
  mkdir -p "$rtl"
  cp -r "$tmp"/. "$rtl"/
  echo "rtl: wrote $(find "$rtl" -type f | wc -l) files to $rtl"
elif ! diff -r -q "$rtl" "$tmp" >/dev/null; then
  diff -r "$rtl" "$tmp" | head -40
  echo "rtl/ is stale: the committed generated RTL differs from what cimgen writes now."
  echo "Fix: make rtl && git add rtl"
  exit 1
else
  echo "rtl/ is fresh ($(find "$rtl" -type f | wc -l) files)"
fi
