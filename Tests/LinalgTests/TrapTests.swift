// LinalgTests: programmer errors that must stay traps (exit tests).

import Linalg
import Testing

@Suite("Programmer errors trap")
struct TrapTests {
    @Test func productOfMismatchedShapesTraps() async {
        await #expect(processExitsWith: .failure) {
            let a = Matrix<Double>(rows: 2, columns: 3)
            let b = Matrix<Double>(rows: 2, columns: 3)
            _ = a * b
        }
    }

    @Test func elementsThatDoNotFillTheShapeTrap() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix<Float>(rows: 2, columns: 2, elements: [1, 2, 3])
        }
    }

    @Test func indexOutsideTheMatrixTraps() async {
        await #expect(processExitsWith: .failure) {
            let matrix = Matrix<Double>.identity(2)
            _ = matrix[2, 0]
        }
    }

    @Test func choleskyOfANonSquareMatrixTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = try? Matrix<Double>(rows: 2, columns: 3).cholesky()
        }
    }

    @Test func gammaWithNonPositiveShapeTraps() async {
        await #expect(processExitsWith: .failure) {
            var source = RandomSource(seed: 1)
            _ = source.gamma(shape: 0)
        }
    }
}
