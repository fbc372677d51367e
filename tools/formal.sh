#!/usr/bin/env bash
# Proves a generated block's `ifdef FORMAL properties with yosys-smtbmc and z3:
# bounded model check and k-induction to the block's FORMAL_DEPTH (both must
# pass: together they are a proof), then every cover statement to
# FORMAL_COVER_DEPTH (default FORMAL_DEPTH). The generator also writes the
# same jobs as RTL_DIR/BLOCK.sby for SymbiYosys.
#   tools/formal.sh RTL_DIR BLOCK WORK_DIR
#   tools/formal.sh --header              the table's header line
# Prints a table row per run (block, configuration, asserts, covers, mode,
# depth, result, time) and keeps them in WORK_DIR/summary.txt. On failure the
# counterexample (or, for covers, the deepest trace) is WORK_DIR/MODE.vcd.
# FORMAL_DEFINES adds read_verilog options (make mutate: -DMUTANT=ID).
set -euo pipefail
row() { printf '%-10s %-20s %7s %6s  %-9s %5s  %-6s %5s\n' "$@"; }
if [ "${1:-}" = --header ]; then row block configuration asserts covers mode depth result time; exit 0; fi
rtl_dir=$1 block=$2 work=$3
upper=$(echo "$block" | tr '[:lower:]' '[:upper:]')
derived() { sed -n "s/^#define ${upper}_$1 (\([0-9]*\)LL).*/\1/p" "$rtl_dir/$block.h"; }
depth=$(derived FORMAL_DEPTH)
[ -n "$depth" ] && [ "$depth" -gt 0 ] || { echo "formal: $rtl_dir/$block.h has no ${upper}_FORMAL_DEPTH"; exit 1; }
cover_depth=$(derived FORMAL_COVER_DEPTH); cover_depth=${cover_depth:-$depth}
mkdir -p "$work"
: > "$work/summary.txt"
# The [script] of the generated BLOCK.sby (read, prep, cut points), then what
# SymbiYosys adds for smtbmc.
[ -f "$rtl_dir/$block.sby" ] || { echo "formal: $rtl_dir/$block.sby missing"; exit 1; }
script=$(awk '/^\[script\]/ { on = 1; next } /^\[/ { on = 0 } on && NF' "$rtl_dir/$block.sby" |
  sed -e "s|^read -formal|read_verilog -formal ${FORMAL_DEFINES:-}|" -e "s| \([a-z0-9_]*\.v\)| $rtl_dir/\1|g" -e 's/$/;/' | tr '\n' ' ')
yosys -q -l "$work/yosys.log" -p "$script async2sync; dffunmap; write_smt2 -wires $work/$block.smt2"
nasserts=$(grep -c 'assert (' "$rtl_dir/$block.v" || true)
ncovers=$(grep -c 'cover (' "$rtl_dir/$block.v" || true)
cfg=$(basename "$(dirname "$rtl_dir")")
modes="bmc induction"
[ "$ncovers" -gt 0 ] && [ -z "${FORMAL_NO_COVER:-}" ] && modes="$modes cover"
status=0
for mode in $modes; do
  flags="" d=$depth
  [ "$mode" = induction ] && flags="-i"
  [ "$mode" = cover ] && flags="-c" d=$cover_depth
  start=$(date +%s)
  # --unroll: z3 4.8 stalls on some incremental queries of these designs.
  if yosys-smtbmc -s z3 --unroll $flags -t "$d" --dump-vcd "$work/$mode.vcd" "$work/$block.smt2" >"$work/$mode.log" 2>&1 \
     && grep -q 'Status: PASSED' "$work/$mode.log"; then
    result=PASS; rm -f "$work/$mode.vcd"
  else
    result=FAIL; status=1
  fi
  row "$block" "$cfg" "$nasserts" "$ncovers" "$mode" "$d" "$result" "$(( $(date +%s) - start ))s" |
    tee -a "$work/summary.txt"
  if [ "$result" = FAIL ]; then
    grep -a -E 'Assert failed|Unreached cover|failed|ERROR' "$work/$mode.log" | head -5
    echo "trace: gtkwave $work/$mode.vcd   (log: $work/$mode.log)"
  fi
done
exit $status
