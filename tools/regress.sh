#!/usr/bin/env bash
# make regress: the Verilator regression of every rtl/sweep.txt configuration
# with more seeds and vectors than `make test` (about 10x).
#   tools/regress.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
while read -r block cfg tags _; do
  exe=$build/sweep/$block/$cfg/V$block
  # About 10x make test: 4x the vectors of make test (its tags' vectors=V, else 3000) and 10 seeds.
  vectors=3000
  if [[ ",$tags," =~ ,vectors=([0-9]+), ]]; then vectors=${BASH_REMATCH[1]}; fi
  args=(--seeds 10 --vectors $((vectors * 4)))
  start=$(date +%s)
  if out=$("$exe" "${args[@]}" 2>&1); then r=PASS; else r=FAIL; status=1; fi
  printf '%-10s %-24s %s %4ss  %s\n' "$block" "$cfg" "$r" "$(( $(date +%s) - start ))" "$(echo "$out" | tail -1 | cut -c1-100)"
done < "$root/rtl/sweep.txt"
exit $status
