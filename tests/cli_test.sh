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
expect_error "VLNV with three parts" "--core-name a:b:c: a VLNV has four parts" "$cimgen" gen shift_add --core-name a:b:c -o "$tmp/out"
expect_error "VLNV without a version" "needs its name and version" "$cimgen" gen shift_add --core-name a:b:c: -o "$tmp/out"
expect_error "VLNV with a space" "' ' is not allowed in a VLNV" "$cimgen" gen shift_add --core-name "a:b:c d:1" -o "$tmp/out"
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
for f in shift_add.v shift_add.f shift_add.json shift_add.h shift_add.sdc shift_add.core shift_add.sby shift_add.sby.j2; do
  [ -f "$tmp/a/$f" ] || fail "gen writes $f"
done
grep -q '^name: "cimgen:blocks:shift_add:' "$tmp/a/shift_add.core" && pass "core: default VLNV" || fail "core name"
"$cimgen" gen shift_add --core-name acme:cim:sa:1.2 -o "$tmp/vlnv" && grep -q '^name: "acme:cim:sa:1.2"$' "$tmp/vlnv/shift_add.core" \
  && pass "core: --core-name" || fail "--core-name"
# SDC: the clock on clk_i at --period, the I/O delays, the asynchronous reset a false path; bad timing options refused.
grep -q '^set period 10.000$' "$tmp/a/shift_add.sdc" && grep -q '^create_clock -name clk_i -period \$period \[get_ports clk_i\]$' "$tmp/a/shift_add.sdc" \
  && grep -q '^set_false_path -from \[get_ports rst_ni\]$' "$tmp/a/shift_add.sdc" && pass "SDC: default clock, async reset false path" || fail "SDC default"
"$cimgen" gen shift_add RST=sync --period 4 --io-delay 0.3 -o "$tmp/sdc" && grep -q '^set period 4.000$' "$tmp/sdc/shift_add.sdc" \
  && grep -q '^set io_delay \[expr 0.3 \* \$period\]$' "$tmp/sdc/shift_add.sdc" && ! grep -q set_false_path "$tmp/sdc/shift_add.sdc" \
  && pass "SDC: --period, --io-delay, a synchronous reset is timed" || fail "SDC options"
for bad in "--period 0" "--period -1" "--period 2e6" "--io-delay 0.5" "--io-delay -0.1"; do
  "$cimgen" gen shift_add $bad -o "$tmp/sdcbad" 2>"$tmp/stderr"; rc=$?
  if [ $rc -eq 2 ] && [ "$(wc -l <"$tmp/stderr")" -eq 1 ] && grep -q -- "${bad%% *}" "$tmp/stderr" && [ ! -e "$tmp/sdcbad" ]; then
    pass "refused $bad: $(cat "$tmp/stderr")"; else fail "$bad: exit $rc"; fi
done
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
expect_error "analog_acc: strategy B with PD != PR" "STRATEGY=B needs PR = PD (got STRATEGY=B, PD=2, PR=1)" "$cimgen" gen analog_acc STRATEGY=B PD=2 -o "$tmp/out"
expect_error "analog_acc: strategy B past a 16-bit ADC" "it needs 21 bits; legal R for these precisions is 1..128" "$cimgen" gen analog_acc STRATEGY=B R=4096 PD=4 PR=4 -o "$tmp/out"
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

# ---- Issue 20's corpus: legal configurations that aborted or linted dirty, and input that was misread.
# Legal configurations generate (they aborted with a C++ terminate before) and lint clean.
for cfg in "cim_tile PR=2 PW=2 PI=1 TRQ_TABLE=1" "cim_fpga PR=2 PW=2 PI=1 TRQ_TABLE=1" "xbar_emu R=1 PR=2" \
           "cim_fpga R=1 COLS=1 NADC=1 PR=2 PW=2" "cim_tile TRQ_TABLE=1" "cim_fpga TRQ_TABLE=1" "shift_add N=1" \
           "shift_add N=4 PD=4 PR=2 PI=1 PW=1 R=4096 KMAX=2" "analog_acc STRATEGY=B R=1 PI=1 PW=1 PD=2 PR=2" \
           "cim_tile R=207 COLS=336 PD=3 PI=1 NADC=56 KMAX=5 TRQ_TABLE=3" \
           "analog_acc STRATEGY=C R=1131 NEURONS=32 PI=8 PW=1 PD=4 PR=3 PO=13"; do
  set -- $cfg
  rm -rf "$tmp/legal"
  if ! "$cimgen" gen "$@" -o "$tmp/legal" 2>"$tmp/stderr"; then fail "legal $cfg: $(cat "$tmp/stderr")"; continue; fi
  if command -v verilator >/dev/null && ! verilator --lint-only -Wall --top-module "$1" -y "$tmp/legal" "$tmp/legal/$1.v" \
       >"$tmp/lint" 2>&1; then
    fail "legal $cfg: lint: $(head -3 "$tmp/lint")"; continue
  fi
  pass "legal $cfg generates, lint clean"
