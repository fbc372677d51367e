#!/usr/bin/env bash
# The testbenches' --trace option (tb/frame.hpp, tb/harness.hpp):
# - a testbench verilated with --trace-fst writes an FST waveform that fst2vcd (GTKWave) reads, holding the
#   block's ports, and passes as it does without it;
# - one verilated without --trace-fst refuses --trace with one line and exit 2, and writes no file;
# - an unwritable --trace file is refused with one line naming it;
# - a bad option gets one line and exit 2.
#   tests/trace_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1 work=$2
rm -rf "$work"; mkdir -p "$work"
dir=$build/sweep/shift_add/ref_default
fail() { echo "FAIL $*"; exit 1; }

"$dir/Vshift_add_trace" --seeds 1 --vectors 20 --trace "$work/t.fst" >"$work/run.log" || fail "traced run: $(tail -1 "$work/run.log")"
grep -q PASS "$work/run.log" || fail "traced run did not pass"
[ -s "$work/t.fst" ] || fail "no waveform written"
fst2vcd -f "$work/t.fst" -o "$work/t.vcd" >/dev/null 2>&1 || fail "fst2vcd cannot read the waveform"
for sig in clk_i rst_ni in_valid_i out_data_o; do
  grep -q "\$var .* $sig " "$work/t.vcd" || fail "the waveform lacks $sig"
done
# Value changes: more than the first time step (three samples a cycle).
[ "$(grep -c '^#' "$work/t.vcd")" -gt 100 ] || fail "the waveform has too few time steps"

rc=0
"$dir/Vshift_add" --seeds 1 --vectors 5 --trace "$work/no.fst" >"$work/no.out" 2>"$work/no.err" || rc=$?
[ "$rc" = 2 ] || fail "untraced build: --trace exit $rc, want 2"
[ "$(wc -l <"$work/no.err")" = 1 ] && grep -q -- "--trace .*built without --trace-fst" "$work/no.err" ||
  fail "untraced build: message '$(cat "$work/no.err")'"
[ ! -e "$work/no.fst" ] || fail "untraced build wrote a file"

rc=0
"$dir/Vshift_add_trace" --seeds 1 --vectors 5 --trace "$work/none/t.fst" >/dev/null 2>"$work/w.err" || rc=$?
[ "$rc" = 2 ] && grep -q -- "--trace $work/none/t.fst: cannot write" "$work/w.err" || fail "unwritable trace: exit $rc, '$(cat "$work/w.err")'"

rc=0
"$dir/Vshift_add" --seeds x >/dev/null 2>"$work/bad.err" || rc=$?
[ "$rc" = 2 ] && [ "$(wc -l <"$work/bad.err")" = 1 ] && grep -q -- "--seeds" "$work/bad.err" ||
  fail "bad option: exit $rc, '$(cat "$work/bad.err")'"
echo "trace: PASS (FST of $(grep -c '^#' "$work/t.vcd") time steps; refusals checked)"
