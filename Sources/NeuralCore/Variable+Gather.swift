// NeuralCore: picking scattered columns out of a batch and putting them back.

extension Tensor {
    /// The columns at `indices`, in that order, as a `[rows, indices.count]` tensor.
    public func gatheringColumns(_ indices: [Int]) -> Tensor {
        precondition(
            rank == 2 && indices.allSatisfy { $0 >= 0 && $0 < shape[1] },
            "Tensor.gatheringColumns: indices \(indices) outside shape \(shape)")
        let (rows, width) = (shape[0], shape[1])
        let result = Tensor(uninitializedShape: [rows, indices.count])
        for row in 0..<rows {
            let source = buffer.base + row * width
            let target = result.buffer.base + row * indices.count
            for (position, column) in indices.enumerated() { target[position] = source[column] }
        }
        return result
    }

    /// A `[rows, width]` tensor of zeros with column `k` of this tensor added into column
    /// `indices[k]`: the reverse of ``gatheringColumns(_:)``.
    public func scatteringColumns(_ indices: [Int], width: Int) -> Tensor {
        precondition(
            rank == 2 && shape[1] == indices.count
                && indices.allSatisfy { $0 >= 0 && $0 < width },
            "Tensor.scatteringColumns: \(shape) into \(indices) of \(width) columns")
        let rows = shape[0]
        let result = Tensor(zeros: [rows, width])
        for row in 0..<rows {
            let source = buffer.base + row * indices.count
            let target = result.buffer.base + row * width
            for (position, column) in indices.enumerated() { target[column] += source[position] }
        }
        return result
    }
}

extension Variable {
    /// The columns at `indices`, in that order (PyTorch's `x[:, indices]`).
    public func gatheringColumns(_ indices: [Int]) -> Variable {
        let width = shape[1]
        return Variable.record(value.gatheringColumns(indices), [self]) { gradient, _ in
            [gradient.scatteringColumns(indices, width: width)]
        }
    }

    /// Zeros `width` columns wide with column `k` added into column `indices[k]`.
    public func scatteringColumns(_ indices: [Int], width: Int) -> Variable {
        Variable.record(value.scatteringColumns(indices, width: width), [self]) { gradient, _ in
            [gradient.gatheringColumns(indices)]
        }
    }
}
