// LinalgTests: gemm, gemv and syrk against naive loops and hand-worked products.

import Linalg
import Testing

/// The product `op(A) · op(B)` by the textbook triple loop, in Double.
private func naiveProduct<Scalar: MatrixScalar>(
    _ a: Matrix<Scalar>, _ b: Matrix<Scalar>, transposeA: Bool, transposeB: Bool
) -> [Double] {
    let left = transposeA ? a.transposed() : a
    let right = transposeB ? b.transposed() : b
    var result = [Double](repeating: 0, count: left.rows * right.columns)
    for row in 0..<left.rows {
        for column in 0..<right.columns {
            for inner in 0..<left.columns {
                result[row * right.columns + column] +=
                    Double(left[row, inner]) * Double(right[inner, column])
            }
        }
    }
    return result
}

/// A deterministic, non-symmetric test matrix with entries in [−1, 1].
private func sample<Scalar: MatrixScalar>(_ rows: Int, _ columns: Int, seed: Int) -> Matrix<Scalar> {
    Matrix(
        rows: rows, columns: columns,
        elements: (0..<(rows * columns)).map { index in
            Scalar(Double((index * 37 + seed * 11) % 23) / 11.0 - 1.0)
        })
}

@Suite("BLAS products")
struct BLASTests {
    @Test func handWorkedProduct() {
        let a = Matrix<Double>([[1, 2], [3, 4], [5, 6]])
        let b = Matrix<Double>([[7, 8, 9], [10, 11, 12]])
        // [1 2; 3 4; 5 6] · [7 8 9; 10 11 12], worked by hand.
        #expect((a * b).elements == [27, 30, 33, 61, 68, 75, 95, 106, 117])
        // aᵀ · a = [1+9+25, 2+12+30; ., 4+16+36].
        #expect(Matrix.gemm(a, a, transposeA: true).elements == [35, 44, 44, 56])
    }

    @Test(arguments: [false, true], [false, true])
    func gemmDoubleMatchesNaiveLoops(transposeA: Bool, transposeB: Bool) {
        let (m, n, k) = (5, 3, 7)
        let a: Matrix<Double> = transposeA ? sample(k, m, seed: 1) : sample(m, k, seed: 1)
        let b: Matrix<Double> = transposeB ? sample(n, k, seed: 2) : sample(k, n, seed: 2)
        let product = Matrix.gemm(a, b, transposeA: transposeA, transposeB: transposeB)
        let expected = naiveProduct(a, b, transposeA: transposeA, transposeB: transposeB)
        #expect(product.rows == m && product.columns == n)
        // Seven products of numbers below 1 in magnitude: rounding stays below 1e-14.
        #expect(zip(product.elements, expected).allSatisfy { abs($0 - $1) < 1e-14 })
    }

    @Test(arguments: [false, true], [false, true])
    func gemmFloatMatchesNaiveLoops(transposeA: Bool, transposeB: Bool) {
        let (m, n, k) = (17, 9, 40)
        let a: Matrix<Float> = transposeA ? sample(k, m, seed: 3) : sample(m, k, seed: 3)
        let b: Matrix<Float> = transposeB ? sample(n, k, seed: 4) : sample(k, n, seed: 4)
        let product = Matrix.gemm(a, b, transposeA: transposeA, transposeB: transposeB)
        let expected = naiveProduct(a, b, transposeA: transposeA, transposeB: transposeB)
        // 40 single-precision products below 1: error below 40 · 6e-8 ≈ 2.4e-6, so 1e-5.
        #expect(zip(product.elements, expected).allSatisfy { abs(Double($0) - $1) < 1e-5 })
    }

    @Test func gemmAccumulatesWithAlphaAndBeta() {
        let a = Matrix<Double>([[1, 2], [3, 4]])
        let b = Matrix<Double>.identity(2)
        var c = Matrix<Double>([[1, 1], [1, 1]])
        Matrix.gemm(a, b, alpha: 2, beta: -1, into: &c)
        #expect(c.elements == [1, 3, 5, 7])
    }

    @Test func gemmWithEmptyInnerDimensionGivesZeros() {
        let a = Matrix<Double>(rows: 3, columns: 0)
        let b = Matrix<Double>(rows: 0, columns: 2)
        #expect((a * b) == Matrix(rows: 3, columns: 2))
    }

    @Test func gemmIntoASharedCopyLeavesTheSourceAlone() {
        let a = Matrix<Double>([[1, 2], [3, 4]])
        var c = a
        Matrix.gemm(a, a, beta: 1, into: &c)
        // a·a + a = [7 10; 15 22] + a.
        #expect(c.elements == [8, 12, 18, 26])
        #expect(a.elements == [1, 2, 3, 4])
    }

    @Test func gemvBothWays() {
        let a = Matrix<Double>([[1, 2, 3], [4, 5, 6]])
        #expect(a * [1, 0, -1] == [-2, -2])
        #expect(Matrix.gemv(a, [1, 1], transpose: true) == [5, 7, 9])
        var y: [Double] = [1, 1]
        Matrix.gemv(a, [1, 1, 1], alpha: 2, beta: 10, into: &y)
        #expect(y == [22, 40])

        let single = Matrix<Float>([[1, 2], [3, 4]])
        #expect(single * [1, 1] == [3, 7])
    }

    @Test(arguments: [false, true])
    func syrkFillsBothTriangles(transpose: Bool) {
        let a: Matrix<Double> = sample(6, 4, seed: 5)
        let gram = Matrix.syrk(a, transpose: transpose, alpha: 0.5)
        let expected = Matrix.gemm(a, a, transposeA: transpose, transposeB: !transpose, alpha: 0.5)
        #expect(gram.rows == (transpose ? 4 : 6))
        #expect(gram.maximumAbsoluteDifference(from: expected) < 1e-14)
        #expect(gram == gram.transposed())
    }

    @Test func syrkInSinglePrecision() {
        let a = Matrix<Float>([[1, 2], [3, 4], [5, 6]])
        #expect(Matrix.syrk(a, transpose: true).elements == [35, 44, 44, 56])
    }
}
