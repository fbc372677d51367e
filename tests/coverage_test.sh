#!/usr/bin/env bash
# make coverage's pieces on one small configuration (shift_add formal_diff): its --coverage testbench
# writes counts that verilator_coverage, genhtml and tools/coverage_summary.py read; the summary has the
# block's line, branch and toggle figures; a run of one vector toggles fewer bits than the regression's
# run; and the summary names an uncovered line point with its source text (a .dat file made for it).
#   tests/coverage_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1 work=$2
here=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "FAIL $*"; exit 1; }
rm -rf "$work"
cmake --build "$build" --target cov_shift_add_formal_diff >/dev/null
export COVERAGE_ONLY=shift_add/formal_diff
bash "$here/tools/coverage.sh" "$build" "$work/full" 2 >/dev/null || fail "coverage.sh"
bash "$here/tools/coverage.sh" "$build" "$work/one" 1 1 >/dev/null || fail "coverage.sh with one vector"
[ -s "$work/full/html/index.html" ] || fail "no HTML report"
grep -q '^SF:.*shift_add.v' "$work/full/coverage.info" || fail "coverage.info names no shift_add.v"
row=$(grep '^| shift_add | 1 |' "$work/full/coverage.md") || fail "no shift_add row in the summary"
toggled() { awk -F'\t' '$1 == "shift_add" && $2 == "toggle" { print $3 }' "$1/coverage.tsv"; }
full=$(toggled "$work/full") one=$(toggled "$work/one")
[ -n "$full" ] && [ -n "$one" ] && [ "$full" -gt "$one" ] || fail "one vector toggles $one points, the regression $full"
# An uncovered line point is named with its configuration, file:line and source line.
mkdir -p "$work/made/blk/cfg"
printf 'module blk;\n  always @* x = y;  // the line\nendmodule\n' >"$work/made/blk.v"
printf "# SystemC::Coverage-3\nC '\001f\002%s\001l\0022\001page\002v_line/blk\001o\002block\001h\002top.blk' 0\n" \
  "$work/made/blk.v" >"$work/made/blk/cfg/a.dat"
/usr/bin/python3 "$here/tools/coverage_summary.py" "$work/made" >"$work/made/summary.md"
grep -qF '| cfg | blk.v:2 | line block | `always @* x = y;  // the line` |' "$work/made/summary.md" ||
  fail "the summary does not name the uncovered line: $(grep -A3 '### blk' "$work/made/summary.md")"
grep -qF '| blk | 1 | 0.0% (0/1) |' "$work/made/summary.md" || fail "the summary's blk row is wrong"
echo "coverage: $row; one vector toggles $one points"
