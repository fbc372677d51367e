#!/usr/bin/env bash
# make mutate: systematic mutation testing of the generated RTL (issue 7).
#
# For each campaign below, cimgen-mutate writes every mutant of the block's
# generated module into one mutant schema (operator swaps, constants off by one,
# removed negations, inverted conditions, dropped assignments, bit 0 stuck at 0
# or 1). One Verilator build of the schema with the block's testbench runs each
# mutant (CIMGEN_MUTANT=ID). A mutant is
#   sim       killed by the testbench (a failed check)
#   timeout   killed: the testbench did not finish within its time limit
#   proved    survived; Yosys proves original and mutant equivalent
#             (equiv_make, equiv_simple, equiv_induct: with signals matched
#             by name, once they all agree they agree on every later cycle,
#             whatever the inputs; the base, agreement out of reset, is what
#             the testbench run saw)
#   formal    survived simulation, killed by the block's formal proof
#             (configurations tagged formal)
#   equiv     survived; a miter of original and mutant found no output
#             difference within 24 cycles of a reset from an undefined state
#             (likely equivalent)
#   survived  survived; the miter found an input sequence whose outputs differ
#   undecided survived; the miter did not finish within the campaign's miter
#             limit (counted as survived)
#   explained survived or undecided, and tools/mutate_explained.tsv says why
#             it is equivalent at the block's interface (counted as equivalent)
# The kill rate is killed / (mutants run - proved - equiv - explained).
#
#   tools/mutate.sh BUILD_DIR [REPORT_DIR]
#     BUILD_DIR    a built tree (make build): cimgen-mutate, libcimsim.a and
#                  the generated RTL of every configuration in BUILD_DIR/sweep
#     REPORT_DIR   where mutation.md and mutation.tsv go (default: docs)
#   MUTATE_ONLY="trq_sar xbar_emu/e5x3_pr3_g3"  run only these blocks' (or
#                                     block/configuration) campaigns
#   MUTATE_JOBS=N                     parallel mutant runs (default: nproc)
#   MUTATE_REPORT_ONLY=1              rewrite the report from the campaigns' results
#   MUTATE_RERUN=1                    rerun only the last run's survivors (after a
#                                     testbench or proof got stronger)
#   MUTATE_WORK=DIR                   where the campaigns work (default: BUILD_DIR/mutate)
# Each campaign keeps its results in BUILD_DIR/mutate/BLOCK/CFG/campaign.tsv;
# the report gathers every campaign that has results, so campaigns run apart
# (MUTATE_ONLY) add up to one report.
set -euo pipefail
source "$(dirname "$0")/report_lib.sh"
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
report=$(mkdir -p "${2:-$root/docs}" && cd "${2:-$root/docs}" && pwd)
jobs=${MUTATE_JOBS:-$(nproc)}
work=${MUTATE_WORK:-$build/mutate}
mkdir -p "$work"

