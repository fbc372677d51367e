#!/usr/bin/env python3
"""FuseSoC generator for cimgen (GAPI 1.0; registered by cimgen.core as `cimgen`).

FuseSoC calls it with one argument, a YAML file with `gapi`, `files_root`, `vlnv` and `parameters`, in the
directory where the generated core goes. Parameters: `block` (required), `config` (a TOML/INI file of
NAME = VALUE lines, relative to the calling core, optional), `period` and `io_delay` (the SDC's, optional),
and any of the block's parameters as NAME: VALUE. It runs `cimgen gen <block> NAME=VALUE ... --core-name
<vlnv> -o .`, which writes the RTL, the filelist and <block>.core named by FuseSoC's VLNV. The generator is
$CIMGEN, else `cimgen` on the PATH, else build/cimgen of this checkout. cimgen's one-line error and exit
code pass through.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml


def main():
    if len(sys.argv) != 2:
        print("usage: fusesoc_generator.py GAPI_FILE", file=sys.stderr)
        return 2
    gapi = yaml.safe_load(Path(sys.argv[1]).read_text()) or {}
    if str(gapi.get("gapi")) != "1.0":
        print(f"cimgen generator: {sys.argv[1]}: gapi {gapi.get('gapi')!r}, expected '1.0'", file=sys.stderr)
        return 2
    params = dict(gapi.get("parameters") or {})
    block = params.pop("block", None)
    if not block:
        print("cimgen generator: parameters: missing block (run 'cimgen list')", file=sys.stderr)
        return 2
    cimgen = os.environ.get("CIMGEN") or shutil.which("cimgen") or str(Path(__file__).resolve().parents[1] / "build" / "cimgen")
    cmd = [cimgen, "gen", str(block)]
    config = params.pop("config", None)
    for opt in ("period", "io_delay"):
        if opt in params:
            cmd += [f"--{opt.replace('_', '-')}", str(params.pop(opt))]
    cmd += [f"{k}={v}" for k, v in params.items()]
    if config:
        cmd += ["--config", str(Path(gapi.get("files_root", ".")) / str(config))]
    if gapi.get("vlnv"):
        cmd += ["--core-name", str(gapi["vlnv"])]
    cmd += ["-o", "."]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
