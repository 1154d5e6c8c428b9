// Linalg: elementwise sums, differences and scaling of matrices.

extension Matrix {
    /// The elementwise sum.
    ///
    /// - Precondition: the shapes are equal.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        combined(lhs, rhs, operation: "+") { $0 + $1 }
    }

    /// The elementwise difference.
    ///
    /// - Precondition: the shapes are equal.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        combined(lhs, rhs, operation: "-") { $0 - $1 }
    }

    /// Every element multiplied by `scale`.
    public static func * (scale: Scalar, matrix: Matrix) -> Matrix {
        matrix.map { scale * $0 }
    }

    /// Adds `rhs` to `lhs` elementwise, in place.
    ///
    /// - Precondition: the shapes are equal.
    public static func += (lhs: inout Matrix, rhs: Matrix) {
        precondition(
            lhs.rows == rhs.rows && lhs.columns == rhs.columns,
            "cannot add a \(rhs.rows)×\(rhs.columns) matrix to a \(lhs.rows)×\(lhs.columns) one")
        rhs.withUnsafeBufferPointer { source in
            lhs.withUnsafeMutableBufferPointer { target in
                for index in target.indices { target[index] += source[index] }
            }
        }
    }

    private static func combined(
        _ lhs: Matrix, _ rhs: Matrix, operation: String, _ combine: (Scalar, Scalar) -> Scalar
    ) -> Matrix {
        precondition(
            lhs.rows == rhs.rows && lhs.columns == rhs.columns,
            "shapes \(lhs.rows)×\(lhs.columns) \(operation) \(rhs.rows)×\(rhs.columns) differ")
        var result = lhs
        rhs.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                for index in target.indices {
                    target[index] = combine(target[index], source[index])
                }
            }
        }
        return result
    }
}
