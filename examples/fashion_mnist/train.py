#!/usr/bin/env python3
"""Trains the Fashion-MNIST CNN of the network experiment and exports its integer layers.

    /usr/bin/python3 examples/fashion_mnist/train.py [--out DIR] [--epochs E] [--qat-epochs Q]

Writes DIR/net_8bit.json and DIR/net_mixed.json (default: this folder), the files
`make network` and the tests read, so nobody has to retrain. `make train` runs this.

The network (no padding; every layer maps onto crossbar arrays, convolutions by im2col):
    conv1  1 -> 8,  5x5, stride 2   28x28 -> 12x12   K = 25
    conv2  8 -> 16, 3x3, stride 2   12x12 -> 5x5     K = 72
    fc1    400 -> 64                                 K = 400
    fc2    64 -> 10                                  K = 64 (its outputs are the logits)

Method:
 1. Float training (Adam, --epochs). Its test accuracy is the "float" row.
 2. Quantization-aware training (--qat-epochs) from the float weights: weights symmetric per layer
    to PW bits (-(2^(PW-1)-1) .. 2^(PW-1)-1, the differential encoding's range), activations
    unsigned to PI bits after ReLU, with a scale per layer tracked as a running maximum; the
    rounding passes gradients straight through. The image is the first layer's input: its 8-bit
    pixels (scale 1/255), or fewer bits in the mixed variant.
 3. Mixed precision by a sensitivity search: starting from the 8-bit QAT model, each layer in
    turn gets the fewest bits b (the same b for its weights and for its input activations) at
    which the validation accuracy (5,000 training images held out of training) drops by at most
    --budget percentage points with every other layer at 8 bits; then all layers take their
    chosen bits together and QAT runs again (--qat-epochs). No test image is used to choose.
 4. Export, per layer: W (K x M integers, im2col order (channel, row, column)), the digital bias
    in accumulator units, and the requantization to the next layer's input,
    a = clamp((y * mult + 2^(shift-1)) >> shift, 0, 2^PI_next - 1) with y = W^T x + bias.
    The integer network is what the crossbar model runs (network.py); its accuracy is the
    "exact A/D" row.

Float results differ slightly between machines and PyTorch builds; the committed files are what
the figures in docs/network.md come from.
"""
import argparse
import json
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from fmnist import load

HERE = os.path.dirname(os.path.abspath(__file__))
SHIFT = 24  # requantization multiplier's fraction bits


# ------------------------------------------------------------------ the network

LAYERS = [  # name, kind, in channels/features, out, kernel, stride
    ("conv1", "conv", 1, 8, 5, 2),
    ("conv2", "conv", 8, 16, 3, 2),
    ("fc1", "fc", 400, 64, 0, 0),
    ("fc2", "fc", 64, 10, 0, 0),
]


def ste_round(x):
    return x + (torch.round(x) - x).detach()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.mods = nn.ModuleList()
        for _, kind, cin, cout, k, s in LAYERS:
            self.mods.append(nn.Conv2d(cin, cout, k, s) if kind == "conv" else nn.Linear(cin, cout))
        self.bits = [None] * len(LAYERS)  # None: float; else PW = PI of that layer
        self.register_buffer("amax", torch.zeros(len(LAYERS)))  # running max of each layer's input

    def wq(self, i):
        """Layer i's weights as used: float, or fake-quantized with their scale."""
        w = self.mods[i].weight
        if self.bits[i] is None:
            return w, None
        qmax = 2 ** (self.bits[i] - 1) - 1
        s = w.detach().abs().max() / qmax
        return torch.clamp(ste_round(w / s), -qmax, qmax) * s, s

    def aq(self, i, x):
        """Layer i's input, fake-quantized to its bits (unsigned) with a running-maximum scale."""
        if self.bits[i] is None:
            return x
        if i == 0:
            amax = torch.tensor(1.0)
        else:
            if self.training:
                m = x.detach().max()
                self.amax[i] = m if self.amax[i] == 0 else 0.9 * self.amax[i] + 0.1 * m
            amax = self.amax[i]
        qmax = 2 ** self.bits[i] - 1
        s = amax / qmax
        return torch.clamp(ste_round(x / s), 0, qmax) * s

    def forward(self, x):
        for i, (_, kind, *_r) in enumerate(LAYERS):
            if kind == "fc" and x.dim() > 2:
                x = x.flatten(1)
            x = self.aq(i, x)
            w, _ = self.wq(i)
            b = self.mods[i].bias
            x = F.conv2d(x, w, b, self.mods[i].stride) if kind == "conv" else F.linear(x, w, b)
            if i < len(LAYERS) - 1:
                x = F.relu(x)
        return x


