#!/usr/bin/env python3
"""Exports one array-sized slice of a real layer for the RTL: cim_tile's testbench runs it (Vcim_tile --layer).

    PYTHONPATH=build/python /usr/bin/python3 examples/fashion_mnist/export_slice.py OUT.txt
        [--settings docs/network_settings.json] [--row "8-bit: TRQ table per layer, 40 dB"]
        [--layer conv2] [--vectors 300]

The slice is array (0, 0) of the layer's tiling (network.py): its first 64 inputs and the neurons of its
first 64 columns, with the weights of the committed network (net_8bit.json), and input vectors that are
that layer's real activations for the first test images (the exact integer pipeline). The ADC settings
are the layer's entry of the calibration output (network_settings.json, written by make network) under
--row, so no setting is copied by hand. The expected outputs are the Python binding's (cimgen.Crossbar,
ideal devices), which the testbench compares with the C++ model's and the RTL's.

File format (whitespace-separated integers after the header word):
    cim_tile_layer 1
    PI PW rows neurons
    trq msb_first bexp s1 s2             the single setting (REG_ADC / REG_TRQ)
    entries, then entries lines of trq msb_first bexp s1 s2   (the table, TABLE_EN when entries > 0)
    rows lines of neurons weights
    vectors, then vectors lines of rows inputs, then vectors lines of neurons expected outputs
"""
import argparse
import json
import os
import sys

import numpy as np

import cimgen
import cimnet

HERE = os.path.dirname(os.path.abspath(__file__))


def setting(d):
    return cimgen.TrqSetting(trq=d["trq"], bexp=d["bexp"], s1=d["s1"], s2=d["s2"], msb_first=d["msb_first"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--settings", default=os.path.join(HERE, "..", "..", "docs", "network_settings.json"))
    ap.add_argument("--row", default="8-bit: TRQ table per layer, 40 dB")
    ap.add_argument("--net", default=os.path.join(HERE, "net_8bit.json"))
    ap.add_argument("--layer", default="conv2")
    ap.add_argument("--vectors", type=int, default=300)
    a = ap.parse_args()
    with open(a.settings) as f:
        settings = json.load(f)
    if a.row not in settings:
        sys.exit(f"export_slice.py: no row '{a.row}' in {a.settings}; rows: {', '.join(settings)}")
    net = cimnet.Net(a.net)
    names = [L["name"] for L in net.layers]
    if a.layer not in names:
        sys.exit(f"export_slice.py: no layer '{a.layer}'; layers: {', '.join(names)}")
    i = names.index(a.layer)
    L = net.layers[i]
    s = next(e for e in settings[a.row] if e["layer"] == a.layer)
    adc = cimgen.AdcConfig(N=s["N"], k=s["k"], setting=setting(s["setting"]),
                           table=[setting(e) for e in s.get("table", [])])

    rows = min(cimnet.SHAPE.R, L["K"])
    neurons = min(L["M"], cimnet.SHAPE.COLS // L["model"].columns_per_neuron)
    W = L["Wa"][:rows, :neurons]
    xte, _ = cimnet.load("t10k")
    X = net.forward(xte[:max(1, a.vectors)], stop=i)
    X = X[np.linspace(0, len(X) - 1, a.vectors).astype(int), :rows]  # spread over the images' positions
    Y = cimgen.Crossbar(L["model"], W, cimgen.NonIdeal()).run(X, adc)["y"]

    def line(v):
        return " ".join(str(int(e)) for e in v)
    out = ["cim_tile_layer 1", f"{L['PI']} {L['PW']} {rows} {neurons}"]
    st = adc.setting
    out.append(f"{int(st.trq)} {int(st.msb_first)} {st.bexp} {st.s1} {st.s2}")
    out.append(str(len(adc.table)))
    out += [f"{int(e.trq)} {int(e.msb_first)} {e.bexp} {e.s1} {e.s2}" for e in adc.table]
    out += [line(r) for r in W]
    out.append(str(len(X)))
    out += [line(r) for r in X]
    out += [line(r) for r in Y]
    tmp = a.out + ".tmp"
    with open(tmp, "w") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, a.out)
    print(f"{a.out}: {a.layer} slice {rows} rows x {neurons} neurons, PI={L['PI']} PW={L['PW']}, {len(X)} vectors, "
          f"settings '{a.row}' ({len(adc.table)} table entries)")


if __name__ == "__main__":
    main()
