// NeuralCoreTests: Tensor construction, arithmetic, broadcasting, matrix operations.

import NeuralCore
import Testing

@Suite("Tensor")
struct TensorTests {
    @Test func shapesAndAccessors() {
        let matrix = Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(matrix.shape == [2, 3] && matrix.rank == 2 && matrix.count == 6)
        #expect(matrix[1, 2] == 6 && matrix[4] == 5)
        #expect(Tensor(7).rank == 0 && Tensor(7).scalar == 7)
        #expect(Tensor([1, 2]).shape == [2])
        #expect(Tensor(zeros: [0, 3]).count == 0)
        #expect(matrix.reshaped(to: [3, 2])[2, 0] == 5)
    }

    @Test func initialisingWithAClosureWritesTheStorage() {
        let filled = Tensor(shape: [2, 3]) { values in
            for index in values.indices { values[index] = Float(index) * 2 }
        }
        #expect(filled == Tensor(rows: [[0, 2, 4], [6, 8, 10]]))
        var seenCount = -1
        let empty = Tensor(shape: [0, 4]) { seenCount = $0.count }
        #expect(empty.shape == [0, 4] && seenCount == 0)
    }

    @Test func copiesAreIndependent() {
        let original = Tensor(rows: [[1, 2]])
        var copy = original
        copy[0, 1] = 9
        #expect(original[0, 1] == 2 && copy[0, 1] == 9)
        var other = original
        other.withUnsafeMutableBufferPointer { $0[0] = -1 }
        #expect(original[0] == 1 && other[0] == -1)
    }

