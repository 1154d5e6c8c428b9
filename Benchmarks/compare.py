#!/usr/bin/env python3
"""Runs Facsimile's benchmarks and the Python reference's in one session and prints ratios.

usage: python3 Benchmarks/compare.py NAME... [--data DIRECTORY]

Each NAME is a benchmark of `swift run -c release Benchmarks list`. The reference side of a
benchmark is the script in Benchmarks/Reference/ that times the same work with pandas, numpy,
sdmetrics, torch or sdv. Both sides print one JSON line per benchmark; this script pairs them
and prints, for each, our median, the reference's median and reference / ours (above 1 means
Facsimile is faster). Run it from the repository root on a quiet machine: both sides share
the same cores, so they are measured one after the other, never at the same time.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "Benchmarks", "Reference")


def reference_command(name, data):
    """The command that times `name` with the reference, or None when there is none."""
    golden = os.path.join(os.path.dirname(os.path.abspath(data)), "golden", "quality")
    if name.startswith("csv-"):
        return ["csv_io.py", data]
    if name.startswith("evaluate-"):
        return ["metrics.py", golden, name[len("evaluate-"):]]
    if name.startswith(("ctgan-step", "tvae-step", "ctgan-memory", "normal-noise")):
        return ["neural.py", name, "--threads", str(os.cpu_count())]
    if name.startswith(("ctgan-epoch-", "tvae-epoch-")):
        return ["deep.py", name, "--data", data, "--threads", str(os.cpu_count())]
    if name.startswith("copula-"):
        return ["copula.py", "--data", data, name[len("copula-"):]]
    if name.startswith(("gemm-", "sgemm-", "normal-")):
        return ["linalg.py", name]
    if name.startswith("mode-encoding-"):
        return ["mode_encoding.py", "--data", data, name[len("mode-encoding-"):]]
    return None


def json_lines(output):
    """Every JSON object printed one a line, by benchmark name."""
    results = {}
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("{"):
            record = json.loads(line)
            results[record["benchmark"]] = record
    return results


def main(arguments):
    data = os.path.join(ROOT, "..", "shared", "datasets")
    if "--data" in arguments:
        index = arguments.index("--data")
        data = arguments[index + 1]
        del arguments[index:index + 2]
    if not arguments:
        sys.exit(__doc__)

    ours = json_lines(subprocess.run(
        ["swift", "run", "-c", "release", "Benchmarks", "run", *arguments,
         "--data", data, "--json"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout)

    theirs = {}
    for name in arguments:
        command = reference_command(name, data)
        if command is None or not os.path.exists(os.path.join(REFERENCE, command[0])):
            continue
        output = subprocess.run([sys.executable, *command], cwd=REFERENCE, check=True,
                                capture_output=True, text=True).stdout
        theirs.update(json_lines(output))

    print(f"{'benchmark':26} {'ours (s)':>11} {'reference (s)':>14} {'ratio':>8}")
    for name in arguments:
        mine = ours.get(name, {}).get("median_seconds")
        reference = theirs.get(name, {}).get("median_seconds")
        ratio = f"{reference / mine:7.1f}x" if mine and reference else "      -"
        print(f"{name:26} {mine or float('nan'):11.4f} {reference or float('nan'):14.4f} {ratio}")


if __name__ == "__main__":
    main(sys.argv[1:])