done

# Config files: directories, sections, bare keys, duplicates, comments, byte-order marks, binary files.
expect_error "config: a directory" "config file $tmp is a directory" "$cimgen" gen shift_add --config "$tmp" -o "$tmp/out"
printf '[cim_tile]\nPW = 3\n' >"$tmp/sec.toml"
"$cimgen" gen shift_add --config "$tmp/sec.toml" -o "$tmp/sec" && grep -q '^#define SHIFT_ADD_PW 8$' "$tmp/sec/shift_add.h" \
  && "$cimgen" gen cim_tile --config "$tmp/sec.toml" -o "$tmp/sec" && grep -q '^#define CIM_TILE_PW 3$' "$tmp/sec/cim_tile.h" \
  && pass "config: a [block] section applies to that block only" || fail "config sections"
printf '[tile]\nPW = 3\n' >"$tmp/badsec.toml"
expect_error "config: unknown section" "section \[tile\] names no block" "$cimgen" gen shift_add --config "$tmp/badsec.toml" -o "$tmp/out"
printf 'N\n' >"$tmp/bare.toml"
expect_error "config: bare name" "line 1: 'N' has no value" "$cimgen" gen shift_add --config "$tmp/bare.toml" -o "$tmp/out"
printf 'N = 4\nN = 5\n' >"$tmp/dup.toml"
expect_error "config: duplicate" "line 2: N is set twice (lines 1 and 2)" "$cimgen" gen shift_add --config "$tmp/dup.toml" -o "$tmp/out"
expect_error "command line: duplicate" "parameter N is given twice (N=8 and N=9)" "$cimgen" gen shift_add N=8 N=9 -o "$tmp/out"
printf 'PW = 4 ; c\n' >"$tmp/semi.toml"
expect_error "config: two values" "PW = 4 ; c is not one value (a comment starts with #)" "$cimgen" gen shift_add --config "$tmp/semi.toml" -o "$tmp/out"
printf '\xef\xbb\xbfN = 6\n' >"$tmp/bom.toml"
"$cimgen" gen shift_add --config "$tmp/bom.toml" -o "$tmp/bom" && grep -q '^#define SHIFT_ADD_N 6$' "$tmp/bom/shift_add.h" \
  && pass "config: a UTF-8 byte-order mark is skipped" || fail "config BOM"
head -c 64 "$cimgen" >"$tmp/binary.toml"
expect_error "config: binary file" "is not a text file (byte 0x7F on line 1)" "$cimgen" gen shift_add --config "$tmp/binary.toml" -o "$tmp/out"
grep -q $'\x7f' "$tmp/stderr" && fail "config: binary bytes echoed" || pass "config: binary bytes not echoed"

# Options of the other subcommands.
expect_error "stack: empty element" "--vectors 10,,10: element 2 is empty" "$cimgen" stack --vectors 10,,10
expect_error "report: negative seed" "--seed -1: expected a whole number in 0..18446744073709551615" "$cimgen" report --seed -1
expect_error "report: seed past 2^64-1" "--seed 18446744073709551616: expected" "$cimgen" report --seed 18446744073709551616
expect_error "calibrate: floor and budget" "excludes" "$cimgen" trq-calibrate --floor 45 --budget 5
printf '0,0,1,1e200\n' >"$tmp/huge_s.csv"
expect_error "calibrate: absurd sample" "v a finite number within +-2^32" "$cimgen" trq-calibrate --samples "$tmp/huge_s.csv"

