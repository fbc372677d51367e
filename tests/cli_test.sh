#!/usr/bin/env bash
# The cimgen command-line contract that outside tooling relies on.
set -u
cimgen=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# expect_error NAME EXPECTED_SUBSTRING CMD...: exit 2, one line on stderr
# naming what is wrong, and no file in the output directory.
expect_error() {
  local name=$1 want=$2; shift 2
  rm -rf "$tmp/out"; mkdir -p "$tmp/out"
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"; local rc=$?
  local lines; lines=$(wc -l <"$tmp/stderr")
  if [ $rc -ne 2 ]; then fail "$name: exit code $rc, expected 2"; return; fi
  if [ "$lines" -ne 1 ]; then fail "$name: $lines lines on stderr, expected 1"; cat "$tmp/stderr"; return; fi
  if ! grep -q -- "$want" "$tmp/stderr"; then fail "$name: stderr lacks '$want': $(cat "$tmp/stderr")"; return; fi
  if [ -n "$(ls -A "$tmp/out")" ]; then fail "$name: files left in the output directory"; return; fi
  pass "$name: $(cat "$tmp/stderr")"
}

expect_error "out-of-range PW" "PW=9 is out of range 1..8" "$cimgen" gen shift_add PW=9 -o "$tmp/out"
expect_error "unknown block" "unknown block 'nosuch'" "$cimgen" gen nosuch -o "$tmp/out"
expect_error "unknown parameter" "unknown parameter FOO" "$cimgen" gen shift_add FOO=1 -o "$tmp/out"
expect_error "malformed assignment" "malformed parameter assignment 'PW9'" "$cimgen" gen shift_add PW9 -o "$tmp/out"
expect_error "non-integer" "N=x is not an integer" "$cimgen" gen shift_add N=x -o "$tmp/out"
expect_error "inconsistent combination" "w_enc=differential needs PW >= 2" "$cimgen" gen shift_add PW=1 w_enc=differential -o "$tmp/out"
# the FPGA core's tile must settle long enough for the emulator's pipelined sums (xbar_emu MIN_SETTLE)
expect_error "FPGA core settle" "SETTLE=1 is out of range 2..15" "$cimgen" gen cim_fpga SETTLE=1 -o "$tmp/out"
printf 'N = 20\n' >"$tmp/bad.toml"
expect_error "config out of range" "N=20 is out of range 1..12" "$cimgen" gen shift_add --config "$tmp/bad.toml" -o "$tmp/out"
expect_error "missing config" "config file" "$cimgen" gen shift_add --config "$tmp/none.toml" -o "$tmp/out"
expect_error "bad report value" "PD=5 is out of range 1..4" "$cimgen" report PD=5

# Unwritable output directory: a file in the way, and a read-only directory.
touch "$tmp/afile"
"$cimgen" gen shift_add -o "$tmp/afile/sub" 2>"$tmp/stderr"; rc=$?
if [ $rc -eq 2 ] && [ "$(wc -l <"$tmp/stderr")" -eq 1 ]; then pass "unwritable dir: $(cat "$tmp/stderr")"; else fail "unwritable dir: exit $rc"; fi
mkdir -p "$tmp/ro"; chmod 555 "$tmp/ro"
if [ "$(id -u)" -ne 0 ]; then
  "$cimgen" gen shift_add -o "$tmp/ro" 2>"$tmp/stderr"; rc=$?
  if [ $rc -eq 2 ] && [ -z "$(ls -A "$tmp/ro")" ]; then pass "read-only dir"; else fail "read-only dir: exit $rc"; fi
fi

# Success: files, module name, header, determinism, config file.
"$cimgen" gen shift_add N=6 w_enc=offset -o "$tmp/a" || fail "gen"
for f in shift_add.v shift_add.json shift_add.h; do [ -f "$tmp/a/$f" ] || fail "gen writes $f"; done
grep -q '^module shift_add (' "$tmp/a/shift_add.v" && pass "module named after the block" || fail "module name"
grep -q '^// parameters: N=6 PD=1 PR=1 PI=8 PW=8 R=128 KMAX=0 w_enc=offset RST=async$' "$tmp/a/shift_add.v" \
  && pass "header lists every parameter" || fail "header"
