#!/usr/bin/env bash
# make bench: generator and simulation speed, printed as figures.
set -euo pipefail
build=$(cd "$1" && pwd)
cimgen=$build/cimgen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$("$cimgen" sweep | wc -l)
start=$(date +%s%N)
"$cimgen" sweep | while read -r block cfg tags params; do "$cimgen" gen "$block" $params -o "$tmp/$cfg"; done
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "generator: $n configurations in ${ms} ms ($(( ms / n )) ms per configuration, process start included)"
for cfg in ref_default ref_diff_trq; do
  exe=$build/sweep/shift_add/$cfg/Vshift_add
  start=$(date +%s%N)
  line=$("$exe" --seeds 1 --vectors 20000)
  end=$(date +%s%N)
  cycles=$(echo "$line" | sed -E 's/.* ([0-9]+) cycles.*/\1/')
  ms=$(( (end - start) / 1000000 ))
  echo "simulation shift_add/$cfg: $cycles cycles in ${ms} ms, $(( cycles * 1000 / (ms > 0 ? ms : 1) )) cycles/s with the model in the loop"
done
"$build/bench_model"
# Comparisons per conversion of the trq_sar RTL on the study's reference
# workload, uniform and with the calibrated settings, against the model.
exe=$build/sweep/trq_sar/ref_n8_trq/Vtrq_sar
"$cimgen" model R=128 C=8 vectors=20 seed=2 --dump-samples "$tmp/samples.csv" >/dev/null
printf '{"N": 8, "k": 0, "setting": {"trq": false}}\n' > "$tmp/uniform.json"
"$cimgen" trq-calibrate R=128 C=8 vectors=20 -o "$tmp/single.json" >/dev/null
"$cimgen" trq-calibrate R=128 C=8 vectors=20 --per-significance -o "$tmp/table.json" >/dev/null
for s in uniform single table; do
  printf 'trq_sar %-8s ' "$s"; "$exe" --samples "$tmp/samples.csv" --settings "$tmp/$s.json"
done
# cim_tile: a 128x128 tile co-simulated with the crossbar model (Verilator
# -O3; TRACE=1 also builds with --trace-fst and writes an FST waveform of the first bench).
root=$(cd "$(dirname "$0")/.." && pwd)
"$cimgen" gen cim_tile R=128 COLS=128 N=8 NADC=2 -o "$tmp/tile/rtl"
trace_flags=() trace_args=()
if [ "${TRACE:-0}" = 1 ]; then trace_flags=(--trace-fst); trace_args=(--trace "${TRACE_FILE:-cim_tile_bench.fst}"); fi
verilator --cc --exe --build -j 2 --quiet-exit -O3 --x-assign fast --x-initial unique "${trace_flags[@]}" \
  --top-module cim_tile -y "$tmp/tile/rtl" --Mdir "$tmp/tile/obj" -o "$tmp/tile/V" \
  -CFLAGS "-std=c++17 -O2 -I$tmp/tile/rtl -I$root/sim -I$root/tb" -MAKEFLAGS "OPT_FAST=-O2" \
  "$tmp/tile/rtl/cim_tile.v" "$root/blocks/cim_tile/cim_tile_tb.cpp" "$build/libcimsim.a" >"$tmp/tile/build.log" 2>&1 \
  || { tail -20 "$tmp/tile/build.log"; exit 1; }
"$tmp/tile/V" --bench 300 "${trace_args[@]}"
