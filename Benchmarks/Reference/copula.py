#!/usr/bin/env python3
"""Reference side of the copula-<dataset> benchmarks: SDV's GaussianCopulaSynthesizer.

One repetition, as in Benchmarks/Sources/Benchmarks/CopulaBenchmarks.swift: fit the
synthesizer (default parameters; metadata detected outside the timing) on the dataset and
sample as many rows. One warm-up, then timed repetitions (flights: no warm-up, one
repetition, since one takes minutes). Prints one JSON line per benchmark:
{"benchmark": "copula-iris", "median_seconds": S, "min_seconds": S, "max_seconds": S,
 "repetitions": N, "rows": R, "fit_seconds": S, "sample_seconds": S}
With --output DIR and --seed N, also writes the sample of the last repetition to
DIR/<dataset>-<seed>.csv (numpy's global seed is set to N before fitting). SDV draws every
sample from its own fixed random state (73251) whatever numpy's seed, so all seeds give the
same rows; --sampling-seed sets that state to N as well, for an average over real seeds.

Usage: copula.py [--data DIR] [--output DIR] [--seed N] [--sampling-seed] [DATASET ...]
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
from sdv.metadata import Metadata  # noqa: E402
from sdv.single_table import GaussianCopulaSynthesizer  # noqa: E402

DATASETS = ["iris", "penguins", "credit", "ames", "diamonds", "flights"]


def one_run(name, frame, metadata, seed, sampling_seed=False):
    np.random.seed(seed)
    synthesizer = GaussianCopulaSynthesizer(metadata)
    start = time.perf_counter()
    synthesizer.fit({name: frame})
    fitted = time.perf_counter()
    if sampling_seed:
        synthesizer._set_random_state(seed)  # a private method: SDV has no public one
    sample = synthesizer.sample(len(frame))
    end = time.perf_counter()
    sample = sample[name] if isinstance(sample, dict) else sample
    return end - start, fitted - start, end - fitted, sample


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("datasets", nargs="*", default=DATASETS)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "datasets"))
    parser.add_argument("--output")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--sampling-seed", action="store_true")
    arguments = parser.parse_args()

    for name in arguments.datasets:
        frame = pd.read_csv(os.path.join(arguments.data, f"{name}.csv"))
        metadata = Metadata.detect_from_dataframes({name: frame})
        large = name == "flights"
        if not large:
            one_run(name, frame, metadata, arguments.seed)
        runs = [one_run(name, frame, metadata, arguments.seed, arguments.sampling_seed)
                for _ in range(1 if large else arguments.repetitions)]
        totals = sorted(run[0] for run in runs)
        if arguments.output:
            runs[-1][3].to_csv(os.path.join(arguments.output, f"{name}-{arguments.seed}.csv"),
                               index=False)
        print(json.dumps({
            "benchmark": f"copula-{name}",
            "median_seconds": statistics.median(totals),
            "min_seconds": totals[0],
            "max_seconds": totals[-1],
            "repetitions": len(runs),
            "rows": len(frame),
            "fit_seconds": runs[-1][1],
            "sample_seconds": runs[-1][2],
        }), flush=True)


if __name__ == "__main__":
    main()
