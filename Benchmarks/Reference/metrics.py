#!/usr/bin/env python3
"""Reference side of the `evaluate-<dataset>` benchmarks.

Times sdmetrics' single-table QualityReport.generate + DiagnosticReport.generate on the golden
real/synthetic pairs (../shared/golden/quality/<name>/, the same files the Swift benchmark
reads) with the same metadata: one warm-up, then timed repetitions; prints one JSON line per
benchmark with the median, like `Benchmarks run --json`.

Usage: python3 metrics.py [GOLDEN_DIR] [NAME ...]
"""
import json
import os
import statistics
import sys
import time
import warnings

warnings.filterwarnings("ignore")
import pandas as pd  # noqa: E402
from sdmetrics.reports.single_table import DiagnosticReport, QualityReport  # noqa: E402

NAMES = ["iris", "penguins", "credit", "ames", "diamonds", "flights"]


def evaluate(real, synthetic, metadata):
    quality = QualityReport()
    quality.generate(real, synthetic, metadata, verbose=False)
    diagnostic = DiagnosticReport()
    diagnostic.generate(real, synthetic, metadata, verbose=False)
    return quality.get_score(), diagnostic.get_score()


def main():
    args = sys.argv[1:]
    root = args.pop(0) if args and os.path.isdir(args[0]) else "../shared/golden/quality"
    for name in args or NAMES:
        folder = os.path.join(root, name)
        real = pd.read_csv(os.path.join(folder, "real.csv"))
        synthetic = pd.read_csv(os.path.join(folder, "synthetic.csv"))
        with open(os.path.join(folder, "metadata.json")) as handle:
            metadata = json.load(handle)
        metadata.pop("METADATA_SPEC_VERSION", None)

        evaluate(real, synthetic, metadata)
        repetitions = 3 if len(metadata["columns"]) > 50 or len(real) > 10000 else 5
        seconds = []
        for _ in range(repetitions):
            start = time.perf_counter()
            quality_score, diagnostic_score = evaluate(real, synthetic, metadata)
            seconds.append(time.perf_counter() - start)
        print(json.dumps({
            "benchmark": f"evaluate-{name}",
            "median_seconds": statistics.median(seconds),
            "min_seconds": min(seconds),
            "max_seconds": max(seconds),
            "repetitions": repetitions,
            "rows": len(real),
            "columns": len(metadata["columns"]),
            "quality_score": float(quality_score),
            "diagnostic_score": float(diagnostic_score),
        }), flush=True)


if __name__ == "__main__":
    main()