def batches(x, y, size, rng=None):
    idx = np.arange(len(x)) if rng is None else rng.permutation(len(x))
    for i in range(0, len(x), size):
        j = idx[i:i + size]
        yield torch.from_numpy(x[j]).float().unsqueeze(1) / 255.0, torch.from_numpy(y[j])


def train(net, x, y, epochs, lr, seed):
    rng = np.random.default_rng(seed)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    for e in range(epochs):
        net.train()
        for xb, yb in batches(x, y, 128, rng):
            opt.zero_grad()
            F.cross_entropy(net(xb), yb).backward()
            opt.step()
        print(f"  epoch {e + 1}/{epochs}", flush=True)


def accuracy(net, x, y):
    net.eval()
    right = 0
    with torch.no_grad():
        for xb, yb in batches(x, y, 1000):
            right += int((net(xb).argmax(1) == yb).sum())
    return 100.0 * right / len(x)


# ------------------------------------------------------------------ export

def export(net, float_acc, qat_acc, note):
    """The integer layers (see the module doc) as a JSON-ready dict."""
    layers = []
    sx = 1.0 / (2 ** net.bits[0] - 1)  # image scale: pixel / 255 quantized to PI_0 bits
    for i, (name, kind, cin, cout, k, s) in enumerate(LAYERS):
        w, sw = net.wq(i)
        sw = float(sw)
        wi = torch.round(w.detach() / sw).to(torch.int64).reshape(cout, -1).T.contiguous()  # K x M
        bias = torch.round(net.mods[i].bias.detach() / (sw * sx)).to(torch.int64)
        entry = {
            "name": name, "kind": kind, "PI": net.bits[i], "PW": net.bits[i],
            "in_channels": cin, "out_channels": cout, "kernel": k, "stride": s,
            "K": int(wi.shape[0]), "M": int(wi.shape[1]),
            "W": wi.tolist(), "bias": bias.tolist(),
            "w_scale": sw, "x_scale": sx,
        }
        if i + 1 < len(LAYERS):
            so = float(net.amax[i + 1]) / (2 ** net.bits[i + 1] - 1)
            entry["requant"] = {"mult": int(round(sw * sx / so * 2 ** SHIFT)), "shift": SHIFT,
                                "max": 2 ** net.bits[i + 1] - 1}
            sx = so
        layers.append(entry)
    return {"note": note, "input_shape": [1, 28, 28], "float_accuracy": float_acc,
            "qat_accuracy": qat_acc, "layers": layers}


def save(obj, path):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, path)
    print(f"wrote {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--qat-epochs", type=int, default=3)
    ap.add_argument("--budget", type=float, default=0.3, help="sensitivity budget per layer, percentage points")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.epochs < 1 or a.qat_epochs < 1:
        ap.error("--epochs and --qat-epochs must be at least 1 (QAT learns the activation ranges)")
    torch.manual_seed(a.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    xtr, ytr = load("train")
    xte, yte = load("t10k")
    xval, yval = xtr[55000:], ytr[55000:]
    xtr, ytr = xtr[:55000], ytr[:55000]

    net = Net()
    print("float training")
    train(net, xtr, ytr, a.epochs, 1e-3, a.seed)
    float_acc = accuracy(net, xte, yte)
    print(f"float: test {float_acc:.2f}%")

    print("QAT, 8 bits")
    net.bits = [8] * len(LAYERS)
    train(net, xtr, ytr, a.qat_epochs, 2e-4, a.seed + 1)
    acc8 = accuracy(net, xte, yte)
    print(f"QAT 8 bits: test {acc8:.2f}%")
    state8 = {k: v.clone() for k, v in net.state_dict().items()}
    save(export(net, float_acc, acc8, "8-bit weights and activations in every layer (QAT)"),
         os.path.join(a.out, "net_8bit.json"))

    print("sensitivity search")
    base = accuracy(net, xval, yval)
    chosen = []
    for i in range(len(LAYERS)):
        pick = 8
        for b in range(7, 1, -1):
            net.bits = [8] * len(LAYERS)
            net.bits[i] = b
            drop = base - accuracy(net, xval, yval)
            print(f"  {LAYERS[i][0]} at {b} bits: validation drop {drop:.2f} pp")
            if drop > a.budget:
                break
            pick = b
        chosen.append(pick)
    print(f"chosen bits: {chosen}")
    net.load_state_dict(state8)
    net.bits = chosen
    net.amax.zero_()
    train(net, xtr, ytr, a.qat_epochs, 2e-4, a.seed + 2)
    accm = accuracy(net, xte, yte)
    print(f"QAT mixed {chosen}: test {accm:.2f}%")
    save(export(net, float_acc, accm,
                f"mixed precision {chosen} (bits of each layer's weights and inputs), chosen by a sensitivity "
                f"search with a {a.budget} pp validation budget per layer, then QAT"),
         os.path.join(a.out, "net_mixed.json"))


if __name__ == "__main__":
    main()
