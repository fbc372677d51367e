"""Fashion-MNIST from Debian's dataset-fashion-mnist (/usr/share/datasets/fashion-mnist), as NumPy arrays."""
import gzip
import os

import numpy as np

DATA = "/usr/share/datasets/fashion-mnist"


def load_idx(name):
    path = os.path.join(DATA, name)
    try:
        with gzip.open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise SystemExit(f"cannot read {path} ({e.strerror or e}); install Debian's dataset-fashion-mnist")
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load(split):
    """'train' or 't10k': images (uint8, N x 28 x 28) and labels (int64)."""
    return load_idx(f"{split}-images-idx3-ubyte.gz"), load_idx(f"{split}-labels-idx1-ubyte.gz").astype(np.int64)
