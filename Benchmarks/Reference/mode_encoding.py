#!/usr/bin/env python3
"""Reference side of the mode-encoding-<dataset> benchmarks: ctgan's DataTransformer.

One repetition, as in Benchmarks/Sources/Benchmarks/ModeEncodingBenchmarks.swift: fit the
transformer (rdt's ClusterBasedNormalizer, a variational Gaussian mixture per numerical
column; one-hot encoding per categorical column) on every column and transform the data,
as CTGAN and TVAE do before training. Outside the timing, columns are typed by SDV's metadata
detection, numerical columns are mean-filled (as Facsimile's preprocessing leaves them), and
a warm-up on the first 600 rows starts joblib's worker pool (the transform runs columns in
parallel from 500 rows on). Prints one JSON line per benchmark:
{"benchmark": "mode-encoding-credit", "median_seconds": S, "min_seconds": S, "max_seconds": S,
 "repetitions": N, "rows": R, "continuous_columns": C, "discrete_columns": D, "width": W,
 "fit_seconds": S, "encode_seconds": S}

Usage: mode_encoding.py [--data DIR] [--repetitions N] [DATASET ...]
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
from ctgan.data_transformer import DataTransformer  # noqa: E402
from sdv.metadata import Metadata  # noqa: E402

DATASETS = ["credit", "diamonds"]


def prepared(name, data):
    """The frame with numerical columns mean-filled, and its discrete columns."""
    frame = pd.read_csv(os.path.join(data, f"{name}.csv"))
    columns = Metadata.detect_from_dataframes({name: frame}).tables[name].columns
    discrete = []
    for column, spec in columns.items():
        if spec["sdtype"] in ("categorical", "boolean"):
            discrete.append(column)
        elif spec["sdtype"] == "numerical":
            values = frame[column].astype(float)
            frame[column] = values.fillna(values.mean())
        else:
            frame = frame.drop(columns=[column])
    return frame, discrete


def one_run(frame, discrete):
    np.random.seed(0)
    transformer = DataTransformer()
    start = time.perf_counter()
    transformer.fit(frame, discrete)
    fitted = time.perf_counter()
    encoded = transformer.transform(frame)
    end = time.perf_counter()
    return end - start, fitted - start, end - fitted, transformer, encoded


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("datasets", nargs="*", default=DATASETS)
    parser.add_argument("--data",
                        default=os.path.join(here, "..", "..", "..", "shared", "datasets"))
    parser.add_argument("--repetitions", type=int, default=3)
    arguments = parser.parse_args()

    for name in arguments.datasets:
        frame, discrete = prepared(name, arguments.data)
        one_run(frame.head(600), discrete)
        runs = [one_run(frame, discrete) for _ in range(arguments.repetitions)]
        totals = sorted(run[0] for run in runs)
        transformer, encoded = runs[-1][3], runs[-1][4]
        print(json.dumps({
            "benchmark": f"mode-encoding-{name}",
            "median_seconds": statistics.median(totals),
            "min_seconds": totals[0],
            "max_seconds": totals[-1],
            "repetitions": len(runs),
            "rows": len(frame),
            "continuous_columns": len(frame.columns) - len(discrete),
            "discrete_columns": len(discrete),
            "width": int(encoded.shape[1]),
            "fit_seconds": runs[-1][1],
            "encode_seconds": runs[-1][2],
        }), flush=True)


if __name__ == "__main__":
    main()
