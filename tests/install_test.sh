#!/usr/bin/env bash
# make install: cmake --install into a fresh prefix gives a cimgen that runs from there and writes what
# the build's cimgen writes, the tools beside it, and the documentation.
#   tests/install_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1 work=$2
rm -rf "$work"; mkdir -p "$work"
fail() { echo "FAIL $*"; exit 1; }
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" || fail "cmake --install: $(tail -1 "$work/install.log")"
for f in bin/cimgen bin/cimgen-mutate bin/cimgen-fpga-host; do
  [ -x "$work/prefix/$f" ] || fail "$f not installed"
done
for f in share/doc/cimgen/README.md share/doc/cimgen/guide/verification.md; do
  [ -f "$work/prefix/$f" ] || fail "$f not installed"
done
(cd / && "$work/prefix/bin/cimgen" list) | grep -q '^trq_sar' || fail "the installed cimgen does not list trq_sar"
(cd / && "$work/prefix/bin/cimgen" gen trq_sar N=6 -o "$work/installed") >/dev/null
"$build/cimgen" gen trq_sar N=6 -o "$work/built" >/dev/null
diff -r "$work/installed" "$work/built" >/dev/null || fail "the installed cimgen writes other files than the build's"
echo "install: PASS ($(find "$work/prefix" -type f | wc -l) files under the prefix)"
