#!/usr/bin/env python3
"""The network experiment (make network): test accuracy of the trained Fashion-MNIST CNN versus A/D cost.

    PYTHONPATH=build/python /usr/bin/python3 examples/fashion_mnist/network.py [--out docs] [--quick]

Rows, for the 8-bit network and the mixed-precision one (train.py): float (PyTorch); exact A/D
(integer products); uniform ADCs N = 4..8 with gain shift k = 8 - N; TRQ with one calibrated setting
per layer; TRQ with a table per significance. TRQ is calibrated per layer on the bit-line sums of
--calib training images (never test images) at a SINAD floor of the arrays' partial sums (--floors),
with cimgen's calibration (two halves, a margin for tables). Then every row again with device-to-device
variation (conductance * exp(N(0, sigma)), sigma 5/15/30%) over --seeds device seeds, for uniform N=8
and the TRQ rows of the highest floor, with the settings calibrated on ideal devices. Writes OUT/network.md, OUT/network.json, OUT/network.svg, and the ADC
settings of every calibrated row (OUT/network_settings.json, per layer: N, k and the setting or table).

--quick: a short version (the first 300 test images, one device seed, a smaller calibration) that checks
its figures against those OUT/network.json stored for the same images (exact A/D and uniform rows equal,
TRQ rows within 2 pp); it is what make test runs (ctest network_quick), and exits 1 on a miss.
--report-only: OUT/network.md and .svg again from OUT/network.json.
"""
import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

import cimgen
import cimnet

HERE = os.path.dirname(os.path.abspath(__file__))


def adc_json(a):
    def one(s):
        return {"trq": s.trq, "bexp": s.bexp, "s1": s.s1, "s2": s.s2, "msb_first": s.msb_first}
    d = {"N": a.N, "k": a.k, "setting": one(a.setting)}
    if a.table:
        d["table"] = [one(s) for s in a.table]
    return d


