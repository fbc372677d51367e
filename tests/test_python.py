#!/usr/bin/env python3
"""The Python bindings (import cimgen) against the exact product and against the
C++ model as the cimgen command line runs it: the same workload through both
front ends must give the same figures.

usage: test_python.py CIMGEN   (with build/python on PYTHONPATH)
"""
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

import cimgen

CLI = sys.argv[1]
fails = 0
passes = 0


def check(name, cond, detail=""):
    global fails, passes
    if cond:
        passes += 1
        print(f"ok   {name}")
    else:
        fails += 1
        print(f"FAIL {name} {detail}")


def random_layer(rng, enc, signed, PI, PW, PD, PR, R, C, V):
    L = cimgen.Layer(PI=PI, PW=PW, PD=PD, PR=PR, w_enc=enc, in_signed=signed)
    wlo, whi = L.w_range
    xlo, xhi = L.x_range
    W = rng.integers(wlo, whi + 1, size=(R, C))
    X = rng.integers(xlo, xhi + 1, size=(V, R))
    return L, W, X


rng = np.random.default_rng(20)

# 1. Ideal settings, k = 0, N >= Nreq: the exact integer product, every encoding and precision.
for enc in ("unsigned", "offset", "differential"):
    for signed in (False, True):
        for _ in range(3):
            PI, PW = int(rng.integers(1, 9)), int(rng.integers(2, 9))
            PD, PR = int(rng.integers(1, 5)), int(rng.integers(1, 5))
            R, C = int(rng.integers(1, 40)), int(rng.integers(1, 6))
            L, W, X = random_layer(rng, enc, signed, PI, PW, PD, PR, R, C, 6)
            N = max(2, cimgen.nreq(PD, PR, R))
            r = cimgen.Crossbar(L, W).run(X, cimgen.AdcConfig(N=N))
            name = f"exact {enc} signed={signed} PI={PI} PW={PW} PD={PD} PR={PR} R={R} C={C}"
            check(name, np.array_equal(r["y"], X @ W) and np.array_equal(r["exact"], X @ W))

# 2. The binding and `cimgen model` on the same CSV workload, with non-idealities and TRQ.
tmp = tempfile.mkdtemp()
cases = [
    dict(enc="offset", PI=6, PW=5, PD=1, PR=1, R=24, C=4, N=8, k=1, trq=(4, 0, 5), sigma=0.1, noise=0.5, offset=0.2),
    dict(enc="differential", PI=8, PW=6, PD=2, PR=2, R=32, C=3, N=8, k=0, trq=(5, 1, 4), sigma=0.05, noise=0, offset=0),
    dict(enc="unsigned", PI=4, PW=4, PD=1, PR=2, R=16, C=5, N=6, k=0, trq=None, sigma=0.3, noise=1.0, offset=-0.3),
]
for i, c in enumerate(cases):
    L, W, X = random_layer(rng, c["enc"], False, c["PI"], c["PW"], c["PD"], c["PR"], c["R"], c["C"], 12)
    wf, xf = os.path.join(tmp, f"w{i}.csv"), os.path.join(tmp, f"x{i}.csv")
    np.savetxt(wf, W, fmt="%d", delimiter=",")
    np.savetxt(xf, X, fmt="%d", delimiter=",")
    setting = cimgen.TrqSetting()
    args = []
    if c["trq"]:
        b, s1, s2 = c["trq"]
        setting = cimgen.TrqSetting(trq=True, bexp=b, s1=s1, s2=s2)
        args = ["trq=1", f"bexp={b}", f"s1={s1}", f"s2={s2}"]
    adc = cimgen.AdcConfig(N=c["N"], k=c["k"], setting=setting)
    ni = cimgen.NonIdeal(d2d_sigma=c["sigma"], read_noise=c["noise"], cmp_offset=c["offset"], seed=1)
    got = cimgen.evaluate(L, W, X, ni, adc)
    out = subprocess.run(
        [CLI, "model", "--weights", wf, "--inputs", xf, f"R={c['R']}", f"C={c['C']}", f"PI={c['PI']}",
         f"PW={c['PW']}", f"PD={c['PD']}", f"PR={c['PR']}", f"w_enc={c['enc']}", f"N={c['N']}", f"k={c['k']}",
         "seed=1", "--sigma", str(c["sigma"]), "--read-noise", str(c["noise"]), "--cmp-offset", str(c["offset"])]
        + args, capture_output=True, text=True, check=True).stdout
    m = re.search(r"max abs (\S+), RMS (\S+), SINAD (\S+) dB", out)
    cmp = re.search(r"comparisons per conversion: (\S+)", out)
    want = (float(m.group(1)), float(m.group(2)), m.group(3), float(cmp.group(1)))
    mine = (got["max_abs"], round(got["rms"], 3), f"{got['sinad_db']:.2f}", round(got["avg_cmp"], 3))
    check(f"binding == cimgen model, case {i} ({c['enc']}, k={c['k']}, {setting!r})",
          mine[0] == want[0] and abs(mine[1] - want[1]) < 1e-9 and mine[2] == want[2] and abs(mine[3] - want[3]) < 1e-9,
          f"binding {mine}, cli {want}")
    # run() (one vector at a time) and evaluate() (captured) agree on every output.
    r = cimgen.Crossbar(L, W, ni).run(X, adc)
    err = np.abs(r["y"] - r["exact"]).max()
    check(f"run() == evaluate(), case {i}",
          err == got["max_abs"] and abs(r["comparisons"] / r["conversions"] - got["avg_cmp"]) < 1e-9,
          f"run max abs {err}, evaluate {got['max_abs']}")

