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
# A memory a loop now declares (l0_w_mem -> g_lane[0].w_mem) is matched word by word (l0_w_mem[3] ->
# g_lane[0].w_mem[3]): proved with the map; without it the words and the read register are unmatched.
mkdir -p "$work/m0/mem/x" "$work/m1/mem/x"
cat >"$work/m0/mem/x/mem.v" <<'V'
module mem (input wire clk_i, input wire we_i, input wire [1:0] wa_i, input wire [1:0] ra_i,
            input wire [3:0] d_i, output wire [3:0] q_o);
  reg [3:0] l0_w_mem [0:3];
  reg [3:0] l0_w_q;
  always @(posedge clk_i) begin
    if (we_i) l0_w_mem[wa_i] <= d_i;
    l0_w_q <= l0_w_mem[ra_i];
  end
  assign q_o = l0_w_q + 4'd1;
endmodule
V
cat >"$work/m1/mem/x/mem.v" <<'V'
module mem (input wire clk_i, input wire we_i, input wire [1:0] wa_i, input wire [1:0] ra_i,
            input wire [3:0] d_i, output wire [3:0] q_o);
  genvar a;
  generate
    for (a = 0; a < 1; a = a + 1) begin : g_lane
      reg [3:0] w_mem [0:3];
      reg [3:0] w_q;
      always @(posedge clk_i) begin
        if (we_i) w_mem[wa_i] <= d_i;
        w_q <= w_mem[ra_i];
      end
      assign q_o = w_q + 4'd1;
    end
  endgenerate
endmodule
V
echo 's/^l([0-9]+)_(w_mem(\[[0-9]+\])?|w_q)$/g_lane[\1].\2/' >"$work/mem.sed"
EQUIV_RENAME="$work/mem.sed" bash "$root/tools/equiv.sh" "$work/m0" "$work/m1" "$work/pm" >"$work/pm.log" ||
  { echo "FAIL the renamed memory is not proved through EQUIV_RENAME"; cat "$work/pm.log"; exit 1; }
if bash "$root/tools/equiv.sh" "$work/m0" "$work/m1" "$work/pn" >"$work/pn.log" 2>&1; then
  echo "FAIL the renamed memory proved without the map"; exit 1
fi
mkdir -p "$work/a/trq_sar/x" "$work/b/trq_sar/x"
cp "$root/rtl/trq_sar/ref_n8_trq"/*.v "$work/a/trq_sar/x/"
cp "$root/rtl/trq_sar/ref_n8_trq_rready"/*.v "$work/b/trq_sar/x/"
if bash "$root/tools/equiv.sh" "$work/a" "$work/b" "$work/neg" >"$work/neg.log" 2>&1; then
  echo "FAIL READY=comb and READY=reg proved equivalent"; cat "$work/neg.log"; exit 1
fi
grep -q 'Unproven .*ready_o' "$work/neg.log" || { echo "FAIL the refusal does not name ready_o"; cat "$work/neg.log"; exit 1; }
echo "equiv: form-only rewrite proved, a renamed register and a renamed memory matched through EQUIV_RENAME, READY=comb vs READY=reg refused at ready_o"
