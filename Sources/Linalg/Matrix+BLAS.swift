// Linalg: matrix products through OpenBLAS (gemm, gemv, syrk) and the `*` operator.

extension Matrix {
    /// `C ← alpha · op(A) · op(B) + beta · C`, the general matrix product, in place.
    ///
    /// `op(X)` is `Xᵀ` when the matching `transpose…` flag is set, else `X`.
    ///
    /// - Parameters:
    ///   - a: the left factor; `op(a)` is `m × k`.
    ///   - b: the right factor; `op(b)` is `k × n`.
    ///   - c: the `m × n` accumulator, read when `beta` is not zero.
    /// - Precondition: the shapes agree.
    /// - Complexity: 2·m·n·k floating-point operations, in OpenBLAS.
    public static func gemm(
        _ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false,
        alpha: Scalar = 1, beta: Scalar = 0, into c: inout Matrix
    ) {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kB, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
        precondition(
            k == kB && c.rows == m && c.columns == n,
            "gemm shapes: op(A) \(m)×\(k), op(B) \(kB)×\(n), C \(c.rows)×\(c.columns)")
        guard m > 0 && n > 0 else { return }

        a.withUnsafeBufferPointer { aBuffer in
            b.withUnsafeBufferPointer { bBuffer in
                c.withUnsafeMutableBufferPointer { cBuffer in
                    guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress,
                        let cBase = cBuffer.baseAddress
                    else { return }
                    Kernels<Scalar>.gemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                        alpha: alpha, a: aBase, lda: max(1, a.columns), b: bBase,
                        ldb: max(1, b.columns), beta: beta, c: cBase, ldc: n)
                }
            }
        }
    }

    /// `alpha · op(A) · op(B)` as a new matrix.
    ///
    /// - Precondition: the inner dimensions agree.
    /// - Complexity: 2·m·n·k floating-point operations, in OpenBLAS.
    public static func gemm(
        _ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false,
        alpha: Scalar = 1
    ) -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let n = transposeB ? b.rows : b.columns
        var c = Matrix(rows: m, columns: n)
        gemm(a, b, transposeA: transposeA, transposeB: transposeB, alpha: alpha, into: &c)
        return c
    }

    /// The matrix product `lhs · rhs`.
    ///
    /// - Precondition: `lhs.columns == rhs.rows`.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        gemm(lhs, rhs)
    }

    /// `y ← alpha · op(A) · x + beta · y`, the matrix-vector product, in place.
    ///
    /// - Precondition: `x` has as many elements as `op(a)` has columns, `y` as it has rows.
    public static func gemv(
        _ a: Matrix, _ x: [Scalar], transpose: Bool = false, alpha: Scalar = 1,
        beta: Scalar = 0, into y: inout [Scalar]
    ) {
        let (outputs, inputs) = transpose ? (a.columns, a.rows) : (a.rows, a.columns)
        precondition(
            x.count == inputs && y.count == outputs,
            "gemv shapes: op(A) \(outputs)×\(inputs), x \(x.count), y \(y.count)")
        guard outputs > 0 else { return }
        guard inputs > 0 else {
            for index in y.indices { y[index] *= beta }
            return
        }

        a.withUnsafeBufferPointer { aBuffer in
            x.withUnsafeBufferPointer { xBuffer in
                y.withUnsafeMutableBufferPointer { yBuffer in
                    guard let aBase = aBuffer.baseAddress, let xBase = xBuffer.baseAddress,
                        let yBase = yBuffer.baseAddress
                    else { return }
                    Kernels<Scalar>.gemv(
                        transpose: transpose, m: a.rows, n: a.columns, alpha: alpha, a: aBase,
                        lda: max(1, a.columns), x: xBase, beta: beta, y: yBase)
                }
            }
        }
    }

    /// `alpha · op(A) · x` as a new vector.
    public static func gemv(
        _ a: Matrix, _ x: [Scalar], transpose: Bool = false, alpha: Scalar = 1
    ) -> [Scalar] {
        var y = [Scalar](repeating: 0, count: transpose ? a.columns : a.rows)
        gemv(a, x, transpose: transpose, alpha: alpha, into: &y)
        return y
    }

    /// The matrix-vector product `lhs · rhs`.
    ///
    /// - Precondition: `rhs.count == lhs.columns`.
    public static func * (lhs: Matrix, rhs: [Scalar]) -> [Scalar] {
        gemv(lhs, rhs)
    }

    /// The symmetric product `alpha · A · Aᵀ` (or `alpha · Aᵀ · A` with `transpose`), with
    /// both triangles filled.
    ///
    /// `Aᵀ · A` of a centred data matrix is its scatter matrix; this costs half a gemm.
    ///
    /// - Complexity: n²·k floating-point operations in OpenBLAS, plus O(n²) to mirror.
    public static func syrk(_ a: Matrix, transpose: Bool = false, alpha: Scalar = 1) -> Matrix {
        let (n, k) = transpose ? (a.columns, a.rows) : (a.rows, a.columns)
        var c = Matrix(rows: n, columns: n)
        guard n > 0 && k > 0 else { return c }

        a.withUnsafeBufferPointer { aBuffer in
            c.withUnsafeMutableBufferPointer { cBuffer in
                guard let aBase = aBuffer.baseAddress, let cBase = cBuffer.baseAddress else {
                    return
                }
                Kernels<Scalar>.syrk(
                    transpose: transpose, n: n, k: k, alpha: alpha, a: aBase,
                    lda: max(1, a.columns), beta: 0, c: cBase, ldc: n)
                for row in 0..<n {
                    for column in 0..<row { cBase[row * n + column] = cBase[column * n + row] }
                }
            }
        }
        return c
    }
}
