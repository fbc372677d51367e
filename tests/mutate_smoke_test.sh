#!/usr/bin/env bash
# make mutate in small: the campaigns of trq_sar and shift_add (every mutant of six configurations,
# about 3 minutes on 2 cores) through tools/mutate.sh. Each report row must keep the committed
# docs/mutation.md row's figures: mutants run, killed (by simulation, timeout and formal), survived and
# the kill rate, and equivalent plus explained together (a survivor may move between proved, bounded
# and explained as the equivalence checks improve). A testbench that got weaker, a mutant operator that
# changed or a classification that broke shows here, without the three-hour make mutate.
#   tests/mutate_smoke_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd) work=$2
rm -rf "$work"
mkdir -p "$work"
MUTATE_WORK=$work/campaigns MUTATE_ONLY="trq_sar shift_add" MUTATE_JOBS=${MUTATE_JOBS:-2} \
  bash "$root/tools/mutate.sh" "$build" "$work/report"
# block | configuration | run | killed (breakdown) | equivalent + explained | survived | kill rate
figures() {
  awk -F' *[|] *' -v b="$2" -v c="$3" '$2 == b && $3 == c {
    split($6, e, " "); print $4 " | " $5 " | " e[1] + $7 " | " $8 " | " $9 }' "$1"
}
fails=0
while read -r block cfg _; do
  case $block in trq_sar | shift_add) ;; *) continue ;; esac
  got=$(figures "$work/report/mutation.md" "$block" "$cfg")
  want=$(figures "$root/docs/mutation.md" "$block" "$cfg")
  if [ -n "$got" ] && [ "$got" = "$want" ]; then
    echo "same      $block $cfg: $got"
  else
    echo "DIFFERENT $block $cfg: $got, committed $want"; fails=$((fails + 1))
  fi
done < <("$build/cimgen" list --campaigns)
[ "$fails" -eq 0 ]