# 3. Calibration: the binding chooses what `cimgen trq-calibrate` chooses on the same workload.
L, W, X = random_layer(rng, "offset", False, 8, 8, 1, 1, 64, 4, 20)
wf, xf = os.path.join(tmp, "wc.csv"), os.path.join(tmp, "xc.csv")
np.savetxt(wf, W, fmt="%d", delimiter=",")
np.savetxt(xf, X, fmt="%d", delimiter=",")
ni = cimgen.NonIdeal(d2d_sigma=0.05, seed=1)
got = cimgen.calibrate(L, W, X, ni, N=8, floor_db=35)
out = subprocess.run([CLI, "trq-calibrate", "--weights", wf, "--inputs", xf, "R=64", "C=4", "w_enc=offset", "seed=1",
                      "--sigma", "0.05", "--floor", "35"], capture_output=True, text=True, check=True).stdout
m = re.search(r"^chosen: k=0 (.*): SINAD (\S+) dB, (\S+) comparisons", out, re.M)
check("calibrate == cimgen trq-calibrate",
      m is not None and repr(got["adc"].setting) == m.group(1) and f"{got['metrics']['avg_cmp']:.3f}" == m.group(3),
      f"binding {got['adc'].setting!r} {got['metrics']['avg_cmp']:.3f}, cli {m.group(0) if m else out}")

# 4. A layer larger than one array: exact with ideal settings, and the sum of its arrays run one by one.
L, W, X = random_layer(rng, "offset", True, 8, 8, 2, 2, 150, 20, 4)
shape = cimgen.ArrayShape(R=64, COLS=32, NADC=2, SETTLE=2)
t = cimgen.TiledLayer(L, W, shape)
r = t.run(X, cimgen.AdcConfig(N=cimgen.nreq(2, 2, 64)))
check(f"tiled: {t.arrays} arrays ({t.row_tiles} x {t.col_tiles}, {t.neurons_per_array} neurons each), exact",
      t.arrays == 3 * 3 and t.neurons_per_array == 8 and np.array_equal(r["y"], X @ W))
adc = cimgen.AdcConfig(N=8, setting=cimgen.TrqSetting(trq=True, bexp=4, s1=0, s2=5))
r = t.run(X, adc)
parts = sum(cimgen.Crossbar(L, W[i * 64:(i + 1) * 64, :]).run(X[:, i * 64:(i + 1) * 64], adc)["y"] for i in range(3))
check("tiled: the digital sum of the arrays' outputs (ideal devices)", np.array_equal(r["y"], parts))

# 5. Bad input is a Python exception naming the value.
for name, f in [("PI out of range", lambda: cimgen.Layer(PI=9)),
                ("unknown encoding", lambda: cimgen.Layer(w_enc="sign")),
                ("weight out of range", lambda: cimgen.Crossbar(cimgen.Layer(PW=2), np.array([[4]]))),
                ("illegal TRQ setting", lambda: cimgen.AdcConfig(N=8, setting=cimgen.TrqSetting(trq=True, bexp=9)))]:
    try:
        f()
        check(f"refused: {name}", False, "no exception")
    except ValueError as e:
        check(f"refused: {name} ({e})", True)

print(f"python binding: {passes} passed, {fails} failed")
sys.exit(1 if fails else 0)
