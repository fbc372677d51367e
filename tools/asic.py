#!/usr/bin/python3
"""The ASIC flow of cimgen's generated RTL (make asic), with Debian's qflow and OpenSTA.

For each generated configuration (a directory `cimgen gen` wrote: <block>.json, the .v files, <block>.sdc):

  ready     ASIC readiness of the RTL, from Yosys: no `initial` blocks outside `ifdef FORMAL, no latches,
            no combinational loops (Yosys `check` after flattening), every flip-flop either reset or listed
            as "none" (datapath without reset) in the manifest's "registers", and `synth` mapped to the
            standard-cell liberty with no generic cell left.
  synthesize, place, route, migrate, drc, lvs, gdsii
            qflow's stages (Yosys + ABC, graywolf, qrouter, magic, netgen) in the given technology. A failed
            stage stops the flow, except DRC: LVS still runs, and the report names each DRC finding (rule,
            place, and the I/O pin there); qflow writes no GDS after DRC errors.
  sta       OpenSTA on the routed netlist with the routed wire delays (qflow's rc2dly writes an SDF from
            qrouter's RC) and the block's SDC, clocks propagated: setup and hold worst slack at the SDC
            period, and Fmax, the shortest period with no setup violation (bisection; the I/O delays stay
            the SDC's fraction of the period).

A configuration with more cells after synthesis than --max-cells is not placed and routed (graywolf and
qrouter take hours on tens of thousands of cells, and the default density fails routes); its timing is
then OpenSTA on the synthesized netlist without wires, and the table says so.

  tools/asic.py [--out PREFIX] [--work DIR] [--jobs N] [--max-cells N] [--check] [DIR ...]
      DIR defaults to every reference configuration in rtl/. Writes PREFIX.md and PREFIX.json.
      --check: exit 1 unless every stage passed: ready, routed with no failed route, DRC and LVS clean,
      GDS written, setup and hold met at the SDC clock (make test runs it on the smallest references).
  tools/asic.py --scaling [--out PREFIX] [--cimgen CIMGEN]
      cim_tile for R = COLS = 16..128 and NADC = 1, 2, 4 (the rest as ref_64x64): cells, flip-flops,
      standard-cell area and post-synthesis Fmax, and a least-squares area budget per row and per ADC,
      written as PREFIX.md, PREFIX.json and PREFIX.svg (PREFIX defaults to docs/asic_scaling).
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TECH_ROOT = Path("/usr/share/qflow/tech")
RC2DLY = "/usr/lib/qflow/bin/rc2dly"
# qflow's project settings per technology. OSU018 with qflow's default six routing layers makes qrouter 1.4
# crash in its final cleanup, and stacked vias leave metal minimum-area DRC errors; five layers route clean.
PROJECT_VARS = {"osu018": ["set route_layers = 5"]}
FLOW_STAGES = ["synthesize", "place", "route", "migrate", "drc", "lvs", "gdsii"]
STAGE_LOG = {"synthesize": "synth"}  # qflow's log/<name>.log of a stage, where it is not the stage's name
# A failed stage stops the flow, except these: the later stages still say something about the layout.
NONBLOCKING = {"drc"}
RESET_FF = {"$adff", "$adffe", "$sdff", "$sdffe", "$sdffce", "$dffsr", "$dffsre", "$aldff", "$aldffe"}
PLAIN_FF = {"$dff", "$dffe"}
LATCH = {"$dlatch", "$adlatch", "$dlatchsr"}


def liberty(tech):
    return TECH_ROOT / tech / f"{tech}_stdcells.lib"


def cell_areas(lib):
    """Cell name -> area (um^2) from a liberty file."""
    areas, cell = {}, None
    for line in Path(lib).read_text().splitlines():
        m = re.match(r"\s*cell\s*\(\s*\"?(\w+)\"?\s*\)", line)
        if m:
            cell = m.group(1)
            continue
        m = re.match(r"\s*area\s*:\s*([0-9.]+)", line)
        if m and cell and cell not in areas:
            areas[cell] = float(m.group(1))
    return areas


def run(cmd, cwd, log, timeout=None):
    """Runs cmd (a list) in cwd with output to log; returns the exit status (124 on timeout)."""
    with open(log, "w") as f:
        try:
            return subprocess.run(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            return 124


class Config:
    def __init__(self, path, tech):
        self.tech = tech
        self.dir = Path(path).resolve()
        manifests = [m for m in self.dir.glob("*.json") if json.loads(m.read_text()).get("generator") == "cimgen"] \
            if self.dir.is_dir() else []
        if len(manifests) != 1:
            raise SystemExit(f"asic: {path}: {'no' if not manifests else 'more than one'} cimgen manifest "
                             f"(<block>.json); give a directory `cimgen gen` wrote")
        self.manifest = json.loads(manifests[0].read_text())
        self.block = self.manifest["block"]
        self.top = self.manifest["top"]
        self.files = [self.dir / f for f in self.manifest["files"]]
        self.sdc = self.dir / f"{self.block}.sdc"
        self.name = self.dir.name
        self.registers = self.manifest.get("registers", {})
        for f in self.files + [self.sdc]:
            if not f.is_file():
                raise SystemExit(f"asic: {f}: missing (regenerate the configuration with cimgen gen)")


def yosys(script, cwd, log):
    return run(["yosys", "-q", "-l", str(log), "-p", script], cwd, os.devnull)


def module_nets(mod):
    """Bit -> the names of the nets carrying it in a Yosys JSON module, readable ones first, without selects."""
    names = {}
    for name, net in sorted(mod["netnames"].items(), key=lambda kv: (kv[1].get("hide_name", 0), kv[0])):
        for b in net["bits"]:
            names.setdefault(b, []).append(name)
    return names


def ready(cfg, work, tech):
    """ASIC readiness: a list of problems (empty when ready) and the standard-cell mapping's figures."""
    work.mkdir(parents=True, exist_ok=True)
    files = " ".join(str(f) for f in cfg.files)
    problems = []
    # 1. Structure: initial blocks and latches after proc; flip-flops and their resets after opt_dff;
    #    combinational loops (and other `check` findings) after flattening.
    script = (f"read_verilog {files}; hierarchy -check -top {cfg.top}; proc; write_json proc.json; opt_clean; "
              f"memory -nomap; opt_dff; opt_clean; write_json ff.json; flatten; opt_clean; tee -o check.txt check")
    if yosys(script, work, work / "ready.log") != 0:
        return [f"Yosys could not read or elaborate the RTL (see {work / 'ready.log'})"], {}
    for mname, mod in json.loads((work / "proc.json").read_text())["modules"].items():
        for net, n in mod["netnames"].items():
            if "init" in n.get("attributes", {}):
                problems.append(f"{mname}.{net}: initial value (an `initial` block outside `ifdef FORMAL)")
        for cname, c in mod["cells"].items():
            if c["type"] in LATCH:
                problems.append(f"{mname}: latch {cname}")
            if c["type"].startswith("$meminit"):
                problems.append(f"{mname}: memory initialised by an `initial` block")
    for mname, mod in json.loads((work / "ff.json").read_text())["modules"].items():
        documented = cfg.registers.get(mname, {})
        nets = module_nets(mod)
        for c in mod["cells"].values():
            if c["type"] not in RESET_FF | PLAIN_FF:
                continue
            for b in c["connections"]["Q"]:
                # a register's bit also carries the names of the outputs assigned from it: take the documented one
                names = nets.get(b, ["?"])
                r = next((n for n in names if n in documented), names[0])
                doc = documented.get(r)
                if doc is None:
                    problems.append(f"{mname}.{r}: flip-flop not listed in the manifest's registers")
                elif c["type"] in PLAIN_FF and doc != "none":
                    problems.append(f"{mname}.{r}: documented reset '{doc}' but Yosys finds a flip-flop without one")
                elif doc == "async" and not c["type"].startswith("$adff"):
                    problems.append(f"{mname}.{r}: documented asynchronous reset but Yosys finds {c['type']}")
                else:
                    continue
                break  # one finding per flip-flop cell
    for line in (work / "check.txt").read_text().splitlines():
        if "logic loop" in line or line.startswith("Warning"):
            problems.append(f"yosys check: {line.strip()}")
    # 2. Standard cells: synth, flip-flops and logic mapped to the liberty; nothing generic may remain.
    lib = liberty(tech)
    script = (f"read_verilog {files}; synth -flatten -top {cfg.top}; dfflibmap -liberty {lib}; "
              f"abc -liberty {lib}; opt_clean; tee -o stat.txt stat -liberty {lib}; write_json mapped.json")
    if yosys(script, work, work / "map.log") != 0:
        problems.append(f"Yosys synth to {tech} failed (see {work / 'map.log'})")
        return problems, {}
    mod = json.loads((work / "mapped.json").read_text())["modules"][cfg.top]
    types = [c["type"] for c in mod["cells"].values()]
    generic = sorted({t for t in types if t.startswith("$")})
    if generic:
        problems.append(f"cells not mapped to {tech}: {', '.join(generic)}")
    if any("LATCH" in t.upper() for t in types):
        problems.append(f"latch cells in the {tech} netlist")
    area = re.search(r"Chip area for (?:top )?module .*?:\s*([0-9.]+)", (work / "stat.txt").read_text())
    return problems, {"cells": len(types), "ffs": sum(t.startswith("DFF") for t in types),
                      "area_um2": float(area.group(1)) if area else None}


