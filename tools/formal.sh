#!/usr/bin/env bash
# Proves a generated block's `ifdef FORMAL properties: bounded model check and
# k-induction with yosys-smtbmc and z3 (both must pass).
#   tools/formal.sh RTL_DIR BLOCK WORK_DIR
# The depth is the block's derived FORMAL_DEPTH (from RTL_DIR/BLOCK.h). On
# failure the counterexample is left in WORK_DIR/{bmc,induction}.vcd.
set -euo pipefail
rtl_dir=$1 block=$2 work=$3
upper=$(echo "$block" | tr '[:lower:]' '[:upper:]')
depth=$(sed -n "s/^#define ${upper}_FORMAL_DEPTH (\([0-9]*\)LL).*/\1/p" "$rtl_dir/$block.h")
[ -n "$depth" ] || { echo "formal: $rtl_dir/$block.h has no ${upper}_FORMAL_DEPTH"; exit 1; }
mkdir -p "$work"
: > "$work/summary.txt"
yosys -q -l "$work/yosys.log" -p "read_verilog -formal $rtl_dir/*.v; prep -top $block; async2sync; dffunmap; write_smt2 -wires $work/$block.smt2"
nprops=$(grep -c 'assert (' "$rtl_dir/$block.v" || true)
status=0
for mode in bmc induction; do
  flags=""; [ "$mode" = induction ] && flags="-i"
  start=$(date +%s)
  # --unroll: z3 4.8 stalls on some incremental queries of these designs.
  if yosys-smtbmc -s z3 --unroll $flags -t "$depth" --dump-vcd "$work/$mode.vcd" "$work/$block.smt2" >"$work/$mode.log" 2>&1 \
     && grep -q 'Status: PASSED' "$work/$mode.log"; then
    result=PASS; rm -f "$work/$mode.vcd"
  else
    result=FAIL; status=1
  fi
  printf '%-10s %-20s %3s asserts  %-9s depth %3s  %-4s %4ss\n' "$block" "$(basename "$(dirname "$rtl_dir")")" \
    "$nprops" "$mode" "$depth" "$result" "$(( $(date +%s) - start ))" | tee -a "$work/summary.txt"
  if [ "$result" = FAIL ]; then
    grep -a -E 'Assert failed|failed|ERROR' "$work/$mode.log" | head -5
    echo "counterexample: gtkwave $work/$mode.vcd   (log: $work/$mode.log)"
  fi
done
exit $status
