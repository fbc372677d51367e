#!/usr/bin/env bash
# Adds a block from the template: blocks/NAME/ (generator, testbench, datasheet) and its line in
# blocks/blocks.def. Then `make rtl` lists its configurations in rtl/sweep.txt and `make test`
# generates, lints, synthesizes and simulates them.
#   tools/new_block.sh NAME        NAME: lower case letters, digits and _, starting with a letter
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=${1:-}
[[ "$name" =~ ^[a-z][a-z0-9_]*$ ]] || { echo "new_block: NAME must match [a-z][a-z0-9_]* (got '$name')" >&2; exit 2; }
dir=$root/blocks/$name
[ ! -e "$dir" ] || { echo "new_block: $dir exists" >&2; exit 2; }
! grep -q "^CIMGEN_BLOCK($name)$" "$root/blocks/blocks.def" || { echo "new_block: $name is listed already" >&2; exit 2; }
upper=$(echo "$name" | tr a-z A-Z)
tmp=$(mktemp -d "$root/blocks/.new_block.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for f in block.cpp block_tb.cpp README.md; do
  out=${f/block/$name}
  [ "$f" = README.md ] && out=README.md
  sed -e "s/__BLOCK__/$upper/g" -e "s/__block__/$name/g" "$root/tools/block_template/$f.in" >"$tmp/$out"
done
mv "$tmp" "$dir"
trap - EXIT
echo "CIMGEN_BLOCK($name)" >>"$root/blocks/blocks.def"
echo "new_block: blocks/$name/ and its line in blocks/blocks.def; next: make rtl && make test"
