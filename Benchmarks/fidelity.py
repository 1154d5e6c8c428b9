#!/usr/bin/env python3
"""Fidelity of Facsimile's synthesizers, scored by the reference evaluator.

For each synthesizer, dataset and seed: `facsimile generate DATA --synthesizer S --seed N
--rows <rows of DATA>` (plus any extra flags), then the reference's QualityReport of the
sample against the data through score.py (both threshold variants). Prints one JSON line per
run and, at the end, the mean per synthesizer and dataset, with the fit-and-sample time.

Usage: fidelity.py --synthesizers ctgan,tvae --datasets iris,penguins,credit
                   [--seeds 0,1,2] [--data DIR] [--score PATH] [--output DIR] [-- FLAGS...]
Run from the repository root after `swift build -c release --product facsimile`.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")


def rows_of(path):
    with open(path, newline="") as handle:
        return sum(1 for _ in handle) - 1


def main():
    arguments, extra = argparse.ArgumentParser(), []
    if "--" in sys.argv:
        split = sys.argv.index("--")
        sys.argv, extra = sys.argv[:split], sys.argv[split + 1:]
    arguments.add_argument("--synthesizers", required=True)
    arguments.add_argument("--datasets", required=True)
    arguments.add_argument("--seeds", default="0,1,2")
    arguments.add_argument("--data", default=os.path.join(SHARED, "datasets"))
    arguments.add_argument("--score", default=os.path.join(SHARED, "tools", "score.py"))
    arguments.add_argument("--output", default="/tmp/facsimile-fidelity")
    options = arguments.parse_args()
    os.makedirs(options.output, exist_ok=True)
    command = os.path.join(ROOT, ".build", "release", "facsimile")

    results = {}
    for synthesizer in options.synthesizers.split(","):
        for dataset in options.datasets.split(","):
            real = os.path.join(options.data, f"{dataset}.csv")
            for seed in options.seeds.split(","):
                out = os.path.join(options.output, f"{synthesizer}-{dataset}-{seed}.csv")
                start = time.perf_counter()
                subprocess.run([command, "generate", real, "--synthesizer", synthesizer,
                                "--seed", seed, "--rows", str(rows_of(real)), "--out", out]
                               + extra, check=True, stdout=subprocess.DEVNULL)
                seconds = time.perf_counter() - start
                scored = json.loads(subprocess.run(
                    [sys.executable, options.score, real, out], check=True,
                    capture_output=True, text=True).stdout)
                line = {"synthesizer": synthesizer, "dataset": dataset, "seed": int(seed),
                        "seconds": round(seconds, 2), "current": scored["current"]["score"],
                        "classic": scored["classic"]["score"]}
                print(json.dumps(line), flush=True)
                results.setdefault((synthesizer, dataset), []).append(line)
    for (synthesizer, dataset), lines in results.items():
        print(f"{synthesizer:12} {dataset:10} current "
              f"{statistics.mean(x['current'] for x in lines):.4f}  classic "
              f"{statistics.mean(x['classic'] for x in lines):.4f}  seconds "
              f"{statistics.mean(x['seconds'] for x in lines):.1f}")


if __name__ == "__main__":
    main()
