#!/usr/bin/env bash
# The self-checking Verilog testbenches (cimgen gen --testbench V) under Icarus Verilog:
# - every sweep configuration of every block with one passes (default traffic: 20% gaps, 30% back-pressure),
#   but those with slow testbenches (over VTB_MAX_CYCLES cycles a segment) are only compiled;
# - the first configuration of each block passes streaming (+gap=0 +bp=0) and under heavy traffic;
# - it fails when the expectation is broken: every expected value's lowest bit flipped, the last expected
#   output beat dropped;
# - its lines are 120 characters at most;
# - the blocks without one yet are named.
#   tests/vtb_test.sh CIMGEN WORK_DIR
set -euo pipefail
cimgen=$1 work=$2
rm -rf "$work"; mkdir -p "$work"
fail() { echo "FAIL $*"; exit 1; }
with=$("$cimgen" list --testbenches)
configs=0 slow=""
# A testbench allowed more than this many cycles per segment is compiled, not run: cim_fpga at 115200 baud
# (208 clocks per bit) runs millions of cycles, minutes under Icarus.
max_cycles=${VTB_MAX_CYCLES:-2000000}
for block in $with; do
  first=""
  while read -r _ cfg rest; do
    params=$(tr ' ,' '\n\n' <<<"$rest" | grep = | grep -v '^vectors=' | tr '\n' ' ')
    dir=$work/$block/$cfg
    # shellcheck disable=SC2086
    "$cimgen" gen "$block" $params --testbench V -o "$dir" || fail "$block $cfg: gen --testbench V"
    long=$(awk 'length($0) > 120 { print FILENAME ":" FNR; exit }' "$dir/${block}_tb.v")
    [ -z "$long" ] || fail "$block $cfg: a testbench line is longer than 120 characters ($long)"
    (cd "$dir" && iverilog -g2005 -o sim -c "$block.f" "${block}_tb.v") || fail "$block $cfg: Icarus rejects the testbench"
    cycles=$(sed -n 's/^  localparam integer MAX_CYCLES = \([0-9]*\);$/\1/p' "$dir/${block}_tb.v")
    if [ "${cycles:-0}" -gt "$max_cycles" ]; then
      slow+=" $block/$cfg"
      continue
    fi
    out=$(cd "$dir" && vvp -n sim | tail -1)
    [[ $out == PASS* ]] || fail "$block $cfg: $out"
    configs=$((configs + 1))
    [ -n "$first" ] || first=$dir
  done < <("$cimgen" sweep --block "$block")
  for traffic in "+gap=0 +bp=0" "+gap=85 +bp=85 +seed=9"; do
    # shellcheck disable=SC2086
    out=$(cd "$first" && vvp -n sim $traffic | tail -1)
    [[ $out == PASS* ]] || fail "$block $(basename "$first") with $traffic: $out"
  done
  # A broken expectation must fail: the lowest bit of every expected value flipped; the last expected output
  # beat dropped.
  exp=$(grep -l '^// expected' "$first"/"${block}"_tb_*.hex | sed -n 1p)
  cp "$exp" "$work/keep.hex"
  awk '/^\/\// { print; next } { c = substr($0, length($0)); n = index("0123456789abcdef", c) - 1;
       print substr($0, 1, length($0) - 1) substr("1032547698badcfe", n + 1, 1) }' "$work/keep.hex" >"$exp"
  out=$(cd "$first" && vvp -n sim | tail -1)
  [[ $out == FAIL* ]] || fail "$block: flipped expected bits were not noticed ($out)"
  if grep -q '^// expected output stream' "$exp"; then
    sed '$d' "$work/keep.hex" >"$exp"
    out=$(cd "$first" && vvp -n sim | tail -1)
    [[ $out == FAIL* ]] || fail "$block: a dropped expected beat was not noticed ($out)"
  fi
  cp "$work/keep.hex" "$exp"
done
without=$("$cimgen" list | awk '{print $1}' | grep -vxF -f <(echo "$with") | tr '\n' ' ' || true)
echo "vtb: $configs configurations of $(echo $with | wc -w) blocks pass under Icarus; broken expectations fail;" \
  "compiled, not run (slow):${slow:- none}; no Verilog testbench yet: ${without:-none}"
