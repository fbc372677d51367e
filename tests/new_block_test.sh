#!/usr/bin/env bash
# Adding a block is one folder plus one list line: in a copy of the source tree, tools/new_block.sh
# makes a block from the template; after that (and `make rtl`, which lists its configurations in
# rtl/sweep.txt) cimgen lists and generates it, its configurations build with its testbench, and their
# simulation, lint, Icarus and latch tests pass, with no other file touched.
#   tests/new_block_test.sh WORK_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$1
name=pkt_acc
rm -rf "$work"
mkdir -p "$work/src"
# The tree as a clean checkout has it (tracked and new files, nothing ignored such as build/).
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/src")
src=$work/src
(cd "$src" && git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -q -m before)

bash "$src/tools/new_block.sh" "$name"
changed=$(cd "$src" && git add -A && git status --porcelain | awk '{ print $2 }' | sed "s|^blocks/$name/.*|blocks/$name/|" | sort -u)
[ "$changed" = "$(printf 'blocks/blocks.def\nblocks/%s/' "$name")" ] || { echo "FAIL new_block touched: $changed"; exit 1; }
echo "new_block: touched blocks/$name/ and blocks/blocks.def only"

cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release >"$work/configure.log"
cmake --build "$work/build" --target cimgen -j "${JOBS:-2}" >"$work/build.log"
cimgen=$work/build/cimgen
"$cimgen" list | grep -q "^$name  *packet accumulator" || { echo "FAIL cimgen list lacks $name"; exit 1; }
"$cimgen" list --campaigns | grep -q "^$name w8_g4 " || { echo "FAIL cimgen list --campaigns lacks $name"; exit 1; }
"$cimgen" gen "$name" W=20 -o "$work/w20" 2>"$work/err" && { echo "FAIL W=20 accepted"; exit 1; }
grep -q "W" "$work/err" && grep -q "1..16" "$work/err" || { echo "FAIL W=20: $(cat "$work/err")"; exit 1; }
# The template has no Verilog testbench: gen --testbench V says so and writes nothing.
"$cimgen" gen "$name" --testbench V -o "$work/vtb" 2>"$work/err" && { echo "FAIL --testbench V accepted"; exit 1; }
grep -q "$name has no Verilog testbench yet (blocks with one: shift_add, " "$work/err" && [ ! -e "$work/vtb" ] ||
  { echo "FAIL --testbench V: $(cat "$work/err")"; exit 1; }
bash "$src/tools/rtl.sh" write "$cimgen" "$src/rtl" >/dev/null
[ "$(grep -c "^$name " "$src/rtl/sweep.txt")" = 3 ] || { echo "FAIL rtl/sweep.txt lacks $name"; exit 1; }
(cd "$src" && git add -A && git status --porcelain | grep -v -e " blocks/$name/" -e " blocks/blocks.def" \
  -e " rtl/sweep.txt") && { echo "FAIL make rtl touched more than rtl/sweep.txt"; exit 1; }

cmake -S "$src" -B "$work/build" >>"$work/configure.log"
targets=$(awk -v b="$name" '$1 == b { printf "tb_%s_%s ", b, $2 }' "$src/rtl/sweep.txt")
cmake --build "$work/build" --target $targets -j "${JOBS:-2}" >>"$work/build.log" 2>&1
(cd "$work/build" && ctest -R "_${name}_" --output-on-failure) | tail -4
(cd "$work/build" && ctest -N -R "_${name}_" | grep -q "Total Tests: 12") || { echo "FAIL expected 12 tests of $name"; exit 1; }
# Its mutation campaign (campaigns()) runs in make mutate like every other block's: every mutant killed.
cmake --build "$work/build" --target cimgen-mutate -j "${JOBS:-2}" >>"$work/build.log"
MUTATE_WORK=$work/mutate MUTATE_ONLY=$name bash "$src/tools/mutate.sh" "$work/build" "$work/report" | tee "$work/mutate.log"
grep -q "^| $name | w8_g4 | .* | 0 | 100.0% |$" "$work/report/mutation.md" || { echo "FAIL $name: mutants survive"; exit 1; }
echo "new_block: $name generated, linted, synthesized, simulated and mutated"
