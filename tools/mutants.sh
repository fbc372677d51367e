#!/usr/bin/env bash
# Breaks committed reference RTL on purpose and checks that the Verilator
# regression catches every break (a first step toward `make mutate`).
#   tools/mutants.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# block | configurations | name | sed expression applied to the generated RTL
mutants=(
  "shift_add|ref_pd2_pr2_offset|drop sign-slice subtraction|s/assign neg = sign_slice;/assign neg = 1'b0;/"
  "shift_add|ref_diff_trq|drop sign-slice subtraction (differential)|s/assign neg = sign_slice ^ in_set_i;/assign neg = in_set_i;/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|shift off by one|s/assign shamt = (k_e + b_t) + j_pr;/assign shamt = ((k_e + b_t) + j_pr) + 6'd1;/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|column significance off by one|s/assign j_pr = \(.*\) \* 6'd2;/assign j_pr = \1 * 6'd1;/"
  "shift_add|ref_pd2_pr2_offset|offset correction off by one|s/<< (pw_e - 6'd1);/<< pw_e;/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|no half step|s/assign twice = {1'd0, in_code_i, 1'd0} + half;/assign twice = {1'd0, in_code_i, 1'd0};/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|ready ignores back-pressure|s/assign in_ready_o = .*/assign in_ready_o = 1'b1;/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|accumulator not cleared after last|0,/acc_q <= [0-9]*'d0;/! s/acc_q <= [0-9]*'d0;/acc_q <= sum;/"
  "shift_add|ref_pd2_pr2_offset ref_diff_trq|k ignored|s/assign k_e = .*/assign k_e = 6'd0;/"
  "shift_add|ref_diff_trq|negative weights set ignored|s/assign neg = sign_slice ^ in_set_i;/assign neg = sign_slice;/"
  "trq_sar|ref_n8_trq ref_n8_uniform|extra idle cycle between conversions|s/assign ready_o = !busy_q || last;/assign ready_o = !busy_q;/"
  "trq_sar|ref_n8_trq|wrong mid-point|s/q_out_q\[3\] <= one_hot\[4\]/q_out_q[3] <= one_hot[3]/"
  "trq_sar|ref_n8_trq|skipped trial|s/pos_q <= restart ? 3'd7 : (pos_q - 3'd1);/pos_q <= restart ? 3'd7 : (pos_q - 3'd2);/"
  "trq_sar|ref_n8_uniform|skipped trial|s/mask_q <= mask_q >> 1'd1;/mask_q <= mask_q >> 2'd2;/"
  "trq_sar|ref_n8_uniform|conversion ends one trial early|s/assign last = busy_q \&\& mask_q\[0\];/assign last = busy_q \&\& mask_q[1];/"
  "trq_sar|ref_n8_trq|threshold compare ignored|s/assign restart = th_q \&\& cmp_i;/assign restart = 1'b0;/"
  "trq_sar|ref_n8_trq|upper-phase bits do not set the flag|s/assign flag_n = flag_q || (up_q \&\& cmp_i);/assign flag_n = flag_q;/"
  "trq_sar|ref_n8_trq|upper phase ends one bit late|s/if (pos_q == bexp_q) begin/if (pos_q == (bexp_q - 3'd1)) begin/"
  "trq_sar|ref_n8_trq|R1 and R2 stops swapped|s/(flag_n ? (pos_q == s2_q) : (pos_q == s1_q))/(flag_n ? (pos_q == s1_q) : (pos_q == s2_q))/"
  "trq_sar|ref_n8_trq|comparison count off by one|s/ncmp_out_q <= cnt_q + 4'd1;/ncmp_out_q <= cnt_q;/"
  "trq_sar|ref_n8_trq|trq_en_i ignored|s/assign legal = (((((trq_en_i/assign legal = (((((1'b1/"
  "trq_sar|ref_n8_trq|msb_first s2 <= bexp not checked|/assign legal/ s/ \&\& (!msb_first_i || .*;$/;/"
  "cim_tile|ref_64x64|sign slice added instead of subtracted|s/assign a0_addend = {a0_mag ^ {17{sign_slice_d_q}}, sign_slice_d_q};/assign a0_addend = {a0_mag, 1'd0};/"
  "cim_tile|ref_64x64|TRQ table ignored|s/assign a0_set = v_tbl_en ? a0_entry : v_set;/assign a0_set = v_set;/"
  "cim_tile|ref_64x64|column significance j*PR dropped|s/assign o_term = \(.*\) << (.*);/assign o_term = \1;/"
  "cim_tile|ref_64x64|next slice starts before the busiest ADC is done|s/assign lanes_done = (((1'd1 \&\& (a0_issued_q == a0_ncols)) \&\& (!a0_cmp_en || a0_ready))/assign lanes_done = (((1'd1 \&\& (a0_issued_q == a0_ncols)) \&\& 1'b1)/"
  "cim_tile|ref_64x64|signed inputs lose their sign slice|s/assign next_sign = v_signed \&\&/assign next_sign = 1'b0 \&\&/"
)
killed=0 survived=0 tried=0
for m in "${mutants[@]}"; do
  IFS='|' read -r block cfgs name expr <<<"$m"
  for cfg in $cfgs; do
    rtl=$root/rtl/$block/$cfg
    mkdir -p "$tmp/$cfg"
    sed -e "$expr" "$rtl/$block.v" > "$tmp/$cfg/$block.v"
    if cmp -s "$rtl/$block.v" "$tmp/$cfg/$block.v"; then
      echo "NOT APPLIED $block/$cfg: $name"; continue
    fi
    tried=$((tried + 1))
    rm -rf "$tmp/obj"
    if ! verilator --cc --exe --build -j 2 --quiet-exit -O2 --x-assign unique --x-initial unique --top-module "$block" -y "$rtl" \
        --Mdir "$tmp/obj" -o "$tmp/V" -CFLAGS "-std=c++17 -O1 -I$rtl -I$root/sim -I$root/tb -I$root/blocks/$block" "$tmp/$cfg/$block.v" \
        "$root/blocks/$block/${block}_tb.cpp" "$build/libcimsim.a" >"$tmp/build.log" 2>&1; then
      echo "ERROR    $block/$cfg: $name does not build (a mutant must be valid Verilog):"; tail -5 "$tmp/build.log"; exit 1
    fi
    if "$tmp/V" --seeds 2 --vectors 1000 >"$tmp/run.log" 2>&1; then
      echo "SURVIVED $block/$cfg: $name"; survived=$((survived + 1))
    else
      echo "killed   $block/$cfg: $name -- $(grep -m1 FAIL "$tmp/run.log")"; killed=$((killed + 1))
    fi
  done
done
echo "mutants: $tried tried, $killed killed, $survived survived"
# Every mutant applies to the committed reference RTL; fewer means the RTL
# text changed and this list needs updating, not that the tests got better.
[ "$tried" -ge 34 ] || { echo "only $tried mutants applied (expected 34): update tools/mutants.sh"; exit 1; }
[ "$survived" -eq 0 ]
