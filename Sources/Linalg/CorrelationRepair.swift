// Linalg: repairing a correlation matrix that is not positive definite.

/// The outcome of ``CorrelationRepair/nearestCorrelation(to:eigenvalueFloor:tolerance:maximumIterations:)``.
public struct RepairedCorrelation: Sendable, Equatable {
    /// The repaired matrix: symmetric, unit diagonal, eigenvalues at least about the floor.
    public let matrix: Matrix<Double>

    /// How many alternating-projection steps ran (0 when the input needed no repair).
    public let iterations: Int

    /// Whether the projections met the tolerance within the iteration limit. When they did
    /// not, ``matrix`` is still a valid, positive definite correlation matrix, only not the
    /// nearest one to the stated tolerance.
    public let converged: Bool

    /// Whether the input was changed beyond cleaning NaNs and symmetrising.
    public let wasRepaired: Bool
}

/// Repairs correlation matrices so that they can be Cholesky-factorised, as the Gaussian
/// copula needs (correlation of normal scores → repair → Cholesky → sample).
///
/// The nearest correlation matrix in the Frobenius norm is found by alternating projections
/// with Dykstra's correction, following
/// N. J. Higham, "Computing the nearest correlation matrix — a problem from finance",
/// IMA Journal of Numerical Analysis 22 (2002), 329–343 (Algorithm 3.3, unweighted):
///
/// ```
/// ΔS₀ = 0, Y₀ = A
/// repeat: R = Y − ΔS;  X = P_S(R);  ΔS = X − R;  Y = P_U(X)
/// ```
///
/// where `P_S` projects onto positive semidefinite matrices (negative eigenvalues set to 0)
/// and `P_U` sets the diagonal to 1. The limit is only semidefinite, so a last step raises
/// the eigenvalues to a small positive floor and rescales to a unit diagonal.
public enum CorrelationRepair {
    /// The nearest correlation matrix to `matrix`, made positive definite.
    ///
    /// NaN entries (the correlation of a constant column) become 0 off the diagonal; the
    /// diagonal is taken as 1 and the matrix is symmetrised as `(A + Aᵀ) / 2` first. A
    /// matrix that is already Cholesky-factorisable with eigenvalues above the floor is
    /// returned cleaned but otherwise unchanged.
    ///
    /// - Parameters:
    ///   - matrix: a square matrix, meant to be a correlation matrix.
    ///   - eigenvalueFloor: the smallest eigenvalue the result keeps (before the rescaling
    ///     to a unit diagonal, which changes it by a factor close to 1).
    ///   - tolerance: the relative Frobenius change between steps at which to stop.
    ///   - maximumIterations: the limit on projection steps.
    /// - Throws: ``LinalgError/nonFiniteInput(operation:row:column:value:)`` for an infinity;
    ///   errors of ``Matrix/symmetricEigen()`` when LAPACK fails.
    /// - Complexity: O(n³) per iteration.
    public static func nearestCorrelation(
        to matrix: Matrix<Double>, eigenvalueFloor: Double = 1e-8, tolerance: Double = 1e-10,
        maximumIterations: Int = 2000
    ) throws(LinalgError) -> RepairedCorrelation {
        precondition(matrix.isSquare, "a correlation matrix is square, not \(matrix.rows)×\(matrix.columns)")
        precondition(eigenvalueFloor >= 0 && eigenvalueFloor < 1, "floor \(eigenvalueFloor)")
        let cleaned = try cleanedCorrelation(matrix)
        let smallest = try cleaned.symmetricEigen().eigenvalues.first ?? 1
        if smallest >= eigenvalueFloor, (try? cleaned.cholesky()) != nil {
            return RepairedCorrelation(
                matrix: cleaned, iterations: 0, converged: true, wasRepaired: false)
        }

        let (projected, iterations, converged) = try project(
            cleaned, tolerance: tolerance, maximumIterations: maximumIterations)
        let repaired = try raisedToFloor(projected, floor: eigenvalueFloor)
        return RepairedCorrelation(
            matrix: repaired, iterations: iterations, converged: converged, wasRepaired: true)
    }

    /// The lower Cholesky factor of `matrix` after repair, if it needs one.
    ///
    /// Tries the cleaned matrix first; on failure repairs it with
    /// ``nearestCorrelation(to:eigenvalueFloor:tolerance:maximumIterations:)`` and, should
    /// rounding still defeat the factorisation, retries with a floor ten times higher (up
    /// to 1e-4).
    ///
    /// - Throws: as ``nearestCorrelation(to:eigenvalueFloor:tolerance:maximumIterations:)``,
    ///   or ``LinalgError/notPositiveDefinite(order:failingMinor:)`` if every floor fails.
    public static func choleskyFactor(
        ofCorrelation matrix: Matrix<Double>, eigenvalueFloor: Double = 1e-8
    ) throws(LinalgError) -> Matrix<Double> {
        try choleskyFactorisable(matrix, eigenvalueFloor: eigenvalueFloor).factor
    }