    @Test func broadcastingRowsColumnsAndScalars() {
        let matrix = Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(matrix + Tensor([10, 20, 30]) == Tensor(rows: [[11, 22, 33], [14, 25, 36]]))
        #expect(
            matrix - Tensor(shape: [2, 1], scalars: [1, 4])
                == Tensor(rows: [[0, 1, 2], [0, 1, 2]]))
        #expect(matrix * Tensor(2) == matrix + matrix)
        #expect(
            Tensor(shape: [1, 2], scalars: [1, 2]) * Tensor(shape: [2, 1], scalars: [3, 4])
                == Tensor(rows: [[3, 6], [4, 8]]))
        #expect(Tensor.broadcastShape([3, 1], [4]) == [3, 4])
        #expect(Tensor(rows: [[3, 6], [4, 8]]).summed(toShape: [2]) == Tensor([7, 14]))
        #expect(
            Tensor(rows: [[3, 6], [4, 8]]).summed(toShape: [2, 1])
                == Tensor(shape: [2, 1], scalars: [9, 12]))
        // A vector back to the scalar it was broadcast from.
        #expect(Tensor([1, 2, 4]).summed(toShape: []) == Tensor(7))
        #expect(Tensor([1, 2, 4]).summed(toShape: [1]) == Tensor([7]))
    }

    @Test func elementwiseFunctions() {
        let values = Tensor([-2, 0.25, 4])
        #expect(values.abs() == Tensor([2, 0.25, 4]))
        #expect(values.clamped(to: -1...1) == Tensor([-1, 0.25, 1]))
        #expect(Tensor([4, 9]).squareRoot() == Tensor([2, 3]))
        #expect(Tensor([2, 3]).pow(3) == Tensor([8, 27]))
        #expect(Tensor([0]).exp() == Tensor([1]) && Tensor([1]).log() == Tensor([0]))
        #expect(Tensor([0]).sigmoid() == Tensor([0.5]) && Tensor([0]).tanh() == Tensor([0]))
        let picked = Tensor.select(Tensor([1, 0, 1]), Tensor([1, 2, 3]), Tensor([7, 8, 9]))
        #expect(picked == Tensor([1, 8, 3]))
    }

    @Test func reductions() {
        let matrix = Tensor(rows: [[1, 5, 3], [4, 2, 6]])
        #expect(matrix.sum().scalar == 21 && matrix.mean().scalar == 3.5)
        #expect(matrix.max().scalar == 6)
        #expect(matrix.sum(alongAxis: 0) == Tensor(rows: [[5, 7, 9]]))
        #expect(matrix.sum(alongAxis: 1) == Tensor(shape: [2, 1], scalars: [9, 12]))
        #expect(matrix.mean(alongAxis: 1) == Tensor(shape: [2, 1], scalars: [3, 4]))
        #expect(matrix.max(alongAxis: 0) == Tensor(rows: [[4, 5, 6]]))
        #expect(matrix.argmax(alongAxis: 1) == [1, 2])
        #expect(Tensor(rows: [[2, 2, 1]]).argmax(alongAxis: 1) == [0])
        #expect(Tensor(zeros: [0, 3]).sum(alongAxis: 0) == Tensor(zeros: [1, 3]))
    }

    @Test func matrixProductsWithEveryTransposeAgree() {
        let a = Tensor(rows: [[1, 2], [3, 4], [5, 6]])
        let b = Tensor(rows: [[1, 0, 2], [0, 1, 3]])
        let product = Tensor(rows: [[1, 2, 8], [3, 4, 18], [5, 6, 28]])
        #expect(Tensor.matmul(a, b) == product)
        #expect(Tensor.matmul(a.transposed(), b, transposeLeft: true) == product)
        #expect(Tensor.matmul(a, b.transposed(), transposeRight: true) == product)
        #expect(
            Tensor.matmul(
                a.transposed(), b.transposed(), transposeLeft: true,
                transposeRight: true) == product)
        #expect(
            Tensor.linear(a, weight: b.transposed(), bias: Tensor([1, 1, 1]))
                == product + 1)
        #expect(Tensor.matmul(Tensor(zeros: [0, 2]), b).shape == [0, 3])
        #expect(
            Tensor.matmul(Tensor(zeros: [2, 0]), Tensor(zeros: [0, 3])) == Tensor(zeros: [2, 3]))
    }

    @Test func columnSlicingJoiningAndGathering() {
        let left = Tensor(rows: [[1, 2], [3, 4]])
        let right = Tensor(rows: [[5], [6]])
        let joined = Tensor.concatenatingColumns([left, right])
        #expect(joined == Tensor(rows: [[1, 2, 5], [3, 4, 6]]))
        #expect(joined.columns(1..<3) == Tensor(rows: [[2, 5], [4, 6]]))
        #expect(joined.columns(1..<1).shape == [2, 0])
        #expect(joined.gatheringColumns([2, 0]) == Tensor(rows: [[5, 1], [6, 3]]))
        #expect(
            Tensor(rows: [[5, 1]]).scatteringColumns([2, 0], width: 4)
                == Tensor(rows: [[1, 0, 5, 0]]))
        #expect(Tensor.oneHot([2, 0], classes: 3) == Tensor(rows: [[0, 0, 1], [1, 0, 0]]))
    }

    @Test func softmaxIsStableAndNormalised() {
        let logits = Tensor(rows: [[1000, 1000], [0, 1e-9], [-1000, 0]])
        let probabilities = logits.softmaxRows()
        #expect(probabilities[0, 0] == 0.5 && probabilities[2, 1] == 1)
        #expect(probabilities.scalars.allSatisfy { $0.isFinite })
        let logProbabilities = Tensor(rows: [[0, 0, 0, 0]]).logSoftmaxRows()
        #expect(abs(logProbabilities[0, 0] + 1.3862944) < 1e-6)
    }

    @Test func segmentedSoftmaxLeavesOtherColumnsAlone() {
        let logits = Variable(Tensor(rows: [[5, 0, 0, 7, 1, 1]]))
        let result = softmax(logits, segments: [1..<3, 4..<6]).value
        #expect(result == Tensor(rows: [[5, 0.5, 0.5, 7, 0.5, 0.5]]))
    }
}