STA_TCL = r"""
read_liberty {lib}
read_verilog {netlist}
link_design {top}
{sdf}
set sdc_text [read [open {sdc}]]
proc constrain {{period}} {{
  global sdc_text
  set f [open try.sdc w]
  puts $f [regsub -line {{^set period .*$}} $sdc_text "set period $period"]
  close $f
  read_sdc try.sdc
  set_propagated_clock [all_clocks]
}}
proc setup_slack {{period}} {{ constrain $period; return [worst_slack -max] }}
set period {period}
set s [setup_slack $period]
puts "CIMGEN setup $s"
puts "CIMGEN hold [worst_slack -min]"
if {{$s < 1e20}} {{
  set hi $period
  while {{[setup_slack $hi] < 0 && $hi < 1e5}} {{ set hi [expr {{$hi * 2}}] }}
  set lo [expr {{$hi / 64.0}}]
  for {{set i 0}} {{$i < 24}} {{incr i}} {{
    set mid [expr {{($lo + $hi) / 2.0}}]
    if {{[setup_slack $mid] < 0}} {{ set lo $mid }} else {{ set hi $mid }}
  }}
  puts "CIMGEN min_period $hi"
}}
exit
"""


def sta(cfg, d, netlist, sdf=None):
    """OpenSTA: setup and hold worst slack at the SDC period and the shortest passing period (ns)."""
    period = float(re.search(r"^set period ([0-9.]+)", cfg.sdc.read_text(), re.M).group(1))
    tcl = STA_TCL.format(lib=liberty(cfg.tech), netlist=netlist, top=cfg.top, sdc=cfg.sdc, period=period,
                         sdf=f"read_sdf {sdf}" if sdf else "")
    (d / "sta.tcl").write_text(tcl)
    status = run(["sta", "-no_init", "-exit", "sta.tcl"], d, d / "opensta.log", timeout=3600)
    out = (d / "opensta.log").read_text()
    vals = dict(re.findall(r"^CIMGEN (\w+) (\S+)", out, re.M))
    res = {"period_ns": period}
    if status != 0 or "setup" not in vals:
        res["error"] = f"OpenSTA failed (see {d / 'opensta.log'})"
        return res
    setup, hold = float(vals["setup"]), float(vals["hold"])
    if setup > 1e20:
        res["error"] = "no constrained timing path"
        return res
    res.update(setup_slack_ns=round(setup, 3), hold_slack_ns=round(hold, 3))
    if "min_period" in vals:
        res["fmax_mhz"] = round(1000.0 / float(vals["min_period"]), 1)
    return res


