// LinalgTests: Cholesky, symmetric eigendecomposition and linear solves through LAPACK.

import Linalg
import TestSupport
import Testing

@Suite("LAPACK factorisations")
struct FactorisationTests {
    /// A symmetric positive definite matrix: B·Bᵀ + n·I for a fixed B.
    private func positiveDefinite(_ order: Int) -> Matrix<Double> {
        let b = Matrix<Double>(
            rows: order, columns: order,
            elements: (0..<(order * order)).map { Double(($0 * 7) % 5) - 2 })
        var result = Matrix.syrk(b)
        for index in 0..<order { result[index, index] += Double(order) }
        return result
    }

    @Test func choleskyOfAKnownMatrix() throws {
        // The textbook example: A = L·Lᵀ with L = [2 0 0; 6 1 0; −8 5 3].
        let a = Matrix<Double>([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let factor = try a.cholesky()
        #expect(factor == Matrix([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]))
    }

    @Test(arguments: [1, 2, 5, 40])
    func choleskyReproducesTheMatrix(order: Int) throws {
        let a = positiveDefinite(order)
        let factor = try a.cholesky()
        let rebuilt = Matrix.gemm(factor, factor, transposeB: true)
        // Entries of A are below 10·order; backward error of Cholesky is ~n·ε·‖A‖.
        #expect(rebuilt.maximumAbsoluteDifference(from: a) < 1e-12 * Double(order * order))
        for row in 0..<order {
            for column in (row + 1)..<order { #expect(factor[row, column] == 0) }
        }
    }

    @Test func choleskyThrowsWithTheFailingMinor() {
        #expect(throws: LinalgError.notPositiveDefinite(order: 2, failingMinor: 2)) {
            try Matrix<Double>([[1, 2], [2, 1]]).cholesky()
        }
        #expect(throws: LinalgError.notPositiveDefinite(order: 3, failingMinor: 1)) {
            try Matrix<Double>([[-1, 0, 0], [0, 1, 0], [0, 0, 1]]).cholesky()
        }
    }

    @Test func choleskyRejectsNaN() {
        let a = Matrix<Double>([[1, 0], [.nan, 1]])
        do {
            _ = try a.cholesky()
            Issue.record("a NaN was factorised")
        } catch {
            guard case .nonFiniteInput(_, let row, let column, let value) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(row == 1 && column == 0 && value.isNaN)
            #expect(error.description.contains("row 1, column 0"))
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        let message = LinalgError.notPositiveDefinite(order: 4, failingMinor: 3).description
        #expect(message.contains("order 3"))
        #expect(message.contains("nearestCorrelation"))
        #expect(LinalgError.singular(order: 2, pivot: 2).description.contains("linearly dependent"))
    }

    @Test func eigenOfKnownMatrices() throws {
        let two = try Matrix<Double>([[2, 1], [1, 2]]).symmetricEigen()
        #expect(areClose(two.eigenvalues, [1, 3], absolute: 1e-15))
        // The eigenvector of 3 is (1, 1)/√2 up to sign.
        let v = two.eigenvectors.column(1)
        #expect(isClose(abs(v[0]), 0.5.squareRoot(), absolute: 1e-15))
        #expect(isClose(v[0], v[1], absolute: 1e-15))

        // [2 0 0; 0 3 4; 0 4 9]: 2, and the roots of λ² − 12λ + 11 = 0, i.e. 1 and 11.
        let three = try Matrix<Double>([[2, 0, 0], [0, 3, 4], [0, 4, 9]]).symmetricEigen()
        #expect(areClose(three.eigenvalues, [1, 2, 11], absolute: 1e-14))
    }

    @Test(arguments: [1, 3, 25])
    func eigenvectorsAreOrthonormalAndSatisfyTheEquation(order: Int) throws {
        let a = positiveDefinite(order)
        let decomposition = try a.symmetricEigen()
        let vectors = decomposition.eigenvectors
        let gram = Matrix.gemm(vectors, vectors, transposeA: true)
        #expect(gram.maximumAbsoluteDifference(from: .identity(order)) < 1e-13)
        #expect(decomposition.eigenvalues == decomposition.eigenvalues.sorted())

        let product = a * vectors
        for column in 0..<order {
            let lambda = decomposition.eigenvalues[column]
            for row in 0..<order {
                // ‖A‖ is below 100·order here, so 1e-12·order² bounds the residual.
                #expect(abs(product[row, column] - lambda * vectors[row, column])
                    < 1e-12 * Double(order * order))
            }
        }
        let rebuilt = decomposition.reconstructed(withEigenvalues: decomposition.eigenvalues)
        #expect(rebuilt.maximumAbsoluteDifference(from: a) < 1e-11 * Double(order * order))
    }

    @Test func solveAgainstClosedForms() throws {
        let a = Matrix<Double>([[2, 1], [1, 3]])
        // 2x + y = 3 and x + 3y = 5 give x = 4/5, y = 7/5.
        #expect(areClose(try a.solve([3, 5]), [0.8, 1.4], absolute: 1e-15))

        // Two right-hand sides at once: the second, (1, 0), gives (3/5, −1/5).
        let solution = try a.solve(Matrix([[3, 1], [5, 0]]))
        #expect(areClose(solution.elements, [0.8, 0.6, 1.4, -0.2], absolute: 1e-15))
    }

    @Test func solveThrowsOnSingularMatrices() {
        #expect(throws: LinalgError.singular(order: 2, pivot: 2)) {
            try Matrix<Double>([[1, 2], [2, 4]]).solve([1, 1])
        }
        #expect(throws: LinalgError.self) {
            try Matrix<Double>([[1, 0], [0, 1]]).solve([.infinity, 1])
        }
    }

    @Test func emptyMatricesFactoriseTrivially() throws {
        let empty = Matrix<Double>(rows: 0, columns: 0)
        #expect(try empty.cholesky().count == 0)
        #expect(try empty.symmetricEigen().eigenvalues.isEmpty)
        #expect(try empty.solve([]).isEmpty)
    }
}
