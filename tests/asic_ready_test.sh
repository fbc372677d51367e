#!/usr/bin/env bash
# The ASIC readiness check (tools/asic.py --ready-only) must refuse RTL with an `initial` block, a latch,
# a combinational loop or a flip-flop without reset that the manifest does not list: each is injected into
# a copy of rtl/trq_sar/ref_n8_trq and must be reported by name.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d)}
rm -rf "$work"; mkdir -p "$work"
fails=0
inject() {  # inject NAME EXPECTED-MESSAGE PYTHON-EDIT
  local d=$work/$1
  cp -r "$root/rtl/trq_sar/ref_n8_trq" "$d"
  /usr/bin/python3 -c "$3" "$d"
  if out=$(/usr/bin/python3 "$root/tools/asic.py" --ready-only --jobs 1 --work "$d.work" "$d" 2>&1); then
    echo "FAIL $1: accepted"; fails=1
  elif ! grep -q -- "$2" <<<"$out"; then
    echo "FAIL $1: no '$2' in: $out"; fails=1
  else
    echo "ok   $1: $(grep -m1 -- "$2" <<<"$out")"
  fi
}
edit_v='import sys,re; p=sys.argv[1]+"/trq_sar.v"; s=open(p).read(); '
inject initial "initial value" "$edit_v"'s=s.replace("  reg busy_q;", "  reg busy_q;\n  initial busy_q = 1" + chr(39) + "b0;", 1); open(p,"w").write(s)'
inject latch "latch" "$edit_v"'s=s.replace("endmodule", "  reg lat_q;\n  always @(*) if (start_i) lat_q = cmp_i;\n  assign unused_lat = lat_q;\nendmodule"); s=s.replace("  wire last;", "  wire last;\n  wire unused_lat;"); open(p,"w").write(s)'
inject loop "logic loop" "$edit_v"'s=s.replace("  wire last;", "  wire last;\n  wire la, lb;\n  assign la = lb ^ cmp_i;\n  assign lb = la & start_i;", 1); s=s.replace("assign accept = start_i && ready_o;", "assign accept = start_i && ready_o && lb;"); open(p,"w").write(s)'
inject undocumented "code_q: documented" 'import sys,json; p=sys.argv[1]+"/trq_sar.json"; j=json.load(open(p)); j["registers"]["trq_sar"]["code_q"]="async"; json.dump(j,open(p,"w"))'
inject unlisted "flip-flop not listed" 'import sys,json; p=sys.argv[1]+"/trq_sar.json"; j=json.load(open(p)); del j["registers"]["trq_sar"]["pos_q"]; json.dump(j,open(p,"w"))'
exit $fails