# Messages: the block named is the one generated; rules name their values; help tells the legal ranges and rules.
expect_error "cim_fpga names itself" "cim_fpga: NADC divides COLS (got NADC=3, COLS=64)" "$cimgen" gen cim_fpga NADC=3 -o "$tmp/out"
expect_error "cim_fpga UART" "cim_fpga: the UART has at least 4 clocks per bit" "$cimgen" gen cim_fpga CLK_HZ=1200 BAUD=400 -o "$tmp/out"
expect_error "cim_tile R past 1024" "parameter R=1025 is out of range 1..1024" "$cimgen" gen cim_tile R=1025 -o "$tmp/out"
for b in cim_tile cim_fpga xbar_emu; do
  "$cimgen" help $b | grep -q '^  R  *1\.\.1024 ' && pass "help $b: R is 1..1024" || fail "help $b: R range"
done
"$cimgen" help cim_fpga | grep -q '^  - NADC divides COLS$' && "$cimgen" help cim_fpga | grep -q 'within 2% of 1 / BAUD' \
  && "$cimgen" help bnn_first | grep -q 'R \* (2^K - 1) + 1 <= 65535' && pass "help lists the rules" || fail "help rules"
"$cimgen" gen cim_tile -o "$tmp/man" && grep -q '"NADC divides COLS"' "$tmp/man/cim_tile.json" \
  && pass "manifest lists the rules" || fail "manifest rules"
"$cimgen" gen cim_tile KMAX=3 -o "$tmp/kport" && grep -q '"name": "adc_k_o"' "$tmp/kport/cim_tile.json" \
  && ! grep -q 'adc_k_o' "$tmp/man/cim_tile.json" && pass "cim_tile: adc_k_o with KMAX > 0 only" || fail "adc_k_o"

# Output is all or nothing, and errors carry the real reason.
rm -rf "$tmp/at"; mkdir -p "$tmp/at/shift_add.json"
"$cimgen" gen shift_add -o "$tmp/at" 2>"$tmp/stderr"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot write $tmp/at/shift_add.json: Is a directory" "$tmp/stderr" && [ "$(ls -A "$tmp/at")" = shift_add.json ] \
  && pass "a directory in the way: no file written ($(cat "$tmp/stderr"))" || fail "blocked json: rc $rc, $(cat "$tmp/stderr"), $(ls -A "$tmp/at")"
rm -rf "$tmp/at"; "$cimgen" gen trq_sar N=4 -o "$tmp/at" && (cd "$tmp/at" && md5sum trq_sar.* >"$tmp/at.sum")
mkdir "$tmp/at/trq_sar.sby.tmp-cimgen"
"$cimgen" gen trq_sar N=5 -o "$tmp/at" 2>"$tmp/stderr"; rc=$?
(cd "$tmp/at" && md5sum -c --quiet "$tmp/at.sum") && [ $rc -eq 2 ] && ! ls "$tmp/at" | grep -v 'trq_sar.sby.tmp-cimgen' | grep -q tmp-cimgen \
  && pass "a failed write leaves the old files ($(cat "$tmp/stderr"))" || fail "old files replaced: rc $rc"
rmdir "$tmp/at/trq_sar.sby.tmp-cimgen"; mkdir "$tmp/at/trq_sar.h.bak-cimgen"
"$cimgen" gen trq_sar N=5 -o "$tmp/at" 2>"$tmp/stderr"; rc=$?
(cd "$tmp/at" && md5sum -c --quiet "$tmp/at.sum") && [ $rc -eq 2 ] \
  && pass "a rename that fails midway puts the old files back" || fail "rollback: rc $rc $(cat "$tmp/stderr")"
rm -rf "$tmp/same"; "$cimgen" gen trq_sar N=4 -o "$tmp/same" && touch -d '2001-01-01' "$tmp/same"/* \
  && "$cimgen" gen trq_sar N=4 -o "$tmp/same" && [ -z "$(find "$tmp/same" -newermt 2002-01-01 -type f)" ] \
  && "$cimgen" gen trq_sar N=5 -o "$tmp/same" && [ -n "$(find "$tmp/same" -name trq_sar.v -newermt 2002-01-01)" ] \
  && pass "identical files are left untouched, changed ones rewritten" || fail "unchanged files rewritten"
ln -s "$tmp/nowhere" "$tmp/dangling"
expect_error "dangling symlink as -o" "output directory $tmp/dangling is a symbolic link to nothing" "$cimgen" gen shift_add -o "$tmp/dangling"

echo "cli: $((fails == 0 ? 1 : 0)) passed, $fails failed" >/dev/null
[ $fails -eq 0 ]
