// NeuralCore: sums, means and maxima of `Tensor`, in total and along an axis.

extension Tensor {
    /// The sum of all values, as a rank-0 tensor (accumulated in `Double`).
    ///
    /// The values are added in `Double`, in eight interleaved running sums (so the loop runs
    /// in vector registers) that are then added in a fixed order: the same result on every
    /// run and thread count.
    public func sum() -> Tensor {
        let base = buffer.base
        var lanes = SIMD8<Double>()
        var index = 0
        while index + 8 <= count {
            let values = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<Float>.self)
            lanes += SIMD8<Double>(values)
            index += 8
        }
        var total = lanes.sum()
        while index < count {
            total += Double(base[index])
            index += 1
        }
        return Tensor(Float(total))
    }

    /// The mean of all values, as a rank-0 tensor.
    ///
    /// - Precondition: the tensor is not empty.
    public func mean() -> Tensor {
        precondition(count > 0, "Tensor.mean: empty tensor of shape \(shape)")
        return Tensor(sum().scalar / Float(count))
    }

    /// The largest value, as a rank-0 tensor.
    ///
    /// - Precondition: the tensor is not empty.
    public func max() -> Tensor {
        precondition(count > 0, "Tensor.max: empty tensor of shape \(shape)")
        return withUnsafeBufferPointer { Tensor($0.max() ?? 0) }
    }

    /// Sums along `axis` of a rank-2 tensor, keeping that axis with extent 1: axis 0 gives
    /// `[1, columns]`, axis 1 gives `[rows, 1]`.
    ///
    /// - Complexity: O(count).
    public func sum(alongAxis axis: Int) -> Tensor {
        let view = checkedView(axis: axis, "sum")
        let base = buffer.base
        if axis == 0 {
            // Split by columns: each column is summed over all rows in order, on one thread.
            let result = Tensor(zeros: [1, view.columns])
            let target = result.buffer.base
            let grain = Swift.max(16, Parallel.elementwiseGrain / Swift.max(view.rows, 1))
            Parallel.forEachRange(count: view.columns, grain: grain) { columns in
                for row in 0..<view.rows {
                    let source = base + row * view.columns
                    for column in columns {
                        target[column] += source[column]
                    }
                }
            }
            return result
        }
        let result = Tensor(uninitializedShape: [view.rows, 1])
        let target = result.buffer.base
        let grain = Swift.max(1, Parallel.elementwiseGrain / Swift.max(view.columns, 1))
        Parallel.forEachRange(count: view.rows, grain: grain) { rows in
            for row in rows {
                var total: Float = 0
                let source = base + row * view.columns
                for column in 0..<view.columns {
                    total += source[column]
                }
                target[row] = total
            }
        }
        return result
    }

    /// The mean along `axis` of a rank-2 tensor, keeping that axis with extent 1.
    public func mean(alongAxis axis: Int) -> Tensor {
        let view = checkedView(axis: axis, "mean")
        let extent = axis == 0 ? view.rows : view.columns
        precondition(extent > 0, "Tensor.mean(alongAxis:): empty axis in \(shape)")
        return sum(alongAxis: axis) * (1 / Float(extent))
    }

    /// The largest value along `axis` of a rank-2 tensor, keeping that axis with extent 1.
    public func max(alongAxis axis: Int) -> Tensor {
        let indices = argmax(alongAxis: axis)
        let view = MatrixView(shape)
        let base = buffer.base
        if axis == 0 {
            let values = indices.enumerated().map { base[$0.element * view.columns + $0.offset] }
            return Tensor(shape: [1, view.columns], scalars: values)
        }
        let values = indices.enumerated().map { base[$0.offset * view.columns + $0.element] }
        return Tensor(shape: [view.rows, 1], scalars: values)
    }

    /// The index of the largest value along `axis` of a rank-2 tensor (the first on ties):
    /// one row index per column for axis 0, one column index per row for axis 1.
    public func argmax(alongAxis axis: Int) -> [Int] {
        let view = checkedView(axis: axis, "argmax")
        let base = buffer.base
        if axis == 1 {
            precondition(view.columns > 0, "Tensor.argmax: no columns in \(shape)")
            return (0..<view.rows).map { row in
                let source = base + row * view.columns
                var best = 0
                for column in 1..<view.columns where source[column] > source[best] {
                    best = column
                }
                return best
            }
        }
        precondition(view.rows > 0, "Tensor.argmax: no rows in \(shape)")
        return (0..<view.columns).map { column in
            var best = 0
            for row in 1..<view.rows
            where base[row * view.columns + column] > base[best * view.columns + column] {
                best = row
            }
            return best
        }
    }

    private func checkedView(axis: Int, _ operation: String) -> MatrixView {
        precondition(rank == 2, "Tensor.\(operation)(alongAxis:): rank \(rank), expected 2")
        precondition(axis == 0 || axis == 1, "Tensor.\(operation): axis \(axis) is not 0 or 1")
        return MatrixView(shape)
    }
}