# The campaigns come from the blocks (Block::campaigns, `cimgen list --campaigns`): block configuration
# sample(every n-th mutant) time-limit(s) miter-limit(s). Each mutant runs the configuration's
# regression test (4 seeds, its vectors from build/sweep/tests.tsv). MUTATE_MITER_TIMEOUT overrides
# every miter limit.
mapfile -t campaigns < <("$build/cimgen" list --campaigns)
[ ${#campaigns[@]} -gt 0 ] || { echo "mutate: $build/cimgen list --campaigns lists none: build first (make build)"; exit 1; }
seeds=4

# One mutant through the testbench: prints "ID sim|timeout|alive".
run_one() {
  local exe=$1 seeds=$2 vectors=$3 limit=$4 id=$5 rc=0
  CIMGEN_MUTANT=$id timeout "$limit" "$exe" --seeds "$seeds" --vectors "$vectors" >/dev/null 2>&1 || rc=$?
  if [ "$rc" = 0 ]; then echo "$id alive"; elif [ "$rc" = 124 ]; then echo "$id timeout"; else echo "$id sim"; fi
}
export -f run_one

# The Verilog of original and mutant ID, loaded as modules gold and gate.
load_pair() {
  local dir=$1 block=$2 id=$3
  local prep="hierarchy -top $block; proc; flatten; memory; async2sync; opt_clean"
  echo "read_verilog -DMUTANT=0 $dir/rtl/*.v; $prep; rename $block gold; design -stash gold;
      read_verilog -DMUTANT=$id $dir/rtl/*.v; $prep; rename $block gate; design -stash gate;
      design -copy-from gold -as gold gold; design -copy-from gate -as gate gate"
}

# True if Yosys proves original and mutant ID equivalent within LIMIT seconds (per attempt):
# equiv_make matches their signals by name, equiv_simple and equiv_induct prove by
# induction that matched signals that agree keep agreeing, whatever the inputs.
# First with every signal matched, the strongest invariant (it proves a mutant that
# changes no signal, e.g. x + 1 -> x - 1 on one bit, or a reset value's bit forced
# to what it is), then with the mutated signal left out (it may differ while the
# outputs do not).
equiv_proof() {
  local dir=$1 block=$2 id=$3 limit=$4 blacklist
  "$MUTATE_BIN" signal --list "$dir/mutants.tsv" --id "$id" --rtl "$dir/rtl/$block.v" >"$dir/equiv_$id.blacklist"
  for blacklist in "" "-blacklist $dir/equiv_$id.blacklist"; do
    timeout "$limit" yosys -q -l "$dir/equiv_$id.log" -p "$(load_pair "$dir" "$block" "$id");
        equiv_make $blacklist gold gate eq; hierarchy -top eq;
        equiv_simple -seq 2; equiv_induct -seq 2; equiv_status -assert" >/dev/null 2>&1 && return 0
  done
  return 1
}

# Original against mutant ID: "equiv" if their outputs agree for 24 cycles
# after a reset, from an undefined initial state (an output the original leaves
# undefined is not compared), "undecided" if the miter does not finish within
# LIMIT seconds, else "survived".
miter() {
  local dir=$1 block=$2 id=$3 limit=$4 depth=24 rc=0
  timeout "$limit" yosys -q -l "$dir/miter_$id.log" -p "$(load_pair "$dir" "$block" "$id");
      miter -equiv -flatten -make_assert -ignore_gold_x gold gate miter; hierarchy -top miter;
      sat -tempinduct -prove-asserts -set-init-undef -enable_undef -set-def-inputs -set-at 1 in_rst_ni 0 -maxsteps $depth miter" \
      >/dev/null 2>&1 || rc=$?
  if [ "$rc" = 124 ]; then echo undecided
  elif [ "$rc" = 0 ] && ! grep -q 'model found for base case: FAIL' "$dir/miter_$id.log"; then echo equiv
  else echo survived
  fi
}

# A mutant the testbench missed: proved equivalent, else the formal proof (if
# the configuration has one), then the miter. Prints
# "ID proved|formal|equiv|undecided|survived".
judge() {
  local root=$1 dir=$2 block=$3 formal=$4 mlimit=$5 id=$6
  if equiv_proof "$dir" "$block" "$id" 120; then
    echo "$id proved"
    return
  fi
  # Killed only by a failed property: a row of the proof table that says FAIL.
  if [ "$formal" = yes ]; then
    FORMAL_NO_COVER=1 FORMAL_DEFINES="-DMUTANT=$id" \
      timeout 600 bash "$root/tools/formal.sh" "$dir/rtl" "$block" "$dir/formal_$id" >/dev/null 2>&1 || true
  fi
  if [ "$formal" = yes ] && grep -q ' FAIL ' "$dir/formal_$id/summary.txt" 2>/dev/null; then
    echo "$id formal"
  else
    echo "$id $(miter "$dir" "$block" "$id" "$mlimit")"
  fi
}
export -f load_pair equiv_proof judge miter

export MUTATE_BIN=$build/cimgen-mutate
for c in "${campaigns[@]}"; do
  [ -z "${MUTATE_REPORT_ONLY:-}" ] || break
  read -r block cfg sample limit mlimit <<<"$c"
  mlimit=${MUTATE_MITER_TIMEOUT:-$mlimit}
  selected "${MUTATE_ONLY:-}" "$block" "$cfg" || continue
  read -r vectors formal < <(awk -F'\t' -v b="$block" -v c="$cfg" '$1 == b && $2 == c { print $3, $4 }' \
    "$build/sweep/tests.tsv") || true
  [ -n "${vectors:-}" ] || { echo "mutate: $block/$cfg is not in $build/sweep/tests.tsv (rtl/sweep.txt)"; exit 1; }
  src=$build/sweep/$block/$cfg/rtl
  [ -f "$src/$block.v" ] || { echo "mutate: $src/$block.v missing: build first (make build)"; exit 1; }
  dir=$work/$block/$cfg
  tsv=$dir/campaign.tsv
  # MUTATE_RERUN: the last results of this campaign, kept until the rerun is done (an interrupted
  # rerun starts again from them).
  prev=$work/$block.$cfg.previous.tsv
  if [ -n "${MUTATE_RERUN:-}" ]; then
    if [ -f "$tsv" ]; then cp "$tsv" "$prev"
    elif [ ! -f "$prev" ]; then echo "mutate: MUTATE_RERUN: $block/$cfg has no results to rerun"; exit 1
    fi
  else
    rm -f "$prev"
  fi
  rm -rf "$dir"; mkdir -p "$dir/rtl"
  cp "$src"/*.v "$src"/*.h "$dir/rtl/"
  [ ! -f "$src/$block.sby" ] || cp "$src/$block.sby" "$dir/rtl/"
  "$MUTATE_BIN" schema "$src/$block.v" --module "$block" -o "$dir/rtl/$block.v" --list "$dir/mutants.tsv" >/dev/null
  # -fno-dfg-peephole: Verilator 5.006's DFG peephole pass stops with an internal error (V3DfgPeephole.cpp:761)
  # on the schema of xbar_emu's row products (a mutated product in a generate loop); it only optimises.
  if ! verilator --cc --exe --build -j 2 --quiet-exit -O1 -fno-dfg-peephole -Wno-fatal -Wno-lint -Wno-style --x-assign unique \
      --x-initial unique --top-module "$block" -y "$dir/rtl" --Mdir "$dir/obj" -o "$dir/V" \
      -CFLAGS "-std=c++17 -O1 -I$dir/rtl -I$root/sim -I$root/tb -I$root/blocks/$block -I$root/fpga/host" "$dir/rtl/$block.v" \
      "$root/blocks/$block/${block}_tb.cpp" "$build/libcimsim.a" >"$dir/build.log" 2>&1; then
    echo "mutate: the mutant schema of $block/$cfg does not build:"; tail -5 "$dir/build.log"; exit 1
  fi
  # The schema with no mutant selected is the design: it must pass.
  if ! "$dir/V" --seeds "$seeds" --vectors "$vectors" >"$dir/original.log" 2>&1; then
    echo "mutate: $block/$cfg fails with no mutant selected:"; tail -3 "$dir/original.log"; exit 1
  fi
  start=$(date +%s)
  # Every sample-th mutant, or (MUTATE_RERUN) only the last run's survivors: its kills stand in kept.txt.
  : >"$dir/kept.txt"
  if [ -f "$prev" ]; then
    "$MUTATE_BIN" pick --list "$dir/mutants.tsv" --sample "$sample" --rerun "$prev" --kept "$dir/kept.txt" >"$dir/ids.txt"
  else
    "$MUTATE_BIN" pick --list "$dir/mutants.tsv" --sample "$sample" >"$dir/ids.txt"
  fi
  xargs -P "$jobs" -n 1 bash -c 'run_one "$@"' _ "$dir/V" "$seeds" "$vectors" "$limit" <"$dir/ids.txt" | sort -n >"$dir/sim.txt"
  # Survivors: the formal proof where the configuration has one, then the miter.
  awk '$2 != "alive"' "$dir/sim.txt" "$dir/kept.txt" >"$dir/results.txt"
  awk '$2 == "alive" { print $1 }' "$dir/sim.txt" |
    xargs -P "$jobs" -n 1 bash -c 'judge "$@"' _ "$root" "$dir" "$block" "$formal" "$mlimit" | sort -n >>"$dir/results.txt"
  "$MUTATE_BIN" campaign --block "$block" --cfg "$cfg" --list "$dir/mutants.tsv" --results "$dir/results.txt" \
    -o "$tsv" --seconds $(($(date +%s) - start))
  rm -f "$prev"
done | tee "$work/summary.txt"

# Every campaign's results, in the order of the list, survivors explained as equivalent at the block's
# interface (tools/mutate_explained.tsv), into the report.
printf '%s\n' "${campaigns[@]}" >"$work/campaigns.txt"
"$MUTATE_BIN" report --campaigns "$work/campaigns.txt" --work "$work" --explained "$root/tools/mutate_explained.tsv" \
  --commit "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo 'an unknown commit')" -o "$report"
