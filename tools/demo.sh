#!/usr/bin/env bash
# make demo: generate the reference shift_add and cim_tile, simulate them
# against the behavioural model, and print the analytical report.
set -euo pipefail
build=$1 out=$2
cimgen=$build/cimgen
params="N=8 PD=1 PR=1 PI=8 PW=8 R=128 KMAX=0 w_enc=unsigned RST=async"
echo "== cimgen gen shift_add $params -o $out"
"$cimgen" gen shift_add $params -o "$out"
ls -l "$out"
grep -E '"(T|J|NREQ|ACC_W|ACC_MIN|ACC_MAX)"' -A1 "$out/shift_add.json" | grep -E '"(T|J|NREQ|ACC_W|ACC_MIN|ACC_MAX)"|value' | paste - - \
  | sed -E 's/[[:space:]]+/ /g; s/"value": //; s/[{},]//g'
echo
echo "== Verilator simulation of the generated RTL against the model"
"$build/sweep/shift_add/ref_default/Vshift_add" --seeds 3 --vectors 300 -v
echo
echo "== cimgen report PI=8 PW=8 PO=8 PD=1 PR=1 R=128"
"$cimgen" report PI=8 PW=8 PO=8 PD=1 PR=1 R=128
echo
# The reference tile's parameters, as cimgen lists them.
tile=$("$cimgen" sweep --block cim_tile --tag ref | awk '$2 == "ref_64x64" { for (i = 4; i <= NF; i++) printf "%s ", $i }')
echo "== cimgen gen cim_tile $tile -o $out/cim_tile"
"$cimgen" gen cim_tile $tile -o "$out/cim_tile"
ls -l "$out/cim_tile"
echo
echo "== Verilator co-simulation of the reference tile (rtl/cim_tile/ref_64x64) with the crossbar model"
"$build/sweep/cim_tile/ref_64x64/Vcim_tile" --demo