def stage_result(stage, d, top):
    """(passed, detail) of a qflow stage from its log and outputs."""
    log = d / "log" / f"{STAGE_LOG.get(stage, stage)}.log"
    text = log.read_text(errors="replace") if log.is_file() else ""
    if stage == "synthesize":
        ok = (d / f"{top}.rtlnopwr.v").is_file()
        return ok, "" if ok else "no synthesized netlist"
    if stage == "place":
        ok = (d / f"{top}.cel").is_file() and "TimberWolfSC terminated normally" in text
        return ok, "" if ok else "graywolf did not finish"
    if stage == "route":
        final = re.findall(r"^Final: (.*)$", text, re.M)  # qrouter's last pass; earlier passes may fail nets
        if not final:
            return False, "qrouter did not finish"
        failed = re.search(r"Failed net routes: (\d+)", final[-1])
        if failed:
            return False, f"{failed.group(1)} failed routes"
        ok = "No failed routes" in final[-1] and (d / f"{top}.def").is_file()
        return ok, "routed" if ok else f"qrouter: {final[-1]}"
    if stage == "migrate":
        ok = (d / f"{top}.mag").is_file()
        return ok, "" if ok else "magic wrote no layout"
    if stage == "drc":
        m = re.findall(r"^drc = (\d+)", text, re.M)
        if not m:
            return False, "magic reported no DRC count"
        return int(m[-1]) == 0, f"{m[-1]} DRC errors"
    if stage == "lvs":
        ok = "Circuits match uniquely" in text and "Total errors = 0" in text
        m = re.findall(r"Total errors = (\d+)", text)
        return ok, "clean" if ok else f"netgen: circuits differ ({m[-1] if m else '?'} errors)"
    if stage == "gdsii":
        ok = (d / f"{top}.gds").is_file()
        return ok, "" if ok else "no GDS written"
    raise ValueError(stage)


