// NeuralCore: one pass over several tensors of one shape, for fused operations.

/// A function of one value, applied by `Tensor.elementwise`.
///
/// Kernels are types rather than closures so that each pass is specialised for its kernel and
/// the kernel inlined into the loop (a closure handed to the threaded loop would be called
/// once per value).
protocol UnaryKernel {
    func callAsFunction(_ a: Float) -> Float
}

/// A function of two values, applied by `Tensor.elementwise`.
protocol BinaryKernel {
    func callAsFunction(_ a: Float, _ b: Float) -> Float
}

/// A function of three values, applied by `Tensor.elementwise`.
protocol TernaryKernel {
    func callAsFunction(_ a: Float, _ b: Float, _ c: Float) -> Float
}

extension Tensor {
    /// Values per thread below which a pass stays on one thread: a fused body may do the
    /// work of several plain passes (an `exp` or two), so it splits sooner than they do.
    static let fusedGrain = Parallel.elementwiseGrain / 4

    /// `kernel` applied value by value to one tensor, on several threads when large (when
    /// each thread has `grain` values or more).
    static func elementwise(
        _ a: Tensor, _ kernel: some UnaryKernel, grain: Int = fusedGrain
    ) -> Tensor {
        let result = Tensor(uninitializedShape: a.shape)
        let (source, target) = (a.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: grain) { range in
            for index in range { target[index] = kernel(source[index]) }
        }
        return result
    }

    /// `kernel` applied value by value to two tensors of the same shape.
    static func elementwise(
        _ a: Tensor, _ b: Tensor, _ kernel: some BinaryKernel, grain: Int = fusedGrain
    ) -> Tensor {
        precondition(a.shape == b.shape, "Tensor.elementwise: shapes \(a.shape), \(b.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, target) = (a.buffer.base, b.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: grain) { range in
            for index in range { target[index] = kernel(first[index], second[index]) }
        }
        return result
    }

    /// `kernel` applied value by value to three tensors of the same shape.
    static func elementwise(
        _ a: Tensor, _ b: Tensor, _ c: Tensor, _ kernel: some TernaryKernel
    ) -> Tensor {
        precondition(
            a.shape == b.shape && b.shape == c.shape,
            "Tensor.elementwise: shapes \(a.shape), \(b.shape), \(c.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, third) = (a.buffer.base, b.buffer.base, c.buffer.base)
        let target = result.buffer.base
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            for index in range {
                target[index] = kernel(first[index], second[index], third[index])
            }
        }
        return result
    }
}
