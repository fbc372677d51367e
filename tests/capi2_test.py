#!/usr/bin/env python3
"""Checks FuseSoC CAPI=2 core files (FuseSoC itself is not packaged in Debian):

- the first line is `CAPI=2:` and the rest is YAML that keeps FuseSoC's schema rules (tests/capi2_schema.json);
- the name is a VLNV (vendor:library:name:version);
- for a core cimgen generated (beside its <block>.json manifest): every file a fileset names exists beside
  the core, the rtl fileset lists the manifest's Verilog files with the top last, every target names filesets
  that exist and the manifest's top, and the formal target and the .sby.j2 template exist exactly when the
  block has proofs.

  tests/capi2_test.py CORE_OR_DIR ...   (a directory: every *.core below it)
"""
import json
import re
import sys
from pathlib import Path

import jsonschema
import yaml

SCHEMA = json.loads((Path(__file__).parent / "capi2_schema.json").read_text())
VLNV = re.compile(r"^[A-Za-z0-9_.-]*:[A-Za-z0-9_.-]*:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$")


def problems(core_path):
    text = core_path.read_text()
    if not text.startswith("CAPI=2:\n"):
        return ["the first line is not 'CAPI=2:'"]
    core = yaml.safe_load(text[len("CAPI=2:\n"):])  # FuseSoC reads the YAML after the CAPI line
    out = [f"schema: {e.message} at {'/'.join(map(str, e.absolute_path)) or 'the top'}"
           for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(core)]
    if out:
        return out
    if not VLNV.match(core["name"]):
        out.append(f"name {core['name']!r} is not a VLNV")
    filesets = core.get("filesets", {})
    names = {}
    for fs_name, fs in filesets.items():
        names[fs_name] = []
        for f in fs.get("files", []):
            name = f if isinstance(f, str) else next(iter(f))
            names[fs_name].append(name)
            if not (core_path.parent / name).is_file():
                out.append(f"fileset {fs_name}: {name} does not exist beside the core")
            ftype = fs.get("file_type") if isinstance(f, str) else f[name].get("file_type", fs.get("file_type"))
            if not ftype:
                out.append(f"fileset {fs_name}: {name} has no file_type")
    for t_name, t in core.get("targets", {}).items():
        for fs in t.get("filesets", []):
            if fs not in filesets:
                out.append(f"target {t_name}: no fileset {fs}")
    manifest_path = core_path.with_suffix(".json")
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        top = manifest["top"]
        rtl = names.get("rtl", [])
        if sorted(rtl) != sorted(manifest["files"]) or not rtl or rtl[-1] != top + ".v":
            out.append(f"rtl fileset {rtl} is not the manifest's files {manifest['files']} with {top}.v last")
        tb = names.get("testbench", [])
        if tb and f"{top}_tb.v" not in tb:
            out.append(f"testbench fileset {tb} lacks {top}_tb.v")
        for t_name, t in core.get("targets", {}).items():
            # The sim target runs the self-checking testbench when the core has one.
            want = f"{top}_tb" if t_name == "sim" and tb else top
            if t.get("toplevel") != want:
                out.append(f"target {t_name}: toplevel {t.get('toplevel')!r}, want {want}")
        for t in ("default", "lint", "sim"):
            if t not in core.get("targets", {}):
                out.append(f"no {t} target")
        has_proofs = (core_path.parent / f"{top}.sby").is_file()
        if has_proofs != ("formal" in core.get("targets", {})):
            out.append(f"formal target {'missing' if has_proofs else 'without'} proofs ({top}.sby)")
        if has_proofs and f"{top}.sby.j2" not in names.get("proofs", []):
            out.append(f"the formal target's fileset lacks {top}.sby.j2")
        flist = core_path.with_suffix(".f")
        if flist.is_file():
            listed = [l for l in flist.read_text().splitlines() if l and not l.startswith("//")]
            if listed != rtl:
                out.append(f"{flist.name} lists {listed}, the rtl fileset {rtl}")
    return out


def main():
    cores = []
    for arg in sys.argv[1:]:
        p = Path(arg)
        cores += sorted(p.rglob("*.core")) if p.is_dir() else [p]
    if not cores:
        print("capi2: no .core files given")
        return 1
    bad = 0
    for c in cores:
        for why in problems(c):
            print(f"FAIL {c}: {why}")
            bad += 1
    print(f"capi2: {len(cores)} core files, {'PASS' if not bad else f'{bad} problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
