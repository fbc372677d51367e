#!/usr/bin/env bash
# FuseSoC's use of cimgen (FuseSoC itself is not packaged in Debian): cimgen.core registers the generator;
# tools/fusesoc_generator.py, called as FuseSoC calls a generator (a GAPI file, in the output directory),
# writes the block with a core named by the GAPI's VLNV that keeps the CAPI=2 rules, the same files as
# `cimgen gen`; a bad parameter gets cimgen's one-line error and a non-zero exit.
#   tests/fusesoc_generator_test.sh CIMGEN WORK_DIR
set -euo pipefail
cimgen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") work=$2
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work"; mkdir -p "$work/out" "$work/caller"
fail() { echo "FAIL $*"; exit 1; }
/usr/bin/python3 "$root/tests/capi2_test.py" "$root/cimgen.core" >/dev/null || fail "cimgen.core: $(/usr/bin/python3 "$root/tests/capi2_test.py" "$root/cimgen.core")"
printf 'NADC = 2\n' >"$work/caller/tile.toml"
cat >"$work/gapi.yml" <<YML
gapi: '1.0'
files_root: $work/caller
vlnv: "::tile-my_tile:0"
parameters:
  block: cim_tile
  config: tile.toml
  R: 16
  COLS: 16
  period: 8
YML
(cd "$work/out" && CIMGEN=$cimgen /usr/bin/python3 "$root/tools/fusesoc_generator.py" "$work/gapi.yml") || fail "the generator failed"
grep -q '^name: "::tile-my_tile:0"$' "$work/out/cim_tile.core" || fail "the core is not named by the GAPI's VLNV"
/usr/bin/python3 "$root/tests/capi2_test.py" "$work/out" || fail "the generated core breaks the CAPI=2 rules"
"$cimgen" gen cim_tile R=16 COLS=16 NADC=2 --period 8 --core-name "::tile-my_tile:0" -o "$work/direct" >/dev/null
diff -r "$work/out" "$work/direct" >/dev/null || fail "the generator's files differ from cimgen gen's"
sed -i 's/  R: 16/  R: 9999/' "$work/gapi.yml"
mkdir "$work/bad"
rc=0
(cd "$work/bad" && CIMGEN=$cimgen /usr/bin/python3 "$root/tools/fusesoc_generator.py" "$work/gapi.yml") 2>"$work/bad.err" || rc=$?
[ "$rc" = 2 ] && grep -q "R=9999 is out of range" "$work/bad.err" || fail "bad parameter: exit $rc, '$(cat "$work/bad.err")'"
[ -z "$(ls "$work/bad")" ] || fail "bad parameter: files written"
echo "fusesoc_generator: PASS"
