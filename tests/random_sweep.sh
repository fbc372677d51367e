#!/usr/bin/env bash
# The property-style sweep: random legal configurations of every block (`cimgen
# sweep --random`: the edges of every parameter's range, then COUNT random ones
# per block, fixed SEED), each generated and put through the checks every
# committed configuration gets: `verilator --lint-only -Wall`, Icarus (no
# warning) and the Yosys latch check. A generator abort, a refusal or any
# warning fails it; the failing configurations are listed with their command.
#
# Random draws are bounded to MAX_BYTES of RTL (default 400 kB, about three
# default tiles) so that the sweep stays within minutes; an edge configuration
# past the bound (R=1024, NADC=512 ...) is listed as skipped here and checked by
# `make sweep`, which sets MAX_BYTES=0 (no bound).
#
# usage: random_sweep.sh CIMGEN [COUNT] [SEED] [JOBS]
set -u
cimgen=$1
count=${2:-25}
seed=${3:-1}
jobs=${4:-$(nproc)}
max_bytes=${MAX_BYTES:-400000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$cimgen" sweep --random "$count" --seed "$seed" --max-bytes "$max_bytes" >"$tmp/all" 2>"$tmp/err"; then
  echo "FAIL cimgen sweep --random $count --seed $seed: $(cat "$tmp/err")"
  exit 1
fi
grep -v ' random,big ' "$tmp/all" >"$tmp/list"
grep ' random,big ' "$tmp/all" | while read -r b c _ params; do
  echo "skip $b $c: more than $max_bytes bytes of RTL (make sweep checks it): $params"
done

# check BLOCK CONFIG PARAMS...: one configuration through gen, lint, Icarus, Yosys.
check() {
  local block=$1 cfg=$2; shift 3
  local dir=$tmp/$block/$cfg log=$tmp/$block/$cfg.log
  mkdir -p "$dir"
  local what=""
  if ! "$cimgen" gen "$block" "$@" -o "$dir/rtl" >"$log" 2>&1; then what="gen"
  elif ! verilator --lint-only -Wall --top-module "$block" -y "$dir/rtl" "$dir/rtl/$block.v" >>"$log" 2>&1; then
    what="verilator --lint-only -Wall"
  elif ! iverilog -g2005 -Wall -y "$dir/rtl" -o "$dir/iverilog.out" "$dir/rtl/$block.v" >>"$log" 2>&1 \
       || grep -qi "warning" "$log"; then
    what="iverilog"
  elif ! bash "$latch" "$dir/rtl" "$block" >>"$log" 2>&1; then
    what="yosys latch check"
  fi
  if [ -n "$what" ]; then
    echo "FAIL $block $cfg ($what): cimgen gen $block $* -o DIR"
    sed 's/^/     /' "$log" | head -8
  else
    echo "ok   $block $cfg"
  fi
  rm -rf "$dir"
}
export -f check
latch=$(cd "$(dirname "$0")/../tools" && pwd)/latch.sh
export cimgen tmp latch

# One configuration per line: block config tags NAME=VALUE ...
xargs -P "$jobs" -L 1 bash -c 'check "$@"' _ <"$tmp/list" >"$tmp/results"
total=$(grep -c . "$tmp/list")
failed=$(grep -c '^FAIL' "$tmp/results")
grep -v '^ok' "$tmp/results"
for b in $(cut -d' ' -f1 "$tmp/list" | uniq); do
  echo "$b: $(grep -c "^$b " "$tmp/list") configurations"
done
echo "random sweep (seed $seed): $((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
