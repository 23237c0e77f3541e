#!/usr/bin/env python3
"""How the learned model does on a training file it has not seen: each file with injections in
turn is left out, the model is trained on the rest as train.py trains it, and the left-out file's
messages are read as the Swift rule reads them (whole and in windows), against the cut train.py
committed. A file's figure says how far the model carries to a source of another kind; the
cross-validation in train.py, whose folds share templates, says less about that.

    .venv/bin/python tools/content-filter-model/by_source.py

Reads only the training files; the held-out sets are used, as in train.py, only to leave out
training messages that are also in them.
"""
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import train  # noqa: E402


def committed_cut():
    with open(train.OUTPUT, encoding="utf-8") as swift:
        return float(re.search(r"overThresholdLogit: Float = (\S+)", swift.read()).group(1))


def main():
    rows = train.read_training_rows()
    texts = [r["text"] for r in rows]
    y = np.array([1 if r["label"] == "injection" else 0 for r in rows])
    files = np.array([r["file"] for r in rows])
    x = train.matrix(texts)
    cut = committed_cut()
    print(f"cut {cut:.3f}; each line: the file left out, detection and false positives on it")
    for name in sorted(set(files[y == 1])):
        out = files == name
        q, scale, bias = train.quantized(train.fit(x[~out], y[~out]))
        left = np.flatnonzero(out)
        whole = train.scores(q, scale, bias, x[left])
        highest = train.highest_logits(q, scale, bias, [texts[i] for i in left], whole)
        injections = y[left] == 1
        line = f"{name}: detection {np.mean(highest[injections] > cut):.3f} ({injections.sum()})"
        if (~injections).any():
            line += f", false positives {np.mean(highest[~injections] > cut):.3f} ({(~injections).sum()})"
        print(line, flush=True)


if __name__ == "__main__":
    main()