grep -q '"ACC_W"' "$tmp/a/shift_add.json" && pass "manifest has derived widths" || fail "manifest"
printf '# shift_add\nN = 6\nw_enc = "offset"\n' >"$tmp/c.toml"
"$cimgen" gen shift_add --config "$tmp/c.toml" -o "$tmp/b" || fail "gen --config"
diff -r "$tmp/a" "$tmp/b" >/dev/null && pass "config file gives the same files; output is byte-identical" || fail "config/determinism"
printf 'N = 4\n' >"$tmp/d.toml"
"$cimgen" gen shift_add --config "$tmp/d.toml" N=6 w_enc=offset -o "$tmp/c" && diff -r "$tmp/a" "$tmp/c" >/dev/null \
  && pass "command line overrides config" || fail "override"
[ -z "$(find "$tmp/a" -name '*.tmp-cimgen')" ] && pass "no temporary files left" || fail "temporary files"

# The examples/ configurations generate.
examples=$(cd "$(dirname "$0")/../examples" && pwd)
"$cimgen" gen bnn_first --config "$examples/bnn_first.toml" -o "$tmp/bnn" \
  && grep -q '^#define BNN_FIRST_R 27$' "$tmp/bnn/bnn_first.h" && grep -q '^#define BNN_FIRST_NEURONS 64$' "$tmp/bnn/bnn_first.h" \
  && pass "examples/bnn_first.toml" || fail "examples/bnn_first.toml"
expect_error "bnn_first: thresholds past the register port" "legal R for K=8 is 1..256" "$cimgen" gen bnn_first R=300 -o "$tmp/out"
"$cimgen" gen analog_acc --config "$examples/analog_acc.toml" -o "$tmp/acc" \
  && grep -q '^#define ANALOG_ACC_STRATEGY 1 /\* C \*/$' "$tmp/acc/analog_acc.h" && grep -q '^#define ANALOG_ACC_ADC_BITS (8LL)' "$tmp/acc/analog_acc.h" \
  && pass "examples/analog_acc.toml" || fail "examples/analog_acc.toml"
expect_error "analog_acc: strategy B with PD != PR" "STRATEGY=B needs PR = PD (got PD=2, PR=1)" "$cimgen" gen analog_acc STRATEGY=B PD=2 -o "$tmp/out"
expect_error "analog_acc: strategy B past a 16-bit ADC" "legal R for these precisions is 1..128" "$cimgen" gen analog_acc STRATEGY=B R=4096 PD=4 PR=4 -o "$tmp/out"
"$cimgen" gen stack_ctl --config "$examples/stack_ctl.toml" -o "$tmp/stack" \
  && grep -q '^#define STACK_CTL_MODE 1 /\* deepnet \*/$' "$tmp/stack/stack_ctl.h" && grep -q '^#define STACK_CTL_LAYER_WRITE_CYCLES (40LL)' "$tmp/stack/stack_ctl.h" \
  && pass "examples/stack_ctl.toml" || fail "examples/stack_ctl.toml"
"$cimgen" stack R=10 TPROG=3 SETTLE=0 --vectors 10,10,10,10 >"$tmp/stack.txt" \
  && grep -q '^single  *240 cycles' "$tmp/stack.txt" && grep -q '^deepnet  *180 cycles,  *60 of them' "$tmp/stack.txt" \
  && grep -q '^deep-net speed-up over a single array: 1.33' "$tmp/stack.txt" \
  && pass "stack: the model's schedules and speed-up" || fail "stack: $(cat "$tmp/stack.txt")"
expect_error "stack: rows past a half" "parameter R=65 is out of range 1..64" "$cimgen" stack R=65
expect_error "stack: a layer with no vectors" "--vectors" "$cimgen" stack --vectors 4,0

# list, help, report.
"$cimgen" list | grep -q '^shift_add ' && pass "list" || fail "list"
"$cimgen" help shift_add | grep -q 'w_enc .*unsigned|offset|differential' && pass "help <block>" || fail "help"
"$cimgen" gen shift_add --help | grep -q 'KMAX .*0\.\.15' && pass "gen <block> --help" || fail "gen --help"
out=$("$cimgen" report PI=8 PW=8 PO=8 PD=1 PR=1 R=128)
echo "$out" | grep -q '^A: 8 bits / 64 conversions / 8 cycles' && echo "$out" | grep -q '^B: 11 bits / 15 conversions / 8 cycles' \
  && echo "$out" | grep -q '^C: 8 bits / 1 conversion / 8 cycles' && pass "report (seed 002 example)" || { fail "report"; echo "$out"; }
echo "$out" | grep -q '^A: 64 conversions / 512 comparisons / 8 cycles per output, SINAD inf (exact)$' \
  && echo "$out" | grep -q '^B: 15 conversions / 165 comparisons / 8 cycles per output, SINAD inf (exact)$' \
  && echo "$out" | grep -q '^C: 1 conversion / 8 comparisons / 8 cycles per output, SINAD [0-9.]* dB$' \
  && pass "report: the model's measured counts match eqs. 5-8" || { fail "report measured"; echo "$out"; }
