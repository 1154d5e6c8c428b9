// Benchmarks: matrix products through the Matrix wrapper, and straight through BLAS.

import Linalg

extension BenchmarkCatalog {
    /// Square products in both precisions and the CTGAN-like single-precision shape
    /// (a batch of 500 rows through a 1800 → 256 layer), three ways: `NAME` with `Matrix *`
    /// (a fresh result each time, as `numpy.dot` does), `NAME-into` with `Matrix.gemm(into:)`
    /// on a preallocated result, and `NAME-raw` calling OpenBLAS on preallocated arrays with
    /// no wrapper. `Benchmarks/Reference/linalg.py` times the same three with `numpy.dot`,
    /// `numpy.dot(out=)` and `cblas_?gemm` of the system OpenBLAS called through ctypes.
    /// `gemm-8` is tiny on purpose: it shows the per-call cost of the wrapper itself.
    static let linalg: [Benchmark] =
        [
            GemmShape(name: "gemm-8", m: 8, n: 8, k: 8, products: 100_000),
            GemmShape(name: "gemm-256", m: 256, n: 256, k: 256, products: 40),
            GemmShape(name: "gemm-1024", m: 1024, n: 1024, k: 1024, products: 2),
            GemmShape(name: "sgemm-1024", m: 1024, n: 1024, k: 1024, products: 4, single: true),
            GemmShape(name: "sgemm-ctgan", m: 500, n: 256, k: 1800, products: 8, single: true),
        ].flatMap { [$0.wrapped(), $0.wrappedInto(), $0.raw()] } + [
            elementwise("normal-quantile-1m", "Φ⁻¹ of 1M uniforms", StandardNormal.quantile),
            elementwise("normal-cdf-1m", "Φ of 1M normal scores", StandardNormal.cdf),
        ]

    /// A special function applied to one million seeded inputs (uniforms in (0, 1) for a
    /// quantile, their normal scores for a CDF), as the Gaussian copula does per value.
    private static func elementwise(
        _ name: String, _ summary: String, _ function: @escaping @Sendable (Double) -> Double
    ) -> Benchmark {
        Benchmark(name: name, summary: summary) { _ in
            var source = RandomSource(seed: 2024)
            let uniforms = (0..<1_000_000).map { _ in source.uniformOpen() }
            let inputs =
                name.contains("quantile") ? uniforms : uniforms.map(StandardNormal.quantile)
            return {
                var checksum = 0.0
                for value in inputs { checksum += function(value) }
                return ["values": Double(inputs.count), "checksum": checksum]
            }
        }
    }
}

/// One product shape `(m × k) · (k × n)`, repeated `products` times per repetition.
private struct GemmShape {
    let name: String
    let m: Int
    let n: Int
    let k: Int
    let products: Int
    var single = false

    var flops: Double { 2 * Double(m) * Double(n) * Double(k) * Double(products) }

    var summary: String {
        "\(products) × (\(m)×\(k)) · (\(k)×\(n)) in \(single ? "Float32" : "Float64")"
    }

    /// Through `Matrix * Matrix`, which allocates the result as `numpy.dot` does.
    func wrapped() -> Benchmark {
        let shape = self
        return Benchmark(name: name, summary: summary + " with Matrix *") { _ in
            if shape.single {
                let (a, b): (Matrix<Float>, Matrix<Float>) = shape.operands()
                return {
                    var checksum: Float = 0
                    for _ in 0..<shape.products { checksum += (a * b)[0, 0] }
                    return ["flops": shape.flops, "checksum": Double(checksum)]
                }
            }
            let (a, b): (Matrix<Double>, Matrix<Double>) = shape.operands()
            return {
                var checksum = 0.0
                for _ in 0..<shape.products { checksum += (a * b)[0, 0] }
                return ["flops": shape.flops, "checksum": checksum]
            }
        }
    }

    /// Through `Matrix.gemm(_:_:into:)` on a preallocated result.
    func wrappedInto() -> Benchmark {
        let shape = self
        return Benchmark(name: name + "-into", summary: summary + " with Matrix.gemm(into:)") {
            _ in
            if shape.single {
                let (a, b): (Matrix<Float>, Matrix<Float>) = shape.operands()
                return {
                    var c = Matrix<Float>(rows: shape.m, columns: shape.n)
                    for _ in 0..<shape.products { Matrix.gemm(a, b, into: &c) }
                    return ["flops": shape.flops, "checksum": Double(c[0, 0])]
                }
            }
            let (a, b): (Matrix<Double>, Matrix<Double>) = shape.operands()
            return {
                var c = Matrix<Double>(rows: shape.m, columns: shape.n)
                for _ in 0..<shape.products { Matrix.gemm(a, b, into: &c) }
                return ["flops": shape.flops, "checksum": c[0, 0]]
            }
        }
    }

    /// Straight through `cblas_?gemm` on preallocated arrays.
    func raw() -> Benchmark {
        let shape = self
        return Benchmark(name: name + "-raw", summary: summary + " with cblas directly") { _ in
            if shape.single {
                let (a, b): (Matrix<Float>, Matrix<Float>) = shape.operands()
                let (left, right) = (a.elements, b.elements)
                return {
                    var c = [Float](repeating: 0, count: shape.m * shape.n)
                    for _ in 0..<shape.products {
                        BLAS.sgemm(
                            transposeA: false, transposeB: false, m: shape.m, n: shape.n,
                            k: shape.k, alpha: 1, a: left, lda: shape.k, b: right, ldb: shape.n,
                            beta: 0, c: &c, ldc: shape.n)
                    }
                    return ["flops": shape.flops, "checksum": Double(c[0])]
                }
            }
            let (a, b): (Matrix<Double>, Matrix<Double>) = shape.operands()
            let (left, right) = (a.elements, b.elements)
            return {
                var c = [Double](repeating: 0, count: shape.m * shape.n)
                for _ in 0..<shape.products {
                    BLAS.dgemm(
                        transposeA: false, transposeB: false, m: shape.m, n: shape.n,
                        k: shape.k, alpha: 1, a: left, lda: shape.k, b: right, ldb: shape.n,
                        beta: 0, c: &c, ldc: shape.n)
                }
                return ["flops": shape.flops, "checksum": c[0]]
            }
        }
    }

    /// Seeded operands with entries uniform in [−1, 1).
    func operands<Scalar: MatrixScalar>() -> (Matrix<Scalar>, Matrix<Scalar>) {
        var source = RandomSource(seed: 2024)
        let a = (0..<(m * k)).map { _ in Scalar(source.uniform(-1, 1)) }
        let b = (0..<(k * n)).map { _ in Scalar(source.uniform(-1, 1)) }
        return (Matrix(rows: m, columns: k, elements: a), Matrix(rows: k, columns: n, elements: b))
    }
}
