// SynthesizersTests: picking and joining rows of matrices (training batches, sampling).

import NeuralCore
import Testing

@testable import Synthesizers

@Suite("Tensor rows")
struct TensorRowsTests {
    private let table = Tensor(rows: [[1, 2, 3], [4, 5, 6], [7, 8, 9]])

    @Test func rowsAreGatheredInTheOrderAskedWithRepeats() {
        #expect(
            table.gatheringRows([2, 0, 2]) == Tensor(rows: [[7, 8, 9], [1, 2, 3], [7, 8, 9]]))
        #expect(table.gatheringRows([]).shape == [0, 3])
    }

    @Test func rowsOfAnEmptyWidthAreEmpty() {
        let empty = Tensor(zeros: [4, 0])
        #expect(empty.gatheringRows([3, 1]).shape == [2, 0])
    }

    @Test func partsAreJoinedOneAfterAnother() {
        let joined = Tensor.concatenatingRows(
            [table.gatheringRows([1]), table.gatheringRows([0, 2])], width: 3)
        #expect(joined == table.gatheringRows([1, 0, 2]))
        #expect(Tensor.concatenatingRows([], width: 3).shape == [0, 3])
    }
}
