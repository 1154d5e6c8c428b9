// LinalgTests: the nearest correlation matrix (Higham 2002) and Cholesky-safe repair.

import Linalg
import TestSupport
import Testing

@Suite("Correlation repair")
struct CorrelationRepairTests {
    /// Higham's 3×3 example, which has eigenvalues 1 − √2, 1 and 1 + √2.
    let higham = Matrix<Double>([[1, 1, 0], [1, 1, 1], [0, 1, 1]])

    @Test func highamsExampleMatchesThePublishedAnswer() throws {
        let result = try CorrelationRepair.nearestCorrelation(to: higham)
        // Higham (2002), section 4: X ≈ [1 .7607 .1573; .7607 1 .7607; .1573 .7607 1]; the
        // paper prints four decimals, so the tolerance is 1e-4.
        let published = Matrix<Double>(
            [[1, 0.7607, 0.1573], [0.7607, 1, 0.7607], [0.1573, 0.7607, 1]])
        #expect(result.matrix.maximumAbsoluteDifference(from: published) < 1e-4)
        #expect(result.converged)
        #expect(result.wasRepaired)
        try expectValidCorrelation(result.matrix)
    }

    @Test func repairIsCloserThanNaiveClipping() throws {
        let repaired = try CorrelationRepair.nearestCorrelation(to: higham).matrix
        let naive = try naiveClipping(higham)
        let repairedDistance = difference(repaired, higham)
        let naiveDistance = difference(naive, higham)
        // Published distance 0.5278 (and 0.5376 for clipping, computed with numpy).
        #expect(isClose(repairedDistance, 0.52779, absolute: 1e-4))
        #expect(repairedDistance < naiveDistance - 0.005)
    }

    @Test func positiveDefiniteInputIsReturnedUnchanged() throws {
        let input = Matrix<Double>([[1, 0.3], [0.3, 1]])
        let result = try CorrelationRepair.nearestCorrelation(to: input)
        #expect(result.matrix == input)
        #expect(!result.wasRepaired)
        #expect(result.iterations == 0)
    }

    @Test func nanFromConstantColumnsBecomesUncorrelated() throws {
        let input = Matrix<Double>([[1, .nan, 0.5], [.nan, .nan, .nan], [0.5, .nan, 1]])
        let result = try CorrelationRepair.nearestCorrelation(to: input)
        #expect(result.matrix == Matrix([[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]]))
    }

    @Test func infinityIsAThrownError() {
        let input = Matrix<Double>([[1, .infinity], [.infinity, 1]])
        #expect(throws: LinalgError.nonFiniteInput(
            operation: "nearest correlation", row: 0, column: 1, value: .infinity)) {
            try CorrelationRepair.nearestCorrelation(to: input)
        }
    }

    @Test(arguments: [1, 2, 4, 12])
    func choleskyFactorOfARankDeficientCorrelation(order: Int) throws {
        // Every pair perfectly correlated: rank 1, singular for order ≥ 2.
        let ones = Matrix<Double>(rows: order, columns: order, repeating: 1)
        let (correlation, factor) = try CorrelationRepair.choleskyFactorisable(ones)
        try expectValidCorrelation(correlation)
        let rebuilt = Matrix.gemm(factor, factor, transposeB: true)
        #expect(rebuilt.maximumAbsoluteDifference(from: correlation) < 1e-12)
        // Nearly perfectly correlated still: repairs move entries by at most ~floor.
        #expect(correlation.maximumAbsoluteDifference(from: ones) < 1e-6)
    }

    @Test func inconsistentCorrelationsAreRepairedForCholesky() throws {
        // a ~ b, b ~ c strongly, but a and c anti-correlated: not positive semidefinite.
        let input = Matrix<Double>([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])
        #expect(throws: LinalgError.self) { try input.cholesky() }
        let factor = try CorrelationRepair.choleskyFactor(ofCorrelation: input)
        #expect(factor.rows == 3)
        #expect(factor[0, 1] == 0 && factor[0, 2] == 0 && factor[1, 2] == 0)
    }

    private func expectValidCorrelation(_ matrix: Matrix<Double>) throws {
        #expect(matrix.diagonal.allSatisfy { $0 == 1 })
        #expect(matrix == matrix.transposed())
        let smallest = try #require(try matrix.symmetricEigen().eigenvalues.first)
        #expect(smallest > 0)
        #expect((try? matrix.cholesky()) != nil)
    }

    private func naiveClipping(_ matrix: Matrix<Double>) throws -> Matrix<Double> {
        let decomposition = try matrix.symmetricEigen()
        let clipped = decomposition.reconstructed(
            withEigenvalues: decomposition.eigenvalues.map { max($0, 1e-8) })
        let scales = clipped.diagonal.map { 1 / $0.squareRoot() }
        var result = clipped
        for row in 0..<matrix.rows {
            for column in 0..<matrix.columns {
                result[row, column] *= scales[row] * scales[column]
            }
        }
        return result
    }

    private func difference(_ lhs: Matrix<Double>, _ rhs: Matrix<Double>) -> Double {
        zip(lhs.elements, rhs.elements).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            .squareRoot()
    }
}