out=$("$cimgen" report PD=2 PR=1 --sinad 45)
echo "$out" | grep -q '^B: n/a (strategy B .*PD = PR)' && echo "$out" | grep -q 'lumped noise 45 dB' \
  && pass "report: B needs PD = PR; --sinad" || { fail "report PD != PR"; echo "$out"; }
expect_error "report: bad SINAD" "--sinad" "$cimgen" report --sinad -3

# cimgen model / trq-calibrate: bad input gets one line and exit 2.
printf '1,2\n3,4\n' >"$tmp/w.csv"
printf '5,6\n7,8\n' >"$tmp/x.csv"
printf '1,2\n3\n' >"$tmp/ragged.csv"
printf '1,abc\n' >"$tmp/text.csv"
printf '1,2,3\n' >"$tmp/x3.csv"
expect_error "model: negative sigma" "sigma" "$cimgen" model --sigma -0.1
expect_error "model: out-of-range N" "N=13 is out of range 1..12" "$cimgen" model N=13
expect_error "model: illegal TRQ setting" "s1=4 is out of range 0..3" "$cimgen" model trq=1 bexp=4 s1=4 s2=5
expect_error "model: unreadable CSV" "cannot read" "$cimgen" model --weights "$tmp/none.csv" --inputs "$tmp/x.csv" w_enc=unsigned
expect_error "model: ragged CSV" "ragged.csv:2: 1 values, expected 2" "$cimgen" model --weights "$tmp/ragged.csv" --inputs "$tmp/x.csv"
expect_error "model: malformed CSV" "'abc' is not an integer" "$cimgen" model --weights "$tmp/text.csv" --inputs "$tmp/x.csv"
expect_error "model: wrong shape" "vector 1 has 3 values, the weights have 2 rows" "$cimgen" model --weights "$tmp/w.csv" --inputs "$tmp/x3.csv" w_enc=unsigned
expect_error "model: weight out of range" "out of range" "$cimgen" model --weights "$tmp/w.csv" --inputs "$tmp/x.csv" PW=2 w_enc=unsigned
printf '{"N": 8}' >"$tmp/bad.json"
expect_error "model: malformed settings" "malformed ADC settings" "$cimgen" model --settings "$tmp/bad.json"
expect_error "calibrate: bad budget" "budget" "$cimgen" trq-calibrate --budget 0.5

# model: CSV workload, exact with ideal settings; SVG written.
out=$("$cimgen" model --weights "$tmp/w.csv" --inputs "$tmp/x.csv" w_enc=unsigned PW=3 PI=4 N=4 --plot "$tmp/m.svg")
echo "$out" | grep -q 'SINAD inf (exact) dB' && grep -q '<svg' "$tmp/m.svg" && pass "model: CSV workload, exact, SVG" || { fail "model CSV"; echo "$out"; }
# trq-calibrate writes settings that model reads back with the same figures.
"$cimgen" trq-calibrate R=32 C=4 vectors=20 -o "$tmp/cal.json" >"$tmp/cal.txt" || fail "calibrate"
want=$(sed -n 's/^chosen: .*: SINAD \([^ ]*\) dB, \([0-9.]*\) comparisons.*/\1 \2/p' "$tmp/cal.txt")
got=$("$cimgen" model R=32 C=4 vectors=20 --settings "$tmp/cal.json" | sed -n 's/.*SINAD \([^ ]*\) .*/\1/p;s/^comparisons per conversion: \([0-9.]*\).*/\1/p' | tr '\n' ' ')
[ "$(echo $want)" = "$(echo $got | sed 's/inf/inf/')" ] && pass "calibrate -> model round trip ($want)" || fail "round trip: '$want' vs '$got'"

# Samples: model dumps them, trq-calibrate reads them; malformed ones are refused.
"$cimgen" model R=16 C=2 vectors=5 --dump-samples "$tmp/s.csv" >/dev/null && "$cimgen" trq-calibrate --samples "$tmp/s.csv" \
  | grep -q '^chosen: ' && pass "samples: model --dump-samples -> trq-calibrate --samples" || fail "samples round trip"
printf '0,1,1,2\n0,oops\n' >"$tmp/bad_s.csv"
expect_error "calibrate: malformed samples" "bad_s.csv:2: expected output,significance,sign,v" "$cimgen" trq-calibrate --samples "$tmp/bad_s.csv"

echo "cli: $((fails == 0 ? 1 : 0)) passed, $fails failed" >/dev/null
[ $fails -eq 0 ]
