#!/usr/bin/env python3
"""Reference timings for the CSV benchmarks: pandas read_csv and DataFrame.to_csv on flights.

Does the same work as `Benchmarks run csv-read-flights csv-write-flights`: reads
flights.csv with type inference (parsing the datetime column time_hour, as our reader does),
and writes that frame back as CSV to a scratch folder (see the note in main on formats). One warm-up, five timed repetitions,
median. Prints one JSON line per benchmark.

usage: python3 csv_io.py [DATA_DIRECTORY]   (default ../shared/datasets)
"""

import os
import sys


import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import pandas as pd  # noqa: E402

REPETITIONS = 5


CPU_SECONDS = {}


def timed(body, name=None):
    """Runs body once to warm up, then REPETITIONS times; returns the sorted wall seconds.

    The processor seconds of the last repetition are kept in CPU_SECONDS[name], as the Swift
    side reports them (on a shared machine they vary less than wall-clock time).
    """
    body()
    seconds = []
    for _ in range(REPETITIONS):
        start, cpu_start = time.perf_counter(), time.process_time()
        body()
        seconds.append(time.perf_counter() - start)
        CPU_SECONDS[name] = time.process_time() - cpu_start
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

    seconds = timed(read, "read")
    frame = read()
    report("csv-read-flights", seconds, cpu_seconds=CPU_SECONDS["read"], rows=len(frame),
           columns=len(frame.columns),
           table_bytes=int(frame.memory_usage(deep=True).sum()))

    # pandas writes a parsed datetime column as "2013-01-01 10:00:00+00:00" by default; a
    # date_format giving back the file's "Z" spelling makes it about four times slower, so the
    # default is timed (the comparison most favourable to pandas). The median for the frame
    # read without parsing time_hour (strings, written back unchanged) is reported beside it.
    strings = pd.read_csv(path)
    with tempfile.TemporaryDirectory() as scratch:
        output = os.path.join(scratch, "flights.csv")
        unparsed = timed(lambda: strings.to_csv(output, index=False))
        seconds = timed(lambda: frame.to_csv(output, index=False), "write")
        report("csv-write-flights", seconds, cpu_seconds=CPU_SECONDS["write"], rows=len(frame),
               bytes=os.path.getsize(output),
               median_seconds_unparsed=statistics.median(unparsed))

if __name__ == "__main__":
    main()
