#!/usr/bin/env bash
# Proves that the generated RTL of two trees is equivalent, configuration by configuration: old RTL
# against new after a change that should alter the form only (issue 23). For each BLOCK/CFG directory
# in both trees, Yosys reads both designs (without `ifdef FORMAL), flattens them, turns an
# asynchronous reset into a synchronous one (async2sync) and proves them equivalent: equiv_make
# matches signals by name, equiv_simple and equiv_induct prove every matched pair (outputs included)
# equal on every cycle by induction, whatever the inputs. A pair it cannot prove is a failure.
#   tools/equiv.sh OLD_RTL NEW_RTL [WORK_DIR]      (RTL: a tree like rtl/, BLOCK/CFG/BLOCK.v)
#   EQUIV_ONLY="trq_sar cim_tile/ref_64x64"        only these blocks (or block/configuration)
#   EQUIV_RENAME=FILE   a sed -E script mapping an old design's signal name to the new design's name for
#                       the same signal, where a change renamed registers (rows unrolled as b0_x5_q that a
#                       generate loop now names g_row[5].b0_x_q: tools/equiv_rename.sed); other names are
#                       matched as they are
# Prints a row per configuration (block, configuration, result, proved pairs, time); exit 1 if any
# configuration is not proved or is missing from one tree.
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
work=${3:-$(mktemp -d)}
mkdir -p "$work"; rm -f "$work/failed"
load() {  # DIR BLOCK NAME [RENAMES]: the design as module NAME (its signals renamed), stashed under NAME
  echo "read_verilog $(rtl_files "$1" "$2"); hierarchy -top $2; proc; flatten; memory; async2sync; opt_clean;
        cd $2; ${4:-} cd ..; rename $2 $3; design -stash $3;"
}
renames() {  # DIR BLOCK: the old design's `rename` commands under EQUIV_RENAME (its names as load() leaves them:
             # a memory is a word per name, mem[0] ..)
  [ -n "${EQUIV_RENAME:-}" ] || return 0
  local names=$work/$2.names
  yosys -q -p "read_verilog $(rtl_files "$1" "$2"); hierarchy -top $2; proc; flatten; memory; select -write $names w:*" >/dev/null
  sed -n "s|^$2/||p" "$names" | grep -v '^[$]' | sort >"$names.old" || true
  sed -E -f "$EQUIV_RENAME" "$names.old" | paste -d' ' "$names.old" - | awk '$1 != $2 {printf "rename %s %s; ", $1, $2}'
}
status=0
printf '%-10s %-24s %-10s %8s %6s\n' block configuration result pairs time
for dir in "$old"/*/*/ "$new"/*/*/; do
  cfg=$(basename "$dir") block=$(basename "$(dirname "$dir")")
  echo "$block $cfg"
done | sort -u | while read -r block cfg; do
  selected "${EQUIV_ONLY:-}" "$block" "$cfg" || continue
  start=$(date +%s)
  if [ ! -f "$old/$block/$cfg/$block.v" ] || [ ! -f "$new/$block/$cfg/$block.v" ]; then
    printf '%-10s %-24s %-10s %8s %5ss\n' "$block" "$cfg" MISSING - 0; echo fail >>"$work/failed"; continue
  fi
  log=$work/$block.$cfg.log
  result=FAIL
  if yosys -q -l "$log" -p "$(load "$old/$block/$cfg" "$block" gold "$(renames "$old/$block/$cfg" "$block")")
      $(load "$new/$block/$cfg" "$block" gate)
      design -copy-from gold -as gold gold; design -copy-from gate -as gate gate;
      equiv_make gold gate equiv; hierarchy -top equiv; equiv_simple -seq 2; equiv_induct -seq 2;
      tee -o $work/$block.$cfg.status equiv_status; equiv_status -assert" >/dev/null 2>&1; then
    result=proved
  fi
  pairs=$(sed -n 's/.*Found \([0-9]*\) \$equiv cells.*/\1/p' "$work/$block.$cfg.status" 2>/dev/null | head -1)
  printf '%-10s %-24s %-10s %8s %5ss\n' "$block" "$cfg" "$result" "${pairs:--}" "$(( $(date +%s) - start ))"
  [ "$result" = proved ] || { echo fail >>"$work/failed"; grep -m5 'Unproven' "$work/$block.$cfg.status" 2>/dev/null || tail -3 "$log"; }
done
[ ! -f "$work/failed" ] || { rm -f "$work/failed"; exit 1; }
