#!/usr/bin/env bash
# make regress: the Verilator regression of every rtl/sweep.txt configuration
# with more seeds and vectors than `make test` (about 10x).
#   tools/regress.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
status=0
# build/sweep/tests.tsv (written by CMake from rtl/sweep.txt): block, configuration, vectors, formal.
while IFS=$'\t' read -r block cfg vectors _; do
  exe=$build/sweep/$block/$cfg/V$block
  # About 10x make test: 4x its vectors and 10 seeds.
  args=(--seeds 10 --vectors $((vectors * 4)))
  start=$(date +%s)
  if out=$("$exe" "${args[@]}" 2>&1); then r=PASS; else r=FAIL; status=1; fi
  printf '%-10s %-24s %s %4ss  %s\n' "$block" "$cfg" "$r" "$(( $(date +%s) - start ))" "$(echo "$out" | tail -1 | cut -c1-100)"
done < "$build/sweep/tests.tsv"
exit $status
