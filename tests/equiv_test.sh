#!/usr/bin/env bash
# tools/equiv.sh, the proof that a change altered the generated RTL in form only: it proves the small
# references equivalent to a copy rewritten in form (comments dropped, lines indented differently) and
# refuses two designs that differ (trq_sar with combinational ready_o against READY=reg, which raises
# ready_o one cycle later), naming the unproven output.
#   tests/equiv_test.sh WORK_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$1
rm -rf "$work"
mkdir -p "$work/old" "$work/new"
for ref in trq_sar/ref_n8_trq trq_sar/ref_n8_uniform shift_add/ref_diff_trq stack_ctl/ref_deep_10x10; do
  mkdir -p "$work/old/$ref" "$work/new/$ref"
  cp "$root/rtl/$ref"/*.v "$work/old/$ref/"
  for f in "$root/rtl/$ref"/*.v; do
    sed -e 's://.*$::' -e 's/^  */    /' "$f" >"$work/new/$ref/$(basename "$f")"
  done
  ! cmp -s "$work/old/$ref/${ref%%/*}.v" "$work/new/$ref/${ref%%/*}.v" || { echo "FAIL $ref not rewritten"; exit 1; }
done
bash "$root/tools/equiv.sh" "$work/old" "$work/new" "$work/proofs"
mkdir -p "$work/a/trq_sar/x" "$work/b/trq_sar/x"
cp "$root/rtl/trq_sar/ref_n8_trq"/*.v "$work/a/trq_sar/x/"
cp "$root/rtl/trq_sar/ref_n8_trq_rready"/*.v "$work/b/trq_sar/x/"
if bash "$root/tools/equiv.sh" "$work/a" "$work/b" "$work/neg" >"$work/neg.log" 2>&1; then
  echo "FAIL READY=comb and READY=reg proved equivalent"; cat "$work/neg.log"; exit 1
fi
grep -q 'Unproven .*ready_o' "$work/neg.log" || { echo "FAIL the refusal does not name ready_o"; cat "$work/neg.log"; exit 1; }
echo "equiv: form-only rewrite proved, READY=comb vs READY=reg refused at ready_o"
