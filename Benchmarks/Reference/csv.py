#!/usr/bin/env python3
"""Reference timings for the CSV benchmarks: pandas read_csv and DataFrame.to_csv on flights.

Does the same work as `Benchmarks run csv-read-flights csv-write-flights`: reads
flights.csv with type inference (parsing the datetime column time_hour, as our reader does),
and writes that frame back as CSV to a scratch folder. One warm-up, five timed repetitions,
median. Prints one JSON line per benchmark.

usage: python3 csv.py [DATA_DIRECTORY]   (default ../shared/datasets)
"""

import json
import os
import resource
import statistics
import sys
import tempfile
import time

import pandas as pd

REPETITIONS = 5


def timed(body):
    """Runs body once to warm up, then REPETITIONS times; returns the sorted seconds."""
    body()
    seconds = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        body()
        seconds.append(time.perf_counter() - start)
    return sorted(seconds)


def report(name, seconds, **counters):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    line = {
        "benchmark": name,
        "median_seconds": statistics.median(seconds),
        "min_seconds": seconds[0],
        "max_seconds": seconds[-1],
        "repetitions": len(seconds),
        "peak_resident_bytes": peak,
    }
    line.update(counters)
    print(json.dumps(line), flush=True)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "datasets")
    path = os.path.join(data, "flights.csv")

    def read():
        return pd.read_csv(path, parse_dates=["time_hour"])

    seconds = timed(read)
    frame = read()
    report("csv-read-flights", seconds, rows=len(frame), columns=len(frame.columns),
           table_bytes=int(frame.memory_usage(deep=True).sum()))

    with tempfile.TemporaryDirectory() as scratch:
        output = os.path.join(scratch, "flights.csv")
        seconds = timed(lambda: frame.to_csv(output, index=False,
                                             date_format="%Y-%m-%dT%H:%M:%SZ"))
        report("csv-write-flights", seconds, rows=len(frame), bytes=os.path.getsize(output))


if __name__ == "__main__":
    main()
