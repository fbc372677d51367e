#!/usr/bin/env bash
# make coverage: line, branch and toggle coverage of the generated RTL under the Verilator regression.
# Every sweep configuration's testbench, built with --coverage (CMake targets cov_<block>_<config>), runs as
# make test runs it (SEEDS seeds, the configuration's vectors); each harness writes its counts to
# OUT/dat/<block>/<config>/. Then verilator_coverage merges them into OUT/coverage.info (lcov), genhtml
# (Debian's lcov) writes OUT/html/, and tools/coverage_summary.py writes the per-block summary with every
# uncovered line named to OUT/coverage.md (make coverage copies it to docs/coverage.md).
#   tools/coverage.sh BUILD_DIR OUT_DIR [SEEDS [VECTORS]]
# COVERAGE_ONLY="block/config ..." limits it to those configurations; VECTORS overrides theirs.
set -euo pipefail
build=$1 out=$2 seeds=${3:-4} vectors_all=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out/dat"
while IFS=$'\t' read -r block cfg vectors _; do
  [ -z "${COVERAGE_ONLY:-}" ] || [[ " $COVERAGE_ONLY " == *" $block/$cfg "* ]] || continue
  vectors=${vectors_all:-$vectors}
  exe=$build/sweep/$block/$cfg/V${block}_cov
  [ -x "$exe" ] || { echo "coverage: $exe is missing (cmake --build $build --target coverage_tbs)"; exit 1; }
  dir=$out/dat/$block/$cfg
  mkdir -p "$dir"
  if ! CIMGEN_COVERAGE_DIR=$dir "$exe" --seeds "$seeds" --vectors "$vectors" >"$dir/run.log" 2>&1; then
    echo "coverage: $block $cfg failed: $(tail -1 "$dir/run.log")"
    exit 1
  fi
done <"$build/sweep/tests.tsv"
find "$out/dat" -name '*.dat' -print0 | xargs -0 verilator_coverage --write-info "$out/coverage.info" >/dev/null
genhtml --quiet --output-directory "$out/html" --title "cimgen generated RTL" "$out/coverage.info" >"$out/genhtml.log" 2>&1 ||
  { echo "coverage: genhtml failed: $(tail -3 "$out/genhtml.log")"; exit 1; }
/usr/bin/python3 "$here/coverage_summary.py" "$out/dat" --tsv "$out/coverage.tsv" >"$out/coverage.md"
echo "coverage: $(find "$out/dat" -name '*.dat' | wc -l) runs; $out/html/index.html; summary $out/coverage.md"
