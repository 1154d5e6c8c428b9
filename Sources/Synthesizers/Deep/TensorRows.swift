// Synthesizers: picking rows of a matrix, for drawing training batches.

import NeuralCore

extension Tensor {
    /// The rows at `indices`, in that order (a row may repeat).
    ///
    /// - Precondition: the tensor is 2-D and every index is a row of it.
    func gatheringRows(_ indices: [Int]) -> Tensor {
        precondition(rank == 2, "gatheringRows: tensor of shape \(shape) is not 2-D")
        let width = columns
        let source = rows
        var scalars = [Float](repeating: 0, count: indices.count * width)
        withUnsafeBufferPointer { input in
            scalars.withUnsafeMutableBufferPointer { output in
                for (position, row) in indices.enumerated() {
                    precondition(
                        row >= 0 && row < source, "gatheringRows: row \(row) of \(source)")
                    let start = row * width
                    let target = position * width
                    for offset in 0..<width { output[target + offset] = input[start + offset] }
                }
            }
        }
        return Tensor(shape: [indices.count, width], scalars: scalars)
    }

    /// Consecutive rows `range` of a 2-D tensor.
    func rows(_ range: Range<Int>) -> Tensor {
        gatheringRows(Array(range))
    }
}