    /// A correlation matrix close to `matrix` together with its lower Cholesky factor.
    ///
    /// - Throws: as ``choleskyFactor(ofCorrelation:eigenvalueFloor:)``.
    public static func choleskyFactorisable(
        _ matrix: Matrix<Double>, eigenvalueFloor: Double = 1e-8
    ) throws(LinalgError) -> (correlation: Matrix<Double>, factor: Matrix<Double>) {
        var floor = eigenvalueFloor
        var lastError = LinalgError.notPositiveDefinite(order: matrix.rows, failingMinor: 1)
        while floor <= 1e-4 {
            let repaired = try nearestCorrelation(to: matrix, eigenvalueFloor: floor).matrix
            do {
                return (repaired, try repaired.cholesky())
            } catch {
                lastError = error
            }
            floor = max(floor * 10, 1e-12)
        }
        throw lastError
    }

    /// Symmetrised, NaN-free, unit-diagonal copy; throws for infinities.
    static func cleanedCorrelation(_ matrix: Matrix<Double>) throws(LinalgError) -> Matrix<Double> {
        let order = matrix.rows
        var cleaned = matrix
        for row in 0..<order {
            for column in 0..<order where matrix[row, column].isInfinite {
                throw .nonFiniteInput(
                    operation: "nearest correlation", row: row, column: column,
                    value: matrix[row, column])
            }
        }
        cleaned.withUnsafeMutableBufferPointer { buffer in
            for row in 0..<order {
                buffer[row * order + row] = 1
                for column in 0..<row {
                    let upper = buffer[row * order + column]
                    let lower = buffer[column * order + row]
                    let mean = 0.5 * ((upper.isNaN ? 0 : upper) + (lower.isNaN ? 0 : lower))
                    buffer[row * order + column] = mean
                    buffer[column * order + row] = mean
                }
            }
        }
        return cleaned
    }

    /// Higham's alternating projections with Dykstra's correction; returns the last `Y`.
    static func project(
        _ start: Matrix<Double>, tolerance: Double, maximumIterations: Int
    ) throws(LinalgError) -> (Matrix<Double>, Int, Bool) {
        let order = start.rows
        var y = start
        var x = start
        var correction = Matrix<Double>(rows: order, columns: order)

        for iteration in 1...max(1, maximumIterations) {
            let r = difference(y, correction)
            let previousX = x
            let previousY = y
            x = try clippedEigenvalues(r, floor: 0)
            correction = difference(x, r)
            y = x
            y.withUnsafeMutableBufferPointer { buffer in
                for index in 0..<order { buffer[index * order + index] = 1 }
            }

            let scale = max(y.frobeniusNorm, 1)
            let change = max(
                difference(x, previousX).frobeniusNorm, difference(y, previousY).frobeniusNorm,
                difference(y, x).frobeniusNorm)
            if change <= tolerance * scale { return (y, iteration, true) }
        }
        return (y, maximumIterations, false)
    }

    /// `V · diag(max(λ, floor)) · Vᵀ`, rescaled to a unit diagonal.
    static func raisedToFloor(
        _ matrix: Matrix<Double>, floor: Double
    ) throws(LinalgError) -> Matrix<Double> {
        let order = matrix.rows
        var raised = try clippedEigenvalues(matrix, floor: floor)
        let scales = raised.diagonal.map { 1 / $0.squareRoot() }
        raised.withUnsafeMutableBufferPointer { buffer in
            for row in 0..<order {
                for column in 0..<order {
                    buffer[row * order + column] *= scales[row] * scales[column]
                }
                buffer[row * order + row] = 1
            }
        }
        return symmetrised(raised)
    }

    /// `V · diag(max(λ, floor)) · Vᵀ`, symmetrised against rounding.
    static func clippedEigenvalues(
        _ matrix: Matrix<Double>, floor: Double
    ) throws(LinalgError) -> Matrix<Double> {
        let decomposition = try matrix.symmetricEigen()
        let values = decomposition.eigenvalues.map { max($0, floor) }
        return symmetrised(decomposition.reconstructed(withEigenvalues: values))
    }

    static func difference(_ lhs: Matrix<Double>, _ rhs: Matrix<Double>) -> Matrix<Double> {
        var result = lhs
        rhs.withUnsafeBufferPointer { right in
            result.withUnsafeMutableBufferPointer { left in
                for index in left.indices { left[index] -= right[index] }
            }
        }
        return result
    }

    static func symmetrised(_ matrix: Matrix<Double>) -> Matrix<Double> {
        let order = matrix.rows
        var result = matrix
        result.withUnsafeMutableBufferPointer { buffer in
            for row in 0..<order {
                for column in 0..<row {
                    let mean = 0.5 * (buffer[row * order + column] + buffer[column * order + row])
                    buffer[row * order + column] = mean
                    buffer[column * order + row] = mean
                }
            }
        }
        return result
    }
}
