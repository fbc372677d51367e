#!/usr/bin/env bash
# Breaks generated shift_add RTL on purpose and checks that the Verilator
# regression catches every break (a first step toward `make mutate`).
#   tools/mutants.sh BUILD_DIR
set -uo pipefail
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# name | sed expression applied to the generated RTL
mutants=(
  "drop sign-slice subtraction|s/assign neg = sign_slice;/assign neg = 1'b0;/"
  "drop sign-slice subtraction (differential)|s/assign neg = sign_slice ^ in_set_i;/assign neg = in_set_i;/"
  "shift off by one|s/assign shamt = (k_e + b_t) + j_pr;/assign shamt = ((k_e + b_t) + j_pr) + 6'd1;/"
  "column significance off by one|s/assign j_pr = \(.*\) \* 6'd2;/assign j_pr = \1 * 6'd1;/"
  "offset correction off by one|s/<< (pw_e - 6'd1);/<< pw_e;/"
  "no half step|s/assign twice = {1'd0, in_code_i, 1'd0} + half;/assign twice = {1'd0, in_code_i, 1'd0};/"
  "ready ignores back-pressure|s/assign in_ready_o = .*/assign in_ready_o = 1'b1;/"
  "accumulator not cleared after last|0,/acc_q <= [0-9]*'d0;/! s/acc_q <= [0-9]*'d0;/acc_q <= sum;/"
  "k ignored|s/assign k_e = .*/assign k_e = 6'd0;/"
  "negative weights set ignored|s/assign neg = sign_slice ^ in_set_i;/assign neg = sign_slice;/"
)
killed=0 survived=0 tried=0
for cfg in ref_pd2_pr2_offset ref_diff_trq; do
  rtl=$root/rtl/shift_add/$cfg
  for m in "${mutants[@]}"; do
    name=${m%%|*} expr=${m#*|}
    mkdir -p "$tmp/$cfg"
    sed -e "$expr" "$rtl/shift_add.v" > "$tmp/$cfg/shift_add.v"
    cmp -s "$rtl/shift_add.v" "$tmp/$cfg/shift_add.v" && continue  # does not apply to this configuration
    tried=$((tried + 1))
    rm -rf "$tmp/obj"
    if ! verilator --cc --exe --build -j 2 --quiet-exit -O2 --x-assign unique --x-initial unique --top-module shift_add \
        --Mdir "$tmp/obj" -o "$tmp/V" -CFLAGS "-std=c++17 -O1 -I$rtl -I$root/sim" "$tmp/$cfg/shift_add.v" \
        "$root/tb/shift_add_tb.cpp" "$root/sim/cim.cpp" >"$tmp/build.log" 2>&1; then
      echo "killed   $cfg: $name (does not build)"; killed=$((killed + 1)); continue
    fi
    if "$tmp/V" --seeds 2 --vectors 1000 >"$tmp/run.log" 2>&1; then
      echo "SURVIVED $cfg: $name"; survived=$((survived + 1))
    else
      echo "killed   $cfg: $name -- $(grep -m1 FAIL "$tmp/run.log")"; killed=$((killed + 1))
    fi
  done
done
echo "mutants: $tried tried, $killed killed, $survived survived"
# Every mutant applies to the committed reference RTL; fewer means the RTL
# text changed and this list needs updating, not that the tests got better.
[ "$tried" -ge 16 ] || { echo "only $tried mutants applied (expected 16): update tools/mutants.sh"; exit 1; }
[ "$survived" -eq 0 ]
