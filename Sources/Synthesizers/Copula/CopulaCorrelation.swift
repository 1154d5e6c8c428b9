// Synthesizers: the copula's correlation: estimate from normal scores, repair, factor, apply.

import Linalg

/// The correlation steps of the Gaussian copula, over OpenBLAS through the Linalg module.
enum CopulaCorrelation {
    /// The Pearson correlation of the columns, consuming them to bound memory.
    ///
    /// Each column is centred and scaled to unit norm into one d × n matrix A, and the
    /// correlation is `A · Aᵀ` (a `syrk`). A zero-variance column correlates 0 with the others
    /// and 1 with itself (the reference puts 0 on its diagonal; 1 keeps the matrix definite
    /// and changes no sample, since that column's marginal is constant).
    ///
    /// - Complexity: O(n · d²) in BLAS.
    static func correlation(of columns: inout [[Double]], rows: Int) -> Matrix<Double> {
        let size = columns.count
        var scaled = Matrix<Double>(rows: size, columns: rows)
        scaled.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<size {
                let column = columns[index]
                let mean = column.isEmpty ? 0 : column.reduce(0, +) / Double(column.count)
                var squares = 0.0
                for value in column { squares += (value - mean) * (value - mean) }
                let scale = squares > 0 ? 1 / squares.squareRoot() : 0
                for (row, value) in column.enumerated() {
                    buffer[index * rows + row] = (value - mean) * scale
                }
                columns[index] = []
            }
        }
        var matrix = Matrix<Double>.syrk(scaled)
        for row in 0..<size {
            for column in 0..<size {
                let value = matrix[row, column]
                matrix[row, column] =
                    row == column ? 1 : value.isFinite ? min(1, max(-1, value)) : 0
            }
        }
        return matrix
    }

    /// The matrix repaired to a positive-definite correlation when needed (Higham's nearest
    /// correlation through the Linalg module) and its lower Cholesky factor.
    ///
    /// - Throws: ``SynthesizerError/modelFailure(_:)`` when no repair factors.
    static func factored(
        _ matrix: Matrix<Double>
    ) throws(SynthesizerError) -> (correlation: Matrix<Double>, factor: Matrix<Double>) {
        if matrix.rows == 0 { return (matrix, matrix) }
        do {
            return try CorrelationRepair.choleskyFactorisable(matrix)
        } catch {
            throw .modelFailure("the correlation of the normal scores cannot be factored: \(error)")
        }
    }

    /// `rows` draws of N(0, L·Lᵀ) as a d × rows matrix: standard normals multiplied by L.
    static func correlatedNormals(
        factor: Matrix<Double>, rows: Int, random: inout RandomSource
    ) -> Matrix<Double> {
        let size = factor.rows
        let normals = (0..<size * rows).map { _ in random.standardNormal() }
        let independent = Matrix(rows: size, columns: rows, elements: normals)
        return Matrix.gemm(factor, independent)
    }
}
