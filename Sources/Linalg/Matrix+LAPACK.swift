// Linalg: Cholesky, symmetric eigendecomposition and linear solves through LAPACKE.

/// The eigenvalues and eigenvectors of a symmetric matrix, `A = V · diag(λ) · Vᵀ`.
public struct SymmetricEigendecomposition: Sendable, Equatable {
    /// The eigenvalues in ascending order.
    public let eigenvalues: [Double]

    /// The orthonormal eigenvectors as columns: column `j` belongs to `eigenvalues[j]`.
    public let eigenvectors: Matrix<Double>

    /// Rebuilds `V · diag(values) · Vᵀ` with other eigenvalues (the same ones give `A` back).
    ///
    /// - Precondition: `values.count` equals the order.
    public func reconstructed(withEigenvalues values: [Double]) -> Matrix<Double> {
        let order = eigenvectors.rows
        precondition(values.count == order, "\(values.count) eigenvalues for order \(order)")
        var scaled = eigenvectors
        scaled.withUnsafeMutableBufferPointer { buffer in
            for row in 0..<order {
                for column in 0..<order { buffer[row * order + column] *= values[column] }
            }
        }
        return Matrix.gemm(scaled, eigenvectors, transposeB: true)
    }
}

extension Matrix where Scalar == Double {
    /// The lower-triangular Cholesky factor `L` with `A = L · Lᵀ` (zeros above the diagonal).
    ///
    /// Reads only the lower triangle of `A`.
    ///
    /// - Throws: ``LinalgError/nonFiniteInput(operation:row:column:value:)`` for a NaN or an
    ///   infinity; ``LinalgError/notPositiveDefinite(order:failingMinor:)`` with the order of
    ///   the first leading minor that is not positive definite.
    /// - Precondition: the matrix is square.
    /// - Complexity: n³/3 floating-point operations, in LAPACK (`dpotrf`).
    public func cholesky() throws(LinalgError) -> Matrix<Double> {
        precondition(isSquare, "Cholesky needs a square matrix, not \(rows)×\(columns)")
        try checkFinite(operation: "Cholesky", lowerOnly: true)
        guard rows > 0 else { return self }

        var factor = self
        let order = rows
        let info = factor.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            let info = BLAS.dpotrf(n: order, a: base, lda: order)
            for row in 0..<order {
                for column in (row + 1)..<order { base[row * order + column] = 0 }
            }
            return info
        }

        guard info == 0 else {
            throw .notPositiveDefinite(order: order, failingMinor: info)
        }
        return factor
    }

    /// The eigenvalues (ascending) and orthonormal eigenvectors of a symmetric matrix.
    ///
    /// Reads only the upper triangle of `A`. Uses divide and conquer (`dsyevd`).
    ///
    /// - Throws: ``LinalgError/nonFiniteInput(operation:row:column:value:)`` for a NaN or an
    ///   infinity; ``LinalgError/noConvergence(operation:iterations:)`` when LAPACK fails.
    /// - Precondition: the matrix is square.
    /// - Complexity: O(n³).
    public func symmetricEigen() throws(LinalgError) -> SymmetricEigendecomposition {
        precondition(isSquare, "eigendecomposition needs a square matrix, not \(rows)×\(columns)")
        try checkFinite(operation: "symmetric eigendecomposition", lowerOnly: false)
        let order = rows
        guard order > 0 else {
            return SymmetricEigendecomposition(eigenvalues: [], eigenvectors: self)
        }

        var vectors = self
        var values = [Double](repeating: 0, count: order)
        let info = vectors.withUnsafeMutableBufferPointer { buffer -> Int in
            values.withUnsafeMutableBufferPointer { valueBuffer -> Int in
                guard let base = buffer.baseAddress, let valueBase = valueBuffer.baseAddress
                else { return 0 }
                return BLAS.dsyevd(n: order, a: base, lda: order, w: valueBase)
            }
        }

        guard info == 0 else {
            throw .noConvergence(operation: "symmetric eigendecomposition (dsyevd)", iterations: 0)
        }
        return SymmetricEigendecomposition(eigenvalues: values, eigenvectors: vectors)
    }

    /// The solution `X` of `A · X = B` for a square `A`, one column of `X` per column of `B`.
    ///
    /// - Throws: ``LinalgError/nonFiniteInput(operation:row:column:value:)`` for a NaN or an
    ///   infinity in `A` or `B`; ``LinalgError/singular(order:pivot:)`` when `A` is singular.
    /// - Precondition: `A` is square and `B` has as many rows.
    /// - Complexity: 2n³/3 + 2n²·m floating-point operations (LU with partial pivoting).
    public func solve(_ rightHandSides: Matrix<Double>) throws(LinalgError) -> Matrix<Double> {
        precondition(isSquare, "solve needs a square matrix, not \(rows)×\(columns)")
        precondition(
            rightHandSides.rows == rows,
            "solve: A is \(rows)×\(columns) but B is \(rightHandSides.rows)×\(rightHandSides.columns)")
        try checkFinite(operation: "linear solve (matrix)", lowerOnly: false)
        try rightHandSides.checkFinite(operation: "linear solve (right-hand side)", lowerOnly: false)
        guard rows > 0 && rightHandSides.columns > 0 else { return rightHandSides }

        var factors = self
        var solution = rightHandSides
        let (order, count) = (rows, rightHandSides.columns)
        let info = factors.withUnsafeMutableBufferPointer { aBuffer -> Int in
            solution.withUnsafeMutableBufferPointer { bBuffer -> Int in
                guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress
                else { return 0 }
                return BLAS.dgesv(n: order, nrhs: count, a: aBase, lda: order, b: bBase, ldb: count)
            }
        }

        guard info == 0 else { throw .singular(order: order, pivot: info) }
        return solution
    }

    /// The solution `x` of `A · x = b` for a square `A`.
    ///
    /// - Throws: as ``solve(_:)-(Matrix<Double>)``.
    public func solve(_ rightHandSide: [Double]) throws(LinalgError) -> [Double] {
        try solve(Matrix(rows: rightHandSide.count, columns: 1, elements: rightHandSide)).elements
    }

    /// Throws for the first NaN or infinity (in the lower triangle only, if asked).
    func checkFinite(operation: String, lowerOnly: Bool) throws(LinalgError) {
        let width = columns
        let found: (Int, Int, Double)? = withUnsafeBufferPointer { buffer in
            for (index, value) in buffer.enumerated() where !value.isFinite {
                let (row, column) = (index / width, index % width)
                if !lowerOnly || column <= row { return (row, column, value) }
            }
            return nil
        }
        if let (row, column, value) = found {
            throw .nonFiniteInput(operation: operation, row: row, column: column, value: value)
        }
    }
}
