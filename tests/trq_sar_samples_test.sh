#!/usr/bin/env bash
# The trq_sar RTL converts a model workload's ADC inputs with calibrated TRQ
# settings (single and per-significance table) using exactly the model's
# number of comparisons, with no idle cycle.
set -euo pipefail
cimgen=$1 exe=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cimgen" model R=64 C=4 vectors=10 seed=3 --dump-samples "$tmp/samples.csv" >/dev/null
"$cimgen" trq-calibrate R=64 C=4 vectors=10 -o "$tmp/single.json" >/dev/null
"$cimgen" trq-calibrate R=64 C=4 vectors=10 --per-significance -o "$tmp/table.json" >/dev/null
for s in single table; do
  "$exe" --samples "$tmp/samples.csv" --settings "$tmp/$s.json"
done
