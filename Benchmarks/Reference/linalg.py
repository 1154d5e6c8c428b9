"""Reference side of the Linalg benchmarks: OpenBLAS through numpy and through ctypes.

For each shape of LinalgBenchmarks.swift it times three things, as one JSON line each in the
shape of `Benchmarks run NAME --json` (one warm-up, then timed repetitions of `products`
products; median, min and max seconds):

  NAME       numpy.dot(a, b), a fresh result each time (numpy's bundled OpenBLAS)
  NAME-into  numpy.dot(a, b, out=c) on a preallocated result
  NAME-raw   cblas_dgemm / cblas_sgemm of the *system* OpenBLAS (the library the Swift side
             links), called through ctypes on preallocated arrays

and, for `normal-quantile-1m` and `normal-cdf-1m`, scipy.special.ndtri and ndtr on one
million values (the Swift side calls StandardNormal.quantile / cdf once per value).

Usage: python3 Benchmarks/Reference/linalg.py [NAME ...]
OPENBLAS_CORETYPE and OPENBLAS_NUM_THREADS, if set, apply to both libraries.
"""

import ctypes
import ctypes.util
import json
import os
import statistics
import sys
import time

import numpy as np

# name: (m, n, k, products, dtype) -- kept equal to LinalgBenchmarks.swift.
SHAPES = {
    "gemm-8": (8, 8, 8, 100_000, np.float64),
    "gemm-256": (256, 256, 256, 40, np.float64),
    "gemm-1024": (1024, 1024, 1024, 2, np.float64),
    "sgemm-1024": (1024, 1024, 1024, 4, np.float32),
    "sgemm-ctgan": (500, 256, 1800, 8, np.float32),
}
REPETITIONS = 5
ROW_MAJOR, NO_TRANSPOSE = 101, 111


def widest_kernels():
    """The OpenBLAS kernels Facsimile's COpenBLASKernels picks for this processor, or None."""
    try:
        with open("/proc/cpuinfo") as handle:
            flags = next((line.split(":")[1].split() for line in handle
                          if line.startswith("flags")), [])
    except OSError:
        return None
    if {"avx512f", "avx512dq", "avx512bw", "avx512vl"} <= set(flags):
        return "SkylakeX"
    if {"avx2", "fma"} <= set(flags):
        return "Haswell"
    return None


def system_openblas():
    """The system OpenBLAS (libopenblas.so.0), or None where it is missing.

    Debian's OpenBLAS falls back to its oldest kernels on a processor newer than itself;
    Facsimile then selects the widest kernels the processor runs, so the raw side is loaded
    with the same kernels (OPENBLAS_CORETYPE, unless already set) for a like-for-like figure.
    """
    kernels = widest_kernels()
    if kernels and "OPENBLAS_CORETYPE" not in os.environ:
        os.environ["OPENBLAS_CORETYPE"] = kernels
    for name in ("libopenblas.so.0", ctypes.util.find_library("openblas")):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    return None


def timed(body):
    body()
    seconds = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        body()
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    return {
        "median_seconds": statistics.median(seconds),
        "min_seconds": seconds[0],
        "max_seconds": seconds[-1],
        "repetitions": REPETITIONS,
    }


def raw_body(library, a, b, c, products):
    m, k = a.shape
    n = b.shape[1]
    single = a.dtype == np.float32
    function = library.cblas_sgemm if single else library.cblas_dgemm
    scalar = ctypes.c_float if single else ctypes.c_double
    pointer = ctypes.c_void_p
    arguments = (
        ROW_MAJOR, NO_TRANSPOSE, NO_TRANSPOSE, m, n, k, scalar(1.0),
        pointer(a.ctypes.data), k, pointer(b.ctypes.data), n, scalar(0.0),
        pointer(c.ctypes.data), n,
    )

    def body():
        for _ in range(products):
            function(*arguments)
    return body


def run(name, library):
    m, n, k, products, dtype = SHAPES[name]
    generator = np.random.default_rng(2024)
    a = np.ascontiguousarray(generator.uniform(-1, 1, size=(m, k)).astype(dtype))
    b = np.ascontiguousarray(generator.uniform(-1, 1, size=(k, n)).astype(dtype))
    c = np.zeros((m, n), dtype=dtype)
    extra = {
        "flops": 2.0 * m * n * k * products,
        "numpy": np.__version__,
        "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", ""),
    }

    def fresh():
        for _ in range(products):
            np.dot(a, b)

    def into():
        for _ in range(products):
            np.dot(a, b, out=c)

    results = [(name, timed(fresh)), (name + "-into", timed(into))]
    if library is not None:
        results.append((name + "-raw", timed(raw_body(library, a, b, c, products))))
    return [{"benchmark": label, **timing, **extra} for label, timing in results]


def run_elementwise(name):
    """scipy.special.ndtri / ndtr (Cephes, vectorised C) on one million values."""
    from scipy import special

    uniforms = np.random.default_rng(2024).uniform(0, 1, size=1_000_000)
    uniforms[uniforms == 0] = 0.5
    quantile = name == "normal-quantile-1m"
    inputs = uniforms if quantile else special.ndtri(uniforms)
    function = special.ndtri if quantile else special.ndtr
    timing = timed(lambda: float(np.sum(function(inputs))))
    return [{"benchmark": name, **timing, "values": float(inputs.size)}]


ELEMENTWISE = ("normal-quantile-1m", "normal-cdf-1m")

if __name__ == "__main__":
    blas = system_openblas()
    asked = sys.argv[1:] or list(SHAPES) + list(ELEMENTWISE)
    # `sgemm-ctgan-raw` and `sgemm-ctgan-into` are variants printed by the run of `sgemm-ctgan`.
    bases = dict.fromkeys(name.removesuffix("-raw").removesuffix("-into") for name in asked)
    for benchmark in bases:
        lines = run_elementwise(benchmark) if benchmark in ELEMENTWISE else run(benchmark, blas)
        for line in lines:
            print(json.dumps(line), flush=True)
