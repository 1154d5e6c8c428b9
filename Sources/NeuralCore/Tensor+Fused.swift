// NeuralCore: one pass over several tensors of one shape, for fused operations.

extension Tensor {
    /// Values per thread below which a fused pass stays on one thread: a fused body does the
    /// work of several plain passes (an `exp` or two), so it splits sooner than they do.
    static let fusedGrain = Parallel.elementwiseGrain / 8

    /// `operation` applied value by value to one tensor, on several threads when large.
    @inline(__always)
    static func elementwise(_ a: Tensor, _ operation: (Float) -> Float) -> Tensor {
        let result = Tensor(uninitializedShape: a.shape)
        let (source, target) = (a.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            for index in range { target[index] = operation(source[index]) }
        }
        return result
    }

    /// `operation` applied value by value to two tensors of the same shape.
    @inline(__always)
    static func elementwise(
        _ a: Tensor, _ b: Tensor, _ operation: (Float, Float) -> Float
    ) -> Tensor {
        precondition(a.shape == b.shape, "Tensor.elementwise: shapes \(a.shape), \(b.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, target) = (a.buffer.base, b.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            for index in range { target[index] = operation(first[index], second[index]) }
        }
        return result
    }

    /// `operation` applied value by value to three tensors of the same shape.
    @inline(__always)
    static func elementwise(
        _ a: Tensor, _ b: Tensor, _ c: Tensor, _ operation: (Float, Float, Float) -> Float
    ) -> Tensor {
        precondition(
            a.shape == b.shape && b.shape == c.shape,
            "Tensor.elementwise: shapes \(a.shape), \(b.shape), \(c.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, third) = (a.buffer.base, b.buffer.base, c.buffer.base)
        let target = result.buffer.base
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            for index in range {
                target[index] = operation(first[index], second[index], third[index])
            }
        }
        return result
    }
}
