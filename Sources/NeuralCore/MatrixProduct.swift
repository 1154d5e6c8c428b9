// NeuralCore: the matrix product kernel, split into blocks of rows or columns across threads.

import Linalg

/// One `C ← op(A) · op(B) + β · C` (plus an optional bias row added to every row of `C`),
/// computed by BLAS `sgemm`, cut into blocks of `C` that run on ``ComputeThreads/count``
/// threads when the product is large.
///
/// Every value of `C` is the same dot product over the whole inner dimension whichever block
/// it falls in, so the split changes nothing in the result; OpenBLAS is held to one thread
/// per call meanwhile. The dimension cut is the longer of `m` and `n`: each block then
/// re-packs the smaller operand only.
struct MatrixProduct {
    let transposeLeft: Bool
    let transposeRight: Bool
    let m: Int
    let n: Int
    let k: Int

    /// Multiply-adds per block below which one thread is faster than waking another.
    static let grain = 1 << 21

    /// Computes the product into `c` (leading dimension `n`); with `bias` (`n` values), `C`
    /// starts as the bias in every row instead of being scaled by `beta`.
    func run(
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>?
    ) {
        let parts = Parallel.partCount(m * n * k, grain: Self.grain)
        BLASThreads.single {
            Parallel.forEach(parts: parts) { part in
                if m >= n {
                    let rows = Parallel.range(part, of: parts, count: m, alignment: 32)
                    block(rows: rows, columns: 0..<n, a, lda, b, ldb, beta, c, bias)
                } else {
                    let columns = Parallel.range(part, of: parts, count: n, alignment: 32)
                    block(rows: 0..<m, columns: columns, a, lda, b, ldb, beta, c, bias)
                }
            }
        }
    }

    private func block(
        rows: Range<Int>, columns: Range<Int>, _ a: UnsafePointer<Float>, _ lda: Int,
        _ b: UnsafePointer<Float>, _ ldb: Int, _ beta: Float, _ c: UnsafeMutablePointer<Float>,
        _ bias: UnsafePointer<Float>?
    ) {
        guard !rows.isEmpty && !columns.isEmpty else { return }
        let target = c + rows.lowerBound * n + columns.lowerBound
        var scale = beta
        if let bias {
            for row in 0..<rows.count {
                (target + row * n).update(from: bias + columns.lowerBound, count: columns.count)
            }
            scale = 1
        }
        if k == 0 {
            if scale == 0 {
                for row in 0..<rows.count {
                    (target + row * n).update(repeating: 0, count: columns.count)
                }
            }
            return
        }
        let left = transposeLeft ? a + rows.lowerBound : a + rows.lowerBound * lda
        let right = transposeRight ? b + columns.lowerBound * ldb : b + columns.lowerBound
        BLAS.sgemm(
            transposeA: transposeLeft, transposeB: transposeRight, m: rows.count,
            n: columns.count, k: k, alpha: 1, a: left, lda: lda, b: right, ldb: ldb,
            beta: scale, c: target, ldc: n)
    }
}

/// Keeps OpenBLAS to one thread per call while NeuralCore runs its own threads.
///
/// Known shortcoming: OpenBLAS's thread count is global to the process, so a Linalg product
/// running on another thread at the same moment also runs single-threaded (it stays correct).
/// NeuralCore itself is meant to be driven from one thread at a time.
enum BLASThreads {
    /// Runs `body` with OpenBLAS single-threaded, then restores its thread count.
    static func single(_ body: () -> Void) {
        let previous = BLAS.threadCount
        if previous > 1 { BLAS.setThreadCount(1) }
        body()
        if previous > 1 { BLAS.setThreadCount(previous) }
    }
}
