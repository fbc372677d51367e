#!/usr/bin/python3
"""Unit test of tools/asic.py's reporting, without running the flow: the scaling fit recovers a known area
budget and its files are deterministic; DEF pins parse; a skipped stage is not a failure but fails --check."""
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import asic  # noqa: E402


def check(cond, what):
    if not cond:
        raise SystemExit(f"asic_report_test: FAIL: {what}")


def scaling_points(fixed, per_row, per_adc):
    return [{"block": "cim_tile", "config": f"r{n}_nadc{a}", "tech": "osu018", "stages": {}, "R": n, "COLS": n,
             "NADC": a, "cells": 100 * n, "ffs": 10 * n, "area_um2": fixed + per_row * n + per_adc * a,
             "sta": {"fmax_mhz": 300.0 - n}, "seconds": 1.0}
            for n in asic.SCALING_SIZES for a in asic.SCALING_ADCS]


def main():
    base = json.loads(asic.SCALING_BASE.read_text())["parameters"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        asic.write_scaling(scaling_points(2000.0, 300.0, 5000.0), tmp / "a", base)
        fit = json.loads((tmp / "a.json").read_text())["fit"]
        check(fit == {"fixed_um2": 2000.0, "per_row_um2": 300.0, "per_adc_um2": 5000.0, "max_residual": 0.0},
              f"fit of an exact budget: {fit}")
        md = (tmp / "a.md").read_text()
        rows = [line for line in md.splitlines() if line.startswith("| 1") or line.startswith("| 3")
                or line.startswith("| 6")]
        check(len(rows) == len(asic.SCALING_SIZES) * len(asic.SCALING_ADCS), f"scaling rows: {len(rows)}")
        check("+ 300.0 um^2 per row" in md and "+ 5000.0 um^2 per ADC lane" in md, "budget sentence")
        asic.write_scaling(scaling_points(2000.0, 300.0, 5000.0), tmp / "b", base)
        for ext in (".md", ".json", ".svg"):
            a, b = (tmp / f"a{ext}").read_bytes(), (tmp / f"b{ext}").read_bytes()
            check(a.replace(b"a.json", b"") == b.replace(b"b.json", b""), f"scaling {ext} not deterministic")
        # a point the fit does not explain shows in the residual
        pts = scaling_points(2000.0, 300.0, 5000.0)
        pts[0]["area_um2"] *= 1.5
        asic.write_scaling(pts, tmp / "c", base)
        check(json.loads((tmp / "c.json").read_text())["fit"]["max_residual"] > 0.05, "residual of an outlier")

        (tmp / "t.def").write_text(
            "UNITS DISTANCE MICRONS 100 ;\nDIEAREA ( -320 -300 ) ( 24960 16300 ) ;\nPINS 2 ;\n"
            "- clk_i + NET clk_i\n  + LAYER metal3 ( -15 -15 ) ( 15 15 )\n  + PLACED ( 24960 5600 ) N ;\n"
            "- d_i[3] + NET d_i[3]\n  + LAYER metal2 ( -15 -15 ) ( 15 15 )\n  + PLACED ( -240 11700 ) N ;\n"
            "END PINS\n")
        pins = asic.def_pins(tmp / "t.def")
        check(pins == {"clk_i": ("metal3", 249.6, 56.0), "d_i[3]": ("metal2", -2.4, 117.0)}, f"DEF pins: {pins}")
        check(asic.die_area(tmp / "t.def") == round(252.8 * 166.0, 1), "die area")

    routed = {"stages": {"ready": {"passed": True}, "synthesize": {"passed": True},
                         "drc": {"passed": False, "detail": "1 DRC errors: Metal3 area"},
                         "gdsii": {"passed": None, "detail": "not run"}}}
    check(asic.failure(routed) == "drc: 1 DRC errors: Metal3 area", "failure names the failed stage")
    check(asic.fmt_stage(routed, "drc") == "FAIL: 1 DRC errors", "DRC column gives the count")
    big = {"stages": {"ready": {"passed": True}, "synthesize": {"passed": True},
                      "place": {"passed": None, "detail": "not run: 9000 cells > --max-cells 8000"},
                      "sta": {"passed": True}}}
    check(asic.failure(big) == "", "a skipped stage is not a failure")
    check(asic.incomplete(big).startswith("place: not run"), "a skipped stage fails --check")
    print("asic_report_test: passed")


if __name__ == "__main__":
    main()
