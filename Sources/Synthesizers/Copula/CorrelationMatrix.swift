// Synthesizers: the copula's correlation matrix: estimate, repair to positive definite, factor.

import Foundation

/// A symmetric matrix in row-major order, with the few dense operations the copula needs.
///
/// Small and internal (the copula's matrices are d × d with d the number of model columns);
/// written here while the Linalg module's Matrix is not yet on this branch.
struct SymmetricMatrix: Sendable, Equatable {
    let size: Int
    var entries: [Double]

    init(size: Int, entries: [Double]) {
        precondition(entries.count == size * size, "SymmetricMatrix: \(entries.count) entries for \(size)")
        self.size = size
        self.entries = entries
    }

    static func identity(_ size: Int) -> SymmetricMatrix {
        var entries = [Double](repeating: 0, count: size * size)
        for index in 0..<size { entries[index * size + index] = 1 }
        return SymmetricMatrix(size: size, entries: entries)
    }

    subscript(row: Int, column: Int) -> Double {
        get { entries[row * size + column] }
        set { entries[row * size + column] = newValue }
    }

    /// The Pearson correlation of columns; a zero-variance column correlates 0 with the others
    /// and 1 with itself (the reference puts 0 on its diagonal; 1 keeps the matrix definite and
    /// changes no sample, since that column's marginal is constant).
    ///
    /// - Complexity: O(n · d²).
    static func correlation(of columns: [[Double]]) -> SymmetricMatrix {
        let size = columns.count
        var matrix = identity(size)
        let centered = columns.map { column -> [Double] in
            let mean = column.isEmpty ? 0 : column.reduce(0, +) / Double(column.count)
            return column.map { $0 - mean }
        }
        let norms = centered.map { column in column.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        for row in 0..<size {
            for column in 0..<row {
                var dot = 0.0
                centered[row].withUnsafeBufferPointer { left in
                    centered[column].withUnsafeBufferPointer { right in
                        for index in 0..<left.count { dot += left[index] * right[index] }
                    }
                }
                let denominator = norms[row] * norms[column]
                var value = denominator > 0 ? dot / denominator : 0
                if !value.isFinite { value = 0 }
                value = min(1, max(-1, value))
                matrix[row, column] = value
                matrix[column, row] = value
            }
        }
        return matrix
    }

    /// The lower Cholesky factor (row-major), or `nil` when the matrix is not positive definite.
    func cholesky() -> [Double]? {
        var lower = [Double](repeating: 0, count: size * size)
        for row in 0..<size {
            for column in 0...row {
                var sum = self[row, column]
                for inner in 0..<column {
                    sum -= lower[row * size + inner] * lower[column * size + inner]
                }
                if row == column {
                    guard sum > 1e-12, sum.isFinite else { return nil }
                    lower[row * size + row] = sum.squareRoot()
                } else {
                    lower[row * size + column] = sum / lower[column * size + column]
                }
            }
        }
        return lower
    }

    /// The nearest correlation matrix in the sense of clipped eigenvalues: alternately set
    /// eigenvalues below `floor` to `floor` and rescale to a unit diagonal, up to 20 times
    /// (a simplified Higham projection). Test case from the reference:
    /// [[1, .9, .9], [.9, 1, −.9], [.9, −.9, 1]] becomes positive definite.
    func repaired(floor: Double = 1e-6) -> SymmetricMatrix {
        var matrix = self
        for _ in 0..<20 {
            let (values, vectors) = matrix.eigen()
            if values.allSatisfy({ $0 >= floor }) { break }
            let clipped = values.map { max($0, floor) }
            var rebuilt = [Double](repeating: 0, count: size * size)
            for row in 0..<size {
                for column in 0..<size {
                    var sum = 0.0
                    for k in 0..<size {
                        sum += vectors[row * size + k] * clipped[k] * vectors[column * size + k]
                    }
                    rebuilt[row * size + column] = sum
                }
            }
            var next = SymmetricMatrix(size: size, entries: rebuilt)
            for row in 0..<size {
                for column in 0..<size {
                    let scale = (rebuilt[row * size + row] * rebuilt[column * size + column])
                        .squareRoot()
                    next[row, column] = scale > 0 ? rebuilt[row * size + column] / scale : 0
                }
            }
            matrix = next
        }
        return matrix
    }

    /// Eigenvalues and eigenvectors (columns of the row-major result) by cyclic Jacobi sweeps.
    func eigen() -> (values: [Double], vectors: [Double]) {
        var a = entries
        var v = SymmetricMatrix.identity(size).entries
        for _ in 0..<100 {
            var off = 0.0
            for row in 0..<size {
                for column in 0..<size where row != column { off += a[row * size + column] * a[row * size + column] }
            }
            if off < 1e-22 { break }
            for p in 0..<size {
                for q in (p + 1)..<max(p + 1, size) {
                    rotate(&a, &v, p, q)
                }
            }
        }
        return ((0..<size).map { a[$0 * size + $0] }, v)
    }

    private func rotate(_ a: inout [Double], _ v: inout [Double], _ p: Int, _ q: Int) {
        let apq = a[p * size + q]
        guard abs(apq) > 1e-300 else { return }
        let theta = (a[q * size + q] - a[p * size + p]) / (2 * apq)
        let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<size {
            let akp = a[k * size + p]
            let akq = a[k * size + q]
            a[k * size + p] = c * akp - s * akq
            a[k * size + q] = s * akp + c * akq
        }
        for k in 0..<size {
            let apk = a[p * size + k]
            let aqk = a[q * size + k]
            a[p * size + k] = c * apk - s * aqk
            a[q * size + k] = s * apk + c * aqk
        }
        for k in 0..<size {
            let vkp = v[k * size + p]
            let vkq = v[k * size + q]
            v[k * size + p] = c * vkp - s * vkq
            v[k * size + q] = s * vkp + c * vkq
        }
    }
}
