"""The trained Fashion-MNIST network (train.py's JSON) run on cimgen's crossbar model.

Glue only: convolutions become matrix products by im2col, each layer runs on the C++ model as a
cimgen.TiledLayer (arrays of R x COLS cells, each with its own ADCs, partial sums added digitally),
and the digital bias and requantization of train.py follow. The exact path (integer arithmetic,
no A/D) is the same glue with NumPy's integer product in place of the crossbar.

Mapping of every layer: PD = 1 (1-bit DAC slices), PR = 2 (2-bit cells), differential weights
(positive and negative column sets), unsigned inputs, arrays of 64 rows x 64 columns. A bit-line
sum is at most 64 * 3 = 192, so an 8-bit ADC converts it exactly (nreq = 8) and N = 8 - k bits
with gain shift k drop k LSBs.
"""
import json

import numpy as np

import cimgen
from fmnist import load  # noqa: F401  (cimnet.load: the data set)

SHAPE = cimgen.ArrayShape(R=64, COLS=64, NADC=8, SETTLE=2)
PD, PR, W_ENC = 1, 2, "differential"


def im2col(a, k, s):
    """a: N x C x H x W -> (N * P) x (C * k * k) rows in (channel, row, column) order; P positions."""
    n, c, h, w = a.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    cols = np.empty((n, ho, wo, c, k, k), dtype=np.int64)
    for i in range(k):
        for j in range(k):
            cols[:, :, :, :, i, j] = a[:, :, i:i + s * ho:s, j:j + s * wo:s].transpose(0, 2, 3, 1)
    return cols.reshape(n * ho * wo, c * k * k), (ho, wo)


class Net:
    """The integer network of a train.py JSON file."""

    def __init__(self, path):
        with open(path) as f:
            self.spec = json.load(f)
        self.layers = self.spec["layers"]
        for L in self.layers:
            L["Wa"] = np.array(L["W"], dtype=np.int64)
            L["ba"] = np.array(L["bias"], dtype=np.int64)
            L["model"] = cimgen.Layer(PI=L["PI"], PW=L["PW"], PD=PD, PR=PR, w_enc=W_ENC, in_signed=False)
        self._tiled = {}

    def image_input(self, images):
        """uint8 images -> the first layer's input (N x 1 x 28 x 28 integers at its PI bits)."""
        b = self.layers[0]["PI"]
        x = images.astype(np.int64)
        if b < 8:
            x = (x * (2 ** b - 1) + 127) // 255
        return x.reshape(len(images), 1, 28, 28)

    def tiled(self, i, nonideal):
        """Layer i on arrays, one per non-ideality setting (the devices are drawn once per seed)."""
        key = (i, nonideal.d2d_sigma, nonideal.read_noise, nonideal.seed)
        if key not in self._tiled:
            L = self.layers[i]
            ni = cimgen.NonIdeal(d2d_sigma=nonideal.d2d_sigma, read_noise=nonideal.read_noise,
                                 seed=nonideal.seed * 1000 + i)
            self._tiled[key] = cimgen.TiledLayer(L["model"], L["Wa"], SHAPE, ni)
        return self._tiled[key]

    def layer_input(self, i, a):
        """Layer i's input rows from the previous activations a (N x C x H x W or N x F)."""
        L = self.layers[i]
        if L["kind"] == "conv":
            return im2col(a, L["kernel"], L["stride"])
        return a.reshape(len(a), -1), None

    def finish(self, i, y, n, pos):
        """Bias, requantization and reshaping of layer i's products y (rows x M)."""
        L = self.layers[i]
        y = y + L["ba"]
        if "requant" in L:
            q = L["requant"]
            y = np.clip((y * q["mult"] + (1 << (q["shift"] - 1))) >> q["shift"], 0, q["max"])
        if pos is not None:
            y = y.reshape(n, pos[0], pos[1], -1).transpose(0, 3, 1, 2)
        return y

    def forward(self, images, adcs=None, nonideal=None, threads=0, stop=None, first_vector=0):
        """Logits of the images. adcs: None (exact A/D: integer products) or one cimgen.AdcConfig per layer.
        Returns (logits, stats) with stats[i] = dict(vectors, conversions, comparisons, cycles).
        stop=i returns layer i's input rows instead (for calibration and export)."""
        a = self.image_input(images)
        n = len(images)
        stats = []
        for i, L in enumerate(self.layers):
            x, pos = self.layer_input(i, a)
            if stop == i:
                return x
            if adcs is None:
                y = x @ L["Wa"]
                stats.append({"vectors": len(x), "conversions": 0, "comparisons": 0, "cycles": 0})
            else:
                r = self.tiled(i, nonideal or cimgen.NonIdeal()).run(x, adcs[i], first_vector=first_vector,
                                                                      threads=threads)
                y = r["y"]
                stats.append({"vectors": len(x), "conversions": r["conversions"],
                              "comparisons": r["comparisons"], "cycles": r["cycles"]})
            a = self.finish(i, y, n, pos)
        return a, stats
