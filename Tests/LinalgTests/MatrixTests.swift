// LinalgTests: construction, element access, copy on write and transposition of Matrix.

import Linalg
import Testing

@Suite("Matrix storage and access")
struct MatrixTests {
    @Test func elementsAreRowMajor() {
        let matrix = Matrix<Double>(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6])
        #expect(matrix.rows == 2 && matrix.columns == 3)
        #expect(matrix[0, 2] == 3)
        #expect(matrix[1, 0] == 4)
        #expect(matrix.row(1) == [4, 5, 6])
        #expect(matrix.column(1) == [2, 5])
        #expect(matrix == Matrix([[1, 2, 3], [4, 5, 6]]))
    }

    @Test func repeatingAndIdentity() {
        let filled = Matrix<Float>(rows: 2, columns: 2, repeating: 7)
        #expect(filled.elements == [7, 7, 7, 7])
        #expect(Matrix<Double>.identity(3).elements == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(Matrix<Double>.identity(0).count == 0)
    }

    @Test func emptyShapesAreAllowed() {
        let empty = Matrix<Double>(rows: 0, columns: 4)
        #expect(empty.count == 0)
        #expect(empty.transposed().rows == 4 && empty.transposed().columns == 0)
        #expect(Matrix<Double>([]).rows == 0)
    }

    @Test func copiesAreIndependentAfterWrite() {
        let original = Matrix<Double>(rows: 2, columns: 2, elements: [1, 2, 3, 4])
        var copy = original
        copy[0, 0] = 10
        #expect(original[0, 0] == 1)
        #expect(copy[0, 0] == 10)

        var other = original
        other.withUnsafeMutableBufferPointer { $0[3] = -1 }
        #expect(original[1, 1] == 4)
        #expect(other[1, 1] == -1)
    }

    @Test func settingRowsAndColumns() {
        var matrix = Matrix<Double>(rows: 2, columns: 3)
        matrix.setRow(0, to: [1, 2, 3])
        matrix.setColumn(2, to: [9, 8])
        #expect(matrix.elements == [1, 2, 9, 0, 0, 8])
        #expect(matrix.diagonal == [1, 0])
    }

    @Test(arguments: [(1, 1), (1, 5), (3, 2), (33, 70), (64, 64)])
    func transposeSwapsIndices(rows: Int, columns: Int) {
        let matrix = Matrix<Float>(
            rows: rows, columns: columns, elements: (0..<(rows * columns)).map { Float($0) })
        let transposed = matrix.transposed()
        #expect(transposed.rows == columns && transposed.columns == rows)
        for row in 0..<rows {
            for column in 0..<columns { #expect(transposed[column, row] == matrix[row, column]) }
        }
        #expect(transposed.transposed() == matrix)
    }

    @Test func normsAndDifferences() {
        let a = Matrix<Double>([[3, 0], [0, 4]])
        let b = Matrix<Double>([[3, 1], [0, 2]])
        #expect(a.frobeniusNorm == 5)
        #expect(a.maximumAbsoluteDifference(from: b) == 2)
        #expect(a.map { $0 * 2 } == Matrix([[6, 0], [0, 8]]))
    }
}