DRC_TCL = """lef read {lef}
load {top}
drc on
select top cell
expand
drc check
drc catchup
puts stdout "CIMGEN_SCALE [cif scale out]"
foreach {{why boxes}} [drc listall why] {{ foreach b $boxes {{ puts stdout "CIMGEN_DRC {{$why}} $b" }} }}
quit
"""


def def_pins(defn):
    """Pin name -> (layer, x, y in um) from a DEF."""
    text = Path(defn).read_text()
    units = float(re.search(r"UNITS DISTANCE MICRONS (\d+)", text).group(1))
    pins = {}
    for m in re.finditer(r"^- (\S+) \+ NET.*?LAYER (\w+).*?PLACED \( (-?\d+) (-?\d+) \)", text, re.M | re.S):
        pins[m.group(1)] = (m.group(2), int(m.group(3)) / units, int(m.group(4)) / units)
    return pins


def drc_details(d, top, tech, limit=3):
    """Magic's DRC findings in a routed layout: rule, place (um) and the I/O pin there, if any."""
    (d / "drc_why.tcl").write_text(DRC_TCL.format(lef=TECH_ROOT / tech / f"{tech}_stdcells.lef", top=top))
    run(["magic", "-dnull", "-noconsole", "drc_why.tcl"], d, d / "drc_why.log", timeout=3600)
    out = (d / "drc_why.log").read_text(errors="replace")
    scale = re.search(r"^CIMGEN_SCALE (\S+)", out, re.M)
    found = re.findall(r"^CIMGEN_DRC \{(.*)\} (-?\d+) (-?\d+) (-?\d+) (-?\d+)$", out, re.M)
    if not scale or not found:
        return ""
    um = float(scale.group(1))
    pins = def_pins(d / f"{top}.def")
    details = []
    for why, *box in found[:limit]:
        x0, y0, x1, y1 = (int(v) * um for v in box)
        at = next((f" at pin {name}" for name, (layer, px, py) in sorted(pins.items())
                   if layer.lower() in why.lower() and x0 - 0.5 <= px <= x1 + 0.5 and y0 - 0.5 <= py <= y1 + 0.5), "")
        details.append(f"{why}{at} ({x0:.1f}, {y0:.1f} um)")
    return "; ".join(details) + (f"; {len(found) - limit} more" if len(found) > limit else "")


