#!/usr/bin/env python3
"""Reference side of ctgan-epoch-<dataset>, tvae-epoch-<dataset> and of whole deep fits.

Fits SDV's CTGANSynthesizer or TVAESynthesizer (default parameters; metadata detected outside
the timing) for a few epochs on the CPU and records when each epoch starts, by replacing the
progress iterator ctgan 0.12 wraps its epoch loop in with one that notes the time. One
epoch's time is the gap between consecutive epoch starts (the first epoch is a warm-up and
is not counted); preprocessing is the time from the start of fit to the first epoch (SDV's
transformers and ctgan's per-column mixture fits). Prints one JSON line per benchmark:
{"benchmark": "ctgan-epoch-credit", "median_seconds": S, "min_seconds": S,
 "max_seconds": S, "repetitions": N, "preprocessing_seconds": S, "torch_threads": T}

With --fit-epochs E --output DIR --seed N: instead fits once for E epochs, samples as many
rows as the data and writes DIR/<model>-<dataset>-<seed>.csv, printing the fit time
(torch's and numpy's seeds are set to N; the reference's fit is not fully reproducible).

Usage: deep.py NAME... [--data DIR] [--threads T] [--epochs E]
       deep.py MODEL-DATASET... --fit-epochs E --output DIR [--seed N]
"""
import argparse
import json
import os
import statistics
import time
import warnings

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import torch  # noqa: E402
import ctgan.synthesizers.ctgan as ctgan_module  # noqa: E402
import ctgan.synthesizers.tvae as tvae_module  # noqa: E402
from sdv.metadata import Metadata  # noqa: E402
from sdv.single_table import CTGANSynthesizer, TVAESynthesizer  # noqa: E402

EPOCH_STARTS = []


class TimedEpochs:
    """Stands in for tqdm around the epoch loop: notes the time each epoch starts."""

    def __init__(self, iterable, **_):
        self.iterable = iterable

    def __iter__(self):
        for item in self.iterable:
            EPOCH_STARTS.append(time.perf_counter())
            yield item
        EPOCH_STARTS.append(time.perf_counter())

    def set_description(self, *_args, **_kwargs):
        pass


ctgan_module.tqdm = TimedEpochs
tvae_module.tqdm = TimedEpochs


def synthesizer(model, metadata, epochs):
    kind = CTGANSynthesizer if model == "ctgan" else TVAESynthesizer
    return kind(metadata, epochs=epochs, enable_gpu=False)


def load(data, name):
    frame = pd.read_csv(os.path.join(data, f"{name}.csv"))
    return frame, Metadata.detect_from_dataframes({name: frame})


def time_epochs(model, name, data, epochs):
    frame, metadata = load(data, name)
    EPOCH_STARTS.clear()
    start = time.perf_counter()
    synthesizer(model, metadata, epochs).fit({name: frame})
    gaps = [b - a for a, b in zip(EPOCH_STARTS, EPOCH_STARTS[1:])][1:]
    gaps.sort()
    print(json.dumps({
        "benchmark": f"{model}-epoch-{name}",
        "median_seconds": statistics.median(gaps),
        "min_seconds": gaps[0],
        "max_seconds": gaps[-1],
        "repetitions": len(gaps),
        "preprocessing_seconds": EPOCH_STARTS[0] - start,
        "torch_threads": torch.get_num_threads(),
    }), flush=True)


def fit_and_sample(model, name, data, epochs, output, seed):
    frame, metadata = load(data, name)
    np.random.seed(seed)
    torch.manual_seed(seed)
    EPOCH_STARTS.clear()
    fitted = synthesizer(model, metadata, epochs)
    start = time.perf_counter()
    fitted.fit({name: frame})
    fit_seconds = time.perf_counter() - start
    sample = fitted.sample(len(frame))
    sample = sample[name] if isinstance(sample, dict) else sample
    sample.to_csv(os.path.join(output, f"{model}-{name}-{seed}.csv"), index=False)
    print(json.dumps({
        "benchmark": f"{model}-fit-{name}", "fit_seconds": fit_seconds, "epochs": epochs,
        "preprocessing_seconds": EPOCH_STARTS[0] - start, "seed": seed,
        "torch_threads": torch.get_num_threads(),
    }), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="+")
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(here, "..", "..", "..", "shared")
    parser.add_argument("--data", default=os.path.join(shared, "datasets"))
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--fit-epochs", type=int)
    parser.add_argument("--output")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    torch.set_num_threads(arguments.threads)

    for name in arguments.names:
        if arguments.fit_epochs:
            model, dataset = name.split("-", 1)
            fit_and_sample(model, dataset, arguments.data, arguments.fit_epochs,
                           arguments.output, arguments.seed)
        else:
            model, _, dataset = name.split("-", 2)
            time_epochs(model, dataset, arguments.data, arguments.epochs)


if __name__ == "__main__":
    main()
