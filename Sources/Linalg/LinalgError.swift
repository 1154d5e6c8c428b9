// Linalg: the numerical failures that factorisations and samplers report.

/// A numerical failure: the data cannot be factorised or used as given.
///
/// Each case's ``description`` says what failed, with the values involved, and what to do.
public enum LinalgError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Cholesky failed: the leading minor of order `failingMinor` of the `order × order`
    /// matrix is not positive definite.
    case notPositiveDefinite(order: Int, failingMinor: Int)

    /// The linear system's matrix (of order `order`) is singular: LU found an exactly zero
    /// pivot in column `pivot` (counted from 1).
    case singular(order: Int, pivot: Int)

    /// An input to `operation` holds a NaN or an infinity at (`row`, `column`).
    case nonFiniteInput(operation: String, row: Int, column: Int, value: Double)

    /// An iteration of `operation` did not converge within `iterations` steps.
    case noConvergence(operation: String, iterations: Int)

    /// Weights given to a sampler are unusable: `reason` says which and why.
    case invalidWeights(reason: String)

    /// What failed, with the values, and what to do about it.
    public var description: String {
        switch self {
        case .notPositiveDefinite(let order, let minor):
            return "the \(order)×\(order) matrix is not positive definite (its leading minor "
                + "of order \(minor) is not); repair a correlation matrix with "
                + "CorrelationRepair.nearestCorrelation, or add a small multiple of the "
                + "identity to a covariance matrix"
        case .singular(let order, let pivot):
            return "the \(order)×\(order) system is singular (pivot \(pivot) is zero): some "
                + "rows or columns are linearly dependent; remove them or regularise the matrix"
        case .nonFiniteInput(let operation, let row, let column, let value):
            return "\(operation): the input holds \(value) at row \(row), column \(column); "
                + "replace missing or infinite values before factorising"
        case .noConvergence(let operation, let iterations):
            return "\(operation) did not converge in \(iterations) iterations; the input is "
                + "probably badly scaled or nearly degenerate: rescale it or raise the limit"
        case .invalidWeights(let reason):
            return "the sampling weights are unusable: \(reason); give finite, non-negative "
                + "weights with a positive sum"
        }
    }
}
