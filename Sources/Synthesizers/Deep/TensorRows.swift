// Synthesizers: picking and joining rows of matrices, for training batches and sampling.

import NeuralCore

extension Tensor {
    /// The rows at `indices`, in that order (a row may repeat).
    ///
    /// - Precondition: the tensor is 2-D and every index is a row of it.
    func gatheringRows(_ indices: [Int]) -> Tensor {
        precondition(rank == 2, "gatheringRows: tensor of shape \(shape) is not 2-D")
        let width = columns
        let source = rows
        return withUnsafeBufferPointer { input in
            Tensor(shape: [indices.count, width]) { output in
                guard let target = output.baseAddress, let origin = input.baseAddress else {
                    return  // no values to copy: the width is 0
                }
                for (position, row) in indices.enumerated() {
                    precondition(
                        row >= 0 && row < source, "gatheringRows: row \(row) of \(source)")
                    (target + position * width).update(from: origin + row * width, count: width)
                }
            }
        }
    }

    /// The rows of `parts` one after another (an empty `[0, width]` tensor for no parts).
    static func concatenatingRows(_ parts: [Tensor], width: Int) -> Tensor {
        var scalars: [Float] = []
        scalars.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts {
            precondition(
                part.columns == width, "concatenatingRows: a part has \(part.columns) columns")
            scalars += part.scalars
        }
        return Tensor(shape: [scalars.count / Swift.max(width, 1), width], scalars: scalars)
    }
}