def netlist_figures(netlist, areas):
    cells = ffs = 0
    area = 0.0
    for m in re.finditer(r"^\s*(\w+)\s+\w+\s*\(", Path(netlist).read_text(), re.M):
        t = m.group(1)
        if t not in areas:
            continue
        cells += 1
        ffs += t.startswith("DFF")
        area += areas[t]
    return {"cells": cells, "ffs": ffs, "area_um2": round(area, 1)}


def die_area(defn):
    text = Path(defn).read_text()
    units = float(re.search(r"UNITS DISTANCE MICRONS (\d+)", text).group(1))
    x0, y0, x1, y1 = map(float, re.search(r"DIEAREA \( (-?\d+) (-?\d+) \) \( (-?\d+) (-?\d+) \)", text).groups())
    return round((x1 - x0) * (y1 - y0) / units / units, 1)


def flow(cfg, work, tech, max_cells, check_ready=True):
    """Readiness, the qflow stages and OpenSTA for one configuration: a result dict."""
    t0 = time.time()
    d = work / cfg.block / cfg.name
    shutil.rmtree(d, ignore_errors=True)
    (d / "source").mkdir(parents=True)
    res = {"block": cfg.block, "config": cfg.name, "tech": tech, "stages": {}}
    if check_ready:
        problems, _ = ready(cfg, d / "ready", tech)
        res["ready"] = problems
        res["stages"]["ready"] = {"passed": not problems, "detail": "; ".join(problems[:3])}
    # qflow reads one Verilog file: the top's and its submodules', concatenated.
    (d / "source" / f"{cfg.top}.v").write_text("".join(f.read_text() for f in cfg.files))
    run(["qflow", "-T", tech, cfg.top], d, d / "qflow_setup.log")
    with open(d / "project_vars.sh", "a") as f:
        f.write("".join(line + "\n" for line in PROJECT_VARS.get(tech, [])))
    areas = cell_areas(liberty(tech))
    for stage in FLOW_STAGES:
        ts = time.time()
        if stage == "gdsii" and res["stages"]["drc"]["passed"] is False:
            res["stages"]["gdsii"] = {"passed": None, "detail": "not run: qflow writes no GDS after DRC errors"}
            break
        if stage == "place" and res["cells"] > max_cells:
            res["stages"]["place"] = {"passed": None, "detail": f"not run: {res['cells']} cells > --max-cells {max_cells}"}
            break
        status = run(["qflow", stage, "-T", tech, cfg.top], d, d / f"{stage}.out", timeout=6 * 3600)
        passed, detail = stage_result(stage, d, cfg.top)
        if status == 124:
            passed, detail = False, "timed out"
        if stage == "drc" and passed is False and status != 124:
            why = drc_details(d, cfg.top, tech)
            detail += f": {why}" if why else ""
        res["stages"][stage] = {"passed": passed, "detail": detail, "seconds": round(time.time() - ts, 1)}
        if stage == "synthesize" and passed:
            res.update(netlist_figures(d / f"{cfg.top}.rtlnopwr.v", areas))
        if not passed and stage not in NONBLOCKING:
            break
    routed = res["stages"].get("route", {}).get("passed")
    if routed:
        res["die_area_um2"] = die_area(d / f"{cfg.top}.def")
        res["netlist_figures"] = "routed"
        res.update(netlist_figures(d / f"{cfg.top}.rtlnopwr.v", areas))
        run([RC2DLY, "-r", f"{cfg.top}.rc", "-l", str(liberty(tech)), "-d", f"{cfg.top}.sdf"], d, d / "rc2dly.log")
        sdf = d / f"{cfg.top}.sdf"
        if sdf.is_file():
            sdf.write_text(sdf.read_text().replace("<", "[").replace(">", "]"))
        res["sta"] = sta(cfg, d, d / f"{cfg.top}.rtlnopwr.v", sdf if sdf.is_file() else None)
        res["sta"]["basis"] = "post-route" if sdf.is_file() else "post-route netlist, no wire delays"
    elif res["stages"].get("synthesize", {}).get("passed"):
        res["sta"] = sta(cfg, d, d / f"{cfg.top}.rtlnopwr.v")
        res["sta"]["basis"] = "post-synthesis, no wires"
    s = res.get("sta", {})
    if "setup_slack_ns" in s:
        met = s["setup_slack_ns"] >= 0 and s["hold_slack_ns"] >= 0
        res["stages"]["sta"] = {"passed": met, "detail": "met" if met else
                                f"setup {s['setup_slack_ns']} ns, hold {s['hold_slack_ns']} ns at {s['period_ns']} ns"}
    elif s:
        res["stages"]["sta"] = {"passed": False, "detail": s.get("error", "")}
    res["seconds"] = round(time.time() - t0, 1)
    return res