def calib_rows(net, i, images, budget, rng):
    """Layer i's input rows of the calibration images, at most about `budget` conversions' worth."""
    X = net.forward(images, stop=i)
    t = net.tiled(i, cimgen.NonIdeal())
    L = net.layers[i]["model"]
    per_vector = t.row_tiles * min(t.neurons, t.neurons_per_array) * L.columns_per_neuron * L.slices
    keep = max(20, budget // per_vector)
    if len(X) > keep:
        X = X[np.sort(rng.choice(len(X), keep, replace=False))]
    return X


def calibrate(net, images, floor, table, budget, seed=1):
    """One AdcConfig per layer (N = 8, k = 0), calibrated on the calibration images' exact activations."""
    rng = np.random.default_rng(seed)
    rows = [calib_rows(net, i, images, budget, rng) for i in range(len(net.layers))]
    tiled = [net.tiled(i, cimgen.NonIdeal()) for i in range(len(net.layers))]

    def one(i):  # the model releases the GIL: the layers calibrate in parallel
        return tiled[i].calibrate(rows[i], N=8, k=0, floor_db=floor, per_significance=table, col_tiles=1)["adc"]
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        return list(pool.map(one, range(len(net.layers))))


QUICK_IMAGES = 300  # make test's short version: the first 300 test images


def run(net, images, labels, adcs, nonideal=None):
    logits, stats = net.forward(images, adcs, nonideal)
    n = len(images)
    conv = sum(s["conversions"] for s in stats)
    cmp = sum(s["comparisons"] for s in stats)
    right = logits.argmax(1) == labels
    return {"accuracy": 100.0 * float(right.mean()), "images": n,
            "accuracy_quick": 100.0 * float(right[:QUICK_IMAGES].mean()),
            "conversions": conv / n, "comparisons": cmp / n, "cycles": sum(s["cycles"] for s in stats) / n,
            "cmp_per_conv": cmp / conv if conv else 0.0}, logits


def experiment(a):
    xte, yte = cimnet.load("t10k")
    xtr, _ = cimnet.load("train")
    cal = xtr[:a.calib]
    out = {"images": a.images, "var_images": a.var_images, "calib_images": a.calib, "floors": a.floors,
           "seeds": a.seeds, "sigmas": a.sigmas, "nets": {}}
    settings = {}
    for name, path in (("8-bit", "net_8bit.json"), ("mixed", "net_mixed.json")):
        t0 = time.time()
        net = cimnet.Net(os.path.join(a.nets, path))
        x, y = xte[:a.images], yte[:a.images]
        res = {"bits": [L["PI"] for L in net.layers], "float": net.spec["float_accuracy"], "rows": []}
        exact_logits, _ = net.forward(x)
        res["exact"] = 100.0 * float((exact_logits.argmax(1) == y).mean())
        res["exact_quick"] = 100.0 * float((exact_logits.argmax(1) == y)[:QUICK_IMAGES].mean())
        configs = []
        for n in (range(4, 9) if name == "8-bit" else [8]):
            configs.append((f"uniform N={n} k={8 - n}", [cimgen.AdcConfig(N=n, k=8 - n)] * len(net.layers)))
        for floor in (a.floors if name == "8-bit" else a.floors[-1:]):
            for table in (False, True):
                label = f"TRQ {'table' if table else 'one setting'} per layer, {floor:g} dB"
                adcs = calibrate(net, cal, floor, table, a.calib_budget)
                configs.append((label, adcs))
                settings[f"{name}: {label}"] = [dict(layer=L["name"], **adc_json(c)) for L, c in zip(net.layers, adcs)]
        for label, adcs in configs:
            r, logits = run(net, x, y, adcs)
            r["label"] = label
            if label.startswith("uniform N=8"):
                r["bit_exact"] = bool((logits == exact_logits).all())
            r["variation"] = {}
            if label.startswith("uniform N=8") or (label.startswith("TRQ") and label.endswith(f"{a.floors[-1]:g} dB")):
                for sigma in a.sigmas:
                    accs = []
                    for seed in range(1, (a.seeds if sigma > 0 else 1) + 1):  # ideal devices: one run
                        ni = cimgen.NonIdeal(d2d_sigma=sigma, seed=seed)
                        v, _ = run(net, xte[:a.var_images], yte[:a.var_images], adcs, ni)
                        accs.append(v["accuracy"])
                    r["variation"][f"{sigma:g}"] = {"mean": float(np.mean(accs)), "min": min(accs), "max": max(accs)}
            res["rows"].append(r)
            print(f"{name}: {label}: {r['accuracy']:.2f}%, {r['comparisons']:.0f} comparisons/inference "
                  f"({time.time() - t0:.0f} s)", flush=True)
        u8 = next(r for r in res["rows"] if r["label"].startswith("uniform N=8"))
        for r in res["rows"]:
            r["vs_uniform8"] = r["comparisons"] / u8["comparisons"] - 1.0
        within = [r for r in res["rows"] if r["accuracy"] >= res["exact"] - 0.5]
        res["headline"] = min(within, key=lambda r: r["comparisons"])["label"] if within else None
        out["nets"][name] = res
    return out, settings


def pct(v):
    return f"{100 * v:+.1f}%"


def markdown(out):
    lines = [
        "# Fashion-MNIST through the crossbar model: accuracy versus A/D cost",
        "",
        "Written by `make network` (examples/fashion_mnist/network.py) from the committed weights "
        "(examples/fashion_mnist/train.py). The network: conv 1->8 5x5/2, conv 8->16 3x3/2, fc 400->64, "
        "fc 64->10, every layer on 64x64 arrays (PD=1, PR=2, differential weights, 8 ADCs per array; "
        "conv layers by im2col, partial sums of row tiles added digitally). An 8-bit ADC converts a bit-line "
        "sum exactly (nreq = 8).",
        "",
        f"Test images: {out['images']} (accuracy rows); {out['var_images']} for the device-variation columns "
        f"(mean over {out['seeds']} device seeds, min..max; sigma 0% is the same images on ideal devices). TRQ calibrated on {out['calib_images']} training "
        "images (never test images), at a SINAD floor of each layer's array outputs; with variation the "
        "settings stay those calibrated on ideal devices. Comparisons are per inference, all layers; "
        "'vs 8-bit' is relative to uniform N=8. Cycles per inference: each layer's vectors one after another "
        "on its arrays (all arrays of a layer in parallel), cim_tile's count per vector, summed over the layers.",
        "",
    ]
    for name, res in out["nets"].items():
        lines += [f"## {name} network (bits per layer {res['bits']})", "",
                  f"Float (PyTorch): {res['float']:.2f}%. Exact A/D (integer products): {res['exact']:.2f}%.", ""]
        head = ("| ADC | accuracy | comparisons/inference | vs 8-bit | comparisons/conversion | cycles/inference | "
                "within 0.5 pp |")
        sep = "|---|---:|---:|---:|---:|---:|---|"
        for s in out["sigmas"]:
            head += f" sigma {100 * s:g}% |"
            sep += "---:|"
        lines += [head, sep]
        for r in res["rows"]:
            row = (f"| {r['label']} | {r['accuracy']:.2f}% | {r['comparisons']:,.0f} | {pct(r['vs_uniform8'])} | "
                   f"{r['cmp_per_conv']:.3f} | {r['cycles']:,.0f} | {'yes' if r['accuracy'] >= res['exact'] - 0.5 else 'no'} |")
            for s in out["sigmas"]:
                v = r["variation"].get(f"{s:g}")
                row += f" {v['mean']:.1f}% ({v['min']:.1f}..{v['max']:.1f}) |" if v else " |"
            lines.append(row)
        h = next((r for r in res["rows"] if r["label"] == res["headline"]), None)
        lines.append("")
        if h:
            goal = "meets" if h["vs_uniform8"] <= -0.40 else "misses"
            lines.append(f"**Headline ({name}):** the fewest comparisons within 0.5 pp of exact A/D: {h['label']}, "
                         f"{h['accuracy']:.2f}% at {h['comparisons']:,.0f} comparisons per inference, "
                         f"{pct(h['vs_uniform8'])} against uniform 8-bit ADCs on the same network; it {goal} the goal of 40% "
                         "fewer.")
        else:
            lines.append(f"**Headline ({name}):** no row stays within 0.5 pp of exact A/D.")
        lines.append("")
    return "\n".join(lines)


def plot(out, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for name, res in out["nets"].items():
        xs = [1 + r["vs_uniform8"] for r in res["rows"]]
        ys = [r["accuracy"] for r in res["rows"]]
        ax.scatter(xs, ys, label=f"{name} network", marker="o" if name == "8-bit" else "s")
        for r, x_, y_ in zip(res["rows"], xs, ys):
            short = r["label"].replace("uniform ", "").replace(" per layer", "").replace("one setting", "single")
            ax.annotate(short, (x_, y_), fontsize=6, xytext=(3, 3), textcoords="offset points")
        ax.axhline(res["exact"] - 0.5, ls=":", lw=0.8, color="grey")
    ax.set_xlabel("A/D comparisons per inference, relative to 8-bit uniform")
    ax.set_ylabel("test accuracy (%)")
    ax.set_title("Fashion-MNIST CNN on the crossbar model (dotted: exact A/D - 0.5 pp)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, metadata={"Date": None})


def check_quick(out, stored, tol):
    """The quick run's figures against the stored full run's on the same (first) test images: exact A/D
    and uniform rows exactly (the same integers and the same model), TRQ rows within tol percentage
    points (the quick run calibrates on fewer bit-line sums, so its settings may differ)."""
    fails = 0
    for name, res in out["nets"].items():
        ref = stored["nets"][name]
        pairs = [("exact A/D", res["exact"], ref["exact_quick"], 0.0)]
        for r in res["rows"]:
            s = next((q for q in ref["rows"] if q["label"] == r["label"]), None)
            if s is not None:
                pairs.append((r["label"], r["accuracy"], s["accuracy_quick"], tol if r["label"].startswith("TRQ") else 0.0))
        for label, got, want, t in pairs:
            ok = abs(got - want) <= t + 1e-9
            fails += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {label}: {got:.2f}% vs stored {want:.2f}% on the same "
                  f"{QUICK_IMAGES} images (tolerance {t:g} pp)")
        for r in res["rows"]:
            if "bit_exact" in r:
                fails += not r["bit_exact"]
                print(f"{'ok  ' if r['bit_exact'] else 'FAIL'} {name}: uniform N=8 on ideal devices gives the exact "
                      f"logits bit for bit")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "docs"))
    ap.add_argument("--nets", default=HERE, help="folder of net_8bit.json and net_mixed.json")
    ap.add_argument("--images", type=int, default=10000)
    ap.add_argument("--var-images", type=int, default=500)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--calib", type=int, default=300)
    ap.add_argument("--calib-budget", type=int, default=250000, help="conversions per layer to calibrate on")
    ap.add_argument("--floors", type=lambda s: [float(v) for v in s.split(",")], default=[30.0, 40.0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--report-only", action="store_true",
                    help="write OUT/network.md and .svg again from OUT/network.json, running nothing")
    a = ap.parse_args()
    if a.report_only:
        with open(os.path.join(a.out, "network.json")) as f:
            out = json.load(f)
        with open(os.path.join(a.out, "network.md")) as f:
            run_line = [ln for ln in f.read().splitlines() if ln.startswith("Run time:")]
        with open(os.path.join(a.out, "network.md"), "w") as f:
            f.write(markdown(out) + "\n" + "".join(ln + "\n" for ln in run_line))
        plot(out, os.path.join(a.out, "network.svg"))
        return
    a.sigmas = [0.0, 0.05, 0.15, 0.30]  # 0: the same images on ideal devices, the columns' baseline
    if a.quick:
        a.images, a.var_images, a.seeds, a.calib_budget = QUICK_IMAGES, 100, 1, 60000
    t0 = time.time()
    out, settings = experiment(a)
    if a.quick:
        stored_path = os.path.join(a.out, "network.json")
        with open(stored_path) as f:
            stored = json.load(f)
        # TRQ rows: 2 pp is 6 of the 300 images.
        fails = check_quick(out, stored, tol=2.0)
        print(f"{fails} failed ({time.time() - t0:.0f} s)")
        sys.exit(1 if fails else 0)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "network.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(a.out, "network_settings.json"), "w") as f:
        json.dump(settings, f, indent=1)
        f.write("\n")
    with open(os.path.join(a.out, "network.md"), "w") as f:
        f.write(markdown(out) + f"\nRun time: {time.time() - t0:.0f} s on {os.cpu_count()} cores.\n")
    plot(out, os.path.join(a.out, "network.svg"))
    print(markdown(out))


if __name__ == "__main__":
    main()
