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
# A register renamed (code_q -> code_kept_q, as a loop renames an unrolled row) is matched through
# EQUIV_RENAME: as many pairs as the plain rewrite, where without the map the register is left unmatched.
mkdir -p "$work/ren/trq_sar/ref_n8_trq"
sed 's/\bcode_q\b/code_kept_q/g' "$work/new/trq_sar/ref_n8_trq/trq_sar.v" >"$work/ren/trq_sar/ref_n8_trq/trq_sar.v"
echo 's/^code_q$/code_kept_q/' >"$work/rename.sed"
pairs() { awk -v c=ref_n8_trq '$2 == c && $3 == "proved" {print $4}' "$1"; }
EQUIV_ONLY=trq_sar/ref_n8_trq bash "$root/tools/equiv.sh" "$work/old" "$work/new" "$work/p0" >"$work/p0.log"
EQUIV_ONLY=trq_sar/ref_n8_trq EQUIV_RENAME="$work/rename.sed" bash "$root/tools/equiv.sh" "$work/old" "$work/ren" "$work/p1" \
  >"$work/p1.log" || { echo "FAIL the renamed register is not proved through EQUIV_RENAME"; cat "$work/p1.log"; exit 1; }
EQUIV_ONLY=trq_sar/ref_n8_trq bash "$root/tools/equiv.sh" "$work/old" "$work/ren" "$work/p2" >"$work/p2.log" || true
[ -n "$(pairs "$work/p0.log")" ] && [ "$(pairs "$work/p1.log")" = "$(pairs "$work/p0.log")" ] ||
  { echo "FAIL EQUIV_RENAME: $(pairs "$work/p1.log") pairs, $(pairs "$work/p0.log") without the rename"; exit 1; }
[ "$(pairs "$work/p2.log")" != "$(pairs "$work/p0.log")" ] || { echo "FAIL code_kept_q matched without the map"; exit 1; }
mkdir -p "$work/a/trq_sar/x" "$work/b/trq_sar/x"
cp "$root/rtl/trq_sar/ref_n8_trq"/*.v "$work/a/trq_sar/x/"
cp "$root/rtl/trq_sar/ref_n8_trq_rready"/*.v "$work/b/trq_sar/x/"
if bash "$root/tools/equiv.sh" "$work/a" "$work/b" "$work/neg" >"$work/neg.log" 2>&1; then
  echo "FAIL READY=comb and READY=reg proved equivalent"; cat "$work/neg.log"; exit 1
fi
grep -q 'Unproven .*ready_o' "$work/neg.log" || { echo "FAIL the refusal does not name ready_o"; cat "$work/neg.log"; exit 1; }
echo "equiv: form-only rewrite proved, a renamed register matched through EQUIV_RENAME, READY=comb vs READY=reg refused at ready_o"
