#!/usr/bin/env bash
# make bench: generator and simulation speed, printed as figures.
set -euo pipefail
build=$1
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