def fmt_stage(res, stage):
    st = res["stages"].get(stage)
    if st is None:
        return "not run"
    if st["passed"] is None:
        return "skipped"
    if stage == "drc" and st["passed"]:
        return "0 errors"
    if stage == "lvs" and st["passed"]:
        return "clean"
    # the DRC column gives the count; the findings are in the last column
    return "pass" if st["passed"] else "FAIL: " + (st["detail"].split(":")[0] if stage == "drc" else st["detail"])


def failure(res, passed=False):
    """The first stage whose result is `passed` (False: failed, None: skipped), as 'stage: detail', or ''."""
    for stage in ["ready"] + FLOW_STAGES + ["sta"]:
        st = res["stages"].get(stage)
        if st is not None and st["passed"] is passed:
            return f"{stage}: {st['detail']}"
    return ""


def incomplete(res):
    """Why a configuration did not pass every stage ('' when it did): a failure, else a skipped stage."""
    return failure(res) or failure(res, None)


def write_report(results, prefix, tech):
    prefix = Path(prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    lines = ["| block | configuration | cells | FF | cell area (um^2) | die (um^2) | timing | setup slack (ns) "
             "| hold slack (ns) | Fmax (MHz) | route | DRC | LVS | GDS | time (s) | failed or skipped |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        s = r.get("sta", {})
        period = f"{s['period_ns']:g} ns" if "period_ns" in s else ""
        lines.append("| " + " | ".join(str(x) for x in [
            r["block"], r["config"], r.get("cells", ""), r.get("ffs", ""), r.get("area_um2", ""),
            r.get("die_area_um2", "-"), (s.get("basis", "") + (f" @ {period}" if period else "")),
            s.get("setup_slack_ns", "-"), s.get("hold_slack_ns", "-"), s.get("fmax_mhz", "-"),
            fmt_stage(r, "route"), fmt_stage(r, "drc"), fmt_stage(r, "lvs"), fmt_stage(r, "gdsii"), r["seconds"],
            failure(r) or (f"skipped {failure(r, None)}" if failure(r, None) else "-")]) + " |")
    prefix.with_suffix(".md").write_text("\n".join(lines) + "\n")
    prefix.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"asic: wrote {prefix.with_suffix('.md')} and {prefix.with_suffix('.json')}")


SCALING_SIZES = [16, 32, 64, 128]  # R = COLS
SCALING_ADCS = [1, 2, 4]  # NADC
SCALING_BASE = ROOT / "rtl" / "cim_tile" / "ref_64x64" / "cim_tile.json"  # every other parameter


def scaling(args, work):
    """cim_tile's area and post-synthesis Fmax over R = COLS and NADC, with a least-squares budget per row and ADC."""
    base = json.loads(SCALING_BASE.read_text())["parameters"]
    cfgs, points = [], []
    for n in SCALING_SIZES:
        for a in SCALING_ADCS:
            params = dict(base, R=n, COLS=n, NADC=a)
            d = work / "src" / f"r{n}_nadc{a}"
            shutil.rmtree(d, ignore_errors=True)
            cmd = [args.cimgen, "gen", "cim_tile", "-o", str(d)] + [f"{k}={v}" for k, v in params.items()]
            if subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode != 0:
                raise SystemExit(f"asic: {' '.join(cmd)} failed")
            cfgs.append(Config(d, args.tech))
            points.append({"R": n, "COLS": n, "NADC": a})
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        results = list(ex.map(lambda c: flow(c, work, args.tech, 0, check_ready=False), cfgs))
    for r, pt in zip(results, points):
        r.update(pt)
        print(f"asic: cim_tile R=COLS={r['R']} NADC={r['NADC']}: {r.get('cells', '?')} cells, "
              f"{r.get('area_um2', '?')} um^2, Fmax {r.get('sta', {}).get('fmax_mhz', '-')} MHz, {r['seconds']} s",
              flush=True)
    write_scaling(results, Path(args.out), base)
    bad = [f"R={r['R']} NADC={r['NADC']}: {incomplete(r) or 'no area or Fmax'}" for r in results
           if "area_um2" not in r or "fmax_mhz" not in r.get("sta", {})]
    for b in bad:
        print(f"asic: FAIL cim_tile {b}", file=sys.stderr)
    return 1 if bad else 0


def write_scaling(results, prefix, base):
    import numpy as np  # Debian python3-numpy and python3-matplotlib, only for --scaling
    import matplotlib
    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    ok = [r for r in results if "area_um2" in r]
    fit = {}
    if len(ok) >= 3:
        a = np.array([[1.0, r["R"], r["NADC"]] for r in ok])
        y = np.array([r["area_um2"] for r in ok])
        coef = np.linalg.lstsq(a, y, rcond=None)[0]
        resid = np.abs(a @ coef - y) / y
        fit = {"fixed_um2": round(float(coef[0]), 1), "per_row_um2": round(float(coef[1]), 1),
               "per_adc_um2": round(float(coef[2]), 1), "max_residual": round(float(resid.max()), 4)}
    rest = " ".join(f"{k}={v}" for k, v in base.items() if k not in ("R", "COLS", "NADC"))
    lines = [f"cim_tile at {results[0]['tech'] if results else ''}, R = COLS and NADC varied, the rest as "
             f"ref_64x64 ({rest}). Synthesized by qflow (Yosys, ABC, buffering); timing is OpenSTA on the "
             f"synthesized netlist without wires at the SDC's I/O delays, so Fmax is an upper bound.", "",
             "| R = COLS | NADC | cells | FF | cell area (um^2) | area per row (um^2) | Fmax (MHz) | time (s) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        area = r.get("area_um2")
        lines.append("| " + " | ".join(str(x) for x in [
            r["R"], r["NADC"], r.get("cells", "-"), r.get("ffs", "-"), area if area else "-",
            round(area / r["R"], 1) if area else "-", r.get("sta", {}).get("fmax_mhz", "-"), r["seconds"]]) + " |")
    if fit:
        lines += ["", f"Least-squares budget over the {len(ok)} points: area = {fit['fixed_um2']} um^2 "
                  f"+ {fit['per_row_um2']} um^2 per row (R = COLS: a row and a column) + {fit['per_adc_um2']} um^2 "
                  f"per ADC lane; the largest relative error of the fit is {fit['max_residual'] * 100:.1f}%."]
    prefix.parent.mkdir(parents=True, exist_ok=True)
    prefix.with_suffix(".md").write_text("\n".join(lines) + "\n")
    prefix.with_suffix(".json").write_text(json.dumps({"base": base, "fit": fit, "points": results}, indent=2) + "\n")
    plt.rcParams["svg.hashsalt"] = "cimgen"
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    for nadc in SCALING_ADCS:
        pts = [r for r in ok if r["NADC"] == nadc]
        ax1.plot([r["R"] for r in pts], [r["area_um2"] / 1e6 for r in pts], "o-", label=f"NADC={nadc}")
        pts = [r for r in pts if "fmax_mhz" in r.get("sta", {})]
        ax2.plot([r["R"] for r in pts], [r["sta"]["fmax_mhz"] for r in pts], "o-", label=f"NADC={nadc}")
    for ax, label in ((ax1, "standard-cell area (mm$^2$)"), (ax2, "Fmax, post-synthesis (MHz)")):
        ax.set_xscale("log", base=2)
        ax.set_xticks(SCALING_SIZES, [str(n) for n in SCALING_SIZES])
        ax.set_xlabel("R = COLS")
        ax.set_ylabel(label)
        ax.grid(True, alpha=0.3)
        ax.legend()
    ax1.set_ylim(bottom=0)
    ax2.set_ylim(bottom=0)
    fig.suptitle(f"cim_tile at {results[0]['tech'] if results else ''}: digital periphery vs array size")
    fig.tight_layout()
    fig.savefig(prefix.with_suffix(".svg"), metadata={"Date": None})
    print(f"asic: wrote {prefix.with_suffix('.md')}, .json and .svg")


def reference_dirs(cimgen):
    """The committed RTL of the reference configurations, in the order `cimgen sweep --tag ref` lists them."""
    if not Path(cimgen).is_file():
        raise SystemExit(f"asic: {cimgen} missing: build first (make build), or give --cimgen")
    listed = subprocess.run([cimgen, "sweep", "--tag", "ref"], check=True, capture_output=True, text=True).stdout
    return [ROOT / "rtl" / f[0] / f[1] for f in (line.split() for line in listed.splitlines()) if len(f) >= 2]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", help="generated configurations (default: every reference in rtl/)")
    ap.add_argument("--out", default=None, help="report prefix: PREFIX.md, PREFIX.json (default docs/asic)")
    ap.add_argument("--work", default="build/asic", help="flow working directory (default build/asic)")
    ap.add_argument("--tech", default="osu018", help="qflow technology (default osu018)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="configurations run at once")
    ap.add_argument("--max-cells", type=int, default=12000,
                    help="place and route only configurations with at most this many cells (default 12000)")
    ap.add_argument("--check", action="store_true", help="exit 1 unless every stage of every configuration passed")
    ap.add_argument("--scaling", action="store_true",
                    help="cim_tile over R = COLS = 16..128 and NADC = 1, 2, 4 (synthesis and timing without wires); "
                         "--out then defaults to docs/asic_scaling")
    ap.add_argument("--cimgen", default=str(ROOT / "build" / "cimgen"), help="the generator: lists the references, and generates --scaling's configurations")
    ap.add_argument("--ready-only", action="store_true",
                    help="only the ASIC readiness checks and the standard-cell mapping; no report; exit 1 on a problem")
    args = ap.parse_args()
    if not liberty(args.tech).is_file():
        raise SystemExit(f"asic: --tech {args.tech}: no liberty {liberty(args.tech)} (install qflow)")
    for tool in ("qflow", "sta", "yosys"):
        if shutil.which(tool) is None:
            raise SystemExit(f"asic: {tool} not found (make deps installs qflow and opensta)")
    if args.jobs < 1 or args.max_cells < 1:
        raise SystemExit("asic: --jobs and --max-cells must be at least 1")
    work = Path(args.work).resolve()
    if args.scaling:
        args.out = args.out or "docs/asic_scaling"
        return scaling(args, work / "scaling")
    args.out = args.out or "docs/asic"
    cfgs = [Config(d, args.tech) for d in (args.dirs or reference_dirs(args.cimgen))]
    if args.ready_only:
        def check(c):
            return ready(c, work / c.block / c.name / "ready", args.tech)
        status = 0
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            for c, (problems, fig) in zip(cfgs, ex.map(check, cfgs)):
                for p in problems:
                    print(f"asic: {c.block} {c.name}: NOT READY: {p}", file=sys.stderr)
                status |= bool(problems)
                if not problems:
                    print(f"asic: {c.block} {c.name}: ready ({fig['cells']} {args.tech} cells, {fig['ffs']} flip-flops, "
                          f"{fig['area_um2']} um^2)")
        return status
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        futures = [ex.submit(flow, c, work, args.tech, args.max_cells) for c in cfgs]
        results = []
        for c, f in zip(cfgs, futures):
            r = f.result()
            results.append(r)
            s = r.get("sta", {})
            print(f"asic: {c.block} {c.name}: {r.get('cells', '?')} cells, {r.get('area_um2', '?')} um^2, "
                  f"Fmax {s.get('fmax_mhz', '-')} MHz ({s.get('basis', 'no timing')}), "
                  f"{incomplete(r) or 'every stage passed'}, {r['seconds']} s", flush=True)
    write_report(results, args.out, args.tech)
    if args.check:
        bad = [f"{r['block']} {r['config']}: {incomplete(r)}" for r in results if incomplete(r)]
        for b in bad:
            print(f"asic: FAIL {b}", file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
